//! App-wide state shared through Yew contexts, and data hooks.

pub mod session;
pub mod structure;
