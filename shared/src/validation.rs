//! Turns `validator` reports into the field list of [`ErrorBody`], with JSON paths.

use validator::{ValidationErrors, ValidationErrorsKind};

use crate::error::{ErrorBody, ErrorCode, FieldError};

/// The 422 body for a DTO that failed `validate()`.
pub fn validation_error_body(errors: &ValidationErrors) -> ErrorBody {
    let mut fields = Vec::new();
    collect(errors, "", &mut fields);
    fields.sort_by(|a, b| a.path.cmp(&b.path));
    ErrorBody {
        code: ErrorCode::ValidationFailed,
        message: "Some fields are invalid".to_owned(),
        fields,
    }
}

fn collect(errors: &ValidationErrors, prefix: &str, out: &mut Vec<FieldError>) {
    for (field, kind) in errors.errors() {
        let path = if prefix.is_empty() {
            field.to_string()
        } else {
            format!("{prefix}.{field}")
        };
        match kind {
            ValidationErrorsKind::Field(list) => {
                out.extend(list.iter().map(|error| {
                    FieldError {
                        path: path.clone(),
                        code: error.code.to_string(),
                        message: error
                            .message
                            .as_ref()
                            .map(ToString::to_string)
                            .unwrap_or_else(|| default_message(&error.code)),
                    }
                }));
            }
            ValidationErrorsKind::Struct(inner) => collect(inner, &path, out),
            ValidationErrorsKind::List(items) => {
                for (index, inner) in items {
                    collect(inner, &format!("{path}[{index}]"), out);
                }
            }
        }
    }
}

fn default_message(code: &str) -> String {
    match code {
        "email" => "Not a valid e-mail address".to_owned(),
        "length" => "Wrong length".to_owned(),
        "range" => "Out of range".to_owned(),
        "required" => "Required".to_owned(),
        other => format!("Invalid ({other})"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use validator::Validate;

    #[derive(Validate)]
    struct Row {
        #[validate(range(min = 0, max = 10))]
        count: i32,
    }

    #[derive(Validate)]
    struct Form {
        #[validate(email)]
        email: String,
        #[validate(nested)]
        rows: Vec<Row>,
    }

    #[test]
    fn nested_errors_get_json_paths() {
        let form = Form {
            email: "nope".into(),
            rows: vec![Row { count: 1 }, Row { count: 11 }],
        };
        let body = validation_error_body(&form.validate().unwrap_err());
        let paths: Vec<_> = body
            .fields
            .iter()
            .map(|f| (f.path.as_str(), f.code.as_str()))
            .collect();
        assert_eq!(paths, vec![("email", "email"), ("rows[1].count", "range")]);
        assert_eq!(body.code, ErrorCode::ValidationFailed);
    }
}
