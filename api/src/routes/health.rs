//! Probes for orchestrators, outside `/api/v1` and the OpenAPI document.

use actix_web::{HttpResponse, get, web};
use diesel::connection::SimpleConnection;
use logbook_shared::ErrorCode;

use crate::db;
use crate::error::ApiError;
use crate::state::AppState;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(healthz).service(readyz);
}

/// The process is alive.
#[get("/healthz")]
async fn healthz() -> HttpResponse {
    HttpResponse::Ok().json(serde_json::json!({ "status": "ok" }))
}

/// The database answers.
#[get("/readyz")]
async fn readyz(state: web::Data<AppState>) -> Result<HttpResponse, ApiError> {
    let reachable = db::blocking(&state.pool, |conn| {
        Ok(conn.batch_execute("SELECT 1").is_ok())
    })
    .await;
    match reachable {
        Ok(true) => Ok(HttpResponse::Ok().json(serde_json::json!({ "status": "ready" }))),
        _ => Err(ApiError::new(
            ErrorCode::Unavailable,
            "The database is not reachable",
        )),
    }
}
