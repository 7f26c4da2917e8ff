//! Youth surveys (SPEC 6): questionnaires with translated questions, rounds that run them in
//! a period, and the anonymous answers young people send. The same rules check a questionnaire
//! in the builder and on the server, and an answer on the server whatever sent it.

use std::collections::BTreeMap;

use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};
use validator::Validate;

use crate::error::FieldError;
use crate::ids::{ActivityId, NetworkId, OrganisationId, QuestionnaireId, SurveyRoundId, UnitId};
use crate::sessions::Gender;
use crate::structure::AgeBand;
use crate::validation::{Rules, duplicate_ids, unknown_language};

/// A text in several languages: language tag (one of `LANGUAGES`) → text.
pub type Translations = BTreeMap<String, String>;

crate::text_enum! {
    /// What a question asks for.
    pub enum QuestionKind {
        /// A statement rated 1–5, with its two ends labelled.
        Likert = "likert",
        /// One of the options.
        SingleChoice = "single_choice",
        /// Any of the options.
        MultipleChoice = "multiple_choice",
        /// Words of the young person's own.
        FreeText = "free_text",
    }
}

/// The longest free-text answer, in characters.
pub const FREE_TEXT_MAX: usize = 2000;
const TEXT_MAX: usize = 300;
const LABEL_MAX: usize = 80;
const KEY_MAX: usize = 32;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ChoiceOption {
    /// Stable within its question (`^[a-z][a-z0-9_]{0,31}$`): what answers store.
    pub key: String,
    pub label: Translations,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Question {
    /// Stable within its questionnaire (`^[a-z][a-z0-9_]{0,31}$`): what answers store.
    pub key: String,
    pub kind: QuestionKind,
    #[serde(default)]
    pub required: bool,
    pub text: Translations,
    /// A line under the question.
    #[serde(default)]
    pub help: Translations,
    /// Likert only: what 1 means.
    #[serde(default)]
    pub low_label: Translations,
    /// Likert only: what 5 means.
    #[serde(default)]
    pub high_label: Translations,
    /// Choice questions only, 2 to 12.
    #[serde(default)]
    pub options: Vec<ChoiceOption>,
}

/// What a young person is asked: the questions, and whether gender and age band are asked too
/// (always optional to answer).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Validate)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct QuestionnaireInput {
    /// The organisation's own name for it.
    #[validate(length(min = 1, max = 120))]
    pub name: String,
    #[serde(default)]
    pub ask_gender: bool,
    #[serde(default)]
    pub ask_age_band: bool,
    #[validate(length(min = 1, max = 40))]
    pub questions: Vec<Question>,
    #[serde(default)]
    pub archived: bool,
}

impl Rules for QuestionnaireInput {
    fn cross_field(&self) -> Vec<FieldError> {
        question_errors(&self.questions)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Questionnaire {
    pub id: QuestionnaireId,
    pub name: String,
    pub ask_gender: bool,
    pub ask_age_band: bool,
    pub questions: Vec<Question>,
    pub archived: bool,
    #[serde(with = "crate::utc")]
    pub created_at: NaiveDateTime,
    /// The built-in template it was copied from (`meeting_place`, `group`): networks compare
    /// their members' results of the same one, question by question (by key).
    pub template: Option<String>,
}

impl From<&Questionnaire> for QuestionnaireInput {
    fn from(stored: &Questionnaire) -> QuestionnaireInput {
        QuestionnaireInput {
            name: stored.name.clone(),
            ask_gender: stored.ask_gender,
            ask_age_band: stored.ask_age_band,
            questions: stored.questions.clone(),
            archived: stored.archived,
        }
    }
}

/// A built-in questionnaire in every language, to copy and adapt.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SurveyTemplate {
    /// `meeting_place` or `group`.
    pub key: String,
    pub name: Translations,
    pub ask_gender: bool,
    pub ask_age_band: bool,
    pub questions: Vec<Question>,
}

/// Copying a template: the copy is named in `language`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Validate)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TemplateCopy {
    #[validate(length(min = 1, max = 40))]
    pub template: String,
    #[validate(length(min = 2, max = 2))]
    pub language: String,
}

impl Rules for TemplateCopy {
    fn cross_field(&self) -> Vec<FieldError> {
        unknown_language("language", &self.language)
            .into_iter()
            .collect()
    }
}

