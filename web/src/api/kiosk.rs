//! The kiosk device's own token (no account's): kept on the device, sent to the kiosk routes
//! only. A link `/kiosk#token=…` hands it to the device once.

use gloo::net::http::Method;
use gloo::storage::{LocalStorage, Storage};
use logbook_shared::ErrorBody;
use logbook_shared::visitors::{AliasInput, CheckInInput, CheckInReceipt, KioskInfo};
use serde::Serialize;
use serde::de::DeserializeOwned;
use wasm_bindgen::JsValue;

use super::client::{call_as, decode, encode};

const STORAGE_KEY: &str = "logbook.kiosk";
const LINK_PREFIX: &str = "#token=";

/// The token a kiosk link brought (then kept, and removed from the address bar), or the
/// one kept before.
pub fn token() -> Option<String> {
    let location = web_sys::window()?.location();
    if let Some(token) = location
        .hash()
        .ok()
        .and_then(|hash| hash.strip_prefix(LINK_PREFIX).map(str::to_owned))
        .filter(|token| !token.is_empty())
    {
        remember(&token);
        // Replaced, not pushed: the token must not stay in the browser's history.
        if let Ok(history) = web_sys::window()?.history() {
            let _ = history.replace_state_with_url(&JsValue::NULL, "", Some("/kiosk"));
        }
        return Some(token);
    }
    LocalStorage::get(STORAGE_KEY).ok()
}

pub fn remember(token: &str) {
    // A device that cannot keep it asks for the link again next time.
    let _ = LocalStorage::set(STORAGE_KEY, token);
}

pub fn forget() {
    LocalStorage::delete(STORAGE_KEY);
}

/// The link that turns a device into this kiosk.
pub fn link(origin: &str, token: &str) -> String {
    format!("{origin}/kiosk{LINK_PREFIX}{token}")
}

/// What the kiosk shows: its unit's open sessions, languages and rules.
pub async fn info(token: &str) -> Result<KioskInfo, ErrorBody> {
    get(token, "/kiosk").await
}

pub async fn check_in(token: &str, input: &CheckInInput) -> Result<CheckInReceipt, ErrorBody> {
    post(token, "/kiosk/check-ins", input).await
}

/// Makes a young person's alias and checks them in.
pub async fn register(token: &str, input: &AliasInput) -> Result<CheckInReceipt, ErrorBody> {
    post(token, "/kiosk/aliases", input).await
}

async fn get<T: DeserializeOwned>(token: &str, path: &str) -> Result<T, ErrorBody> {
    decode(call_as(Some(token), Method::GET, path, None).await?)
}

async fn post<B: Serialize, T: DeserializeOwned>(
    token: &str,
    path: &str,
    body: &B,
) -> Result<T, ErrorBody> {
    decode(call_as(Some(token), Method::POST, path, Some(encode(body)?)).await?)
}
