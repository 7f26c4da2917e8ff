//! Aims: a title, the organisation or one unit, a period, and the indicators that follow it
//! up (JSON, read and written with the aim); and each saved version of an aim's plan.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use logbook_shared::ListQuery;
use logbook_shared::aims::{Aim, AimFilter, AimInput, Indicator, Plan, PlanAction, PlanInput};
use logbook_shared::ids::{AimId, OrganisationId, UnitId, UserId};

use crate::db::DbConn;
use crate::db::schema::{aim_plans, aims, users};

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
    pub template: Option<String>,
    pub indicators: String,
}

impl TryFrom<AimRow> for Aim {
    type Error = diesel::result::Error;

    fn try_from(row: AimRow) -> QueryResult<Self> {
        Ok(Aim {
            id: row.id,
            title: row.title,
            unit_id: row.unit_id,
            period_from: row.period_from,
            period_to: row.period_to,
            archived: row.archived,
            template: row.template,
            indicators: from_json(&row.indicators)?,
            created_at: row.created_at,
        })
    }
}

fn from_json<T: serde::de::DeserializeOwned>(text: &str) -> QueryResult<T> {
    serde_json::from_str(text).map_err(|e| diesel::result::Error::DeserializationError(Box::new(e)))
}

fn to_json<T: serde::Serialize>(value: &T) -> QueryResult<String> {
    serde_json::to_string(value).map_err(|e| diesel::result::Error::SerializationError(Box::new(e)))
}

fn aims_of(rows: Vec<AimRow>) -> QueryResult<Vec<Aim>> {
    rows.into_iter().map(Aim::try_from).collect()
}

#[derive(AsChangeset, Insertable)]
#[diesel(table_name = aims, treat_none_as_null = true)]
struct AimChanges<'a> {
    unit_id: Option<UnitId>,
    title: &'a str,
    period_from: NaiveDate,
    period_to: NaiveDate,
    archived: bool,
    indicators: String,
}

impl<'a> AimChanges<'a> {
    fn of(input: &'a AimInput, indicators: &[Indicator]) -> QueryResult<Self> {
        Ok(AimChanges {
            unit_id: input.unit_id,
            title: input.title.trim(),
            period_from: input.period_from,
            period_to: input.period_to,
            archived: input.archived,
            indicators: to_json(&indicators)?,
        })
    }
}

/// A new aim with these indicators, adopted from a Good Enough `template` or not.
pub fn insert(
    conn: &mut DbConn,
    organisation_id: OrganisationId,
    input: &AimInput,
    indicators: &[Indicator],
    template: Option<&str>,
) -> QueryResult<Aim> {
    diesel::insert_into(aims::table)
        .values((
            aims::organisation_id.eq(organisation_id),
            AimChanges::of(input, indicators)?,
            aims::template.eq(template),
            aims::created_at.eq(super::now()),
        ))
        .get_result::<AimRow>(conn)
        .and_then(Aim::try_from)
}

pub fn update(
    conn: &mut DbConn,
    organisation_id: OrganisationId,
    id: AimId,
    input: &AimInput,
    indicators: &[Indicator],
) -> QueryResult<Option<Aim>> {
    diesel::update(
        aims::table
            .filter(aims::organisation_id.eq(organisation_id))
            .filter(aims::id.eq(id)),
    )
    .set(AimChanges::of(input, indicators)?)
    .get_result::<AimRow>(conn)
    .optional()?
    .map(Aim::try_from)
    .transpose()
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
        .optional()?
        .map(Aim::try_from)
        .transpose()
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
        .and_then(aims_of)
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
    query.load::<AimRow>(conn).and_then(aims_of)
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
    query.load::<AimRow>(conn).and_then(aims_of)
}

/// Saves a new version of the aim's notes and action plan (every version is kept).
pub fn insert_plan(
    conn: &mut DbConn,
    organisation_id: OrganisationId,
    aim_id: AimId,
    input: &PlanInput,
    writer: UserId,
) -> QueryResult<()> {
    let actions: Vec<PlanAction> = input
        .actions
        .iter()
        .map(|action| PlanAction {
            what: action.what.trim().to_owned(),
            by_when: action.by_when,
            who: action.who.trim().to_owned(),
            done: action.done,
        })
        .collect();
    diesel::insert_into(aim_plans::table)
        .values((
            aim_plans::organisation_id.eq(organisation_id),
            aim_plans::aim_id.eq(aim_id),
            aim_plans::notes.eq(input.notes.trim()),
            aim_plans::actions.eq(to_json(&actions)?),
            aim_plans::written_by.eq(writer),
            aim_plans::written_at.eq(super::now()),
        ))
        .execute(conn)
        .map(|_| ())
}

/// The saved versions of these aims' plans, newest first (only the latest of each when
/// `latest_only`).
pub fn plans(
    conn: &mut DbConn,
    organisation_id: OrganisationId,
    aim_ids: &[AimId],
    latest_only: bool,
) -> QueryResult<Vec<Plan>> {
    let rows: Vec<(AimId, String, String, Option<String>, NaiveDateTime)> = aim_plans::table
        .left_join(users::table)
        .filter(aim_plans::organisation_id.eq(organisation_id))
        .filter(aim_plans::aim_id.eq_any(aim_ids.to_vec()))
        .order((aim_plans::aim_id, aim_plans::id.desc()))
        .select((
            aim_plans::aim_id,
            aim_plans::notes,
            aim_plans::actions,
            users::display_name.nullable(),
            aim_plans::written_at,
        ))
        .load(conn)?;
    let mut plans: Vec<Plan> = Vec::new();
    for (aim_id, notes, actions, written_by, written_at) in rows {
        if latest_only && plans.last().is_some_and(|plan| plan.aim_id == aim_id) {
            continue;
        }
        plans.push(Plan {
            aim_id,
            notes,
            actions: from_json(&actions)?,
            written_by,
            written_at,
        });
    }
    Ok(plans)
}

/// The aims set for one place, in id order: the organisation's own (`unit_id` `None`) or one
/// unit's; archived ones too when `archived`.
pub fn of_place(
    conn: &mut DbConn,
    organisation_id: OrganisationId,
    unit_id: Option<UnitId>,
    archived: bool,
) -> QueryResult<Vec<Aim>> {
    let mut query = aims::table
        .filter(aims::organisation_id.eq(organisation_id))
        .order(aims::id)
        .select(AimRow::as_select())
        .into_boxed();
    query = match unit_id {
        Some(unit) => query.filter(aims::unit_id.eq(unit)),
        None => query.filter(aims::unit_id.is_null()),
    };
    if !archived {
        query = query.filter(aims::archived.eq(false));
    }
    query.load::<AimRow>(conn).and_then(aims_of)
}
