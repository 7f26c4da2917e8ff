//! Network membership (SPEC 8): a network admin invites an organisation, its org admin
//! accepts or declines, and either side ends it. History stays.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, delete, get, post, web};
use diesel::result::{DatabaseErrorKind, Error as DieselError};
use logbook_shared::ids::{MembershipId, NetworkId};
use logbook_shared::networks::{InvitationInput, Membership, MembershipStatus, OrganisationEntry};
use logbook_shared::{ErrorBody, ErrorCode, FieldError};
use utoipa_actix_web::service_config::ServiceConfig;

use super::common::{created, refuse_unknown};
use crate::auth::policy::not_found;
use crate::auth::{Action, AuthUser};
use crate::db::queries::{memberships, organisations};
use crate::db::{self, DbConn};
use crate::error::ApiError;
use crate::extract::ValidJson;
use crate::state::AppState;

pub fn configure(cfg: &mut ServiceConfig) {
    cfg.service(organisation_directory)
        .service(invite)
        .service(network_memberships)
        .service(own_memberships)
        .service(accept)
        .service(decline)
        .service(end);
}

/// The organisations a network admin can invite: names only.
#[utoipa::path(tag = "networks", security(("bearer" = [])),
    responses((status = 200, body = Vec<OrganisationEntry>), (status = "4XX", body = ErrorBody)))]
#[get("/organisation-directory")]
async fn organisation_directory(
    state: web::Data<AppState>,
    auth: AuthUser,
) -> Result<web::Json<Vec<OrganisationEntry>>, ApiError> {
    auth.authorize(Action::ManageNetwork(own_network(&auth)?))?;
    let entries =
        db::blocking(&state.pool, move |conn| Ok(organisations::directory(conn)?)).await?;
    Ok(web::Json(entries))
}

/// Invite an organisation to the network (its network admins).
#[utoipa::path(tag = "networks", security(("bearer" = [])), params(("id" = i64, Path)),
    request_body = InvitationInput,
    responses((status = 201, body = Membership), (status = "4XX", body = ErrorBody)))]
#[post("/networks/{id}/invitations")]
async fn invite(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<NetworkId>,
    body: ValidJson<InvitationInput>,
) -> Result<HttpResponse, ApiError> {
    let network = id.into_inner();
    auth.authorize(Action::ManageNetwork(network))?;
    let (organisation, user) = (body.0.organisation_id, auth.user.id);
    let membership = db::blocking(&state.pool, move |conn| {
        let open = organisations::get(conn, organisation)?.filter(|o| !o.archived);
        if open.is_none() {
            refuse_unknown(vec![FieldError::new(
                "organisation_id",
                "unknown",
                "No such organisation",
            )])?;
        }
        let id = match memberships::invite(conn, network, organisation, user) {
            Err(DieselError::DatabaseError(DatabaseErrorKind::UniqueViolation, _)) => {
                return Err(ApiError::new(
                    ErrorCode::Conflict,
                    "The organisation is invited or a member already",
                ));
            }
            other => other?,
        };
        memberships::get(conn, id)?.ok_or_else(not_found)
    })
    .await?;
    Ok(created(&membership))
}

/// The network's invitations and memberships, past ones included.
#[utoipa::path(tag = "networks", security(("bearer" = [])), params(("id" = i64, Path)),
    responses((status = 200, body = Vec<Membership>), (status = "4XX", body = ErrorBody)))]
#[get("/networks/{id}/memberships")]
async fn network_memberships(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<NetworkId>,
) -> Result<web::Json<Vec<Membership>>, ApiError> {
    let network = id.into_inner();
    auth.authorize(Action::ManageNetwork(network))?;
    let list = db::blocking(&state.pool, move |conn| {
        Ok(memberships::of_network(conn, network)?)
    })
    .await?;
    Ok(web::Json(list))
}

/// The caller's organisation's invitations and memberships (its org admins).
#[utoipa::path(tag = "networks", security(("bearer" = [])),
    responses((status = 200, body = Vec<Membership>), (status = "4XX", body = ErrorBody)))]
