//! "Log a session": the youth worker's home. The form starts with the most recently logged
//! activity at its usual times; "start from my last session" copies the last one.

use std::cell::RefCell;
use std::rc::Rc;

use logbook_shared::ids::ActivityId;
use logbook_shared::sessions::{Session, SessionInput};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::api;
use crate::components::outbox_panel::Fixing;

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
    let saved = use_state(|| None::<Saved>);
    let fixing = use_fixing(&start);
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
    // After a save (or keeping it on the device) the form starts afresh for the next session;
    // a fixed item from the outbox leaves it.
    let next = {
        let (start, saved, loaded, fixing) =
            (start.clone(), saved.clone(), loaded.clone(), fixing.clone());
        Callback::from(move |done: Saved| {
            start.set(Some((
                generation + 1,
                new_session(&loaded, Some(done.activity_id())),
            )));
            saved.set(Some(done));
            // Only the form the fix opened in takes it out: not one started afresh since, nor
            // a save that was under way when "Fix" was pressed.
            let fixed = *fixing.borrow();
            if let Some((form, seq)) = fixed
                && form == generation
            {
                *fixing.borrow_mut() = None;
                wasm_bindgen_futures::spawn_local(async move {
                    let _ = api::outbox::discard(seq).await;
                });
            }
        })
    };
    let on_saved = next.reform(Saved::Sent);
    let on_kept = next.reform(Saved::Kept);
    let dismiss = {
        let saved = saved.clone();
        Callback::from(move |()| saved.set(None))
    };
    let last = (*saved)
        .as_ref()
        .map(Saved::input)
        .or_else(|| loaded.last.clone());
    let duplicate_last = last.map(|last| {
        let start = start.clone();
        Callback::from(move |_: MouseEvent| start.set(Some((generation + 1, copy_of(&last)))))
    });
    html! {
        <section>
            <h1 id="log-title">{ i18n.t("session.log_title") }</h1>
            if let Some(done) = &*saved {
                <Toast id="session-saved"
                    message={match done {
                        Saved::Sent(session) => i18n.t_with("session.saved", &[("visits", &session.visits.to_string())]),
                        Saved::Kept(_) => i18n.t("outbox.session_kept"),
                    }}
                    action={(i18n.t("session.log_another"), Callback::from(|_| start_again()))}
                    on_close={dismiss} />
            }
            if let Some(onclick) = duplicate_last {
                <button type="button" class="secondary" id="duplicate-last" {onclick}>
                    { i18n.t("session.duplicate_last") }
                </button>
            }
            <SessionForm key={generation} logging={loaded.clone()} {initial} {on_saved} {on_kept} />
        </section>
    }
}

/// How the last save ended: on the server, or kept on the device until there is a connection.
#[derive(Clone, PartialEq)]
enum Saved {
    Sent(Session),
    Kept(SessionInput),
}

impl Saved {
    fn input(&self) -> SessionInput {
        match self {
            Saved::Sent(session) => SessionInput::from(session),
            Saved::Kept(input) => input.clone(),
        }
    }

    fn activity_id(&self) -> ActivityId {
        match self {
            Saved::Sent(session) => session.activity_id,
            Saved::Kept(input) => input.activity_id,
        }
    }
}

/// A refused session from the outbox ("Fix"): its form replaces the fresh one; answers the
/// form it opened in (its generation) and the item, which saving that form takes out of the
/// outbox.
#[hook]
fn use_fixing(
    start: &UseStateHandle<Option<(u32, SessionInput)>>,
) -> Rc<RefCell<Option<(u32, f64)>>> {
    // Not state: a save finishing reads what is being fixed now, not at its render.
    let fixed = use_mut_ref(|| None::<(u32, f64)>);
    let asked = use_context::<Fixing>();
    let seq = asked
        .as_ref()
        .and_then(|asked| asked.as_ref().map(|(seq, _)| seq.to_bits()));
    {
        let (start, fixed) = (start.clone(), fixed.clone());
        use_effect_with(seq, move |_| {
            if let Some(asked) = asked
                && let Some((seq, input)) = (*asked).clone()
            {
                let generation = start.as_ref().map_or(0, |(generation, _)| *generation) + 1;
                start.set(Some((generation, input)));
                *fixed.borrow_mut() = Some((generation, seq));
                asked.set(None);
            }
        });
    }
    fixed
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
