//! The SQL behind SPEC 7's figures; `crate::reports` turns the rows into figures. Four
//! aggregate queries, each grouped by the report's key (or one total): the sessions' own
//! figures, attendance by gender and age range, unique and first-time visitors. Written as
//! SQL because the key, the filters and the month expression vary per request and per engine.

use chrono::NaiveDate;
use diesel::deserialize::QueryableByName;
use diesel::prelude::*;
use diesel::sql_types::{BigInt, Date, Text};
use logbook_shared::reports::GroupBy;
use logbook_shared::structure::{ActivityKind, DeliveryMode};

use crate::db::DbConn;

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

/// A count of distinct visitors of one group.
#[derive(Debug, Clone, QueryableByName)]
pub struct VisitorCount {
    #[diesel(sql_type = Text)]
    pub key: String,
    #[diesel(sql_type = BigInt)]
    pub visitors: i64,
}

pub fn session_totals(
    conn: &mut DbConn,
    selection: &Selection,
    group_by: Option<GroupBy>,
) -> QueryResult<Vec<SessionTotals>> {
    let columns = "COUNT(*) AS sessions, \
        COALESCE(SUM(s.duration_minutes), 0) AS activity_minutes, \
        COALESCE(SUM(CASE WHEN a.kind = 'open' THEN s.duration_minutes ELSE 0 END), 0) AS opening_minutes, \
        COALESCE(SUM(CASE WHEN a.kind = 'group' THEN s.duration_minutes ELSE 0 END), 0) AS group_minutes, \
        COALESCE(SUM(CASE WHEN s.youth_led THEN s.duration_minutes ELSE 0 END), 0) AS youth_led_minutes, \
        COALESCE(SUM(s.youth_producers), 0) AS youth_producers";
    run(conn, selection, group_by, &[], |key, from, filter| {
        format!("SELECT {key} AS key, {columns} {from} {filter} GROUP BY 1")
    })
}

pub fn attendance_totals(
    conn: &mut DbConn,
    selection: &Selection,
    group_by: Option<GroupBy>,
) -> QueryResult<Vec<AttendanceTotals>> {
    run(conn, selection, group_by, &[], |key, from, filter| {
        format!(
            "SELECT {key} AS key, n.gender AS gender, n.age_min AS age_min, n.age_max AS age_max, \
             CAST(CASE WHEN a.kind = 'open' THEN 1 ELSE 0 END AS BIGINT) AS at_open, \
             COALESCE(SUM(n.count), 0) AS visits \
             {from} JOIN attendance n ON n.session_id = s.id {filter} \
             GROUP BY 1, 2, 3, 4, 5"
        )
    })
}

pub fn unique_visitors(
    conn: &mut DbConn,
    selection: &Selection,
    group_by: Option<GroupBy>,
) -> QueryResult<Vec<VisitorCount>> {
    run(conn, selection, group_by, &[], |key, from, filter| {
        format!(
            "SELECT {key} AS key, COUNT(DISTINCT c.visitor_key) AS visitors \
             {from} JOIN check_ins c ON c.session_id = s.id {filter} GROUP BY 1"
        )
    })
}

