pub mod errors;
pub mod language_switcher;
pub mod shell;
