use actix_web::{get, web};
use logbook_shared::ErrorBody;
use logbook_shared::auth::{Me, OrganisationRef};
use utoipa_actix_web::service_config::ServiceConfig;

use crate::auth::AuthUser;

pub fn configure(cfg: &mut ServiceConfig) {
    cfg.service(me);
}

/// The signed-in user.
#[utoipa::path(
    tag = "auth",
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The signed-in user", body = Me),
        (status = 401, description = "No valid access token", body = ErrorBody),
    )
)]
#[get("/me")]
async fn me(auth: AuthUser) -> web::Json<Me> {
    web::Json(Me {
        id: auth.user.id,
        email: auth.user.email,
        display_name: auth.user.display_name,
        role: auth.role,
        organisation: auth.organisation.map(|org| OrganisationRef {
            id: org.id,
            name: org.name,
        }),
    })
}
