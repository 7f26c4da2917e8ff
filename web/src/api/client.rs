use std::cell::RefCell;

use futures::FutureExt;
use futures::future::{LocalBoxFuture, Shared};
use gloo::net::http::{Method, Request, RequestBuilder, Response};
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
    let pair: TokenPair = decode(
        call_as(
            None,
            Method::POST,
            "/auth/login",
            Some(encode(credentials)?),
        )
        .await?,
    )?;
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
    decode(get_body(path).await?)
}

// What every `get` does whatever it reads: one copy, not one per answer type.
async fn get_body(path: &str) -> Result<Body, ErrorBody> {
    ensure_token().await;
    if let Some(Ok(response)) = early::answer(path).await {
        return body_of(response).await;
    }
    call(Method::GET, path, None, None).await
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
    decode(call(Method::POST, path, Some(encode(body)?), None).await?)
}

/// `PUT /api/v1{path}` with a JSON body as the signed-in user.
pub(super) async fn put<B: Serialize, T: DeserializeOwned>(
    path: &str,
    body: &B,
) -> Result<T, ErrorBody> {
    decode(call(Method::PUT, path, Some(encode(body)?), None).await?)
}

/// `POST /api/v1{path}` that creates a record once per `key`: a resend after a lost answer
/// (or from an offline queue) answers the first result instead of creating a second one.
pub(super) async fn create_once<B: Serialize, T: DeserializeOwned>(
    path: &str,
    body: &B,
    key: &str,
) -> Result<T, ErrorBody> {
    decode(call(Method::POST, path, Some(encode(body)?), Some(key)).await?)
}

