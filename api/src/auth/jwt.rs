//! Short-lived HS256 access tokens. They carry only who and which login (`sid`); the user's
//! role and status are read fresh on every request.

use chrono::{Duration, Utc};
use jsonwebtoken::errors::ErrorKind;
use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation};
use logbook_shared::ids::UserId;
use serde::{Deserialize, Serialize};

/// Access tokens live at most 15 minutes; refresh tokens renew them.
pub const ACCESS_TOKEN_LIFETIME: Duration = Duration::minutes(15);

#[derive(Debug, Serialize, Deserialize)]
pub struct Claims {
    /// The user id.
    pub sub: String,
    /// The refresh-token family (one login); revoking it ends this token too.
    pub sid: String,
    pub iat: i64,
    pub exp: i64,
}

#[derive(Debug, PartialEq, Eq)]
pub enum TokenError {
    Expired,
    Invalid,
}

#[derive(Clone)]
pub struct JwtKeys {
    encoding: EncodingKey,
    decoding: DecodingKey,
}

impl JwtKeys {
    pub fn new(secret: &[u8]) -> Self {
        Self {
            encoding: EncodingKey::from_secret(secret),
            decoding: DecodingKey::from_secret(secret),
        }
    }

    pub fn issue(&self, user_id: UserId, session_id: &str) -> anyhow::Result<(String, i64)> {
        let now = Utc::now();
        let claims = Claims {
            sub: user_id.to_string(),
            sid: session_id.to_owned(),
            iat: now.timestamp(),
            exp: (now + ACCESS_TOKEN_LIFETIME).timestamp(),
        };
        let token = jsonwebtoken::encode(&Header::new(Algorithm::HS256), &claims, &self.encoding)?;
        Ok((token, ACCESS_TOKEN_LIFETIME.num_seconds()))
    }

    pub fn verify(&self, token: &str) -> Result<Claims, TokenError> {
        let mut validation = Validation::new(Algorithm::HS256);
        validation.leeway = 5;
        validation.set_required_spec_claims(&["exp", "sub"]);
        jsonwebtoken::decode::<Claims>(token, &self.decoding, &validation)
            .map(|data| data.claims)
            .map_err(|error| match error.kind() {
                ErrorKind::ExpiredSignature => TokenError::Expired,
                _ => TokenError::Invalid,
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_foreign_key() {
        let keys = JwtKeys::new(b"0123456789abcdef0123456789abcdef");
        let (token, lifetime) = keys.issue(UserId(7), "family").unwrap();
        assert_eq!(lifetime, 900);
        let claims = keys.verify(&token).unwrap();
        assert_eq!((claims.sub.as_str(), claims.sid.as_str()), ("7", "family"));

        let other = JwtKeys::new(b"another secret of enough length!");
        assert_eq!(other.verify(&token).unwrap_err(), TokenError::Invalid);
        assert_eq!(keys.verify("garbage").unwrap_err(), TokenError::Invalid);
    }
}