/// Every rule of one questionnaire's questions, with paths such as `questions[2].options[0].key`.
pub fn question_errors(questions: &[Question]) -> Vec<FieldError> {
    let mut errors = duplicate_ids(
        "questions.key",
        &questions.iter().map(|q| q.key.as_str()).collect::<Vec<_>>(),
    );
    for (index, question) in questions.iter().enumerate() {
        let at = format!("questions[{index}]");
        errors.extend(key_error(&format!("{at}.key"), &question.key));
        errors.extend(translation_errors(
            &format!("{at}.text"),
            &question.text,
            TEXT_MAX,
            true,
        ));
        errors.extend(translation_errors(
            &format!("{at}.help"),
            &question.help,
            TEXT_MAX,
            false,
        ));
        let likert = question.kind == QuestionKind::Likert;
        for (field, labels) in [
            ("low_label", &question.low_label),
            ("high_label", &question.high_label),
        ] {
            let path = format!("{at}.{field}");
            errors.extend(translation_errors(&path, labels, LABEL_MAX, likert));
            if !likert && !labels.is_empty() {
                errors.push(FieldError::new(
                    path,
                    "not_allowed",
                    "Only a 1–5 scale has end labels",
                ));
            }
        }
        errors.extend(option_errors(&at, question));
    }
    errors
}

fn option_errors(at: &str, question: &Question) -> Vec<FieldError> {
    let choice = matches!(
        question.kind,
        QuestionKind::SingleChoice | QuestionKind::MultipleChoice
    );
    let path = format!("{at}.options");
    if !choice {
        return if question.options.is_empty() {
            Vec::new()
        } else {
            vec![FieldError::new(
                path,
                "not_allowed",
                "Only a choice question has options",
            )]
        };
    }
    if !(2..=12).contains(&question.options.len()) {
        return vec![FieldError::new(
            path,
            "length",
            "A choice question has 2 to 12 options",
        )];
    }
    let keys: Vec<&str> = question
        .options
        .iter()
        .map(|option| option.key.as_str())
        .collect();
    let mut errors = duplicate_ids(&format!("{path}.key"), &keys);
    for (index, option) in question.options.iter().enumerate() {
        errors.extend(key_error(&format!("{path}[{index}].key"), &option.key));
        errors.extend(translation_errors(
            &format!("{path}[{index}].label"),
            &option.label,
            LABEL_MAX,
            true,
        ));
    }
    errors
}

fn key_error(path: &str, key: &str) -> Option<FieldError> {
    let mut bytes = key.bytes();
    let well_formed = key.len() <= KEY_MAX
        && bytes.next().is_some_and(|first| first.is_ascii_lowercase())
        && bytes.all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_');
    (!well_formed).then(|| {
        FieldError::new(
            path,
            "key",
            "Lower-case letters, digits and _, starting with a letter, at most 32",
        )
    })
}

/// A text's translations: known languages, none blank or longer than `max`; at least one
/// where `required`.
fn translation_errors(
    path: &str,
    texts: &Translations,
    max: usize,
    required: bool,
) -> Vec<FieldError> {
    let mut errors: Vec<FieldError> = texts
        .iter()
        .filter_map(|(tag, text)| {
            let at = format!("{path}.{tag}");
            unknown_language(&at, tag).or_else(|| {
                let length = text.trim().chars().count();
                (length == 0 || length > max)
                    .then(|| FieldError::new(at, "length", format!("1 to {max} characters")))
            })
        })
        .collect();
    if required && texts.is_empty() {
        errors.push(FieldError::new(
            path,
            "required",
            "Needs a text in at least one language",
        ));
    }
    errors
}

/// The text of `texts` in `language`, else in `fallback`, else in any language it has.
pub fn in_language<'a>(texts: &'a Translations, language: &str, fallback: &str) -> &'a str {
    text_in(texts, language, fallback).map_or("", |(_, text)| text)
}

/// [`in_language`] with the language the text is in: a page marks a text in another language
/// than its own, so that a screen reader reads it in the right voice.
pub fn text_in<'a>(
    texts: &'a Translations,
    language: &str,
    fallback: &str,
) -> Option<(&'a str, &'a str)> {
    texts
        .get_key_value(language)
        .or_else(|| texts.get_key_value(fallback))
        .or_else(|| texts.iter().next())
        .map(|(tag, text)| (tag.as_str(), text.as_str()))
}

