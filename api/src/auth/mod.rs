//! Who is asking: passwords, access tokens, refresh-token sessions, login throttling, and the
//! `AuthUser` extractor every protected handler takes.

pub mod caller;
pub mod client_address;
pub mod cookies;
pub mod device;
pub mod extractor;
pub mod jwt;
pub mod password;
pub mod policy;
pub mod secret;
pub mod session;
pub mod throttle;

pub use caller::{AuthUser, Credential, UnitScope};
pub use jwt::JwtKeys;
pub use policy::Action;
pub use throttle::{AliasThrottle, LoginThrottle};
