//! Saving sessions: the rules that need the database (the activity and its unit, the
//! organisation's age bands, which reflection questions and aims apply), an audit entry for
//! every change, and replaying a repeated create.

use logbook_shared::ids::{ActivityId, AimId, OrganisationId, QuestionId, SessionId, UnitId};
pub mod audit;
pub mod idempotency;

use chrono::{Datelike, Duration, NaiveDate, Utc};
use diesel::result::{DatabaseErrorKind, Error as DieselError};
use logbook_shared::sessions::{AuditAction, Session, SessionInput};
use logbook_shared::structure::{Activity, ActivityKind};
use logbook_shared::{ErrorCode, FieldError};

use crate::auth::policy::not_found;
use crate::auth::{Action, AuthUser};
use crate::db::DbConn;
use crate::db::queries::rollup_changes::{self, Share};
use crate::db::queries::sessions::{self as stored, Saving};
use crate::db::queries::{
    activities, aims, check_ins, idempotency_keys, organisations, reflection_questions,
    session_audit,
};
use crate::error::ApiError;
use idempotency::IdempotencyKey;

/// A create's answer: the session, and whether it was made by an earlier request.
pub struct Created {
    pub session: Session,
    pub replayed: bool,
}

/// Creates a session once per idempotency key: a repeat (also one racing the first) answers
/// the first result.
pub fn create(
    conn: &mut DbConn,
    auth: &AuthUser,
    organisation: OrganisationId,
    key: &IdempotencyKey,
    input: SessionInput,
) -> Result<Created, ApiError> {
    let hash = idempotency::request_hash(&input)?;
    if let Some(first) = replay(conn, auth, organisation, key, &hash)? {
        return Ok(first);
    }
    let input = input.without_empty_entries();
    let saving = check(conn, auth, organisation, &input, None)?;
    // Nothing is locked but the activity's kind: a new session only adds to the roll-ups, and
    // additions commute. The transaction reads nothing back: it is one writer's turn.
    let outcome = crate::db::write_transaction::<_, DieselError, _>(conn, |conn| {
        let kind = activities::hold_kind(conn, organisation, input.activity_id)?
            .ok_or(DieselError::NotFound)?;
        let session = stored::insert(conn, saving, &input, kind)?;
        idempotency_keys::insert(conn, saving.user_id, &key.0, &hash, session.id)?;
        record(
            conn,
            saving,
            session.id,
            AuditAction::Created,
            None,
            Some(&session),
        )?;
        let share = rollup_changes::share_of_new(organisation, &session);
        rollup_changes::apply(conn, None, Some(&share))?;
        Ok(session)
    });
    match outcome {
        Ok(session) => Ok(Created {
            session,
            replayed: false,
        }),
        // An identical request got there first and has committed.
        Err(DieselError::DatabaseError(DatabaseErrorKind::UniqueViolation, _)) => {
            replay(conn, auth, organisation, key, &hash)?
                .ok_or_else(|| ApiError::internal("an idempotency key clashed but is not stored"))
        }
        Err(error) => Err(error.into()),
    }
}

/// Replaces a session's content; answers `None` when it does not exist for the caller.
pub fn update(
    conn: &mut DbConn,
    auth: &AuthUser,
    organisation: OrganisationId,
    id: SessionId,
    input: SessionInput,
) -> Result<Session, ApiError> {
    let current = visible(conn, auth, organisation, id)?;
    let input = input.without_empty_entries();
    let saving = check(conn, auth, organisation, &input, Some(&current))?;
    crate::db::write_transaction(conn, |conn| {
        // What this change replaces, read under the lock: a colleague may have changed or
        // deleted it since.
        let before = locked(conn, auth, organisation, id)?;
        let counted = rollup_changes::share(conn, id)?;
        stored::update(conn, saving, id, &input)?;
        let years = input.date.year() - before.date.year();
        if years != 0 {
            if check_ins::youngest_age(conn, id)?.is_some_and(|age| age + years < 0) {
                return Err(refuse(vec![before_birth("date")]));
            }
            check_ins::shift_ages(conn, id, years)?;
        }
        let session = stored::get(conn, organisation, id)?.ok_or_else(not_found)?;
        record(
            conn,
            saving,
            id,
            AuditAction::Updated,
            Some(&before),
            Some(&session),
        )?;
        count_in_rollups(conn, id, counted)?;
        Ok(session)
    })
}

