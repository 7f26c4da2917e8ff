//! The outbox on the device (`web/outbox.js`, in IndexedDB): sessions and check-ins logged with
//! no connection wait there, each with its idempotency key, until the server has them. Sending
//! happens in `outbox.js`, one sender at a time across tabs and the service worker; this side
//! adds items, lists them and lends the sender the page's sign-in.

use chrono::NaiveDate;
use js_sys::{Array, JSON, Object, Promise, Reflect};
use logbook_shared::ids::{SessionId, UserId};
use logbook_shared::sessions::{Session, SessionInput};
use logbook_shared::visitors::{CheckIn, StaffCheckInInput};
use logbook_shared::{ErrorBody, ErrorCode};
use serde::Serialize;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

use super::client::{current_token, encode, renew_token};
use super::{has_session, new_idempotency_key, sessions};

/// One item waiting in the outbox, as the list of what is waiting shows it. (Read field by
/// field rather than through serde: a decoder per type costs the phone's download.)
#[derive(Clone, PartialEq)]
pub struct Waiting {
    /// Its place in the outbox, in the order logged.
    pub seq: f64,
    pub what: What,
    /// Why the server refused it, to fix or discard.
    pub failure: Option<ErrorBody>,
    body: String,
}

/// What an item is: a session of an activity, or a check-in of an alias, on a day.
#[derive(Clone, PartialEq)]
pub enum What {
    Session { activity: String, date: NaiveDate },
    CheckIn { alias: String, date: NaiveDate },
}

impl Waiting {
    /// The session form as it was saved, to open again when the server refused it.
    pub fn session_input(&self) -> Option<SessionInput> {
        matches!(self.what, What::Session { .. })
            .then(|| serde_json::from_str(&self.body).ok())
            .flatten()
    }

    fn read(item: &JsValue) -> Option<Waiting> {
        let text = |name: &str| {
            Reflect::get(item, &JsValue::from_str(name))
                .ok()?
                .as_string()
        };
        let label = text("label")?;
        let date = text("date")?.parse().ok()?;
        let what = match text("kind")?.as_str() {
            "session" => What::Session {
                activity: label,
                date,
            },
            _ => What::CheckIn { alias: label, date },
        };
        let failure = Reflect::get(item, &JsValue::from_str("failure"))
            .ok()
            .filter(JsValue::is_object)
            .and_then(|failure| JSON::stringify(&failure).ok()?.as_string())
            .and_then(|failure| serde_json::from_str(&failure).ok());
        Some(Waiting {
            seq: Reflect::get(item, &JsValue::from_str("seq"))
                .ok()?
                .as_f64()?,
            what,
            failure,
            body: text("body")?,
        })
    }
}

/// How a round of sending ended.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Sending {
    /// Nothing is left to try (refused items stay until fixed or discarded).
    Done,
    /// No connection, or the server asked to wait: tried again later.
    Later,
    /// The sign-in ended: sending waits until the youth worker signs in again.
    SignInAgain,
}

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(catch, js_namespace = logbookOutbox, js_name = add)]
    fn js_add(item: &JsValue) -> Result<Promise, JsValue>;
    #[wasm_bindgen(catch, js_namespace = logbookOutbox, js_name = list)]
    fn js_list(user: f64) -> Result<Promise, JsValue>;
    #[wasm_bindgen(catch, js_namespace = logbookOutbox, js_name = discard)]
    fn js_discard(seq: f64) -> Result<Promise, JsValue>;
    #[wasm_bindgen(catch, js_namespace = logbookOutbox, js_name = send)]
    fn js_send(user: f64, token: &str) -> Result<Promise, JsValue>;
}

/// The event `outbox.js` fires on the window whenever the outbox changed, here or elsewhere.
pub const CHANGED: &str = "logbook-outbox";

async fn settle(promise: Result<Promise, JsValue>) -> Result<JsValue, ErrorBody> {
    let unusable = |error: JsValue| {
        let reason = error.as_string().unwrap_or_default();
        ErrorBody::new(
            ErrorCode::Unavailable,
            format!("The device's outbox: {reason}"),
        )
    };
    JsFuture::from(promise.map_err(unusable)?)
        .await
        .map_err(unusable)
}

