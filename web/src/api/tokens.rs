//! The signed-in session's tokens, kept in local storage so a reload stays signed in.

use gloo::storage::{LocalStorage, Storage};
use logbook_shared::auth::TokenPair;

const STORAGE_KEY: &str = "logbook.tokens";

pub fn load() -> Option<TokenPair> {
    LocalStorage::get(STORAGE_KEY).ok()
}

pub fn store(pair: &TokenPair) {
    // When storage is unavailable the session lasts until the page closes.
    let _ = LocalStorage::set(STORAGE_KEY, pair);
}

pub fn clear() {
    LocalStorage::delete(STORAGE_KEY);
}
