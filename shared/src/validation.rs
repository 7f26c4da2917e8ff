//! Validation that runs the same in the browser and on the server: `validator`'s per-field
//! rules plus rules across fields, reported as the field list of [`ErrorBody`].

use validator::{Validate, ValidationErrors, ValidationErrorsKind};

use crate::error::{ErrorBody, ErrorCode, FieldError};

/// The 422 body for a DTO that failed `validate()`.
pub fn validation_error_body(errors: &ValidationErrors) -> ErrorBody {
    let mut fields = Vec::new();
    collect(errors, "", &mut fields);
    fields.sort_by(|a, b| a.path.cmp(&b.path));
    field_errors_body(fields)
}

/// Every request DTO implements this; the server's JSON extractor and the web forms call
/// `check()`, so both refuse the same input with the same field paths.
pub trait Rules: Validate {
    /// Rules that involve several fields (a date order, a field only some kinds may have).
    fn cross_field(&self) -> Vec<FieldError> {
        Vec::new()
    }

    fn check(&self) -> Result<(), ErrorBody> {
        let mut body = match self.validate() {
            Ok(()) => validation_error_body(&ValidationErrors::new()),
            Err(errors) => validation_error_body(&errors),
        };
        body.fields.extend(self.cross_field());
        if body.fields.is_empty() {
            return Ok(());
        }
        body.fields.sort_by(|a, b| a.path.cmp(&b.path));
        Err(body)
    }
}

/// One `duplicate` error per id that `ids` lists a second time, e.g. `unit_ids[3]`.
pub fn duplicate_ids<Id: Eq + std::hash::Hash>(field: &str, ids: &[Id]) -> Vec<FieldError> {
    let mut seen = std::collections::HashSet::new();
    ids.iter()
        .enumerate()
        .filter(|(_, id)| !seen.insert(*id))
        .map(|(index, _)| FieldError::new(format!("{field}[{index}]"), "duplicate", "Listed twice"))
        .collect()
}

/// `field` names no language of `LANGUAGES`.
pub fn unknown_language(field: &str, tag: &str) -> Option<FieldError> {
    (!crate::LANGUAGES.contains(&tag)).then(|| {
        FieldError::new(
            field,
            "unknown_language",
            "Not one of the languages en, sv, fi, sl, lv, et",
        )
    })
}

/// An e-mail address as HTML's `<input type="email">` accepts one (WHATWG's "valid e-mail
/// address": `local@label.label…`, the local part of ASCII letters, digits and
/// ``.!#$%&'*+/=?^_`{|}~-``, each label of letters, digits and inner hyphens, at most 63
/// long). The browser checks the same before sending; here it needs no regex engine or IDNA
/// tables in the web app's download.
pub fn email(value: &str) -> Result<(), validator::ValidationError> {
    let label = |label: &str| {
        (1..=63).contains(&label.len())
            && label
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-')
            && !label.starts_with('-')
            && !label.ends_with('-')
    };
    let local = |local: &str| {
        !local.is_empty()
            && local
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b".!#$%&'*+/=?^_`{|}~-".contains(&b))
    };
    match value.split_once('@') {
        Some((name, domain)) if local(name) && domain.split('.').all(label) => Ok(()),
        _ => Err(validator::ValidationError::new("email")),
    }
}

/// The 422 body for rules only the server can check (ids that must exist, scopes).
pub fn field_errors_body(fields: Vec<FieldError>) -> ErrorBody {
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
        #[validate(custom(function = "email"))]
        email: String,
        #[validate(nested)]
        rows: Vec<Row>,
    }

    #[test]
    fn e_mail_addresses_are_what_a_browser_accepts() {
        for good in [
            "a@example.org",
            "first.last+tag@sub.example.fi",
            "x@localhost",
        ] {
            assert!(email(good).is_ok(), "{good}");
        }
        for bad in [
            "nope",
            "@example.org",
            "a@",
            "a@b@c",
            "a b@example.org",
            "a@-x.fi",
            "a@x..fi",
        ] {
            assert!(email(bad).is_err(), "{bad}");
        }
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
