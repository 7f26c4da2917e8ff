//! Devices an account signed in on before: after a successful sign-in the browser gets a
//! cookie naming the account, signed with a key of this server's. While an account is held
//! for too many wrong passwords, a correct one from such a device still gets in, so a
//! stranger guessing cannot lock the rightful person out.

use actix_web::HttpRequest;
use actix_web::cookie::{Cookie, time};
use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};

const COOKIE: &str = "logbook_device";
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

    /// Whether the request carries this account's device cookie.
    pub fn recognised(&self, request: &HttpRequest, account: &str) -> bool {
        let Some(cookie) = request.cookie(COOKIE) else {
            return false;
        };
        let Some((nonce, signature)) = cookie.value().split_once('.') else {
            return false;
        };
        match (hex::decode(signature), self.signed(account, nonce)) {
            (Ok(signature), Some(mac)) => mac.verify_slice(&signature).is_ok(),
            _ => false,
        }
    }

    /// A new cookie for `account` on the device that just signed in.
    pub fn cookie(&self, request: &HttpRequest, account: &str) -> Option<Cookie<'static>> {
        let nonce = crate::auth::secret::new_id();
        let signature = hex::encode(self.signed(account, &nonce)?.finalize().into_bytes());
        Some(super::cookies::strict(
            request,
            COOKIE,
            format!("{nonce}.{signature}"),
            PATH,
            time::Duration::days(LIFETIME_DAYS),
        ))
    }

    fn signed(&self, account: &str, nonce: &str) -> Option<Hmac<Sha256>> {
        let mut mac = Hmac::<Sha256>::new_from_slice(&self.key).ok()?;
        mac.update(account.as_bytes());
        mac.update(b"\0");
        mac.update(nonce.as_bytes());
        Some(mac)
    }
}
