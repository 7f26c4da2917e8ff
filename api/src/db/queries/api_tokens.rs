//! Integration tokens: rows of `api_tokens` of kind `integration`, an organisation's or a
//! network's, stored as SHA-256 with their scopes and expiry.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use logbook_shared::api_tokens::{ApiToken, TokenScope};
use logbook_shared::ids::{ApiTokenId, NetworkId, OrganisationId, UserId};

use crate::db::DbConn;
use crate::db::schema::api_tokens;

const KIND: &str = "integration";

/// Whose tokens: an organisation's or a network's.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Owner {
    Organisation(OrganisationId),
    Network(NetworkId),
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = api_tokens)]
pub struct TokenRow {
    pub id: ApiTokenId,
    pub name: String,
    pub scopes: String,
    pub created_by: UserId,
    pub created_at: NaiveDateTime,
    pub expires_at: Option<NaiveDateTime>,
    pub last_used_at: Option<NaiveDateTime>,
    pub revoked_at: Option<NaiveDateTime>,
}

impl TokenRow {
    pub fn scopes(&self) -> QueryResult<Vec<TokenScope>> {
        self.scopes
            .split(',')
            .filter(|scope| !scope.is_empty())
            .map(|scope| super::stored(scope, TokenScope::parse))
            .collect()
    }

    pub fn to_dto(&self) -> QueryResult<ApiToken> {
        Ok(ApiToken {
            id: self.id,
            name: self.name.clone(),
            scopes: self.scopes()?,
            created_at: self.created_at,
            expires_at: self.expires_at.unwrap_or(self.created_at),
            last_used_at: self.last_used_at,
            revoked_at: self.revoked_at,
        })
    }
}

/// A token about to be stored.
pub struct NewToken<'a> {
    pub owner: Owner,
    pub name: &'a str,
    pub scopes: &'a [TokenScope],
    pub expires_at: NaiveDateTime,
    pub created_by: UserId,
    pub token_hash: &'a str,
}

pub fn insert(conn: &mut DbConn, new: &NewToken<'_>) -> QueryResult<TokenRow> {
    let (organisation_id, network_id) = match new.owner {
        Owner::Organisation(id) => (Some(id), None),
        Owner::Network(id) => (None, Some(id)),
    };
    let scopes: Vec<&str> = new.scopes.iter().map(|scope| scope.as_str()).collect();
    let id: ApiTokenId = diesel::insert_into(api_tokens::table)
        .values((
            api_tokens::organisation_id.eq(organisation_id),
            api_tokens::network_id.eq(network_id),
            api_tokens::kind.eq(KIND),
            api_tokens::name.eq(new.name.trim()),
            api_tokens::language.eq(""),
            api_tokens::token_hash.eq(new.token_hash),
            api_tokens::created_by.eq(new.created_by),
            api_tokens::created_at.eq(super::now()),
            api_tokens::scopes.eq(scopes.join(",")),
            api_tokens::expires_at.eq(new.expires_at),
        ))
        .returning(api_tokens::id)
        .get_result(conn)?;
    api_tokens::table
        .find(id)
        .select(TokenRow::as_select())
        .first(conn)
}

/// The owner's tokens, newest first.
pub fn list(conn: &mut DbConn, owner: Owner) -> QueryResult<Vec<TokenRow>> {
    owned(owner)
        .order(api_tokens::id.desc())
        .select(TokenRow::as_select())
        .load(conn)
}

/// Revokes the owner's token; false when the owner has no such token.
pub fn revoke(conn: &mut DbConn, owner: Owner, id: ApiTokenId) -> QueryResult<bool> {
    let target = owned(owner)
        .filter(api_tokens::id.eq(id))
        .select(api_tokens::id)
        .first::<i64>(conn)
        .optional()?;
    let Some(id) = target else {
        return Ok(false);
    };
    diesel::update(
        api_tokens::table
            .find(id)
            .filter(api_tokens::revoked_at.is_null()),
    )
    .set(api_tokens::revoked_at.eq(super::now()))
    .execute(conn)?;
    Ok(true)
}

/// The unrevoked token with this hash (its expiry is the caller's to judge).
pub fn find(conn: &mut DbConn, token_hash: &str) -> QueryResult<Option<TokenRow>> {
    api_tokens::table
        .filter(api_tokens::token_hash.eq(token_hash))
        .filter(api_tokens::kind.eq(KIND))
        .filter(api_tokens::revoked_at.is_null())
        .select(TokenRow::as_select())
        .first(conn)
        .optional()
}

/// Records that the token was used now.
pub fn touch(conn: &mut DbConn, id: ApiTokenId) -> QueryResult<()> {
    diesel::update(api_tokens::table.find(id))
        .set(api_tokens::last_used_at.eq(super::now()))
        .execute(conn)
        .map(drop)
}

fn owned(owner: Owner) -> api_tokens::BoxedQuery<'static, crate::db::MultiBackend> {
    let query = api_tokens::table
        .filter(api_tokens::kind.eq(KIND))
        .into_boxed();
    match owner {
        Owner::Organisation(id) => query.filter(api_tokens::organisation_id.eq(id)),
        Owner::Network(id) => query.filter(api_tokens::network_id.eq(id)),
    }
}
