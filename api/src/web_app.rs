//! Serves the built web app from its folder, with a page of the app for every unknown path so
//! deep links survive a reload: `index.html` (the small field bundle: what a youth worker
//! opens on a phone) for its paths, `office.html` (the whole app) for the rest. Files come pre-compressed when the browser accepts it (`x.br`,
//! `x.gz` beside `x`, made by the build); content-hashed names (`logbook-<hash>.js`) are
//! cached for good, everything else is revalidated on each load.

use std::path::{Path, PathBuf};

use actix_files::NamedFile;
use actix_web::http::header::{self, ContentEncoding, HeaderValue};
use actix_web::{HttpRequest, HttpResponse, web};

/// True when `dir` holds a built web app.
pub fn is_built(dir: &Path) -> bool {
    dir.join("index.html").is_file()
}

pub fn configure(cfg: &mut web::ServiceConfig, dir: &Path) {
    if !is_built(dir) {
        return;
    }
    let dir = dir.to_path_buf();
    cfg.route(
        "/{path:.*}",
        web::get().to(move |request: HttpRequest| serve(request, dir.clone())),
    );
}

async fn serve(request: HttpRequest, dir: PathBuf) -> actix_web::Result<HttpResponse> {
    let asked = request.match_info().query("path");
    let file = safe_path(asked)
        .map(|relative| dir.join(relative))
        .filter(|path| path.is_file())
        .unwrap_or_else(|| {
            let page = dir.join(page_for(asked));
            // A build of one bundle only (older, or a test's) has index.html alone.
            if page.is_file() {
                page
            } else {
                dir.join("index.html")
            }
        });
    let accepted = request
        .headers()
        .get(header::ACCEPT_ENCODING)
        .and_then(|value| value.to_str().ok())
        .unwrap_or("");
    let (chosen, encoding) = compressed(&file, accepted);
    let extension = file
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or_default();
    let mut named = NamedFile::open_async(&chosen)
        .await?
        .set_content_type(actix_files::file_extension_to_mime(extension))
        // Named after the compressed copy, the file would otherwise come as a download.
        .disable_content_disposition();
    if let Some(encoding) = encoding {
        named = named.set_content_encoding(encoding);
    }
    let mut response = named.into_response(&request);
    let headers = response.headers_mut();
    headers.insert(header::VARY, HeaderValue::from_static("Accept-Encoding"));
    headers.insert(header::CACHE_CONTROL, cache_control(&file));
    Ok(response)
}

/// The page that opens `path`: the field bundle's for the pages it has (signing in, logging
/// and listing sessions, the account, the kiosk, an invitation), the whole app's for the
/// rest. `web/sw.js` says the same for the device's copy.
fn page_for(path: &str) -> &'static str {
    let path = path.strip_suffix('/').unwrap_or(path);
    // A session's id fits an i64 (at most 18 digits here), as the app's route reads it.
    let session = path
        .strip_prefix("sessions/")
        .is_some_and(|id| (1..=18).contains(&id.len()) && id.bytes().all(|b| b.is_ascii_digit()));
    let invitation = path
        .strip_prefix("invitation/")
        .is_some_and(|token| !token.is_empty() && !token.contains('/'));
    let field =
        matches!(path, "" | "login" | "log" | "sessions" | "me" | "kiosk") || session || invitation;
    if field { "index.html" } else { "office.html" }
}

/// The path inside the folder, or `None` for anything that could leave it or name a hidden
/// file.
fn safe_path(asked: &str) -> Option<PathBuf> {
    let parts: Vec<&str> = asked.split('/').filter(|part| !part.is_empty()).collect();
    let unsafe_part = |part: &&str| part.starts_with('.') || part.contains('\\');
    (!parts.is_empty() && !parts.iter().any(unsafe_part)).then(|| parts.iter().collect())
}

/// The smallest variant of `file` the browser accepts: brotli, then gzip, then as it is.
fn compressed(file: &Path, accepted: &str) -> (PathBuf, Option<ContentEncoding>) {
    let accepts = |name: &str| {
        accepted.split(',').any(|offer| {
            let mut parts = offer.split(';').map(str::trim);
            let named = parts.next() == Some(name);
            let refused = parts.any(|parameter| matches!(parameter, "q=0" | "q=0.0" | "q=0.00"));
            named && !refused
        })
    };
    for (name, extension, encoding) in [
        ("br", "br", ContentEncoding::Brotli),
        ("gzip", "gz", ContentEncoding::Gzip),
    ] {
        let mut variant = file.as_os_str().to_owned();
        variant.push(format!(".{extension}"));
        let variant = PathBuf::from(variant);
        if accepts(name) && variant.is_file() {
            return (variant, Some(encoding));
        }
    }
    (file.to_path_buf(), None)
}

/// A content-hashed file never changes under its name; anything else may change any time.
fn cache_control(file: &Path) -> HeaderValue {
    let hashed = file
        .file_stem()
        .and_then(|stem| stem.to_str())
        .and_then(|stem| stem.rsplit_once('-'))
        .is_some_and(|(_, hash)| hash.len() == 16 && hash.bytes().all(|b| b.is_ascii_hexdigit()));
    HeaderValue::from_static(if hashed {
        "public, max-age=31536000, immutable"
    } else {
        "no-cache"
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_youth_workers_pages_open_in_the_field_bundle_the_rest_in_the_whole_app() {
        for field in [
            "",
            "log",
            "log/",
            "sessions",
            "sessions/12",
            "me",
            "kiosk",
            "login",
            "invitation/x",
        ] {
            assert_eq!(page_for(field), "index.html", "{field}");
        }
        for office in [
            "reports",
            "follow-up",
            "sessions/new",
            "sessions/1234567890123456789",
            "invitation/a/b",
            "log//",
            "aims/3",
            "nowhere",
        ] {
            assert_eq!(page_for(office), "office.html", "{office}");
        }
    }

    #[test]
    fn no_path_leaves_the_folder() {
        assert_eq!(safe_path("i18n/fi.ftl"), Some(PathBuf::from("i18n/fi.ftl")));
        for escaping in ["../secret", "a/../../b", ".env", "a\\..\\b", ""] {
            assert_eq!(safe_path(escaping), None, "{escaping}");
        }
    }

    #[test]
    fn only_hashed_names_are_cached_for_good() {
        let immutable = cache_control(Path::new("logbook_bg-0123456789abcdef.wasm"));
        assert!(immutable.to_str().unwrap().contains("immutable"));
        for changing in ["index.html", "i18n/fi.ftl", "logbook-12.js"] {
            assert_eq!(cache_control(Path::new(changing)), "no-cache");
        }
    }
}
