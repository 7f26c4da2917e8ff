//! The report roll-ups (migrations 000006 and 000013): whole months summed ahead, per unit and
//! activity (`monthly_*`) and per organisation and activity kind (`organisation_*`), and each
//! visitor's first visit. Writes of sessions and check-ins, and changes of an activity's kind,
//! keep them by difference (`rollup_changes`); here they are built from the raw rows — all of
//! an organisation's after a bulk load — and the rebuild is what `rollup_drift` holds them to.
//! No row is made for nothing (no visits, no check-ins).

use logbook_shared::ids::OrganisationId;

use chrono::{Datelike, NaiveDate};
use diesel::prelude::*;

use crate::db::DbConn;
use crate::db::queries::organisations;
use crate::db::raw::{Bind, Engine, Sql};
use crate::db::schema::rollups_state;

/// Recomputes all of an organisation's roll-ups (after a bulk load).
pub fn rebuild(conn: &mut DbConn, organisation_id: OrganisationId) -> QueryResult<()> {
    let scope = Scope::Organisation(organisation_id);
    fill_first_visits(conn, &scope)?;
    fill_monthly(conn, &scope)?;
    fill_organisation(conn, organisation_id)
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
        for organisation_id in organisations::ids(conn)? {
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
    /// The organisation's visitors (check-ins are indexed by organisation, then visitor).
    Visitors(OrganisationId, &'a [String]),
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
            Scope::Visitors(id, keys) => {
                sql.push(&format!("{table}organisation_id = "))
                    .bind(Bind::Id(id.get()))
                    .push(" AND ");
                visitors_are(&mut sql, &format!("{table}visitor_key"), keys);
            }
        }
        sql
    }

    /// A statement over the scope: kept prepared for one visitor (a check-in's, at every
    /// check-in), whose text is always the same.
    fn statement(&self, text: &str) -> Sql {
        match self {
            Scope::Visitors(_, [_]) => Sql::prepared(text),
            _ => Sql::new(text),
        }
    }
}

/// `column = ?` for one visitor, else `column IN (…)`.
fn visitors_are(sql: &mut Sql, column: &str, keys: &[String]) {
    match keys {
        [key] => {
            sql.push(column).push(" = ").bind(Bind::Text(key.clone()));
        }
        _ => {
            sql.in_texts(column, keys);
        }
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
        .push(" GROUP BY 1, 2, 3, 4, 5, 6, 7 HAVING SUM(n.count) > 0");
    attendance.execute(conn)?;
    let mut visitors = Sql::new(&format!(
        "INSERT INTO monthly_visitors (organisation_id, unit_id, activity_id, date, visitor_key, \
         check_ins, first_date) \
         SELECT s.organisation_id, s.unit_id, s.activity_id, {month}, c.visitor_key, COUNT(*), \
         MIN(f.date) \
         FROM sessions s JOIN check_ins c ON c.session_id = s.id \
         JOIN first_visits f ON f.visitor_key = c.visitor_key"
    ));
    visitors
        .append(scope.condition("s."))
        .push(" GROUP BY 1, 2, 3, 4, 5");
    visitors.execute(conn).map(drop)
}

/// The organisation's `organisation_*` rows, summed from its `monthly_*` rows.
fn fill_organisation(conn: &mut DbConn, organisation_id: OrganisationId) -> QueryResult<()> {
    let condition = |table: &str| {
        let mut sql = Sql::new(&format!(" WHERE {table}organisation_id = "));
        sql.bind(Bind::Id(organisation_id.get()));
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
             check_ins, first_date) \
             SELECT m.organisation_id, a.kind, m.date, m.visitor_key, SUM(m.check_ins), \
             MIN(m.first_date) \
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
    let mut delete = scope.statement("DELETE FROM first_visits");
    delete.append(scope.condition(""));
    delete.execute(conn)?;
    let mut insert = scope.statement(
        "INSERT INTO first_visits (visitor_key, organisation_id, date) \
         SELECT c.visitor_key, c.organisation_id, MIN(s.date) \
         FROM check_ins c JOIN sessions s ON s.id = c.session_id",
    );
    insert.append(scope.condition("c.")).push(" GROUP BY 1, 2");
    insert.execute(conn).map(drop)
}

/// The visitors' first visits, read again from their check-ins (some were added or removed).
pub(super) fn refill_first_visits(
    conn: &mut DbConn,
    organisation_id: OrganisationId,
    keys: &[String],
) -> QueryResult<()> {
    fill_first_visits(conn, &Scope::Visitors(organisation_id, keys))
}

#[derive(QueryableByName)]
struct FirstVisit {
    #[diesel(sql_type = diesel::sql_types::Date)]
    date: NaiveDate,
}

/// The visitors' first visits after they came on `day` (nothing else changed): moved back to
/// it where it is earlier, or made. Answers the visitors whose first visit moved.
pub(super) fn move_first_visits_back(
    conn: &mut DbConn,
    organisation_id: OrganisationId,
    keys: &[String],
    day: NaiveDate,
) -> QueryResult<Vec<String>> {
    let mut moved = Vec::new();
    for key in keys {
        let mut read = Sql::prepared("SELECT date FROM first_visits WHERE visitor_key = ");
        read.bind(Bind::Text(key.clone()));
        let mut change = Sql::prepared("");
        let (on_day, visitor) = (Bind::Day(day), Bind::Text(key.clone()));
        match read.load::<FirstVisit>(conn)?.first() {
            Some(first) if first.date <= day => continue,
            Some(_) => change.push_bound(
                "UPDATE first_visits SET date = ? WHERE visitor_key = ?",
                [on_day, visitor],
            ),
            None => change.push_bound(
                "INSERT INTO first_visits (date, visitor_key, organisation_id) VALUES (?, ?, ?)",
                [on_day, visitor, Bind::Id(organisation_id.get())],
            ),
        };
        change.execute(conn)?;
        moved.push(key.clone());
    }
    Ok(moved)
}

/// The visitors' first visits, copied onto every roll-up row of theirs.
pub(super) fn copy_first_dates(conn: &mut DbConn, keys: &[String]) -> QueryResult<()> {
    for table in ["monthly_visitors", "organisation_visitors"] {
        let text = format!(
            "UPDATE {table} SET first_date = (SELECT f.date FROM first_visits f \
             WHERE f.visitor_key = {table}.visitor_key) WHERE "
        );
        let mut sql = match keys {
            [_] => Sql::prepared(&text),
            _ => Sql::new(&text),
        };
        visitors_are(&mut sql, "visitor_key", keys);
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
