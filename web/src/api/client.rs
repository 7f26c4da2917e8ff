use std::cell::RefCell;

use futures::FutureExt;
use futures::future::{LocalBoxFuture, Shared};
use gloo::net::http::{Request, RequestBuilder, Response};
use logbook_shared::auth::{LoginRequest, Me, RefreshRequest, TokenPair};
use logbook_shared::{ErrorBody, ErrorCode, Page};
use serde::Serialize;
use serde::de::DeserializeOwned;

use super::{early, kept, tokens};

const BASE: &str = "/api/v1";

thread_local! {
    /// The refresh under way, shared by every request that found its token expired: refresh
    /// tokens work once, so two parallel refreshes would end the login.
    static REFRESHING: RefCell<Option<Shared<LocalBoxFuture<'static, bool>>>> = const { RefCell::new(None) };
    /// Who the last sign-in or refresh said is signed in, until [`me`] takes it.
    static SIGNED_IN_AS: RefCell<Option<Me>> = const { RefCell::new(None) };
}

pub fn has_session() -> bool {
    tokens::signed_in()
}

/// Signs in: the answer sets the refresh cookie; the access token stays in memory.
pub async fn login(credentials: &LoginRequest) -> Result<(), ErrorBody> {
    let pair: TokenPair =
        read(send(Request::post(&url("/auth/login")).json(credentials)).await?).await?;
    // Whatever the device kept, or asked for early, was someone's before this sign-in.
    kept::forget_all();
    early::forget();
    took(pair);
    Ok(())
}

/// Who is signed in, as signing in or the refresh a new page starts with answered (else asked
/// of the server); kept on the device for the next start.
pub async fn me() -> Result<Me, ErrorBody> {
    ensure_token().await;
    let me = match SIGNED_IN_AS.with(|me| me.borrow_mut().take()) {
        Some(me) => me,
        None => get("/me").await?,
    };
    kept::keep("me", &(), &me);
    Ok(me)
}

/// Who signed in here last, as the device kept it: shown at once on the next start while
/// [`me`] asks the server again.
pub fn kept_me() -> Option<Me> {
    has_session().then(|| kept::read("me", &())).flatten()
}

/// `GET /api/v1{path}` as the signed-in user.
pub(super) async fn get<T: DeserializeOwned>(path: &str) -> Result<T, ErrorBody> {
    ensure_token().await;
    if let Some(Ok(response)) = early::answer(path).await {
        return read(response).await;
    }
    read(authorized(|| Request::get(&url(path)), None::<&()>).await?).await
}

/// Every item of a paged list: `path` (with its filters, if any) page after page, following
/// `next_cursor` until the last.
pub(super) async fn all<T: DeserializeOwned>(path: &str) -> Result<Vec<T>, ErrorBody> {
    let joiner = if path.contains('?') { '&' } else { '?' };
    let mut items = Vec::new();
    let mut cursor = None;
    loop {
        let page_path = match cursor {
            Some(cursor) => format!("{path}{joiner}limit=200&cursor={cursor}"),
            None => format!("{path}{joiner}limit=200"),
        };
        let page: Page<T> = get(&page_path).await?;
        items.extend(page.items);
        match page.next_cursor {
            Some(next) => cursor = Some(next),
            None => return Ok(items),
        }
    }
}

/// `POST /api/v1{path}` with a JSON body as the signed-in user.
pub(super) async fn post<B: Serialize, T: DeserializeOwned>(
    path: &str,
    body: &B,
) -> Result<T, ErrorBody> {
    read(authorized(|| Request::post(&url(path)), Some(body)).await?).await
}

/// `PUT /api/v1{path}` with a JSON body as the signed-in user.
pub(super) async fn put<B: Serialize, T: DeserializeOwned>(
    path: &str,
    body: &B,
) -> Result<T, ErrorBody> {
    read(authorized(|| Request::put(&url(path)), Some(body)).await?).await
}

