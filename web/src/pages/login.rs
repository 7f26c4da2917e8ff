use logbook_shared::ErrorBody;
use logbook_shared::auth::LoginRequest;
use logbook_shared::validation_error_body;
use validator::Validate;
use web_sys::HtmlInputElement;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::api;
use crate::components::errors::{ErrorBanner, FieldErrors};
use crate::components::language_switcher::LanguageSwitcher;
use crate::i18n::use_i18n;
use crate::route::Route;
use crate::state::session::{Session, use_session};

#[component]
pub fn LoginPage() -> Html {
    let i18n = use_i18n();
    let session = use_session();
    let form = use_state(LoginRequest::default);
    let error = use_state(|| None::<ErrorBody>);
    let busy = use_state(|| false);

    if let Some(Session::SignedIn(_)) = session.as_deref() {
        return html! { <Redirect<Route> to={Route::Home} /> };
    }

    let on_email = {
        let form = form.clone();
        Callback::from(move |event: InputEvent| {
            let input: HtmlInputElement = event.target_unchecked_into();
            form.set(LoginRequest {
                email: input.value(),
                ..(*form).clone()
            });
        })
    };
    let on_password = {
        let form = form.clone();
        Callback::from(move |event: InputEvent| {
            let input: HtmlInputElement = event.target_unchecked_into();
            form.set(LoginRequest {
                password: input.value(),
                ..(*form).clone()
            });
        })
    };
    let onsubmit = {
        let (form, error, busy) = (form.clone(), error.clone(), busy.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let credentials = (*form).clone();
            // The same rules the server applies, before anything is sent.
            if let Err(errors) = credentials.validate() {
                error.set(Some(validation_error_body(&errors)));
                return;
            }
            let (error, busy, session) = (error.clone(), busy.clone(), session.clone());
            busy.set(true);
            wasm_bindgen_futures::spawn_local(async move {
                let outcome = match api::login(&credentials).await {
                    Ok(()) => api::me().await,
                    Err(failure) => Err(failure),
                };
                busy.set(false);
                match outcome {
                    Ok(me) => {
                        error.set(None);
                        if let Some(session) = session {
                            session.set(Session::SignedIn(me));
                        }
                    }
                    Err(failure) => error.set(Some(failure)),
                }
            });
        })
    };

    let current_error = (*error).clone();
    let invalid = |path: &str| {
        current_error
            .as_ref()
            .is_some_and(|e| e.field_errors(path).next().is_some())
    };
    html! {
        <main class="login">
            <div class="login-top"><LanguageSwitcher /></div>
            <form class="card" {onsubmit} novalidate=true>
                <h1>{ i18n.t("login.title") }</h1>
                <ErrorBanner error={current_error.clone()} />
                <label for="email">{ i18n.t("login.email") }</label>
                <input id="email" name="email" type="email" autocomplete="username" required=true
                    value={form.email.clone()} oninput={on_email}
                    aria-invalid={invalid("email").to_string()} aria-describedby="email-errors" />
                <FieldErrors error={current_error.clone()} path="email" id="email-errors" />
                <label for="password">{ i18n.t("login.password") }</label>
                <input id="password" name="password" type="password" autocomplete="current-password" required=true
                    value={form.password.clone()} oninput={on_password}
                    aria-invalid={invalid("password").to_string()} aria-describedby="password-errors" />
                <FieldErrors error={current_error} path="password" id="password-errors" />
                <button type="submit" disabled={*busy}>
                    { if *busy { i18n.t("login.submitting") } else { i18n.t("login.submit") } }
                </button>
            </form>
        </main>
    }
}
