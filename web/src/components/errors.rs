//! Server and validation errors, translated by code: a banner for the whole form and a list
//! under each field.

use logbook_shared::ErrorBody;
use yew::prelude::*;

use crate::i18n::use_i18n;

#[derive(Properties, PartialEq)]
pub struct ErrorBannerProps {
    pub error: Option<ErrorBody>,
}

#[component]
pub fn ErrorBanner(props: &ErrorBannerProps) -> Html {
    let i18n = use_i18n();
    // Without an error an empty, hidden element keeps the place: Yew 0.23 can lose its
    // position among changing siblings next to a component that renders nothing (#4092).
    let Some(error) = &props.error else {
        return html! { <div class="error-slot" hidden=true></div> };
    };
    html! {
        <div class="error-banner" role="alert">
            { i18n.t(&format!("error.{}", error.code.as_str())) }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct FieldErrorsProps {
    pub error: Option<ErrorBody>,
    /// The JSON path of the field, as the server names it.
    pub path: AttrValue,
    /// The id the input points to with `aria-describedby`.
    pub id: AttrValue,
}

#[component]
pub fn FieldErrors(props: &FieldErrorsProps) -> Html {
    let i18n = use_i18n();
    // The list is there, empty, without an error: `aria-describedby` always finds it, and
    // Yew keeps its place (see `ErrorBanner`).
    let items: Html = props
        .error
        .iter()
        .flat_map(|error| error.field_errors(&props.path))
        .map(|field| {
            let key = format!("field_error.{}", field.code);
            let text = i18n.t(&key);
            // An unknown rule shows the server's own words rather than a bare key.
            let text = if text == key {
                field.message.clone()
            } else {
                text
            };
            html! { <li>{ text }</li> }
        })
        .collect();
    html! { <ul class="field-errors" id={props.id.clone()}>{ items }</ul> }
}