/// `POST /api/v1{path}` that creates a record once per `key`: a resend after a lost answer
/// (or from an offline queue) answers the first result instead of creating a second one.
pub(super) async fn create_once<B: Serialize, T: DeserializeOwned>(
    path: &str,
    body: &B,
    key: &str,
) -> Result<T, ErrorBody> {
    let response = authorized(
        || Request::post(&url(path)).header("Idempotency-Key", key),
        Some(body),
    )
    .await?;
    read(response).await
}

/// `DELETE /api/v1{path}` as the signed-in user; `T` is what the server answers (`()` for
/// no content).
pub(super) async fn delete<T: DeserializeOwned>(path: &str) -> Result<T, ErrorBody> {
    read(authorized(|| Request::delete(&url(path)), None::<&()>).await?).await
}

/// A new random key for [`create_once`].
pub fn new_idempotency_key() -> String {
    web_sys::window()
        .and_then(|window| window.crypto().ok())
        .map(|crypto| crypto.random_uuid())
        .unwrap_or_else(|| format!("{}-{}", js_sys::Date::now(), js_sys::Math::random()))
}

/// Fetches a file as the signed-in user and hands it to the browser as a download.
pub(super) async fn download(path: &str, file_name: &str) -> Result<(), ErrorBody> {
    let response = authorized(|| Request::get(&url(path)), None::<&()>).await?;
    if !response.ok() {
        return read::<()>(response).await;
    }
    let bytes = response
        .binary()
        .await
        .map_err(|error| ErrorBody::new(ErrorCode::Unavailable, error.to_string()))?;
    save_as(&bytes, file_name)
        .map_err(|_| ErrorBody::new(ErrorCode::Internal, "The browser refused the download"))
}

fn save_as(bytes: &[u8], file_name: &str) -> Result<(), wasm_bindgen::JsValue> {
    use wasm_bindgen::JsCast;
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let blob = web_sys::Blob::new_with_u8_array_sequence(&parts)?;
    let href = web_sys::Url::create_object_url_with_blob(&blob)?;
    let document = web_sys::window()
        .and_then(|window| window.document())
        .ok_or(wasm_bindgen::JsValue::NULL)?;
    let link: web_sys::HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    link.set_href(&href);
    link.set_download(file_name);
    link.click();
    web_sys::Url::revoke_object_url(&href)
}

/// A request that needs no sign-in and answers no content (an invitation link).
pub(super) async fn post_public<B: Serialize>(path: &str, body: &B) -> Result<(), ErrorBody> {
    read(send(Request::post(&url(path)).json(body)).await?).await
}

/// A request that needs no sign-in.
pub(super) async fn get_public<T: DeserializeOwned>(path: &str) -> Result<T, ErrorBody> {
    read(send(Request::get(&url(path)).build()).await?).await
}

/// Ends the login on the server too, so a copied token stops working.
pub async fn logout() {
    // The server reads the refresh cookie and forgets it. Signing out locally must work
    // offline as well; the server side is best effort.
    let body = RefreshRequest {
        refresh_token: None,
    };
    let _ = send(Request::post(&url("/auth/logout")).json(&body)).await;
    tokens::clear();
}

/// Sends with the access token; on 401 refreshes once (silently) and sends again.
async fn authorized<B: Serialize>(
    build: impl Fn() -> RequestBuilder,
    body: Option<&B>,
) -> Result<Response, ErrorBody> {
    let request = || {
        let builder = with_token(build());
        match body {
            Some(body) => builder.json(body),
            None => builder.build(),
        }
    };
    ensure_token().await;
    let response = send(request()).await?;
    if response.status() != 401 || !refresh_once().await {
        return Ok(response);
    }
    send(request()).await
}

fn with_token(builder: RequestBuilder) -> RequestBuilder {
    match tokens::access_token() {
        Some(token) => builder.header("Authorization", &format!("Bearer {token}")),
        None => builder,
    }
}

