use actix_web::{HttpResponse, get, post, put, web};
use logbook_shared::ids::{ActivityId, OrganisationId};
use logbook_shared::structure::{Activity, ActivityFilter, ActivityInput};
use logbook_shared::{ErrorBody, FieldError, ListQuery, Page};
use utoipa_actix_web::service_config::ServiceConfig;

use super::common::{created, refuse_unknown, unit_visible, unknown_ids};
use crate::auth::policy::not_found;
use crate::auth::{Action, AuthUser};
use crate::db::queries::{activities, organisations, rollup_changes, topics};
use crate::db::{self, DbConn};
use crate::error::ApiError;
use crate::extract::{ValidJson, ValidQuery};
use crate::state::AppState;

pub fn configure(cfg: &mut ServiceConfig) {
    cfg.service(list_activities)
        .service(create_activity)
        .service(get_activity)
        .service(update_activity);
}

/// Activities of the units the caller's role holds for.
#[utoipa::path(tag = "structure", security(("bearer" = []), ("api_token" = ["structure:read"])), params(ListQuery, ActivityFilter),
    responses((status = 200, body = Page<Activity>), (status = "4XX", body = ErrorBody)))]
#[get("/activities")]
async fn list_activities(
    state: web::Data<AppState>,
    auth: AuthUser,
    page: ValidQuery<ListQuery>,
    filter: ValidQuery<ActivityFilter>,
) -> Result<web::Json<Page<Activity>>, ApiError> {
    let organisation = auth.require_organisation()?;
    auth.authorize(Action::ReadOrganisationData(organisation))?;
    let (page, filter, scope) = (
        page.into_inner(),
        filter.into_inner(),
        auth.scope.unit_ids(),
    );
    let rows = db::blocking(&state.pool, move |conn| {
        Ok(activities::list(
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

/// Add an activity to a unit (org admin, or a unit manager of that unit).
#[utoipa::path(tag = "structure", security(("bearer" = [])), request_body = ActivityInput,
    responses((status = 201, body = Activity), (status = "4XX", body = ErrorBody)))]
#[post("/activities")]
async fn create_activity(
    state: web::Data<AppState>,
    auth: AuthUser,
    body: ValidJson<ActivityInput>,
) -> Result<HttpResponse, ApiError> {
    let organisation = auth.require_organisation()?;
    let input = body.0;
    let activity = db::blocking(&state.pool, move |conn| {
        check_references(conn, &auth, organisation, &input)?;
        crate::db::write_transaction(conn, |conn| {
            Ok(activities::insert(conn, organisation, &input)?)
        })
    })
    .await?;
    Ok(created(&activity))
}

#[utoipa::path(tag = "structure", security(("bearer" = []), ("api_token" = ["structure:read"])), params(("id" = i64, Path)),
    responses((status = 200, body = Activity), (status = "4XX", body = ErrorBody)))]
#[get("/activities/{id}")]
async fn get_activity(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<ActivityId>,
) -> Result<web::Json<Activity>, ApiError> {
    let (organisation, id) = (auth.require_organisation()?, id.into_inner());
    let activity = db::blocking(&state.pool, move |conn| {
        Ok(activities::get(conn, organisation, id)?)
    })
    .await?
    .ok_or_else(not_found)?;
    auth.authorize(Action::ReadUnit(activity.unit_id))?;
    Ok(web::Json(activity))
}

/// Change or archive an activity; moving it needs the right to manage both units.
#[utoipa::path(tag = "structure", security(("bearer" = [])), params(("id" = i64, Path)), request_body = ActivityInput,
    responses((status = 200, body = Activity), (status = "4XX", body = ErrorBody)))]
#[put("/activities/{id}")]
async fn update_activity(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<ActivityId>,
    body: ValidJson<ActivityInput>,
) -> Result<web::Json<Activity>, ApiError> {
    let (organisation, id) = (auth.require_organisation()?, id.into_inner());
    let input = body.0;
    let activity = db::blocking(&state.pool, move |conn| {
        let current = activities::get(conn, organisation, id)?.ok_or_else(not_found)?;
        auth.authorize(Action::ManageUnit(current.unit_id))?;
        check_references(conn, &auth, organisation, &input)?;
        crate::db::write_transaction(conn, |conn| {
            // The kind as it stands under the lock (a colleague may have changed it since).
            organisations::lock(conn, organisation)?;
            let kind_before = activities::get(conn, organisation, id)?.map(|a| a.kind);
            let updated = activities::update(conn, organisation, id, &input)?;
            // Opening and group hours are summed ahead per kind.
            if let Some(before) = kind_before.filter(|before| *before != input.kind) {
                let kinds = (before.as_str(), input.kind.as_str());
                rollup_changes::change_kind(conn, organisation, id, kinds)?;
            }
            Ok(updated)
        })
    })
    .await?;
    Ok(web::Json(activity.ok_or_else(not_found)?))
}

/// The unit must be one the caller sees (else it is "unknown", like another organisation's)
/// and may manage; the topics must be the organisation's.
fn check_references(
    conn: &mut DbConn,
    auth: &AuthUser,
    organisation: OrganisationId,
    input: &ActivityInput,
) -> Result<(), ApiError> {
    let mut unknown = Vec::new();
    if !unit_visible(conn, auth, organisation, input.unit_id)? {
        unknown.push(FieldError::new("unit_id", "unknown", "No such unit"));
    }
    let known_topics = topics::existing(conn, organisation, &input.topic_ids)?;
    unknown.extend(unknown_ids("topic_ids", &input.topic_ids, &known_topics));
    refuse_unknown(unknown)?;
    auth.authorize(Action::ManageUnit(input.unit_id))
}
