//! Who is signed in, shared with every page.

use logbook_shared::ErrorBody;
use logbook_shared::auth::Me;
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
