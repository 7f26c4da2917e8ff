//! Youth surveys for staff: questionnaires (org admins build them, from scratch or from a
//! built-in template), and rounds that run one in a period at chosen units or activities (org
//! admins, and unit managers at their own units), with their public links and QR code.

use std::collections::BTreeSet;

use actix_web::{HttpRequest, HttpResponse, get, post, put, web};
use logbook_shared::ids::{OrganisationId, QuestionnaireId, SurveyRoundId, UnitId};
use logbook_shared::reports::{ExportFormat, ExportQuery, FileLanguage};
use logbook_shared::surveys::{
    Questionnaire, QuestionnaireInput, ResultsQuery, RoundStatus, SurveyForm, SurveyResults,
    SurveyRound, SurveyRoundInput, SurveyTemplate, TemplateCopy,
};
use logbook_shared::{ErrorBody, ErrorCode, FieldError, ListQuery, Page, Role};
use utoipa_actix_web::service_config::ServiceConfig;

use super::common::{
    FileBody, check_visible_unit_ids, created, download, file_texts, refuse_unknown,
};
use crate::auth::caller::Credential;
use crate::auth::policy::not_found;
use crate::auth::{Action, AuthUser};
use crate::db::queries::survey_rounds::RoundRecord;
use crate::db::queries::{
    activities, organisations, questionnaires, survey_results, survey_rounds, survey_settling,
};
use crate::db::{self, DbConn};
use crate::error::ApiError;
use crate::extract::{ValidJson, ValidQuery};
use crate::state::AppState;
use crate::surveys::{self, results, templates};
use crate::texts::Texts;

pub fn configure(cfg: &mut ServiceConfig) {
    cfg.service(list_templates)
        .service(list_questionnaires)
        .service(create_questionnaire)
        .service(copy_template)
        .service(get_questionnaire)
        .service(update_questionnaire)
        .service(list_rounds)
        .service(create_round)
        .service(get_round)
        .service(close_round)
        .service(round_results)
        .service(export_results)
        .service(round_qr_code)
        .service(round_poster);
}

/// The built-in questionnaires in every language, to copy and adapt — and what networks
/// compare their members by. Anyone signed in may read them: they are the same everywhere.
#[utoipa::path(tag = "surveys", security(("bearer" = []), ("api_token" = [])),
    responses((status = 200, body = Vec<SurveyTemplate>), (status = "4XX", body = ErrorBody)))]
#[get("/survey-templates")]
async fn list_templates(_signed_in: AuthUser) -> web::Json<&'static [SurveyTemplate]> {
    web::Json(templates::all())
}

#[utoipa::path(tag = "surveys", security(("bearer" = []), ("api_token" = ["structure:read"])), params(ListQuery),
    responses((status = 200, body = Page<Questionnaire>), (status = "4XX", body = ErrorBody)))]
#[get("/questionnaires")]
async fn list_questionnaires(
    state: web::Data<AppState>,
    auth: AuthUser,
    page: ValidQuery<ListQuery>,
) -> Result<web::Json<Page<Questionnaire>>, ApiError> {
    let organisation = auth.require_organisation()?;
    auth.authorize(Action::ReadOrganisationData(organisation))?;
    let page = page.into_inner();
    let rows = db::blocking(&state.pool, move |conn| {
        Ok(questionnaires::list(conn, organisation, &page)?)
    })
    .await?;
    Ok(web::Json(Page::from_rows(rows, page.limit(), |row| row.id)))
}

/// Build a questionnaire (org admins).
#[utoipa::path(tag = "surveys", security(("bearer" = [])), request_body = QuestionnaireInput,
    responses((status = 201, body = Questionnaire), (status = "4XX", body = ErrorBody)))]
#[post("/questionnaires")]
async fn create_questionnaire(
    state: web::Data<AppState>,
    auth: AuthUser,
    body: ValidJson<QuestionnaireInput>,
) -> Result<HttpResponse, ApiError> {
    let organisation = auth.require_organisation()?;
    auth.authorize(Action::AdministerOrganisation(organisation))?;
    let input = body.0;
    let questionnaire = db::blocking(&state.pool, move |conn| {
        Ok(questionnaires::insert(conn, organisation, &input, None)?)
    })
    .await?;
    Ok(created(&questionnaire))
}

