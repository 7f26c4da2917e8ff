//! The report roll-ups (migration 000006): whole months summed ahead, per unit and activity
//! (`monthly_*`) and per organisation and activity kind (`organisation_*`), and each visitor's
//! first visit. They are recomputed from the sessions rather than adjusted, so a roll-up is
//! always exactly what the raw rows give: every write of a session or check-in refreshes the
//! months it touches inside the write's transaction.

use logbook_shared::ids::{ActivityId, OrganisationId, UnitId};
use std::collections::BTreeSet;

use chrono::{Datelike, NaiveDate};
use diesel::prelude::*;

use crate::db::DbConn;
use crate::db::queries::organisations;
use crate::db::raw::{Bind, Engine, Sql};
use crate::db::schema::{organisations as organisations_table, rollups_state};

/// The sessions of one unit's activity in one month.
#[derive(Debug, Clone, Copy)]
pub struct Slice {
    unit_id: UnitId,
    activity_id: ActivityId,
    month: NaiveDate,
}

impl Slice {
    /// The slice of a session of the activity at the unit on `day`.
    pub fn new(unit_id: UnitId, activity_id: ActivityId, day: NaiveDate) -> Slice {
        Slice {
            unit_id,
            activity_id,
            month: month_start(day),
        }
    }
}

/// What a change touched: the months of these slices, and these visitors' first visits.
#[derive(Debug, Default)]
pub struct Touched {
    pub slices: Vec<Slice>,
    pub visitor_keys: Vec<String>,
}

/// Recomputes what `touched` names for the organisation; call it inside the write's
/// transaction, after the write. Take `organisations::lock` before reading what the write
/// replaces (the months it was in), so that no other writer changes it meanwhile; this takes
/// it too, for writers that read nothing first.
pub fn refresh(
    conn: &mut DbConn,
    organisation_id: OrganisationId,
    touched: &Touched,
) -> QueryResult<()> {
    // Two writers of one organisation would otherwise both replace the same months.
    organisations::lock(conn, organisation_id)?;
    let keys: Vec<String> = touched
        .visitor_keys
        .iter()
        .cloned()
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    if !keys.is_empty() {
        fill_first_visits(conn, &Scope::Visitors(&keys))?;
    }
    let slices: BTreeSet<(UnitId, ActivityId, NaiveDate)> = touched
        .slices
        .iter()
        .map(|slice| (slice.unit_id, slice.activity_id, slice.month))
        .collect();
    for &(unit_id, activity_id, month) in &slices {
        fill_monthly(conn, &Scope::Slice(unit_id, activity_id, month))?;
    }
    if !keys.is_empty() {
        copy_first_dates(conn, &keys)?;
    }
    let months: BTreeSet<NaiveDate> = slices.iter().map(|slice| slice.2).collect();
    for month in months {
        fill_organisation(conn, organisation_id, Some(month))?;
    }
    Ok(())
}

/// Recomputes the per-kind roll-ups of every month, after an activity changed kind.
pub fn refresh_kinds(conn: &mut DbConn, organisation_id: OrganisationId) -> QueryResult<()> {
    organisations::lock(conn, organisation_id)?;
    fill_organisation(conn, organisation_id, None)
}

/// Recomputes all of an organisation's roll-ups (after a bulk load).
pub fn rebuild(conn: &mut DbConn, organisation_id: OrganisationId) -> QueryResult<()> {
    let scope = Scope::Organisation(organisation_id);
    fill_first_visits(conn, &scope)?;
    fill_monthly(conn, &scope)?;
    fill_organisation(conn, organisation_id, None)
}

