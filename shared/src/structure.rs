//! The organisation's structure (SPEC section 2): networks, organisations and their settings,
//! units, topics and activities.

use crate::ids::{ActivityId, NetworkId, OrganisationId, TopicId, UnitId};
use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use serde::{Deserialize, Serialize};
use validator::Validate;

use crate::error::FieldError;
use crate::users::{InvitedUser, Invitee};
use crate::validation::Rules;

crate::text_enum! {
    /// What kind of place or office a unit is; networks compare per unit type.
    pub enum UnitType {
        YouthCentre = "youth_centre",
        MeetingPlace = "meeting_place",
        Department = "department",
        ProjectOffice = "project_office",
        Other = "other",
    }
}

crate::text_enum! {
    /// SPEC section 2: what kind of youth work an activity is.
    pub enum ActivityKind {
        /// Drop-in / open activities at a meeting place.
        Open = "open",
        /// A group with steady participants.
        Group = "group",
        /// One-off.
        Event = "event",
        /// Time-bound, with goals.
        Project = "project",
        /// Street, detached or mobile youth work. (Digital youth work is a delivery mode.)
        Outreach = "outreach",
    }
}

crate::text_enum! {
    pub enum DeliveryMode {
        OnSite = "on_site",
        Digital = "digital",
        Hybrid = "hybrid",
    }
}

// ---------------------------------------------------------------- networks and organisations

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Network {
    pub id: NetworkId,
    pub name: String,
    pub archived: bool,
    #[serde(with = "crate::utc")]
    pub created_at: NaiveDateTime,
    /// Its statistics suppress cells counting fewer young people (SPEC 8).
    pub min_cell: i32,
    /// The age bands its statistics are released in (a fixed grain, SPEC 8).
    pub age_bands: Vec<AgeBand>,
    /// The ages of its visits per 1,000 residents (a fixed grain, SPEC 8).
    pub rate_ages: AgeBand,
}

/// Updating a network or an organisation: its name, and archiving.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Validate)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NameInput {
    #[validate(length(min = 1, max = 200))]
    pub name: String,
    #[serde(default)]
    pub archived: bool,
}

impl Rules for NameInput {}

/// A new network or organisation with the person who will administer it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Validate)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NewTenant {
    #[validate(length(min = 1, max = 200))]
    pub name: String,
    #[validate(nested)]
    pub admin: Invitee,
}

impl Rules for NewTenant {}

/// What creating a network answers: it, and its first admin's invitation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CreatedNetwork {
    pub network: Network,
    pub admin: InvitedUser,
}

/// What creating an organisation answers: it, and its first org admin's invitation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CreatedOrganisation {
    pub organisation: Organisation,
    pub admin: InvitedUser,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Organisation {
    pub id: OrganisationId,
    pub name: String,
    pub archived: bool,
    #[serde(with = "crate::utc")]
    pub created_at: NaiveDateTime,
}

/// An age band `min`–`max`, both inclusive, in whole years.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Validate)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AgeBand {
    #[validate(range(min = 0, max = 120))]
    pub min: i32,
    #[validate(range(min = 0, max = 120))]
    pub max: i32,
}

/// Bands as a query or a form writes them: `6-12,13-15`.
pub fn band_list(bands: &[AgeBand]) -> String {
    bands
        .iter()
        .map(|band| format!("{}-{}", band.min, band.max))
        .collect::<Vec<_>>()
        .join(",")
}