#[get("/network-memberships")]
async fn own_memberships(
    state: web::Data<AppState>,
    auth: AuthUser,
) -> Result<web::Json<Vec<Membership>>, ApiError> {
    let organisation = auth.require_organisation()?;
    auth.authorize(Action::AdministerOrganisation(organisation))?;
    let list = db::blocking(&state.pool, move |conn| {
        Ok(memberships::of_organisation(conn, organisation)?)
    })
    .await?;
    Ok(web::Json(list))
}

/// Accept an invitation (the organisation's org admins).
#[utoipa::path(tag = "networks", security(("bearer" = [])), params(("id" = i64, Path)),
    responses((status = 200, body = Membership), (status = "4XX", body = ErrorBody)))]
#[post("/network-memberships/{id}/accept")]
async fn accept(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<MembershipId>,
) -> Result<web::Json<Membership>, ApiError> {
    answer(&state, auth, id.into_inner(), MembershipStatus::Member).await
}

/// Decline an invitation (the organisation's org admins).
#[utoipa::path(tag = "networks", security(("bearer" = [])), params(("id" = i64, Path)),
    responses((status = 200, body = Membership), (status = "4XX", body = ErrorBody)))]
#[post("/network-memberships/{id}/decline")]
async fn decline(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<MembershipId>,
) -> Result<web::Json<Membership>, ApiError> {
    answer(&state, auth, id.into_inner(), MembershipStatus::Declined).await
}

/// End a membership or withdraw an invitation: the network's admins or the organisation's.
/// The pulls made while it lasted stay listed for both.
#[utoipa::path(tag = "networks", security(("bearer" = [])), params(("id" = i64, Path)),
    responses((status = 200, body = Membership), (status = "4XX", body = ErrorBody)))]
#[delete("/network-memberships/{id}")]
async fn end(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<MembershipId>,
) -> Result<web::Json<Membership>, ApiError> {
    let id = id.into_inner();
    let membership = db::blocking(&state.pool, move |conn| {
        let current = memberships::get(conn, id)?.ok_or_else(not_found)?;
        auth.authorize(Action::ManageNetwork(current.network_id))
            .or_else(|network_side| {
                auth.authorize(Action::AdministerOrganisation(current.organisation_id))
                    .map_err(|organisation_side| {
                        // "Not allowed" (a token without the scope) tells more than "not found".
                        if network_side.status() == StatusCode::FORBIDDEN {
                            network_side
                        } else {
                            organisation_side
                        }
                    })
            })?;
        move_to(
            conn,
            id,
            &[MembershipStatus::Invited, MembershipStatus::Member],
            MembershipStatus::Ended,
        )
    })
    .await?;
    Ok(web::Json(membership))
}

async fn answer(
    state: &AppState,
    auth: AuthUser,
    id: MembershipId,
    to: MembershipStatus,
) -> Result<web::Json<Membership>, ApiError> {
    let membership = db::blocking(&state.pool, move |conn| {
        let current = memberships::get(conn, id)?.ok_or_else(not_found)?;
        auth.authorize(Action::AdministerOrganisation(current.organisation_id))?;
        move_to(conn, id, &[MembershipStatus::Invited], to)
    })
    .await?;
    Ok(web::Json(membership))
}

/// Moves the membership on, or 409 when it no longer stands where that is possible.
fn move_to(
    conn: &mut DbConn,
    id: MembershipId,
    from: &[MembershipStatus],
    to: MembershipStatus,
) -> Result<Membership, ApiError> {
    if !memberships::change_status(conn, id, from, to)? {
        return Err(ApiError::new(
            ErrorCode::Conflict,
            "The invitation was answered or the membership ended already",
        ));
    }
    memberships::get(conn, id)?.ok_or_else(not_found)
}

/// The network the caller administers (404 for anyone else).
fn own_network(auth: &AuthUser) -> Result<NetworkId, ApiError> {
    auth.user.network_id.ok_or_else(not_found)
}