/// Copy a built-in template as the organisation's own questionnaire, named in `language`.
#[utoipa::path(tag = "surveys", security(("bearer" = [])), request_body = TemplateCopy,
    responses((status = 201, body = Questionnaire), (status = "4XX", body = ErrorBody)))]
#[post("/questionnaires/from-template")]
async fn copy_template(
    state: web::Data<AppState>,
    auth: AuthUser,
    body: ValidJson<TemplateCopy>,
) -> Result<HttpResponse, ApiError> {
    let organisation = auth.require_organisation()?;
    auth.authorize(Action::AdministerOrganisation(organisation))?;
    let Some(input) = templates::copy(&body.0.template, &body.0.language) else {
        return Err(ApiError::invalid_fields(vec![FieldError::new(
            "template",
            "unknown",
            "No such template",
        )]));
    };
    let template = body.0.template;
    let questionnaire = db::blocking(&state.pool, move |conn| {
        Ok(questionnaires::insert(
            conn,
            organisation,
            &input,
            Some(&template),
        )?)
    })
    .await?;
    Ok(created(&questionnaire))
}

#[utoipa::path(tag = "surveys", security(("bearer" = []), ("api_token" = ["structure:read"])), params(("id" = i64, Path)),
    responses((status = 200, body = Questionnaire), (status = "4XX", body = ErrorBody)))]
#[get("/questionnaires/{id}")]
async fn get_questionnaire(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<QuestionnaireId>,
) -> Result<web::Json<Questionnaire>, ApiError> {
    let (organisation, id) = (auth.require_organisation()?, id.into_inner());
    auth.authorize(Action::ReadOrganisationData(organisation))?;
    let questionnaire = db::blocking(&state.pool, move |conn| {
        Ok(questionnaires::get(conn, organisation, id)?)
    })
    .await?;
    Ok(web::Json(questionnaire.ok_or_else(not_found)?))
}

/// Change a questionnaire (org admins). Rounds already made keep the questions they ask.
#[utoipa::path(tag = "surveys", security(("bearer" = [])), params(("id" = i64, Path)), request_body = QuestionnaireInput,
    responses((status = 200, body = Questionnaire), (status = "4XX", body = ErrorBody)))]
#[put("/questionnaires/{id}")]
async fn update_questionnaire(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<QuestionnaireId>,
    body: ValidJson<QuestionnaireInput>,
) -> Result<web::Json<Questionnaire>, ApiError> {
    let (organisation, id) = (auth.require_organisation()?, id.into_inner());
    auth.authorize(Action::AdministerOrganisation(organisation))?;
    let input = body.0;
    let questionnaire = db::blocking(&state.pool, move |conn| {
        Ok(questionnaires::update(conn, organisation, id, &input)?)
    })
    .await?;
    Ok(web::Json(questionnaire.ok_or_else(not_found)?))
}

/// The rounds the caller can see: the organisation's own and those at units in their scope.
#[utoipa::path(tag = "surveys", security(("bearer" = []), ("api_token" = ["reports:read"])), params(ListQuery),
    responses((status = 200, body = Page<SurveyRound>), (status = "4XX", body = ErrorBody)))]
#[get("/survey-rounds")]
async fn list_rounds(
    state: web::Data<AppState>,
    auth: AuthUser,
    page: ValidQuery<ListQuery>,
) -> Result<web::Json<Page<SurveyRound>>, ApiError> {
    let organisation = auth.require_organisation()?;
    auth.authorize(Action::ReadReports(organisation))?;
    let page = page.into_inner();
    let (rows, today) = db::blocking(&state.pool, move |conn| {
        Ok((
            survey_rounds::list(conn, organisation, &page)?,
            surveys::today_of(conn, organisation)?,
        ))
    })
    .await?;
    // Paged over every round, then the unseen ones left out: the cursor stays right.
    let mut page = Page::from_rows(rows, page.limit(), |round| round.id);
    page.items.retain(|round| sees(&auth, &round.unit_ids));
    Ok(web::Json(page.map(|round| {
        let runs_it = may_run(&auth, organisation, &round.unit_ids).is_ok();
        surveys::shown(round, today, runs_it)
    })))
}

