//! Sessions (SPEC section 3): one occasion of an activity with who came, youth-led work,
//! notes and reflection answers; and the audit trail of their changes.

use crate::ids::{ActivityId, AimId, QuestionId, SessionId, UnitId, UserId};
use std::collections::BTreeMap;

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use serde::{Deserialize, Serialize};
use validator::Validate;

use crate::clock::{duration_minutes, hh_mm};
use crate::error::FieldError;
use crate::structure::{ActivityKind, AgeBand};
use crate::validation::{Rules, duplicate_ids};

/// Upper bound of any one count (attendance cell, producers, staff, volunteers): a large
/// festival fits, a typo of three extra zeros does not.
pub const MAX_COUNT: i32 = 5_000;

crate::text_enum! {
    /// SPEC 3.1's gender categories.
    pub enum Gender {
        Girl = "girl",
        Boy = "boy",
        NonBinary = "non_binary",
        NotStated = "not_stated",
    }
}

/// One attendance cell: how many young people of one gender in one age band came.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Validate)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AttendanceRow {
    pub gender: Gender,
    /// The band's lowest age; absent, with `age_max`, for the `unknown` band.
    pub age_min: Option<i32>,
    /// The band's highest age, inclusive.
    pub age_max: Option<i32>,
    #[validate(range(min = 0, max = MAX_COUNT))]
    pub count: i32,
}

impl AttendanceRow {
    /// The entry band this row is in; `None` for `unknown`.
    pub fn band(&self) -> Option<AgeBand> {
        match (self.age_min, self.age_max) {
            (Some(min), Some(max)) => Some(AgeBand { min, max }),
            _ => None,
        }
    }
}

/// An answer to one of the organisation's reflection questions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Validate)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReflectionAnswer {
    pub question_id: QuestionId,
    #[validate(length(max = 4000))]
    pub answer: String,
}

/// Creating (`POST /sessions`) or changing (`PUT /sessions/{id}`) a session.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Validate)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SessionInput {
    pub activity_id: ActivityId,
    /// The day the session starts; not after today.
    pub date: NaiveDate,
    #[serde(with = "hh_mm")]
    #[cfg_attr(feature = "openapi", schema(value_type = String, example = "18:00"))]
    pub start_time: NaiveTime,
    /// Earlier than `start_time`: the session ends the next day. Equal: refused.
    #[serde(with = "hh_mm")]
    #[cfg_attr(feature = "openapi", schema(value_type = String, example = "21:30"))]
    pub end_time: NaiveTime,
    /// Cells of gender × the organisation's entry age bands (or `unknown`); zero cells may be
    /// left out.
    #[serde(default)]
    #[validate(length(max = 200), nested)]
    pub attendance: Vec<AttendanceRow>,
    /// Planned and run by young people.
    #[serde(default)]
    pub youth_led: bool,
    /// Young people who took part in producing the session.
    #[serde(default)]
    #[validate(range(min = 0, max = MAX_COUNT))]
    pub youth_producers: i32,
    #[serde(default)]
    #[validate(range(min = 0, max = MAX_COUNT))]
    pub staff_count: i32,
    #[serde(default)]
    #[validate(range(min = 0, max = MAX_COUNT))]
    pub volunteer_count: i32,
    /// What happened and why.
    #[serde(default)]
    #[validate(length(max = 10000))]
    pub notes: String,
    #[serde(default)]
    #[validate(length(max = 50), nested)]
    pub reflection_answers: Vec<ReflectionAnswer>,
    #[serde(default)]
    #[validate(length(max = 50))]
    pub aim_ids: Vec<AimId>,
}

