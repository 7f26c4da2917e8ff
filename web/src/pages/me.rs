use logbook_shared::ErrorBody;
use logbook_shared::users::ChangePassword;
use yew::prelude::*;

use crate::api;
use crate::components::errors::{ErrorBanner, FieldErrors};
use crate::components::form::{edit, submit};
use crate::i18n::use_i18n;
use crate::state::session::{Session, use_session};

#[component]
pub fn MePage() -> Html {
    let i18n = use_i18n();
    let session = use_session();
    let Some(Session::SignedIn(me)) = session.as_deref() else {
        return html! {};
    };
    let organisation = me
        .organisation
        .as_ref()
        .map_or_else(|| i18n.t("me.no_organisation"), |org| org.name.clone());
    html! {
        <section>
            <h1>{ i18n.t("me.title") }</h1>
            <dl class="facts">
                <dt>{ i18n.t("me.name") }</dt><dd id="me-name">{ me.display_name.clone() }</dd>
                <dt>{ i18n.t("me.email") }</dt><dd id="me-email">{ me.email.clone() }</dd>
                <dt>{ i18n.t("me.role") }</dt><dd id="me-role">{ i18n.t(&format!("role.{}", me.role.as_str())) }</dd>
                <dt>{ i18n.t("me.organisation") }</dt><dd id="me-organisation">{ organisation }</dd>
            </dl>
            <ChangePasswordForm />
        </section>
    }
}

/// Changing one's own password; the server ends every other login of the account.
#[component]
fn ChangePasswordForm() -> Html {
    let i18n = use_i18n();
    let form = use_state(ChangePassword::default);
    let error = use_state(|| None::<ErrorBody>);
    let done = use_state(|| false);
    let on_current = edit(&form, |form, value| form.current_password = value);
    let on_new = edit(&form, |form, value| form.new_password = value);
    let on_saved = {
        let done = done.clone();
        Callback::from(move |()| done.set(true))
    };
    let save = |body: ChangePassword| async move { api::people::change_password(&body).await };
    let onsubmit = submit(&form, &error, save, &on_saved, ChangePassword::default);
    let error_now = (*error).clone();
    html! {
        <form class="card inline-form" {onsubmit} novalidate=true>
            <h2>{ i18n.t("me.change_password") }</h2>
            <ErrorBanner error={error_now.clone()} />
            <label for="current-password">{ i18n.t("me.current_password") }</label>
            <input id="current-password" type="password" autocomplete="current-password"
                value={form.current_password.clone()} oninput={on_current} />
            <FieldErrors error={error_now.clone()} path="current_password" id="current-password-errors" />
            <label for="changed-password">{ i18n.t("invitation.password") }</label>
            <input id="changed-password" type="password" autocomplete="new-password"
                value={form.new_password.clone()} oninput={on_new} />
            <FieldErrors error={error_now} path="new_password" id="changed-password-errors" />
            <button type="submit" id="change-password">{ i18n.t("me.change_password") }</button>
            if *done { <p role="status" id="password-changed">{ i18n.t("me.password_changed") }</p> }
        </form>
    }
}
