use actix_web::{HttpResponse, get, post, put, web};
use logbook_shared::ids::{OrganisationId, UserId};
use logbook_shared::users::{InvitationLink, InvitedUser, User, UserFilter, UserInput};
use logbook_shared::{ErrorBody, ErrorCode, ListQuery, Page, Role};
use utoipa_actix_web::service_config::ServiceConfig;

use super::common::{check_visible_unit_ids, created};
use crate::accounts::{self, Home};
use crate::auth::policy::not_found;
use crate::auth::{Action, AuthUser};
use crate::db::queries::{organisations, users};
use crate::db::{self, DbConn};
use crate::error::ApiError;
use crate::extract::{ValidJson, ValidQuery};
use crate::state::AppState;

pub fn configure(cfg: &mut ServiceConfig) {
    cfg.service(list_users)
        .service(create_user)
        .service(get_user)
        .service(update_user)
        .service(reissue_invitation);
}

/// The organisation's accounts (org admin).
#[utoipa::path(tag = "users", security(("bearer" = [])), params(ListQuery, UserFilter),
    responses((status = 200, body = Page<User>), (status = "4XX", body = ErrorBody)))]
#[get("/users")]
async fn list_users(
    state: web::Data<AppState>,
    auth: AuthUser,
    page: ValidQuery<ListQuery>,
    filter: ValidQuery<UserFilter>,
) -> Result<web::Json<Page<User>>, ApiError> {
    let organisation = administered_organisation(&auth)?;
    let (page, filter) = (page.into_inner(), filter.into_inner());
    let listed = db::blocking(&state.pool, move |conn| {
        let rows = users::list(conn, organisation, &filter, &page)?;
        let ids: Vec<UserId> = rows.iter().map(|row| row.id).collect();
        let mut scopes = users::unit_ids_of(conn, &ids)?;
        let page = Page::from_rows(rows, page.limit(), |row| row.id);
        Ok(page.try_map(|row| {
            let unit_ids = scopes.remove(&row.id).unwrap_or_default();
            row.into_dto(unit_ids)
        })?)
    })
    .await?;
    Ok(web::Json(listed))
}

/// Create an account with a role and scope; the answer holds the one-time link to hand over.
#[utoipa::path(tag = "users", security(("bearer" = [])), request_body = UserInput,
    responses((status = 201, body = InvitedUser), (status = "4XX", body = ErrorBody)))]
#[post("/users")]
async fn create_user(
    state: web::Data<AppState>,
    auth: AuthUser,
    body: ValidJson<UserInput>,
) -> Result<HttpResponse, ApiError> {
    let organisation = administered_organisation(&auth)?;
    let input = body.0;
    let invited = db::blocking(&state.pool, move |conn| {
        check_visible_unit_ids(conn, &auth, organisation, &input.unit_ids)?;
        crate::db::write_transaction(conn, |conn| {
            let invitee = logbook_shared::users::Invitee {
                email: input.email.clone(),
                display_name: input.display_name.clone(),
            };
            let (user, invitation) =
                accounts::invite(conn, Home::Organisation(organisation), &invitee, input.role)?;
            users::set_unit_ids(conn, organisation, user.id, &input.unit_ids)?;
            let user = if input.active {
                user
            } else {
                save_profile(conn, organisation, user.id, &input)?
            };
            Ok(InvitedUser {
                user: user.into_dto(input.unit_ids.clone())?,
                invitation,
            })
        })
    })
    .await?;
    Ok(created(&invited))
}

#[utoipa::path(tag = "users", security(("bearer" = [])), params(("id" = i64, Path)),
    responses((status = 200, body = User), (status = "4XX", body = ErrorBody)))]
#[get("/users/{id}")]
async fn get_user(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<UserId>,
) -> Result<web::Json<User>, ApiError> {
    let (organisation, id) = (administered_organisation(&auth)?, id.into_inner());
    let user = db::blocking(&state.pool, move |conn| {
        let user = users::get(conn, organisation, id)?.ok_or_else(not_found)?;
        let unit_ids = users::unit_ids(conn, id)?;
        Ok(user.into_dto(unit_ids)?)
    })
    .await?;
    Ok(web::Json(user))
}

/// Change an account's name, e-mail, role, scope or status. Deactivating ends its logins at once.
#[utoipa::path(tag = "users", security(("bearer" = [])), params(("id" = i64, Path)), request_body = UserInput,
    responses((status = 200, body = User), (status = "4XX", body = ErrorBody)))]
#[put("/users/{id}")]
async fn update_user(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<UserId>,
    body: ValidJson<UserInput>,
) -> Result<web::Json<User>, ApiError> {
    let (organisation, id) = (administered_organisation(&auth)?, id.into_inner());
    let input = body.0;
    if id == auth.user.id && (input.role != Role::OrgAdmin || !input.active) {
        return Err(ApiError::new(
            ErrorCode::Conflict,
            "You cannot take away your own admin rights or deactivate yourself",
        ));
    }
    let user = db::blocking(&state.pool, move |conn| {
        users::get(conn, organisation, id)?.ok_or_else(not_found)?;
        check_visible_unit_ids(conn, &auth, organisation, &input.unit_ids)?;
        crate::db::write_transaction(conn, |conn| {
            organisations::lock(conn, organisation)?;
            let user = save_profile(conn, organisation, id, &input)?;
            users::set_unit_ids(conn, organisation, id, &input.unit_ids)?;
            if !input.active {
                users::revoke_logins(conn, id, None)?;
                users::retire_invitations(conn, id)?;
            }
            // Checked after the change, under the organisation's lock: two admins demoting each
            // other at once must not leave the organisation without one.
            if users::count_active_admins(conn, organisation)? == 0 {
                return Err(ApiError::new(
                    ErrorCode::Conflict,
                    "The organisation needs at least one active org admin",
                ));
            }
            Ok(user.into_dto(input.unit_ids.clone())?)
        })
    })
    .await?;
    Ok(web::Json(user))
}

/// A new one-time link to set the password (a lost invitation, or a reset); earlier links stop working.
#[utoipa::path(tag = "users", security(("bearer" = [])), params(("id" = i64, Path)),
    responses((status = 201, body = InvitationLink), (status = "4XX", body = ErrorBody)))]
#[post("/users/{id}/invitation")]
async fn reissue_invitation(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<UserId>,
) -> Result<HttpResponse, ApiError> {
    let (organisation, id) = (administered_organisation(&auth)?, id.into_inner());
    let link = db::blocking(&state.pool, move |conn| {
        users::get(conn, organisation, id)?.ok_or_else(not_found)?;
        crate::db::write_transaction(conn, |conn| accounts::new_invitation(conn, id))
    })
    .await?;
    Ok(created(&link))
}

fn administered_organisation(auth: &AuthUser) -> Result<OrganisationId, ApiError> {
    let organisation = auth.require_organisation()?;
    auth.authorize(Action::AdministerOrganisation(organisation))?;
    Ok(organisation)
}

fn save_profile(
    conn: &mut DbConn,
    organisation: OrganisationId,
    id: UserId,
    input: &UserInput,
) -> Result<users::User, ApiError> {
    let email = accounts::normalise_email(&input.email);
    if users::find_by_email(conn, &email)?.is_some_and(|other| other.id != id) {
        return Err(accounts::email_taken());
    }
    let saved = users::update_profile(
        conn,
        organisation,
        id,
        &email,
        input.display_name.trim(),
        input.role,
        input.active,
    )
    .map_err(|error| accounts::unique_violation_as(error, accounts::email_taken))?;
    saved.ok_or_else(not_found)
}
