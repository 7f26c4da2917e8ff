use actix_web::{HttpResponse, get, post, put, web};
use logbook_shared::ids::{OrganisationId, UnitId};
use logbook_shared::structure::{ActivityKind, ArchivedFilter, Unit, UnitInput};
use logbook_shared::{ErrorBody, FieldError, ListQuery, Page};
use utoipa_actix_web::service_config::ServiceConfig;

use super::common::created;
use crate::auth::policy::not_found;
use crate::auth::{Action, AuthUser};
use crate::db::queries::{activities, units};
use crate::db::{self, DbConn};
use crate::error::ApiError;
use crate::extract::{ValidJson, ValidQuery};
use crate::state::AppState;

pub fn configure(cfg: &mut ServiceConfig) {
    cfg.service(list_units)
        .service(create_unit)
        .service(get_unit)
        .service(update_unit);
}

/// The units the caller's role holds for.
#[utoipa::path(tag = "structure", security(("bearer" = []), ("api_token" = ["structure:read"])), params(ListQuery, ArchivedFilter),
    responses((status = 200, body = Page<Unit>), (status = "4XX", body = ErrorBody)))]
#[get("/units")]
async fn list_units(
    state: web::Data<AppState>,
    auth: AuthUser,
    page: ValidQuery<ListQuery>,
    filter: ValidQuery<ArchivedFilter>,
) -> Result<web::Json<Page<Unit>>, ApiError> {
    let organisation = auth.require_organisation()?;
    auth.authorize(Action::ReadOrganisationData(organisation))?;
    let (page, archived, scope) = (page.into_inner(), filter.archived, auth.scope.unit_ids());
    let rows = db::blocking(&state.pool, move |conn| {
        Ok(units::list(
            conn,
            organisation,
            scope.as_deref(),
            archived,
            &page,
        )?)
    })
    .await?;
    Ok(web::Json(
        Page::from_rows(rows, page.limit(), |row| row.id).try_map(units::UnitRow::into_dto)?,
    ))
}

/// Add a unit (org admin).
#[utoipa::path(tag = "structure", security(("bearer" = [])), request_body = UnitInput,
    responses((status = 201, body = Unit), (status = "4XX", body = ErrorBody)))]
#[post("/units")]
async fn create_unit(
    state: web::Data<AppState>,
    auth: AuthUser,
    body: ValidJson<UnitInput>,
) -> Result<HttpResponse, ApiError> {
    let organisation = auth.require_organisation()?;
    auth.authorize(Action::AdministerOrganisation(organisation))?;
    let input = body.0;
    let row = db::blocking(&state.pool, move |conn| {
        check_default_activity(conn, organisation, None, &input)?;
        Ok(units::insert(conn, organisation, &input)?)
    })
    .await?;
    Ok(created(&row.into_dto()?))
}

#[utoipa::path(tag = "structure", security(("bearer" = []), ("api_token" = ["structure:read"])), params(("id" = i64, Path)),
    responses((status = 200, body = Unit), (status = "4XX", body = ErrorBody)))]
#[get("/units/{id}")]
async fn get_unit(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<UnitId>,
) -> Result<web::Json<Unit>, ApiError> {
    let (organisation, id) = (auth.require_organisation()?, id.into_inner());
    let row = db::blocking(&state.pool, move |conn| {
        Ok(units::get(conn, organisation, id)?)
    })
    .await?;
    let row = row.ok_or_else(not_found)?;
    auth.authorize(Action::ReadUnit(id))?;
    Ok(web::Json(row.into_dto()?))
}

/// Rename, retype or archive a unit (org admin, or a unit manager of it).
#[utoipa::path(tag = "structure", security(("bearer" = [])), params(("id" = i64, Path)), request_body = UnitInput,
    responses((status = 200, body = Unit), (status = "4XX", body = ErrorBody)))]
#[put("/units/{id}")]
async fn update_unit(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<UnitId>,
    body: ValidJson<UnitInput>,
) -> Result<web::Json<Unit>, ApiError> {
    let (organisation, id) = (auth.require_organisation()?, id.into_inner());
    auth.authorize(Action::ManageUnit(id))?;
    let input = body.0;
    let row = db::blocking(&state.pool, move |conn| {
        check_default_activity(conn, organisation, Some(id), &input)?;
        Ok(units::update(conn, organisation, id, &input)?)
    })
    .await?;
    Ok(web::Json(row.ok_or_else(not_found)?.into_dto()?))
}

/// The activity whose session a check-in opens must be one of this unit's open activities
/// (so a new unit has none yet).
fn check_default_activity(
    conn: &mut DbConn,
    organisation: OrganisationId,
    unit: Option<UnitId>,
    input: &UnitInput,
) -> Result<(), ApiError> {
    let Some(activity_id) = input.check_in.default_open_activity_id else {
        return Ok(());
    };
    let activity = activities::get(conn, organisation, activity_id)?;
    if activity
        .is_some_and(|a| Some(a.unit_id) == unit && a.kind == ActivityKind::Open && !a.archived)
    {
        return Ok(());
    }
    Err(ApiError::invalid_fields(vec![FieldError::new(
        "default_open_activity_id",
        "not_an_open_activity_of_the_unit",
        "Choose one of this unit's open activities",
    )]))
}
