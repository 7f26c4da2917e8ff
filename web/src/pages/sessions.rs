//! Past sessions by week, filtered by activity, each opening its edit form; and that form.

use chrono::Datelike;
use logbook_shared::ids::{ActivityId, SessionId};
use logbook_shared::sessions::{Session, SessionFilter, SessionInput};
use logbook_shared::{ErrorBody, ListQuery};
use yew::prelude::*;
use yew_router::prelude::*;

use crate::api;
use crate::components::check_in_panel::CheckInPanel;
use crate::components::errors::ErrorBanner;
use crate::components::loading::{show, show_state};
use crate::components::session_form::SessionForm;
use crate::hooks::{use_load, use_paged};
use crate::i18n::use_i18n;
use crate::route::Route;
use crate::state::logging::use_logging;

/// Sessions listed per page (then "more").
const SESSIONS_PER_PAGE: i64 = 100;

#[component]
pub fn SessionsPage() -> Html {
    let i18n = use_i18n();
    let logging = use_logging();
    let filter = use_state(|| None::<ActivityId>);
    let listed = use_paged(*filter, |activity_id, cursor| {
        let filter = SessionFilter {
            activity_id,
            ..SessionFilter::default()
        };
        async move {
            let page = ListQuery {
                limit: Some(SESSIONS_PER_PAGE),
                cursor,
            };
            api::sessions::page(&filter, &page).await
        }
    });
    let Some(loaded) = logging.ready() else {
        return show(&logging, |_| html! {});
    };
    let on_filter = {
        let filter = filter.clone();
        Callback::from(move |event: Event| {
            let value = event
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value();
            filter.set(value.parse().ok());
        })
    };
    let rows = show_state(&listed.items, &listed.reload, |items| {
        if items.is_empty() {
            return html! { <p id="no-sessions">{ i18n.t("sessions.none") }</p> };
        }
        let weeks: Html = by_week(items)
            .into_iter()
            .map(|((week, year), sessions)| {
                let week = i18n.t_with("sessions.week", &[("week", &week.to_string()), ("year", &year.to_string())]);
                let items: Html = sessions
                    .iter()
                    .map(|session| html! {
                        <li key={session.id.get()} class="session-row">
                            <Link<Route> to={Route::EditSession { id: session.id }}>
                                <span class="date">{ i18n.weekday_date(session.date) }</span>
                                <span class="name">{ loaded.activity_name(session.activity_id) }</span>
                                <span class="visits">{ i18n.t_with("sessions.visits", &[("count", &session.visits.to_string())]) }</span>
                                if session.youth_led { <span class="tag">{ i18n.t("session.youth_led_short") }</span> }
                            </Link<Route>>
                        </li>
                    })
                    .collect();
                html! {
                    <li key={week.clone()} class="week">
                        <h2>{ week }</h2>
                        <ul class="sessions">{ items }</ul>
                    </li>
                }
            })
            .collect();
        html! { <ul class="weeks" id="session-list">{ weeks }</ul> }
    });
    let options: Html = loaded
        .activities
        .iter()
        .map(|activity| html! {
            <option key={activity.id.get()} value={activity.id.to_string()} selected={*filter == Some(activity.id)}>
                { activity.name.clone() }
            </option>
        })
        .collect();
    html! {
        <section>
            <h1>{ i18n.t("sessions.title") }</h1>
            <label for="sessions-filter">{ i18n.t("session.activity") }</label>
            <select id="sessions-filter" onchange={on_filter}>
                <option value="" selected={filter.is_none()}>{ i18n.t("sessions.all_activities") }</option>
                { options }
            </select>
            { rows }
            <div class="more">
                <ErrorBanner error={listed.more_failed.clone()} />
                if let Some(more) = &listed.more {
                    <button type="button" class="secondary" onclick={more.reform(|_: MouseEvent| ())}>{ i18n.t("sessions.more") }</button>
                }
            </div>
        </section>
    }
}

/// Sessions grouped by ISO (week, year), in the order given (newest first).
fn by_week(sessions: &[Session]) -> Vec<((u32, i32), Vec<Session>)> {
    let mut weeks: Vec<((u32, i32), Vec<Session>)> = Vec::new();
    for session in sessions {
        let week = session.date.iso_week();
        let heading = (week.week(), week.year());
        match weeks.last_mut() {
            Some((last, list)) if *last == heading => list.push(session.clone()),
            _ => weeks.push((heading, vec![session.clone()])),
        }
    }
    weeks
}

#[derive(Properties, PartialEq)]
pub struct EditSessionPageProps {
    pub id: SessionId,
}

#[component]
pub fn EditSessionPage(props: &EditSessionPageProps) -> Html {
    let i18n = use_i18n();
    let logging = use_logging();
    let navigator = use_navigator();
    let session = use_load(props.id, api::sessions::get_one);
    let deleting = use_state(|| None::<ErrorBody>);
    let Some(loaded) = logging.ready() else {
        return show(&logging, |_| html! {});
    };
    let Some(current) = session.ready().cloned() else {
        return show(&session, |_| html! {});
    };
    let back = {
        let navigator = navigator.clone();
        Callback::from(move |_: Session| {
            if let Some(navigator) = &navigator {
                navigator.push(&Route::Sessions);
            }
        })
    };
    let remove = {
        let (id, deleting) = (props.id, deleting.clone());
        Callback::from(move |_: MouseEvent| {
            let (navigator, deleting) = (navigator.clone(), deleting.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match api::sessions::remove(id).await {
                    Ok(()) => {
                        if let Some(navigator) = &navigator {
                            navigator.push(&Route::Sessions);
                        }
                    }
                    Err(failure) => deleting.set(Some(failure)),
                }
            });
        })
    };
    html! {
        <section>
            <h1>{ i18n.t("sessions.edit_title") }</h1>
            <SessionForm logging={loaded.clone()} initial={SessionInput::from(&current)} existing={current.clone()} on_saved={back} />
            <CheckInPanel session_id={props.id} date={current.date} consent_age={loaded.consent_age}
                consent_text={loaded.consent_text.clone()} />
            <ErrorBanner error={(*deleting).clone()} />
            <button type="button" class="secondary" id="delete-session" onclick={remove}>{ i18n.t("sessions.delete") }</button>
        </section>
    }
}
