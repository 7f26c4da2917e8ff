//! Aliases young people check in with (SPEC 4); one organisation's aliases are unique by key.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use logbook_shared::ids::{AliasId, OrganisationId, UnitId};
use logbook_shared::sessions::Gender;
use logbook_shared::visitors::Alias;

use crate::db::DbConn;
use crate::db::schema::{aliases, check_ins, sessions};

/// The whole row, in table order.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = aliases)]
pub struct AliasRow {
    pub id: AliasId,
    pub organisation_id: OrganisationId,
    pub alias: String,
    pub alias_key: String,
    pub birth_year: i32,
    pub gender: String,
    pub pin_hash: Option<String>,
    pub visitor_key: String,
    pub created_at: NaiveDateTime,
    pub last_seen_at: NaiveDateTime,
}

impl AliasRow {
    pub fn gender(&self) -> QueryResult<Gender> {
        super::stored(&self.gender, Gender::parse)
    }

    pub fn to_dto(&self) -> QueryResult<Alias> {
        Ok(Alias {
            id: self.id,
            alias: self.alias.clone(),
            birth_year: self.birth_year,
            gender: self.gender()?,
            has_pin: self.pin_hash.is_some(),
            created_at: self.created_at,
            last_seen_at: self.last_seen_at,
        })
    }
}

/// A new alias's stored values (the PIN already hashed, the visitor key already drawn).
pub struct NewAlias<'a> {
    pub alias: &'a str,
    pub alias_key: &'a str,
    pub birth_year: i32,
    pub gender: Gender,
    pub pin_hash: Option<&'a str>,
    pub visitor_key: &'a str,
}

/// Breaks the unique constraint when the organisation has the key already.
pub fn insert(
    conn: &mut DbConn,
    organisation_id: OrganisationId,
    new: &NewAlias<'_>,
) -> QueryResult<AliasRow> {
    let now = super::now();
    diesel::insert_into(aliases::table)
        .values((
            aliases::organisation_id.eq(organisation_id),
            aliases::alias.eq(new.alias),
            aliases::alias_key.eq(new.alias_key),
            aliases::birth_year.eq(new.birth_year),
            aliases::gender.eq(new.gender.as_str()),
            aliases::pin_hash.eq(new.pin_hash),
            aliases::visitor_key.eq(new.visitor_key),
            aliases::created_at.eq(now),
            aliases::last_seen_at.eq(now),
        ))
        .get_result(conn)
}

pub fn find_by_key(
    conn: &mut DbConn,
    organisation_id: OrganisationId,
    alias_key: &str,
) -> QueryResult<Option<AliasRow>> {
    aliases::table
        .filter(aliases::organisation_id.eq(organisation_id))
        .filter(aliases::alias_key.eq(alias_key))
        .select(AliasRow::as_select())
        .first(conn)
        .optional()
}

pub fn get(
    conn: &mut DbConn,
    organisation_id: OrganisationId,
    id: AliasId,
) -> QueryResult<Option<AliasRow>> {
    aliases::table
        .filter(aliases::organisation_id.eq(organisation_id))
        .filter(aliases::id.eq(id))
        .select(AliasRow::as_select())
        .first(conn)
        .optional()
}

/// The organisation's aliases whose key starts with `prefix`, in id order; with `units`, only
/// those checked in at one of them.
pub fn list(
    conn: &mut DbConn,
    organisation_id: OrganisationId,
    units: Option<&[UnitId]>,
    prefix: Option<&str>,
    after: i64,
    limit: i64,
) -> QueryResult<Vec<AliasRow>> {
    let mut query = aliases::table
        .filter(aliases::organisation_id.eq(organisation_id))
        .filter(aliases::id.gt(after))
        .order(aliases::id)
        .limit(super::fetch_limit(limit))
        .select(AliasRow::as_select())
        .into_boxed();
    if let Some(units) = units {
        let seen = check_ins::table
            .inner_join(sessions::table)
            .filter(sessions::unit_id.eq_any(units.to_vec()))
            .select(check_ins::alias_id);
        query = query.filter(aliases::id.nullable().eq_any(seen));
    }
    if let Some(prefix) = prefix {
        let escaped = super::like_escaped(prefix);
        query = query.filter(aliases::alias_key.like(format!("{escaped}%")).escape('\\'));
    }
    query.load(conn)
}

/// The units of the sessions the alias was checked in at.
pub fn units_seen(conn: &mut DbConn, id: AliasId) -> QueryResult<Vec<UnitId>> {
    check_ins::table
        .inner_join(sessions::table)
        .filter(check_ins::alias_id.eq(id))
        .select(sessions::unit_id)
        .distinct()
        .load(conn)
}

/// Holds the aliases of these visitors until the transaction ends (PostgreSQL; SQLite has
/// one writer at a time), in key order so that two writers never wait for each other the
/// wrong way round: whoever reads a visitor's first visit again goes after the one before.
pub fn lock_visitors(conn: &mut DbConn, visitor_keys: &[String]) -> QueryResult<()> {
    match conn {
        DbConn::Pg(pg) => aliases::table
            .filter(aliases::visitor_key.eq_any(visitor_keys))
            .order(aliases::visitor_key)
            .select(aliases::id)
            .for_no_key_update()
            .load::<AliasId>(pg)
            .map(drop),
        DbConn::Sqlite(_) => Ok(()),
    }
}

pub fn touch(conn: &mut DbConn, id: AliasId, at: NaiveDateTime) -> QueryResult<()> {
    diesel::update(aliases::table.find(id))
        .set(aliases::last_seen_at.eq(at))
        .execute(conn)
        .map(drop)
}

/// Erases the alias: its check-ins keep only the visitor key, gender and age. (The schema's
/// `ON DELETE SET NULL` would unlink them too; doing it here does not depend on SQLite's
/// foreign-key pragma.)
pub fn erase(conn: &mut DbConn, organisation_id: OrganisationId, id: AliasId) -> QueryResult<bool> {
    diesel::update(
        check_ins::table
            .filter(check_ins::organisation_id.eq(organisation_id))
            .filter(check_ins::alias_id.eq(id)),
    )
    .set(check_ins::alias_id.eq(None::<i64>))
    .execute(conn)?;
    let erased = diesel::delete(
        aliases::table
            .filter(aliases::organisation_id.eq(organisation_id))
            .filter(aliases::id.eq(id)),
    )
    .execute(conn)?;
    Ok(erased > 0)
}

/// The organisation's aliases last seen before `cutoff`.
pub fn unused_since(
    conn: &mut DbConn,
    organisation_id: OrganisationId,
    cutoff: NaiveDateTime,
) -> QueryResult<Vec<AliasId>> {
    aliases::table
        .filter(aliases::organisation_id.eq(organisation_id))
        .filter(aliases::last_seen_at.lt(cutoff))
        .select(aliases::id)
        .load(conn)
}