impl Rules for SessionInput {
    fn cross_field(&self) -> Vec<FieldError> {
        let mut errors = Vec::new();
        if self.start_time == self.end_time {
            errors.push(FieldError::new(
                "end_time",
                "equal_times",
                "A session cannot end when it starts",
            ));
        }
        let mut cells = std::collections::HashSet::new();
        for (index, row) in self.attendance.iter().enumerate() {
            match (row.age_min, row.age_max) {
                (Some(min), Some(max)) if min > max => errors.push(FieldError::new(
                    format!("attendance[{index}].age_max"),
                    "band_order",
                    "The band's highest age is below its lowest",
                )),
                (Some(_), None) | (None, Some(_)) => errors.push(FieldError::new(
                    format!("attendance[{index}].age_max"),
                    "band_incomplete",
                    "Give both ages of the band, or neither for `unknown`",
                )),
                _ => {}
            }
            if !cells.insert((row.gender, row.age_min, row.age_max)) {
                errors.push(FieldError::new(
                    format!("attendance[{index}]"),
                    "duplicate",
                    "Listed twice",
                ));
            }
        }
        let questions: Vec<QuestionId> = self
            .reflection_answers
            .iter()
            .map(|answer| answer.question_id)
            .collect();
        errors.extend(
            duplicate_ids("reflection_answers", &questions)
                .into_iter()
                .map(|error| FieldError {
                    path: format!("{}.question_id", error.path),
                    ..error
                }),
        );
        errors.extend(duplicate_ids("aim_ids", &self.aim_ids));
        errors
    }
}

impl SessionInput {
    /// Rules that need the organisation's settings and today's date: no session in the
    /// future, attendance only in the organisation's entry bands (or `unknown`).
    pub fn check_against(&self, today: NaiveDate, bands: &[AgeBand]) -> Vec<FieldError> {
        let mut errors = Vec::new();
        if self.date > today {
            errors.push(FieldError::new(
                "date",
                "in_the_future",
                "A session cannot be logged for a day after today",
            ));
        }
        for (index, row) in self.attendance.iter().enumerate() {
            if let Some(band) = row.band()
                && !bands.contains(&band)
            {
                errors.push(FieldError::new(
                    format!("attendance[{index}].age_min"),
                    "unknown_age_band",
                    "Not one of the organisation's age bands",
                ));
            }
        }
        errors
    }

    pub fn duration_minutes(&self) -> i32 {
        duration_minutes(self.start_time, self.end_time)
    }

    /// The same input without the cells and answers that carry nothing.
    pub fn without_empty_entries(mut self) -> SessionInput {
        self.attendance.retain(|row| row.count > 0);
        self.reflection_answers
            .retain(|answer| !answer.answer.trim().is_empty());
        self
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Session {
    pub id: SessionId,
    pub activity_id: ActivityId,
    pub unit_id: UnitId,
    pub activity_kind: ActivityKind,
    pub date: NaiveDate,
    #[serde(with = "hh_mm")]
    #[cfg_attr(feature = "openapi", schema(value_type = String, example = "18:00"))]
    pub start_time: NaiveTime,
    #[serde(with = "hh_mm")]
    #[cfg_attr(feature = "openapi", schema(value_type = String, example = "21:30"))]
    pub end_time: NaiveTime,
    /// Exact length in minutes; across midnight when `end_time` is earlier than `start_time`.
    pub duration_minutes: i32,
    /// The counts staff entered; non-zero cells only.
    pub attendance: Vec<AttendanceRow>,
    /// The counts check-ins added, by gender and exact age (`age_min = age_max`). Read-only:
    /// an edit of the session keeps them.
    pub checked_in: Vec<AttendanceRow>,
    /// The sum of both.
    pub visits: i32,
    pub youth_led: bool,
    pub youth_producers: i32,
    pub staff_count: i32,
    pub volunteer_count: i32,
    pub notes: String,
    pub reflection_answers: Vec<ReflectionAnswer>,
    pub aim_ids: Vec<AimId>,
    pub created_by: UserId,
    #[serde(with = "crate::utc")]
    pub created_at: NaiveDateTime,
    pub updated_by: UserId,
    #[serde(with = "crate::utc")]
    pub updated_at: NaiveDateTime,
}

impl From<&Session> for SessionInput {
    /// The input that would save the session as it is: the start of an edit or a duplicate.
    fn from(session: &Session) -> Self {
        SessionInput {
            activity_id: session.activity_id,
            date: session.date,
            start_time: session.start_time,
            end_time: session.end_time,
            attendance: session.attendance.clone(),
            youth_led: session.youth_led,
            youth_producers: session.youth_producers,
            staff_count: session.staff_count,
            volunteer_count: session.volunteer_count,
            notes: session.notes.clone(),
            reflection_answers: session.reflection_answers.clone(),
            aim_ids: session.aim_ids.clone(),
        }
    }
}

/// Filters of `GET /sessions` (newest first).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, validator::Validate)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams), into_params(parameter_in = Query))]
pub struct SessionFilter {
    pub unit_id: Option<UnitId>,
    pub activity_id: Option<ActivityId>,
    pub kind: Option<ActivityKind>,
    /// First day, inclusive.
    pub from: Option<NaiveDate>,
    /// Last day, inclusive.
    pub to: Option<NaiveDate>,
}

impl crate::Rules for SessionFilter {}

crate::text_enum! {
    pub enum AuditAction {
        Created = "created",
        Updated = "updated",
        Deleted = "deleted",
    }
}

/// One field's value before and after a change (JSON values; absent on create or delete).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FieldChange {
    pub before: Option<serde_json::Value>,
    pub after: Option<serde_json::Value>,
}

/// A recorded create, update or delete of a session.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AuditEntry {
    pub id: i64,
    pub session_id: SessionId,
    pub unit_id: UnitId,
    pub action: AuditAction,
    pub user_id: UserId,
    pub user_name: String,
    /// Set when a kiosk made the change (`user_id` is then the one who registered it).
    pub kiosk_name: Option<String>,
    #[serde(with = "crate::utc")]
    pub at: NaiveDateTime,
    /// Field name → its value before and after. Creates list every field's value after,
    /// deletes every field's value before.
    pub changes: BTreeMap<String, FieldChange>,
}

