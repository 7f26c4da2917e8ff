//! Sessions with their attendance cells, reflection answers and linked aims.

use logbook_shared::ids::{
    ActivityId, AimId, KioskId, OrganisationId, QuestionId, SessionId, UnitId, UserId,
};
use std::collections::HashMap;

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use logbook_shared::ListQuery;
use logbook_shared::clock::{minute_of_day, time_of_minute};
use logbook_shared::sessions::{
    AttendanceRow, Gender, ReflectionAnswer, Session, SessionFilter, SessionInput,
};
use logbook_shared::structure::ActivityKind;

use crate::db::DbConn;
use crate::db::schema::{activities, attendance, reflection_answers, session_aims, sessions};

/// The whole row, in table order (bulk loads insert it whole, ids given).
#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = sessions, treat_none_as_default_value = false)]
pub struct SessionRow {
    pub id: SessionId,
    pub organisation_id: OrganisationId,
    pub unit_id: UnitId,
    pub activity_id: ActivityId,
    pub date: NaiveDate,
    pub start_minute: i32,
    pub end_minute: i32,
    pub duration_minutes: i32,
    pub youth_led: bool,
    pub youth_producers: i32,
    pub staff_count: i32,
    pub volunteer_count: i32,
    pub notes: String,
    pub created_by: UserId,
    pub created_at: NaiveDateTime,
    pub updated_by: UserId,
    pub updated_at: NaiveDateTime,
}

/// The columns an input sets, on insert and on update alike.
#[derive(AsChangeset, Insertable)]
#[diesel(table_name = sessions)]
struct SessionChanges<'a> {
    unit_id: UnitId,
    activity_id: ActivityId,
    date: NaiveDate,
    start_minute: i32,
    end_minute: i32,
    duration_minutes: i32,
    youth_led: bool,
    youth_producers: i32,
    staff_count: i32,
    volunteer_count: i32,
    notes: &'a str,
    updated_by: UserId,
    updated_at: NaiveDateTime,
}

impl<'a> SessionChanges<'a> {
    fn new(input: &'a SessionInput, unit_id: UnitId, user_id: UserId) -> Self {
        SessionChanges {
            unit_id,
            activity_id: input.activity_id,
            date: input.date,
            start_minute: minute_of_day(input.start_time),
            end_minute: minute_of_day(input.end_time),
            duration_minutes: input.duration_minutes(),
            youth_led: input.youth_led,
            youth_producers: input.youth_producers,
            staff_count: input.staff_count,
            volunteer_count: input.volunteer_count,
            notes: input.notes.trim(),
            updated_by: user_id,
            updated_at: super::now(),
        }
    }
}

/// Who saves a session, and the unit its activity belongs to.
#[derive(Debug, Clone, Copy)]
pub struct Saving {
    pub organisation_id: OrganisationId,
    pub unit_id: UnitId,
    pub user_id: UserId,
    /// A kiosk opening the day's session; `user_id` is then the one who registered it.
    pub kiosk_id: Option<KioskId>,
}

/// Stores a new session of an activity of `kind`, and answers it as `get` would read it back
/// (without reading: a write's time is held short); `input` has no empty cells or answers
/// (see `without_empty_entries`).
pub fn insert(
    conn: &mut DbConn,
    saving: Saving,
    input: &SessionInput,
    kind: ActivityKind,
) -> QueryResult<Session> {
    let row: SessionRow = diesel::insert_into(sessions::table)
        .values((
            sessions::organisation_id.eq(saving.organisation_id),
            SessionChanges::new(input, saving.unit_id, saving.user_id),
            sessions::created_by.eq(saving.user_id),
            sessions::created_at.eq(super::now()),
        ))
        .get_result(conn)?;
    set_children(conn, saving.organisation_id, row.id, input)?;
    let mut answers: Vec<ReflectionAnswer> = (input.reflection_answers.iter())
        .map(|answer| ReflectionAnswer {
            question_id: answer.question_id,
            answer: answer.answer.trim().to_owned(),
        })
        .collect();
    answers.sort_by_key(|answer| answer.question_id);
    let mut aims = input.aim_ids.clone();
    aims.sort();
    let children = Children {
        attendance: input.attendance.clone(),
        checked_in: Vec::new(),
        answers,
        aims,
    };
    Ok(assemble(row, kind, children))
}

