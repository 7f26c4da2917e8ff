//! Reports (SPEC section 7): the figures of the sessions in a scope and period, optionally
//! filtered and grouped, with attendance in any age bands.

use crate::ids::{ActivityId, SessionId, TopicId, UnitId};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::error::FieldError;
pub use crate::periods::{MAX_PERIOD_YEARS, REPORT_YEARS, period_errors};
use crate::structure::{ActivityKind, AgeBand, DeliveryMode};

crate::text_enum! {
    /// How a report's rows are grouped (besides the total).
    pub enum GroupBy {
        Unit = "unit",
        Activity = "activity",
        Kind = "kind",
        Topic = "topic",
        DeliveryMode = "delivery_mode",
        Month = "month",
        UnitType = "unit_type",
        /// For networks: one row per member organisation.
        Organisation = "organisation",
    }
}

/// Which sessions a report or the qualitative record covers: those dated `from`–`to` (both
/// inclusive) of the listed units (or every unit the caller may read), narrowed by the filters.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, validator::Validate)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams), into_params(parameter_in = Query))]
pub struct ReportQuery {
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// Comma-separated unit ids, e.g. `3,7`.
    pub unit_ids: Option<String>,
    pub kind: Option<ActivityKind>,
    pub activity_id: Option<ActivityId>,
    pub topic_id: Option<TopicId>,
    pub delivery_mode: Option<DeliveryMode>,
}

impl crate::Rules for ReportQuery {}

impl ReportQuery {
    /// The query read and checked, every problem named together: a period in order within
    /// the report years, unit ids that are numbers.
    pub fn parse(&self) -> Result<ReportSelection, Vec<FieldError>> {
        let mut errors = period_errors(self.from, self.to);
        let unit_ids = parse_unit_ids(self.unit_ids.as_deref()).unwrap_or_else(|error| {
            errors.push(error);
            None
        });
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(ReportSelection {
            from: self.from,
            to: self.to,
            unit_ids,
            kind: self.kind,
            activity_id: self.activity_id,
            topic_id: self.topic_id,
            delivery_mode: self.delivery_mode,
        })
    }
}

/// Which sessions a report covers, as values: what the server selects from and what the web
/// app's report form edits. [`ReportQuery`] is its form in a query string.
#[derive(Debug, Clone, PartialEq)]
pub struct ReportSelection {
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// `None`: every unit one may read.
    pub unit_ids: Option<Vec<UnitId>>,
    pub kind: Option<ActivityKind>,
    pub activity_id: Option<ActivityId>,
    pub topic_id: Option<TopicId>,
    pub delivery_mode: Option<DeliveryMode>,
}

impl ReportSelection {
    /// Every session of the period that one may read, with no filter.
    pub fn period(from: NaiveDate, to: NaiveDate) -> ReportSelection {
        ReportSelection {
            from,
            to,
            unit_ids: None,
            kind: None,
            activity_id: None,
            topic_id: None,
            delivery_mode: None,
        }
    }

    /// What is wrong with the period (a form checks it before asking).
    pub fn errors(&self) -> Vec<FieldError> {
        period_errors(self.from, self.to)
    }

    /// The query-string form: unit ids joined by commas, an empty list left out.
    pub fn to_query(&self) -> ReportQuery {
        let unit_ids = self
            .unit_ids
            .as_ref()
            .filter(|ids| !ids.is_empty())
            .map(|ids| {
                ids.iter()
                    .map(UnitId::to_string)
                    .collect::<Vec<_>>()
                    .join(",")
            });
        ReportQuery {
            from: self.from,
            to: self.to,
            unit_ids,
            kind: self.kind,
            activity_id: self.activity_id,
            topic_id: self.topic_id,
            delivery_mode: self.delivery_mode,
        }
    }
}

/// How `GET /reports` lays its figures out.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, validator::Validate)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams), into_params(parameter_in = Query))]
pub struct ReportLayout {
    pub group_by: Option<GroupBy>,
    /// Age bands to report attendance in, e.g. `7-12,13-26`; default the organisation's
    /// entry bands.
    pub bands: Option<String>,
}

