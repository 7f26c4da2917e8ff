//! The three aggregates behind SPEC 7's figures, each grouped by the report's key (or one
//! total): the sessions' own figures, attendance by gender and age range, unique and
//! first-time visitors; and the names of the groups. `crate::reports` turns the rows into
//! figures. Written as SQL because the key, the filters and the tables vary per request and
//! per engine.

use std::collections::HashMap;

use diesel::prelude::*;
use diesel::sql_types::{BigInt, Text};
use logbook_shared::ids::OrganisationId;
use logbook_shared::reports::GroupBy;

use super::period::{Counting, Part, Source, parts, selecting};
use super::selection::Selection;
use crate::db::DbConn;
use crate::db::raw::{Bind, Engine, Sql};

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
        sql.push_bound(&cutoff, [Bind::Day(selection.sessions.from)])
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

/// Names to show for the keys of a grouping by unit, activity or topic (ids as text).
pub fn labels(
    conn: &mut DbConn,
    organisation_ids: &[OrganisationId],
    group_by: GroupBy,
) -> QueryResult<HashMap<String, GroupLabel>> {
    use crate::db::schema::{activities, organisations, topics, units};
    let members = organisation_ids.to_vec();
    let named: Vec<(i64, String)> = match group_by {
        GroupBy::Unit => units::table
            .filter(units::organisation_id.eq_any(members))
            .select((units::id, units::name))
            .load(conn)?,
        GroupBy::Activity => activities::table
            .filter(activities::organisation_id.eq_any(members))
            .select((activities::id, activities::name))
            .load(conn)?,
        GroupBy::Organisation => organisations::table
            .filter(organisations::id.eq_any(members))
            .select((organisations::id, organisations::name))
            .load(conn)?,
        GroupBy::Topic => {
            // A built-in topic's name is the app's to translate (`topic.<key>`).
            let topics: Vec<(i64, String, Option<String>)> = topics::table
                .filter(topics::organisation_id.eq_any(members))
                .select((topics::id, topics::name, topics::key))
                .load(conn)?;
            return Ok(topics
                .into_iter()
                .map(|(id, name, key)| {
                    let text_key = key.map(|key| format!("topic.{key}"));
                    (id.to_string(), GroupLabel { name, text_key })
                })
                .collect());
        }
        GroupBy::Kind | GroupBy::DeliveryMode | GroupBy::Month | GroupBy::UnitType => Vec::new(),
    };
    Ok(named
        .into_iter()
        .map(|(id, name)| {
            let label = GroupLabel {
                name,
                text_key: None,
            };
            (id.to_string(), label)
        })
        .collect())
}

/// What a group is called: a name the organisation wrote, or the app's text to translate.
pub struct GroupLabel {
    pub name: String,
    pub text_key: Option<String>,
}
