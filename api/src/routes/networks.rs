use actix_web::{HttpResponse, get, post, put, web};
use logbook_shared::ids::NetworkId;
use logbook_shared::networks::NetworkSettings;
use logbook_shared::structure::{CreatedNetwork, NameInput, Network, NewTenant};
use logbook_shared::{ErrorBody, ErrorCode, ListQuery, Page};
use utoipa_actix_web::service_config::ServiceConfig;

use super::common::created;
use crate::auth::policy::not_found;
use crate::auth::{Action, AuthUser};
use crate::db;
use crate::db::queries::{network_pulls, networks};
use crate::error::ApiError;
use crate::extract::{ValidJson, ValidQuery};
use crate::state::AppState;
use crate::tenants;

pub fn configure(cfg: &mut ServiceConfig) {
    cfg.service(list_networks)
        .service(create_network)
        .service(get_network)
        .service(update_network)
        .service(update_settings);
}

/// Networks: all for the system admin, their own for a network admin.
#[utoipa::path(tag = "networks", security(("bearer" = []), ("api_token" = ["statistics:read"])), params(ListQuery),
    responses((status = 200, body = Page<Network>), (status = "4XX", body = ErrorBody)))]
#[get("/networks")]
async fn list_networks(
    state: web::Data<AppState>,
    auth: AuthUser,
    page: ValidQuery<ListQuery>,
) -> Result<web::Json<Page<Network>>, ApiError> {
    let only = match auth.authorize(Action::ManageTenants) {
        Ok(()) => None,
        Err(refused) => {
            let own = auth.user.network_id.ok_or(refused)?;
            auth.authorize(Action::ReadNetwork(own))?;
            Some(own)
        }
    };
    let page = page.into_inner();
    let rows = db::blocking(&state.pool, move |conn| {
        Ok(networks::list(conn, only, &page)?)
    })
    .await?;
    Ok(web::Json(
        Page::from_rows(rows, page.limit(), |row| row.id).map(Network::from),
    ))
}

/// Create a network and invite its first network admin (system admin).
#[utoipa::path(tag = "networks", security(("bearer" = [])), request_body = NewTenant,
    responses((status = 201, body = CreatedNetwork), (status = "4XX", body = ErrorBody)))]
#[post("/networks")]
async fn create_network(
    state: web::Data<AppState>,
    auth: AuthUser,
    body: ValidJson<NewTenant>,
) -> Result<HttpResponse, ApiError> {
    auth.authorize(Action::ManageTenants)?;
    let input = body.0;
    let network = db::blocking(&state.pool, move |conn| {
        tenants::create_network(conn, &input)
    })
    .await?;
    Ok(created(&network))
}

#[utoipa::path(tag = "networks", security(("bearer" = []), ("api_token" = ["statistics:read"])), params(("id" = i64, Path)),
    responses((status = 200, body = Network), (status = "4XX", body = ErrorBody)))]
#[get("/networks/{id}")]
async fn get_network(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<NetworkId>,
) -> Result<web::Json<Network>, ApiError> {
    let id = id.into_inner();
    auth.authorize(Action::ReadNetwork(id))?;
    let row = db::blocking(&state.pool, move |conn| Ok(networks::get(conn, id)?)).await?;
    Ok(web::Json(row.ok_or_else(not_found)?.into()))
}

/// Rename or archive a network (system admin).
#[utoipa::path(tag = "networks", security(("bearer" = [])), params(("id" = i64, Path)), request_body = NameInput,
    responses((status = 200, body = Network), (status = "4XX", body = ErrorBody)))]
#[put("/networks/{id}")]
async fn update_network(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<NetworkId>,
    body: ValidJson<NameInput>,
) -> Result<web::Json<Network>, ApiError> {
    auth.authorize(Action::ManageTenants)?;
    let (id, input) = (id.into_inner(), body.0);
    let row = db::blocking(&state.pool, move |conn| {
        Ok(networks::update(conn, id, &input)?)
    })
    .await?;
    Ok(web::Json(row.ok_or_else(not_found)?.into()))
}

/// Set the network's suppression threshold and the grains its figures are released in: age
/// bands and the ages of visits per 1,000 residents (its network admins). The grains are
/// fixed once figures have been pulled (409): pulls in two sets of bands could be subtracted.
#[utoipa::path(operation_id = "update_network_settings", tag = "networks", security(("bearer" = [])), params(("id" = i64, Path)),
    request_body = NetworkSettings,
    responses((status = 200, body = Network), (status = "4XX", body = ErrorBody)))]
#[put("/networks/{id}/settings")]
async fn update_settings(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<NetworkId>,
    body: ValidJson<NetworkSettings>,
) -> Result<web::Json<Network>, ApiError> {
    let id = id.into_inner();
    auth.authorize(Action::ManageNetwork(id))?;
    let settings = body.0;
    let row = db::blocking(&state.pool, move |conn| {
        let network = networks::get(conn, id)?.ok_or_else(not_found)?;
        let regrained = settings
            .age_bands
            .as_ref()
            .is_some_and(|bands| *bands != network.age_bands())
            || settings
                .rate_ages
                .is_some_and(|ages| ages != network.rate_ages());
        if regrained && network_pulls::any(conn, id)? {
            return Err(ApiError::new(
                ErrorCode::Conflict,
                "Figures have been released in these age bands and ages; they stay as they are",
            ));
        }
        Ok(networks::set_settings(conn, id, &settings)?)
    })
    .await?;
    Ok(web::Json(row.ok_or_else(not_found)?.into()))
}