impl crate::Rules for ReportLayout {}

impl ReportLayout {
    /// The requested bands, whole years 0–120, in the order asked. Bands may overlap (SPEC
    /// 3.1 counts a row in every band that wholly contains it), so one request can carry
    /// Finland's 0-28 and Latvia's 13-25; the same band twice is refused.
    pub fn age_bands(&self) -> Result<Option<Vec<AgeBand>>, FieldError> {
        let Some(list) = self.bands.as_deref().filter(|list| !list.is_empty()) else {
            return Ok(None);
        };
        let invalid = || {
            FieldError::new(
                "bands",
                "invalid",
                "Up to 24 bands of whole years such as 7-12,13-26, each listed once",
            )
        };
        let mut bands: Vec<AgeBand> = Vec::new();
        for item in list.split(',') {
            let (min, max) = item.trim().split_once('-').ok_or_else(invalid)?;
            let band = AgeBand {
                min: min.trim().parse().map_err(|_| invalid())?,
                max: max.trim().parse().map_err(|_| invalid())?,
            };
            let too_many = bands.len() == MAX_BANDS;
            if band.min < 0
                || band.max > 120
                || band.min > band.max
                || bands.contains(&band)
                || too_many
            {
                return Err(invalid());
            }
            bands.push(band);
        }
        Ok(Some(bands))
    }

    /// [`Self::age_bands`] for published statistics, where bands must be ascending and apart:
    /// two overlapping bands would give their difference, which suppression does not protect.
    pub fn disjoint_age_bands(&self) -> Result<Option<Vec<AgeBand>>, FieldError> {
        let bands = self.age_bands()?;
        let apart = bands
            .as_deref()
            .is_none_or(|bands| bands.windows(2).all(|pair| pair[0].max < pair[1].min));
        if apart {
            Ok(bands)
        } else {
            Err(FieldError::new(
                "bands",
                "overlapping",
                "Network statistics need ascending bands that do not overlap, such as 7-12,13-26",
            ))
        }
    }
}

crate::text_enum! {
    /// The file `GET /reports/export` answers.
    pub enum ExportFormat {
        Csv = "csv",
        Xlsx = "xlsx",
    }
}

/// `GET /reports/export`: which file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, validator::Validate)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams), into_params(parameter_in = Query))]
pub struct ExportQuery {
    pub format: ExportFormat,
}

impl crate::Rules for ExportQuery {}

/// The language of a downloaded file (a report's CSV, XLSX or PDF, network statistics as
/// CSV): `lang`, else the reader's own, else their organisation's default.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, validator::Validate)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams), into_params(parameter_in = Query))]
pub struct FileLanguage {
    /// One of `en`, `sv`, `fi`, `sl`, `lv`, `et`.
    #[cfg_attr(feature = "openapi", param(value_type = Option<String>, pattern = "^(en|sv|fi|sl|lv|et)$"))]
    pub lang: Option<String>,
}

impl crate::Rules for FileLanguage {
    fn cross_field(&self) -> Vec<FieldError> {
        let unknown = |tag: &String| crate::validation::unknown_language("lang", tag);
        self.lang.iter().filter_map(unknown).collect()
    }
}

/// `GET /reports/record`: notes and answers containing `q` (ignoring case).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, validator::Validate)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams), into_params(parameter_in = Query))]
pub struct TextFilter {
    pub q: Option<String>,
}

impl crate::Rules for TextFilter {}

/// The qualitative record of a period (SPEC 7): notes and reflection answers by activity.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ActivityRecord {
    pub activity_id: ActivityId,
    pub activity_name: String,
    /// Oldest first.
    pub entries: Vec<RecordEntry>,
}

/// `GET /reports/record`: one page of the qualitative record, entries in the record's order
/// (by activity, then date).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RecordPage {
    /// The page's entries by activity; the first may go on from the previous page.
    pub activities: Vec<ActivityRecord>,
    /// Entries in the whole record (only those matching the search, when there is one).
    pub total: i64,
    /// Pass as `cursor` for the next page; absent on the last page.
    pub next_cursor: Option<i64>,
}

