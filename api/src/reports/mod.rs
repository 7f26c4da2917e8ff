//! Statistics: the one place that computes SPEC section 7's figures, from the aggregates of
//! `db::queries::reports`. The database sums; this module only sorts the few aggregated rows
//! into requested age bands and works out the ratios.

pub mod annual;
pub mod export;
pub mod pdf;
pub mod rates;
pub mod table;

use std::collections::BTreeMap;

use chrono::{Datelike, Months, NaiveDate};

use logbook_shared::ListQuery;
use logbook_shared::ids::{OrganisationId, SessionId};
use logbook_shared::reports::{
    ActivityRecord, AgeCounts, BandCount, Figures, GenderCounts, GroupBy, RecordAnswer,
    RecordEntry, RecordPage, Report, ReportGroup,
};
use logbook_shared::sessions::Gender;
use logbook_shared::structure::AgeBand;

use crate::auth::policy::not_found;
use crate::db::DbConn;
use crate::db::queries::organisations;
use crate::db::queries::reports::aggregates::{self as sql, AttendanceTotals, SessionTotals};
use crate::db::queries::reports::record::{self, Window};
use crate::db::queries::reports::selection::Selection;
use crate::error::ApiError;

/// The bands asked for, or else the organisation's entry bands.
pub fn bands_or_default(
    conn: &mut DbConn,
    organisation: OrganisationId,
    requested: Option<Vec<AgeBand>>,
) -> Result<Vec<AgeBand>, ApiError> {
    match requested {
        Some(bands) => Ok(bands),
        None => Ok(organisations::get(conn, organisation)?
            .ok_or_else(not_found)?
            .settings()?
            .entry_age_bands),
    }
}

/// The report of the selected sessions: the total, and one row per group when asked.
pub fn report(
    conn: &mut DbConn,
    selection: &Selection,
    group_by: Option<GroupBy>,
    bands: &[AgeBand],
) -> Result<Report, ApiError> {
    let total = figures_by_key(conn, selection, None, bands)?
        .remove("")
        .unwrap_or_else(|| Counted::default().figures(bands));
    let mut groups = Vec::new();
    if let Some(group_by) = group_by {
        let mut labels = sql::labels(conn, &selection.organisation_ids, group_by)?;
        let mut by_key = figures_by_key(conn, selection, Some(group_by), bands)?;
        if group_by == GroupBy::Month {
            // A chart or a spreadsheet needs every month, also those without sessions.
            for month in months(selection.sessions.from, selection.sessions.to) {
                by_key
                    .entry(month)
                    .or_insert_with(|| Counted::default().figures(bands));
            }
        }
        for (key, figures) in by_key {
            let (label, text_key) = match labels.remove(&key) {
                Some(named) => (named.name, named.text_key),
                None => (key.clone(), category_text(group_by, &key)),
            };
            groups.push(ReportGroup {
                key,
                label,
                text_key,
                figures,
            });
        }
        groups.sort_by(|a, b| (&a.label, &a.key).cmp(&(&b.label, &b.key)));
    }
    Ok(Report {
        from: selection.sessions.from,
        to: selection.sessions.to,
        group_by,
        total,
        groups,
    })
}

/// The app's text naming a category a group is keyed by (`kind.open`).
fn category_text(group_by: GroupBy, key: &str) -> Option<String> {
    let prefix = match group_by {
        GroupBy::Kind => "kind",
        GroupBy::DeliveryMode => "delivery",
        GroupBy::UnitType => "unit_type",
        GroupBy::Unit
        | GroupBy::Activity
        | GroupBy::Topic
        | GroupBy::Month
        | GroupBy::Organisation => return None,
    };
    Some(format!("{prefix}.{key}"))
}

