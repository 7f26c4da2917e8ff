use chrono::NaiveDateTime;
use diesel::prelude::*;
use logbook_shared::ids::UserId;

use crate::db::DbConn;
use crate::db::schema::refresh_tokens;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = refresh_tokens)]
pub struct RefreshToken {
    pub id: i64,
    pub user_id: UserId,
    pub family_id: String,
    pub token_hash: String,
    pub expires_at: NaiveDateTime,
    pub used_at: Option<NaiveDateTime>,
    pub revoked_at: Option<NaiveDateTime>,
    pub created_at: NaiveDateTime,
}

pub fn insert(
    conn: &mut DbConn,
    user_id: UserId,
    family_id: &str,
    token_hash: &str,
    expires_at: NaiveDateTime,
) -> QueryResult<()> {
    diesel::insert_into(refresh_tokens::table)
        .values((
            refresh_tokens::user_id.eq(user_id),
            refresh_tokens::family_id.eq(family_id),
            refresh_tokens::token_hash.eq(token_hash),
            refresh_tokens::expires_at.eq(expires_at),
            refresh_tokens::created_at.eq(super::now()),
        ))
        .execute(conn)
        .map(drop)
}

pub fn find_by_hash(conn: &mut DbConn, token_hash: &str) -> QueryResult<Option<RefreshToken>> {
    refresh_tokens::table
        .filter(refresh_tokens::token_hash.eq(token_hash))
        .select(RefreshToken::as_select())
        .first(conn)
        .optional()
}

/// Marks a token spent. Returns false when it already was: the update is conditional, so of
/// two racing refreshes with one token exactly one wins.
pub fn spend(conn: &mut DbConn, token_id: i64) -> QueryResult<bool> {
    let changed = diesel::update(refresh_tokens::table)
        .filter(refresh_tokens::id.eq(token_id))
        .filter(refresh_tokens::used_at.is_null())
        .filter(refresh_tokens::revoked_at.is_null())
        .set(refresh_tokens::used_at.eq(super::now()))
        .execute(conn)?;
    Ok(changed == 1)
}

/// Ends one login: every token of the chain stops working, and so do its access tokens.
pub fn revoke_family(conn: &mut DbConn, family_id: &str) -> QueryResult<()> {
    diesel::update(refresh_tokens::table)
        .filter(refresh_tokens::family_id.eq(family_id))
        .filter(refresh_tokens::revoked_at.is_null())
        .set(refresh_tokens::revoked_at.eq(super::now()))
        .execute(conn)
        .map(drop)
}

/// A login is alive until any token of its chain is revoked (logout, reuse of a spent token,
/// deactivation, a new password). Asking "was anything revoked" rather than "is anything
/// unrevoked" also kills a token that a refresh racing with the revocation inserted.
pub fn family_is_active(conn: &mut DbConn, family_id: &str) -> QueryResult<bool> {
    let revoked = diesel::select(diesel::dsl::exists(
        refresh_tokens::table
            .filter(refresh_tokens::family_id.eq(family_id))
            .filter(refresh_tokens::revoked_at.is_not_null()),
    ))
    .get_result::<bool>(conn)?;
    Ok(!revoked)
}
