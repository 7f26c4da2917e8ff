//! Aims, minimal for now: a title, the organisation or one unit, and a period.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use logbook_shared::ListQuery;
use logbook_shared::aims::{Aim, AimFilter, AimInput};
use logbook_shared::ids::{AimId, OrganisationId, UnitId};

use crate::db::DbConn;
use crate::db::schema::aims;

/// The whole row, in table order.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = aims)]
pub struct AimRow {
    pub id: AimId,
    pub organisation_id: OrganisationId,
    pub unit_id: Option<UnitId>,
    pub title: String,
    pub period_from: NaiveDate,
    pub period_to: NaiveDate,
    pub archived: bool,
    pub created_at: NaiveDateTime,
}

impl From<AimRow> for Aim {
    fn from(row: AimRow) -> Self {
        Aim {
            id: row.id,
            title: row.title,
            unit_id: row.unit_id,
            period_from: row.period_from,
            period_to: row.period_to,
            archived: row.archived,
            created_at: row.created_at,
        }
    }
}

#[derive(AsChangeset, Insertable)]
#[diesel(table_name = aims, treat_none_as_null = true)]
struct AimChanges<'a> {
    unit_id: Option<UnitId>,
    title: &'a str,
    period_from: NaiveDate,
    period_to: NaiveDate,
    archived: bool,
}

impl<'a> From<&'a AimInput> for AimChanges<'a> {
    fn from(input: &'a AimInput) -> Self {
        AimChanges {
            unit_id: input.unit_id,
            title: input.title.trim(),
            period_from: input.period_from,
            period_to: input.period_to,
            archived: input.archived,
        }
    }
}

pub fn insert(
    conn: &mut DbConn,
    organisation_id: OrganisationId,
    input: &AimInput,
) -> QueryResult<Aim> {
    diesel::insert_into(aims::table)
        .values((
            aims::organisation_id.eq(organisation_id),
            AimChanges::from(input),
            aims::created_at.eq(super::now()),
        ))
        .get_result::<AimRow>(conn)
        .map(Aim::from)
}

pub fn update(
    conn: &mut DbConn,
    organisation_id: OrganisationId,
    id: AimId,
    input: &AimInput,
) -> QueryResult<Option<Aim>> {
    diesel::update(
        aims::table
            .filter(aims::organisation_id.eq(organisation_id))
            .filter(aims::id.eq(id)),
    )
    .set(AimChanges::from(input))
    .get_result::<AimRow>(conn)
    .optional()
    .map(|row| row.map(Aim::from))
}

pub fn get(
    conn: &mut DbConn,
    organisation_id: OrganisationId,
    id: AimId,
) -> QueryResult<Option<Aim>> {
    aims::table
        .filter(aims::organisation_id.eq(organisation_id))
        .filter(aims::id.eq(id))
        .select(AimRow::as_select())
        .first(conn)
        .optional()
        .map(|row| row.map(Aim::from))
}

/// Every aim of the organisation with these ids.
pub fn by_ids(
    conn: &mut DbConn,
    organisation_id: OrganisationId,
    ids: &[AimId],
) -> QueryResult<Vec<Aim>> {
    aims::table
        .filter(aims::organisation_id.eq(organisation_id))
        .filter(aims::id.eq_any(ids.to_vec()))
        .select(AimRow::as_select())
        .load::<AimRow>(conn)
        .map(|rows| rows.into_iter().map(Aim::from).collect())
}

/// The organisation's aims in id order: the organisation-wide ones and those of the units in
/// `scope` (every unit when `None`).
pub fn list(
    conn: &mut DbConn,
    organisation_id: OrganisationId,
    scope: Option<&[UnitId]>,
    filter: &AimFilter,
    page: &ListQuery,
) -> QueryResult<Vec<Aim>> {
    let mut query = aims::table
        .filter(aims::organisation_id.eq(organisation_id))
        .filter(aims::id.gt(page.after()))
        .order(aims::id)
        .limit(super::fetch_limit(page.limit()))
        .select(AimRow::as_select())
        .into_boxed();
    if let Some(unit_ids) = scope {
        query = query.filter(
            aims::unit_id
                .is_null()
                .or(aims::unit_id.eq_any(unit_ids.to_vec())),
        );
    }
    if let Some(unit_id) = filter.unit_id {
        query = query.filter(aims::unit_id.is_null().or(aims::unit_id.eq(unit_id)));
    }
    if let Some(archived) = filter.archived {
        query = query.filter(aims::archived.eq(archived));
    }
    query
        .load::<AimRow>(conn)
        .map(|rows| rows.into_iter().map(Aim::from).collect())
}

/// The organisation's aims whose period overlaps `from`–`to`, limited to the units in `scope`
/// (and the organisation's own aims) when given.
pub fn overlapping(
    conn: &mut DbConn,
    organisation_id: OrganisationId,
    scope: Option<&[UnitId]>,
    from: chrono::NaiveDate,
    to: chrono::NaiveDate,
) -> QueryResult<Vec<Aim>> {
    let mut query = aims::table
        .filter(aims::organisation_id.eq(organisation_id))
        .filter(aims::period_from.le(to))
        .filter(aims::period_to.ge(from))
        .order((aims::period_from, aims::id))
        .select(AimRow::as_select())
        .into_boxed();
    if let Some(unit_ids) = scope {
        query = query.filter(
            aims::unit_id
                .is_null()
                .or(aims::unit_id.eq_any(unit_ids.to_vec())),
        );
    }
    query
        .load::<AimRow>(conn)
        .map(|rows| rows.into_iter().map(Aim::from).collect())
}
