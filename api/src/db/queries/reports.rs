//! The SQL behind SPEC 7's figures; `crate::reports` turns the rows into figures. Three
//! aggregate queries, each grouped by the report's key (or one total): the sessions' own
//! figures, attendance by gender and age range, unique and first-time visitors. Each reads a
//! period's whole months from the roll-ups (`rollups.rs`) and only the days around them from
//! the sessions. Written as SQL because the key, the filters and the tables vary per request
//! and per engine.

use chrono::{Datelike, NaiveDate};
use diesel::prelude::*;
use diesel::sql_types::{BigInt, Date, Text};
use logbook_shared::reports::GroupBy;
use logbook_shared::structure::{ActivityKind, DeliveryMode};

use crate::db::DbConn;
use crate::db::queries::rollups::{month_start, next_month_start};
use crate::db::raw::{Bind, Engine, Sql};

/// The sessions a report covers.
#[derive(Debug, Clone)]
pub struct Selection {
    /// One organisation for its own reports; several for a network's or a national figure.
    pub organisation_ids: Vec<i64>,
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// `None`: every unit of the organisation.
    pub unit_ids: Option<Vec<i64>>,
    pub kind: Option<ActivityKind>,
    pub activity_id: Option<i64>,
    pub topic_id: Option<i64>,
    pub delivery_mode: Option<DeliveryMode>,
}

impl Selection {
    /// Every session of the organisation in the period.
    pub fn period(organisation_id: i64, from: NaiveDate, to: NaiveDate) -> Selection {
        Selection::of_organisations(vec![organisation_id], from, to)
    }

    /// Every session of these organisations in the period.
    pub fn of_organisations(
        organisation_ids: Vec<i64>,
        from: NaiveDate,
        to: NaiveDate,
    ) -> Selection {
        Selection {
            organisation_ids,
            from,
            to,
            unit_ids: None,
            kind: None,
            activity_id: None,
            topic_id: None,
            delivery_mode: None,
        }
    }
}

/// The sessions' own figures of one group.
#[derive(Debug, Clone, QueryableByName)]
pub struct SessionTotals {
    #[diesel(sql_type = Text)]
    pub key: String,
    #[diesel(sql_type = BigInt)]
    pub sessions: i64,
    #[diesel(sql_type = BigInt)]
    pub activity_minutes: i64,
    #[diesel(sql_type = BigInt)]
    pub opening_minutes: i64,
    #[diesel(sql_type = BigInt)]
    pub group_minutes: i64,
    #[diesel(sql_type = BigInt)]
    pub youth_led_minutes: i64,
    #[diesel(sql_type = BigInt)]
    pub youth_producers: i64,
}

/// Visits of one group in one gender and age range, at open activities or not.
#[derive(Debug, Clone, QueryableByName)]
pub struct AttendanceTotals {
    #[diesel(sql_type = Text)]
    pub key: String,
    #[diesel(sql_type = Text)]
    pub gender: String,
    #[diesel(sql_type = diesel::sql_types::Nullable<diesel::sql_types::Integer>)]
    pub age_min: Option<i32>,
    #[diesel(sql_type = diesel::sql_types::Nullable<diesel::sql_types::Integer>)]
    pub age_max: Option<i32>,
    #[diesel(sql_type = BigInt)]
    pub at_open: i64,
    #[diesel(sql_type = BigInt)]
    pub visits: i64,
}

/// Distinct visitors of one group, and how many of them came for the first time.
#[derive(Debug, Clone, QueryableByName)]
pub struct VisitorCounts {
    #[diesel(sql_type = Text)]
    pub key: String,
    #[diesel(sql_type = BigInt)]
    pub visitors: i64,
    #[diesel(sql_type = BigInt)]
    pub first_time: i64,
}

/// Where a part of a report's period is read from.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Source {
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
struct Part {
    source: Source,
    from: NaiveDate,
    to: NaiveDate,
}