/// A page of the qualitative record of the selected sessions: their notes and reflection
/// answers by activity (containing `text`, ignoring case, when given). The cursor counts the
/// entries of the pages before.
pub fn record(
    conn: &mut DbConn,
    selection: &Selection,
    text: Option<&str>,
    page: &ListQuery,
) -> Result<RecordPage, ApiError> {
    let window = Window {
        offset: page.after().max(0),
        limit: page.limit() + 1,
    };
    let mut sessions = record::record_sessions(conn, selection, text, window)?;
    let next_cursor = (sessions.len() as i64 > page.limit()).then(|| {
        sessions.truncate(page.limit() as usize);
        window.offset + page.limit()
    });
    let total = record::record_size(conn, selection, text)?;
    let ids: Vec<SessionId> = sessions.iter().map(|row| row.session_id).collect();
    let mut answers: BTreeMap<SessionId, Vec<RecordAnswer>> = BTreeMap::new();
    for row in record::record_answers(conn, &ids)? {
        answers
            .entry(row.session_id)
            .or_default()
            .push(RecordAnswer {
                question: row.question,
                answer: row.answer,
            });
    }
    let mut record: Vec<ActivityRecord> = Vec::new();
    for row in sessions {
        let entry = RecordEntry {
            session_id: row.session_id,
            date: row.date,
            notes: row.notes,
            answers: answers.remove(&row.session_id).unwrap_or_default(),
        };
        match record.last_mut() {
            Some(last) if last.activity_id == row.activity_id => last.entries.push(entry),
            _ => record.push(ActivityRecord {
                activity_id: row.activity_id,
                activity_name: row.activity_name,
                entries: vec![entry],
            }),
        }
    }
    Ok(RecordPage {
        activities: record,
        total,
        next_cursor,
    })
}

/// Everything counted for one group, before the ratios.
#[derive(Default)]
struct Counted {
    sessions: Option<SessionTotals>,
    attendance: Vec<AttendanceTotals>,
    unique_visitors: i64,
    first_time_visitors: i64,
}

fn figures_by_key(
    conn: &mut DbConn,
    selection: &Selection,
    group_by: Option<GroupBy>,
    bands: &[AgeBand],
) -> Result<BTreeMap<String, Figures>, ApiError> {
    let mut counted: BTreeMap<String, Counted> = BTreeMap::new();
    for row in sql::session_totals(conn, selection, group_by)? {
        let key = row.key.clone();
        counted.entry(key).or_default().sessions = Some(row);
    }
    for row in sql::attendance_totals(conn, selection, group_by)? {
        let key = row.key.clone();
        counted.entry(key).or_default().attendance.push(row);
    }
    for row in sql::visitor_counts(conn, selection, group_by)? {
        let counted = counted.entry(row.key).or_default();
        counted.unique_visitors = row.visitors;
        counted.first_time_visitors = row.first_time;
    }
    Ok(counted
        .into_iter()
        .map(|(key, counted)| (key, counted.figures(bands)))
        .collect())
}

impl Counted {
    fn figures(&self, bands: &[AgeBand]) -> Figures {
        let mut by_gender = GenderCounts::default();
        let mut by_age = AgeCounts {
            bands: bands
                .iter()
                .map(|band| BandCount {
                    min: band.min,
                    max: band.max,
                    visits: 0,
                })
                .collect(),
            ..AgeCounts::default()
        };
        let (mut visits, mut open_visits) = (0, 0);
        for row in &self.attendance {
            visits += row.visits;
            if row.at_open == 1 {
                open_visits += row.visits;
            }
            *gender_slot(&mut by_gender, &row.gender) += row.visits;
            count_ages(&mut by_age, row.age_min, row.age_max, row.visits);
        }
        let total = |pick: fn(&SessionTotals) -> i64| self.sessions.as_ref().map_or(0, pick);
        let (activity, opening, group, youth_led) = (
            total(|s| s.activity_minutes),
            total(|s| s.opening_minutes),
            total(|s| s.group_minutes),
            total(|s| s.youth_led_minutes),
        );
        let sessions = total(|s| s.sessions);
        let stated = by_gender.girl + by_gender.boy + by_gender.non_binary;
        Figures {
            sessions,
            visits,
            visits_by_gender: by_gender,
            visits_by_age: by_age,
            unique_visitors: self.unique_visitors,
            first_time_visitors: self.first_time_visitors,
            opening_hours: hours(opening),
            group_hours: hours(group),
            activity_hours: hours(activity),
            youth_led_hours: hours(youth_led),
            youth_led_share: percent(youth_led, activity),
            youth_producers: total(|s| s.youth_producers),
            visits_per_session: ratio(visits, sessions),
            visits_per_opening_hour: ratio(open_visits * 60, opening),
            share_girls: percent(by_gender.girl, stated),
            share_boys: percent(by_gender.boy, stated),
            share_non_binary: percent(by_gender.non_binary, stated),
        }
    }
}

