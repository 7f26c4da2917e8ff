//! An organisation's yearly key figures and its municipality's residents by age (SPEC 8), and
//! the rates they give: visits per 1,000 residents of an age range and cost per visit.

use actix_web::{HttpResponse, get, put, web};
use logbook_shared::ErrorBody;
use logbook_shared::key_figures::{KeyFigures, Rates, RatesQuery};
use utoipa_actix_web::service_config::ServiceConfig;

use super::common::year_bounds;
use crate::auth::{Action, AuthUser};
use crate::db;
use crate::db::queries::key_figures;
use crate::db::queries::reports::selection::Selection;
use crate::error::ApiError;
use crate::extract::{ValidJson, ValidQuery};
use crate::reports::rates;
use crate::state::AppState;

pub fn configure(cfg: &mut ServiceConfig) {
    cfg.service(get_key_figures)
        .service(save_key_figures)
        .service(get_rates);
}

/// The year's key figures and residents by age (every organisation role reads them).
#[utoipa::path(tag = "reports", security(("bearer" = []), ("api_token" = ["reports:read"])), params(("year" = i32, Path)),
    responses((status = 200, body = KeyFigures), (status = "4XX", body = ErrorBody)))]
#[get("/key-figures/{year}")]
async fn get_key_figures(
    state: web::Data<AppState>,
    auth: AuthUser,
    year: web::Path<i32>,
) -> Result<web::Json<KeyFigures>, ApiError> {
    let organisation = auth.require_organisation()?;
    auth.authorize(Action::ReadReports(organisation))?;
    let year = year.into_inner();
    year_bounds(year)?;
    let figures = db::blocking(&state.pool, move |conn| {
        Ok(key_figures::get(conn, organisation, year)?)
    })
    .await?;
    Ok(web::Json(figures))
}

/// Replace the year's key figures and residents by age (org admin).
#[utoipa::path(tag = "reports", security(("bearer" = [])), params(("year" = i32, Path)),
    request_body = KeyFigures,
    responses((status = 204), (status = "4XX", body = ErrorBody)))]
#[put("/key-figures/{year}")]
async fn save_key_figures(
    state: web::Data<AppState>,
    auth: AuthUser,
    year: web::Path<i32>,
    body: ValidJson<KeyFigures>,
) -> Result<HttpResponse, ApiError> {
    let organisation = auth.require_organisation()?;
    auth.authorize(Action::AdministerOrganisation(organisation))?;
    let year = year.into_inner();
    year_bounds(year)?;
    let figures = body.0;
    db::blocking(&state.pool, move |conn| {
        crate::db::write_transaction(conn, |conn| {
            key_figures::save(conn, organisation, year, &figures)
        })?;
        Ok(())
    })
    .await?;
    Ok(HttpResponse::NoContent().finish())
}

/// The whole organisation's rates of the year: visits per 1,000 residents of `ages`
/// (default 6–20) and cost per visit. Municipality-wide, so for unscoped roles only.
#[utoipa::path(tag = "reports", security(("bearer" = []), ("api_token" = ["reports:read"])), params(("year" = i32, Path), RatesQuery),
    responses((status = 200, body = Rates), (status = "4XX", body = ErrorBody)))]
#[get("/key-figures/{year}/rates")]
async fn get_rates(
    state: web::Data<AppState>,
    auth: AuthUser,
    year: web::Path<i32>,
    query: ValidQuery<RatesQuery>,
) -> Result<web::Json<Rates>, ApiError> {
    let organisation = auth.require_organisation()?;
    auth.authorize(Action::ReadReports(organisation))?;
    if auth.scope.unit_ids().is_some() {
        return Err(crate::auth::policy::forbidden());
    }
    let year = year.into_inner();
    let (from, to) = year_bounds(year)?;
    let ages = query
        .ages()
        .map_err(|error| ApiError::invalid_fields(vec![error]))?;
    let rates = db::blocking(&state.pool, move |conn| {
        let selection = Selection::period(organisation, from, to);
        let inputs = rates::by_organisation(conn, &selection, ages)?
            .ok_or_else(|| ApiError::internal("a calendar year spans one year"))?
            .total;
        let cost = key_figures::get(conn, organisation, year)?.cost;
        Ok(Rates {
            year,
            ages,
            residents: inputs.residents,
            visits_in_ages: inputs.visits_in_ages,
            visits_per_1000_residents: inputs.visits_per_1000(),
            visits: inputs.visits,
            cost,
            cost_per_visit: inputs.cost_per_visit(),
        })
    })
    .await?;
    Ok(web::Json(rates))
}