/// Visitors with no check-in to any session of the organisation dated before the period (or,
/// grouped by month, before the row's month where that starts later).
pub fn first_time_visitors(
    conn: &mut DbConn,
    selection: &Selection,
    group_by: Option<GroupBy>,
) -> QueryResult<Vec<VisitorCount>> {
    // By month, "first-time" means first seen in that month's part of the period.
    let cutoff = match (group_by, engine(conn)) {
        (Some(GroupBy::Month), Engine::Postgres) => {
            "GREATEST(date_trunc('month', s.date)::date, ?)"
        }
        (Some(GroupBy::Month), Engine::Sqlite) => "MAX(date(s.date, 'start of month'), ?)",
        _ => "?",
    };
    let period_start = [Bind::Day(selection.from)];
    run(
        conn,
        selection,
        group_by,
        &period_start,
        |key, from, filter| {
            format!(
                "SELECT {key} AS key, COUNT(DISTINCT c.visitor_key) AS visitors \
             {from} JOIN check_ins c ON c.session_id = s.id {filter} \
             AND NOT EXISTS (SELECT 1 FROM check_ins e JOIN sessions es ON es.id = e.session_id \
                 WHERE e.organisation_id = s.organisation_id AND e.visitor_key = c.visitor_key \
                 AND es.date < {cutoff}) \
             GROUP BY 1"
            )
        },
    )
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
    let (notes, answer, folded) = match engine(conn) {
        Engine::Postgres => (
            "LOWER(s.notes)",
            "LOWER(r.answer)",
            text.map(str::to_lowercase),
        ),
        Engine::Sqlite => ("s.notes", "r.answer", text.map(str::to_owned)),
    };
    let (matching, binds) = match folded {
        Some(text) => {
            let pattern = format!("%{}%", super::like_escaped(&text));
            (
                format!(
                    " AND ({notes} LIKE ? ESCAPE '\\' OR EXISTS (SELECT 1 FROM reflection_answers r \
                     WHERE r.session_id = s.id AND {answer} LIKE ? ESCAPE '\\'))"
                ),
                vec![Bind::Text(pattern.clone()), Bind::Text(pattern)],
            )
        }
        None => (String::new(), Vec::new()),
    };
    run(conn, selection, None, &binds, |_, from, filter| {
        format!(
            "SELECT s.id AS session_id, s.activity_id AS activity_id, a.name AS activity_name, \
             s.date AS date, s.notes AS notes {from} {filter} \
             AND (s.notes <> '' OR EXISTS (SELECT 1 FROM reflection_answers h WHERE h.session_id = s.id)) \
             {matching} ORDER BY a.name, s.activity_id, s.date, s.start_minute, s.id"
        )
    })
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
    run(conn, selection, None, &[], |_, from, filter| {
        format!(
            "SELECT r.session_id AS session_id, q.text AS question, r.answer AS answer {from} \
             JOIN reflection_answers r ON r.session_id = s.id \
             JOIN reflection_questions q ON q.id = r.question_id {filter} \
             ORDER BY r.session_id, q.id"
        )
    })
}

/// A value bound to a `?` of the SQL, in order.
#[derive(Debug, Clone)]
enum Bind {
    Id(i64),
    Day(NaiveDate),
    Text(String),
}

/// The engine's spelling of what differs.
#[derive(Clone, Copy, PartialEq)]
enum Engine {
    Postgres,
    Sqlite,
}

/// Builds the query (`sql(key, from, where)`) for the selection and grouping and runs it on
/// the connection's engine; `extra` binds follow the selection's, for `?`s after the WHERE.
fn run<R>(
    conn: &mut DbConn,
    selection: &Selection,
    group_by: Option<GroupBy>,
    extra: &[Bind],
    sql: impl Fn(&str, &str, &str) -> String,
) -> QueryResult<Vec<R>>
where
    R: QueryableByName<diesel::pg::Pg> + QueryableByName<diesel::sqlite::Sqlite> + 'static,
{
    let engine = engine(conn);
    let (from, filter, mut binds) = from_and_where(selection, group_by);
    binds.extend_from_slice(extra);
    let text = numbered(&sql(&group_key(group_by, engine), &from, &filter), engine);
    // One expansion per engine: diesel's raw queries are typed by their backend.
    macro_rules! load {
        ($conn:expr, $backend:ty) => {{
            let mut query = diesel::sql_query(text).into_boxed::<$backend>();
            for bind in binds {
                query = match bind {
                    Bind::Id(id) => query.bind::<BigInt, _>(id),
                    Bind::Day(day) => query.bind::<Date, _>(day),
                    Bind::Text(text) => query.bind::<Text, _>(text),
                };
            }
            query.load($conn)
        }};
    }
    match conn {
        DbConn::Pg(pg) => load!(pg, diesel::pg::Pg),
        DbConn::Sqlite(sqlite) => load!(sqlite, diesel::sqlite::Sqlite),
    }
}

