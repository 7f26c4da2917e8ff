//! The report roll-ups kept by difference (issue 18): a write reads what one session adds to
//! them before and after it (`share`), and `apply` adds the difference — figures, attendance
//! cells and each visitor's check-ins — to the rows it falls in, one upsert per row. Nothing
//! re-reads a month, so a write costs the same in an empty organisation and a full one. A row
//! whose figures reach zero is removed (a rebuild makes none). First visits are not sums: the
//! visitors whose check-ins changed have theirs read again from their own check-ins.

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;
use diesel::QueryableByName;
use diesel::prelude::*;
use diesel::sql_types::{BigInt, Date, Integer, Nullable, Text};
use logbook_shared::ids::{ActivityId, OrganisationId, SessionId, UnitId};
use logbook_shared::sessions::Session;
use logbook_shared::structure::ActivityKind;

use super::aliases;
use super::check_ins::NewCheckIn;
use super::rollups::{self, month_start};
use super::sessions::Joinable;
use crate::db::DbConn;
use crate::db::raw::{Bind, Engine, Sql};

/// What one session adds to the roll-ups.
#[derive(Debug, Clone)]
pub struct Share {
    organisation_id: OrganisationId,
    unit_id: UnitId,
    activity_id: ActivityId,
    date: NaiveDate,
    month: NaiveDate,
    kind: String,
    figures: Figures,
    /// Visits by (gender, lowest age, highest age).
    cells: BTreeMap<Cell, i64>,
    /// Check-ins by visitor.
    visitors: BTreeMap<String, i64>,
}

type Cell = (String, Option<i32>, Option<i32>);

/// Sessions, activity minutes, youth-led minutes, youth producers.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
struct Figures([i64; 4]);

impl Figures {
    fn add(&mut self, other: Figures, sign: i64) {
        for (mine, theirs) in self.0.iter_mut().zip(other.0) {
            *mine += sign * theirs;
        }
    }
}

#[derive(QueryableByName)]
struct SessionRow {
    #[diesel(sql_type = BigInt)]
    organisation_id: i64,
    #[diesel(sql_type = BigInt)]
    unit_id: i64,
    #[diesel(sql_type = BigInt)]
    activity_id: i64,
    #[diesel(sql_type = Date)]
    date: NaiveDate,
    #[diesel(sql_type = Text)]
    kind: String,
    #[diesel(sql_type = BigInt)]
    minutes: i64,
    #[diesel(sql_type = BigInt)]
    youth_led_minutes: i64,
    #[diesel(sql_type = BigInt)]
    youth_producers: i64,
}

#[derive(QueryableByName)]
struct CellRow {
    #[diesel(sql_type = Text)]
    gender: String,
    #[diesel(sql_type = Nullable<Integer>)]
    age_min: Option<i32>,
    #[diesel(sql_type = Nullable<Integer>)]
    age_max: Option<i32>,
    #[diesel(sql_type = BigInt)]
    visits: i64,
}

#[derive(QueryableByName)]
struct VisitorRow {
    #[diesel(sql_type = Text)]
    visitor_key: String,
    #[diesel(sql_type = BigInt)]
    check_ins: i64,
}

