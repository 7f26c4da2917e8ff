//! `/s/{token}`: the public page a young person answers a survey on, with no sign-in. The
//! link token opens the page for one answer per device (a random token in a cookie, of which
//! the server keeps only a keyed hash, apart from the answers); the kiosk token opens it for a
//! shared tablet, which starts again after each answer. Against spam: a field only robots
//! fill, a minimum time between handing out the form and the answer, and a per-address limit
//! kept in memory only. Nothing about the person, their address or their browser is stored.

use std::time::{SystemTime, UNIX_EPOCH};

use actix_web::cookie::{Cookie, SameSite, time};
use actix_web::http::StatusCode;
use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse, web};
use hmac::{Hmac, Mac};
use logbook_shared::surveys::{ResponseInput, RoundStatus, check_response};
use logbook_shared::{FieldError, LANGUAGES};
use maud::Markup;
use sha2::{Digest, Sha256};

use super::page::{Page, STYLE, read_fields};
use crate::db::queries::survey_rounds;
use crate::db::{self, DbConn};
use crate::error::ApiError;
use crate::state::AppState;
use crate::texts::Texts;

const DEVICE_COOKIE: &str = "logbook_survey_device";
/// Seconds a person needs at least between opening the form and sending it.
const MIN_SECONDS_TO_ANSWER: u64 = 3;
/// A form handed out longer ago than this is handed out again (a copied one cannot be
/// replayed for ever).
const MAX_SECONDS_TO_ANSWER: u64 = 24 * 60 * 60;
/// Browsers keep a cookie 400 days at most.
const DEVICE_LIFETIME_DAYS: i64 = 400;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/s/survey.css", web::get().to(style))
        .route("/s/{token}", web::get().to(show))
        .route("/s/{token}", web::post().to(answer));
}

/// The keys of the survey pages, derived from the server's token secret under a purpose of
/// their own.
pub struct SurveyKeys {
    key: [u8; 32],
}

impl SurveyKeys {
    pub fn new(secret: &[u8]) -> SurveyKeys {
        let mut key = Sha256::new();
        key.update(b"logbook survey pages\0");
        key.update(secret);
        SurveyKeys {
            key: key.finalize().into(),
        }
    }

    fn mac(&self, parts: &[&str]) -> Option<Vec<u8>> {
        let mut mac = Hmac::<Sha256>::new_from_slice(&self.key).ok()?;
        for part in parts {
            mac.update(part.as_bytes());
            mac.update(b"\0");
        }
        Some(mac.finalize().into_bytes().to_vec())
    }

    /// What the server keeps of a device that answered a round.
    fn device_hash(&self, round: i64, device: &str) -> Option<String> {
        Some(hex::encode(self.mac(&[
            "device",
            &round.to_string(),
            device,
        ])?))
    }

    /// The moment a form was handed out, signed so that it cannot be made up.
    fn started(&self, round: i64, at: u64) -> String {
        let signature = self
            .mac(&["started", &round.to_string(), &at.to_string()])
            .unwrap_or_default();
        format!("{at}.{}", hex::encode(signature))
    }

    /// Whether `started` is one of ours for `round`, at least the minimum time ago.
    fn answered_slowly_enough(&self, round: i64, started: &str, now: u64) -> bool {
        let Some((at, _)) = started.split_once('.') else {
            return false;
        };
        let Ok(at_seconds) = at.parse::<u64>() else {
            return false;
        };
        self.started(round, at_seconds) == started
            && (at_seconds + MIN_SECONDS_TO_ANSWER..=at_seconds + MAX_SECONDS_TO_ANSWER)
                .contains(&now)
    }
}

fn unix_now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |since| since.as_secs())
}

async fn style() -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/css; charset=utf-8")
        .insert_header((header::CACHE_CONTROL, "public, max-age=86400"))
        .body(STYLE)
}

#[derive(serde::Deserialize)]
struct Asked {
    lang: Option<String>,
}

/// A round as the page needs it: found by its token, with the organisation's day.
struct Found {
    round: survey_rounds::RoundRecord,
    kiosk: bool,
    status: RoundStatus,
    today: chrono::NaiveDate,
}

fn find(conn: &mut DbConn, token: &str) -> Result<Option<Found>, ApiError> {
    let Some((round, kiosk)) = survey_rounds::by_token(conn, token)? else {
        return Ok(None);
    };
    let today = super::today_of(conn, round.organisation_id)?;
    let status = super::status(&round, today);
    Ok(Some(Found {
        round,
        kiosk,
        status,
        today,
    }))
}

