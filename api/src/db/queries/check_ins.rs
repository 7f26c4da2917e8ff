//! Check-ins: one alias at one session. Each also counts in the session's attendance (a
//! `checked_in` row of its gender and exact age), which is where visits are summed.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use logbook_shared::ids::{AliasId, CheckInId, OrganisationId, SessionId};
use logbook_shared::sessions::Gender;
use logbook_shared::visitors::{CheckIn, ExportedCheckIn};

use crate::db::DbConn;
use crate::db::schema::{activities, aliases, attendance, check_ins, sessions, units};

/// A check-in about to be stored.
pub struct NewCheckIn<'a> {
    pub organisation_id: OrganisationId,
    pub session_id: SessionId,
    pub alias_id: AliasId,
    pub visitor_key: &'a str,
    pub gender: Gender,
    pub age: i32,
}

type CheckInRow = (
    CheckInId,
    SessionId,
    Option<String>,
    String,
    i32,
    NaiveDateTime,
);

fn to_dto((id, session_id, alias, gender, age, checked_in_at): CheckInRow) -> QueryResult<CheckIn> {
    Ok(CheckIn {
        id,
        session_id,
        alias,
        gender: super::stored(&gender, Gender::parse)?,
        age,
        checked_in_at,
    })
}

/// The whole row, in table order (an insert reads it back whole).
#[derive(Queryable)]
struct StoredCheckIn {
    id: CheckInId,
    _organisation_id: OrganisationId,
    _session_id: SessionId,
    _alias_id: Option<AliasId>,
    _visitor_key: String,
    _gender: String,
    _age: i32,
    _checked_in_at: NaiveDateTime,
}

/// Stores the check-in and adds one to the session's attendance.
pub fn insert(conn: &mut DbConn, new: &NewCheckIn<'_>) -> QueryResult<CheckInId> {
    let stored: StoredCheckIn = diesel::insert_into(check_ins::table)
        .values((
            check_ins::organisation_id.eq(new.organisation_id),
            check_ins::session_id.eq(new.session_id),
            check_ins::alias_id.eq(new.alias_id),
            check_ins::visitor_key.eq(new.visitor_key),
            check_ins::gender.eq(new.gender.as_str()),
            check_ins::age.eq(new.age),
            check_ins::checked_in_at.eq(super::now()),
        ))
        .get_result(conn)?;
    count_in_attendance(conn, new)?;
    Ok(stored.id)
}

fn count_in_attendance(conn: &mut DbConn, new: &NewCheckIn<'_>) -> QueryResult<()> {
    let row = attendance::table
        .filter(attendance::session_id.eq(new.session_id))
        .filter(attendance::checked_in.eq(true))
        .filter(attendance::gender.eq(new.gender.as_str()))
        .filter(attendance::age_min.eq(new.age))
        .filter(attendance::age_max.eq(new.age));
    let counted = diesel::update(row)
        .set(attendance::count.eq(attendance::count + 1))
        .execute(conn)?;
    if counted > 0 {
        return Ok(());
    }
    diesel::insert_into(attendance::table)
        .values((
            attendance::organisation_id.eq(new.organisation_id),
            attendance::session_id.eq(new.session_id),
            attendance::gender.eq(new.gender.as_str()),
            attendance::age_min.eq(new.age),
            attendance::age_max.eq(new.age),
            attendance::count.eq(1),
            attendance::checked_in.eq(true),
        ))
        .execute(conn)
        .map(drop)
}

fn select_dto() -> (
    check_ins::id,
    check_ins::session_id,
    diesel::dsl::Nullable<aliases::alias>,
    check_ins::gender,
    check_ins::age,
    check_ins::checked_in_at,
) {
    (
        check_ins::id,
        check_ins::session_id,
        aliases::alias.nullable(),
        check_ins::gender,
        check_ins::age,
        check_ins::checked_in_at,
    )
}

/// Ages at a visit are the session's year minus the birth year: when a session moves to
/// another year, its check-ins and the attendance they counted age with it (also those of
/// erased aliases, whose birth year is gone).
pub fn shift_ages(conn: &mut DbConn, session_id: SessionId, years: i32) -> QueryResult<()> {
    diesel::update(check_ins::table.filter(check_ins::session_id.eq(session_id)))
        .set(check_ins::age.eq(check_ins::age + years))
        .execute(conn)?;
    diesel::update(
        attendance::table
            .filter(attendance::session_id.eq(session_id))
            .filter(attendance::checked_in.eq(true)),
    )
    .set((
        attendance::age_min.eq(attendance::age_min + years),
        attendance::age_max.eq(attendance::age_max + years),
    ))
    .execute(conn)
    .map(drop)
}

/// The lowest age at a visit among the session's check-ins.
pub fn youngest_age(conn: &mut DbConn, session_id: SessionId) -> QueryResult<Option<i32>> {
    check_ins::table
        .filter(check_ins::session_id.eq(session_id))
        .select(diesel::dsl::min(check_ins::age))
        .first(conn)
}

pub fn get(conn: &mut DbConn, id: CheckInId) -> QueryResult<CheckIn> {
    let row: CheckInRow = check_ins::table
        .left_join(aliases::table)
        .filter(check_ins::id.eq(id))
        .select(select_dto())
        .first(conn)?;
    to_dto(row)
}

/// The visitor's check-in to the session, if there is one already.
pub fn find(
    conn: &mut DbConn,
    session_id: SessionId,
    visitor_key: &str,
) -> QueryResult<Option<CheckInId>> {
    check_ins::table
        .filter(check_ins::session_id.eq(session_id))
        .filter(check_ins::visitor_key.eq(visitor_key))
        .select(check_ins::id)
        .first(conn)
        .optional()
}

pub fn of_session(conn: &mut DbConn, session_id: SessionId) -> QueryResult<Vec<CheckIn>> {
    let rows: Vec<CheckInRow> = check_ins::table
        .left_join(aliases::table)
        .filter(check_ins::session_id.eq(session_id))
        .order(check_ins::id)
        .select(select_dto())
        .load(conn)?;
    rows.into_iter().map(to_dto).collect()
}

/// Where and when the alias checked in, for its export.
pub fn of_alias(conn: &mut DbConn, alias_id: AliasId) -> QueryResult<Vec<ExportedCheckIn>> {
    let rows: Vec<(NaiveDateTime, String, String, NaiveDate, i32)> = check_ins::table
        .inner_join(
            sessions::table
                .inner_join(activities::table)
                .inner_join(units::table.on(units::id.eq(sessions::unit_id))),
        )
        .filter(check_ins::alias_id.eq(alias_id))
        .order(check_ins::id)
        .select((
            check_ins::checked_in_at,
            units::name,
            activities::name,
            sessions::date,
            check_ins::age,
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(
            |(checked_in_at, unit, activity, session_date, age)| ExportedCheckIn {
                checked_in_at,
                unit,
                activity,
                session_date,
                age,
            },
        )
        .collect())
}