/// What the session adds to the roll-ups as the database holds it now; `None` once it is gone.
/// On PostgreSQL the activity is share-locked: its kind cannot change before this
/// transaction has added to that kind's rows.
pub fn share(conn: &mut DbConn, session: SessionId) -> QueryResult<Option<Share>> {
    let lock = match Engine::of(conn) {
        Engine::Postgres => " FOR SHARE OF a",
        Engine::Sqlite => "",
    };
    let mut read = Sql::prepared(
        "SELECT s.organisation_id, s.unit_id, s.activity_id, s.date, a.kind, \
         CAST(s.duration_minutes AS BIGINT) AS minutes, \
         CAST(CASE WHEN s.youth_led THEN s.duration_minutes ELSE 0 END AS BIGINT) \
         AS youth_led_minutes, CAST(s.youth_producers AS BIGINT) AS youth_producers \
         FROM sessions s JOIN activities a ON a.id = s.activity_id WHERE s.id = ",
    );
    read.bind(Bind::Id(session.get())).push(lock);
    let Some(row) = read.load::<SessionRow>(conn)?.into_iter().next() else {
        return Ok(None);
    };
    let mut cells = Sql::prepared(
        "SELECT gender, age_min, age_max, CAST(SUM(count) AS BIGINT) AS visits \
         FROM attendance WHERE session_id = ",
    );
    cells
        .bind(Bind::Id(session.get()))
        .push(" GROUP BY gender, age_min, age_max");
    let mut visitors = Sql::prepared(
        "SELECT visitor_key, CAST(COUNT(*) AS BIGINT) AS check_ins FROM check_ins \
         WHERE session_id = ",
    );
    visitors
        .bind(Bind::Id(session.get()))
        .push(" GROUP BY visitor_key");
    Ok(Some(Share {
        organisation_id: OrganisationId(row.organisation_id),
        unit_id: UnitId(row.unit_id),
        activity_id: ActivityId(row.activity_id),
        date: row.date,
        month: month_start(row.date),
        kind: row.kind,
        figures: Figures([1, row.minutes, row.youth_led_minutes, row.youth_producers]),
        cells: cells
            .load::<CellRow>(conn)?
            .into_iter()
            .map(|cell| ((cell.gender, cell.age_min, cell.age_max), cell.visits))
            .collect(),
        visitors: visitors
            .load::<VisitorRow>(conn)?
            .into_iter()
            .map(|visitor| (visitor.visitor_key, visitor.check_ins))
            .collect(),
    }))
}

/// What a session just created adds, from the session as stored (it has no check-ins yet);
/// its activity's kind must be held (`activities::hold_kind`), as `share` holds it.
pub fn share_of_new(organisation_id: OrganisationId, session: &Session) -> Share {
    let mut cells: BTreeMap<Cell, i64> = BTreeMap::new();
    for cell in session.attendance.iter().chain(&session.checked_in) {
        let key = (cell.gender.as_str().to_owned(), cell.age_min, cell.age_max);
        *cells.entry(key).or_default() += i64::from(cell.count);
    }
    let minutes = i64::from(session.duration_minutes);
    Share {
        organisation_id,
        unit_id: session.unit_id,
        activity_id: session.activity_id,
        date: session.date,
        month: month_start(session.date),
        kind: session.activity_kind.as_str().to_owned(),
        figures: Figures([
            1,
            minutes,
            if session.youth_led { minutes } else { 0 },
            i64::from(session.youth_producers),
        ]),
        cells,
        visitors: BTreeMap::new(),
    }
}

/// What one check-in adds to its session's share: a visit in its gender at its exact age, and
/// one check-in of its visitor (a first check-in: a second answers the first). `session` is
/// the session as the check-in found it under its lock; its activity's kind must be held
/// (`activities::hold_kind`), as `share` holds it.
pub fn share_of_check_in(
    session: &Joinable,
    kind: ActivityKind,
    check_in: &NewCheckIn<'_>,
) -> Share {
    let cell = (
        check_in.gender.as_str().to_owned(),
        Some(check_in.age),
        Some(check_in.age),
    );
    Share {
        organisation_id: check_in.organisation_id,
        unit_id: session.unit_id,
        activity_id: session.activity_id,
        date: session.date,
        month: month_start(session.date),
        kind: kind.as_str().to_owned(),
        figures: Figures::default(),
        cells: BTreeMap::from([(cell, 1)]),
        visitors: BTreeMap::from([(check_in.visitor_key.to_owned(), 1)]),
    }
}

