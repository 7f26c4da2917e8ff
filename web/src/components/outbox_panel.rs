//! "Waiting to send (n)": what was logged on this device with no connection, on every page
//! until the server has it. Sending starts when the app starts, when the connection returns,
//! when the app comes to the front again and on "Send now"; what the server refused stays
//! with the reason, to fix in the form or discard.

use gloo::events::EventListener;
use gloo::timers::callback::Interval;
use logbook_shared::ids::UserId;
use logbook_shared::sessions::SessionInput;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::api::outbox::{self, CHANGED, Sending, Waiting, What};
use crate::components::errors::{ErrorBanner, FieldErrors};
use crate::i18n::{I18n, use_i18n};
use crate::route::Route;
use crate::state::session::{Session, use_session};

#[derive(Properties, PartialEq)]
pub struct OutboxPanelProps {
    pub user: UserId,
    pub fixing: Fixing,
}

#[component]
pub fn OutboxPanel(props: &OutboxPanelProps) -> Html {
    let i18n = use_i18n();
    let items = use_state(Vec::<Waiting>::new);
    let (fixing, navigator) = (props.fixing.clone(), use_navigator());
    let sending = use_state(|| Sending::Done);
    let session = use_session();
    let user = props.user;
    let reread = {
        let items = items.clone();
        move || {
            let items = items.clone();
            wasm_bindgen_futures::spawn_local(async move {
                items.set(outbox::waiting(user).await);
            });
        }
    };
    let send = {
        let sending = sending.clone();
        Callback::from(move |()| {
            let sending = sending.clone();
            wasm_bindgen_futures::spawn_local(async move {
                sending.set(outbox::send_waiting(user).await);
            });
        })
    };
    {
        let (reread, send) = (reread.clone(), send.clone());
        use_effect_with(user, move |_| {
            reread();
            send.emit(());
            let window = gloo::utils::window();
            let listeners = [
                EventListener::new(&window, CHANGED, move |_| reread()),
                {
                    let send = send.clone();
                    EventListener::new(&window, "online", move |_| send.emit(()))
                },
                {
                    let send = send.clone();
                    EventListener::new(&window, "focus", move |_| send.emit(()))
                },
            ];
            // And every minute: a connection can come back without the browser noticing.
            let every_minute = Interval::new(60_000, move || send.emit(()));
            move || drop((listeners, every_minute))
        });
    }
    if items.is_empty() {
        // An empty element, not nothing: see `ErrorBanner` on Yew's siblings.
        return html! { <section id="outbox" hidden=true></section> };
    }
    let send_now = send.reform(|_: MouseEvent| ());
    // To the sign-in page (it sends a signed-in person home); signing in starts sending again.
    let sign_in_again = Callback::from(move |_: MouseEvent| {
        if let Some(session) = &session {
            session.set(Session::SignedOut);
        }
    });
    html! {
        <section id="outbox" class="outbox card" aria-labelledby="outbox-title">
            <details>
                <summary id="outbox-title">
                    { i18n.t_with("outbox.waiting", &[("count", &items.len().to_string())]) }
                </summary>
                <ul class="outbox-items">
                    { for items.iter().map(|item| waiting_item(&i18n, item, &fixing, &navigator)) }
                </ul>
                <button type="button" id="outbox-send" onclick={send_now}>{ i18n.t("outbox.send_now") }</button>
            </details>
            if *sending == Sending::SignInAgain {
                <p id="outbox-sign-in">{ i18n.t("outbox.sign_in_again") }</p>
                <button type="button" id="outbox-sign-in-again" onclick={sign_in_again}>
                    { i18n.t("login.submit") }
                </button>
            }
        </section>
    }
}

fn waiting_item(
    i18n: &I18n,
    item: &Waiting,
    fixing: &Fixing,
    navigator: &Option<Navigator>,
) -> Html {
    let what = match &item.what {
        What::Session { activity, date, .. } => i18n.t_with(
            "outbox.session",
            &[("activity", activity.clone()), ("date", i18n.date(*date))],
        ),
        What::CheckIn { alias, date } => i18n.t_with(
            "outbox.check_in",
            &[("alias", alias.clone()), ("date", i18n.date(*date))],
        ),
    };
    let seq = item.seq;
    let discard = Callback::from(move |_: MouseEvent| {
        wasm_bindgen_futures::spawn_local(async move {
            // The outbox announces the change, and the list reads itself again.
            let _ = outbox::discard(seq).await;
        });
    });
    let Some(failure) = &item.failure else {
        return html! { <li class="outbox-item">{ what }</li> };
    };
    let fix = item.session_input().map(|input| {
        let (fixing, navigator) = (fixing.clone(), navigator.clone());
        let onclick = Callback::from(move |_: MouseEvent| {
            fixing.set(Some((seq, input.clone())));
            if let Some(navigator) = &navigator {
                navigator.push(&Route::LogSession);
            }
        });
        html! { <button type="button" {onclick}>{ i18n.t("outbox.fix") }</button> }
    });
    // Each field the server named, once (it names a field's problems together).
    let mut paths: Vec<&str> = failure
        .fields
        .iter()
        .map(|field| field.path.as_str())
        .collect();
    paths.dedup();
    html! {
        <li class="outbox-item refused">
            <p>{ what }</p>
            <ErrorBanner error={Some(failure.clone())} />
            { for paths.into_iter().enumerate().map(|(n, path)| html! {
                <FieldErrors error={Some(failure.clone())} path={path.to_owned()} id={format!("outbox-failure-{seq}-{n}")} />
            }) }
            <div class="outbox-actions">
                { fix }
                <button type="button" class="secondary" onclick={discard}>{ i18n.t("outbox.discard") }</button>
            </div>
        </li>
    }
}

/// A refused session to open in "Log a session", to fix and save again: its place in the
/// outbox, which the save takes it out of, and its form. Shared by the shell.
pub type Fixing = UseStateHandle<Option<(f64, SessionInput)>>;
