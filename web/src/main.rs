//! The Logbook web app: a Yew single-page app that speaks only `logbook-shared` DTOs.

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
    yew::Renderer::<app::App>::new().render();
}
