//! Hooks every page uses to talk to the server: loading with errors and retry, and values
//! that settle before they are asked for.

mod debounce;
mod load;
mod paged;

pub use debounce::use_debounced;
pub use load::{Load, Loader, use_kept_load, use_load};
pub use paged::use_paged;
