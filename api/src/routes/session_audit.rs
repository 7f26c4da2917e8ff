use actix_web::{get, web};
use logbook_shared::sessions::{AuditEntry, AuditFilter};
use logbook_shared::{ErrorBody, ListQuery, Page};
use utoipa_actix_web::service_config::ServiceConfig;

use crate::auth::{Action, AuthUser};
use crate::db::{self, queries::session_audit};
use crate::error::ApiError;
use crate::extract::ValidQuery;
use crate::state::AppState;

pub fn configure(cfg: &mut ServiceConfig) {
    cfg.service(list_audit_entries);
}

/// Who created, changed and deleted which session, and what changed, newest first: for org
/// admins, and unit managers for their units. Entries outlive deleted sessions.
#[utoipa::path(tag = "sessions", security(("bearer" = []), ("api_token" = ["sessions:read"])), params(ListQuery, AuditFilter),
    responses((status = 200, body = Page<AuditEntry>), (status = "4XX", body = ErrorBody)))]
#[get("/session-audit")]
async fn list_audit_entries(
    state: web::Data<AppState>,
    auth: AuthUser,
    page: ValidQuery<ListQuery>,
    filter: ValidQuery<AuditFilter>,
) -> Result<web::Json<Page<AuditEntry>>, ApiError> {
    let organisation = auth.require_organisation()?;
    auth.authorize(Action::ReadAuditTrail(organisation))?;
    let (page, filter, scope) = (
        page.into_inner(),
        filter.into_inner(),
        auth.scope.unit_ids(),
    );
    let rows = db::blocking(&state.pool, move |conn| {
        Ok(session_audit::list(
            conn,
            organisation,
            scope.as_deref(),
            &filter,
            &page,
        )?)
    })
    .await?;
    Ok(web::Json(Page::from_rows(rows, page.limit(), |row| row.id)))
}
