//! Visitors (SPEC sections 4 and 9): the aliases young people check in with, the kiosk
//! devices they use, check-ins, and the visitor figures that distinct aliases make possible.

use crate::ids::{AliasId, CheckInId, KioskId, SessionId, UnitId};
use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};
use validator::Validate;

use crate::error::FieldError;
use crate::sessions::Gender;
use crate::validation::Rules;

/// A check-in's age is the year of the visit minus the birth year; these bound a plausible one.
pub const YOUNGEST_AGE: i32 = 3;
pub const OLDEST_AGE: i32 = 99;

/// What uniqueness and look-up compare: trimmed, inner spaces collapsed, lower case.
pub fn alias_key(alias: &str) -> String {
    alias
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// The alias as stored and shown: trimmed, inner spaces collapsed.
pub fn alias_text(alias: &str) -> String {
    alias.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Age at a visit in `year`, from the birth year (the only date of birth Logbook keeps).
pub fn age_in(year: i32, birth_year: i32) -> i32 {
    year - birth_year
}

fn alias_errors(alias: &str) -> Vec<FieldError> {
    let text = alias_text(alias);
    let length = text.chars().count();
    let error = |code: &str, message: &str| vec![FieldError::new("alias", code, message)];
    if !(2..=30).contains(&length) {
        return error("length", "An alias has 2 to 30 characters");
    }
    if text.contains('@') {
        return error(
            "looks_like_email",
            "Choose a nickname, not an e-mail address",
        );
    }
    if text.chars().filter(char::is_ascii_digit).count() >= 6 {
        return error(
            "looks_like_phone",
            "Choose a nickname, not a phone number (at most 5 digits)",
        );
    }
    Vec::new()
}

fn pin_errors(pin: Option<&str>) -> Vec<FieldError> {
    match pin {
        Some(pin) if pin.len() != 4 || !pin.bytes().all(|b| b.is_ascii_digit()) => {
            vec![FieldError::new(
                "pin",
                "pin_format",
                "A PIN is exactly 4 digits",
            )]
        }
        _ => Vec::new(),
    }
}

/// A new alias, made by a young person at a kiosk or by staff for them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Validate)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AliasInput {
    /// A self-chosen nickname, not a real name; unique in the organisation ignoring case.
    pub alias: String,
    #[validate(range(min = 1900, max = 2200))]
    pub birth_year: i32,
    pub gender: Gender,
    /// Optional: exactly 4 digits.
    #[serde(default)]
    pub pin: Option<String>,
    /// Required under the organisation's digital consent age: a guardian knows.
    #[serde(default)]
    pub guardian_confirmed: bool,
}

impl Rules for AliasInput {
    fn cross_field(&self) -> Vec<FieldError> {
        let mut errors = alias_errors(&self.alias);
        errors.extend(pin_errors(self.pin.as_deref()));
        errors
    }
}

impl AliasInput {
    /// The rules that need this year and the organisation's consent age.
    pub fn check_against(&self, this_year: i32, consent_age: i32) -> Vec<FieldError> {
        let age = age_in(this_year, self.birth_year);
        if !(YOUNGEST_AGE..=OLDEST_AGE).contains(&age) {
            return vec![FieldError::new(
                "birth_year",
                "implausible_birth_year",
                format!(
                    "The birth year lies between {} and {}",
                    this_year - OLDEST_AGE,
                    this_year - YOUNGEST_AGE
                ),
            )];
        }
        if needs_guardian(age, consent_age) && !self.guardian_confirmed {
            return vec![FieldError::new(
                "guardian_confirmed",
                "guardian_confirmation_required",
                "Under the consent age, confirm that a guardian knows",
            )];
        }
        Vec::new()
    }
}

/// Under the organisation's digital consent age the kiosk asks to confirm a guardian knows.
/// `age` is the age reached this year (from the birth year), so before the birthday the young
/// person is a year younger: ask whenever they may still be under it.
pub fn needs_guardian(age: i32, consent_age: i32) -> bool {
    age - 1 < consent_age
}

/// A returning young person at a kiosk.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Validate)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CheckInInput {
    #[validate(length(min = 1, max = 100))]
    pub alias: String,
    /// Needed when the alias has one.
    #[serde(default)]
    pub pin: Option<String>,
}

impl Rules for CheckInInput {
    fn cross_field(&self) -> Vec<FieldError> {
        pin_errors(self.pin.as_deref())
    }
}

/// Staff checking a young person in to a session: the alias is enough, no PIN.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Validate)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StaffCheckInInput {
    #[validate(length(min = 1, max = 100))]
    pub alias: String,
}

impl Rules for StaffCheckInInput {}

/// An alias as staff see it (never the PIN).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Alias {
    pub id: AliasId,
    pub alias: String,
    pub birth_year: i32,
    pub gender: Gender,
    pub has_pin: bool,
    #[serde(with = "crate::utc")]
    pub created_at: NaiveDateTime,
    #[serde(with = "crate::utc")]
    pub last_seen_at: NaiveDateTime,
}

