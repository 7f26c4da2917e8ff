//! A short message at the bottom of the screen, where a thumb is after pressing save, with
//! the next step as a button; it stays until used or closed.

use yew::prelude::*;

use crate::i18n::use_i18n;

#[derive(Properties, PartialEq)]
pub struct ToastProps {
    pub id: AttrValue,
    pub message: String,
    /// The next step's label and what it does.
    pub action: (String, Callback<()>),
    pub on_close: Callback<()>,
}

#[component]
pub fn Toast(props: &ToastProps) -> Html {
    let i18n = use_i18n();
    let (label, act) = props.action.clone();
    let on_action = {
        let on_close = props.on_close.clone();
        Callback::from(move |_: MouseEvent| {
            act.emit(());
            on_close.emit(());
        })
    };
    let on_close = props.on_close.reform(|_: MouseEvent| ());
    html! {
        <div class="toast" role="status" id={props.id.clone()}>
            <p>{ props.message.clone() }</p>
            <button type="button" class="toast-action" onclick={on_action}>{ label }</button>
            <button type="button" class="secondary toast-close" onclick={on_close}>{ i18n.t("app.close") }</button>
        </div>
    }
}
