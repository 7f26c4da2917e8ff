//! The organisation's reflection questions (SPEC 3.2), answered after a session.

use crate::ids::{ActivityId, QuestionId, SessionId, UnitId};
use std::collections::BTreeMap;

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};
use validator::Validate;

use crate::error::FieldError;
use crate::structure::ActivityKind;
use crate::validation::{Rules, duplicate_ids};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReflectionQuestion {
    pub id: QuestionId,
    /// In the organisation's main language.
    pub text: String,
    /// Language code (`sv`, `fi`, …) → the question in that language.
    pub translations: BTreeMap<String, String>,
    /// The kinds of activity it is asked for; empty for every kind.
    pub activity_kinds: Vec<ActivityKind>,
    /// The units it is asked in; empty for every unit.
    pub unit_ids: Vec<UnitId>,
    /// No longer asked; its answers stay.
    pub retired: bool,
    #[serde(with = "crate::utc")]
    pub created_at: NaiveDateTime,
}

impl ReflectionQuestion {
    /// The question in `language`, or in the main language when it has no translation.
    pub fn text_in(&self, language: &str) -> &str {
        self.translations
            .get(language)
            .map_or(self.text.as_str(), String::as_str)
    }

    /// Whether it is asked for an activity of `kind` in `unit_id`.
    pub fn applies_to(&self, kind: ActivityKind, unit_id: UnitId) -> bool {
        (self.activity_kinds.is_empty() || self.activity_kinds.contains(&kind))
            && (self.unit_ids.is_empty() || self.unit_ids.contains(&unit_id))
    }
}

/// Creating or changing a reflection question (org admin).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Validate)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReflectionQuestionInput {
    #[validate(length(min = 1, max = 500))]
    pub text: String,
    #[serde(default)]
    #[validate(length(max = 20))]
    pub translations: BTreeMap<String, String>,
    #[serde(default)]
    pub activity_kinds: Vec<ActivityKind>,
    #[serde(default)]
    #[validate(length(max = 200))]
    pub unit_ids: Vec<UnitId>,
    #[serde(default)]
    pub retired: bool,
}

impl Rules for ReflectionQuestionInput {
    fn cross_field(&self) -> Vec<FieldError> {
        let mut errors = Vec::new();
        for (language, text) in &self.translations {
            let path = format!("translations.{language}");
            let is_code = (2..=8).contains(&language.len())
                && language.chars().all(|c| c.is_ascii_lowercase() || c == '-');
            if !is_code {
                errors.push(FieldError::new(
                    path.clone(),
                    "language_code",
                    "Not a language code such as `sv` or `pt-br`",
                ));
            }
            if text.trim().is_empty() || text.chars().count() > 500 {
                errors.push(FieldError::new(path, "length", "1–500 characters"));
            }
        }
        let mut kinds = std::collections::HashSet::new();
        for (index, kind) in self.activity_kinds.iter().enumerate() {
            if !kinds.insert(*kind) {
                errors.push(FieldError::new(
                    format!("activity_kinds[{index}]"),
                    "duplicate",
                    "Listed twice",
                ));
            }
        }
        errors.extend(duplicate_ids("unit_ids", &self.unit_ids));
        errors
    }
}

impl From<&ReflectionQuestion> for ReflectionQuestionInput {
    fn from(question: &ReflectionQuestion) -> Self {
        ReflectionQuestionInput {
            text: question.text.clone(),
            translations: question.translations.clone(),
            activity_kinds: question.activity_kinds.clone(),
            unit_ids: question.unit_ids.clone(),
            retired: question.retired,
        }
    }
}

/// Filters of `GET /reflection-questions`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, validator::Validate)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams), into_params(parameter_in = Query))]
pub struct ReflectionQuestionFilter {
    /// Only the current questions asked for this activity.
    pub activity_id: Option<ActivityId>,
    /// Only the current questions asked for this session: its activity's kind at the unit
    /// where it happened (which a moved activity has left).
    pub session_id: Option<SessionId>,
    /// Absent: both; `false`: only current ones.
    pub retired: Option<bool>,
}

impl crate::Rules for ReflectionQuestionFilter {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn translations_need_a_language_code_and_a_text() {
        let input = ReflectionQuestionInput {
            text: "What did the young people influence today?".into(),
            translations: BTreeMap::from([
                ("sv".into(), "Vad påverkade de unga i dag?".into()),
                ("Swedish".into(), "x".into()),
                ("fi".into(), " ".into()),
            ]),
            activity_kinds: vec![ActivityKind::Open, ActivityKind::Open],
            ..ReflectionQuestionInput::default()
        };
        let paths: Vec<_> = input
            .check()
            .unwrap_err()
            .fields
            .into_iter()
            .map(|error| error.path)
            .collect();
        assert_eq!(
            paths,
            [
                "activity_kinds[1]",
                "translations.Swedish",
                "translations.fi"
            ]
        );
    }
}