/// A difference to add, by roll-up row: the unit rows (`monthly_*`) and the kind rows
/// (`organisation_*`), each kept sorted. Every write takes its row locks in that order — unit
/// rows, then kind rows, each by key — so two writes on PostgreSQL never wait for each other
/// the wrong way round.
#[derive(Default)]
struct Difference {
    unit_rows: BTreeMap<(OrganisationId, UnitId, ActivityId, NaiveDate), Change>,
    kind_rows: BTreeMap<(OrganisationId, String, NaiveDate), Change>,
}

/// What one roll-up row (and its cells and visitors) gains; negative for a loss.
#[derive(Default)]
struct Change {
    figures: Figures,
    cells: BTreeMap<Cell, i64>,
    visitors: BTreeMap<String, i64>,
}

impl Change {
    fn add(&mut self, share: &Share, sign: i64) {
        self.figures.add(share.figures, sign);
        for (cell, visits) in &share.cells {
            *self.cells.entry(cell.clone()).or_default() += sign * visits;
        }
        for (visitor, check_ins) in &share.visitors {
            *self.visitors.entry(visitor.clone()).or_default() += sign * check_ins;
        }
    }

    fn negated(&self) -> Change {
        let mut negated = Change::default();
        negated.figures.add(self.figures, -1);
        negated.cells = self
            .cells
            .iter()
            .map(|(cell, n)| (cell.clone(), -n))
            .collect();
        negated.visitors = (self.visitors.iter())
            .map(|(visitor, n)| (visitor.clone(), -n))
            .collect();
        negated
    }

    fn changed_visitors(&self) -> impl Iterator<Item = &String> {
        self.visitors
            .iter()
            .filter(|(_, change)| **change != 0)
            .map(|(visitor, _)| visitor)
    }
}

impl Difference {
    fn add(&mut self, share: &Share, sign: i64) {
        let unit = (
            share.organisation_id,
            share.unit_id,
            share.activity_id,
            share.month,
        );
        self.unit_rows.entry(unit).or_default().add(share, sign);
        let kind = (share.organisation_id, share.kind.clone(), share.month);
        self.kind_rows.entry(kind).or_default().add(share, sign);
    }
}

/// Replaces what `before` added to the roll-ups by what `after` adds (either may be `None`:
/// a session created or deleted). Call it inside the write's transaction, after the write.
pub fn apply(conn: &mut DbConn, before: Option<&Share>, after: Option<&Share>) -> QueryResult<()> {
    let mut difference = Difference::default();
    for (share, sign) in [(before, -1), (after, 1)] {
        if let Some(share) = share {
            difference.add(share, sign);
        }
    }
    // Whose first visit may have moved: anyone whose check-ins changed, and everyone checked
    // in when the session moved to another day (within its month nothing else changes).
    let mut visitors: BTreeSet<&String> = difference
        .unit_rows
        .values()
        .flat_map(Change::changed_visitors)
        .collect();
    if let (Some(before), Some(after)) = (before, after)
        && before.date != after.date
    {
        visitors.extend(before.visitors.keys().chain(after.visitors.keys()));
    }
    let mut visitors: Vec<String> = visitors.into_iter().cloned().collect();
    let organisation = before.or(after).map(|share| share.organisation_id);
    if let Some(organisation) = organisation.filter(|_| !visitors.is_empty()) {
        aliases::lock_visitors(conn, &visitors)?;
        match (before, after) {
            // Only added (a check-in): a first visit can only move back, to this day; no
            // need to read all of a young person's check-ins again.
            (None, Some(after)) => {
                visitors =
                    rollups::move_first_visits_back(conn, organisation, &visitors, after.date)?;
            }
            _ => rollups::refill_first_visits(conn, organisation, &visitors)?,
        }
    }
    for ((organisation, unit, activity, month), change) in &difference.unit_rows {
        let row = Row::Unit(*organisation, *unit, *activity, *month);
        add_change(conn, &row, change)?;
    }
    for ((organisation, kind, month), change) in &difference.kind_rows {
        add_change(conn, &Row::Kind(*organisation, kind, *month), change)?;
    }
    if !visitors.is_empty() {
        rollups::copy_first_dates(conn, &visitors)?;
    }
    Ok(())
}

