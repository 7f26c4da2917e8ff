//! Follow-up of aims (SPEC 5): indicators against targets with their trend, the written
//! notes and action plan of each aim, the Good Enough templates, and a network's overview.
//! Everyone who reads reports reads follow-up (the organisation's aims: those who read the
//! whole organisation's figures); who sets an aim writes its plan.

use actix_web::{HttpRequest, HttpResponse, get, post, put, web};
use logbook_shared::aims::{AimInput, Plan, PlanInput, merge_indicators};
use logbook_shared::follow_up::{
    AdoptInput, AimTemplate, FollowUp, FollowUpQuery, NetworkFollowUp, YearQuery,
};
use logbook_shared::ids::{AimId, NetworkId, OrganisationId};
use logbook_shared::reports::FileLanguage;
use logbook_shared::{ErrorBody, ErrorCode};
use utoipa_actix_web::service_config::ServiceConfig;

use super::aims::may_set;
use super::common::{created, unit_visible, year_bounds};
use super::statistics::comparison_reader;
use crate::auth::policy::not_found;
use crate::auth::{Action, AuthUser};
use crate::db::queries::network_pulls;
use crate::db::queries::{aims, memberships, networks};
use crate::db::{self, DbConn};
use crate::error::ApiError;
use crate::extract::{ValidJson, ValidQuery};
use crate::follow_up::{self, network, templates};
use crate::state::AppState;
use crate::surveys;

pub fn configure(cfg: &mut ServiceConfig) {
    cfg.service(get_follow_up)
        .service(save_aim_plan)
        .service(list_aim_plans)
        .service(list_aim_templates)
        .service(adopt_aim_template)
        .service(get_network_follow_up);
}

/// The aims of the organisation (without `unit_id`) or of one unit, each indicator's value
/// per period of its grain beside the target that held then, its status (met; close, within
/// the organisation's margin; not met; not enough data) and its trend, and each aim's latest
/// notes and action plan. Unit managers and youth workers read their units'.
#[utoipa::path(tag = "aims", security(("bearer" = []), ("api_token" = ["reports:read"])), params(FollowUpQuery),
    responses((status = 200, body = FollowUp), (status = "4XX", body = ErrorBody)))]
#[get("/follow-up")]
async fn get_follow_up(
    state: web::Data<AppState>,
    auth: AuthUser,
    query: ValidQuery<FollowUpQuery>,
) -> Result<web::Json<FollowUp>, ApiError> {
    let organisation = auth.require_organisation()?;
    auth.authorize(Action::ReadReports(organisation))?;
    let FollowUpQuery { unit_id, archived } = query.into_inner();
    if unit_id.is_none() && auth.scope.unit_ids().is_some() {
        return Err(ApiError::new(
            ErrorCode::Forbidden,
            "The organisation's aims follow the whole organisation; read your units' (unit_id)",
        ));
    }
    let follow_up = db::blocking(&state.pool, move |conn| {
        if let Some(unit) = unit_id
            && !unit_visible(conn, &auth, organisation, unit)?
        {
            return Err(not_found());
        }
        let aims = aims::of_place(conn, organisation, unit_id, archived)?;
        let (today, close_margin, aims) = follow_up::follow_up(conn, organisation, aims)?;
        Ok(FollowUp {
            unit_id,
            today,
            close_margin,
            aims,
        })
    })
    .await?;
    Ok(web::Json(follow_up))
}

/// The aim, if the caller may write its plan.
fn writable_aim(
    conn: &mut DbConn,
    auth: &AuthUser,
    organisation: OrganisationId,
    id: AimId,
) -> Result<(), ApiError> {
    let aim = aims::get(conn, organisation, id)?.ok_or_else(not_found)?;
    if let Some(unit) = aim.unit_id.filter(|unit| !auth.sees_unit(*unit)) {
        auth.authorize(Action::ReadUnit(unit))?;
    }
    may_set(conn, auth, organisation, aim.unit_id)
}

/// Save the aim's notes and action plan (what we will do, by when, who); every version is
/// kept. Who may set the aim may write it.
#[utoipa::path(tag = "aims", security(("bearer" = [])), params(("id" = i64, Path)), request_body = PlanInput,
    responses((status = 201, body = Plan), (status = "4XX", body = ErrorBody)))]
#[put("/aims/{id}/plan")]
async fn save_aim_plan(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<AimId>,
    body: ValidJson<PlanInput>,
) -> Result<HttpResponse, ApiError> {
    let (organisation, id) = (auth.require_organisation()?, id.into_inner());
    let input = body.0;
    let plan = db::blocking(&state.pool, move |conn| {
        db::write_transaction(conn, |conn| {
            writable_aim(conn, &auth, organisation, id)?;
            aims::insert_plan(conn, organisation, id, &input, auth.user.id)?;
            aims::plans(conn, organisation, &[id], true)?
                .pop()
                .ok_or_else(not_found)
        })
    })
    .await?;
    Ok(created(&plan))
}

/// Every saved version of the aim's notes and action plan, newest first.
#[utoipa::path(tag = "aims", security(("bearer" = []), ("api_token" = ["reports:read"])), params(("id" = i64, Path)),
    responses((status = 200, body = Vec<Plan>), (status = "4XX", body = ErrorBody)))]
