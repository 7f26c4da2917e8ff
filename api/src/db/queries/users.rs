use logbook_shared::ids::{NetworkId, OrganisationId, UnitId, UserId};
use std::collections::HashMap;

use chrono::NaiveDateTime;
use diesel::prelude::*;
use logbook_shared::users::UserFilter;
use logbook_shared::{ListQuery, Role};

use super::organisations::Organisation;
use crate::db::DbConn;
use crate::db::schema::{invitations, organisations, refresh_tokens, user_units, users};

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = users)]
pub struct User {
    pub id: UserId,
    pub organisation_id: Option<OrganisationId>,
    pub network_id: Option<NetworkId>,
    pub email: String,
    pub password_hash: String,
    pub display_name: String,
    pub role: String,
    pub active: bool,
    pub created_at: NaiveDateTime,
    /// The person's language (`shared::LANGUAGES`); `None` until they choose one.
    pub language: Option<String>,
}

impl User {
    /// The account as its organisation's admin sees it.
    pub fn into_dto(self, unit_ids: Vec<UnitId>) -> QueryResult<logbook_shared::users::User> {
        Ok(logbook_shared::users::User {
            id: self.id,
            role: super::stored(&self.role, Role::parse)?,
            invitation_pending: self.password_hash.is_empty(),
            email: self.email,
            display_name: self.display_name,
            unit_ids,
            active: self.active,
            created_at: self.created_at,
        })
    }
}

#[derive(Debug, Insertable)]
#[diesel(table_name = users)]
pub struct NewUser<'a> {
    pub organisation_id: Option<OrganisationId>,
    pub network_id: Option<NetworkId>,
    /// Stored lower-cased and trimmed, so uniqueness ignores case.
    pub email: &'a str,
    /// Empty until the person sets a password through an invitation.
    pub password_hash: &'a str,
    pub display_name: &'a str,
    pub role: &'a str,
    pub active: bool,
    pub created_at: NaiveDateTime,
}

pub fn insert(conn: &mut DbConn, new: &NewUser<'_>) -> QueryResult<User> {
    diesel::insert_into(users::table)
        .values(new)
        .get_result(conn)
}

/// Login looks a user up before any tenant is known.
pub fn find_by_email(conn: &mut DbConn, email: &str) -> QueryResult<Option<User>> {
    users::table
        .filter(users::email.eq(email))
        .select(User::as_select())
        .first(conn)
        .optional()
}

/// An active user with their organisation, for the request's identity. People of an
/// archived organisation count as inactive: they can no longer sign in or act.
pub fn find_active_with_organisation(
    conn: &mut DbConn,
    user_id: UserId,
) -> QueryResult<Option<(User, Option<Organisation>)>> {
    users::table
        .left_join(organisations::table)
        .filter(users::id.eq(user_id))
        .filter(users::active.eq(true))
        .filter(
            users::organisation_id
                .is_null()
                .or(organisations::archived.nullable().eq(false)),
        )
        .select((User::as_select(), Option::<Organisation>::as_select()))
        .first(conn)
        .optional()
}

pub fn get(
    conn: &mut DbConn,
    organisation_id: OrganisationId,
    id: UserId,
) -> QueryResult<Option<User>> {
    users::table
        .filter(users::organisation_id.eq(organisation_id))
        .filter(users::id.eq(id))
        .select(User::as_select())
        .first(conn)
        .optional()
}

pub fn list(
    conn: &mut DbConn,
    organisation_id: OrganisationId,
    filter: &UserFilter,
    page: &ListQuery,
) -> QueryResult<Vec<User>> {
    let mut query = users::table
        .filter(users::organisation_id.eq(organisation_id))
        .filter(users::id.gt(page.after()))
        .order(users::id)
        .limit(super::fetch_limit(page.limit()))
        .select(User::as_select())
        .into_boxed();
    if let Some(role) = filter.role {
        query = query.filter(users::role.eq(role.as_str()));
    }
    if let Some(active) = filter.active {
        query = query.filter(users::active.eq(active));
    }
    query.load(conn)
}

/// The units a user's role holds for; empty means the whole organisation.
pub fn unit_ids(conn: &mut DbConn, user_id: UserId) -> QueryResult<Vec<UnitId>> {
    user_units::table
        .filter(user_units::user_id.eq(user_id))
        .order(user_units::unit_id)
        .select(user_units::unit_id)
        .load(conn)
}

