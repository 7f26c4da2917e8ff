//! `AuthUser`: the caller behind `Authorization: Bearer <access token>`, loaded fresh from the
//! database so a deactivated user or an ended login stops working at once.

use logbook_shared::ids::UserId;
use std::future::Future;
use std::pin::Pin;

use actix_web::dev::Payload;
use actix_web::http::header;
use actix_web::{FromRequest, HttpRequest, web};
use logbook_shared::ErrorCode;
use logbook_shared::api_tokens::API_TOKEN_PREFIX;

use super::caller::{AuthUser, Credential};
use super::jwt::TokenError;
use super::secret;
use crate::db::{self, queries};
use crate::error::ApiError;
use crate::state::AppState;

impl FromRequest for AuthUser {
    type Error = ApiError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, ApiError>>>>;

    fn from_request(req: &HttpRequest, _payload: &mut Payload) -> Self::Future {
        let state = req.app_data::<web::Data<AppState>>().cloned();
        let token = bearer_token(req);
        Box::pin(async move {
            let state = state.ok_or_else(|| ApiError::internal("AppState is not registered"))?;
            let token =
                token.ok_or_else(|| ApiError::unauthorized("Sign in first: no bearer token"))?;
            if token.starts_with(API_TOKEN_PREFIX) {
                return integration(&state, token).await;
            }
            let claims = state.jwt.verify(&token).map_err(|error| match error {
                TokenError::Expired => {
                    ApiError::new(ErrorCode::TokenExpired, "The access token has expired")
                }
                TokenError::Invalid => ApiError::unauthorized("The access token is not valid"),
            })?;
            let user_id: UserId = claims
                .sub
                .parse()
                .map_err(|_| ApiError::unauthorized("The access token is not valid"))?;
            let session_id = claims.sid;
            let found = db::blocking(&state.pool, move |conn| {
                if !queries::refresh_tokens::family_is_active(conn, &session_id)? {
                    return Ok(None);
                }
                AuthUser::of_login(conn, user_id, session_id)
            })
            .await?;
            found.ok_or_else(|| ApiError::unauthorized("The login has ended; sign in again"))
        })
    }
}

/// The maker of an integration token, within its scopes: revoked, expired or made by an
/// account that is no longer active, it is refused (401).
async fn integration(state: &AppState, token: String) -> Result<AuthUser, ApiError> {
    let hash = secret::hash(&token);
    let found = db::blocking(&state.pool, move |conn| {
        let Some(row) = queries::api_tokens::find(conn, &hash)? else {
            return Ok(None);
        };
        if row.expires_at.is_none_or(|at| at <= queries::now()) {
            return Err(ApiError::new(
                ErrorCode::TokenExpired,
                "The API token has expired",
            ));
        }
        let Some((user, organisation)) =
            queries::users::find_active_with_organisation(conn, row.created_by)?
        else {
            return Ok(None);
        };
        let unit_ids = queries::users::unit_ids(conn, user.id)?;
        queries::api_tokens::touch(conn, row.id)?;
        Ok(Some((user, organisation, unit_ids, row.scopes()?)))
    })
    .await?;
    let (user, organisation, unit_ids, scopes) =
        found.ok_or_else(|| ApiError::unauthorized("The API token is not valid"))?;
    AuthUser::new(
        user,
        organisation,
        unit_ids,
        Credential::IntegrationToken { scopes },
    )
}

pub fn bearer_token(req: &HttpRequest) -> Option<String> {
    let value = req.headers().get(header::AUTHORIZATION)?.to_str().ok()?;
    let (scheme, token) = value.split_once(' ')?;
    scheme
        .eq_ignore_ascii_case("bearer")
        .then(|| token.trim().to_owned())
        .filter(|token| !token.is_empty())
}
