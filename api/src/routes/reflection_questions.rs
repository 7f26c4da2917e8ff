use actix_web::{HttpResponse, get, post, put, web};
use logbook_shared::ids::QuestionId;
use logbook_shared::reflection::{
    ReflectionQuestion, ReflectionQuestionFilter, ReflectionQuestionInput,
};
use logbook_shared::{ErrorBody, ListQuery, Page};
use utoipa_actix_web::service_config::ServiceConfig;

use super::common::{check_visible_unit_ids, created};
use crate::auth::policy::not_found;
use crate::auth::{Action, AuthUser};
use crate::db::{self, queries::reflection_questions};
use crate::error::ApiError;
use crate::extract::{ValidJson, ValidQuery};
use crate::sessions;
use crate::state::AppState;

pub fn configure(cfg: &mut ServiceConfig) {
    cfg.service(list_questions)
        .service(create_question)
        .service(get_question)
        .service(update_question);
}

/// The organisation's reflection questions; with `activity_id` (or `session_id`), only the
/// current ones asked for that activity (or session): what the session form shows.
#[utoipa::path(tag = "sessions", security(("bearer" = []), ("api_token" = ["structure:read"])), params(ListQuery, ReflectionQuestionFilter),
    responses((status = 200, body = Page<ReflectionQuestion>), (status = "4XX", body = ErrorBody)))]
#[get("/reflection-questions")]
async fn list_questions(
    state: web::Data<AppState>,
    auth: AuthUser,
    page: ValidQuery<ListQuery>,
    filter: ValidQuery<ReflectionQuestionFilter>,
) -> Result<web::Json<Page<ReflectionQuestion>>, ApiError> {
    let organisation = auth.require_organisation()?;
    auth.authorize(Action::ReadOrganisationData(organisation))?;
    let (page, filter) = (page.into_inner(), filter.into_inner());
    db::blocking(&state.pool, move |conn| {
        let asked_for = match (filter.session_id, filter.activity_id) {
            (Some(id), _) => {
                let session = sessions::readable(conn, &auth, organisation, id)?;
                Some((session.activity_kind, session.unit_id))
            }
            (None, Some(id)) => {
                let activity = sessions::visible_activity(conn, &auth, organisation, id)?;
                Some((activity.kind, activity.unit_id))
            }
            (None, None) => None,
        };
        let retired = asked_for.map_or(filter.retired, |_| Some(false));
        let rows = reflection_questions::list(conn, organisation, retired, &page)?;
        let mut listed = Page::from_rows(rows, page.limit(), |row| row.id);
        if let Some((kind, unit_id)) = asked_for {
            listed
                .items
                .retain(|question| question.applies_to(kind, unit_id));
        }
        Ok(web::Json(listed))
    })
    .await
}

/// Add a question (org admin).
#[utoipa::path(tag = "sessions", security(("bearer" = [])), request_body = ReflectionQuestionInput,
    responses((status = 201, body = ReflectionQuestion), (status = "4XX", body = ErrorBody)))]
#[post("/reflection-questions")]
async fn create_question(
    state: web::Data<AppState>,
    auth: AuthUser,
    body: ValidJson<ReflectionQuestionInput>,
) -> Result<HttpResponse, ApiError> {
    let organisation = auth.require_organisation()?;
    auth.authorize(Action::AdministerOrganisation(organisation))?;
    let input = body.0;
    let question = db::blocking(&state.pool, move |conn| {
        check_visible_unit_ids(conn, &auth, organisation, &input.unit_ids)?;
        Ok(reflection_questions::insert(conn, organisation, &input)?)
    })
    .await?;
    Ok(created(&question))
}

#[utoipa::path(tag = "sessions", security(("bearer" = []), ("api_token" = ["structure:read"])), params(("id" = i64, Path)),
    responses((status = 200, body = ReflectionQuestion), (status = "4XX", body = ErrorBody)))]
#[get("/reflection-questions/{id}")]
async fn get_question(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<QuestionId>,
) -> Result<web::Json<ReflectionQuestion>, ApiError> {
    let (organisation, id) = (auth.require_organisation()?, id.into_inner());
    auth.authorize(Action::ReadOrganisationData(organisation))?;
    let question = db::blocking(&state.pool, move |conn| {
        Ok(reflection_questions::get(conn, organisation, id)?)
    })
    .await?;
    Ok(web::Json(question.ok_or_else(not_found)?))
}

/// Change, retire or bring back a question (org admin); retiring keeps its answers.
#[utoipa::path(tag = "sessions", security(("bearer" = [])), params(("id" = i64, Path)), request_body = ReflectionQuestionInput,
    responses((status = 200, body = ReflectionQuestion), (status = "4XX", body = ErrorBody)))]
#[put("/reflection-questions/{id}")]
async fn update_question(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<QuestionId>,
    body: ValidJson<ReflectionQuestionInput>,
) -> Result<web::Json<ReflectionQuestion>, ApiError> {
    let (organisation, id) = (auth.require_organisation()?, id.into_inner());
    auth.authorize(Action::AdministerOrganisation(organisation))?;
    let input = body.0;
    let question = db::blocking(&state.pool, move |conn| {
        reflection_questions::get(conn, organisation, id)?.ok_or_else(not_found)?;
        check_visible_unit_ids(conn, &auth, organisation, &input.unit_ids)?;
        Ok(reflection_questions::update(
            conn,
            organisation,
            id,
            &input,
        )?)
    })
    .await?;
    Ok(web::Json(question.ok_or_else(not_found)?))
}
