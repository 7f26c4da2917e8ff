//! `logbook seed-demo`: a demo organisation to click through. Running it twice changes nothing.

use diesel::Connection;
use logbook_shared::Role;
use logbook_shared::auth::NewAccount;

use crate::accounts;
use crate::db::DbConn;
use crate::db::queries::{organisations, users};

pub const DEMO_ORGANISATION: &str = "Demo municipality youth services";
pub const DEMO_EMAIL: &str = "mentor@demo.logbook.example";
/// Public on purpose: it is printed by the run script and written in the README.
pub const DEMO_PASSWORD: &str = "demo-logbook-2026";

/// The demo accounts: (e-mail, name, role). The first is the one the README shows.
const DEMO_USERS: [(&str, &str, Role); 3] = [
    (DEMO_EMAIL, "Maja Mentor", Role::OrgAdmin),
    (
        "worker@demo.logbook.example",
        "Wille Worker",
        Role::YouthWorker,
    ),
    ("viewer@demo.logbook.example", "Vera Viewer", Role::Viewer),
];

pub fn demo(conn: &mut DbConn) -> anyhow::Result<()> {
    conn.transaction(|conn| {
        let organisation = match organisations::find_by_name(conn, DEMO_ORGANISATION)? {
            Some(existing) => existing,
            None => organisations::insert(conn, DEMO_ORGANISATION)?,
        };
        for (email, name, role) in DEMO_USERS {
            if users::find_by_email(conn, email)?.is_some() {
                continue;
            }
            let account = NewAccount {
                email: email.to_owned(),
                display_name: name.to_owned(),
                password: DEMO_PASSWORD.to_owned(),
            };
            accounts::create(conn, Some(organisation.id), &account, role)?;
        }
        Ok(())
    })
}
