//! Logins as chains ("families") of single-use refresh tokens: rotation, reuse detection, logout.

use chrono::Duration;
use logbook_shared::ErrorCode;
use logbook_shared::auth::TokenPair;
use logbook_shared::ids::UserId;

use super::secret::{self, hash};
use super::{AuthUser, JwtKeys};
use crate::db::DbConn;
use crate::db::queries::{self, refresh_tokens};
use crate::error::ApiError;

pub const REFRESH_TOKEN_LIFETIME: Duration = Duration::days(30);

/// Starts a new login for a user whose password was just checked.
pub fn start(conn: &mut DbConn, keys: &JwtKeys, user_id: UserId) -> Result<TokenPair, ApiError> {
    let family = secret::new_id();
    issue(conn, keys, user_id, &family)
}

/// Trades a refresh token for a new pair. A token that was already spent means it leaked
/// (or was replayed): the whole chain is revoked and the caller must log in again.
pub fn rotate(conn: &mut DbConn, keys: &JwtKeys, presented: &str) -> Result<TokenPair, ApiError> {
    let token = refresh_tokens::find_by_hash(conn, &hash(presented))?
        .ok_or_else(|| invalid_refresh("The refresh token is not valid"))?;
    if token.revoked_at.is_some()
        || token.expires_at <= queries::now()
        || !refresh_tokens::family_is_active(conn, &token.family_id)?
    {
        return Err(invalid_refresh(
            "The refresh token has expired or was revoked",
        ));
    }
    let rotated = crate::db::write_transaction::<_, ApiError, _>(conn, |conn| {
        if !refresh_tokens::spend(conn, token.id)? {
            return Ok(None);
        }
        issue(conn, keys, token.user_id, &token.family_id).map(Some)
    })?;
    match rotated {
        Some(pair) => Ok(pair),
        None => {
            refresh_tokens::revoke_family(conn, &token.family_id)?;
            tracing::warn!(
                user_id = %token.user_id,
                "spent refresh token reused; login revoked"
            );
            Err(invalid_refresh(
                "The refresh token was already used; the login has been ended for safety",
            ))
        }
    }
}

/// Ends the login the refresh token belongs to. Unknown tokens are ignored: logout is idempotent.
pub fn end(conn: &mut DbConn, presented: &str) -> Result<(), ApiError> {
    if let Some(token) = refresh_tokens::find_by_hash(conn, &hash(presented))? {
        refresh_tokens::revoke_family(conn, &token.family_id)?;
    }
    Ok(())
}

fn issue(
    conn: &mut DbConn,
    keys: &JwtKeys,
    user_id: UserId,
    family: &str,
) -> Result<TokenPair, ApiError> {
    let me = AuthUser::of_login(conn, user_id, family.to_owned())?
        .ok_or_else(|| invalid_refresh("The account is no longer active"))?
        .me();
    let refresh_token = secret::new_token();
    let expires_at = queries::now() + REFRESH_TOKEN_LIFETIME;
    refresh_tokens::insert(conn, user_id, family, &hash(&refresh_token), expires_at)?;
    let (access_token, expires_in) = keys.issue(user_id, family).map_err(ApiError::internal)?;
    Ok(TokenPair {
        access_token,
        token_type: "Bearer".to_owned(),
        expires_in,
        refresh_token: Some(refresh_token),
        me,
    })
}

fn invalid_refresh(message: &str) -> ApiError {
    ApiError::new(ErrorCode::Unauthorized, message)
}