/// Logs a session, or keeps it in the outbox when there is no connection: `Ok(None)`.
pub async fn create_session(
    user: UserId,
    input: &SessionInput,
    key: &str,
    activity: String,
) -> Result<Option<Session>, ErrorBody> {
    let what = What::Session {
        activity,
        date: input.date,
    };
    send_or_keep(user, "/sessions".to_owned(), input, key, what, async {
        sessions::create(input, key).await
    })
    .await
}

/// Checks someone in, or keeps the check-in in the outbox when there is no connection.
pub async fn check_in(
    user: UserId,
    session: SessionId,
    date: NaiveDate,
    input: &StaffCheckInInput,
) -> Result<Option<CheckIn>, ErrorBody> {
    let what = What::CheckIn {
        alias: input.alias.clone(),
        date,
    };
    let path = format!("/sessions/{session}/check-ins");
    // A repeat check-in answers the first, so the key only names the item.
    let key = new_idempotency_key();
    send_or_keep(user, path, input, &key, what, async {
        sessions::check_in(session, input).await
    })
    .await
}

async fn send_or_keep<B: Serialize, T>(
    user: UserId,
    path: String,
    body: &B,
    key: &str,
    what: What,
    sent: impl Future<Output = Result<T, ErrorBody>>,
) -> Result<Option<T>, ErrorBody> {
    if online() {
        match sent.await {
            // No answer at all (or "unavailable" from a server on its way down): the request
            // may or may not have arrived; the key makes the resend safe either way.
            Err(error) if error.code == ErrorCode::Unavailable => {}
            answered => return answered.map(Some),
        }
    }
    let (kind, label, date) = match what {
        What::Session { activity, date } => ("session", activity, date),
        What::CheckIn { alias, date } => ("check_in", alias, date),
    };
    let item = Object::new();
    for (name, value) in [
        ("user", JsValue::from_f64(user.get() as f64)),
        ("key", JsValue::from_str(key)),
        ("path", JsValue::from_str(&path)),
        ("body", JsValue::from_str(&encode(body)?)),
        ("kind", JsValue::from_str(kind)),
        ("label", JsValue::from_str(&label)),
        ("date", JsValue::from_str(&date.to_string())),
    ] {
        let _ = Reflect::set(&item, &JsValue::from_str(name), &value);
    }
    settle(js_add(&item)).await?;
    Ok(None)
}

fn online() -> bool {
    web_sys::window().is_none_or(|window| window.navigator().on_line())
}

/// What `user` has waiting, oldest first (nothing when the device keeps no outbox).
pub async fn waiting(user: UserId) -> Vec<Waiting> {
    let Ok(items) = settle(js_list(user.get() as f64)).await else {
        return Vec::new();
    };
    Array::from(&items)
        .iter()
        .filter_map(|item| Waiting::read(&item))
        .collect()
}

/// Takes an item out of the outbox unsent.
pub async fn discard(seq: f64) -> Result<(), ErrorBody> {
    settle(js_discard(seq)).await.map(drop)
}

/// Sends what `user` has waiting, with the page's sign-in (renewed once if refused).
pub async fn send_waiting(user: UserId) -> Sending {
    // Nothing to send asks nothing of the server (not even a sign-in's refresh).
    if waiting(user)
        .await
        .iter()
        .all(|item| item.failure.is_some())
    {
        return Sending::Done;
    }
    for _ in 0..2 {
        let Some(token) = current_token().await else {
            return ended_or_later();
        };
        let state = settle(js_send(user.get() as f64, &token)).await;
        match state.ok().and_then(|state| state.as_string()).as_deref() {
            Some("sent") => return Sending::Done,
            // Someone else signed in on this device meanwhile: theirs is not this sign-in.
            Some("other_user") => return Sending::SignInAgain,
            Some("unauthorized") if renew_token().await => {}
            Some("unauthorized") => return ended_or_later(),
            _ => return Sending::Later,
        }
    }
    Sending::Later
}

/// A refused refresh forgets the sign-in; one that got no answer keeps it for later.
fn ended_or_later() -> Sending {
    if has_session() {
        Sending::Later
    } else {
        Sending::SignInAgain
    }
}