/// The language to speak: the one asked for, else the phone's first of ours, else `default`.
fn language(request: &HttpRequest, asked: Option<&str>, default: &str) -> &'static str {
    let ours = |tag: &str| LANGUAGES.iter().copied().find(|own| *own == tag);
    let phone = request
        .headers()
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|value| value.to_str().ok())
        .unwrap_or("")
        .split(',')
        .filter_map(|offer| offer.split(';').next())
        .map(|tag| {
            tag.trim()
                .split('-')
                .next()
                .unwrap_or("")
                .to_ascii_lowercase()
        })
        .find_map(|tag| ours(&tag));
    asked
        .and_then(ours)
        .or(phone)
        .or_else(|| ours(default))
        .unwrap_or("en")
}

fn html(status: StatusCode, markup: Markup) -> HttpResponse {
    HttpResponse::build(status)
        .content_type("text/html; charset=utf-8")
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .body(markup.into_string())
}

fn not_found(request: &HttpRequest, asked: Option<&str>) -> HttpResponse {
    let language = language(request, asked, "en");
    let texts = Texts::of(language);
    let title = texts.label("survey-not-found");
    let page = Page {
        language,
        texts: &texts,
        title: &title,
    };
    html(StatusCode::NOT_FOUND, page.message(&title, &[], None))
}

/// A message page in the round's words.
fn message(
    found: &Found,
    language: &str,
    status: StatusCode,
    lines: &[&str],
    next: Option<&str>,
) -> HttpResponse {
    let texts = Texts::of(language);
    let page = Page {
        language,
        texts: &texts,
        title: &found.round.title,
    };
    let lines: Vec<String> = lines.iter().map(|key| texts.label(key)).collect();
    html(status, page.message(&found.round.title, &lines, next))
}

async fn show(
    state: web::Data<AppState>,
    request: HttpRequest,
    token: web::Path<String>,
    asked: web::Query<Asked>,
) -> Result<HttpResponse, ApiError> {
    let token = token.into_inner();
    let device = request
        .cookie(DEVICE_COOKIE)
        .map(|cookie| cookie.value().to_owned());
    let keys_state = state.clone();
    let found = db::blocking(&state.pool, move |conn| {
        let Some(found) = find(conn, &token)? else {
            return Ok(None);
        };
        let answered = match (&device, found.kiosk) {
            (Some(device), false) => keys_state
                .survey_keys
                .device_hash(found.round.id.get(), device)
                .map(|hash| survey_rounds::device_answered(conn, found.round.id, &hash))
                .transpose()?
                .unwrap_or(false),
            _ => false,
        };
        Ok(Some((found, answered)))
    })
    .await?;
    let Some((found, answered)) = found else {
        return Ok(not_found(&request, asked.lang.as_deref()));
    };
    let language = language(&request, asked.lang.as_deref(), &found.round.language);
    if found.status != RoundStatus::Open {
        return Ok(message(
            &found,
            language,
            StatusCode::OK,
            &["survey-not-open"],
            None,
        ));
    }
    if answered {
        return Ok(message(
            &found,
            language,
            StatusCode::OK,
            &["survey-already"],
            None,
        ));
    }
    let mut response = form_page(
        &state,
        &found,
        language,
        &ResponseInput::default(),
        &[],
        StatusCode::OK,
    );
    if !found.kiosk && request.cookie(DEVICE_COOKIE).is_none() {
        response.add_cookie(&device_cookie(&request)).ok();
    }
    Ok(response)
}

fn form_page(
    state: &AppState,
    found: &Found,
    language: &str,
    given: &ResponseInput,
    errors: &[FieldError],
    status: StatusCode,
) -> HttpResponse {
    let texts = Texts::of(language);
    let page = Page {
        language,
        texts: &texts,
        title: &found.round.title,
    };
    let started = state.survey_keys.started(found.round.id.get(), unix_now());
    html(
        status,
        page.form(
            &found.round.form,
            &found.round.language,
            &started,
            given,
            errors,
        ),
    )
}

