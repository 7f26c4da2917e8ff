//! The audit trail of sessions: who created, changed or deleted which session, when, and what
//! changed.

use logbook_shared::ids::{KioskId, OrganisationId, SessionId, UnitId, UserId};
use std::collections::BTreeMap;

use chrono::NaiveDateTime;
use diesel::prelude::*;
use logbook_shared::ListQuery;
use logbook_shared::sessions::{AuditAction, AuditEntry, AuditFilter, FieldChange};

use crate::db::DbConn;
use crate::db::schema::{api_tokens, session_audit, users};

/// One change to record.
pub struct Record<'a> {
    pub organisation_id: OrganisationId,
    pub session_id: SessionId,
    pub unit_id: UnitId,
    pub user_id: UserId,
    pub kiosk_id: Option<KioskId>,
    pub action: AuditAction,
    pub changes: &'a BTreeMap<String, FieldChange>,
}

pub fn insert(conn: &mut DbConn, record: Record<'_>) -> QueryResult<()> {
    let changes = serde_json::to_string(record.changes)
        .map_err(|error| diesel::result::Error::SerializationError(Box::new(error)))?;
    diesel::insert_into(session_audit::table)
        .values((
            session_audit::organisation_id.eq(record.organisation_id),
            session_audit::session_id.eq(record.session_id),
            session_audit::unit_id.eq(record.unit_id),
            session_audit::user_id.eq(record.user_id),
            session_audit::kiosk_id.eq(record.kiosk_id),
            session_audit::action.eq(record.action.as_str()),
            session_audit::at.eq(super::now()),
            session_audit::changes.eq(changes),
        ))
        .execute(conn)
        .map(drop)
}

/// A session's own words (notes, reflection answers): its trail keeps them only while the
/// session itself is kept.
const WORDS: [&str; 2] = ["notes", "reflection_answers"];

/// Takes the session's words out of every entry of its trail, its deletion's included; who
/// changed what and when stays.
pub fn forget_words(conn: &mut DbConn, session_id: SessionId) -> QueryResult<()> {
    let entries: Vec<(i64, String)> = session_audit::table
        .filter(session_audit::session_id.eq(session_id))
        .select((session_audit::id, session_audit::changes))
        .load(conn)?;
    for (id, changes) in entries {
        let mut changes: BTreeMap<String, FieldChange> = serde_json::from_str(&changes)
            .map_err(|error| diesel::result::Error::DeserializationError(Box::new(error)))?;
        let before = changes.len();
        changes.retain(|field, _| !WORDS.contains(&field.as_str()));
        if changes.len() == before {
            continue;
        }
        let changes = serde_json::to_string(&changes)
            .map_err(|error| diesel::result::Error::SerializationError(Box::new(error)))?;
        diesel::update(session_audit::table.find(id))
            .set(session_audit::changes.eq(changes))
            .execute(conn)?;
    }
    Ok(())
}

/// Deletes the organisation's entries from before `cutoff` (its retention setting).
pub fn delete_older_than(
    conn: &mut DbConn,
    organisation_id: OrganisationId,
    cutoff: NaiveDateTime,
) -> QueryResult<usize> {
    diesel::delete(
        session_audit::table
            .filter(session_audit::organisation_id.eq(organisation_id))
            .filter(session_audit::at.lt(cutoff)),
    )
    .execute(conn)
}

type EntryRow = (
    i64,
    SessionId,
    UnitId,
    String,
    UserId,
    String,
    Option<String>,
    NaiveDateTime,
    String,
);

/// The organisation's entries matching `filter`, newest first, limited to the units in
/// `scope` when given; the cursor is the last entry id of the previous page.
pub fn list(
    conn: &mut DbConn,
    organisation_id: OrganisationId,
    scope: Option<&[UnitId]>,
    filter: &AuditFilter,
    page: &ListQuery,
) -> QueryResult<Vec<AuditEntry>> {
    let mut query = session_audit::table
        .inner_join(users::table)
        .left_join(api_tokens::table.on(session_audit::kiosk_id.eq(api_tokens::id.nullable())))
        .filter(session_audit::organisation_id.eq(organisation_id))
        .order(session_audit::id.desc())
        .limit(super::fetch_limit(page.limit()))
        .select((
            session_audit::id,
            session_audit::session_id,
            session_audit::unit_id,
            session_audit::action,
            session_audit::user_id,
            users::display_name,
            api_tokens::name.nullable(),
            session_audit::at,
            session_audit::changes,
        ))
        .into_boxed();
    if let Some(cursor) = page.cursor {
        query = query.filter(session_audit::id.lt(cursor));
    }
    if let Some(unit_ids) = scope {
        query = query.filter(session_audit::unit_id.eq_any(unit_ids.to_vec()));
    }
    if let Some(session_id) = filter.session_id {
        query = query.filter(session_audit::session_id.eq(session_id));
    }
    if let Some(unit_id) = filter.unit_id {
        query = query.filter(session_audit::unit_id.eq(unit_id));
    }
    let rows: Vec<EntryRow> = query.load(conn)?;
    rows.into_iter()
        .map(
            |(id, session_id, unit_id, action, user_id, user_name, kiosk_name, at, changes)| {
                Ok(AuditEntry {
                    id,
                    session_id,
                    unit_id,
                    action: super::stored(&action, AuditAction::parse)?,
                    user_id,
                    user_name,
                    kiosk_name,
                    at,
                    changes: serde_json::from_str(&changes).map_err(|error| {
                        diesel::result::Error::DeserializationError(Box::new(error))
                    })?,
                })
            },
        )
        .collect()
}
