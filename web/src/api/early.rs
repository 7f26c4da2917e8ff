//! The answers `web/boot.js` asked for while the app downloaded (the refresh, and the session
//! form's data where it is the start page): each taken once by `api::client`, all dropped
//! once the sign-in changes.

use gloo::net::http::Response;
use logbook_shared::{ErrorBody, ErrorCode};

/// Drops what `boot.js` asked for: once the sign-in changes, it answered someone else.
pub fn forget() {
    if let Some(window) = web_sys::window() {
        let _ = js_sys::Reflect::delete_property(&window, &"logbookEarly".into());
    }
}

/// The answer `boot.js` asked for under `name` while the app downloaded (the refresh, or a
/// path), taken once: `None` when it asked for none.
pub async fn answer(name: &str) -> Option<Result<Response, ErrorBody>> {
    use wasm_bindgen::JsCast;
    let window: wasm_bindgen::JsValue = web_sys::window()?.into();
    let early = js_sys::Reflect::get(&window, &"logbookEarly".into()).ok()?;
    let name = wasm_bindgen::JsValue::from_str(name);
    let asked = js_sys::Reflect::get(&early, &name).ok()?;
    js_sys::Reflect::delete_property(early.dyn_ref::<js_sys::Object>()?, &name).ok()?;
    let asked = asked.dyn_into::<js_sys::Promise>().ok()?;
    Some(match wasm_bindgen_futures::JsFuture::from(asked).await {
        Ok(answer) => answer
            .dyn_into::<web_sys::Response>()
            .map(Response::from)
            .map_err(|_| ErrorBody::new(ErrorCode::Internal, "Unexpected early answer")),
        Err(_) => Err(ErrorBody::new(ErrorCode::Unavailable, "No connection")),
    })
}
