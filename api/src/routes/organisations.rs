use actix_web::{HttpResponse, get, post, put, web};
use logbook_shared::ids::OrganisationId;
use logbook_shared::structure::{
    CreatedOrganisation, NameInput, NewTenant, Organisation, OrganisationSettings,
};
use logbook_shared::{ErrorBody, ListQuery, Page};
use utoipa_actix_web::service_config::ServiceConfig;

use super::common::created;
use crate::auth::policy::not_found;
use crate::auth::{Action, AuthUser};
use crate::db::{self, queries::organisations};
use crate::error::ApiError;
use crate::extract::{ValidJson, ValidQuery};
use crate::state::AppState;
use crate::{local_time, tenants};

pub fn configure(cfg: &mut ServiceConfig) {
    cfg.service(list_organisations)
        .service(create_organisation)
        .service(get_organisation)
        .service(update_organisation)
        .service(get_settings)
        .service(update_settings);
}

/// Organisations: all for the system admin, their own for an organisation's people.
#[utoipa::path(tag = "organisations", security(("bearer" = []), ("api_token" = ["structure:read"])), params(ListQuery),
    responses((status = 200, body = Page<Organisation>), (status = "4XX", body = ErrorBody)))]
#[get("/organisations")]
async fn list_organisations(
    state: web::Data<AppState>,
    auth: AuthUser,
    page: ValidQuery<ListQuery>,
) -> Result<web::Json<Page<Organisation>>, ApiError> {
    let only = match auth.authorize(Action::ManageTenants) {
        Ok(()) => None,
        Err(refused) => {
            let own = auth.organisation_id().ok_or(refused)?;
            auth.authorize(Action::ReadOrganisation(own))?;
            Some(own)
        }
    };
    let page = page.into_inner();
    let rows = db::blocking(&state.pool, move |conn| {
        Ok(organisations::list(conn, only, &page)?)
    })
    .await?;
    Ok(web::Json(
        Page::from_rows(rows, page.limit(), |row| row.id).map(Organisation::from),
    ))
}

/// Create an organisation with the built-in topics and invite its first org admin (system admin).
#[utoipa::path(tag = "organisations", security(("bearer" = [])), request_body = NewTenant,
    responses((status = 201, body = CreatedOrganisation), (status = "4XX", body = ErrorBody)))]
#[post("/organisations")]
async fn create_organisation(
    state: web::Data<AppState>,
    auth: AuthUser,
    body: ValidJson<NewTenant>,
) -> Result<HttpResponse, ApiError> {
    auth.authorize(Action::ManageTenants)?;
    let input = body.0;
    let organisation = db::blocking(&state.pool, move |conn| {
        tenants::create_organisation(conn, &input)
    })
    .await?;
    Ok(created(&organisation))
}

#[utoipa::path(tag = "organisations", security(("bearer" = []), ("api_token" = ["structure:read"])), params(("id" = i64, Path)),
    responses((status = 200, body = Organisation), (status = "4XX", body = ErrorBody)))]
#[get("/organisations/{id}")]
async fn get_organisation(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<OrganisationId>,
) -> Result<web::Json<Organisation>, ApiError> {
    let id = id.into_inner();
    auth.authorize(Action::ReadOrganisation(id))?;
    let row = db::blocking(&state.pool, move |conn| Ok(organisations::get(conn, id)?)).await?;
    Ok(web::Json(row.ok_or_else(not_found)?.into()))
}

/// Rename or archive an organisation (system admin).
#[utoipa::path(tag = "organisations", security(("bearer" = [])), params(("id" = i64, Path)), request_body = NameInput,
    responses((status = 200, body = Organisation), (status = "4XX", body = ErrorBody)))]
#[put("/organisations/{id}")]
async fn update_organisation(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<OrganisationId>,
    body: ValidJson<NameInput>,
) -> Result<web::Json<Organisation>, ApiError> {
    auth.authorize(Action::ManageTenants)?;
    let (id, input) = (id.into_inner(), body.0);
    let row = db::blocking(&state.pool, move |conn| {
        Ok(organisations::update(conn, id, &input)?)
    })
    .await?;
    Ok(web::Json(row.ok_or_else(not_found)?.into()))
}

/// The organisation's settings: entry age bands, small-cell thresholds, consent age, retention.
#[utoipa::path(tag = "organisations", security(("bearer" = []), ("api_token" = ["structure:read"])), params(("id" = i64, Path)),
    responses((status = 200, body = OrganisationSettings), (status = "4XX", body = ErrorBody)))]
#[get("/organisations/{id}/settings")]
async fn get_settings(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<OrganisationId>,
) -> Result<web::Json<OrganisationSettings>, ApiError> {
    let id = id.into_inner();
    auth.authorize(Action::ReadOrganisationData(id))?;
    let row = db::blocking(&state.pool, move |conn| Ok(organisations::get(conn, id)?)).await?;
    Ok(web::Json(row.ok_or_else(not_found)?.settings()?))
}

/// Change the settings (org admin).
#[utoipa::path(operation_id = "update_organisation_settings", tag = "organisations", security(("bearer" = [])), params(("id" = i64, Path)),
    request_body = OrganisationSettings,
    responses((status = 200, body = OrganisationSettings), (status = "4XX", body = ErrorBody)))]
#[put("/organisations/{id}/settings")]
async fn update_settings(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<OrganisationId>,
    body: ValidJson<OrganisationSettings>,
) -> Result<web::Json<OrganisationSettings>, ApiError> {
    let id = id.into_inner();
    auth.authorize(Action::AdministerOrganisation(id))?;
    let settings = body.0;
    local_time::zone(&settings.time_zone).map_err(|error| ApiError::invalid_fields(vec![error]))?;
    let stored = settings.clone();
    db::blocking(&state.pool, move |conn| {
        Ok(organisations::update_settings(conn, id, &stored)?)
    })
    .await?;
    Ok(web::Json(settings))
}
