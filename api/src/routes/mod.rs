//! The `/api/v1` routes, one module per resource. Handlers are thin: extract, authorize
//! (`AuthUser::authorize`, the one permission model), run queries in one blocking call.

pub mod activities;
pub mod aims;
pub mod aliases;
pub mod api_tokens;
pub mod auth;
pub mod check_ins;
pub mod health;
pub mod invitations;
pub mod key_figures;
pub mod kiosk;
pub mod kiosks;
pub mod me;
pub mod memberships;
pub mod networks;
pub mod organisations;
pub mod reflection_questions;
pub mod reports;
pub mod session_audit;
pub mod sessions;
pub mod statistics;
pub mod topics;
pub mod units;
pub mod users;

use actix_web::HttpResponse;
use logbook_shared::{FieldError, field_errors_body};
use serde::Serialize;
use utoipa_actix_web::service_config::ServiceConfig;

use crate::auth::AuthUser;
use crate::db::DbConn;
use crate::db::queries;
use crate::error::ApiError;

/// Everything under `/api/v1`; what is registered here is what the OpenAPI document shows.
pub fn configure(cfg: &mut ServiceConfig) {
    cfg.configure(auth::configure)
        .configure(me::configure)
        .configure(invitations::configure)
        .configure(networks::configure)
        .configure(memberships::configure)
        .configure(api_tokens::configure)
        .configure(statistics::configure)
        .configure(organisations::configure)
        .configure(units::configure)
        .configure(topics::configure)
        .configure(activities::configure)
        .configure(users::configure)
        .configure(sessions::configure)
        .configure(session_audit::configure)
        .configure(reflection_questions::configure)
        .configure(aims::configure)
        .configure(check_ins::configure)
        .configure(kiosks::configure)
        .configure(kiosk::configure)
        .configure(aliases::configure)
        .configure(reports::configure)
        .configure(key_figures::configure);
}

/// A downloaded file (PDF, XLSX), as the OpenAPI document declares it.
#[derive(utoipa::ToSchema)]
#[schema(value_type = String, format = Binary)]
pub struct FileBody(pub Vec<u8>);

/// 201 with the created record.
pub fn created(value: &impl Serialize) -> HttpResponse {
    HttpResponse::Created().json(value)
}

/// One `unknown` field error per id in `wanted` that is not in `known`, e.g. `topic_ids[2]`.
pub fn unknown_ids(field: &str, wanted: &[i64], known: &[i64]) -> Vec<FieldError> {
    wanted
        .iter()
        .enumerate()
        .filter(|(_, id)| !known.contains(id))
        .map(|(index, _)| FieldError::new(format!("{field}[{index}]"), "unknown", "No such record"))
        .collect()
}

/// Whether the unit is the organisation's and in the caller's scope; any other unit is
/// "unknown" to them, like another organisation's.
pub fn unit_visible(
    conn: &mut DbConn,
    auth: &AuthUser,
    organisation: i64,
    unit: i64,
) -> Result<bool, ApiError> {
    Ok(queries::units::get(conn, organisation, unit)?.is_some() && auth.sees_unit(unit))
}

/// 422 naming each of `unit_ids` that is not a unit in the caller's scope (for an org admin:
/// not a unit of the organisation).
pub fn check_visible_unit_ids(
    conn: &mut DbConn,
    auth: &AuthUser,
    organisation: i64,
    unit_ids: &[i64],
) -> Result<(), ApiError> {
    let mut visible = queries::units::existing(conn, organisation, unit_ids)?;
    visible.retain(|unit| auth.sees_unit(*unit));
    refuse_unknown(unknown_ids("unit_ids", unit_ids, &visible))
}

/// 422 naming every field error, when there is any.
pub fn refuse_unknown(fields: Vec<FieldError>) -> Result<(), ApiError> {
    if fields.is_empty() {
        Ok(())
    } else {
        Err(ApiError::validation(field_errors_body(fields)))
    }
}
