//! How a report's period is read: its whole months from the roll-ups (`rollups.rs`), the
//! days around them from the sessions, and the `FROM`/`WHERE` of each part.

use chrono::{Datelike, NaiveDate};
use logbook_shared::reports::GroupBy;

use super::selection::Selection;
use crate::db::queries::rollups::{month_start, next_month_start};
use crate::db::raw::{Bind, Sql};

/// Where a part of a report's period is read from.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Source {
    /// The sessions themselves: the days of a period's partial first and last months.
    Sessions,
    /// Per unit, activity and month (`monthly_*`): whole months of any selection.
    Monthly,
    /// Per organisation, kind and month (`organisation_*`): whole months of whole
    /// organisations.
    Organisation,
}

/// A stretch of the period and where to read it (a rolled-up stretch runs from a month's
/// first day to a month's last).
#[derive(Debug, Clone, Copy)]
pub(super) struct Part {
    pub(super) source: Source,
    pub(super) from: NaiveDate,
    pub(super) to: NaiveDate,
}

/// The period in parts: its whole months from a roll-up, the days before and after them from
/// the sessions.
pub(super) fn parts(selection: &Selection, group_by: Option<GroupBy>) -> Vec<Part> {
    let (from, to) = (selection.sessions.from, selection.sessions.to);
    let first_whole = if from.day() == 1 {
        from
    } else {
        next_month_start(from)
    };
    let after_whole = if next_day(to).day() == 1 {
        next_day(to)
    } else {
        month_start(to)
    };
    if first_whole >= after_whole {
        return vec![Part {
            source: Source::Sessions,
            from,
            to,
        }];
    }
    let whole_organisations = selection.sessions.unit_ids.is_none()
        && selection.sessions.activity_id.is_none()
        && selection.sessions.topic_id.is_none()
        && selection.sessions.delivery_mode.is_none()
        && matches!(
            group_by,
            None | Some(GroupBy::Kind | GroupBy::Month | GroupBy::Organisation)
        );
    let rolled_up = Part {
        source: if whole_organisations {
            Source::Organisation
        } else {
            Source::Monthly
        },
        from: first_whole,
        to: previous_day(after_whole),
    };
    let mut parts = vec![rolled_up];
    if from < first_whole {
        parts.push(Part {
            source: Source::Sessions,
            from,
            to: previous_day(first_whole),
        });
    }
    if after_whole <= to {
        parts.push(Part {
            source: Source::Sessions,
            from: after_whole,
            to,
        });
    }
    parts
}

/// What a query counts, which picks the roll-up table.
#[derive(Debug, Clone, Copy)]
pub(super) enum Counting {
    Sessions,
    Attendance,
    Visitors,
}

impl Source {
    pub(super) fn from(self, counting: Counting, group_by: Option<GroupBy>) -> String {
        let table = |suffix: &str| match self {
            Source::Sessions => "sessions".to_owned(),
            Source::Monthly => format!("monthly_{suffix}"),
            Source::Organisation => format!("organisation_{suffix}"),
        };
        let mut from = match counting {
            Counting::Sessions => format!("FROM {} s", table("sessions")),
            Counting::Attendance => format!("FROM {} s", table("attendance")),
            Counting::Visitors => format!("FROM {} s", table("visitors")),
        };
        if self != Source::Organisation {
            from.push_str(" JOIN activities a ON a.id = s.activity_id");
        }
        if self == Source::Sessions {
            from.push_str(match counting {
                Counting::Sessions => "",
                Counting::Attendance => " JOIN attendance n ON n.session_id = s.id",
                Counting::Visitors => {
                    " JOIN check_ins c ON c.session_id = s.id \
                     JOIN first_visits f ON f.visitor_key = c.visitor_key"
                }
            });
        }
        match group_by {
            Some(GroupBy::Topic) => {
                from.push_str(" JOIN activity_topics t ON t.activity_id = s.activity_id");
            }
            Some(GroupBy::UnitType) => from.push_str(" JOIN units u ON u.id = s.unit_id"),
            _ => {}
        }
        from
    }