/// Replaces a session's fields and children; false when there is no such session.
pub fn update(
    conn: &mut DbConn,
    saving: Saving,
    id: SessionId,
    input: &SessionInput,
) -> QueryResult<bool> {
    let changed = diesel::update(
        sessions::table
            .filter(sessions::organisation_id.eq(saving.organisation_id))
            .filter(sessions::id.eq(id)),
    )
    .set(SessionChanges::new(input, saving.unit_id, saving.user_id))
    .execute(conn)?;
    if changed == 0 {
        return Ok(false);
    }
    clear_children(conn, id)?;
    set_children(conn, saving.organisation_id, id, input)?;
    Ok(true)
}

/// Its attendance, answers and aim links go with it (`ON DELETE CASCADE`).
pub fn delete(
    conn: &mut DbConn,
    organisation_id: OrganisationId,
    id: SessionId,
) -> QueryResult<bool> {
    let deleted = diesel::delete(
        sessions::table
            .filter(sessions::organisation_id.eq(organisation_id))
            .filter(sessions::id.eq(id)),
    )
    .execute(conn)?;
    Ok(deleted > 0)
}

pub fn get(
    conn: &mut DbConn,
    organisation_id: OrganisationId,
    id: SessionId,
) -> QueryResult<Option<Session>> {
    let rows = sessions::table
        .inner_join(activities::table)
        .filter(sessions::organisation_id.eq(organisation_id))
        .filter(sessions::id.eq(id))
        .select((SessionRow::as_select(), activities::kind))
        .load::<(SessionRow, String)>(conn)?;
    Ok(with_children(conn, rows)?.pop())
}

/// The organisation's sessions matching `filter`, newest first (by date, start, id), limited
/// to the units in `scope` when given. The cursor is the id of the last session of the
/// previous page; `None` when that session no longer exists.
pub fn list(
    conn: &mut DbConn,
    organisation_id: OrganisationId,
    scope: Option<&[UnitId]>,
    filter: &SessionFilter,
    page: &ListQuery,
) -> QueryResult<Option<Vec<Session>>> {
    let mut query = sessions::table
        .inner_join(activities::table)
        .filter(sessions::organisation_id.eq(organisation_id))
        .select((SessionRow::as_select(), activities::kind))
        .order((
            sessions::date.desc(),
            sessions::start_minute.desc(),
            sessions::id.desc(),
        ))
        .limit(super::fetch_limit(page.limit()))
        .into_boxed();
    if let Some(cursor) = page.cursor {
        let position = sessions::table
            .filter(sessions::organisation_id.eq(organisation_id))
            .filter(sessions::id.eq(cursor))
            .select((sessions::date, sessions::start_minute))
            .first::<(NaiveDate, i32)>(conn)
            .optional()?;
        let Some((date, start)) = position else {
            return Ok(None);
        };
        query = query.filter(
            sessions::date.lt(date).or(sessions::date.eq(date).and(
                sessions::start_minute.lt(start).or(sessions::start_minute
                    .eq(start)
                    .and(sessions::id.lt(cursor))),
            )),
        );
    }
    if let Some(unit_ids) = scope {
        query = query.filter(sessions::unit_id.eq_any(unit_ids.to_vec()));
    }
    if let Some(unit_id) = filter.unit_id {
        query = query.filter(sessions::unit_id.eq(unit_id));
    }
    if let Some(activity_id) = filter.activity_id {
        query = query.filter(sessions::activity_id.eq(activity_id));
    }
    if let Some(kind) = filter.kind {
        query = query.filter(activities::kind.eq(kind.as_str()));
    }
    if let Some(from) = filter.from {
        query = query.filter(sessions::date.ge(from));
    }
    if let Some(to) = filter.to {
        query = query.filter(sessions::date.le(to));
    }
    let rows = query.load::<(SessionRow, String)>(conn)?;
    with_children(conn, rows).map(Some)
}

/// (session id, gender, age_min, age_max, count, checked_in)
type StoredCell = (SessionId, String, Option<i32>, Option<i32>, i32, bool);