/// One session's notes and answers (sessions with neither are left out).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RecordEntry {
    pub session_id: SessionId,
    pub date: NaiveDate,
    pub notes: String,
    pub answers: Vec<RecordAnswer>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RecordAnswer {
    pub question: String,
    pub answer: String,
}

/// The most age bands one report may ask for.
pub const MAX_BANDS: usize = 24;

/// A comma-separated list of unit ids (`None` when absent or empty).
fn parse_unit_ids(list: Option<&str>) -> Result<Option<Vec<UnitId>>, FieldError> {
    let Some(list) = list.filter(|list| !list.is_empty()) else {
        return Ok(None);
    };
    list.split(',')
        .map(|id| id.trim().parse::<UnitId>())
        .collect::<Result<Vec<_>, _>>()
        .map(Some)
        .map_err(|_| FieldError::new("unit_ids", "invalid", "A comma-separated list of unit ids"))
}

/// Visits per gender.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct GenderCounts {
    pub girl: i64,
    pub boy: i64,
    pub non_binary: i64,
    pub not_stated: i64,
}

/// Visits in one requested band.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BandCount {
    pub min: i32,
    pub max: i32,
    pub visits: i64,
}

/// Visits by age in the requested bands (SPEC 3.1): a row counts in every band that wholly
/// contains it. With bands apart, the four parts add up to all visits.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AgeCounts {
    pub bands: Vec<BandCount>,
    /// Rows that straddle a band boundary: never split, never dropped.
    pub unbanded: i64,
    /// Rows wholly outside every requested band.
    pub outside: i64,
    /// Rows of the `unknown` age band.
    pub unknown: i64,
}

/// Every figure of SPEC section 7 for one set of sessions. Hours are exact (minutes ÷ 60);
/// shares are percentages; a figure whose denominator is zero is absent (null).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Figures {
    pub sessions: i64,
    /// Sum of attendance counts, check-ins included.
    pub visits: i64,
    pub visits_by_gender: GenderCounts,
    pub visits_by_age: AgeCounts,
    /// Distinct aliases with at least one check-in (erased ones still count).
    pub unique_visitors: i64,
    /// Of those, the ones whose first-ever check-in in the organisation lies in the period.
    pub first_time_visitors: i64,
    /// Durations of sessions of `open` activities.
    pub opening_hours: f64,
    /// Durations of sessions of `group` activities.
    pub group_hours: f64,
    /// Durations of all sessions.
    pub activity_hours: f64,
    /// Durations of youth-led sessions.
    pub youth_led_hours: f64,
    /// Youth-led hours as a percentage of activity hours.
    pub youth_led_share: Option<f64>,
    pub youth_producers: i64,
    pub visits_per_session: Option<f64>,
    /// Visits at `open` activities ÷ opening hours.
    pub visits_per_opening_hour: Option<f64>,
    /// Percentages of the visits with a stated gender.
    pub share_girls: Option<f64>,
    pub share_boys: Option<f64>,
    pub share_non_binary: Option<f64>,
}

/// The first day of the month a grouping by month keys its row with (`2026-03`); `None` for
/// any other key.
pub fn month_of(key: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(&format!("{key}-01"), "%Y-%m-%d").ok()
}

/// One row of a grouped report. A session of an activity with several topics counts in each
/// of their rows, so topic rows may add up to more than the total.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReportGroup {
    /// The unit, activity or topic id, the kind or delivery mode, or the month (`2026-03`).
    pub key: String,
    /// A name to show: the unit's, activity's or topic's name; else the key.
    pub label: String,
    /// The app's text to show instead of `label`, in the reader's language: a kind, delivery
    /// mode or type of unit (`kind.open`) or a built-in topic (`topic.culture`); none for
    /// names the organisation wrote and for months.
    pub text_key: Option<String>,
    pub figures: Figures,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Report {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub group_by: Option<GroupBy>,
    pub total: Figures,
    /// By label (then key); empty without `group_by`.
    pub groups: Vec<ReportGroup>,
}

