//! Figures for a scope and period. Every organisation role reads them for its units.

use actix_web::{get, web};
use logbook_shared::visitors::{VisitorFigures, VisitorFiguresQuery};
use logbook_shared::{ErrorBody, field_errors_body};
use utoipa_actix_web::service_config::ServiceConfig;

use super::check_visible_unit_ids;
use crate::app::AppState;
use crate::auth::{Action, AuthUser};
use crate::db::{self, queries::figures::Selection};
use crate::error::ApiError;
use crate::reports;

pub fn configure(cfg: &mut ServiceConfig) {
    cfg.service(visitor_figures);
}

/// Sessions, visits, unique visitors and first-time visitors (SPEC 7) of the sessions dated
/// `from`–`to` of the listed units, or of every unit the caller may read.
#[utoipa::path(tag = "reports", security(("bearer" = [])), params(VisitorFiguresQuery),
    responses((status = 200, body = VisitorFigures), (status = "4XX", body = ErrorBody)))]
#[get("/reports/visitors")]
async fn visitor_figures(
    state: web::Data<AppState>,
    auth: AuthUser,
    query: web::Query<VisitorFiguresQuery>,
) -> Result<web::Json<VisitorFigures>, ApiError> {
    let organisation = auth.require_organisation()?;
    auth.authorize(Action::ReadReports(organisation))?;
    let query = query.into_inner();
    let mut errors = query.period_errors();
    let listed = query.units().unwrap_or_else(|error| {
        errors.push(error);
        None
    });
    if !errors.is_empty() {
        return Err(ApiError::validation(field_errors_body(errors)));
    }
    let figures = db::blocking(&state.pool, move |conn| {
        let unit_ids = match listed {
            Some(ids) => {
                check_visible_unit_ids(conn, &auth, organisation, &ids)?;
                Some(ids)
            }
            None => auth.scope.unit_ids(),
        };
        let selection = Selection {
            organisation_id: organisation,
            from: query.from,
            to: query.to,
            unit_ids,
        };
        reports::visitor_figures(conn, &selection)
    })
    .await?;
    Ok(web::Json(figures))
}
