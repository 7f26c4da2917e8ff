//! The cookies the API sets for a browser: the refresh token (so no script can read it) and
//! the known device. Both HttpOnly, SameSite=Strict, sent only to the paths that read them,
//! and `Secure` everywhere but plain HTTP to this machine (the demo and development), where a
//! browser would refuse it.

use actix_web::HttpRequest;
use actix_web::cookie::{Cookie, SameSite, time};

const REFRESH: &str = "logbook_refresh";
/// Refreshing and signing out read it; nothing else is sent it.
const REFRESH_PATH: &str = "/api/v1/auth";

/// A cookie with the attributes every cookie of ours has.
pub fn strict(
    request: &HttpRequest,
    name: String,
    value: String,
    path: &'static str,
    max_age: time::Duration,
) -> Cookie<'static> {
    Cookie::build(name, value)
        .path(path)
        .http_only(true)
        .secure(needs_secure(request))
        .same_site(SameSite::Strict)
        .max_age(max_age)
        .finish()
}

/// The refresh token as a cookie, living as long as the token.
pub fn refresh(request: &HttpRequest, token: &str) -> Cookie<'static> {
    let lifetime = crate::auth::session::REFRESH_TOKEN_LIFETIME.num_seconds();
    strict(
        request,
        REFRESH.to_owned(),
        token.to_owned(),
        REFRESH_PATH,
        time::Duration::seconds(lifetime),
    )
}

/// Tells the browser to forget the refresh token.
pub fn refresh_removed(request: &HttpRequest) -> Cookie<'static> {
    strict(
        request,
        REFRESH.to_owned(),
        String::new(),
        REFRESH_PATH,
        time::Duration::ZERO,
    )
}

/// The refresh token presented: the body's (integrations), else the cookie's (the web app).
pub fn presented_refresh(request: &HttpRequest, in_body: Option<String>) -> Option<String> {
    in_body.or_else(|| {
        request
            .cookie(REFRESH)
            .map(|cookie| cookie.value().to_owned())
            .filter(|token| !token.is_empty())
    })
}

pub(crate) fn needs_secure(request: &HttpRequest) -> bool {
    let info = request.connection_info();
    let host = info
        .host()
        .rsplit_once(':')
        .map_or(info.host(), |(host, _)| host);
    let local = matches!(host, "localhost" | "127.0.0.1" | "[::1]");
    info.scheme() == "https" || !local
}
