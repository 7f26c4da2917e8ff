//! The page a one-time link opens: the person sets their password, then signs in.

use logbook_shared::users::SetPassword;
use logbook_shared::{ErrorBody, Rules};
use web_sys::HtmlInputElement;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::api;
use crate::components::errors::{ErrorBanner, FieldErrors};
use crate::components::loading::show;
use crate::hooks::{Load, use_load};
use crate::i18n::use_i18n;
use crate::route::Route;

#[derive(Properties, PartialEq)]
pub struct InvitationPageProps {
    pub token: AttrValue,
}

#[component]
pub fn InvitationPage(props: &InvitationPageProps) -> Html {
    let i18n = use_i18n();
    let info = use_load(props.token.clone(), |token| async move {
        api::people::invitation(&token).await
    });
    let password = use_state(String::new);
    let error = use_state(|| None::<ErrorBody>);
    let done = use_state(|| false);
    let oninput = {
        let password = password.clone();
        Callback::from(move |event: InputEvent| {
            password.set(event.target_unchecked_into::<HtmlInputElement>().value());
        })
    };
    let onsubmit = {
        let (password, error, done, token) = (
            password.clone(),
            error.clone(),
            done.clone(),
            props.token.clone(),
        );
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let body = SetPassword {
                password: (*password).clone(),
            };
            if let Err(invalid) = body.check() {
                error.set(Some(invalid));
                return;
            }
            let (error, done, token) = (error.clone(), done.clone(), token.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match api::people::accept_invitation(&token, &body).await {
                    Ok(()) => done.set(true),
                    Err(failure) => error.set(Some(failure)),
                }
            });
        })
    };

    let content = match (&*info.state, *done) {
        (_, true) => html! {
            <>
                <p id="invitation-done">{ i18n.t("invitation.done") }</p>
                <Link<Route> to={Route::Login}>{ i18n.t("login.submit") }</Link<Route>>
            </>
        },
        // The server could not answer now: asking again may work.
        (Load::Failed(error), _) if error.code.status() >= 500 || error.code.status() == 429 => {
            show(&info, |_| html! {})
        }
        (Load::Failed(_), _) => {
            html! { <p class="error-banner" role="alert">{ i18n.t("invitation.invalid") }</p> }
        }
        (Load::Loading, _) => show(&info, |_| html! {}),
        (Load::Ready(info), false) => html! {
            <form {onsubmit} novalidate=true>
                <p id="invitation-for">{ i18n.t_with("invitation.for", &[("name", &info.display_name), ("email", &info.email), ("tenant", &info.tenant_name)]) }</p>
                <ErrorBanner error={(*error).clone()} />
                <label for="new-password">{ i18n.t("invitation.password") }</label>
                <input id="new-password" type="password" autocomplete="new-password" value={(*password).clone()} {oninput}
                    aria-describedby="password-errors" />
                <FieldErrors error={(*error).clone()} path="password" id="password-errors" />
                <button type="submit">{ i18n.t("invitation.submit") }</button>
            </form>
        },
    };
    html! {
        <main class="login">
            <div class="card">
                <h1>{ i18n.t("invitation.title") }</h1>
                { content }
            </div>
        </main>
    }
}
