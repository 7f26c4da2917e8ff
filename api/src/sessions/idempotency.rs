//! The `Idempotency-Key` header every session create carries (SPEC 11): a client-made key,
//! so that resending a create after a lost answer or from an offline queue never duplicates.

use std::future::{Ready, ready};

use actix_web::dev::Payload;
use actix_web::{FromRequest, HttpRequest};
use logbook_shared::sessions::SessionInput;
use logbook_shared::{ErrorBody, ErrorCode, FieldError};

use crate::auth::secret;
use crate::error::ApiError;

pub const HEADER: &str = "Idempotency-Key";

/// The longest key accepted (a UUID is 36 characters).
const MAX_LENGTH: usize = 200;

/// A validated `Idempotency-Key` header: 1–200 visible ASCII characters.
#[derive(Debug, Clone)]
pub struct IdempotencyKey(pub String);

impl FromRequest for IdempotencyKey {
    type Error = ApiError;
    type Future = Ready<Result<Self, ApiError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let value = req
            .headers()
            .get(HEADER)
            .and_then(|value| value.to_str().ok());
        ready(match value {
            Some(key) if is_valid(key) => Ok(IdempotencyKey(key.to_owned())),
            Some(_) => Err(refused("invalid", "1–200 visible ASCII characters")),
            None => Err(refused(
                "required",
                "Every create carries an Idempotency-Key header, e.g. a random UUID",
            )),
        })
    }
}

fn is_valid(key: &str) -> bool {
    (1..=MAX_LENGTH).contains(&key.len()) && key.bytes().all(|b| b.is_ascii_graphic())
}

fn refused(code: &str, message: &str) -> ApiError {
    ApiError::from_body(ErrorBody {
        code: ErrorCode::BadRequest,
        message: format!("The {HEADER} header is missing or invalid"),
        fields: vec![FieldError::new(HEADER, code, message)],
    })
}

/// Identifies a create's content, so that a key reused for another session is noticed.
pub fn request_hash(input: &SessionInput) -> Result<String, ApiError> {
    let canonical = serde_json::to_string(input).map_err(ApiError::internal)?;
    Ok(secret::hash(&canonical))
}
