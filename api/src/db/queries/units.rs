use chrono::NaiveDateTime;
use diesel::prelude::*;
use logbook_shared::ListQuery;
use logbook_shared::ids::{ActivityId, OrganisationId, UnitId};
use logbook_shared::structure::{CheckInSetting, Unit, UnitInput, UnitType};

use crate::db::DbConn;
use crate::db::schema::units;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = units)]
pub struct UnitRow {
    pub id: UnitId,
    pub organisation_id: OrganisationId,
    pub name: String,
    pub unit_type: String,
    pub archived: bool,
    pub created_at: NaiveDateTime,
    pub check_in_opens_session: bool,
    pub default_open_activity_id: Option<ActivityId>,
}

impl UnitRow {
    pub fn into_dto(self) -> QueryResult<Unit> {
        Ok(Unit {
            id: self.id,
            unit_type: super::stored(&self.unit_type, UnitType::parse)?,
            name: self.name,
            archived: self.archived,
            check_in: CheckInSetting {
                check_in_opens_session: self.check_in_opens_session,
                default_open_activity_id: self.default_open_activity_id,
            },
            created_at: self.created_at,
        })
    }
}

pub fn insert(
    conn: &mut DbConn,
    organisation_id: OrganisationId,
    input: &UnitInput,
) -> QueryResult<UnitRow> {
    diesel::insert_into(units::table)
        .values((
            units::organisation_id.eq(organisation_id),
            units::name.eq(input.name.trim()),
            units::unit_type.eq(input.unit_type.as_str()),
            units::archived.eq(input.archived),
            units::created_at.eq(super::now()),
            units::check_in_opens_session.eq(input.check_in.check_in_opens_session),
            units::default_open_activity_id.eq(input.check_in.default_open_activity_id),
        ))
        .get_result(conn)
}

pub fn get(
    conn: &mut DbConn,
    organisation_id: OrganisationId,
    id: UnitId,
) -> QueryResult<Option<UnitRow>> {
    units::table
        .filter(units::organisation_id.eq(organisation_id))
        .filter(units::id.eq(id))
        .select(UnitRow::as_select())
        .first(conn)
        .optional()
}

/// The organisation's units, limited to `scope` when given.
pub fn list(
    conn: &mut DbConn,
    organisation_id: OrganisationId,
    scope: Option<&[UnitId]>,
    archived: Option<bool>,
    page: &ListQuery,
) -> QueryResult<Vec<UnitRow>> {
    let mut query = units::table
        .filter(units::organisation_id.eq(organisation_id))
        .filter(units::id.gt(page.after()))
        .order(units::id)
        .limit(super::fetch_limit(page.limit()))
        .select(UnitRow::as_select())
        .into_boxed();
    if let Some(unit_ids) = scope {
        query = query.filter(units::id.eq_any(unit_ids.to_vec()));
    }
    if let Some(archived) = archived {
        query = query.filter(units::archived.eq(archived));
    }
    query.load(conn)
}

/// Which of `ids` are units of the organisation.
pub fn existing(
    conn: &mut DbConn,
    organisation_id: OrganisationId,
    ids: &[UnitId],
) -> QueryResult<Vec<UnitId>> {
    units::table
        .filter(units::organisation_id.eq(organisation_id))
        .filter(units::id.eq_any(ids.to_vec()))
        .select(units::id)
        .load(conn)
}

pub fn update(
    conn: &mut DbConn,
    organisation_id: OrganisationId,
    id: UnitId,
    input: &UnitInput,
) -> QueryResult<Option<UnitRow>> {
    diesel::update(
        units::table
            .filter(units::organisation_id.eq(organisation_id))
            .filter(units::id.eq(id)),
    )
    .set((
        units::name.eq(input.name.trim()),
        units::unit_type.eq(input.unit_type.as_str()),
        units::archived.eq(input.archived),
        units::check_in_opens_session.eq(input.check_in.check_in_opens_session),
        units::default_open_activity_id.eq(input.check_in.default_open_activity_id),
    ))
    .get_result(conn)
    .optional()
}

/// Holds the unit until the transaction ends, on both engines: a write that changes nothing
/// takes PostgreSQL's row lock and SQLite's write lock, so check-ins deciding whether to open
/// the day's session run one at a time.
pub fn lock(conn: &mut DbConn, organisation_id: OrganisationId, id: UnitId) -> QueryResult<()> {
    diesel::update(
        units::table
            .filter(units::organisation_id.eq(organisation_id))
            .filter(units::id.eq(id)),
    )
    .set(units::archived.eq(units::archived))
    .execute(conn)
    .map(drop)
}
