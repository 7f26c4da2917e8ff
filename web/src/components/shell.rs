//! The frame around every signed-in page: app name, the main action, navigation, language,
//! sign-out; on a phone all but the first two fold into a menu.

use logbook_shared::auth::Capabilities;
use logbook_shared::ids::UserId;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::api;
use crate::components::language_switcher::LanguageSwitcher;
use crate::components::outbox_panel::{Fixing, OutboxPanel};
use crate::i18n::{I18n, use_i18n};
use crate::route::Route;
use crate::state::session::{Session, use_session};

#[derive(Properties, PartialEq)]
pub struct ShellProps {
    pub children: Html,
}

#[component]
pub fn Shell(props: &ShellProps) -> Html {
    let i18n = use_i18n();
    let session = use_session();
    // What to offer is what the server says the account may do (`Me::may`).
    let (in_organisation, may, user) = match session.as_deref() {
        Some(Session::SignedIn(me)) => (me.organisation.is_some(), me.may.clone(), Some(me.id)),
        _ => (false, Capabilities::default(), None),
    };
    // What this account logged with no connection, for those who log; a refused session
    // opens in "Log a session" through `fixing`.
    let fixing = use_state(|| None);
    let outbox = user
        .filter(|_| may.log_sessions)
        .map(|user| html! { <OutboxPanel {user} fixing={fixing.clone()} /> });
    // On a phone the navigation folds into a menu; following a link folds it again.
    let menu_open = use_state(|| false);
    let toggle_menu = {
        let menu_open = menu_open.clone();
        Callback::from(move |_: MouseEvent| menu_open.set(!*menu_open))
    };
    let close_menu = {
        let menu_open = menu_open.clone();
        Callback::from(move |_: MouseEvent| menu_open.set(false))
    };
    let logout = {
        let i18n = i18n.clone();
        Callback::from(move |_: MouseEvent| {
            let (session, i18n) = (session.clone(), i18n.clone());
            wasm_bindgen_futures::spawn_local(async move {
                if !leave_outbox(&i18n, user).await {
                    return;
                }
                api::logout().await;
                if let Some(session) = session {
                    session.set(Session::SignedOut);
                }
            });
        })
    };
    html! {
        <div class="shell">
            <header class="shell-header">
                <Link<Route> to={Route::Home} classes="brand">{ i18n.t("app.name") }</Link<Route>>
                if may.log_sessions {
                    <Link<Route> to={Route::LogSession} classes="primary-action">{ i18n.t("nav.log_session") }</Link<Route>>
                }
                <button id="menu-toggle" type="button" class="secondary menu-toggle"
                    aria-expanded={menu_open.to_string()} aria-controls="shell-menu" onclick={toggle_menu}>
                    { i18n.t("nav.menu") }
                </button>
                <div id="shell-menu" class={classes!("shell-menu", menu_open.then_some("open"))}>
                <nav aria-label={i18n.t("nav.main")} onclick={close_menu}>
                    <Link<Route> to={Route::Home}>{ i18n.t("nav.home") }</Link<Route>>
                    if may.log_sessions {
                        <Link<Route> to={Route::LogSession}>{ i18n.t("nav.log_session") }</Link<Route>>
                        <Link<Route> to={Route::Sessions}>{ i18n.t("nav.sessions") }</Link<Route>>
                    }
                    if in_organisation {
                        <Link<Route> to={Route::Reports}>{ i18n.t("nav.reports") }</Link<Route>>
                        <Link<Route> to={Route::AnnualReport}>{ i18n.t("nav.annual_report") }</Link<Route>>
                        if may.read_reports {
                            <Link<Route> to={Route::FollowUp}>{ i18n.t("nav.follow_up") }</Link<Route>>
                            <Link<Route> to={Route::Surveys}>{ i18n.t("nav.surveys") }</Link<Route>>
                        }
                        <Link<Route> to={Route::Structure}>{ i18n.t("nav.structure") }</Link<Route>>
                    }
                    if may.manage_visitors {
                        <Link<Route> to={Route::Kiosks}>{ i18n.t("nav.kiosks") }</Link<Route>>
                        <Link<Route> to={Route::Aliases}>{ i18n.t("nav.aliases") }</Link<Route>>
                    }
                    if may.administer_organisation {
                        <Link<Route> to={Route::Users}>{ i18n.t("nav.users") }</Link<Route>>
                        <Link<Route> to={Route::Settings}>{ i18n.t("nav.settings") }</Link<Route>>
                        <Link<Route> to={Route::Networks}>{ i18n.t("nav.networks") }</Link<Route>>
                        <Link<Route> to={Route::KeyFigures}>{ i18n.t("nav.key_figures") }</Link<Route>>
                    }
                    if may.manage_network {
                        <Link<Route> to={Route::Network}>{ i18n.t("nav.network") }</Link<Route>>
                    }
                    if may.manage_network || may.administer_organisation {
                        <Link<Route> to={Route::ApiTokens}>{ i18n.t("nav.api_tokens") }</Link<Route>>
                    }
                    <Link<Route> to={Route::Me}>{ i18n.t("nav.me") }</Link<Route>>
                </nav>
                <div class="shell-tools">
                    <LanguageSwitcher />
                    <button id="logout" type="button" class="secondary" onclick={logout}>
                        { i18n.t("nav.logout") }
                    </button>
                </div>
                </div>
            </header>
            <main class="shell-main">
                { outbox }
                <ContextProvider<Fixing> context={fixing}>{ props.children.clone() }</ContextProvider<Fixing>>
            </main>
        </div>
    }
}

/// Whether to sign out when something of `user`'s still waits in the outbox: it stays on the
/// device and goes once they sign in again, which they are asked to confirm.
async fn leave_outbox(i18n: &I18n, user: Option<UserId>) -> bool {
    let Some(user) = user else {
        return true;
    };
    let waiting = api::outbox::waiting(user).await.len();
    if waiting == 0 {
        return true;
    }
    let question = i18n.t_with(
        "outbox.sign_out_waiting",
        &[("count", &waiting.to_string())],
    );
    gloo::utils::window()
        .confirm_with_message(&question)
        .unwrap_or(true)
}
