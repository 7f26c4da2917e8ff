//! Check-ins (SPEC 4): which session a check-in joins, opening the day's session where the
//! unit says so, and counting each alias once per session in its gender and exact age.

use logbook_shared::ids::{OrganisationId, SessionId};
pub mod kiosk;
pub mod privacy;

use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime, Timelike};
use diesel::result::{DatabaseErrorKind, Error as DieselError};
use logbook_shared::clock::{minute_of_day, runs_at, time_of_minute};
use logbook_shared::sessions::Gender;
use logbook_shared::sessions::{AuditAction, SessionInput};
use logbook_shared::structure::{Activity, ActivityKind};
use logbook_shared::visitors::{
    AliasInput, CheckIn, CheckInReceipt, age_in, alias_key, alias_text,
};
use logbook_shared::{ErrorCode, FieldError};

use crate::auth::policy::not_found;
use crate::auth::{Action, AuthUser, password, secret};
use crate::db::DbConn;
use crate::db::queries::aliases::{self, AliasRow, NewAlias};
use crate::db::queries::check_ins::{self, NewCheckIn};
use crate::db::queries::kiosks::KioskRow;
use crate::db::queries::rollup_changes;
use crate::db::queries::sessions::{self as stored, Joinable, Saving};
use crate::db::queries::{activities, organisations, units};
use crate::error::ApiError;

/// Who checks in at a kiosk: an alias found by its key, or one made there and then.
pub enum Visitor<'a> {
    Returning(AliasRow),
    New(NewAlias<'a>),
}

/// Checks `visitor` in at the kiosk's unit at `now` (the organisation's local time). A new
/// alias is stored only together with its first check-in.
pub fn at_kiosk(
    conn: &mut DbConn,
    kiosk: &KioskRow,
    now: NaiveDateTime,
    visitor: Visitor<'_>,
) -> Result<CheckInReceipt, ApiError> {
    crate::db::write_transaction(conn, |conn| {
        // Check-ins at the unit decide one at a time whether to open the day's session.
        units::lock(conn, kiosk.organisation_id, kiosk.unit())?;
        let session = session_now(conn, kiosk, now)?.ok_or_else(closed)?;
        // Read again under the session's lock: staff may have moved or deleted it meanwhile.
        stored::lock(conn, kiosk.organisation_id, session.id)?;
        let session = stored::joinable_by_id(conn, kiosk.organisation_id, session.id)?
            .filter(|moved| moved.unit_id == session.unit_id && moved.date == session.date)
            .ok_or_else(closed)?;
        let alias = match visitor {
            // Read again under the lock: staff or the purge may have erased it meanwhile.
            Visitor::Returning(alias) => aliases::get(conn, kiosk.organisation_id, alias.id)?
                .ok_or_else(|| unknown_alias("alias"))?,
            Visitor::New(new) => insert_alias(conn, kiosk.organisation_id, &new)?,
        };
        let (_, already_checked_in) = count_visit(conn, &session, &alias)?;
        Ok(CheckInReceipt {
            alias: alias.alias,
            session_id: session.id,
            activity_name: session.activity_name,
            already_checked_in,
        })
    })
}

/// The organisation as a new alias or a check-in needs it: its local time and consent rule.
pub struct Place {
    pub organisation_name: String,
    pub now: NaiveDateTime,
    pub consent_age: i32,
    pub consent_text: String,
}

impl Place {
    pub fn of(conn: &mut DbConn, organisation: OrganisationId) -> Result<Place, ApiError> {
        let organisation = organisations::get(conn, organisation)?.ok_or_else(not_found)?;
        let settings = organisation.settings()?;
        Ok(Place {
            now: organisation.local_now()?,
            organisation_name: organisation.name,
            consent_age: settings.digital_consent_age,
            consent_text: settings.consent_text,
        })
    }
}

/// A new alias as the kiosk and staff make it: checked against the organisation's consent
/// age this year, its PIN hashed, a fresh visitor key.
pub struct AliasDraft {
    text: String,
    key: String,
    birth_year: i32,
    gender: Gender,
    pin_hash: Option<String>,
    visitor_key: String,
}

