pub mod errors;
pub mod form;
pub mod language_switcher;
pub mod shell;
pub mod structure_forms;
pub mod topics_editor;
pub mod unit_tree;
