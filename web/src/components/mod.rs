pub mod errors;
pub mod form;
pub mod language_switcher;
pub mod shell;
pub mod structure_forms;
pub mod unit_tree;
