//! The one-time links, used without signing in: the token in the path is the credential.

use actix_web::{HttpResponse, get, post, web};
use logbook_shared::ErrorBody;
use logbook_shared::users::{InvitationInfo, SetPassword};
use utoipa_actix_web::service_config::ServiceConfig;

use crate::accounts;
use crate::auth::password;
use crate::db;
use crate::error::ApiError;
use crate::extract::ValidJson;
use crate::state::AppState;

pub fn configure(cfg: &mut ServiceConfig) {
    cfg.service(get_invitation).service(accept_invitation);
}

/// Whose account a link sets the password of. Used, expired and unknown links answer 404.
#[utoipa::path(tag = "users", params(("token" = String, Path)),
    responses((status = 200, body = InvitationInfo), (status = "4XX", body = ErrorBody)))]
#[get("/invitations/{token}")]
async fn get_invitation(
    state: web::Data<AppState>,
    token: web::Path<String>,
) -> Result<web::Json<InvitationInfo>, ApiError> {
    let token = token.into_inner();
    let info = db::blocking(&state.pool, move |conn| {
        accounts::invitation_info(conn, &token)
    })
    .await?;
    Ok(web::Json(info))
}

/// Set the password through a link; the link then stops working and earlier logins end.
#[utoipa::path(tag = "users", params(("token" = String, Path)), request_body = SetPassword,
    responses((status = 204, description = "Password set; sign in with it"), (status = "4XX", body = ErrorBody)))]
#[post("/invitations/{token}/accept")]
async fn accept_invitation(
    state: web::Data<AppState>,
    token: web::Path<String>,
    body: ValidJson<SetPassword>,
) -> Result<HttpResponse, ApiError> {
    let (token, password) = (token.into_inner(), body.0.password);
    let hash = password::hash_apart(password).await?;
    db::blocking(&state.pool, move |conn| {
        accounts::accept_invitation(conn, &token, &hash)
    })
    .await?;
    Ok(HttpResponse::NoContent().finish())
}