/// Run a questionnaire in a period. At no unit or activity it is the whole organisation's
/// (org admins); else every unit it runs at, an activity's included, must be the caller's to
/// manage.
#[utoipa::path(tag = "surveys", security(("bearer" = [])), request_body = SurveyRoundInput,
    responses((status = 201, body = SurveyRound), (status = "4XX", body = ErrorBody)))]
#[post("/survey-rounds")]
async fn create_round(
    state: web::Data<AppState>,
    auth: AuthUser,
    body: ValidJson<SurveyRoundInput>,
) -> Result<HttpResponse, ApiError> {
    let organisation = auth.require_organisation()?;
    let mut input = body.0;
    let round = db::blocking(&state.pool, move |conn| {
        let Some(questionnaire) = questionnaires::get(conn, organisation, input.questionnaire_id)?
        else {
            return Err(ApiError::invalid_fields(vec![FieldError::new(
                "questionnaire_id",
                "unknown",
                "No such questionnaire",
            )]));
        };
        input.unit_ids = units_of(conn, &auth, organisation, &input)?;
        may_run(&auth, organisation, &input.unit_ids)?;
        let home = organisations::get(conn, organisation)?.ok_or_else(not_found)?;
        let settings = home.settings()?;
        let form = SurveyForm {
            ask_gender: questionnaire.ask_gender,
            ask_age_band: questionnaire.ask_age_band,
            questions: questionnaire.questions,
            age_bands: settings.entry_age_bands,
        };
        let round = survey_rounds::insert(conn, organisation, &input, &form)?;
        Ok(surveys::shown(round, home.local_now()?.date(), true))
    })
    .await?;
    Ok(created(&round))
}

#[utoipa::path(tag = "surveys", security(("bearer" = []), ("api_token" = ["reports:read"])), params(("id" = i64, Path)),
    responses((status = 200, body = SurveyRound), (status = "4XX", body = ErrorBody)))]
#[get("/survey-rounds/{id}")]
async fn get_round(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<SurveyRoundId>,
) -> Result<web::Json<SurveyRound>, ApiError> {
    let (organisation, id) = (auth.require_organisation()?, id.into_inner());
    auth.authorize(Action::ReadReports(organisation))?;
    let reader = auth.clone();
    let (round, today) = db::blocking(&state.pool, move |conn| {
        Ok((
            seen_round(conn, &reader, organisation, id)?,
            surveys::today_of(conn, organisation)?,
        ))
    })
    .await?;
    let runs_it = may_run(&auth, organisation, &round.unit_ids).is_ok();
    Ok(web::Json(surveys::shown(round, today, runs_it)))
}

/// End a round before its last day: no more answers, and its results may show.
#[utoipa::path(tag = "surveys", security(("bearer" = [])), params(("id" = i64, Path)),
    responses((status = 200, body = SurveyRound), (status = "4XX", body = ErrorBody)))]
#[post("/survey-rounds/{id}/close")]
async fn close_round(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<SurveyRoundId>,
) -> Result<web::Json<SurveyRound>, ApiError> {
    let (organisation, id) = (auth.require_organisation()?, id.into_inner());
    auth.authorize(Action::ReadReports(organisation))?;
    let round = db::blocking(&state.pool, move |conn| {
        let round = seen_round(conn, &auth, organisation, id)?;
        may_run(&auth, organisation, &round.unit_ids)?;
        let closed = survey_rounds::close(conn, organisation, id)?.ok_or_else(not_found)?;
        survey_settling::settle(conn, id)?;
        Ok(surveys::shown(
            closed,
            surveys::today_of(conn, organisation)?,
            true,
        ))
    })
    .await?;
    Ok(web::Json(round))
}

/// A closed round's results: nothing while answers still come in (watching results change
/// answer by answer would show each one), and nothing smaller than the organisation's
/// `survey_min_responses`. Free text only for org admins and unit managers signed in
/// themselves — never for viewers, youth workers or integration tokens.
#[utoipa::path(tag = "surveys", security(("bearer" = []), ("api_token" = ["reports:read"])), params(("id" = i64, Path), ResultsQuery),
    responses((status = 200, body = SurveyResults), (status = "4XX", body = ErrorBody)))]
#[get("/survey-rounds/{id}/results")]
async fn round_results(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<SurveyRoundId>,
    query: ValidQuery<ResultsQuery>,
) -> Result<web::Json<SurveyResults>, ApiError> {
    let (_, results) = closed_results(&state, auth, id.into_inner(), query.into_inner()).await?;
    Ok(web::Json(results))
}

