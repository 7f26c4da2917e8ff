//! The organisation's aliases for subject requests (SPEC 9): find, export everything held,
//! erase. Org admins and unit managers; aliases belong to the whole organisation.

use actix_web::{HttpResponse, delete, get, web};
use logbook_shared::visitors::{Alias, AliasExport, AliasFilter, alias_key};
use logbook_shared::{ErrorBody, ListQuery, Page};
use utoipa_actix_web::service_config::ServiceConfig;

use crate::app::AppState;
use crate::auth::policy::not_found;
use crate::auth::{Action, AuthUser};
use crate::db::{self, queries::aliases};
use crate::error::ApiError;
use crate::visitors::privacy;

pub fn configure(cfg: &mut ServiceConfig) {
    cfg.service(list_aliases)
        .service(export_alias)
        .service(erase_alias);
}

/// Aliases whose text starts with `q` (ignoring case), in id order.
#[utoipa::path(tag = "visitors", security(("bearer" = [])), params(ListQuery, AliasFilter),
    responses((status = 200, body = Page<Alias>), (status = "4XX", body = ErrorBody)))]
#[get("/aliases")]
async fn list_aliases(
    state: web::Data<AppState>,
    auth: AuthUser,
    page: web::Query<ListQuery>,
    filter: web::Query<AliasFilter>,
) -> Result<web::Json<Page<Alias>>, ApiError> {
    let organisation = auth.require_organisation()?;
    auth.authorize(Action::ManageAliases(organisation))?;
    let page = page.into_inner();
    let prefix = filter.into_inner().q.map(|q| alias_key(&q));
    let rows = db::blocking(&state.pool, move |conn| {
        Ok(aliases::list(
            conn,
            organisation,
            prefix.as_deref(),
            page.after(),
            page.limit(),
        )?)
    })
    .await?;
    let items = rows
        .iter()
        .map(aliases::AliasRow::to_dto)
        .collect::<Result<Vec<_>, _>>()?;
    Ok(web::Json(Page::from_rows(items, page.limit(), |alias| {
        alias.id
    })))
}

/// Everything held about one alias: its profile (never the PIN) and every check-in.
#[utoipa::path(tag = "visitors", security(("bearer" = [])), params(("id" = i64, Path)),
    responses((status = 200, body = AliasExport), (status = "4XX", body = ErrorBody)))]
#[get("/aliases/{id}/export")]
async fn export_alias(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<i64>,
) -> Result<HttpResponse, ApiError> {
    let (organisation, id) = (auth.require_organisation()?, id.into_inner());
    auth.authorize(Action::ManageAliases(organisation))?;
    let export = db::blocking(&state.pool, move |conn| {
        privacy::export(conn, organisation, id)
    })
    .await?
    .ok_or_else(not_found)?;
    Ok(HttpResponse::Ok()
        .insert_header((
            "Content-Disposition",
            format!("attachment; filename=\"alias-{id}.json\""),
        ))
        .json(export))
}

/// Erase an alias: its text, PIN and profile go; its check-ins stay as anonymous counts, so
/// no figure changes.
#[utoipa::path(tag = "visitors", security(("bearer" = [])), params(("id" = i64, Path)),
    responses((status = 204), (status = "4XX", body = ErrorBody)))]
#[delete("/aliases/{id}")]
async fn erase_alias(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<i64>,
) -> Result<HttpResponse, ApiError> {
    let (organisation, id) = (auth.require_organisation()?, id.into_inner());
    auth.authorize(Action::ManageAliases(organisation))?;
    let erased = db::blocking(&state.pool, move |conn| {
        privacy::erase(conn, organisation, id)
    })
    .await?;
    if !erased {
        return Err(not_found());
    }
    Ok(HttpResponse::NoContent().finish())
}
