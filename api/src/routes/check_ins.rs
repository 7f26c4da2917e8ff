//! Staff checking young people in from the session form, and who is checked in to a session.

use actix_web::{HttpResponse, get, post, web};
use logbook_shared::ErrorBody;
use logbook_shared::ids::SessionId;
use logbook_shared::visitors::{CheckIn, StaffCheckInInput};
use utoipa_actix_web::service_config::ServiceConfig;

use crate::auth::AuthUser;
use crate::db::{self, queries::check_ins};
use crate::error::ApiError;
use crate::extract::ValidJson;
use crate::state::AppState;
use crate::{sessions, visitors};

pub fn configure(cfg: &mut ServiceConfig) {
    cfg.service(list_check_ins).service(check_in);
}

/// The aliases checked in to the session (erased ones without their alias).
#[utoipa::path(tag = "sessions", security(("bearer" = []), ("api_token" = ["sessions:read"])), params(("id" = i64, Path)),
    responses((status = 200, body = Vec<CheckIn>), (status = "4XX", body = ErrorBody)))]
#[get("/sessions/{id}/check-ins")]
async fn list_check_ins(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<SessionId>,
) -> Result<web::Json<Vec<CheckIn>>, ApiError> {
    let (organisation, id) = (auth.require_organisation()?, id.into_inner());
    let list = db::blocking(&state.pool, move |conn| {
        sessions::readable(conn, &auth, organisation, id)?;
        Ok(check_ins::of_session(conn, id)?)
    })
    .await?;
    Ok(web::Json(list))
}

/// Check a young person in by alias (no PIN: staff know them). It counts once in the
/// session's attendance, in their gender and exact age; a repeat answers 200 with the first.
/// Throttled like guesses at a kiosk: 30 aliases a minute that name no one, per account.
#[utoipa::path(tag = "sessions", security(("bearer" = []), ("api_token" = ["sessions:write"])), params(("id" = i64, Path)),
    request_body = StaffCheckInInput,
    responses((status = 201, body = CheckIn), (status = 200, body = CheckIn),
        (status = 429, description = "Too many attempts", body = ErrorBody),
        (status = "4XX", body = ErrorBody)))]
#[post("/sessions/{id}/check-ins")]
async fn check_in(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<SessionId>,
    body: ValidJson<StaffCheckInInput>,
) -> Result<HttpResponse, ApiError> {
    let (organisation, id) = (auth.require_organisation()?, id.into_inner());
    let alias = body.0.alias;
    let user = auth.user.id;
    // Whether an alias exists is what a guess learns: misses are throttled per account.
    state
        .alias_throttle
        .staff_check_in(user)
        .map_err(ApiError::too_many_requests)?;
    let checked_in = db::blocking(&state.pool, move |conn| {
        visitors::by_staff(conn, &auth, organisation, id, &alias)
    })
    .await;
    let missed = checked_in
        .as_ref()
        .is_err_and(|error| error.names_field_code("not_recognised"));
    if !missed {
        state.alias_throttle.staff_found(user);
    }
    let (check_in, already) = checked_in?;
    Ok(if already {
        HttpResponse::Ok().json(check_in)
    } else {
        HttpResponse::Created().json(check_in)
    })
}