/// `unit_ids` for many users at once.
pub fn unit_ids_of(
    conn: &mut DbConn,
    user_ids: &[UserId],
) -> QueryResult<HashMap<UserId, Vec<UnitId>>> {
    let pairs: Vec<(UserId, UnitId)> = user_units::table
        .filter(user_units::user_id.eq_any(user_ids.to_vec()))
        .order((user_units::user_id, user_units::unit_id))
        .select((user_units::user_id, user_units::unit_id))
        .load(conn)?;
    let mut by_user: HashMap<UserId, Vec<UnitId>> = HashMap::new();
    for (user_id, unit_id) in pairs {
        by_user.entry(user_id).or_default().push(unit_id);
    }
    Ok(by_user)
}

pub fn set_unit_ids(
    conn: &mut DbConn,
    organisation_id: OrganisationId,
    user_id: UserId,
    unit_ids: &[UnitId],
) -> QueryResult<()> {
    diesel::delete(user_units::table.filter(user_units::user_id.eq(user_id))).execute(conn)?;
    // One row at a time: multi-row VALUES does not compile through the two-engine connection.
    for unit_id in unit_ids {
        diesel::insert_into(user_units::table)
            .values((
                user_units::user_id.eq(user_id),
                user_units::unit_id.eq(*unit_id),
                user_units::organisation_id.eq(organisation_id),
            ))
            .execute(conn)?;
    }
    Ok(())
}

pub fn update_profile(
    conn: &mut DbConn,
    organisation_id: OrganisationId,
    id: UserId,
    email: &str,
    display_name: &str,
    role: Role,
    active: bool,
) -> QueryResult<Option<User>> {
    diesel::update(
        users::table
            .filter(users::organisation_id.eq(organisation_id))
            .filter(users::id.eq(id)),
    )
    .set((
        users::email.eq(email),
        users::display_name.eq(display_name),
        users::role.eq(role.as_str()),
        users::active.eq(active),
    ))
    .get_result(conn)
    .optional()
}

pub fn set_language(conn: &mut DbConn, user_id: UserId, language: &str) -> QueryResult<()> {
    diesel::update(users::table.find(user_id))
        .set(users::language.eq(language))
        .execute(conn)
        .map(drop)
}

pub fn set_password_hash(conn: &mut DbConn, user_id: UserId, hash: &str) -> QueryResult<()> {
    diesel::update(users::table.find(user_id))
        .set(users::password_hash.eq(hash))
        .execute(conn)
        .map(drop)
}

/// Ends every login of a user, except `keep` (the login that asked, when it should go on).
pub fn revoke_logins(conn: &mut DbConn, user_id: UserId, keep: Option<&str>) -> QueryResult<()> {
    let mine = refresh_tokens::user_id
        .eq(user_id)
        .and(refresh_tokens::revoked_at.is_null());
    let now = super::now();
    match keep {
        Some(family) => diesel::update(
            refresh_tokens::table.filter(mine.and(refresh_tokens::family_id.ne(family))),
        )
        .set(refresh_tokens::revoked_at.eq(now))
        .execute(conn),
        None => diesel::update(refresh_tokens::table.filter(mine))
            .set(refresh_tokens::revoked_at.eq(now))
            .execute(conn),
    }
    .map(drop)
}

/// How many active org admins the organisation has.
pub fn count_active_admins(conn: &mut DbConn, organisation_id: OrganisationId) -> QueryResult<i64> {
    users::table
        .filter(users::organisation_id.eq(organisation_id))
        .filter(users::role.eq(Role::OrgAdmin.as_str()))
        .filter(users::active.eq(true))
        .count()
        .get_result(conn)
}

/// Unused links of a user stop working (a new one was made, or one was used).
pub fn retire_invitations(conn: &mut DbConn, user_id: UserId) -> QueryResult<()> {
    diesel::update(
        invitations::table
            .filter(invitations::user_id.eq(user_id))
            .filter(invitations::used_at.is_null()),
    )
    .set(invitations::used_at.eq(super::now()))
    .execute(conn)
    .map(drop)
}
