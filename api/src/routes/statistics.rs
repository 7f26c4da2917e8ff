//! A network's statistics (SPEC 8) as JSON or CSV, every pull logged; and the log, for the
//! network and for each organisation whose figures a pull returned.

use actix_web::{HttpRequest, HttpResponse, get, web};
use logbook_shared::ErrorBody;
use logbook_shared::FieldError;
use logbook_shared::ids::{NetworkId, OrganisationId, UserId};
use logbook_shared::networks::{
    Comparison, ComparisonQuery, Pull, Statistics, StatisticsFormat, StatisticsGrouping,
    StatisticsQuery,
};
use logbook_shared::reports::FileLanguage;
use logbook_shared::surveys::{SurveyComparison, SurveyComparisonQuery};
use utoipa_actix_web::service_config::ServiceConfig;

use super::common::{download, file_texts, refuse_unknown, year_bounds};
use crate::auth::policy::not_found;
use crate::auth::{Action, AuthUser};
use crate::db;
use crate::db::queries::network_pulls::{self, NewPull};
use crate::db::queries::{memberships, networks, organisations, survey_rounds, survey_settling};
use crate::error::ApiError;
use crate::extract::ValidQuery;
use crate::reports::export;
use crate::reports::table::Table;
use crate::state::AppState;
use crate::statistics;
use crate::surveys::comparison::{self, MemberAnswers};
use crate::surveys::{self, templates};

pub fn configure(cfg: &mut ServiceConfig) {
    cfg.service(get_statistics)
        .service(get_comparison)
        .service(get_survey_comparison)
        .service(network_pulls_list)
        .service(own_pulls);
}

/// Every figure of SPEC 7 for the network's current members, in total and by organisation,
/// unit type or month, for a calendar month, quarter or year, in the network's own age bands:
/// cells counting fewer young people than the network's threshold (or a member's stricter
/// one) are suppressed, and so are the cells that would give them away. Every count shown is
/// perturbed by −2 to +2 (the cell key method, the same for the same cell in every pull), and
/// ratios are made of the perturbed counts. Each pull is logged.
#[utoipa::path(tag = "networks", security(("bearer" = []), ("api_token" = ["statistics:read"])),
    params(("id" = i64, Path), StatisticsQuery, FileLanguage),
    responses((status = 200, description = "JSON, or CSV with `format=csv`",
            content((Statistics = "application/json"), (String = "text/csv"))),
        (status = "4XX", body = ErrorBody)))]
#[get("/networks/{id}/statistics")]
async fn get_statistics(
    state: web::Data<AppState>,
    auth: AuthUser,
    request: HttpRequest,
    id: web::Path<NetworkId>,
    query: ValidQuery<StatisticsQuery>,
    language: ValidQuery<FileLanguage>,
) -> Result<HttpResponse, ApiError> {
    let network_id = id.into_inner();
    auth.authorize(Action::ReadNetworkStatistics(network_id))?;
    let texts = file_texts(&auth, &language);
    let query = query.into_inner();
    let format = query.format.unwrap_or(StatisticsFormat::Json);
    let asked = request.query_string().to_owned();
    let (table, organisation_ids, min_cell, query) =
        pulled(&state, auth.user.id, network_id, query, format, asked).await?;
    match format {
        StatisticsFormat::Csv => {
            let largest = statistics::perturbation::described().largest_move;
            let footnote = texts.text("network.perturbed", &[("most", largest.to_string())]);
            let body = export::csv_with_footnote(&table, &texts, Some(&footnote))
                .map_err(ApiError::internal)?;
            let name = format!("statistics-{}-{}.csv", query.from, query.to);
            Ok(download(body, "text/csv; charset=utf-8", &name))
        }
        StatisticsFormat::Json => Ok(HttpResponse::Ok().json(statistics::statistics(
            network_id,
            &query,
            &table,
            organisation_ids,
            min_cell,
        ))),
    }
}

/// The members' suppressed table for the query, logged as a pull by `user`.
async fn pulled(
    state: &AppState,
    user: UserId,
    network_id: NetworkId,
    query: StatisticsQuery,
    format: StatisticsFormat,
    asked: String,
) -> Result<(Table, Vec<OrganisationId>, i32, StatisticsQuery), ApiError> {
    refuse_unknown(query.errors())?;
    db::blocking(&state.pool, move |conn| {
        let network = networks::get(conn, network_id)?.ok_or_else(not_found)?;
        let (table, organisation_ids, min_cell) = statistics::table(conn, &network, &query)?;
        network_pulls::insert(
            conn,
            &NewPull {
                network_id,
                user_id: user,
                query: &asked,
                format,
                organisation_ids: &organisation_ids,
            },
        )?;
        Ok((table, organisation_ids, min_cell, query))
    })
    .await
}

/// Each member organisation beside the network's median, per figure: for the network's
/// admins all members, for a member's org admin only their own. Logged as a pull: the
/// median is made of every member's figures.
#[utoipa::path(tag = "networks", security(("bearer" = []), ("api_token" = ["statistics:read"])),
    params(("id" = i64, Path), ComparisonQuery),
    responses((status = 200, body = Comparison), (status = "4XX", body = ErrorBody)))]
#[get("/networks/{id}/comparison")]
async fn get_comparison(
    state: web::Data<AppState>,
    auth: AuthUser,
    request: HttpRequest,
    id: web::Path<NetworkId>,
    query: ValidQuery<ComparisonQuery>,
) -> Result<web::Json<Comparison>, ApiError> {
    let network_id = id.into_inner();
    let only = comparison_reader(&state, &auth, network_id).await?;
    let query = StatisticsQuery {
        from: query.from,
        to: query.to,
        group_by: Some(StatisticsGrouping::Organisation),
        bands: None,
        format: None,
        ages: None,
    };
    let asked = format!("comparison?{}", request.query_string());
    let (table, organisation_ids, min_cell, query) = pulled(
        &state,
        auth.user.id,
        network_id,
        query,
        StatisticsFormat::Json,
        asked,
    )
    .await?;
    let statistics = statistics::statistics(network_id, &query, &table, organisation_ids, min_cell);
    Ok(web::Json(statistics::comparison(statistics, only)))
}