/// `GET /aliases`: aliases starting with `q` (ignoring case), in id order.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, validator::Validate)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams), into_params(parameter_in = Query))]
pub struct AliasFilter {
    pub q: Option<String>,
}

impl crate::Rules for AliasFilter {}

/// One check-in; `alias` is absent once the alias has been erased.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CheckIn {
    pub id: CheckInId,
    pub session_id: SessionId,
    pub alias: Option<String>,
    pub gender: Gender,
    pub age: i32,
    #[serde(with = "crate::utc")]
    pub checked_in_at: NaiveDateTime,
}

/// What a kiosk shows after a check-in: nothing about the young person but the alias typed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CheckInReceipt {
    pub alias: String,
    pub session_id: SessionId,
    pub activity_name: String,
    /// The alias was already checked in to this session; nothing was counted twice.
    pub already_checked_in: bool,
}

/// Everything held about one alias (a subject access request, SPEC 9).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AliasExport {
    pub alias: Alias,
    pub check_ins: Vec<ExportedCheckIn>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ExportedCheckIn {
    /// UTC, like every stored timestamp; `session_date` is the organisation's local day.
    #[serde(with = "crate::utc")]
    pub checked_in_at: NaiveDateTime,
    pub unit: String,
    pub activity: String,
    pub session_date: NaiveDate,
    pub age: i32,
}

// ---------------------------------------------------------------- kiosk devices

/// Registering a tablet as a unit's kiosk.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Validate)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct KioskInput {
    pub unit_id: UnitId,
    #[validate(length(min = 1, max = 100))]
    pub name: String,
    /// One of `en`, `sv`, `fi`, `sl`, `lv`, `et`.
    pub language: String,
}

impl Rules for KioskInput {
    fn cross_field(&self) -> Vec<FieldError> {
        crate::validation::unknown_language("language", &self.language)
            .into_iter()
            .collect()
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Kiosk {
    pub id: KioskId,
    pub unit_id: UnitId,
    pub name: String,
    pub language: String,
    #[serde(with = "crate::utc")]
    pub created_at: NaiveDateTime,
    #[serde(with = "crate::utc::option")]
    pub last_used_at: Option<NaiveDateTime>,
    #[serde(with = "crate::utc::option")]
    pub revoked_at: Option<NaiveDateTime>,
}

/// The answer to a registration: the token is shown this once and stored only as a hash.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RegisteredKiosk {
    pub kiosk: Kiosk,
    pub token: String,
}

/// What the kiosk page needs to greet young people.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct KioskInfo {
    pub organisation_name: String,
    pub unit_name: String,
    pub language: String,
    pub digital_consent_age: i32,
    /// Empty: the kiosk shows its built-in text.
    pub consent_text: String,
    /// This year where the organisation is; ages count from it.
    pub this_year: i32,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(alias: &str) -> AliasInput {
        AliasInput {
            alias: alias.into(),
            birth_year: 2010,
            gender: Gender::Girl,
            pin: None,
            guardian_confirmed: false,
        }
    }

    fn codes(errors: Vec<FieldError>) -> Vec<String> {
        errors
            .into_iter()
            .map(|e| format!("{}:{}", e.path, e.code))
            .collect()
    }

    #[test]
    fn aliases_compare_trimmed_and_ignoring_case() {
        assert_eq!(alias_key("  Star   Fox "), "star fox");
        assert_eq!(alias_key("ÅSA"), "åsa");
        assert_eq!(alias_text("  Star   Fox "), "Star Fox");
    }

    #[test]
    fn aliases_that_look_like_contact_details_are_refused() {
        assert!(input("Gamer2009").check().is_ok());
        assert_eq!(
            codes(input("kim@example.org").check().unwrap_err().fields),
            ["alias:looks_like_email"]
        );
        assert_eq!(
            codes(input("070-123 45 67").check().unwrap_err().fields),
            ["alias:looks_like_phone"]
        );
        assert_eq!(
            codes(input(" x ").check().unwrap_err().fields),
            ["alias:length"]
        );
    }

    #[test]
    fn a_pin_is_four_digits() {
        let mut with_pin = input("Fox");
        with_pin.pin = Some("12a4".into());
        assert_eq!(
            codes(with_pin.check().unwrap_err().fields),
            ["pin:pin_format"]
        );
        with_pin.pin = Some("0042".into());
        assert!(with_pin.check().is_ok());
    }

    #[test]
    fn under_the_consent_age_a_guardian_must_know() {
        let mut young = input("Fox");
        // Turning 13 this year: still 12 until the birthday.
        young.birth_year = 2013;
        assert_eq!(
            codes(young.check_against(2026, 13)),
            ["guardian_confirmed:guardian_confirmation_required"]
        );
        young.birth_year = 2012;
        assert!(young.check_against(2026, 13).is_empty());
        young.birth_year = 2014;
        young.guardian_confirmed = true;
        assert!(young.check_against(2026, 13).is_empty());
        assert!(input("Fox").check_against(2026, 13).is_empty());
        young.birth_year = 2025;
        assert_eq!(
            codes(young.check_against(2026, 13)),
            ["birth_year:implausible_birth_year"]
        );
    }
}
