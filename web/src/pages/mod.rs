pub mod home;
pub mod invitation;
pub mod login;
pub mod me;
pub mod not_found;
pub mod settings;
pub mod structure;
pub mod users;
