use actix_web::{HttpResponse, get, post, put, web};
use logbook_shared::aims::{Aim, AimFilter, AimInput, IndicatorInput, merge_indicators};
use logbook_shared::ids::{AimId, OrganisationId, UnitId};
use logbook_shared::{ErrorBody, FieldError, ListQuery, Page};
use utoipa_actix_web::service_config::ServiceConfig;

use super::common::{created, refuse_unknown, unit_visible};
use crate::auth::policy::not_found;
use crate::auth::{Action, AuthUser};
use crate::db::queries::aims;
use crate::db::{self, DbConn};
use crate::error::ApiError;
use crate::extract::{ValidJson, ValidQuery};
use crate::state::AppState;
use crate::surveys::{self, templates};
use logbook_shared::surveys::QuestionKind;

pub fn configure(cfg: &mut ServiceConfig) {
    cfg.service(list_aims)
        .service(create_aim)
        .service(get_aim)
        .service(update_aim);
}

/// The organisation's aims and those of the units the caller's role holds for.
#[utoipa::path(tag = "aims", security(("bearer" = []), ("api_token" = ["structure:read"])), params(ListQuery, AimFilter),
    responses((status = 200, body = Page<Aim>), (status = "4XX", body = ErrorBody)))]
#[get("/aims")]
async fn list_aims(
    state: web::Data<AppState>,
    auth: AuthUser,
    page: ValidQuery<ListQuery>,
    filter: ValidQuery<AimFilter>,
) -> Result<web::Json<Page<Aim>>, ApiError> {
    let organisation = auth.require_organisation()?;
    auth.authorize(Action::ReadOrganisationData(organisation))?;
    let (page, filter, scope) = (
        page.into_inner(),
        filter.into_inner(),
        auth.scope.unit_ids(),
    );
    let rows = db::blocking(&state.pool, move |conn| {
        Ok(aims::list(
            conn,
            organisation,
            scope.as_deref(),
            &filter,
            &page,
        )?)
    })
    .await?;
    Ok(web::Json(Page::from_rows(rows, page.limit(), |row| row.id)))
}

/// Set an aim: for the organisation (org admin) or a unit (also its unit manager).
#[utoipa::path(tag = "aims", security(("bearer" = [])), request_body = AimInput,
    responses((status = 201, body = Aim), (status = "4XX", body = ErrorBody)))]
#[post("/aims")]
async fn create_aim(
    state: web::Data<AppState>,
    auth: AuthUser,
    body: ValidJson<AimInput>,
) -> Result<HttpResponse, ApiError> {
    let organisation = auth.require_organisation()?;
    let input = body.0;
    check_questions(input.indicators.as_deref().unwrap_or_default())?;
    let aim = db::blocking(&state.pool, move |conn| {
        may_set(conn, &auth, organisation, input.unit_id)?;
        let today = surveys::today_of(conn, organisation)?;
        let inputs = input.indicators.as_deref().unwrap_or_default();
        let indicators = merge_indicators(&[], inputs, input.period_from, today);
        Ok(aims::insert(conn, organisation, &input, &indicators, None)?)
    })
    .await?;
    Ok(created(&aim))
}

#[utoipa::path(tag = "aims", security(("bearer" = []), ("api_token" = ["structure:read"])), params(("id" = i64, Path)),
    responses((status = 200, body = Aim), (status = "4XX", body = ErrorBody)))]
#[get("/aims/{id}")]
async fn get_aim(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<AimId>,
) -> Result<web::Json<Aim>, ApiError> {
    let (organisation, id) = (auth.require_organisation()?, id.into_inner());
    auth.authorize(Action::ReadOrganisationData(organisation))?;
    let aim = db::blocking(&state.pool, move |conn| {
        Ok(aims::get(conn, organisation, id)?)
    })
    .await?
    .ok_or_else(not_found)?;
    if let Some(unit) = aim.unit_id {
        auth.authorize(Action::ReadUnit(unit))?;
    }
    Ok(web::Json(aim))
}

/// Change or archive an aim; moving it needs the right to set aims at both places.
#[utoipa::path(tag = "aims", security(("bearer" = [])), params(("id" = i64, Path)), request_body = AimInput,
    responses((status = 200, body = Aim), (status = "4XX", body = ErrorBody)))]
#[put("/aims/{id}")]
async fn update_aim(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<AimId>,
    body: ValidJson<AimInput>,
) -> Result<web::Json<Aim>, ApiError> {
    let (organisation, id) = (auth.require_organisation()?, id.into_inner());
    let input = body.0;
    check_questions(input.indicators.as_deref().unwrap_or_default())?;
    // Read and written in one transaction: two edits at once must not lose a target change.
    let aim = db::blocking(&state.pool, move |conn| {
        db::write_transaction(conn, |conn| {
            let current = aims::get(conn, organisation, id)?.ok_or_else(not_found)?;
            if let Some(unit) = current.unit_id {
                auth.authorize(Action::ReadUnit(unit))?;
            }
            may_set(conn, &auth, organisation, current.unit_id)?;
            may_set(conn, &auth, organisation, input.unit_id)?;
            let indicators = match &input.indicators {
                Some(inputs) => {
                    let today = surveys::today_of(conn, organisation)?;
                    merge_indicators(&current.indicators, inputs, current.period_from, today)
                }
                None => current.indicators,
            };
            Ok(aims::update(conn, organisation, id, &input, &indicators)?)
        })
    })
    .await?;
    Ok(web::Json(aim.ok_or_else(not_found)?))
}

/// A survey indicator names a 1–5 question of a built-in survey.
pub fn check_questions(indicators: &[IndicatorInput]) -> Result<(), ApiError> {
    let errors: Vec<FieldError> = indicators
        .iter()
        .enumerate()
        .filter(|(_, indicator)| {
            indicator.survey_question.as_ref().is_some_and(|asked| {
                !templates::all().iter().any(|survey| {
                    survey.key == asked.template
                        && survey.questions.iter().any(|question| {
                            question.key == asked.question && question.kind == QuestionKind::Likert
                        })
                })
            })
        })
        .map(|(index, _)| {
            FieldError::new(
                format!("indicators[{index}].survey_question"),
                "unknown",
                "No such 1–5 question in a built-in survey",
            )
        })
        .collect();
    refuse_unknown(errors)
}

/// Organisation aims are the org admin's; a unit's aims also its manager's. A unit the
/// caller cannot see is `unknown`.
pub fn may_set(
    conn: &mut DbConn,
    auth: &AuthUser,
    organisation: OrganisationId,
    unit_id: Option<UnitId>,
) -> Result<(), ApiError> {
    let Some(unit) = unit_id else {
        return auth.authorize(Action::AdministerOrganisation(organisation));
    };
    if !unit_visible(conn, auth, organisation, unit)? {
        refuse_unknown(vec![FieldError::new("unit_id", "unknown", "No such unit")])?;
    }
    auth.authorize(Action::ManageUnit(unit))
}
