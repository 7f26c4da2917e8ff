//! What a kiosk device can do, with its kiosk token and nothing else: greet, check a
//! returning young person in, register a new alias (which checks in too). Guessing aliases
//! or PINs is throttled per device and per alias.

use actix_web::{HttpResponse, get, post, web};
use chrono::Datelike;
use logbook_shared::ErrorBody;
use logbook_shared::visitors::{AliasInput, CheckInInput, CheckInReceipt, KioskInfo, alias_key};
use utoipa_actix_web::service_config::ServiceConfig;

use super::common::created;
use crate::auth::password;
use crate::db;
use crate::db::queries::{aliases, units};
use crate::error::ApiError;
use crate::extract::ValidJson;
use crate::state::AppState;
use crate::visitors::kiosk::KioskDevice;
use crate::visitors::{self, AliasDraft, Place, Visitor, unknown_alias};

pub fn configure(cfg: &mut ServiceConfig) {
    cfg.service(kiosk_info)
        .service(kiosk_check_in)
        .service(kiosk_new_alias);
}

/// The kiosk's unit, language and consent rule (kiosk token).
#[utoipa::path(tag = "kiosk", security(("kiosk" = [])),
    responses((status = 200, body = KioskInfo), (status = "4XX", body = ErrorBody)))]
#[get("/kiosk")]
async fn kiosk_info(
    state: web::Data<AppState>,
    kiosk: KioskDevice,
) -> Result<web::Json<KioskInfo>, ApiError> {
    let kiosk = kiosk.0;
    let info = db::blocking(&state.pool, move |conn| {
        let place = Place::of(conn, kiosk.organisation_id)?;
        let unit = units::get(conn, kiosk.organisation_id, kiosk.unit())?
            .ok_or_else(crate::auth::policy::not_found)?;
        Ok(KioskInfo {
            organisation_name: place.organisation_name,
            unit_name: unit.name,
            language: kiosk.language,
            digital_consent_age: place.consent_age,
            consent_text: place.consent_text,
            this_year: place.now.year(),
        })
    })
    .await?;
    Ok(web::Json(info))
}

/// A returning young person checks in with their alias, and the PIN when it has one.
#[utoipa::path(tag = "kiosk", security(("kiosk" = [])), request_body = CheckInInput,
    responses((status = 200, body = CheckInReceipt),
        (status = 409, description = "No session open now (`check_in_closed`)", body = ErrorBody),
        (status = 429, description = "Too many guesses", body = ErrorBody),
        (status = "4XX", body = ErrorBody)))]
#[post("/kiosk/check-ins")]
async fn kiosk_check_in(
    state: web::Data<AppState>,
    kiosk: KioskDevice,
    body: ValidJson<CheckInInput>,
) -> Result<web::Json<CheckInReceipt>, ApiError> {
    let (kiosk, input) = (kiosk.0, body.0);
    let key = alias_key(&input.alias);
    state
        .alias_throttle
        .at_kiosk(kiosk.id, kiosk.organisation_id, &key)
        .map_err(ApiError::too_many_requests)?;
    let organisation = kiosk.organisation_id;
    let alias = db::blocking(&state.pool, move |conn| {
        Ok(aliases::find_by_key(conn, organisation, &key)?)
    })
    .await?;
    // The PIN is checked apart from the database. An unknown alias takes as long as a wrong
    // PIN, so timing does not tell that an alias exists.
    let pin_matches = match &alias {
        Some(found) if found.pin_hash.is_none() => true,
        _ => {
            let stored = alias.as_ref().and_then(|found| found.pin_hash.clone());
            password::verify_apart(input.pin.unwrap_or_default(), stored).await?
        }
    };
    let Some(alias) = alias.filter(|_| pin_matches) else {
        return Err(unknown_alias("alias"));
    };
    let receipt = db::blocking(&state.pool, move |conn| {
        let now = Place::of(conn, kiosk.organisation_id)?.now;
        visitors::at_kiosk(conn, &kiosk, now, Visitor::Returning(alias))
    })
    .await?;
    Ok(web::Json(receipt))
}

/// A young person new here makes an alias (birth year, gender, optional PIN) and is checked
/// in. Under the organisation's consent age, `guardian_confirmed` must be true.
#[utoipa::path(tag = "kiosk", security(("kiosk" = [])), request_body = AliasInput,
    responses((status = 201, body = CheckInReceipt),
        (status = 409, description = "No session open now (`check_in_closed`)", body = ErrorBody),
        (status = 429, description = "Too many attempts", body = ErrorBody),
        (status = "4XX", body = ErrorBody)))]
#[post("/kiosk/aliases")]
async fn kiosk_new_alias(
    state: web::Data<AppState>,
    kiosk: KioskDevice,
    body: ValidJson<AliasInput>,
) -> Result<HttpResponse, ApiError> {
    let (kiosk, input) = (kiosk.0, body.0);
    let key = alias_key(&input.alias);
    // A taken alias answers differently, so trying names counts as guessing.
    state
        .alias_throttle
        .at_kiosk(kiosk.id, kiosk.organisation_id, &key)
        .map_err(ApiError::too_many_requests)?;
    let organisation = kiosk.organisation_id;
    let place = db::blocking(&state.pool, move |conn| Place::of(conn, organisation)).await?;
    let draft = AliasDraft::of(&input, &place).await?;
    let receipt = db::blocking(&state.pool, move |conn| {
        visitors::at_kiosk(conn, &kiosk, place.now, Visitor::New(draft.as_new()))
    })
    .await?;
    Ok(created(&receipt))
}
