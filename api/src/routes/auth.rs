use actix_web::{HttpRequest, HttpResponse, post, web};
use logbook_shared::ErrorBody;
use logbook_shared::ErrorCode;
use logbook_shared::auth::{LoginRequest, RefreshRequest, TokenPair};
use utoipa_actix_web::service_config::ServiceConfig;

use crate::auth::{cookies, password, session};
use crate::db::{self, queries};
use crate::error::ApiError;
use crate::extract::ValidJson;
use crate::state::AppState;

pub fn configure(cfg: &mut ServiceConfig) {
    cfg.service(login).service(refresh).service(logout);
}

/// Sign in with e-mail and password.
///
/// Throttled per client address, and per account after five wrong passwords a minute: too
/// many attempts answer 429 with `Retry-After`. A browser that signed in to the account before
/// (its `logbook_device` cookie, set on success) is still let in with the right password, so
/// nobody can lock a named account out. A wrong password and an unknown e-mail get the same
/// answer.
#[utoipa::path(
    tag = "auth",
    request_body = LoginRequest,
    responses(
        (status = 200, description = "Signed in", body = TokenPair),
        (status = 401, description = "Wrong e-mail or password", body = ErrorBody),
        (status = 422, description = "Invalid fields", body = ErrorBody),
        (status = 429, description = "Too many attempts", body = ErrorBody),
    )
)]
#[post("/auth/login")]
async fn login(
    state: web::Data<AppState>,
    req: HttpRequest,
    body: ValidJson<LoginRequest>,
) -> Result<HttpResponse, ApiError> {
    let LoginRequest { email, password } = body.0;
    let email = email.trim().to_lowercase();
    let address = state.client_addresses.of(&req);
    // Read the account, give the connection back, then check the password apart.
    let looked_up = email.clone();
    let account = db::blocking(&state.pool, move |conn| {
        let Some(user) = queries::users::find_by_email(conn, &looked_up)? else {
            return Ok(None);
        };
        Ok(
            queries::users::find_active_with_organisation(conn, user.id)?
                .map(|(user, _)| (user.id, user.password_hash)),
        )
    })
    .await?;
    let (user_id, stored) = account.unzip();
    let known_device = state
        .known_devices
        .recognised(&req, &email, stored.as_deref());
    state
        .login_throttle
        .attempt(&email, address, known_device)
        .map_err(ApiError::too_many_requests)?;
    if !password::verify_apart(password, stored.clone()).await? {
        return Err(wrong_credentials());
    }
    if !known_device {
        state.login_throttle.succeeded(&email);
    }
    let (keys, user_id) = (state.jwt.clone(), user_id.ok_or_else(wrong_credentials)?);
    let pair = db::blocking(&state.pool, move |conn| {
        session::start(conn, &keys, user_id)
    })
    .await?;
    let mut signed_in = HttpResponse::Ok();
    if let Some(token) = &pair.refresh_token {
        signed_in.cookie(cookies::refresh(&req, token));
    }
    if let Some(device) = stored
        .as_deref()
        .and_then(|stored| state.known_devices.cookie(&req, &email, stored))
    {
        signed_in.cookie(device);
    }
    Ok(signed_in.json(pair))
}

/// Trade a refresh token for a new pair. Each refresh token works once; presenting a spent
/// one ends the whole login. The token comes in the body or, for the web app, in the
/// `logbook_refresh` cookie (HttpOnly) that signing in set; the answer sets the next one in
/// the cookie, and gives it in the body only when the token came in the body.
#[utoipa::path(
    tag = "auth",
    request_body = RefreshRequest,
    responses(
        (status = 200, description = "A new token pair", body = TokenPair),
        (status = 401, description = "Invalid, expired, revoked or reused refresh token", body = ErrorBody),
        (status = 422, description = "Invalid fields", body = ErrorBody),
    )
)]
#[post("/auth/refresh")]
async fn refresh(
    state: web::Data<AppState>,
    req: HttpRequest,
    body: ValidJson<RefreshRequest>,
) -> Result<HttpResponse, ApiError> {
    let keys = state.jwt.clone();
    let in_body = body.0.refresh_token;
    let from_cookie = in_body.is_none();
    let presented = cookies::presented_refresh(&req, in_body)
        .ok_or_else(|| ApiError::new(ErrorCode::Unauthorized, "No refresh token: sign in again"))?;
    let mut pair = db::blocking(&state.pool, move |conn| {
        session::rotate(conn, &keys, &presented)
    })
    .await?;
    let mut refreshed = HttpResponse::Ok();
    if let Some(token) = &pair.refresh_token {
        refreshed.cookie(cookies::refresh(&req, token));
    }
    // A browser's token stays in the cookie, out of reach of scripts.
    if from_cookie {
        pair.refresh_token = None;
    }
    Ok(refreshed.json(pair))
}

/// End the login the refresh token (in the body, or the cookie) belongs to; its access tokens
/// stop working too, and the browser forgets the cookie.
#[utoipa::path(
    tag = "auth",
    request_body = RefreshRequest,
    responses(
        (status = 204, description = "Signed out (also when the token was unknown)"),
        (status = 422, description = "Invalid fields", body = ErrorBody),
    )
)]
#[post("/auth/logout")]
async fn logout(
    state: web::Data<AppState>,
    req: HttpRequest,
    body: ValidJson<RefreshRequest>,
) -> Result<HttpResponse, ApiError> {
    if let Some(presented) = cookies::presented_refresh(&req, body.0.refresh_token) {
        db::blocking(&state.pool, move |conn| session::end(conn, &presented)).await?;
    }
    Ok(HttpResponse::NoContent()
        .cookie(cookies::refresh_removed(&req))
        .finish())
}

fn wrong_credentials() -> ApiError {
    ApiError::new(
        ErrorCode::InvalidCredentials,
        "Wrong e-mail address or password",
    )
}