impl AliasDraft {
    /// Checks the alias, then hashes its PIN apart from any database connection.
    pub async fn of(input: &AliasInput, place: &Place) -> Result<AliasDraft, ApiError> {
        let errors = input.check_against(place.now.year(), place.consent_age);
        if !errors.is_empty() {
            return Err(ApiError::invalid_fields(errors));
        }
        let pin_hash = match &input.pin {
            Some(pin) => Some(password::hash_apart(pin.clone()).await?),
            None => None,
        };
        Ok(AliasDraft {
            text: alias_text(&input.alias),
            key: alias_key(&input.alias),
            birth_year: input.birth_year,
            gender: input.gender,
            pin_hash,
            visitor_key: secret::new_id(),
        })
    }

    pub fn as_new(&self) -> NewAlias<'_> {
        NewAlias {
            alias: &self.text,
            alias_key: &self.key,
            birth_year: self.birth_year,
            gender: self.gender,
            pin_hash: self.pin_hash.as_deref(),
            visitor_key: &self.visitor_key,
        }
    }
}

/// Stores a new alias; one that is taken answers 422 naming `alias`. Staff register a young
/// person with it directly (nothing is counted until a check-in); a kiosk within its check-in.
pub fn insert_alias(
    conn: &mut DbConn,
    organisation: OrganisationId,
    new: &NewAlias<'_>,
) -> Result<AliasRow, ApiError> {
    match aliases::insert(conn, organisation, new) {
        Err(DieselError::DatabaseError(DatabaseErrorKind::UniqueViolation, _)) => {
            Err(alias_taken())
        }
        other => Ok(other?),
    }
}

/// Staff check a young person in to a session they may log (no PIN needed).
pub fn by_staff(
    conn: &mut DbConn,
    auth: &AuthUser,
    organisation: OrganisationId,
    session_id: SessionId,
    alias: &str,
) -> Result<(CheckIn, bool), ApiError> {
    let session = stored::joinable_by_id(conn, organisation, session_id)?.ok_or_else(not_found)?;
    auth.authorize(Action::LogSessions(session.unit_id))?;
    let key = alias_key(alias);
    crate::db::write_transaction(conn, |conn| {
        stored::lock(conn, organisation, session_id)?;
        // Read again under the lock: a colleague may have moved or deleted it meanwhile.
        let session =
            stored::joinable_by_id(conn, organisation, session_id)?.ok_or_else(not_found)?;
        auth.authorize(Action::LogSessions(session.unit_id))?;
        let alias = aliases::find_by_key(conn, organisation, &key)?
            .ok_or_else(|| unknown_alias("alias"))?;
        count_visit(conn, &session, &alias)
    })
}

/// The one answer for an alias that is not there or a PIN that does not match, so that a
/// guess learns nothing more than "no".
pub fn unknown_alias(path: &str) -> ApiError {
    ApiError::invalid_fields(vec![FieldError::new(
        path,
        "not_recognised",
        "No such alias, or the PIN does not match",
    )])
}

fn alias_taken() -> ApiError {
    ApiError::invalid_fields(vec![FieldError::new(
        "alias",
        "taken",
        "Someone has this alias already; choose another",
    )])
}

fn closed() -> ApiError {
    ApiError::new(
        ErrorCode::CheckInClosed,
        "No session is open at this unit now",
    )
}

/// Adds the alias to the session once; the second time answers the first check-in.
fn count_visit(
    conn: &mut DbConn,
    session: &Joinable,
    alias: &AliasRow,
) -> Result<(CheckIn, bool), ApiError> {
    if let Some(id) = check_ins::find(conn, session.id, &alias.visitor_key)? {
        return Ok((check_ins::get(conn, id)?, true));
    }
    let age = age_in(session.date.year(), alias.birth_year);
    if age < 0 {
        return Err(ApiError::invalid_fields(vec![
            crate::sessions::before_birth("alias"),
        ]));
    }
    let kind = activities::hold_kind(conn, alias.organisation_id, session.activity_id)?
        .ok_or_else(not_found)?;
    let check_in = NewCheckIn {
        organisation_id: alias.organisation_id,
        session_id: session.id,
        alias_id: alias.id,
        visitor_key: &alias.visitor_key,
        gender: alias.gender()?,
        age,
    };
    let id = check_ins::insert(conn, &check_in)?;
    // Before the roll-ups: the alias's row lock makes two check-ins of one young person
    // (whose first visit both read) come one after the other.
    aliases::touch(conn, alias.id, crate::db::queries::now())?;
    let share = rollup_changes::share_of_check_in(session, kind, &check_in);
    rollup_changes::apply(conn, None, Some(&share))?;
    Ok((check_ins::get(conn, id)?, false))
}