crate::text_enum! {
    /// Where a round stands on a given day.
    pub enum RoundStatus {
        /// Its period has not begun.
        Upcoming = "upcoming",
        /// Taking answers.
        Open = "open",
        /// Its period ended or it was closed early: results may show.
        Closed = "closed",
    }
}

impl RoundStatus {
    /// Where a round of `opens_on`–`closes_on` stands on `today`; `closed_early` ends it before.
    pub fn on(
        today: NaiveDate,
        opens_on: NaiveDate,
        closes_on: NaiveDate,
        closed_early: bool,
    ) -> Self {
        if closed_early || today > closes_on {
            RoundStatus::Closed
        } else if today < opens_on {
            RoundStatus::Upcoming
        } else {
            RoundStatus::Open
        }
    }
}

/// What a round asks, fixed when the round starts: later edits of the questionnaire do not
/// change a round already running, so every answer answers the same questions.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SurveyForm {
    pub ask_gender: bool,
    pub ask_age_band: bool,
    pub questions: Vec<Question>,
    /// The organisation's age bands when the round was made.
    pub age_bands: Vec<AgeBand>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Validate)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SurveyRoundInput {
    pub questionnaire_id: QuestionnaireId,
    #[validate(length(min = 1, max = 120))]
    pub title: String,
    pub opens_on: NaiveDate,
    pub closes_on: NaiveDate,
    /// The language the answering page opens in (the young person can switch).
    #[validate(length(min = 2, max = 2))]
    pub language: String,
    /// The units it runs at; none, and no activities: the whole organisation.
    #[serde(default)]
    #[validate(length(max = 200))]
    pub unit_ids: Vec<UnitId>,
    #[serde(default)]
    #[validate(length(max = 200))]
    pub activity_ids: Vec<ActivityId>,
}

impl Rules for SurveyRoundInput {
    fn cross_field(&self) -> Vec<FieldError> {
        let mut errors: Vec<FieldError> = unknown_language("language", &self.language)
            .into_iter()
            .collect();
        if self.closes_on < self.opens_on {
            errors.push(FieldError::new(
                "closes_on",
                "date_order",
                "Ends before it starts",
            ));
        }
        errors.extend(duplicate_ids("unit_ids", &self.unit_ids));
        errors.extend(duplicate_ids("activity_ids", &self.activity_ids));
        errors
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SurveyRound {
    pub id: SurveyRoundId,
    pub questionnaire_id: QuestionnaireId,
    pub title: String,
    pub opens_on: NaiveDate,
    pub closes_on: NaiveDate,
    /// When an org admin closed it before its end.
    #[serde(with = "crate::utc::option")]
    pub closed_at: Option<NaiveDateTime>,
    pub status: RoundStatus,
    pub language: String,
    pub unit_ids: Vec<UnitId>,
    pub activity_ids: Vec<ActivityId>,
    /// The public answering page (`/s/…`): one answer per device.
    pub link: String,
    /// The same page for a shared tablet at the unit: it starts again after each answer, so
    /// only those who may run the round get it.
    pub kiosk_link: Option<String>,
    /// Answers so far (a count only: results show once the round has closed).
    pub responses: i64,
    pub form: SurveyForm,
    #[serde(with = "crate::utc")]
    pub created_at: NaiveDateTime,
}

/// One young person's answers as the answering page sends them: question key → the values
/// given (a Likert `"1"`–`"5"`, the option keys chosen, or the words written), and who
/// answered as far as they chose to say.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ResponseInput {
    pub gender: Option<Gender>,
    /// An age band of the round's form as `min-max`.
    pub age_band: Option<String>,
    pub answers: BTreeMap<String, Vec<String>>,
}

/// One stored answer to one question: a Likert value, a chosen option or words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answer {
    Scale(i32),
    Choice(String),
    Text(String),
}

/// A checked response: ready to store.
#[derive(Debug, Clone, PartialEq)]
pub struct CheckedResponse {
    pub gender: Option<Gender>,
    pub age_band: Option<AgeBand>,
    /// (question key, answer), in the form's order; a multiple choice gives one per option.
    pub answers: Vec<(String, Answer)>,
}