fn with_children(conn: &mut DbConn, rows: Vec<(SessionRow, String)>) -> QueryResult<Vec<Session>> {
    let ids: Vec<SessionId> = rows.iter().map(|(row, _)| row.id).collect();
    let mut cells: HashMap<(SessionId, bool), Vec<AttendanceRow>> = HashMap::new();
    // One id is compared with `=`, not `IN (…)`: SQLite keeps that statement prepared (a
    // list's statement is prepared again each time), and a single session is the common case.
    let mut stored_cells = attendance::table.order(attendance::id).into_boxed();
    stored_cells = match ids.as_slice() {
        [id] => stored_cells.filter(attendance::session_id.eq(*id)),
        _ => stored_cells.filter(attendance::session_id.eq_any(ids.clone())),
    };
    let stored_cells: Vec<StoredCell> = stored_cells
        .select((
            attendance::session_id,
            attendance::gender,
            attendance::age_min,
            attendance::age_max,
            attendance::count,
            attendance::checked_in,
        ))
        .load(conn)?;
    for (session_id, gender, age_min, age_max, count, checked_in) in stored_cells {
        cells
            .entry((session_id, checked_in))
            .or_default()
            .push(AttendanceRow {
                gender: super::stored(&gender, Gender::parse)?,
                age_min,
                age_max,
                count,
            });
    }
    let mut answers: HashMap<SessionId, Vec<ReflectionAnswer>> = HashMap::new();
    let mut stored_answers = reflection_answers::table.into_boxed();
    stored_answers = match ids.as_slice() {
        [id] => stored_answers.filter(reflection_answers::session_id.eq(*id)),
        _ => stored_answers.filter(reflection_answers::session_id.eq_any(ids.clone())),
    };
    let stored_answers: Vec<(SessionId, QuestionId, String)> = stored_answers
        .order((
            reflection_answers::session_id,
            reflection_answers::question_id,
        ))
        .select((
            reflection_answers::session_id,
            reflection_answers::question_id,
            reflection_answers::answer,
        ))
        .load(conn)?;
    for (session_id, question_id, answer) in stored_answers {
        answers
            .entry(session_id)
            .or_default()
            .push(ReflectionAnswer {
                question_id,
                answer,
            });
    }
    let mut aims: HashMap<SessionId, Vec<AimId>> = HashMap::new();
    let mut stored_aims = session_aims::table.into_boxed();
    stored_aims = match ids.as_slice() {
        [id] => stored_aims.filter(session_aims::session_id.eq(*id)),
        _ => stored_aims.filter(session_aims::session_id.eq_any(ids.clone())),
    };
    let stored_aims: Vec<(SessionId, AimId)> = stored_aims
        .order((session_aims::session_id, session_aims::aim_id))
        .select((session_aims::session_id, session_aims::aim_id))
        .load(conn)?;
    for (session_id, aim_id) in stored_aims {
        aims.entry(session_id).or_default().push(aim_id);
    }
    rows.into_iter()
        .map(|(row, kind)| {
            let children = Children {
                attendance: cells.remove(&(row.id, false)).unwrap_or_default(),
                checked_in: cells.remove(&(row.id, true)).unwrap_or_default(),
                answers: answers.remove(&row.id).unwrap_or_default(),
                aims: aims.remove(&row.id).unwrap_or_default(),
            };
            Ok(assemble(
                row,
                super::stored(&kind, ActivityKind::parse)?,
                children,
            ))
        })
        .collect()
}

/// A session's rows in other tables, each in the order `get` reads them.
struct Children {
    attendance: Vec<AttendanceRow>,
    checked_in: Vec<AttendanceRow>,
    answers: Vec<ReflectionAnswer>,
    aims: Vec<AimId>,
}

fn assemble(row: SessionRow, kind: ActivityKind, children: Children) -> Session {
    let Children {
        attendance,
        checked_in,
        answers,
        aims,
    } = children;
    Session {
        id: row.id,
        activity_id: row.activity_id,
        unit_id: row.unit_id,
        activity_kind: kind,
        date: row.date,
        start_time: time_of_minute(row.start_minute),
        end_time: time_of_minute(row.end_minute),
        duration_minutes: row.duration_minutes,
        visits: attendance
            .iter()
            .chain(&checked_in)
            .map(|cell| cell.count)
            .sum(),
        attendance,
        checked_in,
        youth_led: row.youth_led,
        youth_producers: row.youth_producers,
        staff_count: row.staff_count,
        volunteer_count: row.volunteer_count,
        notes: row.notes,
        reflection_answers: answers,
        aim_ids: aims,
        created_by: row.created_by,
        created_at: row.created_at,
        updated_by: row.updated_by,
        updated_at: row.updated_at,
    }
}

/// The rows check-ins counted stay: an edit changes what staff entered.
fn clear_children(conn: &mut DbConn, session_id: SessionId) -> QueryResult<()> {
    diesel::delete(
        attendance::table
            .filter(attendance::session_id.eq(session_id))
            .filter(attendance::checked_in.eq(false)),
    )
    .execute(conn)?;
    diesel::delete(reflection_answers::table.filter(reflection_answers::session_id.eq(session_id)))
        .execute(conn)?;
    diesel::delete(session_aims::table.filter(session_aims::session_id.eq(session_id)))
        .execute(conn)?;
    Ok(())
}

