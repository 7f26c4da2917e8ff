//! The Logbook web app: a Yew single-page app that speaks only `logbook-shared` DTOs.
//!
//! Built twice: whole (`office.html`), and with the `field` feature as the small bundle of a
//! youth worker's pages (`index.html`), where the rest of the app is left out by the linker.

// In the field bundle the pages it leaves out are unused on purpose; the whole app, which the
// lints read, uses everything.
#![cfg_attr(feature = "field", allow(dead_code, unused_imports))]

mod api;
mod app;
mod clock;
mod components;
mod hooks;
mod i18n;
mod pages;
mod route;
mod state;

fn main() {
    #[cfg(feature = "field")]
    app::note_arrival();
    yew::Renderer::<app::App>::new().render();
}