/// `DELETE /api/v1{path}` as the signed-in user; `T` is what the server answers (`()` for
/// no content).
pub(super) async fn delete<T: DeserializeOwned>(path: &str) -> Result<T, ErrorBody> {
    decode(call(Method::DELETE, path, None, None).await?)
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
    let response = authorized(Method::GET, path, None, None).await?;
    if !response.ok() {
        return body_of(response).await.map(drop);
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
    decode(call_as(None, Method::POST, path, Some(encode(body)?)).await?)
}

/// A request that needs no sign-in.
pub(super) async fn get_public<T: DeserializeOwned>(path: &str) -> Result<T, ErrorBody> {
    decode(call_as(None, Method::GET, path, None).await?)
}

/// A request with `token` (a kiosk's, say) or none instead of the signed-in user's: no
/// refresh, no retry.
pub(super) async fn call_as(
    token: Option<&str>,
    method: Method,
    path: &str,
    body: Option<String>,
) -> Result<Body, ErrorBody> {
    body_of(send(request(&method, path, body.as_deref(), None, token)).await?).await
}

/// Ends the login on the server too, so a copied token stops working.
pub async fn logout() {
    // The server reads the refresh cookie and forgets it. Signing out locally must work
    // offline as well; the server side is best effort.
    let body = RefreshRequest {
        refresh_token: None,
    };
    if let Ok(body) = encode(&body) {
        let _ = call_as(None, Method::POST, "/auth/logout", Some(body)).await;
    }
    tokens::clear();
}

/// Sends as the signed-in user and reads what came back.
async fn call(
    method: Method,
    path: &str,
    body: Option<String>,
    key: Option<&str>,
) -> Result<Body, ErrorBody> {
    body_of(authorized(method, path, body, key).await?).await
}

/// Sends with the access token; on 401 refreshes once (silently) and sends again.
async fn authorized(
    method: Method,
    path: &str,
    body: Option<String>,
    key: Option<&str>,
) -> Result<Response, ErrorBody> {
    let attempt = || {
        let token = tokens::access_token();
        request(&method, path, body.as_deref(), key, token.as_deref())
    };
    ensure_token().await;
    let response = send(attempt()).await?;
    if response.status() != 401 || !refresh_once().await {
        return Ok(response);
    }
    send(attempt()).await
}

/// `method` to `/api/v1{path}`, with `body` as JSON, an idempotency `key` and a bearer `token`
/// where given.
fn request(
    method: &Method,
    path: &str,
    body: Option<&str>,
    key: Option<&str>,
    token: Option<&str>,
) -> Result<Request, gloo::net::Error> {
    let mut builder = RequestBuilder::new(&url(path)).method(method.clone());
    if let Some(token) = token {
        builder = builder.header("Authorization", &format!("Bearer {token}"));
    }
    if let Some(key) = key {
        builder = builder.header("Idempotency-Key", key);
    }
    match body {
        Some(body) => builder
            .header("Content-Type", "application/json")
            .body(body),
        None => builder.build(),
    }
}

/// A new page has no access token yet: it gets one before its first call rather than be
/// refused once.
async fn ensure_token() {
    if tokens::access_token().is_none() && tokens::signed_in() {
        refresh_once().await;
    }
}

/// Before the page is left for another (a reload into the whole app): a refresh under way has
/// answered, so the next page starts from the refresh token it left in the cookie rather
/// than present the spent one (which ends the login).
#[cfg(feature = "field")]
pub async fn settle_sign_in() {
    let pending = REFRESHING.with(|slot| slot.borrow().clone());
    if let Some(pending) = pending {
        pending.await;
    }
    ensure_token().await;
}

/// The access token to lend the outbox (`super::outbox`), getting one first on a new page.
pub(super) async fn current_token() -> Option<String> {
    ensure_token().await;
    tokens::access_token()
}

/// A new access token after the outbox's was refused; `false` when there is none to be had.
pub(super) async fn renew_token() -> bool {
    refresh_once().await
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
        let answer = match encode(&body) {
            Ok(body) => {
                send(request(
                    &Method::POST,
                    "/auth/refresh",
                    Some(&body),
                    None,
                    None,
                ))
                .await
            }
            Err(error) => Err(error),
        };
        took_token(answer).await
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
        Ok(response) => body_of(response).await.and_then(decode),
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
    tokens::store(pair.access_token, pair.me.id);
    SIGNED_IN_AS.with(|me| *me.borrow_mut() = Some(pair.me));
}

async fn send(request: Result<Request, gloo::net::Error>) -> Result<Response, ErrorBody> {
    request
        .map_err(|error| ErrorBody::new(ErrorCode::BadRequest, error.to_string()))?
        .send()
        .await
        .map_err(|error| ErrorBody::new(ErrorCode::Unavailable, error.to_string()))
}

/// A successful answer's JSON text; `None` when it had no content (204).
pub(super) type Body = Option<String>;

/// What a successful answer carried, or the error the server (or the network) gave.
async fn body_of(response: Response) -> Result<Body, ErrorBody> {
    let status = response.status();
    if status == 204 {
        return Ok(None);
    }
    if response.ok() {
        return response
            .text()
            .await
            .map(Some)
            .map_err(|error| ErrorBody::new(ErrorCode::Unavailable, error.to_string()));
    }
    Err(response.json::<ErrorBody>().await.unwrap_or_else(|_| {
        let code = if status >= 500 {
            ErrorCode::Internal
        } else {
            ErrorCode::BadRequest
        };
        ErrorBody::new(code, format!("HTTP {status}"))
    }))
}

/// Reads an answer's body as `T`; no content reads only as `()` (or an `Option`). Only this
/// and [`encode`] are copied per type: the requests themselves are not.
pub(super) fn decode<T: DeserializeOwned>(body: Body) -> Result<T, ErrorBody> {
    serde_json::from_str(body.as_deref().unwrap_or("null"))
        .map_err(|error| ErrorBody::new(ErrorCode::Internal, error.to_string()))
}

/// `body` as the JSON a request sends.
pub(super) fn encode<B: Serialize + ?Sized>(body: &B) -> Result<String, ErrorBody> {
    serde_json::to_string(body)
        .map_err(|error| ErrorBody::new(ErrorCode::BadRequest, error.to_string()))
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

fn url(path: &str) -> String {
    format!("{BASE}{path}")
}
