//! Reports: SPEC section 7's figures for a scope and period. Every organisation role reads
//! them for its units (figures carry no notes and no aliases).

use actix_web::{get, web};
use logbook_shared::reports::{Report, ReportQuery};
use logbook_shared::{ErrorBody, field_errors_body};
use utoipa_actix_web::service_config::ServiceConfig;

use super::check_visible_unit_ids;
use crate::app::AppState;
use crate::auth::{Action, AuthUser};
use crate::db::queries::organisations;
use crate::db::queries::reports::Selection;
use crate::db::{self};
use crate::error::ApiError;
use crate::reports;

pub fn configure(cfg: &mut ServiceConfig) {
    cfg.service(get_report);
}

/// Every figure of SPEC 7 for the sessions dated `from`–`to` of the listed units (or every
/// unit the caller may read), narrowed by the filters; grouped when `group_by` is given;
/// attendance by age in `bands` (default: the organisation's entry bands).
#[utoipa::path(tag = "reports", security(("bearer" = [])), params(ReportQuery),
    responses((status = 200, body = Report), (status = "4XX", body = ErrorBody)))]
#[get("/reports")]
async fn get_report(
    state: web::Data<AppState>,
    auth: AuthUser,
    query: web::Query<ReportQuery>,
) -> Result<web::Json<Report>, ApiError> {
    let organisation = auth.require_organisation()?;
    auth.authorize(Action::ReadReports(organisation))?;
    let query = query.into_inner();
    let errors = query.errors();
    if !errors.is_empty() {
        return Err(ApiError::validation(field_errors_body(errors)));
    }
    let (listed, requested_bands) = (
        query.units().ok().flatten(),
        query.age_bands().ok().flatten(),
    );
    let report = db::blocking(&state.pool, move |conn| {
        let unit_ids = match listed {
            Some(ids) => {
                check_visible_unit_ids(conn, &auth, organisation, &ids)?;
                Some(ids)
            }
            None => auth.scope.unit_ids(),
        };
        let bands = match requested_bands {
            Some(bands) => bands,
            None => {
                organisations::get(conn, organisation)?
                    .ok_or_else(crate::auth::policy::not_found)?
                    .settings()?
                    .entry_age_bands
            }
        };
        let selection = Selection {
            unit_ids,
            kind: query.kind,
            activity_id: query.activity_id,
            topic_id: query.topic_id,
            delivery_mode: query.delivery_mode,
            ..Selection::period(organisation, query.from, query.to)
        };
        reports::report(conn, &selection, query.group_by, &bands)
    })
    .await?;
    Ok(web::Json(report))
}
