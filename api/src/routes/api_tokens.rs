//! Integration tokens (issue 7): an org admin makes them for the organisation, a network
//! admin for the network; each is shown once, listed with its last use, and revocable.

use actix_web::{HttpResponse, delete, get, post, web};
use chrono::{Duration, Utc};
use logbook_shared::api_tokens::{
    API_TOKEN_PREFIX, ApiToken, ApiTokenInput, CreatedApiToken, TokenScope,
};
use logbook_shared::ids::ApiTokenId;
use logbook_shared::{ErrorBody, FieldError};
use utoipa_actix_web::service_config::ServiceConfig;

use super::common::{created, refuse_unknown};
use crate::auth::policy::not_found;
use crate::auth::{Action, AuthUser, secret};
use crate::db;
use crate::db::queries::api_tokens::{self, NewToken, Owner};
use crate::error::ApiError;
use crate::extract::ValidJson;
use crate::state::AppState;

/// How far ahead a token may expire.
const LONGEST_DAYS: i64 = 731;

pub fn configure(cfg: &mut ServiceConfig) {
    cfg.service(list_tokens)
        .service(create_token)
        .service(revoke_token);
}

/// The caller's organisation's (org admin) or network's (network admin) integration tokens.
#[utoipa::path(tag = "api-tokens", security(("bearer" = [])),
    responses((status = 200, body = Vec<ApiToken>), (status = "4XX", body = ErrorBody)))]
#[get("/api-tokens")]
async fn list_tokens(
    state: web::Data<AppState>,
    auth: AuthUser,
) -> Result<web::Json<Vec<ApiToken>>, ApiError> {
    let owner = owner(&auth)?;
    let tokens = db::blocking(&state.pool, move |conn| {
        api_tokens::list(conn, owner)?
            .iter()
            .map(|row| row.to_dto().map_err(ApiError::from))
            .collect()
    })
    .await?;
    Ok(web::Json(tokens))
}

/// Make a token with a name, scopes and a last day; the answer carries it this once.
#[utoipa::path(tag = "api-tokens", security(("bearer" = [])), request_body = ApiTokenInput,
    responses((status = 201, body = CreatedApiToken), (status = "4XX", body = ErrorBody)))]
#[post("/api-tokens")]
async fn create_token(
    state: web::Data<AppState>,
    auth: AuthUser,
    body: ValidJson<ApiTokenInput>,
) -> Result<HttpResponse, ApiError> {
    let owner = owner(&auth)?;
    let input = body.0;
    refuse_unknown(rules(owner, &input))?;
    let token = format!("{API_TOKEN_PREFIX}{}", secret::new_token());
    let (hash, user) = (secret::hash(&token), auth.user.id);
    let row = db::blocking(&state.pool, move |conn| {
        let expires_at = input
            .expires_on
            .succ_opt()
            .unwrap_or(input.expires_on)
            .and_hms_opt(0, 0, 0)
            .unwrap_or_default();
        Ok(api_tokens::insert(
            conn,
            &NewToken {
                owner,
                name: &input.name,
                scopes: &input.scopes,
                expires_at,
                created_by: user,
                token_hash: &hash,
            },
        )?)
    })
    .await?;
    Ok(created(&CreatedApiToken {
        token,
        api_token: row.to_dto()?,
    }))
}

/// Revoke a token at once; it answers 401 from then on.
#[utoipa::path(tag = "api-tokens", security(("bearer" = [])), params(("id" = i64, Path)),
    responses((status = 204), (status = "4XX", body = ErrorBody)))]
#[delete("/api-tokens/{id}")]
async fn revoke_token(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<ApiTokenId>,
) -> Result<HttpResponse, ApiError> {
    let owner = owner(&auth)?;
    let id = id.into_inner();
    let revoked = db::blocking(&state.pool, move |conn| {
        Ok(api_tokens::revoke(conn, owner, id)?)
    })
    .await?;
    if !revoked {
        return Err(not_found());
    }
    Ok(HttpResponse::NoContent().finish())
}

/// Whose tokens the caller manages: their organisation's (org admin) or network's.
fn owner(auth: &AuthUser) -> Result<Owner, ApiError> {
    if let Some(network) = auth.user.network_id {
        auth.authorize(Action::ManageNetwork(network))?;
        return Ok(Owner::Network(network));
    }
    let organisation = auth.require_organisation()?;
    auth.authorize(Action::AdministerOrganisation(organisation))?;
    Ok(Owner::Organisation(organisation))
}

/// Scopes the owner may give, and a last day from today to two years ahead.
fn rules(owner: Owner, input: &ApiTokenInput) -> Vec<FieldError> {
    let allowed: &[TokenScope] = match owner {
        Owner::Organisation(_) => &TokenScope::ORGANISATION,
        Owner::Network(_) => &[TokenScope::ReadStatistics],
    };
    let mut errors: Vec<FieldError> = input
        .scopes
        .iter()
        .enumerate()
        .filter(|(_, scope)| !allowed.contains(scope))
        .map(|(index, _)| {
            FieldError::new(
                format!("scopes[{index}]"),
                "not_allowed",
                "Tokens of this account cannot have this scope",
            )
        })
        .collect();
    let today = Utc::now().date_naive();
    if input.expires_on < today || input.expires_on > today + Duration::days(LONGEST_DAYS) {
        errors.push(FieldError::new(
            "expires_on",
            "out_of_range",
            "A token lasts from today up to two years",
        ));
    }
    errors
}
