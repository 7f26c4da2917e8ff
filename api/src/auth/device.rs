//! Devices an account signed in on before: after a successful sign-in the browser gets a
//! cookie of its own for that account, signed with a key of this server's over the account
//! and its current password hash. While an account is held for too many wrong passwords, a
//! correct one from such a device still gets in, so a stranger guessing cannot lock the
//! rightful person out. A new password ends every such cookie; each account on a shared
//! computer has its own.

use actix_web::HttpRequest;
use actix_web::cookie::{Cookie, time};
use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};

/// Followed by a hash of the account, so that each account has its own.
const COOKIE_PREFIX: &str = "logbook_device_";
/// Sent with sign-ins only.
const PATH: &str = "/api/v1/auth/login";
/// Browsers keep a cookie 400 days at most.
const LIFETIME_DAYS: i64 = 400;

pub struct KnownDevices {
    key: [u8; 32],
}

impl KnownDevices {
    /// Keyed by the token secret, under a purpose of its own.
    pub fn new(secret: &[u8]) -> KnownDevices {
        let mut key = Sha256::new();
        key.update(b"logbook known devices\0");
        key.update(secret);
        KnownDevices {
            key: key.finalize().into(),
        }
    }

    /// Whether the request carries this account's device cookie, made while its password was
    /// the one `password_hash` holds.
    pub fn recognised(
        &self,
        request: &HttpRequest,
        account: &str,
        password_hash: Option<&str>,
    ) -> bool {
        let (Some(name), Some(password_hash)) = (self.cookie_name(account), password_hash) else {
            return false;
        };
        let Some(cookie) = request.cookie(&name) else {
            return false;
        };
        let Some((nonce, signature)) = cookie.value().split_once('.') else {
            return false;
        };
        match (
            hex::decode(signature),
            self.signed(&[account, nonce, password_hash]),
        ) {
            (Ok(signature), Some(mac)) => mac.verify_slice(&signature).is_ok(),
            _ => false,
        }
    }

    /// A new cookie for `account`, whose password hash is `password_hash`, on the device that
    /// just signed in.
    pub fn cookie(
        &self,
        request: &HttpRequest,
        account: &str,
        password_hash: &str,
    ) -> Option<Cookie<'static>> {
        let nonce = crate::auth::secret::new_id();
        let signed = self.signed(&[account, &nonce, password_hash])?;
        let signature = hex::encode(signed.finalize().into_bytes());
        Some(super::cookies::strict(
            request,
            self.cookie_name(account)?,
            format!("{nonce}.{signature}"),
            PATH,
            time::Duration::days(LIFETIME_DAYS),
        ))
    }

    /// `logbook_device_` and 16 hex digits naming the account without showing its address.
    fn cookie_name(&self, account: &str) -> Option<String> {
        let named = self
            .signed(&["cookie name", account])?
            .finalize()
            .into_bytes();
        Some(format!("{COOKIE_PREFIX}{}", hex::encode(&named[..8])))
    }

    fn signed(&self, parts: &[&str]) -> Option<Hmac<Sha256>> {
        let mut mac = Hmac::<Sha256>::new_from_slice(&self.key).ok()?;
        for part in parts {
            mac.update(part.as_bytes());
            mac.update(b"\0");
        }
        Some(mac)
    }
}
