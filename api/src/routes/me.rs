use actix_web::{HttpRequest, HttpResponse, get, put, web};
use logbook_shared::auth::Me;
use logbook_shared::users::{ChangePassword, LanguageChoice};
use logbook_shared::{ErrorBody, ErrorCode, FieldError};
use utoipa_actix_web::service_config::ServiceConfig;

use crate::auth::{AuthUser, Credential, password};
use crate::db::{self, queries::users};
use crate::error::ApiError;
use crate::extract::ValidJson;
use crate::state::AppState;

pub fn configure(cfg: &mut ServiceConfig) {
    cfg.service(me)
        .service(change_password)
        .service(choose_language);
}

/// The signed-in user.
#[utoipa::path(
    tag = "auth",
    security(("bearer" = []), ("api_token" = [])),
    responses(
        (status = 200, description = "The signed-in user", body = Me),
        (status = 401, description = "No valid access token", body = ErrorBody),
    )
)]
#[get("/me")]
async fn me(auth: AuthUser) -> Result<web::Json<Me>, ApiError> {
    Ok(web::Json(auth.me()))
}

/// Choose the language one reads the app, its files and PDFs in.
#[utoipa::path(tag = "auth", security(("bearer" = [])), request_body = LanguageChoice,
    responses((status = 204, description = "Chosen"), (status = "4XX", body = ErrorBody)))]
#[put("/me/language")]
async fn choose_language(
    state: web::Data<AppState>,
    auth: AuthUser,
    body: ValidJson<LanguageChoice>,
) -> Result<HttpResponse, ApiError> {
    own_login(&auth.credential, "choose its maker's language")?;
    let (user_id, language) = (auth.user.id, body.0.language);
    db::blocking(&state.pool, move |conn| {
        Ok(users::set_language(conn, user_id, &language)?)
    })
    .await?;
    Ok(HttpResponse::NoContent().finish())
}

/// Change one's own password; every other login of the account ends.
#[utoipa::path(tag = "auth", security(("bearer" = [])), request_body = ChangePassword,
    responses((status = 204, description = "Changed"), (status = "4XX", body = ErrorBody)))]
#[put("/me/password")]
async fn change_password(
    state: web::Data<AppState>,
    req: HttpRequest,
    auth: AuthUser,
    body: ValidJson<ChangePassword>,
) -> Result<HttpResponse, ApiError> {
    let session_id = own_login(&auth.credential, "change its maker's password")?.to_owned();
    // Guessing the current password here is throttled like signing in, on a budget of its own.
    let address = state.client_addresses.of(&req);
    let budget = format!("password-change:{}", auth.user.id);
    state
        .login_throttle
        .attempt(&budget, address, false)
        .map_err(ApiError::too_many_requests)?;
    let ChangePassword {
        current_password,
        new_password,
    } = body.0;
    let user_id = auth.user.id;
    let stored =
        db::blocking(&state.pool, move |conn| {
            Ok(users::find_active_with_organisation(conn, user_id)?
                .map(|(user, _)| user.password_hash))
        })
        .await?;
    if !password::verify_apart(current_password, stored).await? {
        let wrong = FieldError::new(
            "current_password",
            "wrong_password",
            "The current password is wrong",
        );
        return Err(ApiError::invalid_fields(vec![wrong]));
    }
    state.login_throttle.succeeded(&budget);
    let hash = password::hash_apart(new_password).await?;
    db::blocking(&state.pool, move |conn| {
        // Unused reset links would let their holder set yet another password.
        crate::db::write_transaction(conn, |conn| {
            users::set_password_hash(conn, user_id, &hash)?;
            users::retire_invitations(conn, user_id)?;
            users::revoke_logins(conn, user_id, Some(&session_id))
        })?;
        Ok(())
    })
    .await?;
    Ok(HttpResponse::NoContent().finish())
}

/// The login's refresh-token family: what only the person themselves may do (`what`) is
/// refused to an integration token acting for them.
fn own_login<'a>(credential: &'a Credential, what: &str) -> Result<&'a str, ApiError> {
    match credential {
        Credential::Login { session_id } => Ok(session_id),
        Credential::IntegrationToken { .. } => Err(ApiError::new(
            ErrorCode::Forbidden,
            format!("An API token cannot {what}"),
        )),
    }
}
