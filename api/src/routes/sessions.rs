use actix_web::{HttpResponse, delete, get, post, put, web};
use logbook_shared::ids::SessionId;
use logbook_shared::sessions::{Session, SessionFilter, SessionInput};
use logbook_shared::{ErrorBody, FieldError, ListQuery, Page};
use utoipa_actix_web::service_config::ServiceConfig;

use crate::auth::{Action, AuthUser};
use crate::db;
use crate::db::queries::sessions as stored;
use crate::error::ApiError;
use crate::extract::{ValidJson, ValidQuery};
use crate::sessions;
use crate::sessions::idempotency::IdempotencyKey;
use crate::state::AppState;

pub fn configure(cfg: &mut ServiceConfig) {
    cfg.service(list_sessions)
        .service(create_session)
        .service(get_session)
        .service(update_session)
        .service(delete_session);
}

/// Sessions of the units the caller's role holds for, newest first (not for viewers: sessions
/// carry notes).
#[utoipa::path(tag = "sessions", security(("bearer" = []), ("api_token" = ["sessions:read"])), params(ListQuery, SessionFilter),
    responses((status = 200, body = Page<Session>), (status = "4XX", body = ErrorBody)))]
#[get("/sessions")]
async fn list_sessions(
    state: web::Data<AppState>,
    auth: AuthUser,
    page: ValidQuery<ListQuery>,
    filter: ValidQuery<SessionFilter>,
) -> Result<web::Json<Page<Session>>, ApiError> {
    let organisation = auth.require_organisation()?;
    auth.authorize(Action::ReadSessions(organisation))?;
    let (page, filter, scope) = (
        page.into_inner(),
        filter.into_inner(),
        auth.scope.unit_ids(),
    );
    let rows = db::blocking(&state.pool, move |conn| {
        Ok(stored::list(
            conn,
            organisation,
            scope.as_deref(),
            &filter,
            &page,
        )?)
    })
    .await?
    .ok_or_else(|| {
        let gone = FieldError::new(
            "cursor",
            "unknown",
            "No such session; start from the first page",
        );
        ApiError::invalid_fields(vec![gone])
    })?;
    Ok(web::Json(Page::from_rows(rows, page.limit(), |row| row.id)))
}

/// Log a session. The `Idempotency-Key` header (a client-made key, e.g. a random UUID) makes
/// a repeat of the same create answer the first result instead of creating a second session;
/// the repeat's answer carries `Idempotent-Replayed: true`.
#[utoipa::path(tag = "sessions", security(("bearer" = []), ("api_token" = ["sessions:write"])), request_body = SessionInput,
    params(("Idempotency-Key" = String, Header, description = "A client-made key unique to this session, e.g. a random UUID")),
    responses((status = 201, body = Session, headers(("Idempotent-Replayed" = bool,
            description = "`true` when this answers an earlier request with the same key"))),
        (status = "4XX", body = ErrorBody)))]
#[post("/sessions")]
async fn create_session(
    state: web::Data<AppState>,
    auth: AuthUser,
    key: IdempotencyKey,
    body: ValidJson<SessionInput>,
) -> Result<HttpResponse, ApiError> {
    let organisation = auth.require_organisation()?;
    let created = db::blocking(&state.pool, move |conn| {
        sessions::create(conn, &auth, organisation, &key, body.0)
    })
    .await?;
    Ok(HttpResponse::Created()
        .insert_header(("Idempotent-Replayed", created.replayed.to_string()))
        .json(created.session))
}

#[utoipa::path(tag = "sessions", security(("bearer" = []), ("api_token" = ["sessions:read"])), params(("id" = i64, Path)),
    responses((status = 200, body = Session), (status = "4XX", body = ErrorBody)))]
#[get("/sessions/{id}")]
async fn get_session(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<SessionId>,
) -> Result<web::Json<Session>, ApiError> {
    let (organisation, id) = (auth.require_organisation()?, id.into_inner());
    let session = db::blocking(&state.pool, move |conn| {
        sessions::readable(conn, &auth, organisation, id)
    })
    .await?;
    Ok(web::Json(session))
}

/// Change a session; the audit trail keeps what it was.
#[utoipa::path(tag = "sessions", security(("bearer" = []), ("api_token" = ["sessions:write"])), params(("id" = i64, Path)), request_body = SessionInput,
    responses((status = 200, body = Session), (status = "4XX", body = ErrorBody)))]
#[put("/sessions/{id}")]
async fn update_session(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<SessionId>,
    body: ValidJson<SessionInput>,
) -> Result<web::Json<Session>, ApiError> {
    let (organisation, id) = (auth.require_organisation()?, id.into_inner());
    let session = db::blocking(&state.pool, move |conn| {
        sessions::update(conn, &auth, organisation, id, body.0)
    })
    .await?;
    Ok(web::Json(session))
}

/// Delete a session; the audit trail keeps what it was.
#[utoipa::path(tag = "sessions", security(("bearer" = []), ("api_token" = ["sessions:write"])), params(("id" = i64, Path)),
    responses((status = 204, description = "Deleted"), (status = "4XX", body = ErrorBody)))]
#[delete("/sessions/{id}")]
async fn delete_session(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<SessionId>,
) -> Result<HttpResponse, ApiError> {
    let (organisation, id) = (auth.require_organisation()?, id.into_inner());
    db::blocking(&state.pool, move |conn| {
        sessions::delete(conn, &auth, organisation, id)
    })
    .await?;
    Ok(HttpResponse::NoContent().finish())
}