/// Filters of `GET /session-audit` (newest first).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, validator::Validate)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams), into_params(parameter_in = Query))]
pub struct AuditFilter {
    pub session_id: Option<SessionId>,
    pub unit_id: Option<UnitId>,
}

impl crate::Rules for AuditFilter {}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::structure::DEFAULT_AGE_BANDS;

    fn session() -> SessionInput {
        serde_json::from_value(serde_json::json!({
            "activity_id": 1, "date": "2026-11-20", "start_time": "22:00", "end_time": "01:30",
            "attendance": [{ "gender": "girl", "age_min": 13, "age_max": 15, "count": 4 }]
        }))
        .unwrap()
    }

    fn paths(errors: Vec<FieldError>) -> Vec<String> {
        errors.into_iter().map(|error| error.path).collect()
    }

    #[test]
    fn a_late_session_ends_the_next_day_and_equal_times_are_refused() {
        let late = session();
        assert!(late.check().is_ok());
        assert_eq!(late.duration_minutes(), 210);
        let equal = SessionInput {
            end_time: late.start_time,
            ..late
        };
        assert_eq!(
            paths(equal.check().unwrap_err().fields),
            ["end_time".to_owned()]
        );
    }

    #[test]
    fn cells_must_be_whole_bands_of_the_organisation_and_listed_once() {
        let row = |age_min, age_max| AttendanceRow {
            gender: Gender::Boy,
            age_min,
            age_max,
            count: 1,
        };
        let input = SessionInput {
            attendance: vec![
                row(Some(13), Some(15)),
                row(Some(13), Some(15)),
                row(Some(14), None),
                row(Some(20), Some(22)),
                row(None, None),
            ],
            ..session()
        };
        assert_eq!(
            paths(input.check().unwrap_err().fields),
            ["attendance[1]", "attendance[2].age_max"]
        );
        let today = NaiveDate::from_ymd_opt(2026, 11, 19).unwrap();
        assert_eq!(
            paths(input.check_against(today, &DEFAULT_AGE_BANDS)),
            ["date", "attendance[3].age_min"]
        );
    }
}