/// What a report row is keyed by, as text (`''` for the total).
fn group_key(group_by: Option<GroupBy>, engine: Engine) -> String {
    match group_by {
        None => "CAST('' AS TEXT)".to_owned(),
        Some(GroupBy::Unit) => "CAST(s.unit_id AS TEXT)".to_owned(),
        Some(GroupBy::Activity) => "CAST(s.activity_id AS TEXT)".to_owned(),
        Some(GroupBy::Kind) => "a.kind".to_owned(),
        Some(GroupBy::DeliveryMode) => "a.delivery_mode".to_owned(),
        Some(GroupBy::Topic) => "CAST(t.topic_id AS TEXT)".to_owned(),
        Some(GroupBy::Month) => match engine {
            Engine::Postgres => "to_char(s.date, 'YYYY-MM')".to_owned(),
            Engine::Sqlite => "strftime('%Y-%m', s.date)".to_owned(),
        },
    }
}

/// `FROM …` the sessions and their activities, and `WHERE …` selecting them, with its binds.
fn from_and_where(selection: &Selection, group_by: Option<GroupBy>) -> (String, String, Vec<Bind>) {
    let mut from = String::from("FROM sessions s JOIN activities a ON a.id = s.activity_id");
    if group_by == Some(GroupBy::Topic) {
        from.push_str(" JOIN activity_topics t ON t.activity_id = s.activity_id");
    }
    let mut binds = Vec::new();
    let organisations = in_list("s.organisation_id", &selection.organisation_ids, &mut binds);
    let mut conditions = vec![organisations.as_str(), "s.date >= ?", "s.date <= ?"];
    binds.extend([Bind::Day(selection.from), Bind::Day(selection.to)]);
    let unit_list;
    if let Some(units) = &selection.unit_ids {
        unit_list = in_list("s.unit_id", units, &mut binds);
        conditions.push(&unit_list);
    }
    if let Some(kind) = selection.kind {
        conditions.push("a.kind = ?");
        binds.push(Bind::Text(kind.as_str().to_owned()));
    }
    if let Some(activity) = selection.activity_id {
        conditions.push("s.activity_id = ?");
        binds.push(Bind::Id(activity));
    }
    if let Some(mode) = selection.delivery_mode {
        conditions.push("a.delivery_mode = ?");
        binds.push(Bind::Text(mode.as_str().to_owned()));
    }
    if let Some(topic) = selection.topic_id {
        conditions.push(
            "EXISTS (SELECT 1 FROM activity_topics ft \
             WHERE ft.activity_id = s.activity_id AND ft.topic_id = ?)",
        );
        binds.push(Bind::Id(topic));
    }
    (from, format!("WHERE {}", conditions.join(" AND ")), binds)
}

fn engine(conn: &DbConn) -> Engine {
    match conn {
        DbConn::Pg(_) => Engine::Postgres,
        DbConn::Sqlite(_) => Engine::Sqlite,
    }
}

/// `column IN (?, …)` with a bind per id; an empty list selects nothing, as it should.
fn in_list(column: &str, ids: &[i64], binds: &mut Vec<Bind>) -> String {
    binds.extend(ids.iter().map(|id| Bind::Id(*id)));
    if ids.is_empty() {
        binds.push(Bind::Id(0));
    }
    format!("{column} IN ({})", vec!["?"; ids.len().max(1)].join(", "))
}

/// `?` placeholders as the engine wants them (`$1, $2, …` on PostgreSQL).
fn numbered(sql: &str, engine: Engine) -> String {
    if engine == Engine::Sqlite {
        return sql.to_owned();
    }
    let mut out = String::with_capacity(sql.len() + 16);
    for (index, part) in sql.split('?').enumerate() {
        if index > 0 {
            out.push_str(&format!("${index}"));
        }
        out.push_str(part);
    }
    out
}

/// Names to show for the keys of a grouping by unit, activity or topic (ids as text).
pub fn labels(
    conn: &mut DbConn,
    organisation_ids: &[i64],
    group_by: GroupBy,
) -> QueryResult<std::collections::HashMap<String, String>> {
    use crate::db::schema::{activities, topics, units};
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
        GroupBy::Kind | GroupBy::DeliveryMode | GroupBy::Month => Vec::new(),
    };
    Ok(named
        .into_iter()
        .map(|(id, name)| (id.to_string(), name))
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_numbered_for_postgres_only() {
        let sql = "a = ? AND b IN (?, ?)";
        assert_eq!(numbered(sql, Engine::Sqlite), sql);
        assert_eq!(numbered(sql, Engine::Postgres), "a = $1 AND b IN ($2, $3)");
    }
}
