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
    let Some(error) = &props.error else {
        return html! {};
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
    let Some(error) = &props.error else {
        return html! {};
    };
    let items: Html = error
        .field_errors(&props.path)
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