/// Fills every organisation's roll-ups unless that was done: all or nothing, so a stop half
/// way leaves them to be filled at the next start. Answers whether it filled them.
pub fn fill_once(conn: &mut DbConn) -> QueryResult<bool> {
    crate::db::write_transaction(conn, |conn| {
        let filled: bool = rollups_state::table
            .select(rollups_state::filled)
            .first(conn)?;
        if filled {
            return Ok(false);
        }
        let all: Vec<OrganisationId> = organisations_table::table
            .select(organisations_table::id)
            .load(conn)?;
        for organisation_id in all {
            rebuild(conn, organisation_id)?;
        }
        diesel::update(rollups_state::table)
            .set(rollups_state::filled.eq(true))
            .execute(conn)?;
        Ok(true)
    })
}

/// Which rows to recompute.
enum Scope<'a> {
    Organisation(OrganisationId),
    /// A unit's activity in the month starting on the date.
    Slice(UnitId, ActivityId, NaiveDate),
    Visitors(&'a [String]),
}

impl Scope<'_> {
    /// `WHERE …` on a table with the scope's columns, each prefixed by `table` (`"s."` or `""`).
    fn condition(&self, table: &str) -> Sql {
        let mut sql = Sql::new(" WHERE ");
        match self {
            Scope::Organisation(id) => {
                sql.push(&format!("{table}organisation_id = "))
                    .bind(Bind::Id(id.get()));
            }
            Scope::Slice(unit_id, activity_id, month) => {
                sql.push(&format!("{table}unit_id = "))
                    .bind(Bind::Id(unit_id.get()))
                    .push(&format!(" AND {table}activity_id = "))
                    .bind(Bind::Id(activity_id.get()))
                    .push(&format!(" AND {table}date >= "))
                    .bind(Bind::Day(*month))
                    .push(&format!(" AND {table}date < "))
                    .bind(Bind::Day(next_month_start(*month)));
            }
            Scope::Visitors(keys) => {
                sql.in_texts(&format!("{table}visitor_key"), keys);
            }
        }
        sql
    }
}

/// The `monthly_*` rows of the scope, from the sessions.
fn fill_monthly(conn: &mut DbConn, scope: &Scope<'_>) -> QueryResult<()> {
    let month = Engine::of(conn).month_of("s.date");
    for table in ["monthly_sessions", "monthly_attendance", "monthly_visitors"] {
        let mut delete = Sql::new(&format!("DELETE FROM {table}"));
        delete.append(scope.condition(""));
        delete.execute(conn)?;
    }
    let mut sessions = Sql::new(&format!(
        "INSERT INTO monthly_sessions (organisation_id, unit_id, activity_id, date, sessions, \
         activity_minutes, youth_led_minutes, youth_producers) \
         SELECT s.organisation_id, s.unit_id, s.activity_id, {month}, COUNT(*), \
         SUM(s.duration_minutes), SUM(CASE WHEN s.youth_led THEN s.duration_minutes ELSE 0 END), \
         SUM(s.youth_producers) FROM sessions s"
    ));
    sessions
        .append(scope.condition("s."))
        .push(" GROUP BY 1, 2, 3, 4");
    sessions.execute(conn)?;
    let mut attendance = Sql::new(&format!(
        "INSERT INTO monthly_attendance (organisation_id, unit_id, activity_id, date, gender, \
         age_min, age_max, visits) \
         SELECT s.organisation_id, s.unit_id, s.activity_id, {month}, n.gender, n.age_min, \
         n.age_max, SUM(n.count) FROM sessions s JOIN attendance n ON n.session_id = s.id"
    ));
    attendance
        .append(scope.condition("s."))
        .push(" GROUP BY 1, 2, 3, 4, 5, 6, 7");
    attendance.execute(conn)?;
    let mut visitors = Sql::new(&format!(
        "INSERT INTO monthly_visitors (organisation_id, unit_id, activity_id, date, visitor_key, \
         first_date) \
         SELECT s.organisation_id, s.unit_id, s.activity_id, {month}, c.visitor_key, MIN(f.date) \
         FROM sessions s JOIN check_ins c ON c.session_id = s.id \
         JOIN first_visits f ON f.visitor_key = c.visitor_key"
    ));
    visitors
        .append(scope.condition("s."))
        .push(" GROUP BY 1, 2, 3, 4, 5");
    visitors.execute(conn).map(drop)
}