/// A random token for this browser, sent back only to the survey pages.
fn device_cookie(request: &HttpRequest) -> Cookie<'static> {
    // Lax, not Strict: a link from a chat or a QR code must still bring it along.
    Cookie::build(DEVICE_COOKIE, crate::auth::secret::new_token())
        .path("/s/")
        .http_only(true)
        .secure(crate::auth::cookies::needs_secure(request))
        .same_site(SameSite::Lax)
        .max_age(time::Duration::days(DEVICE_LIFETIME_DAYS))
        .finish()
}

async fn answer(
    state: web::Data<AppState>,
    request: HttpRequest,
    token: web::Path<String>,
    body: web::Bytes,
) -> Result<HttpResponse, ApiError> {
    let pairs: Vec<(String, String)> = serde_urlencoded::from_bytes(&body).unwrap_or_default();
    let (given, other) = read_fields(pairs);
    let asked = other.get("lang").map(String::as_str);
    let token = token.into_inner();
    let found = db::blocking(&state.pool, move |conn| find(conn, &token)).await?;
    let Some(found) = found else {
        return Ok(not_found(&request, asked));
    };
    let language = language(&request, asked, &found.round.language);
    if found.status != RoundStatus::Open {
        return Ok(message(
            &found,
            language,
            StatusCode::GONE,
            &["survey-not-open"],
            None,
        ));
    }
    let address = state.client_addresses.of(&request);
    if state.survey_throttle.answer(address).is_err() {
        return Ok(message(
            &found,
            language,
            StatusCode::TOO_MANY_REQUESTS,
            &["survey-too-many"],
            None,
        ));
    }
    let next = found.kiosk.then(|| request.path().to_owned());
    let thanks = |found: &Found| {
        let lines: &[&str] = if found.kiosk {
            &["survey-thanks", "survey-kiosk-next"]
        } else {
            &["survey-thanks"]
        };
        message(found, language, StatusCode::OK, lines, next.as_deref())
    };
    // A robot filled the trap: it is thanked, and nothing is kept.
    if other.get("website").is_some_and(|value| !value.is_empty()) {
        return Ok(thanks(&found));
    }
    let started = other.get("started").map_or("", String::as_str);
    if !state
        .survey_keys
        .answered_slowly_enough(found.round.id.get(), started, unix_now())
    {
        let too_fast = [FieldError::new("started", "too_fast", "Sent too soon")];
        return Ok(form_page(
            &state,
            &found,
            language,
            &given,
            &too_fast,
            StatusCode::UNPROCESSABLE_ENTITY,
        ));
    }
    let checked = match check_response(&found.round.form, &given) {
        Ok(checked) => checked,
        Err(errors) => {
            return Ok(form_page(
                &state,
                &found,
                language,
                &given,
                &errors,
                StatusCode::UNPROCESSABLE_ENTITY,
            ));
        }
    };
    let device = match found.kiosk {
        true => None,
        false => request.cookie(DEVICE_COOKIE).and_then(|cookie| {
            state
                .survey_keys
                .device_hash(found.round.id.get(), cookie.value())
        }),
    };
    let (round, today) = (found.round.clone(), found.today);
    let stored = db::blocking(&state.pool, move |conn| {
        match survey_rounds::record_response(conn, &round, device.as_deref(), &checked, today) {
            // The same device sending twice at once: the second finds the first's row.
            Err(diesel::result::Error::DatabaseError(
                diesel::result::DatabaseErrorKind::UniqueViolation,
                _,
            )) => Ok(false),
            other => Ok(other?),
        }
    })
    .await?;
    if !stored {
        return Ok(message(
            &found,
            language,
            StatusCode::CONFLICT,
            &["survey-already"],
            None,
        ));
    }
    Ok(thanks(&found))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_form_counts_as_answered_slowly_enough_only_when_signed_and_old_enough() {
        let keys = SurveyKeys::new(b"secret");
        let started = keys.started(7, 1000);
        assert!(keys.answered_slowly_enough(7, &started, 1000 + MIN_SECONDS_TO_ANSWER));
        assert!(!keys.answered_slowly_enough(7, &started, 1001));
        assert!(
            !keys.answered_slowly_enough(7, &started, 1001 + MAX_SECONDS_TO_ANSWER),
            "stale"
        );
        assert!(
            !keys.answered_slowly_enough(8, &started, 2000),
            "another round's"
        );
        assert!(!keys.answered_slowly_enough(7, "900.00", 2000), "made up");
        let other = SurveyKeys::new(b"other");
        assert_ne!(
            other.device_hash(7, "device"),
            keys.device_hash(7, "device")
        );
    }
}