#[get("/aims/{id}/plans")]
async fn list_aim_plans(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<AimId>,
) -> Result<web::Json<Vec<Plan>>, ApiError> {
    let (organisation, id) = (auth.require_organisation()?, id.into_inner());
    auth.authorize(Action::ReadReports(organisation))?;
    let plans = db::blocking(&state.pool, move |conn| {
        let aim = aims::get(conn, organisation, id)?.ok_or_else(not_found)?;
        let readable = match aim.unit_id {
            Some(unit) => auth.sees_unit(unit),
            None => auth.scope.unit_ids().is_none(),
        };
        if !readable {
            return Err(not_found());
        }
        Ok(aims::plans(conn, organisation, &[id], false)?)
    })
    .await?;
    Ok(web::Json(plans))
}

/// The built-in Good Enough aims (KEKS's areas the data can measure) with their indicators
/// and starting targets, in `lang` or the reader's language.
#[utoipa::path(tag = "aims", security(("bearer" = []), ("api_token" = [])), params(FileLanguage),
    responses((status = 200, body = Vec<AimTemplate>), (status = "4XX", body = ErrorBody)))]
#[get("/aim-templates")]
async fn list_aim_templates(
    auth: AuthUser,
    language: ValidQuery<FileLanguage>,
) -> Result<web::Json<Vec<AimTemplate>>, ApiError> {
    let language = language
        .lang
        .clone()
        .unwrap_or_else(|| auth.language().to_owned());
    Ok(web::Json(
        templates::all()
            .iter()
            .map(|template| template.shown(&language))
            .collect(),
    ))
}

/// Adopt a Good Enough aim for the organisation (org admin) or a unit (also its manager):
/// an aim titled in `lang` or the adopter's language, with the template's indicators and
/// targets, to edit as the organisation's own.
#[utoipa::path(tag = "aims", security(("bearer" = [])), params(("key" = String, Path), FileLanguage), request_body = AdoptInput,
    responses((status = 201, body = logbook_shared::aims::Aim), (status = "4XX", body = ErrorBody)))]
#[post("/aim-templates/{key}/adopt")]
async fn adopt_aim_template(
    state: web::Data<AppState>,
    auth: AuthUser,
    key: web::Path<String>,
    language: ValidQuery<FileLanguage>,
    body: ValidJson<AdoptInput>,
) -> Result<HttpResponse, ApiError> {
    let organisation = auth.require_organisation()?;
    let template = templates::find(&key).ok_or_else(not_found)?;
    let AdoptInput {
        unit_id,
        period_from,
        period_to,
    } = body.0;
    let input = AimInput {
        title: template
            .title(language.lang.as_deref().unwrap_or(auth.language()))
            .to_owned(),
        unit_id,
        period_from,
        period_to,
        archived: false,
        indicators: Some(template.indicators.clone()),
    };
    let aim = db::blocking(&state.pool, move |conn| {
        db::write_transaction(conn, |conn| {
            may_set(conn, &auth, organisation, unit_id)?;
            // Adopted twice for the same place and time would follow the same thing twice.
            let twice = aims::of_place(conn, organisation, unit_id, false)?
                .iter()
                .any(|aim| {
                    aim.template.as_deref() == Some(template.key.as_str())
                        && aim.period_from <= period_to
                        && period_from <= aim.period_to
                });
            if twice {
                return Err(ApiError::new(
                    ErrorCode::Conflict,
                    "This Good Enough aim is already adopted here for that time",
                ));
            }
            let today = surveys::today_of(conn, organisation)?;
            let indicators = merge_indicators(&[], &template.indicators, period_from, today);
            Ok(aims::insert(
                conn,
                organisation,
                &input,
                &indicators,
                Some(&template.key),
            )?)
        })
    })
    .await?;
    Ok(created(&aim))
}

/// How many members meet, come close to or miss each Good Enough indicator in a calendar
/// year, each member measured over its whole organisation against the template's own target
/// — counts of members only, never a member's value. A member counts only with enough data
/// under the network's smallest cell and its own; a member's org admin sees only where their
/// own organisation stands. Logged as a pull.
#[utoipa::path(tag = "networks", security(("bearer" = []), ("api_token" = ["statistics:read"])),
    params(("id" = i64, Path), YearQuery, FileLanguage),
    responses((status = 200, body = NetworkFollowUp), (status = "4XX", body = ErrorBody)))]
#[get("/networks/{id}/follow-up")]
async fn get_network_follow_up(
    state: web::Data<AppState>,
    auth: AuthUser,
    request: HttpRequest,
    id: web::Path<NetworkId>,
    query: ValidQuery<YearQuery>,
    language: ValidQuery<FileLanguage>,
) -> Result<web::Json<NetworkFollowUp>, ApiError> {
    let network_id = id.into_inner();
    let member_reader = comparison_reader(&state, &auth, network_id).await?;
    let year = query.year;
    let bounds = year_bounds(year)?;
    let language = language
        .lang
        .clone()
        .unwrap_or_else(|| auth.language().to_owned());
    let (user, asked) = (
        auth.user.id,
        format!("follow-up?{}", request.query_string()),
    );
    let overview = db::blocking(&state.pool, move |conn| {
        let network = networks::get(conn, network_id)?.ok_or_else(not_found)?;
        let members: Vec<network::Member> = memberships::members(conn, network_id)?
            .into_iter()
            .map(|(organisation_id, own_min)| network::Member {
                organisation_id,
                min: network.min_cell.max(own_min),
            })
            .collect();
        let indicators = network::overview(conn, &members, bounds, &language, member_reader)?;
        let organisation_ids: Vec<OrganisationId> = members
            .iter()
            .map(|member| member.organisation_id)
            .collect();
        network_pulls::insert_json(conn, network_id, user, &asked, &organisation_ids)?;
        Ok(NetworkFollowUp {
            network_id,
            year,
            members: members.len() as i64,
            indicators,
        })
    })
    .await?;
    Ok(web::Json(overview))
}