/// Checks `input` against the round's `form`: every required question answered, every value
/// one the question allows; the errors' paths are `answers.<question key>`.
pub fn check_response(
    form: &SurveyForm,
    input: &ResponseInput,
) -> Result<CheckedResponse, Vec<FieldError>> {
    let mut errors = Vec::new();
    let mut answers = Vec::new();
    for question in &form.questions {
        let path = format!("answers.{}", question.key);
        let given: Vec<&str> = input
            .answers
            .get(&question.key)
            .into_iter()
            .flatten()
            .map(|value| value.trim())
            .filter(|value| !value.is_empty())
            .collect();
        if given.is_empty() {
            if question.required {
                errors.push(FieldError::new(
                    path,
                    "required",
                    "Please answer this question",
                ));
            }
            continue;
        }
        match answer_values(question, &given) {
            Ok(values) => answers.extend(values.into_iter().map(|a| (question.key.clone(), a))),
            Err(error) => errors.push(FieldError::new(path, error.0, error.1)),
        }
    }
    for key in input.answers.keys() {
        if !form.questions.iter().any(|question| question.key == *key) {
            errors.push(FieldError::new(
                format!("answers.{key}"),
                "unknown",
                "No such question",
            ));
        }
    }
    let gender = input.gender.filter(|_| form.ask_gender);
    let age_band = match input.age_band.as_deref().filter(|_| form.ask_age_band) {
        None | Some("") => None,
        Some(text) => {
            let band = form
                .age_bands
                .iter()
                .find(|band| format!("{}-{}", band.min, band.max) == text);
            if band.is_none() {
                errors.push(FieldError::new(
                    "age_band",
                    "unknown",
                    "Not one of the age bands",
                ));
            }
            band.copied()
        }
    };
    if errors.is_empty() {
        Ok(CheckedResponse {
            gender,
            age_band,
            answers,
        })
    } else {
        Err(errors)
    }
}

/// The answers `given` to `question`, or the error code and message for the field.
fn answer_values(
    question: &Question,
    given: &[&str],
) -> Result<Vec<Answer>, (&'static str, &'static str)> {
    const ONE: (&str, &str) = ("one_value", "Give one answer");
    const CHOICE: (&str, &str) = ("choice", "Not one of the options");
    let option = |value: &str| {
        question
            .options
            .iter()
            .any(|option| option.key == value)
            .then(|| Answer::Choice(value.to_owned()))
            .ok_or(CHOICE)
    };
    match (question.kind, given) {
        (QuestionKind::Likert, [value]) => match value.parse::<i32>() {
            Ok(scale @ 1..=5) => Ok(vec![Answer::Scale(scale)]),
            _ => Err(("range", "A value from 1 to 5")),
        },
        (QuestionKind::SingleChoice, [value]) => Ok(vec![option(value)?]),
        (QuestionKind::MultipleChoice, values) => {
            let mut chosen: Vec<&str> = values.to_vec();
            chosen.sort_unstable();
            chosen.dedup();
            chosen.into_iter().map(option).collect()
        }
        (QuestionKind::FreeText, [text]) => {
            // Browsers send a line break as CR LF but count it as one character.
            let text = text.replace("\r\n", "\n");
            if text.chars().count() > FREE_TEXT_MAX {
                Err(("length", "At most 2000 characters"))
            } else if text
                .chars()
                .any(|c| c.is_control() && c != '\n' && c != '\t')
            {
                Err(("characters", "Contains characters that are not text"))
            } else {
                Ok(vec![Answer::Text(text)])
            }
        }
        _ => Err(ONE),
    }
}

crate::text_enum! {
    /// What a breakdown of results is by.
    pub enum Breakdown {
        Gender = "gender",
        AgeBand = "age_band",
    }
}

/// Filters of `GET /survey-rounds/{id}/results`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Validate)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams), into_params(parameter_in = Query))]
pub struct ResultsQuery {
    /// Besides everyone's results, one group per gender or age band — each only where it, and
    /// everyone else, reach the smallest number shown.
    pub by: Option<Breakdown>,
}

impl Rules for ResultsQuery {}

/// One value's count: a Likert value `"1"`–`"5"` or an option key.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ValueCount {
    pub value: String,
    pub count: i64,
}