/// The same results as a file: a row per group, question and answer, then the written answers
/// where the reader may see them.
#[utoipa::path(tag = "surveys", security(("bearer" = []), ("api_token" = ["reports:read"])), params(("id" = i64, Path), ResultsQuery, ExportQuery, FileLanguage),
    responses((status = 200, description = "The results as CSV or as an XLSX workbook (`format`)",
            content((String = "text/csv"), (FileBody = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))),
        (status = "4XX", body = ErrorBody)))]
#[get("/survey-rounds/{id}/results/export")]
async fn export_results(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<SurveyRoundId>,
    query: ValidQuery<ResultsQuery>,
    format: ValidQuery<ExportQuery>,
    language: ValidQuery<FileLanguage>,
) -> Result<HttpResponse, ApiError> {
    let texts = file_texts(&auth, &language);
    let id = id.into_inner();
    let (round, results) = closed_results(&state, auth, id, query.into_inner()).await?;
    let sheet = surveys::export::sheet(&results, &round.form, &texts, &round.language);
    let (body, content_type) = match format.format {
        ExportFormat::Csv => (sheet.csv(&texts, None), "text/csv; charset=utf-8"),
        ExportFormat::Xlsx => (
            sheet.xlsx(&texts.label("surveys-results"), &texts),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ),
    };
    let body = body.map_err(ApiError::internal)?;
    let name = format!("survey-{id}-results.{}", format.format.as_str());
    Ok(download(body, content_type, &name))
}

/// The round `id` and its results, once it has closed (else 409).
async fn closed_results(
    state: &AppState,
    auth: AuthUser,
    id: SurveyRoundId,
    query: ResultsQuery,
) -> Result<(RoundRecord, SurveyResults), ApiError> {
    let organisation = auth.require_organisation()?;
    auth.authorize(Action::ReadReports(organisation))?;
    let reads_words = matches!(auth.role, Role::OrgAdmin | Role::UnitManager)
        && matches!(auth.credential, Credential::Login { .. });
    db::blocking(&state.pool, move |conn| {
        let round = seen_round(conn, &auth, organisation, id)?;
        let home = organisations::get(conn, organisation)?.ok_or_else(not_found)?;
        if surveys::status(&round, home.local_now()?.date()) != RoundStatus::Closed {
            return Err(ApiError::new(
                ErrorCode::Conflict,
                "Results show once the round has closed",
            ));
        }
        let min = home.settings()?.survey_min_responses;
        let counted = survey_settling::counted(conn, round.id)?;
        let words = if reads_words {
            Some(survey_results::free_text(conn, round.id)?)
        } else {
            None
        };
        let results = results::results(round.id, &round.form, &counted, query.by, min, words);
        Ok((round, results))
    })
    .await
}

#[derive(Debug, serde::Deserialize, validator::Validate, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
struct QrQuery {
    /// The shared tablet's link instead of the public one.
    #[serde(default)]
    kiosk: bool,
}

impl logbook_shared::Rules for QrQuery {}

/// The round's link as a QR code (SVG), for a poster or a screen.
#[utoipa::path(tag = "surveys", security(("bearer" = []), ("api_token" = ["reports:read"])), params(("id" = i64, Path), QrQuery),
    responses((status = 200, description = "The QR code", content((FileBody = "image/svg+xml"))),
        (status = "4XX", body = ErrorBody)))]
#[get("/survey-rounds/{id}/qr.svg")]
async fn round_qr_code(
    state: web::Data<AppState>,
    auth: AuthUser,
    request: HttpRequest,
    id: web::Path<SurveyRoundId>,
    query: ValidQuery<QrQuery>,
) -> Result<HttpResponse, ApiError> {
    let organisation = auth.require_organisation()?;
    let round = visible_round(&state, &auth, id.into_inner()).await?;
    let token = if query.kiosk {
        may_run(&auth, organisation, &round.unit_ids)?;
        &round.kiosk_token
    } else {
        &round.link_token
    };
    Ok(HttpResponse::Ok()
        .content_type("image/svg+xml")
        .body(surveys::qr_svg(&public_address(&state, &request, token))))
}