/// Moves what an activity's sessions add to the per-kind rows from its old kind to its new
/// one, by difference like every other write: month by month, the activity's unit rows are
/// taken from the old kind's rows and added to the new kind's. Call it in the transaction
/// that changed the kind, after the change: on PostgreSQL that change holds the activity's
/// row, which its sessions' writers share-lock (`share`), so none of them runs meanwhile.
pub fn change_kind(
    conn: &mut DbConn,
    organisation: OrganisationId,
    activity: ActivityId,
    (from, to): (&str, &str),
) -> QueryResult<()> {
    let mut kind_rows = BTreeMap::new();
    for (month, change) in activity_months(conn, organisation, activity)? {
        kind_rows.insert((from, month), change.negated());
        kind_rows.insert((to, month), change);
    }
    for ((kind, month), change) in &kind_rows {
        add_change(conn, &Row::Kind(organisation, kind, *month), change)?;
    }
    Ok(())
}

#[derive(QueryableByName)]
struct MonthFigures {
    #[diesel(sql_type = Date)]
    date: NaiveDate,
    #[diesel(sql_type = BigInt)]
    sessions: i64,
    #[diesel(sql_type = BigInt)]
    activity_minutes: i64,
    #[diesel(sql_type = BigInt)]
    youth_led_minutes: i64,
    #[diesel(sql_type = BigInt)]
    youth_producers: i64,
}

#[derive(QueryableByName)]
struct MonthCell {
    #[diesel(sql_type = Date)]
    date: NaiveDate,
    #[diesel(embed)]
    cell: CellRow,
}

#[derive(QueryableByName)]
struct MonthVisitor {
    #[diesel(sql_type = Date)]
    date: NaiveDate,
    #[diesel(embed)]
    visitor: VisitorRow,
}

/// What the activity's sessions add to the roll-ups, by month (over every unit it was at).
fn activity_months(
    conn: &mut DbConn,
    organisation: OrganisationId,
    activity: ActivityId,
) -> QueryResult<BTreeMap<NaiveDate, Change>> {
    let of_activity = |select: &str| {
        let mut sql = Sql::new(select);
        sql.push(" WHERE organisation_id = ")
            .bind(Bind::Id(organisation.get()))
            .push(" AND activity_id = ")
            .bind(Bind::Id(activity.get()));
        sql
    };
    let mut months: BTreeMap<NaiveDate, Change> = BTreeMap::new();
    let figures = of_activity(
        "SELECT date, sessions, activity_minutes, youth_led_minutes, youth_producers \
         FROM monthly_sessions",
    );
    for row in figures.load::<MonthFigures>(conn)? {
        let figures = Figures([
            row.sessions,
            row.activity_minutes,
            row.youth_led_minutes,
            row.youth_producers,
        ]);
        months.entry(row.date).or_default().figures.add(figures, 1);
    }
    let cells =
        of_activity("SELECT date, gender, age_min, age_max, visits FROM monthly_attendance");
    for MonthCell { date, cell } in cells.load::<MonthCell>(conn)? {
        let key = (cell.gender, cell.age_min, cell.age_max);
        *months
            .entry(date)
            .or_default()
            .cells
            .entry(key)
            .or_default() += cell.visits;
    }
    let visitors = of_activity("SELECT date, visitor_key, check_ins FROM monthly_visitors");
    for MonthVisitor { date, visitor } in visitors.load::<MonthVisitor>(conn)? {
        let change = months.entry(date).or_default();
        *change.visitors.entry(visitor.visitor_key).or_default() += visitor.check_ins;
    }
    Ok(months)
}

