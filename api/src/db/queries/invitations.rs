use chrono::NaiveDateTime;
use diesel::prelude::*;
use logbook_shared::ids::UserId;

use crate::db::DbConn;
use crate::db::schema::invitations;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = invitations)]
pub struct Invitation {
    pub id: i64,
    pub user_id: UserId,
    pub token_hash: String,
    pub expires_at: NaiveDateTime,
    pub used_at: Option<NaiveDateTime>,
    pub created_at: NaiveDateTime,
}

pub fn insert(
    conn: &mut DbConn,
    user_id: UserId,
    token_hash: &str,
    expires_at: NaiveDateTime,
) -> QueryResult<()> {
    diesel::insert_into(invitations::table)
        .values((
            invitations::user_id.eq(user_id),
            invitations::token_hash.eq(token_hash),
            invitations::expires_at.eq(expires_at),
            invitations::created_at.eq(super::now()),
        ))
        .execute(conn)
        .map(drop)
}

/// A link that may still be used: not used, not expired.
pub fn find_usable(conn: &mut DbConn, token_hash: &str) -> QueryResult<Option<Invitation>> {
    invitations::table
        .filter(invitations::token_hash.eq(token_hash))
        .filter(invitations::used_at.is_null())
        .filter(invitations::expires_at.gt(super::now()))
        .select(Invitation::as_select())
        .first(conn)
        .optional()
}

/// Marks a link used; false when it already was (two racing uses: one wins).
pub fn spend(conn: &mut DbConn, id: i64) -> QueryResult<bool> {
    let changed = diesel::update(
        invitations::table
            .filter(invitations::id.eq(id))
            .filter(invitations::used_at.is_null()),
    )
    .set(invitations::used_at.eq(super::now()))
    .execute(conn)?;
    Ok(changed == 1)
}
