//! The `Idempotency-Key`s of session creates: a repeat finds the first result here.

use diesel::prelude::*;
use logbook_shared::ids::{SessionId, UserId};

use crate::db::DbConn;
use crate::db::schema::idempotency_keys;

/// What a key was first used for.
pub struct FirstUse {
    pub request_hash: String,
    pub session_id: SessionId,
}

pub fn find(conn: &mut DbConn, user_id: UserId, key: &str) -> QueryResult<Option<FirstUse>> {
    idempotency_keys::table
        .filter(idempotency_keys::user_id.eq(user_id))
        .filter(idempotency_keys::key.eq(key))
        .select((idempotency_keys::request_hash, idempotency_keys::session_id))
        .first::<(String, SessionId)>(conn)
        .optional()
        .map(|found| {
            found.map(|(request_hash, session_id)| FirstUse {
                request_hash,
                session_id,
            })
        })
}

/// Records the key; a second use of it breaks the unique constraint, which rolls back the
/// second create when two identical requests race.
pub fn insert(
    conn: &mut DbConn,
    user_id: UserId,
    key: &str,
    request_hash: &str,
    session_id: SessionId,
) -> QueryResult<()> {
    diesel::insert_into(idempotency_keys::table)
        .values((
            idempotency_keys::user_id.eq(user_id),
            idempotency_keys::key.eq(key),
            idempotency_keys::request_hash.eq(request_hash),
            idempotency_keys::session_id.eq(session_id),
            idempotency_keys::created_at.eq(super::now()),
        ))
        .execute(conn)
        .map(drop)
}

/// Forgets keys made before `cutoff`; a resend after that creates anew.
pub fn delete_older_than(conn: &mut DbConn, cutoff: chrono::NaiveDateTime) -> QueryResult<usize> {
    diesel::delete(idempotency_keys::table.filter(idempotency_keys::created_at.lt(cutoff)))
        .execute(conn)
}