/// A printable A4 poster with the round's QR code and a short call to answer, in the
/// round's language unless `lang` asks for another.
#[utoipa::path(tag = "surveys", security(("bearer" = []), ("api_token" = ["reports:read"])), params(("id" = i64, Path), FileLanguage),
    responses((status = 200, description = "The poster", content((FileBody = "application/pdf"))),
        (status = "4XX", body = ErrorBody)))]
#[get("/survey-rounds/{id}/poster.pdf")]
async fn round_poster(
    state: web::Data<AppState>,
    auth: AuthUser,
    request: HttpRequest,
    id: web::Path<SurveyRoundId>,
    language: ValidQuery<FileLanguage>,
) -> Result<HttpResponse, ApiError> {
    let round = visible_round(&state, &auth, id.into_inner()).await?;
    let texts = Texts::of(language.lang.as_deref().unwrap_or(&round.language));
    let address = public_address(&state, &request, &round.link_token);
    let pdf = web::block(move || {
        surveys::poster::poster(&round.title, round.closes_on, &address, &texts)
    })
    .await
    .map_err(ApiError::internal)??;
    Ok(download(pdf, "application/pdf", "survey-poster.pdf"))
}

/// The round `id` when the caller may read reports and its scope reaches the round.
async fn visible_round(
    state: &AppState,
    auth: &AuthUser,
    id: SurveyRoundId,
) -> Result<RoundRecord, ApiError> {
    let organisation = auth.require_organisation()?;
    auth.authorize(Action::ReadReports(organisation))?;
    let reader = auth.clone();
    db::blocking(&state.pool, move |conn| {
        seen_round(conn, &reader, organisation, id)
    })
    .await
}

/// The round `id` of the organisation when the caller's scope reaches it, else 404.
fn seen_round(
    conn: &mut DbConn,
    auth: &AuthUser,
    organisation: OrganisationId,
    id: SurveyRoundId,
) -> Result<RoundRecord, ApiError> {
    survey_rounds::get(conn, organisation, id)?
        .filter(|round| sees(auth, &round.unit_ids))
        .ok_or_else(not_found)
}

/// The answering page's full address: under the configured public address, else as the
/// caller reached this server.
fn public_address(state: &AppState, request: &HttpRequest, token: &str) -> String {
    let link = surveys::link(token);
    match &state.public_url {
        Some(base) => format!("{base}{link}"),
        None => {
            let connection = request.connection_info();
            format!("{}://{}{link}", connection.scheme(), connection.host())
        }
    }
}

/// Whether the caller's scope reaches a round at `unit_ids` (none: the organisation's own).
fn sees(auth: &AuthUser, unit_ids: &[UnitId]) -> bool {
    unit_ids.is_empty()
        || auth.scope.unit_ids().is_none()
        || unit_ids.iter().any(|unit| auth.sees_unit(*unit))
}

/// Org admins run rounds anywhere; unit managers at their own units only.
fn may_run(
    auth: &AuthUser,
    organisation: OrganisationId,
    unit_ids: &[UnitId],
) -> Result<(), ApiError> {
    if unit_ids.is_empty() {
        return auth.authorize(Action::AdministerOrganisation(organisation));
    }
    unit_ids
        .iter()
        .try_for_each(|unit| auth.authorize(Action::ManageUnit(*unit)))
}

/// Every unit the round runs at: those named and the units of the activities named, each
/// visible to the caller (else 422 naming it).
fn units_of(
    conn: &mut DbConn,
    auth: &AuthUser,
    organisation: OrganisationId,
    input: &SurveyRoundInput,
) -> Result<Vec<UnitId>, ApiError> {
    check_visible_unit_ids(conn, auth, organisation, &input.unit_ids)?;
    let mut units: BTreeSet<UnitId> = input.unit_ids.iter().copied().collect();
    let mut unknown = Vec::new();
    for (index, activity_id) in input.activity_ids.iter().enumerate() {
        match activities::get(conn, organisation, *activity_id)? {
            Some(activity) if auth.sees_unit(activity.unit_id) => {
                units.insert(activity.unit_id);
            }
            _ => unknown.push(FieldError::new(
                format!("activity_ids[{index}]"),
                "unknown",
                "No such record",
            )),
        }
    }
    refuse_unknown(unknown)?;
    Ok(units.into_iter().collect())
}