    pub(super) fn kind(self) -> &'static str {
        match self {
            Source::Organisation => "s.kind",
            Source::Sessions | Source::Monthly => "a.kind",
        }
    }

    /// (sessions, activity minutes, youth-led minutes) of a row.
    pub(super) fn session_columns(self) -> (&'static str, &'static str, &'static str) {
        match self {
            Source::Sessions => (
                "1",
                "s.duration_minutes",
                "CASE WHEN s.youth_led THEN s.duration_minutes ELSE 0 END",
            ),
            Source::Monthly | Source::Organisation => {
                ("s.sessions", "s.activity_minutes", "s.youth_led_minutes")
            }
        }
    }

    /// The table alias of attendance cells, and their count.
    pub(super) fn cells(self) -> (&'static str, &'static str) {
        match self {
            Source::Sessions => ("n", "n.count"),
            Source::Monthly | Source::Organisation => ("s", "s.visits"),
        }
    }

    /// A visitor's key and first visit.
    pub(super) fn visitor(self) -> (&'static str, &'static str) {
        match self {
            Source::Sessions => ("c.visitor_key", "f.date"),
            Source::Monthly | Source::Organisation => ("s.visitor_key", "s.first_date"),
        }
    }
}

/// `WHERE …` selecting the part's rows of the selection.
pub(super) fn selecting(selection: &Selection, part: &Part) -> Sql {
    let mut sql = Sql::new(" WHERE ");
    sql.in_list("s.organisation_id", &selection.organisation_ids)
        .push(" AND s.date >= ")
        .bind(Bind::Day(part.from))
        .push(" AND s.date <= ")
        .bind(Bind::Day(part.to));
    if let Some(units) = &selection.sessions.unit_ids {
        sql.push(" AND ").in_list("s.unit_id", units);
    }
    if let Some(kind) = selection.sessions.kind {
        sql.push(&format!(" AND {} = ", part.source.kind()))
            .bind(Bind::Text(kind.as_str().to_owned()));
    }
    if let Some(activity) = selection.sessions.activity_id {
        sql.push(" AND s.activity_id = ")
            .bind(Bind::Id(activity.into()));
    }
    if let Some(mode) = selection.sessions.delivery_mode {
        sql.push(" AND a.delivery_mode = ")
            .bind(Bind::Text(mode.as_str().to_owned()));
    }
    if let Some(topic) = selection.sessions.topic_id {
        sql.push(
            " AND EXISTS (SELECT 1 FROM activity_topics ft \
             WHERE ft.activity_id = s.activity_id AND ft.topic_id = ",
        )
        .bind(Bind::Id(topic.into()))
        .push(")");
    }
    sql
}

/// The selection's whole period, read from the sessions (the record is not rolled up).
pub(super) fn whole_period(selection: &Selection) -> Part {
    Part {
        source: Source::Sessions,
        from: selection.sessions.from,
        to: selection.sessions.to,
    }
}

fn next_day(day: NaiveDate) -> NaiveDate {
    day.succ_opt().unwrap_or(day)
}

fn previous_day(day: NaiveDate) -> NaiveDate {
    day.pred_opt().unwrap_or(day)
}

#[cfg(test)]
mod tests {
    use super::*;
    use logbook_shared::ids::{OrganisationId, UnitId};

    fn day(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    fn stretches(from: &str, to: &str) -> Vec<(Source, NaiveDate, NaiveDate)> {
        let selection = Selection::period(OrganisationId(1), day(from), day(to));
        parts(&selection, None)
            .into_iter()
            .map(|part| (part.source, part.from, part.to))
            .collect()
    }

    #[test]
    fn whole_months_come_from_the_roll_ups_and_the_ends_from_the_sessions() {
        use Source::*;
        assert_eq!(
            stretches("2026-01-01", "2026-12-31"),
            vec![(Organisation, day("2026-01-01"), day("2026-12-31"))]
        );
        assert_eq!(
            stretches("2026-01-15", "2026-03-10"),
            vec![
                (Organisation, day("2026-02-01"), day("2026-02-28")),
                (Sessions, day("2026-01-15"), day("2026-01-31")),
                (Sessions, day("2026-03-01"), day("2026-03-10")),
            ]
        );
        assert_eq!(
            stretches("2026-01-15", "2026-02-20"),
            vec![(Sessions, day("2026-01-15"), day("2026-02-20"))]
        );
        assert_eq!(
            stretches("2024-02-01", "2024-02-29"),
            vec![(Organisation, day("2024-02-01"), day("2024-02-29"))]
        );
    }

    #[test]
    fn a_unit_selection_reads_the_unit_roll_ups() {
        let mut selection =
            Selection::period(OrganisationId(1), day("2026-01-01"), day("2026-01-31"));
        selection.sessions.unit_ids = Some(vec![UnitId(3)]);
        assert_eq!(parts(&selection, None)[0].source, Source::Monthly);
        selection.sessions.unit_ids = None;
        assert_eq!(
            parts(&selection, Some(GroupBy::Activity))[0].source,
            Source::Monthly
        );
    }
}
