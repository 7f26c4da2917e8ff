//! Kiosk devices: unit-bound tokens of the `api_tokens` table (kind `kiosk`), stored hashed.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use logbook_shared::Role;
use logbook_shared::ids::{KioskId, OrganisationId, UnitId, UserId};
use logbook_shared::visitors::{Kiosk, KioskInput};

use crate::db::DbConn;
use crate::db::schema::{api_tokens, organisations, units, user_units, users};

const KIND: &str = "kiosk";

/// The whole row, in table order.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = api_tokens)]
pub struct KioskRow {
    pub id: KioskId,
    /// Kiosks always belong to an organisation (only network tokens have none).
    #[diesel(select_expression = api_tokens::organisation_id.assume_not_null())]
    pub organisation_id: OrganisationId,
    pub kind: String,
    pub name: String,
    pub unit_id: Option<UnitId>,
    pub language: String,
    pub token_hash: String,
    pub created_by: UserId,
    pub created_at: NaiveDateTime,
    pub last_used_at: Option<NaiveDateTime>,
    pub revoked_at: Option<NaiveDateTime>,
}

impl KioskRow {
    /// Kiosk rows always have a unit; 0 would find nothing.
    pub fn unit(&self) -> UnitId {
        self.unit_id.unwrap_or(UnitId(0))
    }

    pub fn to_dto(&self) -> Kiosk {
        Kiosk {
            id: self.id,
            unit_id: self.unit(),
            name: self.name.clone(),
            language: self.language.clone(),
            created_at: self.created_at,
            last_used_at: self.last_used_at,
            revoked_at: self.revoked_at,
        }
    }
}

pub fn insert(
    conn: &mut DbConn,
    organisation_id: OrganisationId,
    created_by: UserId,
    input: &KioskInput,
    token_hash: &str,
) -> QueryResult<KioskRow> {
    let id = diesel::insert_into(api_tokens::table)
        .values((
            api_tokens::organisation_id.eq(organisation_id),
            api_tokens::kind.eq(KIND),
            api_tokens::name.eq(input.name.trim()),
            api_tokens::unit_id.eq(input.unit_id),
            api_tokens::language.eq(&input.language),
            api_tokens::token_hash.eq(token_hash),
            api_tokens::created_by.eq(created_by),
            api_tokens::created_at.eq(super::now()),
        ))
        .returning(api_tokens::id)
        .get_result::<i64>(conn)?;
    api_tokens::table
        .find(id)
        .select(KioskRow::as_select())
        .first(conn)
}

/// The organisation's kiosks, limited to the units in `scope` when given, newest first.
pub fn list(
    conn: &mut DbConn,
    organisation_id: OrganisationId,
    scope: Option<&[UnitId]>,
) -> QueryResult<Vec<KioskRow>> {
    let mut query = api_tokens::table
        .filter(api_tokens::organisation_id.eq(organisation_id))
        .filter(api_tokens::kind.eq(KIND))
        .order(api_tokens::id.desc())
        .select(KioskRow::as_select())
        .into_boxed();
    if let Some(unit_ids) = scope {
        query = query.filter(api_tokens::unit_id.eq_any(unit_ids.to_vec()));
    }
    query.load(conn)
}

pub fn get(
    conn: &mut DbConn,
    organisation_id: OrganisationId,
    id: KioskId,
) -> QueryResult<Option<KioskRow>> {
    api_tokens::table
        .filter(api_tokens::organisation_id.eq(organisation_id))
        .filter(api_tokens::kind.eq(KIND))
        .filter(api_tokens::id.eq(id))
        .select(KioskRow::as_select())
        .first(conn)
        .optional()
}

pub fn revoke(conn: &mut DbConn, organisation_id: OrganisationId, id: KioskId) -> QueryResult<()> {
    diesel::update(
        api_tokens::table
            .filter(api_tokens::organisation_id.eq(organisation_id))
            .filter(api_tokens::kind.eq(KIND))
            .filter(api_tokens::id.eq(id))
            .filter(api_tokens::revoked_at.is_null()),
    )
    .set(api_tokens::revoked_at.eq(super::now()))
    .execute(conn)
    .map(drop)
}

/// The kiosk a presented token belongs to, unless it was revoked, its maker deactivated or no
/// longer allowed to manage the unit's kiosks, or its unit or organisation archived; records
/// the use.
pub fn authenticate(conn: &mut DbConn, token_hash: &str) -> QueryResult<Option<KioskRow>> {
    // A kiosk holds no more authority than its maker and its unit: it stops when the account
    // that registered it is deactivated or may no longer manage the unit's kiosks (an org
    // admin, or a unit manager of that unit or of the whole organisation), or its unit or
    // organisation is archived.
    let holds_unit = diesel::dsl::exists(
        user_units::table
            .filter(user_units::user_id.eq(users::id))
            .filter(user_units::unit_id.eq(units::id)),
    );
    let whole_organisation = diesel::dsl::not(diesel::dsl::exists(
        user_units::table.filter(user_units::user_id.eq(users::id)),
    ));
    let may_manage = users::role.eq(Role::OrgAdmin.as_str()).or(users::role
        .eq(Role::UnitManager.as_str())
        .and(holds_unit.or(whole_organisation)));
    let found = api_tokens::table
        .inner_join(users::table.on(users::id.eq(api_tokens::created_by)))
        .inner_join(units::table.on(api_tokens::unit_id.eq(units::id.nullable())))
        .inner_join(organisations::table.on(units::organisation_id.eq(organisations::id)))
        .filter(api_tokens::token_hash.eq(token_hash))
        .filter(api_tokens::kind.eq(KIND))
        .filter(api_tokens::revoked_at.is_null())
        .filter(users::active.eq(true))
        .filter(may_manage)
        .filter(units::archived.eq(false))
        .filter(organisations::archived.eq(false))
        .select(KioskRow::as_select())
        .first(conn)
        .optional()?;
    if let Some(kiosk) = &found {
        diesel::update(api_tokens::table.find(kiosk.id))
            .set(api_tokens::last_used_at.eq(super::now()))
            .execute(conn)?;
    }
    Ok(found)
}
