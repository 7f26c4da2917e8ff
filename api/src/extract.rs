//! Request extractors whose failures speak `ErrorBody` and name the field or parameter: a
//! validating JSON body, a validating query string, and the error handler of actix's path
//! extractor.

use std::future::Future;
use std::pin::Pin;

use actix_web::dev::Payload;
use actix_web::http::{StatusCode, header};
use actix_web::{FromRequest, HttpRequest, web};
use logbook_shared::{ErrorBody, ErrorCode, FieldError, Rules};
use serde::de::DeserializeOwned;

use crate::error::ApiError;

/// Largest JSON body accepted, in bytes.
pub const JSON_BODY_LIMIT: usize = 64 * 1024;

/// A JSON body, deserialized with the path of any wrongly typed field and then validated by
/// the DTO's shared `check()`: 415 wrong content type, 413 too large, 400 unreadable JSON,
/// 422 a field of the wrong type or an invalid value, always naming the field.
#[derive(Debug)]
pub struct ValidJson<T>(pub T);

impl<T> FromRequest for ValidJson<T>
where
    T: DeserializeOwned + Rules + 'static,
{
    type Error = ApiError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, ApiError>>>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let is_json = req
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|value| value.to_str().ok())
            .and_then(|value| value.parse::<mime::Mime>().ok())
            .is_some_and(|mime| mime.subtype() == mime::JSON || mime.suffix() == Some(mime::JSON));
        let bytes = web::Bytes::from_request(req, payload);
        Box::pin(async move {
            if !is_json {
                return Err(ApiError::new(
                    ErrorCode::UnsupportedMediaType,
                    "The body must be JSON (Content-Type: application/json)",
                ));
            }
            let bytes = bytes.await.map_err(|error| {
                if error.as_response_error().status_code() == StatusCode::PAYLOAD_TOO_LARGE {
                    ApiError::new(
                        ErrorCode::PayloadTooLarge,
                        format!("The body is larger than {JSON_BODY_LIMIT} bytes"),
                    )
                } else {
                    ApiError::bad_request(format!("The body could not be read: {error}"))
                }
            })?;
            let value: T = deserialize(&bytes)?;
            value.check().map_err(ApiError::validation)?;
            Ok(ValidJson(value))
        })
    }
}

fn deserialize<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, ApiError> {
    let mut deserializer = serde_json::Deserializer::from_slice(bytes);
    let value = serde_path_to_error::deserialize(&mut deserializer).map_err(|error| {
        let inner = error.inner();
        if !inner.is_data() {
            return unreadable(inner);
        }
        let path = field_path(&error.path().to_string(), &inner.to_string());
        let message = strip_position(&inner.to_string());
        wrong_type(
            ErrorCode::ValidationFailed,
            "Some fields are invalid",
            [path],
            &message,
        )
    })?;
    deserializer.end().map_err(|error| unreadable(&error))?;
    Ok(value)
}

fn unreadable(error: &serde_json::Error) -> ApiError {
    ApiError::bad_request(format!("The body is not valid JSON: {error}"))
}

/// serde reports a missing or repeated field at its parent's path; name the field itself.
fn field_path(parent: &str, message: &str) -> String {
    let missing = ["missing field `", "duplicate field `"]
        .iter()
        .find_map(|prefix| message.strip_prefix(prefix))
        .and_then(|rest| rest.split_once('`'))
        .map(|(name, _)| name);
    match (parent, missing) {
        (".", Some(name)) => name.to_owned(),
        (parent, Some(name)) => format!("{parent}.{name}"),
        (parent, None) => parent.to_owned(),
    }
}

fn strip_position(message: &str) -> String {
    message
        .rsplit_once(" at line ")
        .map_or(message, |(text, _)| text)
        .to_owned()
}

/// The query string as `T`, read with the path of any field that does not parse and then
/// validated by its shared `check()`: 400 naming a parameter that is missing, of the wrong
/// type or not one of its values; 422 naming one out of range.
#[derive(Debug)]
pub struct ValidQuery<T>(pub T);

impl<T> ValidQuery<T> {
    pub fn into_inner(self) -> T {
        self.0
    }
}

impl<T> std::ops::Deref for ValidQuery<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T> FromRequest for ValidQuery<T>
where
    T: DeserializeOwned + Rules,
{
    type Error = ApiError;
    type Future = std::future::Ready<Result<Self, ApiError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        std::future::ready(parse_query(req.query_string()).map(ValidQuery))
    }
}

fn parse_query<T: DeserializeOwned + Rules>(query: &str) -> Result<T, ApiError> {
    let deserializer =
        serde_urlencoded::Deserializer::new(form_urlencoded::parse(query.as_bytes()));
    let value: T = serde_path_to_error::deserialize(deserializer).map_err(|error| {
        let message = strip_position(&error.inner().to_string());
        let path = field_path(&error.path().to_string(), &message);
        wrong_type(
            ErrorCode::BadRequest,
            "A query parameter is not readable",
            [path],
            &message,
        )
    })?;
    value.check().map_err(ApiError::validation)?;
    Ok(value)
}

/// `web::Path` failures: 400 naming the path parameter that does not parse (an id that is
/// not a number, a year out of range of a year).
pub fn path_config() -> web::PathConfig {
    web::PathConfig::default().error_handler(|error, req| {
        let names = req.match_info().iter().map(|(name, _)| name.to_owned());
        let summary = "A path parameter is not readable";
        wrong_type(ErrorCode::BadRequest, summary, names, &error.to_string()).into()
    })
}

/// `code` naming each of `paths` as a value of the wrong type (`type`), with serde's message.
fn wrong_type(
    code: ErrorCode,
    summary: &str,
    paths: impl IntoIterator<Item = String>,
    message: &str,
) -> ApiError {
    let mut body = ErrorBody::new(code, summary);
    body.fields.extend(
        paths
            .into_iter()
            .map(|path| FieldError::new(path, "type", message)),
    );
    ApiError::from_body(body)
}

/// Bounds every body read, including the one [`ValidJson`] reads.
pub fn payload_config() -> web::PayloadConfig {
    web::PayloadConfig::new(JSON_BODY_LIMIT)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_fields_are_named() {
        assert_eq!(
            field_path(".", "missing field `email` at line 1 column 2"),
            "email"
        );
        assert_eq!(
            field_path("rows[0]", "missing field `count`"),
            "rows[0].count"
        );
        assert_eq!(field_path("email", "invalid type: integer `5`"), "email");
        assert_eq!(field_path(".", "duplicate field `limit`"), "limit");
    }

    #[test]
    fn positions_are_stripped() {
        assert_eq!(
            strip_position("invalid type: integer `5`, expected a string at line 1 column 11"),
            "invalid type: integer `5`, expected a string"
        );
    }
}