fn gender_slot<'a>(counts: &'a mut GenderCounts, gender: &str) -> &'a mut i64 {
    match Gender::parse(gender) {
        Some(Gender::Girl) => &mut counts.girl,
        Some(Gender::Boy) => &mut counts.boy,
        Some(Gender::NonBinary) => &mut counts.non_binary,
        Some(Gender::NotStated) | None => &mut counts.not_stated,
    }
}

/// SPEC 3.1: a row counts in every band that wholly contains it (bands may overlap); a row
/// in no band is `unbanded` when it straddles a boundary, else `outside`.
fn count_ages(counts: &mut AgeCounts, min: Option<i32>, max: Option<i32>, visits: i64) {
    let (Some(min), Some(max)) = (min, max) else {
        counts.unknown += visits;
        return;
    };
    let mut banded = false;
    for band in counts
        .bands
        .iter_mut()
        .filter(|band| band.min <= min && max <= band.max)
    {
        band.visits += visits;
        banded = true;
    }
    if banded {
        return;
    }
    if counts
        .bands
        .iter()
        .any(|band| band.min <= max && min <= band.max)
    {
        counts.unbanded += visits;
    } else {
        counts.outside += visits;
    }
}

/// The months that `from`–`to` touches, as `YYYY-MM` (the keys of a grouping by month).
fn months(from: NaiveDate, to: NaiveDate) -> Vec<String> {
    let mut months = Vec::new();
    let mut day = from.with_day(1).unwrap_or(from);
    while day <= to {
        months.push(day.format("%Y-%m").to_string());
        let Some(next) = day.checked_add_months(Months::new(1)) else {
            break;
        };
        day = next;
    }
    months
}

fn hours(minutes: i64) -> f64 {
    minutes as f64 / 60.0
}

pub(crate) fn ratio(numerator: i64, denominator: i64) -> Option<f64> {
    (denominator != 0).then(|| numerator as f64 / denominator as f64)
}

fn percent(part: i64, whole: i64) -> Option<f64> {
    ratio(part * 100, whole)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bands(ranges: &[(i32, i32)]) -> AgeCounts {
        AgeCounts {
            bands: ranges
                .iter()
                .map(|&(min, max)| BandCount {
                    min,
                    max,
                    visits: 0,
                })
                .collect(),
            ..AgeCounts::default()
        }
    }

    #[test]
    fn rows_count_in_a_band_only_when_wholly_inside_it() {
        let mut counts = bands(&[(7, 12), (13, 26)]);
        count_ages(&mut counts, Some(13), Some(15), 4);
        count_ages(&mut counts, Some(14), Some(14), 1);
        count_ages(&mut counts, Some(6), Some(12), 3);
        count_ages(&mut counts, Some(25), Some(29), 2);
        count_ages(&mut counts, Some(30), Some(35), 5);
        count_ages(&mut counts, None, None, 7);
        assert_eq!(counts.bands[0].visits, 0);
        assert_eq!(counts.bands[1].visits, 5);
        assert_eq!((counts.unbanded, counts.outside, counts.unknown), (5, 5, 7));
    }

    #[test]
    fn a_row_counts_in_every_overlapping_band_that_holds_it() {
        let mut counts = bands(&[(0, 28), (13, 25)]);
        count_ages(&mut counts, Some(14), Some(14), 3);
        count_ages(&mut counts, Some(6), Some(12), 2);
        count_ages(&mut counts, Some(25), Some(29), 1);
        assert_eq!(counts.bands[0].visits, 5);
        assert_eq!(counts.bands[1].visits, 3);
        assert_eq!((counts.unbanded, counts.outside), (1, 0));
    }

    #[test]
    fn a_period_touches_every_month_it_overlaps() {
        let day = |text: &str| NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap();
        assert_eq!(
            months(day("2025-11-15"), day("2026-02-01")),
            ["2025-11", "2025-12", "2026-01", "2026-02"]
        );
        assert_eq!(months(day("2026-03-31"), day("2026-03-31")), ["2026-03"]);
        assert_eq!(
            months(NaiveDate::MAX, NaiveDate::MAX).len(),
            1,
            "ends at the last day"
        );
    }

    #[test]
    fn a_figure_with_a_zero_denominator_is_absent() {
        let figures = Counted::default().figures(&[]);
        assert_eq!(figures.visits_per_session, None);
        assert_eq!(figures.youth_led_share, None);
        assert_eq!(figures.share_girls, None);
        assert_eq!(percent(1, 4), Some(25.0));
    }
}