/// Who reads a comparison: the network's admins all members (`None`), a member's org admin
/// only their own organisation; anyone else is refused.
pub(super) async fn comparison_reader(
    state: &AppState,
    auth: &AuthUser,
    network_id: NetworkId,
) -> Result<Option<OrganisationId>, ApiError> {
    let refused = match auth.authorize(Action::ReadNetworkStatistics(network_id)) {
        Ok(()) => return Ok(None),
        Err(refused) => refused,
    };
    let organisation = auth.organisation_id().ok_or(refused)?;
    auth.authorize(Action::AdministerOrganisation(organisation))?;
    let member = db::blocking(&state.pool, move |conn| {
        Ok(memberships::members(conn, network_id)?
            .iter()
            .any(|(id, _)| *id == organisation))
    })
    .await?;
    if member {
        Ok(Some(organisation))
    } else {
        Err(not_found())
    }
}

/// The members' results of one built-in survey in a calendar year, each member's rounds of it
/// together, beside all shown members together and the members' median (KEKS's national
/// compilation): for the network's admins every member, for a member's org admin only their
/// own. A member shows only with at least its smallest number of answers (the largest of the
/// network's smallest cell, its own and its `survey_min_responses`); hidden members are left
/// out of the total, so nothing of theirs can be worked out; no written answers ever leave.
/// Logged as a pull.
#[utoipa::path(tag = "networks", security(("bearer" = []), ("api_token" = ["statistics:read"])),
    params(("id" = i64, Path), SurveyComparisonQuery),
    responses((status = 200, body = SurveyComparison), (status = "4XX", body = ErrorBody)))]
#[get("/networks/{id}/surveys")]
async fn get_survey_comparison(
    state: web::Data<AppState>,
    auth: AuthUser,
    request: HttpRequest,
    id: web::Path<NetworkId>,
    query: ValidQuery<SurveyComparisonQuery>,
) -> Result<web::Json<SurveyComparison>, ApiError> {
    let network_id = id.into_inner();
    let only = comparison_reader(&state, &auth, network_id).await?;
    let SurveyComparisonQuery { template, year } = query.into_inner();
    let template = templates::all()
        .iter()
        .find(|built_in| built_in.key == template)
        .ok_or_else(|| {
            ApiError::invalid_fields(vec![FieldError::new(
                "template",
                "unknown",
                "No such template",
            )])
        })?;
    let (from, to) = year_bounds(year)?;
    let (user, asked) = (auth.user.id, format!("surveys?{}", request.query_string()));
    let comparison = db::blocking(&state.pool, move |conn| {
        let network = networks::get(conn, network_id)?.ok_or_else(not_found)?;
        let members = memberships::members(conn, network_id)?;
        let mut answers = Vec::new();
        for (organisation_id, own_min) in &members {
            let home = organisations::get(conn, *organisation_id)?.ok_or_else(not_found)?;
            let min = network
                .min_cell
                .max(*own_min)
                .max(home.settings()?.survey_min_responses);
            let mut rounds = Vec::new();
            for round in
                survey_rounds::of_template(conn, *organisation_id, &template.key, from, to)?
            {
                if surveys::closed_within(&round, &home, from, to)? {
                    let counted = survey_settling::counted(conn, round.id)?;
                    rounds.push((round.form, counted));
                }
            }
            answers.push(MemberAnswers {
                organisation_id: *organisation_id,
                name: home.name,
                min: i64::from(min),
                rounds,
            });
        }
        let organisation_ids: Vec<OrganisationId> = members.iter().map(|(id, _)| *id).collect();
        network_pulls::insert_json(conn, network_id, user, &asked, &organisation_ids)?;
        Ok(comparison::compare(
            network_id, template, year, answers, only,
        ))
    })
    .await?;
    Ok(web::Json(comparison))
}

/// Every pull of the network's statistics, newest first (its network admins).
#[utoipa::path(tag = "networks", security(("bearer" = []), ("api_token" = ["statistics:read"])), params(("id" = i64, Path)),
    responses((status = 200, body = Vec<Pull>), (status = "4XX", body = ErrorBody)))]
#[get("/networks/{id}/pulls")]
async fn network_pulls_list(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<NetworkId>,
) -> Result<web::Json<Vec<Pull>>, ApiError> {
    let network_id = id.into_inner();
    auth.authorize(Action::ReadNetworkStatistics(network_id))?;
    let pulls = db::blocking(&state.pool, move |conn| {
        Ok(network_pulls::of_network(conn, network_id)?)
    })
    .await?;
    Ok(web::Json(pulls))
}

/// Every pull that returned the caller's organisation's figures, newest first, also from
/// networks it has left (its org admins).
#[utoipa::path(tag = "networks", security(("bearer" = [])),
    responses((status = 200, body = Vec<Pull>), (status = "4XX", body = ErrorBody)))]
#[get("/network-pulls")]
async fn own_pulls(
    state: web::Data<AppState>,
    auth: AuthUser,
) -> Result<web::Json<Vec<Pull>>, ApiError> {
    let organisation = auth.require_organisation()?;
    auth.authorize(Action::AdministerOrganisation(organisation))?;
    let pulls = db::blocking(&state.pool, move |conn| {
        Ok(network_pulls::of_organisation(conn, organisation)?)
    })
    .await?;
    Ok(web::Json(pulls))
}
