//! The organisation's aliases: staff register a young person, and for subject requests
//! (SPEC 9) org admins and unit managers find, export everything held and erase. Aliases
//! belong to the whole organisation; a unit manager finds those checked in at their units,
//! and exports and erases those seen at their units alone (`privacy::in_scope`).

use actix_web::{HttpResponse, delete, get, post, web};
use logbook_shared::ids::AliasId;
use logbook_shared::visitors::{Alias, AliasExport, AliasFilter, AliasInput, alias_key};
use logbook_shared::{ErrorBody, ListQuery, Page};
use utoipa_actix_web::service_config::ServiceConfig;

use crate::auth::policy::not_found;
use crate::auth::{Action, AuthUser};
use crate::db::{self, queries::aliases};
use crate::error::ApiError;
use crate::extract::{ValidJson, ValidQuery};
use crate::state::AppState;
use crate::visitors::{self, AliasDraft, Place, privacy};

pub fn configure(cfg: &mut ServiceConfig) {
    cfg.service(list_aliases)
        .service(register_alias)
        .service(export_alias)
        .service(erase_alias);
}

/// Aliases whose text starts with `q` (ignoring case), in id order; for a unit manager, those
/// checked in at their units.
#[utoipa::path(tag = "visitors", security(("bearer" = [])), params(ListQuery, AliasFilter),
    responses((status = 200, body = Page<Alias>), (status = "4XX", body = ErrorBody)))]
#[get("/aliases")]
async fn list_aliases(
    state: web::Data<AppState>,
    auth: AuthUser,
    page: ValidQuery<ListQuery>,
    filter: ValidQuery<AliasFilter>,
) -> Result<web::Json<Page<Alias>>, ApiError> {
    let organisation = auth.require_organisation()?;
    auth.authorize(Action::ManageAliases(organisation))?;
    let page = page.into_inner();
    let prefix = filter.into_inner().q.map(|q| alias_key(&q));
    let units = auth.scope.unit_ids();
    let rows = db::blocking(&state.pool, move |conn| {
        Ok(aliases::list(
            conn,
            organisation,
            units.as_deref(),
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

/// Register a young person's alias from the staff side (org admins, unit managers, youth
/// workers), with the same rules as the kiosk: birth year, gender, an optional PIN, and under
/// the consent age `guardian_confirmed`. Nothing is counted until a check-in (`POST
/// /sessions/{id}/check-ins`, also to a past session). Throttled like a kiosk, since "taken"
/// tells that an alias exists.
#[utoipa::path(tag = "visitors", security(("bearer" = [])), request_body = AliasInput,
    responses((status = 201, body = Alias),
        (status = 429, description = "Too many attempts", body = ErrorBody),
        (status = "4XX", body = ErrorBody)))]
#[post("/aliases")]
async fn register_alias(
    state: web::Data<AppState>,
    auth: AuthUser,
    body: ValidJson<AliasInput>,
) -> Result<HttpResponse, ApiError> {
    let organisation = auth.require_organisation()?;
    auth.authorize(Action::RegisterAliases(organisation))?;
    let input = body.0;
    state
        .alias_throttle
        .by_staff(auth.user.id, organisation, &alias_key(&input.alias))
        .map_err(ApiError::too_many_requests)?;
    let place = db::blocking(&state.pool, move |conn| Place::of(conn, organisation)).await?;
    let draft = AliasDraft::of(&input, &place).await?;
    let alias = db::blocking(&state.pool, move |conn| {
        visitors::insert_alias(conn, organisation, &draft.as_new())
    })
    .await?;
    Ok(super::common::created(&alias.to_dto()?))
}

/// Everything held about one alias: its profile (never the PIN) and every check-in.
#[utoipa::path(tag = "visitors", security(("bearer" = [])), params(("id" = i64, Path)),
    responses((status = 200, body = AliasExport), (status = "4XX", body = ErrorBody)))]
#[get("/aliases/{id}/export")]
async fn export_alias(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<AliasId>,
) -> Result<HttpResponse, ApiError> {
    let (organisation, id) = (auth.require_organisation()?, id.into_inner());
    auth.authorize(Action::ManageAliases(organisation))?;
    let scope = auth.scope.clone();
    let export = db::blocking(&state.pool, move |conn| {
        privacy::in_scope(conn, organisation, id, &scope)?;
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
    id: web::Path<AliasId>,
) -> Result<HttpResponse, ApiError> {
    let (organisation, id) = (auth.require_organisation()?, id.into_inner());
    auth.authorize(Action::ManageAliases(organisation))?;
    let scope = auth.scope.clone();
    let erased = db::blocking(&state.pool, move |conn| {
        privacy::erase(conn, organisation, id, &scope)
    })
    .await?;
    if !erased {
        return Err(not_found());
    }
    Ok(HttpResponse::NoContent().finish())
}
