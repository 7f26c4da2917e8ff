//! `/s/{token}`: the public page a young person answers a survey on, with no sign-in. The
//! link token opens the page for one answer per device (a random token in a cookie, of which
//! the server keeps only a keyed hash, apart from the answers); the kiosk token opens it for a
//! shared tablet, which starts again after each answer. Against spam: a field only robots
//! fill, a minimum time between handing out the form and the answer, and a per-address limit
//! kept in memory only. Nothing about the person, their address or their browser is stored.

use actix_web::cookie::{Cookie, SameSite, time};
use actix_web::http::StatusCode;
use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse, web};
use logbook_shared::surveys::{ResponseInput, RoundStatus, check_response};
use logbook_shared::{FieldError, LANGUAGES};
use maud::Markup;

use super::keys::unix_now;
use super::page::{Page, STYLE, read_fields};
use crate::db::queries::survey_rounds::{self, Recorded};
use crate::db::{self, DbConn};
use crate::error::ApiError;
use crate::state::AppState;
use crate::texts::Texts;

const DEVICE_COOKIE: &str = "logbook_survey_device";
/// Browsers keep a cookie 400 days at most.
const DEVICE_LIFETIME_DAYS: i64 = 400;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/s/survey.css", web::get().to(style))
        .route("/s/{token}", web::get().to(show))
        .route("/s/{token}", web::post().to(answer));
}

async fn style() -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/css; charset=utf-8")
        .insert_header((header::CACHE_CONTROL, "public, max-age=86400"))
        .body(STYLE)
}

/// The language the address asks for (`?lang=sl`), the first if it asks twice: a link is
/// read leniently, never refused.
fn asked_language(request: &HttpRequest) -> Option<String> {
    form_urlencoded::parse(request.query_string().as_bytes())
        .find(|(name, _)| name == "lang")
        .map(|(_, tag)| tag.into_owned())
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

/// A message page in the round's words, under `heading` (a text's key) or the round's title.
fn message(
    found: &Found,
    heading: Option<&str>,
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
    let heading = heading.map_or_else(|| found.round.title.clone(), |key| texts.label(key));
    html(status, page.message(&heading, &lines, next))
}

/// The answering page young people open from a round's link or QR code: a plain HTML form in
/// their language (`lang`, else the phone's, else the round's), no sign-in and no script. It
/// sets the device cookie; a device that has answered is told so.
#[utoipa::path(get, path = "/s/{token}", tag = "surveys", operation_id = "open_survey_page",
    params(("token" = String, Path, description = "The round's link or kiosk token"),
        ("lang" = Option<String>, Query, description = "One of `en`, `sv`, `fi`, `sl`, `lv`, `et`")),
    responses((status = 200, description = "The form, or why it cannot be answered now", content_type = "text/html", body = String),
        (status = 404, description = "No round has this link", content_type = "text/html", body = String)))]
pub(crate) async fn show(
    state: web::Data<AppState>,
    request: HttpRequest,
    token: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let token = token.into_inner();
    let asked = asked_language(&request);
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
        return Ok(not_found(&request, asked.as_deref()));
    };
    let language = language(&request, asked.as_deref(), &found.round.language);
    if found.status != RoundStatus::Open {
        return Ok(message(
            &found,
            None,
            language,
            StatusCode::OK,
            &["survey-not-open"],
            None,
        ));
    }
    if answered {
        return Ok(message(
            &found,
            None,
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

/// Sends the form: fields `q.<question key>` (repeated for each option chosen), `gender`,
/// `age_band` (`min-max`), and the page's own `lang`, `started` (signed when the form was
/// handed out; at least 3 seconds before) and `website` (left empty by people). Answers with
/// the thanks page, or the form again with what needs a look.
#[utoipa::path(post, path = "/s/{token}", tag = "surveys", operation_id = "send_survey_answers",
    params(("token" = String, Path, description = "The round's link or kiosk token")),
    request_body(content = std::collections::HashMap<String, String>, content_type = "application/x-www-form-urlencoded",
        description = "The form's fields as a browser sends them"),
    responses((status = 200, description = "Thanks", content_type = "text/html", body = String),
        (status = 404, description = "No round has this link", content_type = "text/html", body = String),
        (status = 409, description = "This device has answered already", content_type = "text/html", body = String),
        (status = 410, description = "The round is not open", content_type = "text/html", body = String),
        (status = 422, description = "The form again, with what needs a look", content_type = "text/html", body = String),
        (status = 429, description = "Too many answers from this address just now", content_type = "text/html", body = String)))]
pub(crate) async fn answer(
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
            None,
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
            None,
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
        message(
            found,
            Some("survey-thanks-title"),
            language,
            StatusCode::OK,
            lines,
            next.as_deref(),
        )
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
        false => {
            let hash = request.cookie(DEVICE_COOKIE).and_then(|cookie| {
                state
                    .survey_keys
                    .device_hash(found.round.id.get(), cookie.value())
            });
            // Without its random token a phone could answer again and again: it gets one
            // now and is asked to send once more (a browser that refuses cookies cannot).
            let Some(hash) = hash else {
                let no_device = [FieldError::new("device", "no_device", "No device token")];
                let mut page = form_page(
                    &state,
                    &found,
                    language,
                    &given,
                    &no_device,
                    StatusCode::UNPROCESSABLE_ENTITY,
                );
                page.add_cookie(&device_cookie(&request)).ok();
                return Ok(page);
            };
            Some(hash)
        }
    };
    let (round, today) = (found.round.clone(), found.today);
    let recorded = db::blocking(&state.pool, move |conn| {
        match survey_rounds::record_response(conn, &round, device.as_deref(), &checked, today) {
            // The same device sending twice at once: the second finds the first's row.
            Err(diesel::result::Error::DatabaseError(
                diesel::result::DatabaseErrorKind::UniqueViolation,
                _,
            )) => Ok(Recorded::DeviceAnswered),
            other => Ok(other?),
        }
    })
    .await?;
    let (status, line) = match recorded {
        Recorded::Stored => return Ok(thanks(&found)),
        Recorded::DeviceAnswered => (StatusCode::CONFLICT, "survey-already"),
        Recorded::RoundClosed => (StatusCode::GONE, "survey-not-open"),
    };
    Ok(message(&found, None, language, status, &[line], None))
}
