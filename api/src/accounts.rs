//! Accounts and their one-time links: created by the CLI, the demo seed and the API alike.

use chrono::Duration;
use diesel::result::{DatabaseErrorKind, Error as DieselError};
use logbook_shared::auth::NewAccount;
use logbook_shared::ids::{NetworkId, OrganisationId, UserId};
use logbook_shared::users::{InvitationInfo, InvitationLink, Invitee};
use logbook_shared::{ErrorBody, ErrorCode, FieldError, Role, Rules};

use crate::auth::{password, secret};
use crate::db::DbConn;
use crate::db::queries::{self, invitations, networks, users};
use crate::error::ApiError;

/// How long a link to set a password works.
pub const INVITATION_LIFETIME: Duration = Duration::days(7);

/// Where an account belongs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Home {
    Instance,
    Organisation(OrganisationId),
    Network(NetworkId),
}

impl Home {
    fn ids(self) -> (Option<OrganisationId>, Option<NetworkId>) {
        match self {
            Home::Instance => (None, None),
            Home::Organisation(id) => (Some(id), None),
            Home::Network(id) => (None, Some(id)),
        }
    }
}

/// E-mail addresses are compared and stored trimmed and lower-cased.
pub fn normalise_email(email: &str) -> String {
    email.trim().to_lowercase()
}

/// An account with a password (the CLI and the demo seed).
pub fn create(
    conn: &mut DbConn,
    home: Home,
    account: &NewAccount,
    role: Role,
) -> anyhow::Result<users::User> {
    account
        .check()
        .map_err(|body| anyhow::anyhow!("invalid account: {}", body.summary()))?;
    let hash = password::hash(&account.password)?;
    let user = insert(
        conn,
        home,
        &account.email,
        &account.display_name,
        role,
        &hash,
    )
    .map_err(|error| anyhow::anyhow!("{}", error.body().summary()))?;
    Ok(user)
}

/// An account without a password yet, and the link its owner sets one with.
pub fn invite(
    conn: &mut DbConn,
    home: Home,
    invitee: &Invitee,
    role: Role,
) -> Result<(users::User, InvitationLink), ApiError> {
    let user = insert(conn, home, &invitee.email, &invitee.display_name, role, "")?;
    let link = new_invitation(conn, user.id)?;
    Ok((user, link))
}

/// A fresh link for an account (first invitation or password reset); earlier ones stop working.
pub fn new_invitation(conn: &mut DbConn, user_id: UserId) -> Result<InvitationLink, ApiError> {
    let token = secret::new_token();
    let expires_at = queries::now() + INVITATION_LIFETIME;
    users::retire_invitations(conn, user_id)?;
    invitations::insert(conn, user_id, &secret::hash(&token), expires_at)?;
    Ok(InvitationLink {
        path: format!("/invitation/{token}"),
        token,
        expires_at,
    })
}

/// What the link's page shows; unknown, used and expired links answer 404 alike.
pub fn invitation_info(conn: &mut DbConn, token: &str) -> Result<InvitationInfo, ApiError> {
    let invitation =
        invitations::find_usable(conn, &secret::hash(token))?.ok_or_else(invalid_link)?;
    let (user, organisation) =
        users::find_active_with_organisation(conn, invitation.user_id)?.ok_or_else(invalid_link)?;
    let tenant_name = match (organisation, user.network_id) {
        (Some(organisation), _) => organisation.name,
        (None, Some(network_id)) => networks::get(conn, network_id)?
            .map(|n| n.name)
            .unwrap_or_default(),
        (None, None) => String::new(),
    };
    Ok(InvitationInfo {
        email: user.email,
        display_name: user.display_name,
        tenant_name,
    })
}

/// Sets the password through a link. The link works once; every earlier login of the account
/// ends, since whoever held the old password should not stay signed in.
/// `password_hash` is the new password's, made beforehand (`password::hash_apart`).
pub fn accept_invitation(
    conn: &mut DbConn,
    token: &str,
    password_hash: &str,
) -> Result<(), ApiError> {
    let invitation =
        invitations::find_usable(conn, &secret::hash(token))?.ok_or_else(invalid_link)?;
    crate::db::write_transaction::<_, ApiError, _>(conn, |conn| {
        if !invitations::spend(conn, invitation.id)? {
            return Err(invalid_link());
        }
        users::find_active_with_organisation(conn, invitation.user_id)?.ok_or_else(invalid_link)?;
        users::set_password_hash(conn, invitation.user_id, password_hash)?;
        users::retire_invitations(conn, invitation.user_id)?;
        users::revoke_logins(conn, invitation.user_id, None)?;
        Ok(())
    })
}

fn insert(
    conn: &mut DbConn,
    home: Home,
    email: &str,
    display_name: &str,
    role: Role,
    password_hash: &str,
) -> Result<users::User, ApiError> {
    let email = normalise_email(email);
    if users::find_by_email(conn, &email)?.is_some() {
        return Err(email_taken());
    }
    let (organisation_id, network_id) = home.ids();
    users::insert(
        conn,
        &users::NewUser {
            organisation_id,
            network_id,
            email: &email,
            password_hash,
            display_name: display_name.trim(),
            role: role.as_str(),
            active: true,
            created_at: queries::now(),
        },
    )
    .map_err(|error| unique_violation_as(error, email_taken))
}

/// A unique index refusing a row that a concurrent request just inserted is a conflict, not
/// a server fault.
pub fn unique_violation_as(error: DieselError, conflict: fn() -> ApiError) -> ApiError {
    match error {
        DieselError::DatabaseError(DatabaseErrorKind::UniqueViolation, _) => conflict(),
        other => ApiError::from(other),
    }
}

pub fn email_taken() -> ApiError {
    let mut body = ErrorBody::new(
        ErrorCode::Conflict,
        "An account with this e-mail address exists",
    );
    body.fields.push(FieldError::new(
        "email",
        "taken",
        "This e-mail address is already in use",
    ));
    ApiError::from_body(body)
}

fn invalid_link() -> ApiError {
    ApiError::new(
        ErrorCode::NotFound,
        "This link is not valid: it was used already, has expired or never existed",
    )
}