/// A new page has no access token yet: it gets one before its first call rather than be
/// refused once.
async fn ensure_token() {
    if tokens::access_token().is_none() && tokens::signed_in() {
        refresh_once().await;
    }
}

async fn refresh_once() -> bool {
    let pending = REFRESHING.with(|slot| {
        slot.borrow_mut()
            .get_or_insert_with(|| refresh().boxed_local().shared())
            .clone()
    });
    let refreshed = pending.await;
    REFRESHING.with(|slot| slot.borrow_mut().take());
    refreshed
}

/// A new access token through the refresh cookie, one tab at a time: the cookie is shared,
/// and two tabs spending the same refresh token at once would end the login.
async fn refresh() -> bool {
    if !tokens::signed_in() {
        return false;
    }
    if let Some(answer) = early::answer("refresh").await {
        return took_token(answer).await;
    }
    super::tabs::one_at_a_time("logbook-refresh", async {
        let body = RefreshRequest {
            refresh_token: None,
        };
        took_token(send(Request::post(&url("/auth/refresh")).json(&body)).await).await
    })
    .await
}

/// Whether the server refused the sign-in (sign in again) rather than not answering or
/// failing (no signal, a restart, a proxy's error page), after which it may well still hold.
pub fn refuses_sign_in(error: &ErrorBody) -> bool {
    matches!(
        error.code,
        ErrorCode::Unauthorized | ErrorCode::TokenExpired | ErrorCode::Forbidden
    )
}

/// Keeps the access token a refresh answered; a refused refresh ends the sign-in here.
async fn took_token(answer: Result<Response, ErrorBody>) -> bool {
    let fresh: Result<TokenPair, ErrorBody> = match answer {
        Ok(response) => read(response).await,
        Err(error) => Err(error),
    };
    match fresh {
        Ok(pair) => {
            took(pair);
            true
        }
        // Only a refusal ends the sign-in here, and what the device keeps with it.
        Err(error) if refuses_sign_in(&error) => {
            tokens::clear();
            false
        }
        Err(_) => false,
    }
}

fn took(pair: TokenPair) {
    tokens::store(pair.access_token);
    SIGNED_IN_AS.with(|me| *me.borrow_mut() = Some(pair.me));
}

pub(super) async fn send(
    request: Result<Request, gloo::net::Error>,
) -> Result<Response, ErrorBody> {
    request
        .map_err(|error| ErrorBody::new(ErrorCode::BadRequest, error.to_string()))?
        .send()
        .await
        .map_err(|error| ErrorBody::new(ErrorCode::Unavailable, error.to_string()))
}

pub(super) async fn read<T: DeserializeOwned>(response: Response) -> Result<T, ErrorBody> {
    if response.status() == 204 {
        // No content: only `()` (or an `Option`) reads from it.
        return serde_json::from_value(serde_json::Value::Null)
            .map_err(|error| ErrorBody::new(ErrorCode::Internal, error.to_string()));
    }
    if response.ok() {
        return response
            .json()
            .await
            .map_err(|error| ErrorBody::new(ErrorCode::Internal, error.to_string()));
    }
    let status = response.status();
    Err(response.json::<ErrorBody>().await.unwrap_or_else(|_| {
        let code = if status >= 500 {
            ErrorCode::Internal
        } else {
            ErrorCode::BadRequest
        };
        ErrorBody::new(code, format!("HTTP {status}"))
    }))
}

/// `path` with `filter`'s set fields as its query string (`None` fields left out).
pub(super) fn with_query<F: Serialize>(path: &str, filter: &F) -> String {
    let query = serde_urlencoded::to_string(filter).unwrap_or_default();
    match (query.is_empty(), path.contains('?')) {
        (true, _) => path.to_owned(),
        (false, true) => format!("{path}&{query}"),
        (false, false) => format!("{path}?{query}"),
    }
}

pub(super) fn url(path: &str) -> String {
    format!("{BASE}{path}")
}
