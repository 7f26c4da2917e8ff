//! App-wide state shared through Yew contexts.

pub mod session;
