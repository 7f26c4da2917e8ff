//! Who is signed in, shared with every page.

use logbook_shared::ErrorBody;
use logbook_shared::auth::Me;
use logbook_shared::ids::UserId;
use yew::prelude::*;

#[derive(Debug, Clone, PartialEq)]
pub enum Session {
    /// Checking stored tokens with the server.
    Loading,
    SignedOut,
    SignedIn(Me),
    /// The server did not answer the check (offline, down): the login may still hold.
    Unreachable(ErrorBody),
}

pub type SessionHandle = UseStateHandle<Session>;

#[hook]
pub fn use_session() -> Option<SessionHandle> {
    use_context::<SessionHandle>()
}

/// The signed-in account, once the server (or the device's copy) said who it is.
#[hook]
pub fn use_signed_in_user() -> Option<UserId> {
    match use_session().as_deref() {
        Some(Session::SignedIn(me)) => Some(me.id),
        _ => None,
    }
}
