//! Work that only one tab of the browser may do at a time, through the Web Locks API
//! (`navigator.locks`); where a browser has none, the work simply runs.

use std::cell::RefCell;
use std::future::Future;
use std::rc::Rc;

use js_sys::{Function, Promise, Reflect};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::{JsFuture, future_to_promise};

/// Runs `work` holding the lock `name` across every tab of this origin; answers its result.
pub async fn one_at_a_time(name: &str, work: impl Future<Output = bool> + 'static) -> bool {
    let Some((locks, request)) = lock_manager() else {
        return work.await;
    };
    let work = Rc::new(RefCell::new(Some(work)));
    let given = work.clone();
    let held = Closure::once(move |_lock: JsValue| -> Promise {
        let work = given.borrow_mut().take();
        future_to_promise(async move {
            let done = match work {
                Some(work) => work.await,
                None => false,
            };
            Ok(JsValue::from_bool(done))
        })
    });
    let granted = request
        .call2(&locks, &JsValue::from_str(name), held.as_ref())
        .ok()
        .and_then(|answer| answer.dyn_into::<Promise>().ok());
    let done = match granted {
        Some(granted) => JsFuture::from(granted).await.ok(),
        None => None,
    };
    // The closure lives until the lock's work has finished.
    drop(held);
    // A lock that could not be asked for leaves the work undone: do it here.
    let undone = work.borrow_mut().take();
    match undone {
        Some(work) => work.await,
        None => done.and_then(|done| done.as_bool()).unwrap_or(false),
    }
}

/// `navigator.locks` and its `request` function, when the browser has them.
fn lock_manager() -> Option<(JsValue, Function)> {
    let navigator = web_sys::window()?.navigator();
    let locks = Reflect::get(&navigator, &JsValue::from_str("locks")).ok()?;
    if locks.is_undefined() || locks.is_null() {
        return None;
    }
    let request = Reflect::get(&locks, &JsValue::from_str("request")).ok()?;
    Some((locks, request.dyn_into::<Function>().ok()?))
}