/// One question's results in one group. Figures show only when at least the smallest number
/// shown answered it; else `shown` is false and the figures are empty.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct QuestionResult {
    pub key: String,
    pub kind: QuestionKind,
    pub shown: bool,
    /// How many answered it (in the group).
    pub answered: Option<i64>,
    /// Every value, in scale or option order, with its count.
    pub counts: Vec<ValueCount>,
    /// Likert: the mean of 1–5.
    pub mean: Option<f64>,
    /// Likert: the share answering 4 or 5, in percent.
    pub agreeing_percent: Option<f64>,
}

/// Everyone's results (no gender and no age band) or one group's.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ResultGroup {
    /// `all` for everyone; in a breakdown a gender (`girl`, …), an age band (`13-15`), or
    /// `not_stated` for those who did not say.
    pub group: String,
    pub responses: i64,
    pub questions: Vec<QuestionResult>,
}

/// The name of a results group (`all`, a gender, an age band `13-15`, `not_stated`) as a
/// reader reads it: `label` gives the text of a message key.
pub fn group_name(group: &str, label: impl Fn(&str) -> String) -> String {
    match group {
        "all" | "not_stated" => label(&format!("surveys-group-{group}")),
        band if band.starts_with(|c: char| c.is_ascii_digit()) => band.replace('-', "–"),
        gender => label(&format!("gender-{gender}")),
    }
}

/// A free-text question's answers, in alphabetical order (never in the order they came).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FreeTextAnswers {
    pub key: String,
    pub answers: Vec<String>,
}

/// A closed round's results, protected by the smallest number shown (SPEC 6).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SurveyResults {
    pub round_id: SurveyRoundId,
    pub responses: i64,
    /// The organisation's `survey_min_responses`.
    pub min_responses: i32,
    /// False when the round has fewer answers than that: no figures at all.
    pub shown: bool,
    /// Everyone first, then the breakdown's groups that may show.
    pub groups: Vec<ResultGroup>,
    /// Only for org admins and unit managers signed in themselves; never broken down.
    pub free_text: Vec<FreeTextAnswers>,
}

/// A round that closed in a year, as the annual report shows it: what it asked and everyone's
/// results (no breakdown and no written answers: a report travels further than the app).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RoundSummary {
    pub round_id: SurveyRoundId,
    pub title: String,
    pub opens_on: NaiveDate,
    pub closes_on: NaiveDate,
    /// The language its texts fall back to.
    pub language: String,
    pub questions: Vec<Question>,
    pub results: SurveyResults,
}

/// `GET /networks/{id}/surveys`: the members' rounds of one built-in template that closed in
/// one calendar year (a fixed grain, like every network figure).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Validate)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams), into_params(parameter_in = Query))]
pub struct SurveyComparisonQuery {
    /// A built-in template's key (`meeting_place`, `group`).
    #[validate(length(min = 1, max = 40))]
    pub template: String,
    #[validate(range(min = 2000, max = 2200))]
    pub year: i32,
}

impl Rules for SurveyComparisonQuery {}

/// One 1–5 question's figures for a member, all members or the median.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ComparedQuestion {
    pub key: String,
    /// How many answered it; absent for the median and where hidden.
    pub answered: Option<i64>,
    /// Absent where too few answered (or, for the median, too few members show it).
    pub mean: Option<f64>,
    pub agreeing_percent: Option<f64>,
}

/// A member's results of the template's rounds in the year, all its rounds together.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ComparedMember {
    pub organisation_id: OrganisationId,
    pub name: String,
    /// Its answers; absent when fewer than its smallest number shown.
    pub responses: Option<i64>,
    pub questions: Vec<ComparedQuestion>,
}

/// Members' survey results side by side (KEKS's national compilation): per member, all shown
/// members together, and the median of the members.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SurveyComparison {
    pub network_id: NetworkId,
    pub template: String,
    pub year: i32,
    /// The template's 1–5 questions, for their texts.
    pub questions: Vec<Question>,
    /// Every member (only the caller's own for a member's org admin).
    pub members: Vec<ComparedMember>,
    /// The answers of the members shown, pooled per question; hidden from a member's org
    /// admin when fewer than five members make it (their own share would give another's).
    pub total: Vec<ComparedQuestion>,
    /// The median of the members' shown values; none of fewer than five members.
    pub median: Vec<ComparedQuestion>,
}
