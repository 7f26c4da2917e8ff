use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::organisations::Organisation;
use crate::db::DbConn;
use crate::db::schema::{organisations, users};

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = users)]
pub struct User {
    pub id: i64,
    pub organisation_id: Option<i64>,
    pub email: String,
    pub password_hash: String,
    pub display_name: String,
    pub role: String,
    pub active: bool,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = users)]
pub struct NewUser<'a> {
    pub organisation_id: Option<i64>,
    /// Stored lower-cased and trimmed, so uniqueness ignores case.
    pub email: &'a str,
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

/// An active user with their organisation, for the request's identity.
pub fn find_active_with_organisation(
    conn: &mut DbConn,
    user_id: i64,
) -> QueryResult<Option<(User, Option<Organisation>)>> {
    users::table
        .left_join(organisations::table)
        .filter(users::id.eq(user_id))
        .filter(users::active.eq(true))
        .select((User::as_select(), Option::<Organisation>::as_select()))
        .first(conn)
        .optional()
}
