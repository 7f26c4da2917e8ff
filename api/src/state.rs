//! What every handler can reach: the database pool, the token keys and the throttles.

use crate::auth::client_address::ClientAddresses;
use crate::auth::device::KnownDevices;
use crate::auth::jwt::JwtKeys;
use crate::auth::throttle::{AliasThrottle, LoginThrottle, SurveyThrottle};
use crate::db::Pool;
use crate::surveys::keys::SurveyKeys;

/// What every handler can reach.
pub struct AppState {
    pub pool: Pool,
    pub jwt: JwtKeys,
    pub login_throttle: LoginThrottle,
    pub alias_throttle: AliasThrottle,
    /// Who a request comes from, behind the trusted proxies (none unless configured).
    pub client_addresses: ClientAddresses,
    /// Devices accounts signed in on, which a held account still lets in.
    pub known_devices: KnownDevices,
    pub survey_throttle: SurveyThrottle,
    /// Keys of the survey pages: devices that answered, and when a form was handed out.
    pub survey_keys: SurveyKeys,
    /// The address survey links in QR codes and posters start with (`LOGBOOK_PUBLIC_URL`);
    /// none: the address each request came to.
    pub public_url: Option<String>,
}

impl AppState {
    pub fn new(pool: Pool, jwt_secret: &[u8]) -> Self {
        Self {
            pool,
            jwt: JwtKeys::new(jwt_secret),
            login_throttle: LoginThrottle::default(),
            alias_throttle: AliasThrottle::default(),
            client_addresses: ClientAddresses::default(),
            known_devices: KnownDevices::new(jwt_secret),
            survey_throttle: SurveyThrottle::default(),
            survey_keys: SurveyKeys::new(jwt_secret),
            public_url: None,
        }
    }
}