/// The period in parts: its whole months from a roll-up, the days before and after them from
/// the sessions.
fn parts(selection: &Selection, group_by: Option<GroupBy>) -> Vec<Part> {
    let (from, to) = (selection.from, selection.to);
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
    let whole_organisations = selection.unit_ids.is_none()
        && selection.activity_id.is_none()
        && selection.topic_id.is_none()
        && selection.delivery_mode.is_none()
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
enum Counting {
    Sessions,
    Attendance,
    Visitors,
}

impl Source {
    fn from(self, counting: Counting, group_by: Option<GroupBy>) -> String {
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

    fn kind(self) -> &'static str {
        match self {
            Source::Organisation => "s.kind",
            Source::Sessions | Source::Monthly => "a.kind",
        }
    }

    /// (sessions, activity minutes, youth-led minutes) of a row.
    fn session_columns(self) -> (&'static str, &'static str, &'static str) {
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
    fn cells(self) -> (&'static str, &'static str) {
        match self {
            Source::Sessions => ("n", "n.count"),
            Source::Monthly | Source::Organisation => ("s", "s.visits"),
        }
    }

    /// A visitor's key and first visit.
    fn visitor(self) -> (&'static str, &'static str) {
        match self {
            Source::Sessions => ("c.visitor_key", "f.date"),
            Source::Monthly | Source::Organisation => ("s.visitor_key", "s.first_date"),
        }
    }
}

pub fn session_totals(
    conn: &mut DbConn,
    selection: &Selection,
    group_by: Option<GroupBy>,
) -> QueryResult<Vec<SessionTotals>> {
    let engine = Engine::of(conn);
    let union = each_part(selection, group_by, |part| {
        let kind = part.source.kind();
        let (count, minutes, youth_led) = part.source.session_columns();
        let mut sql = Sql::new(&format!(
            "SELECT {key} AS key, {count} AS sessions, {minutes} AS minutes, \
             CASE WHEN {kind} = 'open' THEN {minutes} ELSE 0 END AS opening, \
             CASE WHEN {kind} = 'group' THEN {minutes} ELSE 0 END AS grouped, \
             {youth_led} AS youth_led, s.youth_producers AS producers {from}",
            key = group_key(group_by, engine, part.source),
            from = part.source.from(Counting::Sessions, group_by),
        ));
        sql.append(selecting(selection, part));
        sql
    });
    let mut sql = Sql::new(&format!(
        "SELECT key, {}, {}, {}, {}, {}, {} FROM (",
        sum("sessions", "sessions"),
        sum("minutes", "activity_minutes"),
        sum("opening", "opening_minutes"),
        sum("grouped", "group_minutes"),
        sum("youth_led", "youth_led_minutes"),
        sum("producers", "youth_producers"),
    ));
    sql.append(union).push(") p GROUP BY key");
    sql.load(conn)
}

pub fn attendance_totals(
    conn: &mut DbConn,
    selection: &Selection,
    group_by: Option<GroupBy>,
) -> QueryResult<Vec<AttendanceTotals>> {
    let engine = Engine::of(conn);
    let union = each_part(selection, group_by, |part| {
        let (cell, count) = part.source.cells();
        let mut sql = Sql::new(&format!(
            "SELECT {key} AS key, {cell}.gender AS gender, {cell}.age_min AS age_min, \
             {cell}.age_max AS age_max, \
             CAST(CASE WHEN {kind} = 'open' THEN 1 ELSE 0 END AS BIGINT) AS at_open, \
             {count} AS visits {from}",
            key = group_key(group_by, engine, part.source),
            kind = part.source.kind(),
            from = part.source.from(Counting::Attendance, group_by),
        ));
        sql.append(selecting(selection, part));
        sql
    });
    let mut sql = Sql::new(&format!(
        "SELECT key, gender, age_min, age_max, at_open, {} FROM (",
        sum("visits", "visits")
    ));
    sql.append(union)
        .push(") p GROUP BY key, gender, age_min, age_max, at_open");
    sql.load(conn)
}

/// Unique visitors, and those whose first visit to the organisation is in the period (or,
/// grouped by month, in the row's month of it).
pub fn visitor_counts(
    conn: &mut DbConn,
    selection: &Selection,
    group_by: Option<GroupBy>,
) -> QueryResult<Vec<VisitorCounts>> {
    let engine = Engine::of(conn);
    let union = each_part(selection, group_by, |part| {
        let (visitor, first) = part.source.visitor();
        let mut sql = Sql::new(&format!(
            "SELECT {key} AS key, {visitor} AS visitor_key, {first} AS first_date, ",
            key = group_key(group_by, engine, part.source),
        ));
        let cutoff = match group_by {
            Some(GroupBy::Month) => engine.later_of(&engine.month_of("s.date"), "?"),
            _ => "?".to_owned(),
        };
        sql.push_bound(&cutoff, [Bind::Day(selection.from)])
            .push(" AS cutoff ")
            .push(&part.source.from(Counting::Visitors, group_by));
        sql.append(selecting(selection, part));
        sql
    });
    let mut sql = Sql::new(
        "SELECT key, CAST(COUNT(DISTINCT visitor_key) AS BIGINT) AS visitors, \
         CAST(COUNT(DISTINCT CASE WHEN first_date >= cutoff THEN visitor_key END) AS BIGINT) \
         AS first_time FROM (",
    );
    sql.append(union).push(") p GROUP BY key");
    sql.load(conn)
}

/// `CAST(COALESCE(SUM(column), 0) AS BIGINT) AS name` (PostgreSQL sums BIGINTs as NUMERIC).
fn sum(column: &str, name: &str) -> String {
    format!("CAST(COALESCE(SUM({column}), 0) AS BIGINT) AS {name}")
}

/// The parts' rows, one `SELECT` per part joined by `UNION ALL`.
fn each_part(
    selection: &Selection,
    group_by: Option<GroupBy>,
    select: impl Fn(&Part) -> Sql,
) -> Sql {
    let mut union = Sql::default();
    for (index, part) in parts(selection, group_by).iter().enumerate() {
        if index > 0 {
            union.push(" UNION ALL ");
        }
        union.append(select(part));
    }
    union
}

/// `WHERE …` selecting the part's rows of the selection.
fn selecting(selection: &Selection, part: &Part) -> Sql {
    let mut sql = Sql::new(" WHERE ");
    sql.in_list("s.organisation_id", &selection.organisation_ids)
        .push(" AND s.date >= ")
        .bind(Bind::Day(part.from))
        .push(" AND s.date <= ")
        .bind(Bind::Day(part.to));
    if let Some(units) = &selection.unit_ids {
        sql.push(" AND ").in_list("s.unit_id", units);
    }
    if let Some(kind) = selection.kind {
        sql.push(&format!(" AND {} = ", part.source.kind()))
            .bind(Bind::Text(kind.as_str().to_owned()));
    }
    if let Some(activity) = selection.activity_id {
        sql.push(" AND s.activity_id = ").bind(Bind::Id(activity));
    }
    if let Some(mode) = selection.delivery_mode {
        sql.push(" AND a.delivery_mode = ")
            .bind(Bind::Text(mode.as_str().to_owned()));
    }
    if let Some(topic) = selection.topic_id {
        sql.push(
            " AND EXISTS (SELECT 1 FROM activity_topics ft \
             WHERE ft.activity_id = s.activity_id AND ft.topic_id = ",
        )
        .bind(Bind::Id(topic))
        .push(")");
    }
    sql
}

/// What a report row is keyed by, as text (`''` for the total).
fn group_key(group_by: Option<GroupBy>, engine: Engine, source: Source) -> String {
    match group_by {
        None => "CAST('' AS TEXT)".to_owned(),
        Some(GroupBy::Unit) => "CAST(s.unit_id AS TEXT)".to_owned(),
        Some(GroupBy::Activity) => "CAST(s.activity_id AS TEXT)".to_owned(),
        Some(GroupBy::Kind) => source.kind().to_owned(),
        Some(GroupBy::DeliveryMode) => "a.delivery_mode".to_owned(),
        Some(GroupBy::Topic) => "CAST(t.topic_id AS TEXT)".to_owned(),
        Some(GroupBy::UnitType) => "u.unit_type".to_owned(),
        Some(GroupBy::Organisation) => "CAST(s.organisation_id AS TEXT)".to_owned(),
        Some(GroupBy::Month) => match engine {
            Engine::Postgres => "to_char(s.date, 'YYYY-MM')".to_owned(),
            Engine::Sqlite => "strftime('%Y-%m', s.date)".to_owned(),
        },
    }
}

fn next_day(day: NaiveDate) -> NaiveDate {
    day.succ_opt().unwrap_or(day)
}

fn previous_day(day: NaiveDate) -> NaiveDate {
    day.pred_opt().unwrap_or(day)
}

/// A session of the qualitative record.
#[derive(Debug, Clone, QueryableByName)]
pub struct RecordRow {
    #[diesel(sql_type = BigInt)]
    pub session_id: i64,
    #[diesel(sql_type = BigInt)]
    pub activity_id: i64,
    #[diesel(sql_type = Text)]
    pub activity_name: String,
    #[diesel(sql_type = Date)]
    pub date: NaiveDate,
    #[diesel(sql_type = Text)]
    pub notes: String,
}

/// The selected sessions that have notes or answers (containing `text`, ignoring case, when
/// given), by activity name, then oldest first.
pub fn record_sessions(
    conn: &mut DbConn,
    selection: &Selection,
    text: Option<&str>,
) -> QueryResult<Vec<RecordRow>> {
    // PostgreSQL's LOWER folds all of Unicode, as Rust does. SQLite's LIKE ignores ASCII case
    // by itself, and folding the pattern there would miss an exact-case "Ärger".
    let (notes, answer, folded) = match Engine::of(conn) {
        Engine::Postgres => (
            "LOWER(s.notes)",
            "LOWER(r.answer)",
            text.map(str::to_lowercase),
        ),
        Engine::Sqlite => ("s.notes", "r.answer", text.map(str::to_owned)),
    };
    let mut sql = Sql::new(
        "SELECT s.id AS session_id, s.activity_id AS activity_id, a.name AS activity_name, \
         s.date AS date, s.notes AS notes ",
    );
    sql.push(&Source::Sessions.from(Counting::Sessions, None))
        .append(selecting(selection, &whole_period(selection)))
        .push(
            " AND (s.notes <> '' OR EXISTS \
             (SELECT 1 FROM reflection_answers h WHERE h.session_id = s.id))",
        );
    if let Some(text) = folded {
        let pattern = format!("%{}%", super::like_escaped(&text));
        sql.push_bound(
            &format!(
                " AND ({notes} LIKE ? ESCAPE '\\' OR EXISTS (SELECT 1 FROM reflection_answers r \
                 WHERE r.session_id = s.id AND {answer} LIKE ? ESCAPE '\\'))"
            ),
            [Bind::Text(pattern.clone()), Bind::Text(pattern)],
        );
    }
    sql.push(" ORDER BY a.name, s.activity_id, s.date, s.start_minute, s.id");
    sql.load(conn)
}

/// A reflection answer of the qualitative record.
#[derive(Debug, Clone, QueryableByName)]
pub struct RecordAnswerRow {
    #[diesel(sql_type = BigInt)]
    pub session_id: i64,
    #[diesel(sql_type = Text)]
    pub question: String,
    #[diesel(sql_type = Text)]
    pub answer: String,
}

/// The answers of the selected sessions, by session and question (joined here rather than
/// passed as a list of ids, which a long period would make too long for SQLite).
pub fn record_answers(
    conn: &mut DbConn,
    selection: &Selection,
) -> QueryResult<Vec<RecordAnswerRow>> {
    let mut sql = Sql::new(
        "SELECT r.session_id AS session_id, q.text AS question, r.answer AS answer \
         FROM sessions s JOIN activities a ON a.id = s.activity_id \
         JOIN reflection_answers r ON r.session_id = s.id \
         JOIN reflection_questions q ON q.id = r.question_id",
    );
    sql.append(selecting(selection, &whole_period(selection)))
        .push(" ORDER BY r.session_id, q.id");
    sql.load(conn)
}

/// The selection's whole period, read from the sessions (the record is not rolled up).
fn whole_period(selection: &Selection) -> Part {
    Part {
        source: Source::Sessions,
        from: selection.from,
        to: selection.to,
    }
}

/// Names to show for the keys of a grouping by unit, activity or topic (ids as text).
pub fn labels(
    conn: &mut DbConn,
    organisation_ids: &[i64],
    group_by: GroupBy,
) -> QueryResult<std::collections::HashMap<String, String>> {
    use crate::db::schema::{activities, organisations, topics, units};
    let named: Vec<(i64, String)> = match group_by {
        GroupBy::Unit => units::table
            .filter(units::organisation_id.eq_any(organisation_ids.to_vec()))
            .select((units::id, units::name))
            .load(conn)?,
        GroupBy::Activity => activities::table
            .filter(activities::organisation_id.eq_any(organisation_ids.to_vec()))
            .select((activities::id, activities::name))
            .load(conn)?,
        GroupBy::Topic => topics::table
            .filter(topics::organisation_id.eq_any(organisation_ids.to_vec()))
            .select((topics::id, topics::name))
            .load(conn)?,
        GroupBy::Organisation => organisations::table
            .filter(organisations::id.eq_any(organisation_ids.to_vec()))
            .select((organisations::id, organisations::name))
            .load(conn)?,
        GroupBy::Kind | GroupBy::DeliveryMode | GroupBy::Month | GroupBy::UnitType => Vec::new(),
    };
    Ok(named
        .into_iter()
        .map(|(id, name)| (id.to_string(), name))
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    fn stretches(from: &str, to: &str) -> Vec<(Source, NaiveDate, NaiveDate)> {
        let selection = Selection::period(1, day(from), day(to));
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
        let mut selection = Selection::period(1, day("2026-01-01"), day("2026-01-31"));
        selection.unit_ids = Some(vec![3]);
        assert_eq!(parts(&selection, None)[0].source, Source::Monthly);
        selection.unit_ids = None;
        assert_eq!(
            parts(&selection, Some(GroupBy::Activity))[0].source,
            Source::Monthly
        );
    }
}