/// SPEC 3.1's default entry bands (an `unknown` band always exists besides these).
pub const DEFAULT_AGE_BANDS: [AgeBand; 5] = [
    AgeBand { min: 6, max: 12 },
    AgeBand { min: 13, max: 15 },
    AgeBand { min: 16, max: 18 },
    AgeBand { min: 19, max: 24 },
    AgeBand { min: 25, max: 29 },
];

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Validate)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OrganisationSettings {
    /// The bands attendance is entered in, ascending and not overlapping.
    #[validate(length(min = 1, max = 20), nested)]
    pub entry_age_bands: Vec<AgeBand>,
    /// Survey results show only from this many answers (SPEC 6).
    #[validate(range(min = 1, max = 1000))]
    pub survey_min_responses: i32,
    /// Networks see no cell counting fewer young people than this (SPEC 8).
    #[validate(range(min = 1, max = 1000))]
    pub network_min_cell: i32,
    /// Under this age the kiosk asks to confirm that a guardian knows (SPEC 9).
    #[validate(range(min = 0, max = 18))]
    pub digital_consent_age: i32,
    /// Aliases unused this long are erased (SPEC 9).
    #[validate(range(min = 1, max = 120))]
    pub alias_retention_months: i32,
    /// The kiosk's text for young people under the consent age; empty = the built-in text.
    #[serde(default)]
    #[validate(length(max = 2000))]
    pub consent_text: String,
    /// IANA time zone (e.g. `Europe/Helsinki`): what "now" and "today" mean at the kiosk.
    #[serde(default = "default_time_zone")]
    #[validate(length(min = 1, max = 64))]
    pub time_zone: String,
    /// The language of new accounts until they choose, and of new kiosks: one of `en`, `sv`,
    /// `fi`, `sl`, `lv`, `et`.
    #[serde(default = "default_language")]
    pub default_language: String,
    /// Audit trail entries older than this many months are deleted; 0 keeps them as long as
    /// the sessions (a deleted session's notes and answers leave its trail at once).
    #[serde(default)]
    #[validate(range(min = 0, max = 120))]
    pub audit_retention_months: i32,
    /// An aim's indicator short of its target by at most this many percentage points (or per
    /// cent of the target, for a count) is "close" (SPEC 5).
    #[serde(default = "default_follow_up_margin")]
    #[validate(range(min = 0, max = 50))]
    pub follow_up_margin: i32,
}

fn default_follow_up_margin() -> i32 {
    5
}

pub const DEFAULT_TIME_ZONE: &str = "Europe/Stockholm";

fn default_time_zone() -> String {
    DEFAULT_TIME_ZONE.to_owned()
}

fn default_language() -> String {
    crate::LANGUAGES[0].to_owned()
}

impl Default for OrganisationSettings {
    fn default() -> Self {
        Self {
            entry_age_bands: DEFAULT_AGE_BANDS.to_vec(),
            survey_min_responses: 15,
            network_min_cell: 5,
            digital_consent_age: 13,
            alias_retention_months: 24,
            consent_text: String::new(),
            time_zone: default_time_zone(),
            default_language: default_language(),
            audit_retention_months: 0,
            follow_up_margin: default_follow_up_margin(),
        }
    }
}

impl Rules for OrganisationSettings {
    fn cross_field(&self) -> Vec<FieldError> {
        let mut errors = band_order_errors("entry_age_bands", &self.entry_age_bands);
        errors.extend(crate::validation::unknown_language(
            "default_language",
            &self.default_language,
        ));
        errors
    }
}

/// Each band's upper age not below its lower, and the bands ascending without overlap.
pub fn band_order_errors(field: &str, bands: &[AgeBand]) -> Vec<FieldError> {
    let mut errors = Vec::new();
    let mut previous_max: Option<i32> = None;
    for (index, band) in bands.iter().enumerate() {
        if band.min > band.max {
            errors.push(FieldError::new(
                format!("{field}[{index}].max"),
                "band_order",
                "The upper age must not be below the lower age",
            ));
        }
        if previous_max.is_some_and(|max| band.min <= max) {
            errors.push(FieldError::new(
                format!("{field}[{index}].min"),
                "band_overlap",
                "Bands must be ascending and must not overlap",
            ));
        }
        previous_max = Some(band.max);
    }
    errors
}

// ---------------------------------------------------------------- units, topics, activities

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Unit {
    pub id: UnitId,
    pub name: String,
    pub unit_type: UnitType,
    pub archived: bool,
    #[serde(flatten)]
    pub check_in: CheckInSetting,
    #[serde(with = "crate::utc")]
    pub created_at: NaiveDateTime,
}

/// SPEC 4: what a check-in does when none of the unit's open activities runs.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CheckInSetting {
    /// Open the day's session of `default_open_activity_id` (else the kiosk says check-in
    /// is closed now).
    #[serde(default)]
    pub check_in_opens_session: bool,
    /// One of the unit's `open` activities.
    #[serde(default)]
    pub default_open_activity_id: Option<ActivityId>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Validate)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct UnitInput {
    #[validate(length(min = 1, max = 200))]
    pub name: String,
    pub unit_type: UnitType,
    #[serde(default)]
    pub archived: bool,
    #[serde(flatten)]
    pub check_in: CheckInSetting,
}

