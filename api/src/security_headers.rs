//! Headers that tell the browser what a page may do (OWASP ASVS 14.4): no sniffing of types,
//! no referrer, no framing anywhere, API answers never stored, and the web app held to a
//! strict Content-Security-Policy that its WebAssembly still runs under.

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::{self, HeaderName, HeaderValue};
use actix_web::middleware::Next;

/// The web app: its own scripts, styles and API only; WebAssembly compiled from its own file.
pub const APP_POLICY: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; \
     style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; \
     base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
/// API answers are data, never a page.
const API_POLICY: &str = "default-src 'none'; frame-ancestors 'none'";
/// Swagger UI's page runs inline scripts of its own: only framing is refused there.
const DOCS_POLICY: &str = "frame-ancestors 'none'";

pub async fn add(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let path = req.path().to_owned();
    let mut response = next.call(req).await?;
    let headers = response.headers_mut();
    let policy = if path.starts_with("/api/docs") {
        DOCS_POLICY
    } else if path.starts_with("/api/") {
        if !headers.contains_key(header::CACHE_CONTROL) {
            headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
        }
        API_POLICY
    } else {
        APP_POLICY
    };
    for (name, value) in [
        (header::CONTENT_SECURITY_POLICY, policy),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::REFERRER_POLICY, "no-referrer"),
        (header::X_FRAME_OPTIONS, "DENY"),
        (
            HeaderName::from_static("cross-origin-opener-policy"),
            "same-origin",
        ),
    ] {
        headers.insert(name, HeaderValue::from_static(value));
    }
    Ok(response)
}