/// The `organisation_*` rows of one month (or all), summed from the `monthly_*` rows.
fn fill_organisation(
    conn: &mut DbConn,
    organisation_id: OrganisationId,
    month: Option<NaiveDate>,
) -> QueryResult<()> {
    let condition = |table: &str| {
        let mut sql = Sql::new(&format!(" WHERE {table}organisation_id = "));
        sql.bind(Bind::Id(organisation_id.get()));
        if let Some(month) = month {
            sql.push(&format!(" AND {table}date = "))
                .bind(Bind::Day(month));
        }
        sql
    };
    for table in [
        "organisation_sessions",
        "organisation_attendance",
        "organisation_visitors",
    ] {
        let mut delete = Sql::new(&format!("DELETE FROM {table}"));
        delete.append(condition(""));
        delete.execute(conn)?;
    }
    let statements = [
        (
            "INSERT INTO organisation_sessions (organisation_id, kind, date, sessions, \
             activity_minutes, youth_led_minutes, youth_producers) \
             SELECT m.organisation_id, a.kind, m.date, SUM(m.sessions), SUM(m.activity_minutes), \
             SUM(m.youth_led_minutes), SUM(m.youth_producers) FROM monthly_sessions m",
            " GROUP BY 1, 2, 3",
        ),
        (
            "INSERT INTO organisation_attendance (organisation_id, kind, date, gender, age_min, \
             age_max, visits) \
             SELECT m.organisation_id, a.kind, m.date, m.gender, m.age_min, m.age_max, \
             SUM(m.visits) FROM monthly_attendance m",
            " GROUP BY 1, 2, 3, 4, 5, 6",
        ),
        (
            "INSERT INTO organisation_visitors (organisation_id, kind, date, visitor_key, \
             first_date) \
             SELECT m.organisation_id, a.kind, m.date, m.visitor_key, MIN(m.first_date) \
             FROM monthly_visitors m",
            " GROUP BY 1, 2, 3, 4",
        ),
    ];
    for (insert, group_by) in statements {
        let mut sql = Sql::new(insert);
        sql.push(" JOIN activities a ON a.id = m.activity_id")
            .append(condition("m."))
            .push(group_by);
        sql.execute(conn)?;
    }
    Ok(())
}

/// The `first_visits` rows of the scope (organisation or visitors), from the check-ins.
fn fill_first_visits(conn: &mut DbConn, scope: &Scope<'_>) -> QueryResult<()> {
    let mut delete = Sql::new("DELETE FROM first_visits");
    delete.append(scope.condition(""));
    delete.execute(conn)?;
    let mut insert = Sql::new(
        "INSERT INTO first_visits (visitor_key, organisation_id, date) \
         SELECT c.visitor_key, c.organisation_id, MIN(s.date) \
         FROM check_ins c JOIN sessions s ON s.id = c.session_id",
    );
    insert.append(scope.condition("c.")).push(" GROUP BY 1, 2");
    insert.execute(conn).map(drop)
}

/// The visitors' first visits, copied onto their roll-up rows in months not recomputed.
fn copy_first_dates(conn: &mut DbConn, keys: &[String]) -> QueryResult<()> {
    for table in ["monthly_visitors", "organisation_visitors"] {
        let mut sql = Sql::new(&format!(
            "UPDATE {table} SET first_date = (SELECT f.date FROM first_visits f \
             WHERE f.visitor_key = {table}.visitor_key)"
        ));
        sql.append(Scope::Visitors(keys).condition(""));
        sql.execute(conn)?;
    }
    Ok(())
}

/// The first day of `day`'s month.
pub fn month_start(day: NaiveDate) -> NaiveDate {
    day.with_day(1).unwrap_or(day)
}

/// The first day of the month after `day`'s.
pub fn next_month_start(day: NaiveDate) -> NaiveDate {
    month_start(day)
        .checked_add_months(chrono::Months::new(1))
        .unwrap_or(day)
}