// One row at a time: multi-row VALUES does not compile through the two-engine connection.
fn set_children(
    conn: &mut DbConn,
    organisation_id: OrganisationId,
    session_id: SessionId,
    input: &SessionInput,
) -> QueryResult<()> {
    for cell in &input.attendance {
        diesel::insert_into(attendance::table)
            .values((
                attendance::organisation_id.eq(organisation_id),
                attendance::session_id.eq(session_id),
                attendance::gender.eq(cell.gender.as_str()),
                attendance::age_min.eq(cell.age_min),
                attendance::age_max.eq(cell.age_max),
                attendance::count.eq(cell.count),
            ))
            .execute(conn)?;
    }
    for answer in &input.reflection_answers {
        diesel::insert_into(reflection_answers::table)
            .values((
                reflection_answers::session_id.eq(session_id),
                reflection_answers::question_id.eq(answer.question_id),
                reflection_answers::organisation_id.eq(organisation_id),
                reflection_answers::answer.eq(answer.answer.trim()),
            ))
            .execute(conn)?;
    }
    for aim_id in &input.aim_ids {
        diesel::insert_into(session_aims::table)
            .values((
                session_aims::session_id.eq(session_id),
                session_aims::aim_id.eq(*aim_id),
                session_aims::organisation_id.eq(organisation_id),
            ))
            .execute(conn)?;
    }
    Ok(())
}

/// A session a check-in may join.
#[derive(Debug, Clone, Queryable)]
pub struct Joinable {
    pub id: SessionId,
    pub unit_id: UnitId,
    pub activity_id: ActivityId,
    pub date: NaiveDate,
    pub start_minute: i32,
    pub end_minute: i32,
    pub activity_name: String,
}

fn joinable_columns() -> (
    sessions::id,
    sessions::unit_id,
    sessions::activity_id,
    sessions::date,
    sessions::start_minute,
    sessions::end_minute,
    activities::name,
) {
    (
        sessions::id,
        sessions::unit_id,
        sessions::activity_id,
        sessions::date,
        sessions::start_minute,
        sessions::end_minute,
        activities::name,
    )
}

/// The unit's sessions of `open` activities on these days, earliest start first.
pub fn open_on(
    conn: &mut DbConn,
    organisation_id: OrganisationId,
    unit_id: UnitId,
    dates: &[NaiveDate],
) -> QueryResult<Vec<Joinable>> {
    sessions::table
        .inner_join(activities::table)
        .filter(sessions::organisation_id.eq(organisation_id))
        .filter(sessions::unit_id.eq(unit_id))
        .filter(sessions::date.eq_any(dates.to_vec()))
        .filter(activities::kind.eq(ActivityKind::Open.as_str()))
        .order((sessions::date, sessions::start_minute, sessions::id))
        .select(joinable_columns())
        .load(conn)
}

/// Holds the session until the transaction ends: its writers (edits, deletes, check-ins)
/// come one after the other, each reading what the one before left. PostgreSQL locks the
/// row; SQLite has one writer at a time anyway. A missing session locks nothing.
pub fn lock(conn: &mut DbConn, organisation_id: OrganisationId, id: SessionId) -> QueryResult<()> {
    match conn {
        DbConn::Pg(pg) => sessions::table
            .filter(sessions::organisation_id.eq(organisation_id))
            .filter(sessions::id.eq(id))
            .select(sessions::id)
            .for_no_key_update()
            .load::<SessionId>(pg)
            .map(drop),
        DbConn::Sqlite(_) => Ok(()),
    }
}

/// The session `id` as a check-in sees it.
pub fn joinable_by_id(
    conn: &mut DbConn,
    organisation_id: OrganisationId,
    id: SessionId,
) -> QueryResult<Option<Joinable>> {
    sessions::table
        .inner_join(activities::table)
        .filter(sessions::organisation_id.eq(organisation_id))
        .filter(sessions::id.eq(id))
        .select(joinable_columns())
        .first(conn)
        .optional()
}

/// The first session of the activity on `date`.
pub fn of_activity_on(
    conn: &mut DbConn,
    organisation_id: OrganisationId,
    activity_id: ActivityId,
    date: NaiveDate,
) -> QueryResult<Option<Joinable>> {
    sessions::table
        .inner_join(activities::table)
        .filter(sessions::organisation_id.eq(organisation_id))
        .filter(sessions::activity_id.eq(activity_id))
        .filter(sessions::date.eq(date))
        .order((sessions::start_minute, sessions::id))
        .select(joinable_columns())
        .first(conn)
        .optional()
}
