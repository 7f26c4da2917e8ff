//! Helpers every route module may use: answers, the 422 for unknown ids, unit visibility,
//! downloads and a year's bounds. Route modules import from here, never from each other.

use actix_web::HttpResponse;
use logbook_shared::FieldError;
use logbook_shared::ids::{OrganisationId, UnitId};
use logbook_shared::reports::FileLanguage;
use serde::Serialize;

use crate::auth::AuthUser;
use crate::db::DbConn;
use crate::db::queries;
use crate::error::ApiError;
use crate::texts::Texts;

/// A downloaded file (PDF, XLSX), as the OpenAPI document declares it.
#[derive(utoipa::ToSchema)]
#[schema(value_type = String, format = Binary)]
pub struct FileBody(pub Vec<u8>);

/// The texts of a file the caller downloads: in `lang` when asked, else in the caller's
/// language.
pub fn file_texts(auth: &AuthUser, asked: &FileLanguage) -> Texts {
    Texts::of(asked.lang.as_deref().unwrap_or(auth.language()))
}

/// 201 with the created record.
pub fn created(value: &impl Serialize) -> HttpResponse {
    HttpResponse::Created().json(value)
}

/// One `unknown` field error per id in `wanted` that is not in `known`, e.g. `topic_ids[2]`.
pub fn unknown_ids<Id: PartialEq>(field: &str, wanted: &[Id], known: &[Id]) -> Vec<FieldError> {
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
    organisation: OrganisationId,
    unit: UnitId,
) -> Result<bool, ApiError> {
    Ok(queries::units::get(conn, organisation, unit)?.is_some() && auth.sees_unit(unit))
}

/// 422 naming each of `unit_ids` that is not a unit in the caller's scope (for an org admin:
/// not a unit of the organisation).
pub fn check_visible_unit_ids(
    conn: &mut DbConn,
    auth: &AuthUser,
    organisation: OrganisationId,
    unit_ids: &[UnitId],
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
        Err(ApiError::invalid_fields(fields))
    }
}

/// A file the browser saves under `name`.
pub fn download(body: Vec<u8>, content_type: &str, name: &str) -> HttpResponse {
    HttpResponse::Ok()
        .content_type(content_type)
        .insert_header((
            "Content-Disposition",
            format!("attachment; filename=\"{name}\""),
        ))
        .body(body)
}

/// 1 January to 31 December; a year outside 2000–2200 is out of range (422 naming `year`).
pub fn year_bounds(year: i32) -> Result<(chrono::NaiveDate, chrono::NaiveDate), ApiError> {
    let day = |month, day| chrono::NaiveDate::from_ymd_opt(year, month, day);
    match (day(1, 1), day(12, 31)) {
        (Some(from), Some(to)) if (2000..=2200).contains(&year) => Ok((from, to)),
        _ => Err(ApiError::invalid_fields(vec![FieldError::new(
            "year",
            "range",
            "A year from 2000 to 2200",
        )])),
    }
}