/// Adds one row's change: its figures, its cells and its visitors; then removes what came
/// down to nothing (only looked for after a loss).
fn add_change(conn: &mut DbConn, row: &Row<'_>, change: &Change) -> QueryResult<()> {
    let cells: Vec<(&Cell, i64)> = change
        .cells
        .iter()
        .filter(|(_, visits)| **visits != 0)
        .map(|(cell, visits)| (cell, *visits))
        .collect();
    add_figures(conn, row, change.figures)?;
    add_visits(conn, row, &cells)?;
    for (visitor, check_ins) in change.visitors.iter().filter(|(_, n)| **n != 0) {
        add_check_ins(conn, row, visitor, *check_ins)?;
    }
    let shrinks = [
        ("sessions", "sessions", change.figures.0[0] < 0),
        ("attendance", "visits", cells.iter().any(|(_, n)| *n < 0)),
        (
            "visitors",
            "check_ins",
            change.visitors.values().any(|n| *n < 0),
        ),
    ];
    for (what, column, _) in shrinks.iter().filter(|(_, _, shrinks)| *shrinks) {
        remove_empty(conn, row, what, column)?;
    }
    Ok(())
}

/// The roll-up rows a slice adds to: its unit's activity's month (`monthly_*`) and its
/// organisation's kind's month (`organisation_*`).
enum Row<'a> {
    Unit(OrganisationId, UnitId, ActivityId, NaiveDate),
    Kind(OrganisationId, &'a str, NaiveDate),
}

impl Row<'_> {
    fn table(&self, what: &str) -> String {
        match self {
            Row::Unit(..) => format!("monthly_{what}"),
            Row::Kind(..) => format!("organisation_{what}"),
        }
    }

    /// The key columns, in the order `key_values` binds them.
    fn key_columns(&self) -> &'static str {
        match self {
            Row::Unit(..) => "organisation_id, unit_id, activity_id, date",
            Row::Kind(..) => "organisation_id, kind, date",
        }
    }

    /// What identifies the row, minus the organisation (the conflict target).
    fn unique_columns(&self) -> &'static str {
        match self {
            Row::Unit(..) => "unit_id, activity_id, date",
            Row::Kind(..) => "organisation_id, date, kind",
        }
    }

    fn key_values(&self, sql: &mut Sql) {
        match self {
            Row::Unit(organisation, unit, activity, month) => {
                sql.bind(Bind::Id(organisation.get()))
                    .push(", ")
                    .bind(Bind::Id(unit.get()))
                    .push(", ")
                    .bind(Bind::Id(activity.get()))
                    .push(", ")
                    .bind(Bind::Day(*month));
            }
            Row::Kind(organisation, kind, month) => {
                sql.bind(Bind::Id(organisation.get()))
                    .push(", ")
                    .bind(Bind::Text((*kind).to_owned()))
                    .push(", ")
                    .bind(Bind::Day(*month));
            }
        }
    }

    /// `WHERE` the row's columns are its key.
    fn condition(&self, sql: &mut Sql) {
        match self {
            Row::Unit(_, unit, activity, month) => {
                sql.push(" WHERE unit_id = ")
                    .bind(Bind::Id(unit.get()))
                    .push(" AND activity_id = ")
                    .bind(Bind::Id(activity.get()))
                    .push(" AND date = ")
                    .bind(Bind::Day(*month));
            }
            Row::Kind(organisation, kind, month) => {
                sql.push(" WHERE organisation_id = ")
                    .bind(Bind::Id(organisation.get()))
                    .push(" AND date = ")
                    .bind(Bind::Day(*month))
                    .push(" AND kind = ")
                    .bind(Bind::Text((*kind).to_owned()));
            }
        }
    }
}

