//! The `/api/v1` routes, one module per resource. Handlers are thin: extract, authorize
//! (`AuthUser::authorize`, the one permission model), run queries in one blocking call.

pub mod activities;
pub mod aims;
pub mod aliases;
pub mod api_tokens;
pub mod auth;
pub mod check_ins;
pub mod common;
pub mod follow_up;
pub mod health;
pub mod invitations;
pub mod key_figures;
pub mod kiosk;
pub mod kiosks;
pub mod me;
pub mod memberships;
pub mod networks;
pub mod organisations;
pub mod reflection_questions;
pub mod reports;
pub mod session_audit;
pub mod sessions;
pub mod statistics;
pub mod surveys;
pub mod topics;
pub mod units;
pub mod users;

use utoipa_actix_web::service_config::ServiceConfig;

/// Everything under `/api/v1`; what is registered here is what the OpenAPI document shows.
pub fn configure(cfg: &mut ServiceConfig) {
    cfg.configure(auth::configure)
        .configure(me::configure)
        .configure(invitations::configure)
        .configure(networks::configure)
        .configure(memberships::configure)
        .configure(api_tokens::configure)
        .configure(statistics::configure)
        .configure(organisations::configure)
        .configure(units::configure)
        .configure(topics::configure)
        .configure(activities::configure)
        .configure(users::configure)
        .configure(sessions::configure)
        .configure(session_audit::configure)
        .configure(reflection_questions::configure)
        .configure(aims::configure)
        .configure(follow_up::configure)
        .configure(check_ins::configure)
        .configure(kiosks::configure)
        .configure(kiosk::configure)
        .configure(aliases::configure)
        .configure(reports::configure)
        .configure(key_figures::configure)
        .configure(surveys::configure);
}
