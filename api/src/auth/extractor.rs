//! `AuthUser`: the caller behind `Authorization: Bearer <access token>`, loaded fresh from the
//! database so a deactivated user or an ended login stops working at once.

use std::future::Future;
use std::pin::Pin;

use actix_web::dev::Payload;
use actix_web::http::{StatusCode, header};
use actix_web::{FromRequest, HttpRequest, web};
use logbook_shared::{ErrorCode, Role};

use super::jwt::TokenError;
use super::policy::UnitScope;
use crate::app::AppState;
use crate::db::queries::organisations::Organisation;
use crate::db::queries::users::User;
use crate::db::{self, queries};
use crate::error::ApiError;

#[derive(Debug, Clone)]
pub struct AuthUser {
    pub user: User,
    pub role: Role,
    pub organisation: Option<Organisation>,
    /// The units the role holds for (organisation accounts).
    pub scope: UnitScope,
    /// The login (refresh-token family) this request's token belongs to.
    pub session_id: String,
}

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
            let claims = state.jwt.verify(&token).map_err(|error| match error {
                TokenError::Expired => ApiError::new(
                    StatusCode::UNAUTHORIZED,
                    ErrorCode::TokenExpired,
                    "The access token has expired",
                ),
                TokenError::Invalid => ApiError::unauthorized("The access token is not valid"),
            })?;
            let user_id: i64 = claims
                .sub
                .parse()
                .map_err(|_| ApiError::unauthorized("The access token is not valid"))?;
            let session_id = claims.sid;
            let sid = session_id.clone();
            let found = db::blocking(&state.pool, move |conn| {
                if !queries::refresh_tokens::family_is_active(conn, &sid)? {
                    return Ok(None);
                }
                let Some((user, organisation)) =
                    queries::users::find_active_with_organisation(conn, user_id)?
                else {
                    return Ok(None);
                };
                let unit_ids = queries::users::unit_ids(conn, user.id)?;
                Ok(Some((user, organisation, unit_ids)))
            })
            .await?;
            let (user, organisation, unit_ids) = found
                .ok_or_else(|| ApiError::unauthorized("The login has ended; sign in again"))?;
            let role = Role::parse(&user.role).ok_or_else(|| {
                ApiError::internal(format!("user {} has unknown role {}", user.id, user.role))
            })?;
            Ok(AuthUser {
                user,
                role,
                organisation,
                scope: UnitScope::from_unit_ids(unit_ids),
                session_id,
            })
        })
    }
}

pub fn bearer_token(req: &HttpRequest) -> Option<String> {
    let value = req.headers().get(header::AUTHORIZATION)?.to_str().ok()?;
    let (scheme, token) = value.split_once(' ')?;
    scheme
        .eq_ignore_ascii_case("bearer")
        .then(|| token.trim().to_owned())
        .filter(|token| !token.is_empty())
}