fn add_figures(conn: &mut DbConn, row: &Row<'_>, figures: Figures) -> QueryResult<()> {
    if figures == Figures::default() {
        return Ok(());
    }
    let table = row.table("sessions");
    let mut sql = Sql::prepared(&format!(
        "INSERT INTO {table} ({}, sessions, activity_minutes, youth_led_minutes, \
         youth_producers) VALUES (",
        row.key_columns()
    ));
    row.key_values(&mut sql);
    for value in figures.0 {
        sql.push(", ").bind(Bind::Id(value));
    }
    sql.push(&format!(
        ") ON CONFLICT ({}) DO UPDATE SET sessions = {table}.sessions + excluded.sessions, \
         activity_minutes = {table}.activity_minutes + excluded.activity_minutes, \
         youth_led_minutes = {table}.youth_led_minutes + excluded.youth_led_minutes, \
         youth_producers = {table}.youth_producers + excluded.youth_producers",
        row.unique_columns()
    ));
    sql.execute(conn).map(drop)
}

/// Adds the visits of each cell to its row, in one statement.
fn add_visits(conn: &mut DbConn, row: &Row<'_>, cells: &[(&Cell, i64)]) -> QueryResult<()> {
    if cells.is_empty() {
        return Ok(());
    }
    let table = row.table("attendance");
    let mut sql = Sql::prepared(&format!(
        "INSERT INTO {table} ({}, gender, age_min, age_max, visits) VALUES ",
        row.key_columns()
    ));
    for (index, ((gender, age_min, age_max), change)) in cells.iter().enumerate() {
        sql.push(if index == 0 { "(" } else { ", (" });
        row.key_values(&mut sql);
        sql.push(", ").bind(Bind::Text(gender.clone()));
        for age in [age_min, age_max] {
            sql.push(", ").bind(Bind::MaybeInt(*age));
        }
        sql.push(", ").bind(Bind::Id(*change)).push(")");
    }
    sql.push(&format!(
        " ON CONFLICT ({}, gender, (COALESCE(age_min, -1)), (COALESCE(age_max, -1))) \
         DO UPDATE SET visits = {table}.visits + excluded.visits",
        row.unique_columns()
    ));
    sql.execute(conn).map(drop)
}

/// Adds check-ins to the visitor's row, made with their first visit when it is new; takes
/// them from the row when `change` is negative (their first visit may be gone by then).
fn add_check_ins(conn: &mut DbConn, row: &Row<'_>, visitor: &str, change: i64) -> QueryResult<()> {
    let table = row.table("visitors");
    if change < 0 {
        let mut sql = Sql::prepared(&format!("UPDATE {table} SET check_ins = check_ins + "));
        sql.bind(Bind::Id(change));
        row.condition(&mut sql);
        sql.push(" AND visitor_key = ")
            .bind(Bind::Text(visitor.to_owned()));
        return sql.execute(conn).map(drop);
    }
    let mut sql = Sql::prepared(&format!(
        "INSERT INTO {table} ({}, visitor_key, check_ins, first_date) SELECT ",
        row.key_columns()
    ));
    row.key_values(&mut sql);
    sql.push(", ")
        .bind(Bind::Text(visitor.to_owned()))
        .push(", ")
        .bind(Bind::Id(change))
        .push(", f.date FROM first_visits f WHERE f.visitor_key = ")
        .bind(Bind::Text(visitor.to_owned()))
        .push(&format!(
            " ON CONFLICT ({}, visitor_key) DO UPDATE SET \
             check_ins = {table}.check_ins + excluded.check_ins",
            row.unique_columns()
        ));
    sql.execute(conn).map(drop)
}

/// Removes the row's `what` (figures, cells or visitors) whose `column` came down to nothing.
fn remove_empty(conn: &mut DbConn, row: &Row<'_>, what: &str, column: &str) -> QueryResult<()> {
    let mut sql = Sql::prepared(&format!("DELETE FROM {}", row.table(what)));
    row.condition(&mut sql);
    sql.push(&format!(" AND {column} = 0"));
    sql.execute(conn).map(drop)
}
