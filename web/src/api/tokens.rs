//! The signed-in session's access token, kept in memory only: the refresh token is an
//! HttpOnly cookie no script can read, and a reload (or another tab) gets a new access token
//! through it. Local storage keeps only the fact that someone signed in here, so that a
//! reload knows to try. The device's outbox (`web/outbox.js`) is told who is signed in, so
//! that its service worker sends for no one who has signed out.

use std::cell::RefCell;

use gloo::storage::{LocalStorage, Storage};
use logbook_shared::ids::UserId;
use wasm_bindgen::prelude::*;

const SIGNED_IN_KEY: &str = "logbook.signed_in";

thread_local! {
    static ACCESS_TOKEN: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// The access token, once signing in or a refresh gave one to this page.
pub fn access_token() -> Option<String> {
    ACCESS_TOKEN.with(|token| token.borrow().clone())
}

/// Whether this browser signed in (and has not signed out) — the cookie may still hold.
pub fn signed_in() -> bool {
    LocalStorage::get::<bool>(SIGNED_IN_KEY).unwrap_or(false)
}

#[wasm_bindgen]
extern "C" {
    /// `user`'s id, or null when no one is signed in.
    #[wasm_bindgen(catch, js_namespace = logbookOutbox, js_name = signedIn)]
    fn outbox_signed_in(user: JsValue) -> Result<JsValue, JsValue>;
}

pub fn store(access_token: String, user: UserId) {
    ACCESS_TOKEN.with(|token| *token.borrow_mut() = Some(access_token));
    // Without an outbox (a page without the script) nothing is sent in the background.
    let _ = outbox_signed_in(JsValue::from_f64(user.get() as f64));
    // When storage is unavailable the session lasts until the page closes.
    let _ = LocalStorage::set(SIGNED_IN_KEY, true);
}

pub fn clear() {
    ACCESS_TOKEN.with(|token| *token.borrow_mut() = None);
    let _ = outbox_signed_in(JsValue::NULL);
    LocalStorage::delete(SIGNED_IN_KEY);
    super::kept::forget_all();
    super::early::forget();
    // Tokens an earlier version kept where scripts could read them.
    LocalStorage::delete("logbook.tokens");
}
