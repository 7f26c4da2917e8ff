//! App-wide state shared through Yew contexts, and data hooks.

pub mod logging;
pub mod session;
pub mod structure;