/// The session of one of the unit's open activities running at `now`; else, when the unit
/// says so, the day's session of its default open activity, opened if there is none yet.
fn session_now(
    conn: &mut DbConn,
    kiosk: &KioskRow,
    now: NaiveDateTime,
) -> Result<Option<Joinable>, ApiError> {
    let (organisation, today) = (kiosk.organisation_id, now.date());
    let yesterday = today.pred_opt().unwrap_or(today);
    let running = stored::open_on(conn, organisation, kiosk.unit(), &[yesterday, today])?
        .into_iter()
        .find(|session| {
            let (start, end) = (
                time_of_minute(session.start_minute),
                time_of_minute(session.end_minute),
            );
            runs_at(session.date, start, end, now)
        });
    if running.is_some() {
        return Ok(running);
    }
    let unit = units::get(conn, organisation, kiosk.unit())?.ok_or_else(not_found)?;
    let Some(activity_id) = unit
        .default_open_activity_id
        .filter(|_| unit.check_in_opens_session)
    else {
        return Ok(None);
    };
    let Some(activity) = activities::get(conn, organisation, activity_id)?
        .filter(|a| a.kind == ActivityKind::Open && !a.archived && a.unit_id == unit.id)
    else {
        return Ok(None);
    };
    let (day, start_time, end_time) = opening(&activity, now);
    if let Some(day_session) = stored::of_activity_on(conn, organisation, activity.id, day)? {
        return Ok(Some(day_session));
    }
    let input = SessionInput {
        activity_id: activity.id,
        date: day,
        start_time,
        end_time,
        attendance: Vec::new(),
        youth_led: false,
        youth_producers: 0,
        staff_count: 0,
        volunteer_count: 0,
        notes: String::new(),
        reflection_answers: Vec::new(),
        aim_ids: Vec::new(),
    };
    let saving = Saving {
        organisation_id: organisation,
        unit_id: unit.id,
        user_id: kiosk.created_by,
        kiosk_id: Some(kiosk.id),
    };
    let created = stored::insert(conn, saving, &input, activity.kind)?;
    let id = created.id;
    crate::sessions::record(conn, saving, id, AuditAction::Created, None, Some(&created))?;
    crate::sessions::count_in_rollups(conn, id, None)?;
    Ok(stored::joinable_by_id(conn, organisation, id)?)
}

/// How long a session opened by a check-in lasts when the activity has no usual times that
/// hold the moment; staff correct the times later.
const OPENED_SESSION_MINUTES: i32 = 120;

/// The day and times of the session to open: the activity's usual times when they hold
/// `now` (yesterday's, when they cross midnight and it is past it); else today from the
/// quarter hour before now.
fn opening(activity: &Activity, now: NaiveDateTime) -> (NaiveDate, NaiveTime, NaiveTime) {
    let today = now.date();
    if let (Some(start), Some(end)) = (activity.usual_start_time, activity.usual_end_time) {
        let yesterday = today.pred_opt().unwrap_or(today);
        if let Some(day) = [yesterday, today]
            .into_iter()
            .find(|day| runs_at(*day, start, end, now))
        {
            return (day, start, end);
        }
    }
    let past_quarter = i32::try_from(now.time().minute() % 15).unwrap_or(0);
    let start = minute_of_day(now.time()) - past_quarter;
    (
        today,
        time_of_minute(start),
        time_of_minute(start + OPENED_SESSION_MINUTES),
    )
}
