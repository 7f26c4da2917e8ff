//! SPEC 9: what is held about one alias, erasing it, and erasing aliases unused for the
//! organisation's retention period.

use chrono::{Months, NaiveDateTime};
use logbook_shared::ids::{AliasId, OrganisationId};
use logbook_shared::visitors::AliasExport;

use crate::auth::UnitScope;
use crate::auth::policy::not_found;
use crate::db::queries::{
    aliases, check_ins, idempotency_keys, organisations, session_audit, survey_settling,
};
use crate::db::{DbConn, Pool};
use crate::error::ApiError;
use logbook_shared::ErrorCode;

/// Idempotency keys are needed while a client may still resend; a month is ample.
const IDEMPOTENCY_KEY_DAYS: i64 = 30;

/// Whether a caller holding `scope` may export and erase the alias: a unit manager only an
/// alias seen at their units alone. One seen at other units too is theirs to find, but its
/// request goes to an org admin, who sees every unit (an answer must be whole, and erasing
/// would reach other units' records). Not found for an alias they cannot see.
pub fn in_scope(
    conn: &mut DbConn,
    organisation: OrganisationId,
    alias_id: AliasId,
    scope: &UnitScope,
) -> Result<(), ApiError> {
    if aliases::get(conn, organisation, alias_id)?.is_none() {
        return Err(not_found());
    }
    let UnitScope::Units(mine) = scope else {
        return Ok(());
    };
    let seen = aliases::units_seen(conn, alias_id)?;
    if !seen.iter().any(|unit| mine.contains(unit)) {
        return Err(not_found());
    }
    if seen.iter().any(|unit| !mine.contains(unit)) {
        return Err(ApiError::new(
            ErrorCode::Forbidden,
            "This alias was also checked in at units outside yours: an organisation admin \
             answers requests about it",
        ));
    }
    Ok(())
}

pub fn export(
    conn: &mut DbConn,
    organisation: OrganisationId,
    alias_id: AliasId,
) -> Result<Option<AliasExport>, ApiError> {
    let Some(alias) = aliases::get(conn, organisation, alias_id)? else {
        return Ok(None);
    };
    Ok(Some(AliasExport {
        alias: alias.to_dto()?,
        check_ins: check_ins::of_alias(conn, alias.id)?,
    }))
}

/// Deletes the alias text, PIN and profile, if it is within `scope` (checked in the same
/// transaction, so a check-in elsewhere meanwhile cannot slip past); its check-ins keep the
/// visitor key, gender and age, and the attendance they counted stays, so no figure changes.
pub fn erase(
    conn: &mut DbConn,
    organisation: OrganisationId,
    alias_id: AliasId,
    scope: &UnitScope,
) -> Result<bool, ApiError> {
    crate::db::write_transaction::<_, ApiError, _>(conn, |conn| {
        in_scope(conn, organisation, alias_id, scope)?;
        Ok(aliases::erase(conn, organisation, alias_id)?)
    })
}

/// What one purge removed.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Purged {
    pub aliases: usize,
    pub idempotency_keys: usize,
    pub audit_entries: usize,
    /// Survey rounds whose last day has passed everywhere, settled (`survey_settling`).
    pub survey_rounds_settled: usize,
}

/// Erases every alias last seen longer ago than its organisation's retention period, as of
/// `now` (UTC), deletes audit trail entries older than the organisation keeps them, forgets
/// old idempotency keys, and settles the survey rounds that have ended.
pub fn purge_expired(conn: &mut DbConn, now: NaiveDateTime) -> Result<Purged, ApiError> {
    let mut purged = Purged::default();
    for (organisation, months) in organisations::retention_periods(conn)? {
        // Settings refuse less than a month; a hand-edited 0 must not erase every alias.
        let Some(cutoff) = u32::try_from(months)
            .ok()
            .filter(|months| *months > 0)
            .and_then(|months| now.checked_sub_months(Months::new(months)))
        else {
            tracing::error!(
                %organisation,
                months,
                "retention period is not positive; skipped"
            );
            continue;
        };
        for alias_id in aliases::unused_since(conn, organisation, cutoff)? {
            purged.aliases += usize::from(erase(
                conn,
                organisation,
                alias_id,
                &UnitScope::WholeOrganisation,
            )?);
        }
    }
    for (organisation, months) in organisations::audit_retention_periods(conn)? {
        if let Some(cutoff) = u32::try_from(months)
            .ok()
            .and_then(|months| now.checked_sub_months(Months::new(months)))
        {
            purged.audit_entries += session_audit::delete_older_than(conn, organisation, cutoff)?;
        }
    }
    let key_cutoff = now - chrono::TimeDelta::days(IDEMPOTENCY_KEY_DAYS);
    purged.idempotency_keys = idempotency_keys::delete_older_than(conn, key_cutoff)?;
    purged.survey_rounds_settled = survey_settling::settle_ended(conn, now.date())?;
    crate::db::empty_write_ahead_log(conn)?;
    Ok(purged)
}

/// How often the server purges by itself.
const PURGE_INTERVAL: std::time::Duration = std::time::Duration::from_secs(60 * 60);

/// The server's scheduled purge: at start, then every hour, off the async workers.
pub fn purge_every_hour(pool: Pool) {
    actix_web::rt::spawn(async move {
        let mut ticks = actix_web::rt::time::interval(PURGE_INTERVAL);
        loop {
            ticks.tick().await;
            let pool = pool.clone();
            let outcome =
                crate::db::blocking(&pool, |conn| purge_expired(conn, crate::db::queries::now()))
                    .await;
            match outcome {
                Ok(purged) => tracing::info!(?purged, "purged expired aliases and keys"),
                Err(error) => tracing::error!(?error, "scheduled purge failed"),
            }
        }
    });
}
