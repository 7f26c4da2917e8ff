//! Creating accounts, shared by the CLI and the demo seed.

use logbook_shared::auth::NewAccount;
use logbook_shared::{Role, validation_error_body};
use validator::Validate;

use crate::auth::password;
use crate::db::DbConn;
use crate::db::queries::{self, users};

/// Validates and stores an account; the e-mail address is kept lower-case.
pub fn create(
    conn: &mut DbConn,
    organisation_id: Option<i64>,
    account: &NewAccount,
    role: Role,
) -> anyhow::Result<users::User> {
    if let Err(errors) = account.validate() {
        let problems: Vec<_> = validation_error_body(&errors)
            .fields
            .into_iter()
            .map(|field| format!("{}: {}", field.path, field.message))
            .collect();
        anyhow::bail!("invalid account: {}", problems.join("; "));
    }
    let email = account.email.trim().to_lowercase();
    anyhow::ensure!(
        users::find_by_email(conn, &email)?.is_none(),
        "an account with e-mail {email} already exists"
    );
    let hash = password::hash(&account.password)?;
    let user = users::insert(
        conn,
        &users::NewUser {
            organisation_id,
            email: &email,
            password_hash: &hash,
            display_name: account.display_name.trim(),
            role: role.as_str(),
            active: true,
            created_at: queries::now(),
        },
    )?;
    Ok(user)
}
