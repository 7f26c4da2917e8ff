//! The `/api/v1` routes, one module per resource. Handlers are thin: extract, check, one query.

pub mod auth;
pub mod health;
pub mod me;

use utoipa_actix_web::service_config::ServiceConfig;

/// Everything under `/api/v1`; what is registered here is what the OpenAPI document shows.
pub fn configure(cfg: &mut ServiceConfig) {
    cfg.configure(auth::configure).configure(me::configure);
}