pub fn delete(
    conn: &mut DbConn,
    auth: &AuthUser,
    organisation: OrganisationId,
    id: SessionId,
) -> Result<(), ApiError> {
    crate::db::write_transaction(conn, |conn| {
        let current = locked(conn, auth, organisation, id)?;
        let saving = Saving {
            organisation_id: organisation,
            unit_id: current.unit_id,
            user_id: auth.user.id,
            kiosk_id: None,
        };
        record(conn, saving, id, AuditAction::Deleted, Some(&current), None)?;
        session_audit::forget_words(conn, id)?;
        // Its attendance and check-ins go with it (`ON DELETE CASCADE`).
        let counted = rollup_changes::share(conn, id)?;
        stored::delete(conn, organisation, id)?;
        count_in_rollups(conn, id, counted)?;
        Ok(())
    })
}

/// The session as it stands once it is locked: its other writers (edits, deletes,
/// check-ins) queue there, so nothing changes it until this transaction ends.
fn locked(
    conn: &mut DbConn,
    auth: &AuthUser,
    organisation: OrganisationId,
    id: SessionId,
) -> Result<Session, ApiError> {
    stored::lock(conn, organisation, id)?;
    visible(conn, auth, organisation, id)
}

/// The session, when the caller may read sessions and sees its unit (404 when they cannot
/// see it at all; 403 for viewers and tokens without `sessions:read`).
pub fn readable(
    conn: &mut DbConn,
    auth: &AuthUser,
    organisation: OrganisationId,
    id: SessionId,
) -> Result<Session, ApiError> {
    let session = stored::get(conn, organisation, id)?.ok_or_else(not_found)?;
    if !auth.sees_unit(session.unit_id) {
        return Err(not_found());
    }
    auth.authorize(Action::ReadSessions(organisation))?;
    Ok(session)
}

/// The session, when the caller may log for its unit (404 when they cannot see it at all).
pub fn visible(
    conn: &mut DbConn,
    auth: &AuthUser,
    organisation: OrganisationId,
    id: SessionId,
) -> Result<Session, ApiError> {
    let session = stored::get(conn, organisation, id)?.ok_or_else(not_found)?;
    auth.authorize(Action::LogSessions(session.unit_id))?;
    Ok(session)
}

/// The organisation's activity `id` when it lies in the caller's scope; any other is
/// `unknown` (422 on `activity_id`).
pub fn visible_activity(
    conn: &mut DbConn,
    auth: &AuthUser,
    organisation: OrganisationId,
    id: ActivityId,
) -> Result<Activity, ApiError> {
    activities::get(conn, organisation, id)?
        .filter(|activity| auth.sees_unit(activity.unit_id))
        .ok_or_else(|| {
            refuse(vec![FieldError::new(
                "activity_id",
                "unknown",
                "No such activity",
            )])
        })
}

/// A visit in a year before the young person's birth year.
pub fn before_birth(path: &str) -> FieldError {
    FieldError::new(
        path,
        "before_birth",
        "Someone checked in was not born yet in the session's year",
    )
}

/// The latest day a session may be on: today somewhere on earth (UTC+14), so that nobody's
/// evening is refused as "tomorrow" by a server in another zone.
pub fn latest_allowed_date() -> NaiveDate {
    (Utc::now() + Duration::hours(14)).date_naive()
}

fn replay(
    conn: &mut DbConn,
    auth: &AuthUser,
    organisation: OrganisationId,
    key: &IdempotencyKey,
    hash: &str,
) -> Result<Option<Created>, ApiError> {
    let Some(first) = idempotency_keys::find(conn, auth.user.id, &key.0)? else {
        return Ok(None);
    };
    if first.request_hash != hash {
        return Err(ApiError::invalid_fields(vec![FieldError::new(
            idempotency::HEADER,
            "reused",
            "This key was used for a different session; make a new key for a new session",
        )]));
    }
    let Some(session) = stored::get(conn, organisation, first.session_id)? else {
        return Err(ApiError::new(
            ErrorCode::Conflict,
            "The session created with this key has since been deleted",
        ));
    };
    auth.authorize(Action::LogSessions(session.unit_id))?;
    Ok(Some(Created {
        session,
        replayed: true,
    }))
}

/// Every rule the database must answer, reported together as one 422; then whether the
/// caller may log for the activity's unit. `current` is the session being changed.
fn check(
    conn: &mut DbConn,
    auth: &AuthUser,
    organisation: OrganisationId,
    input: &SessionInput,
    current: Option<&Session>,
) -> Result<Saving, ApiError> {
    // A session stays with the unit where it happened: when its activity has moved to another
    // unit since, an edit that keeps the activity keeps the unit (and who may edit it).
    let kept_unit = current
        .filter(|session| session.activity_id == input.activity_id)
        .map(|session| session.unit_id);
    let same_activity = kept_unit.is_some();
    let activity = match kept_unit {
        Some(_) => activities::get(conn, organisation, input.activity_id)?.ok_or_else(not_found)?,
        None => visible_activity(conn, auth, organisation, input.activity_id)?,
    };
    let unit_id = kept_unit.unwrap_or(activity.unit_id);
    auth.authorize(Action::LogSessions(unit_id))?;
    let mut errors = Vec::new();
    if activity.archived && !same_activity {
        errors.push(FieldError::new(
            "activity_id",
            "archived",
            "The activity is archived",
        ));
    }
    let settings = organisations::get(conn, organisation)?
        .ok_or_else(not_found)?
        .settings()?;
    errors.extend(input.check_against(latest_allowed_date(), &settings.entry_age_bands));
    errors.extend(check_answers(
        conn,
        organisation,
        input,
        (activity.kind, unit_id),
        current,
    )?);
    errors.extend(check_aims(conn, organisation, input, unit_id, current)?);
    if !errors.is_empty() {
        return Err(refuse(errors));
    }
    Ok(Saving {
        organisation_id: organisation,
        unit_id,
        user_id: auth.user.id,
        kiosk_id: None,
    })
}

