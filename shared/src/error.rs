//! The one JSON error envelope every 4xx/5xx answer carries.

use serde::{Deserialize, Serialize};

crate::text_enum! {
    /// Machine-readable error codes; the web app translates each one.
    pub enum ErrorCode {
        /// The request could not be read (malformed JSON, bad path or query parameter).
        BadRequest = "bad_request",
        /// No valid credentials were presented.
        Unauthorized = "unauthorized",
        /// E-mail or password is wrong.
        InvalidCredentials = "invalid_credentials",
        /// The access token has expired; refresh it.
        TokenExpired = "token_expired",
        /// The credentials are valid but do not allow this.
        Forbidden = "forbidden",
        NotFound = "not_found",
        MethodNotAllowed = "method_not_allowed",
        Conflict = "conflict",
        /// A kiosk check-in when no session is open at the unit and none may be opened.
        CheckInClosed = "check_in_closed",
        PayloadTooLarge = "payload_too_large",
        UnsupportedMediaType = "unsupported_media_type",
        /// The body was read but some fields are invalid; see `fields`.
        ValidationFailed = "validation_failed",
        /// Too many attempts; wait for `Retry-After` seconds.
        TooManyRequests = "too_many_requests",
        Internal = "internal",
        Unavailable = "unavailable",
    }
}

impl ErrorCode {
    /// The HTTP status every answer with this code has: the one place they are paired.
    pub fn status(self) -> u16 {
        match self {
            ErrorCode::BadRequest => 400,
            ErrorCode::Unauthorized | ErrorCode::InvalidCredentials | ErrorCode::TokenExpired => {
                401
            }
            ErrorCode::Forbidden => 403,
            ErrorCode::NotFound => 404,
            ErrorCode::MethodNotAllowed => 405,
            ErrorCode::Conflict | ErrorCode::CheckInClosed => 409,
            ErrorCode::PayloadTooLarge => 413,
            ErrorCode::UnsupportedMediaType => 415,
            ErrorCode::ValidationFailed => 422,
            ErrorCode::TooManyRequests => 429,
            ErrorCode::Internal => 500,
            ErrorCode::Unavailable => 503,
        }
    }
}

/// One invalid field: `path` is a JSON path such as `email` or `attendance[2].count`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FieldError {
    pub path: String,
    /// A rule name such as `length`, `email`, `range`, `required`.
    pub code: String,
    pub message: String,
}

impl FieldError {
    pub fn new(path: impl Into<String>, code: &str, message: impl Into<String>) -> Self {
        Self {
            path: path.into(),
            code: code.to_owned(),
            message: message.into(),
        }
    }
}

/// `{code, message, fields}` — the body of every error answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ErrorBody {
    pub code: ErrorCode,
    pub message: String,
    #[serde(default)]
    pub fields: Vec<FieldError>,
}

impl ErrorBody {
    pub fn new(code: ErrorCode, message: impl Into<String>) -> Self {
        Self {
            code,
            message: message.into(),
            fields: Vec::new(),
        }
    }

    /// One line for a terminal: the message, or each field's path and message.
    pub fn summary(&self) -> String {
        if self.fields.is_empty() {
            return self.message.clone();
        }
        let fields: Vec<_> = self
            .fields
            .iter()
            .map(|f| format!("{}: {}", f.path, f.message))
            .collect();
        fields.join("; ")
    }

    /// The errors of one field path, for showing under that form field.
    pub fn field_errors<'a>(&'a self, path: &'a str) -> impl Iterator<Item = &'a FieldError> + 'a {
        self.fields.iter().filter(move |field| field.path == path)
    }
}