/// The annual report (SPEC 7): the year's figures, the aims of the year and the
/// organisation's written analysis, for one printable document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AnnualReport {
    pub year: i32,
    /// The year's figures, by month.
    pub report: Report,
    /// The aims whose period overlaps the year.
    pub aims: Vec<crate::aims::Aim>,
    /// Those aims followed up over the year (as far as each runs in it), with their plans;
    /// the organisation's own aims only for readers of the whole organisation.
    pub follow_up: Vec<crate::follow_up::AimYear>,
    /// The survey rounds that closed in the year (at their last day or earlier), oldest first.
    pub surveys: Vec<crate::surveys::RoundSummary>,
    /// Empty until the organisation writes it.
    pub analysis: String,
    #[serde(with = "crate::utc::option")]
    pub analysis_updated_at: Option<chrono::NaiveDateTime>,
}

impl AnnualReport {
    /// The aims the report lists without following them up: the organisation's own, to a
    /// reader of some units only.
    pub fn aims_not_followed(&self) -> impl Iterator<Item = &crate::aims::Aim> {
        self.aims
            .iter()
            .filter(|aim| !self.follow_up.iter().any(|year| year.aim.id == aim.id))
    }
}

/// The organisation's written analysis of a year.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, validator::Validate)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AnalysisInput {
    #[validate(length(max = 50000))]
    pub analysis: String,
}

impl crate::validation::Rules for AnalysisInput {}

#[cfg(test)]
mod tests {
    use super::*;

    fn query(bands: &str) -> ReportLayout {
        ReportLayout {
            group_by: None,
            bands: Some(bands.into()),
        }
    }

    #[test]
    fn bands_may_overlap_but_not_repeat() {
        assert_eq!(
            query("7-12, 13-26").age_bands().unwrap(),
            Some(vec![
                AgeBand { min: 7, max: 12 },
                AgeBand { min: 13, max: 26 }
            ])
        );
        assert_eq!(
            query("0-28,13-25").age_bands().unwrap(),
            Some(vec![
                AgeBand { min: 0, max: 28 },
                AgeBand { min: 13, max: 25 }
            ])
        );
        let too_many = (0..=24)
            .map(|age| format!("{age}-{age}"))
            .collect::<Vec<_>>();
        for wrong in [
            "13-7",
            "a-b",
            "7",
            "7-12,7-12",
            "0-121",
            &too_many.join(","),
        ] {
            assert_eq!(
                query(wrong).age_bands().unwrap_err().path,
                "bands",
                "{wrong}"
            );
        }
    }

    #[test]
    fn published_bands_are_ascending_and_apart() {
        assert!(query("7-12,13-26").disjoint_age_bands().is_ok());
        for overlapping in ["0-28,13-25", "7-12,12-20", "20-30,7-12"] {
            assert_eq!(
                query(overlapping).disjoint_age_bands().unwrap_err().code,
                "overlapping",
                "{overlapping}"
            );
        }
    }

    #[test]
    fn a_query_parses_once_into_a_selection_and_back() {
        let day = |text: &str| text.parse::<NaiveDate>().unwrap();
        let mut selection = ReportSelection::period(day("2026-03-01"), day("2026-03-31"));
        selection.unit_ids = Some(vec![UnitId(3), UnitId(7)]);
        let query = selection.to_query();
        assert_eq!(query.unit_ids.as_deref(), Some("3,7"));
        assert_eq!(query.parse(), Ok(selection));

        let wrong = ReportQuery {
            unit_ids: Some("3,x".into()),
            ..ReportSelection::period(day("2026-03-31"), day("2026-03-01")).to_query()
        };
        let paths: Vec<String> = wrong
            .parse()
            .unwrap_err()
            .into_iter()
            .map(|e| e.path)
            .collect();
        assert_eq!(paths, ["to", "unit_ids"]);
    }
}
