//! Kiosk devices as staff manage them: register a tablet for a unit (the token is shown
//! once), list, revoke. Org admins, and unit managers for their units.

use actix_web::{HttpResponse, delete, get, post, web};
use logbook_shared::ids::KioskId;
use logbook_shared::visitors::{Kiosk, KioskInput, RegisteredKiosk};
use logbook_shared::{ErrorBody, FieldError};
use utoipa_actix_web::service_config::ServiceConfig;

use super::common::created;
use crate::auth::policy::not_found;
use crate::auth::{Action, AuthUser, secret};
use crate::db;
use crate::db::queries::{kiosks, units};
use crate::error::ApiError;
use crate::extract::ValidJson;
use crate::state::AppState;

pub fn configure(cfg: &mut ServiceConfig) {
    cfg.service(list_kiosks)
        .service(register_kiosk)
        .service(revoke_kiosk);
}

/// The kiosks of the units in the caller's scope, newest first, revoked ones included.
#[utoipa::path(tag = "visitors", security(("bearer" = [])),
    responses((status = 200, body = Vec<Kiosk>), (status = "4XX", body = ErrorBody)))]
#[get("/kiosks")]
async fn list_kiosks(
    state: web::Data<AppState>,
    auth: AuthUser,
) -> Result<web::Json<Vec<Kiosk>>, ApiError> {
    let organisation = auth.require_organisation()?;
    auth.authorize(Action::ManageKiosks(organisation))?;
    let scope = auth.scope.unit_ids();
    let rows = db::blocking(&state.pool, move |conn| {
        Ok(kiosks::list(conn, organisation, scope.as_deref())?)
    })
    .await?;
    Ok(web::Json(
        rows.iter().map(kiosks::KioskRow::to_dto).collect(),
    ))
}

/// Register a device as the unit's kiosk. The answer carries the token once; the kiosk page
/// keeps it on the device. It can only check young people in at this unit.
#[utoipa::path(tag = "visitors", security(("bearer" = [])), request_body = KioskInput,
    responses((status = 201, body = RegisteredKiosk), (status = "4XX", body = ErrorBody)))]
#[post("/kiosks")]
async fn register_kiosk(
    state: web::Data<AppState>,
    auth: AuthUser,
    body: ValidJson<KioskInput>,
) -> Result<HttpResponse, ApiError> {
    let organisation = auth.require_organisation()?;
    auth.authorize(Action::ManageKiosks(organisation))?;
    let input = body.0;
    let token = secret::new_token();
    let hash = secret::hash(&token);
    let user_id = auth.user.id;
    let kiosk = db::blocking(&state.pool, move |conn| {
        let unit =
            units::get(conn, organisation, input.unit_id)?.filter(|unit| auth.sees_unit(unit.id));
        let refused = match unit {
            None => Some(FieldError::new("unit_id", "unknown", "No such unit")),
            Some(unit) if unit.archived => Some(FieldError::new(
                "unit_id",
                "archived",
                "The unit is archived",
            )),
            Some(_) => None,
        };
        if let Some(error) = refused {
            return Err(ApiError::invalid_fields(vec![error]));
        }
        Ok(kiosks::insert(conn, organisation, user_id, &input, &hash)?)
    })
    .await?;
    Ok(created(&RegisteredKiosk {
        kiosk: kiosk.to_dto(),
        token,
    }))
}

/// Revoke a kiosk: its token stops working at once.
#[utoipa::path(tag = "visitors", security(("bearer" = [])), params(("id" = i64, Path)),
    responses((status = 204), (status = "4XX", body = ErrorBody)))]
#[delete("/kiosks/{id}")]
async fn revoke_kiosk(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<KioskId>,
) -> Result<HttpResponse, ApiError> {
    let (organisation, id) = (auth.require_organisation()?, id.into_inner());
    auth.authorize(Action::ManageKiosks(organisation))?;
    db::blocking(&state.pool, move |conn| {
        let kiosk = kiosks::get(conn, organisation, id)?.ok_or_else(not_found)?;
        auth.authorize(Action::ManageUnit(kiosk.unit()))?;
        Ok(kiosks::revoke(conn, organisation, id)?)
    })
    .await?;
    Ok(HttpResponse::NoContent().finish())
}
