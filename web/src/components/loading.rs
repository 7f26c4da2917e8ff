//! What a page shows while it waits for the server, and when the server could not answer.

use logbook_shared::ErrorBody;
use yew::prelude::*;

use crate::components::errors::ErrorBanner;
use crate::hooks::{Load, Loader};
use crate::i18n::use_i18n;

/// `view` of a load's data; while loading a note, on failure the error with a retry button.
pub fn show<T>(loader: &Loader<T>, view: impl FnOnce(&T) -> Html) -> Html {
    show_state(&loader.state, &loader.reload, view)
}

/// [`show`] for a load's state and its retry (a paged list's first page). The content sits
/// in a box of its own: Yew 0.23 can lose its place among changing siblings when a component
/// (the note, the error) takes the place of elements (the data).
pub fn show_state<T>(state: &Load<T>, retry: &Callback<()>, view: impl FnOnce(&T) -> Html) -> Html {
    let content = match state {
        Load::Loading => html! { <Loading /> },
        Load::Failed(error) => html! { <LoadFailed error={error.clone()} retry={retry.clone()} /> },
        Load::Ready(data) => view(data),
    };
    html! { <div class="load-state">{ content }</div> }
}

#[component]
pub fn Loading() -> Html {
    let i18n = use_i18n();
    html! { <p class="loading" aria-busy="true">{ i18n.t("app.loading") }</p> }
}

#[derive(Properties, PartialEq)]
pub struct LoadFailedProps {
    pub error: ErrorBody,
    pub retry: Callback<()>,
}

/// The error, and a button that asks again.
#[component]
pub fn LoadFailed(props: &LoadFailedProps) -> Html {
    let i18n = use_i18n();
    let retry = props.retry.reform(|_: MouseEvent| ());
    html! {
        <div class="load-failed">
            <ErrorBanner error={Some(props.error.clone())} />
            <button type="button" class="secondary retry" onclick={retry}>{ i18n.t("app.retry") }</button>
        </div>
    }
}