impl Rules for UnitInput {
    fn cross_field(&self) -> Vec<FieldError> {
        let setting = self.check_in;
        if setting.check_in_opens_session && setting.default_open_activity_id.is_none() {
            return vec![FieldError::new(
                "default_open_activity_id",
                "required",
                "Choose the open activity whose session a check-in opens",
            )];
        }
        Vec::new()
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Topic {
    pub id: TopicId,
    /// Set for the built-in topics, whose names the app translates (`topic.<key>`).
    pub key: Option<String>,
    pub name: String,
    pub archived: bool,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Validate)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TopicInput {
    #[validate(length(min = 1, max = 100))]
    pub name: String,
    #[serde(default)]
    pub archived: bool,
}

impl Rules for TopicInput {}

/// The topics every new organisation starts with (SPEC section 2), by translation key.
pub const BUILT_IN_TOPICS: [(&str, &str); 8] = [
    ("leisure", "Leisure"),
    ("culture", "Culture"),
    ("sport", "Sport"),
    ("learning_support", "Learning support"),
    ("counselling", "Counselling"),
    ("information", "Information"),
    ("volunteering", "Volunteering"),
    ("mobility", "Mobility"),
];

/// What only a `project` activity has.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Validate)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ProjectDetails {
    pub start_date: NaiveDate,
    pub end_date: NaiveDate,
    #[validate(length(max = 5000))]
    pub goals: String,
    #[validate(length(max = 1000))]
    pub target_group: String,
    #[validate(length(max = 5000))]
    pub description: String,
    #[validate(length(max = 1000))]
    pub partners: String,
    #[validate(length(max = 200))]
    pub funding_programme: String,
    #[validate(length(max = 200))]
    pub contact_person: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Activity {
    pub id: ActivityId,
    pub unit_id: UnitId,
    pub name: String,
    pub kind: ActivityKind,
    pub delivery_mode: DeliveryMode,
    pub platform: Option<String>,
    pub topic_ids: Vec<TopicId>,
    pub active_from: Option<NaiveDate>,
    pub active_to: Option<NaiveDate>,
    pub archived: bool,
    pub project: Option<ProjectDetails>,
    /// When its sessions usually start and end; they prefill the session form.
    #[serde(with = "crate::clock::hh_mm_option")]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>, example = "18:00"))]
    pub usual_start_time: Option<NaiveTime>,
    #[serde(with = "crate::clock::hh_mm_option")]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>, example = "21:00"))]
    pub usual_end_time: Option<NaiveTime>,
    #[serde(with = "crate::utc")]
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Validate)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ActivityInput {
    pub unit_id: UnitId,
    #[validate(length(min = 1, max = 200))]
    pub name: String,
    pub kind: ActivityKind,
    pub delivery_mode: DeliveryMode,
    /// Where a digital or hybrid activity runs, e.g. Discord.
    #[validate(length(min = 1, max = 100))]
    pub platform: Option<String>,
    #[serde(default)]
    #[validate(length(max = 50))]
    pub topic_ids: Vec<TopicId>,
    pub active_from: Option<NaiveDate>,
    pub active_to: Option<NaiveDate>,
    #[serde(default)]
    pub archived: bool,
    /// Required for `project` activities, refused for the others.
    #[validate(nested)]
    pub project: Option<ProjectDetails>,
    /// When its sessions usually start and end ("HH:MM"); both or neither.
    #[serde(default, with = "crate::clock::hh_mm_option")]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>, example = "18:00"))]
    pub usual_start_time: Option<NaiveTime>,
    #[serde(default, with = "crate::clock::hh_mm_option")]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>, example = "21:00"))]
    pub usual_end_time: Option<NaiveTime>,
}

impl ActivityInput {
    /// A new activity of the unit: on site, no topics, dates or usual times yet.
    pub fn new(unit_id: UnitId, name: impl Into<String>, kind: ActivityKind) -> ActivityInput {
        ActivityInput {
            unit_id,
            name: name.into(),
            kind,
            delivery_mode: DeliveryMode::OnSite,
            platform: None,
            topic_ids: Vec::new(),
            active_from: None,
            active_to: None,
            archived: false,
            project: None,
            usual_start_time: None,
            usual_end_time: None,
        }
    }
}

impl Rules for ActivityInput {
    fn cross_field(&self) -> Vec<FieldError> {
        let mut errors = Vec::new();
        if let (Some(from), Some(to)) = (self.active_from, self.active_to)
            && to < from
        {
            errors.push(FieldError::new(
                "active_to",
                "date_order",
                "Ends before it starts",
            ));
        }
        match (&self.project, self.kind) {
            (None, ActivityKind::Project) => errors.push(FieldError::new(
                "project",
                "required",
                "A project needs its project details",
            )),
            (Some(_), kind) if kind != ActivityKind::Project => errors.push(FieldError::new(
                "project",
                "not_a_project",
                "Only project activities have project details",
            )),
            (Some(project), _) if project.end_date < project.start_date => errors.push(
                FieldError::new("project.end_date", "date_order", "Ends before it starts"),
            ),
            _ => {}
        }
        errors.extend(crate::validation::duplicate_ids(
            "topic_ids",
            &self.topic_ids,
        ));
        match (self.usual_start_time, self.usual_end_time) {
            (Some(start), Some(end)) if start == end => errors.push(FieldError::new(
                "usual_end_time",
                "equal_times",
                "A session cannot end when it starts",
            )),
            (Some(_), None) => errors.push(FieldError::new(
                "usual_end_time",
                "required",
                "Give both usual times, or neither",
            )),
            (None, Some(_)) => errors.push(FieldError::new(
                "usual_start_time",
                "required",
                "Give both usual times, or neither",
            )),
            _ => {}
        }
        errors
    }
}

impl From<&Activity> for ActivityInput {
    /// The input that would save the activity as it is: the start of every edit.
    fn from(activity: &Activity) -> Self {
        ActivityInput {
            unit_id: activity.unit_id,
            name: activity.name.clone(),
            kind: activity.kind,
            delivery_mode: activity.delivery_mode,
            platform: activity.platform.clone(),
            topic_ids: activity.topic_ids.clone(),
            active_from: activity.active_from,
            active_to: activity.active_to,
            archived: activity.archived,
            project: activity.project.clone(),
            usual_start_time: activity.usual_start_time,
            usual_end_time: activity.usual_end_time,
        }
    }
}

impl From<&Unit> for UnitInput {
    fn from(unit: &Unit) -> Self {
        UnitInput {
            name: unit.name.clone(),
            unit_type: unit.unit_type,
            archived: unit.archived,
            check_in: unit.check_in,
        }
    }
}

/// Filters of `GET /activities`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, validator::Validate)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams), into_params(parameter_in = Query))]
pub struct ActivityFilter {
    pub unit_id: Option<UnitId>,
    pub kind: Option<ActivityKind>,
    pub delivery_mode: Option<DeliveryMode>,
    pub topic_id: Option<TopicId>,
    /// Absent: both; `false`: only current ones.
    pub archived: Option<bool>,
}

impl crate::Rules for ActivityFilter {}

/// Filters of the other structure lists.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, validator::Validate)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams), into_params(parameter_in = Query))]
pub struct ArchivedFilter {
    /// Absent: both; `false`: only current ones.
    pub archived: Option<bool>,
}

impl crate::Rules for ArchivedFilter {}

#[cfg(test)]
mod tests {
    use super::*;

    fn paths(result: Result<(), crate::ErrorBody>) -> Vec<String> {
        result
            .unwrap_err()
            .fields
            .into_iter()
            .map(|f| f.path)
            .collect()
    }

    #[test]
    fn default_settings_are_valid_and_bad_bands_are_named() {
        assert!(OrganisationSettings::default().check().is_ok());
        let settings = OrganisationSettings {
            entry_age_bands: vec![AgeBand { min: 13, max: 10 }, AgeBand { min: 9, max: 200 }],
            ..OrganisationSettings::default()
        };
        assert_eq!(
            paths(settings.check()),
            [
                "entry_age_bands[0].max",
                "entry_age_bands[1].max",
                "entry_age_bands[1].min"
            ]
        );
    }

    #[test]
    fn project_details_belong_to_projects_only() {
        let activity = ActivityInput {
            unit_id: UnitId(1),
            name: "Homework club".into(),
            kind: ActivityKind::Project,
            delivery_mode: DeliveryMode::OnSite,
            platform: None,
            topic_ids: vec![TopicId(3), TopicId(3)],
            active_from: NaiveDate::from_ymd_opt(2026, 5, 1),
            active_to: NaiveDate::from_ymd_opt(2026, 4, 1),
            archived: false,
            project: None,
            usual_start_time: None,
            usual_end_time: None,
        };
        assert_eq!(
            paths(activity.check()),
            ["active_to", "project", "topic_ids[1]"]
        );
        let group_with_project = ActivityInput {
            kind: ActivityKind::Group,
            topic_ids: vec![],
            active_to: None,
            project: Some(ProjectDetails::default()),
            ..activity
        };
        assert_eq!(paths(group_with_project.check()), ["project"]);
    }
}
