//! "Log a session": the youth worker's home. The form starts with the most recently logged
//! activity at its usual times; "start from my last session" copies the last one.

use logbook_shared::sessions::{Session, SessionInput};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::clock::today;
use crate::components::loading::show;
use crate::components::session_form::{SessionForm, new_session};
use crate::components::toast::Toast;
use crate::i18n::use_i18n;
use crate::state::logging::use_logging;

#[component]
pub fn LogSessionPage() -> Html {
    let i18n = use_i18n();
    let logging = use_logging();
    // Each new start gets a fresh form (and so a fresh idempotency key).
    let start = use_state(|| None::<(u32, SessionInput)>);
    let saved = use_state(|| None::<Session>);
    let Some(loaded) = logging.ready().cloned() else {
        return show(&logging, |_| html! {});
    };
    if loaded.activities.is_empty() {
        return html! {
            <section><h1>{ i18n.t("session.log_title") }</h1><p>{ i18n.t("session.no_activities") }</p></section>
        };
    }
    let (generation, initial) = (*start).clone().unwrap_or_else(|| {
        let latest = loaded.last.as_ref().map(|session| session.activity_id);
        (0, new_session(&loaded, latest))
    });
    let on_saved = {
        let (start, saved, loaded) = (start.clone(), saved.clone(), loaded.clone());
        Callback::from(move |session: Session| {
            start.set(Some((
                generation + 1,
                new_session(&loaded, Some(session.activity_id)),
            )));
            saved.set(Some(session));
        })
    };
    let dismiss = {
        let saved = saved.clone();
        Callback::from(move |()| saved.set(None))
    };
    let last = (*saved)
        .as_ref()
        .map(SessionInput::from)
        .or_else(|| loaded.last.clone());
    let duplicate_last = last.map(|last| {
        let start = start.clone();
        Callback::from(move |_: MouseEvent| start.set(Some((generation + 1, copy_of(&last)))))
    });
    html! {
        <section>
            <h1 id="log-title">{ i18n.t("session.log_title") }</h1>
            if let Some(session) = &*saved {
                <Toast id="session-saved"
                    message={i18n.t_with("session.saved", &[("visits", &session.visits.to_string())])}
                    action={(i18n.t("session.log_another"), Callback::from(|_| start_again()))}
                    on_close={dismiss} />
            }
            if let Some(onclick) = duplicate_last {
                <button type="button" class="secondary" id="duplicate-last" {onclick}>
                    { i18n.t("session.duplicate_last") }
                </button>
            }
            <SessionForm key={generation} logging={loaded.clone()} {initial} {on_saved} />
        </section>
    }
}

/// The last session as a starting point for today's: same activity, times and attendance;
/// notes and reflection answers are the new session's own.
fn copy_of(last: &SessionInput) -> SessionInput {
    SessionInput {
        date: today(),
        notes: String::new(),
        reflection_answers: Vec::new(),
        ..last.clone()
    }
}

/// Back to the top of the fresh form, its first field ready for the next session.
fn start_again() {
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return;
    };
    if let Some(window) = web_sys::window() {
        window.scroll_to_with_x_and_y(0.0, 0.0);
    }
    let first = document
        .get_element_by_id("session-activity")
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(first) = first {
        let _ = first.focus();
    }
}