/// Answers only to current questions asked for this activity; an answer the session already
/// has may stay after its question was retired or stopped applying.
fn check_answers(
    conn: &mut DbConn,
    organisation: OrganisationId,
    input: &SessionInput,
    (kind, unit_id): (ActivityKind, UnitId),
    current: Option<&Session>,
) -> Result<Vec<FieldError>, ApiError> {
    let ids: Vec<QuestionId> = input
        .reflection_answers
        .iter()
        .map(|answer| answer.question_id)
        .collect();
    let questions = reflection_questions::by_ids(conn, organisation, &ids)?;
    let answered_before = |id: QuestionId| {
        current.is_some_and(|session| {
            session
                .reflection_answers
                .iter()
                .any(|answer| answer.question_id == id)
        })
    };
    Ok(ids
        .iter()
        .enumerate()
        .filter_map(|(index, id)| {
            let path = format!("reflection_answers[{index}].question_id");
            match questions.iter().find(|question| question.id == *id) {
                None => Some(FieldError::new(path, "unknown", "No such question")),
                Some(question)
                    if (question.retired || !question.applies_to(kind, unit_id))
                        && !answered_before(*id) =>
                {
                    Some(FieldError::new(
                        path,
                        "not_asked",
                        "This question is not asked for this activity",
                    ))
                }
                Some(_) => None,
            }
        })
        .collect())
}

/// Aims of the organisation or the session's unit whose period holds the date; a link the
/// session already has may stay.
fn check_aims(
    conn: &mut DbConn,
    organisation: OrganisationId,
    input: &SessionInput,
    unit_id: UnitId,
    current: Option<&Session>,
) -> Result<Vec<FieldError>, ApiError> {
    let found = aims::by_ids(conn, organisation, &input.aim_ids)?;
    let linked_before = |id: AimId| current.is_some_and(|session| session.aim_ids.contains(&id));
    Ok(input
        .aim_ids
        .iter()
        .enumerate()
        .filter_map(|(index, id)| {
            let path = format!("aim_ids[{index}]");
            match found.iter().find(|aim| aim.id == *id) {
                None => Some(FieldError::new(path, "unknown", "No such aim")),
                Some(aim) if !aim.applies_to(unit_id, input.date) && !linked_before(*id) => {
                    Some(FieldError::new(
                        path,
                        "not_applicable",
                        "The aim is not set for this unit and date",
                    ))
                }
                Some(_) => None,
            }
        })
        .collect())
}

fn refuse(mut errors: Vec<FieldError>) -> ApiError {
    errors.sort_by(|a, b| a.path.cmp(&b.path));
    ApiError::invalid_fields(errors)
}

pub fn record(
    conn: &mut DbConn,
    saving: Saving,
    session_id: SessionId,
    action: AuditAction,
    before: Option<&Session>,
    after: Option<&Session>,
) -> Result<(), DieselError> {
    let changes = audit::changes(before, after);
    // Saving a session unchanged is not a change worth an entry.
    if action == AuditAction::Updated && changes.is_empty() {
        return Ok(());
    }
    session_audit::insert(
        conn,
        session_audit::Record {
            organisation_id: saving.organisation_id,
            session_id,
            unit_id: saving.unit_id,
            user_id: saving.user_id,
            kiosk_id: saving.kiosk_id,
            action,
            changes: &changes,
        },
    )
}

/// Keeps the report roll-ups in step with a write of the session, inside its transaction and
/// after the write: `before` is what it added before (`rollup_changes::share`; `None` for a
/// new session). Its check-ins count too: a check-in, a move or a deletion changes them.
pub fn count_in_rollups(
    conn: &mut DbConn,
    id: SessionId,
    before: Option<Share>,
) -> Result<(), DieselError> {
    let after = rollup_changes::share(conn, id)?;
    rollup_changes::apply(conn, before.as_ref(), after.as_ref())
}
