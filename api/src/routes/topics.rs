use actix_web::{HttpResponse, get, post, put, web};
use logbook_shared::ids::TopicId;
use logbook_shared::structure::{ArchivedFilter, Topic, TopicInput};
use logbook_shared::{ErrorBody, ListQuery, Page};
use utoipa_actix_web::service_config::ServiceConfig;

use super::common::created;
use crate::auth::policy::not_found;
use crate::auth::{Action, AuthUser};
use crate::db::{self, queries::topics};
use crate::error::ApiError;
use crate::extract::{ValidJson, ValidQuery};
use crate::state::AppState;

pub fn configure(cfg: &mut ServiceConfig) {
    cfg.service(list_topics)
        .service(create_topic)
        .service(update_topic);
}

/// The organisation's topic list.
#[utoipa::path(tag = "structure", security(("bearer" = []), ("api_token" = ["structure:read"])), params(ListQuery, ArchivedFilter),
    responses((status = 200, body = Page<Topic>), (status = "4XX", body = ErrorBody)))]
#[get("/topics")]
async fn list_topics(
    state: web::Data<AppState>,
    auth: AuthUser,
    page: ValidQuery<ListQuery>,
    filter: ValidQuery<ArchivedFilter>,
) -> Result<web::Json<Page<Topic>>, ApiError> {
    let organisation = auth.require_organisation()?;
    auth.authorize(Action::ReadOrganisationData(organisation))?;
    let (page, archived) = (page.into_inner(), filter.archived);
    let rows = db::blocking(&state.pool, move |conn| {
        Ok(topics::list(conn, organisation, archived, &page)?)
    })
    .await?;
    Ok(web::Json(
        Page::from_rows(rows, page.limit(), |row| row.id).map(Topic::from),
    ))
}

/// Add a topic (org admin).
#[utoipa::path(tag = "structure", security(("bearer" = [])), request_body = TopicInput,
    responses((status = 201, body = Topic), (status = "4XX", body = ErrorBody)))]
#[post("/topics")]
async fn create_topic(
    state: web::Data<AppState>,
    auth: AuthUser,
    body: ValidJson<TopicInput>,
) -> Result<HttpResponse, ApiError> {
    let organisation = auth.require_organisation()?;
    auth.authorize(Action::AdministerOrganisation(organisation))?;
    let input = body.0;
    let row = db::blocking(&state.pool, move |conn| {
        Ok(topics::insert(conn, organisation, &input)?)
    })
    .await?;
    Ok(created(&Topic::from(row)))
}

/// Rename or archive a topic (org admin); activities keep archived topics.
#[utoipa::path(tag = "structure", security(("bearer" = [])), params(("id" = i64, Path)), request_body = TopicInput,
    responses((status = 200, body = Topic), (status = "4XX", body = ErrorBody)))]
#[put("/topics/{id}")]
async fn update_topic(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<TopicId>,
    body: ValidJson<TopicInput>,
) -> Result<web::Json<Topic>, ApiError> {
    let (organisation, id) = (auth.require_organisation()?, id.into_inner());
    auth.authorize(Action::AdministerOrganisation(organisation))?;
    let input = body.0;
    let row = db::blocking(&state.pool, move |conn| {
        Ok(topics::update(conn, organisation, id, &input)?)
    })
    .await?;
    Ok(web::Json(row.ok_or_else(not_found)?.into()))
}
