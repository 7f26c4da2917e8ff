//! `KioskDevice`: the kiosk behind `Authorization: Bearer <kiosk token>`. Only the kiosk
//! routes take it; every other route wants an `AuthUser`, which a kiosk token is not.

use std::future::Future;
use std::pin::Pin;

use actix_web::dev::Payload;
use actix_web::{FromRequest, HttpRequest, web};

use crate::auth::extractor::bearer_token;
use crate::auth::secret;
use crate::db::{self, queries::kiosks, queries::kiosks::KioskRow};
use crate::error::ApiError;
use crate::state::AppState;

#[derive(Debug, Clone)]
pub struct KioskDevice(pub KioskRow);

impl FromRequest for KioskDevice {
    type Error = ApiError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, ApiError>>>>;

    fn from_request(req: &HttpRequest, _payload: &mut Payload) -> Self::Future {
        let state = req.app_data::<web::Data<AppState>>().cloned();
        let token = bearer_token(req);
        Box::pin(async move {
            let state = state.ok_or_else(|| ApiError::internal("AppState is not registered"))?;
            let hash = secret::hash(
                &token.ok_or_else(|| ApiError::unauthorized("No kiosk token presented"))?,
            );
            let kiosk = db::blocking(&state.pool, move |conn| {
                Ok(kiosks::authenticate(conn, &hash)?)
            })
            .await?;
            kiosk
                .map(KioskDevice)
                .ok_or_else(|| ApiError::unauthorized("Not a kiosk token, or it stopped: revoked, its maker deactivated or its unit archived"))
        })
    }
}
