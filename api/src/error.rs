//! `ApiError`: every failure a handler returns, rendered as `shared::ErrorBody`.

use std::fmt;
use std::time::Duration;

use actix_web::http::{StatusCode, header};
use actix_web::{HttpResponse, ResponseError};
use logbook_shared::{ErrorBody, ErrorCode};

#[derive(Debug)]
pub struct ApiError {
    body: ErrorBody,
    retry_after: Option<Duration>,
}

impl ApiError {
    /// Whether a field of the answer has `code` (`not_recognised` for an alias that is not there).
    pub fn names_field_code(&self, code: &str) -> bool {
        self.body.fields.iter().any(|field| field.code == code)
    }

    /// An answer with `code`, and the status that code has (`ErrorCode::status`).
    pub fn new(code: ErrorCode, message: impl Into<String>) -> Self {
        Self::from_body(ErrorBody::new(code, message))
    }

    pub fn from_body(body: ErrorBody) -> Self {
        Self {
            body,
            retry_after: None,
        }
    }

    /// A body that was read but failed validation: 422 with the field paths.
    pub fn validation(body: ErrorBody) -> Self {
        Self::from_body(body)
    }

    /// 422 naming each of `fields`.
    pub fn invalid_fields(fields: Vec<logbook_shared::FieldError>) -> Self {
        Self::from_body(logbook_shared::field_errors_body(fields))
    }

    pub fn bad_request(message: impl Into<String>) -> Self {
        Self::new(ErrorCode::BadRequest, message)
    }

    pub fn unauthorized(message: impl Into<String>) -> Self {
        Self::new(ErrorCode::Unauthorized, message)
    }

    pub fn too_many_requests(retry_after: Duration) -> Self {
        Self {
            retry_after: Some(retry_after),
            ..Self::new(
                ErrorCode::TooManyRequests,
                "Too many attempts; wait before trying again",
            )
        }
    }

    /// Logs the cause (inside the request's span, so with its request id) and answers opaquely.
    pub fn internal(cause: impl fmt::Display) -> Self {
        tracing::error!(error = %cause, "internal error");
        Self::new(
            ErrorCode::Internal,
            "Something went wrong on the server; the X-Request-Id header identifies it in the log",
        )
    }

    pub fn status(&self) -> StatusCode {
        StatusCode::from_u16(self.body.code.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
    }

    pub fn body(&self) -> &ErrorBody {
        &self.body
    }
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} {:?}: {}",
            self.status(),
            self.body.code,
            self.body.message
        )
    }
}

impl ResponseError for ApiError {
    fn status_code(&self) -> StatusCode {
        self.status()
    }

    fn error_response(&self) -> HttpResponse {
        let mut response = HttpResponse::build(self.status());
        if let Some(wait) = self.retry_after {
            // Round up: "retry after 0 seconds" would invite an immediate retry.
            let seconds = wait.as_secs() + u64::from(wait.subsec_nanos() > 0);
            response.insert_header((header::RETRY_AFTER, seconds.max(1).to_string()));
        }
        response.json(&self.body)
    }
}

/// The error code a bare status stands for, when something other than a handler (routing,
/// actix itself) produced the error.
pub fn code_for_status(status: StatusCode) -> ErrorCode {
    ErrorCode::ALL
        .iter()
        .copied()
        .find(|code| code.status() == status.as_u16())
        .unwrap_or(if status.is_client_error() {
            ErrorCode::BadRequest
        } else {
            ErrorCode::Internal
        })
}
