//! Past sessions by week, filtered by activity, each opening its edit form; and that form.

use chrono::Datelike;
use logbook_shared::ids::{ActivityId, SessionId};
use logbook_shared::sessions::{Session, SessionInput};
use logbook_shared::{ErrorBody, Page};
use yew::prelude::*;
use yew_router::prelude::*;

use crate::api;
use crate::components::check_in_panel::CheckInPanel;
use crate::components::errors::ErrorBanner;
use crate::components::session_form::SessionForm;
use crate::i18n::use_i18n;
use crate::route::Route;
use crate::state::logging::use_logging;

#[component]
pub fn SessionsPage() -> Html {
    let i18n = use_i18n();
    let logging = use_logging();
    let filter = use_state(|| None::<ActivityId>);
    let listed = use_state(|| None::<Result<Page<Session>, ErrorBody>>);
    let more = use_state(|| None::<i64>);
    {
        let (listed, more) = (listed.clone(), more.clone());
        use_effect_with((*filter, *more), move |(filter, cursor)| {
            let mut path = "/sessions?limit=100".to_owned();
            if let Some(activity) = filter {
                path.push_str(&format!("&activity_id={activity}"));
            }
            if let Some(cursor) = cursor {
                path.push_str(&format!("&cursor={cursor}"));
            }
            let (listed, previous) = (listed.clone(), (*listed).clone());
            let appending = cursor.is_some();
            wasm_bindgen_futures::spawn_local(async move {
                let page: Result<Page<Session>, ErrorBody> = api::get(&path).await;
                listed.set(Some(page.map(|page| match previous {
                    Some(Ok(earlier)) if appending => Page {
                        items: earlier.items.into_iter().chain(page.items).collect(),
                        next_cursor: page.next_cursor,
                    },
                    _ => page,
                })));
            });
        });
    }
    let Some(Ok(loaded)) = &*logging else {
        return html! { <p>{ i18n.t("app.loading") }</p> };
    };
    let on_filter = {
        let (filter, more) = (filter.clone(), more.clone());
        Callback::from(move |event: Event| {
            let value = event
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value();
            more.set(None);
            filter.set(value.parse().ok());
        })
    };
    let rows: Html = match &*listed {
        None => html! { <p>{ i18n.t("app.loading") }</p> },
        Some(Err(error)) => html! { <ErrorBanner error={Some(error.clone())} /> },
        Some(Ok(page)) if page.items.is_empty() => html! { <p id="no-sessions">{ i18n.t("sessions.none") }</p> },
        Some(Ok(page)) => by_week(&page.items)
            .into_iter()
            .map(|((week, year), sessions)| {
                let week = i18n.t_with("sessions.week", &[("week", &week.to_string()), ("year", &year.to_string())]);
                let items: Html = sessions
                    .iter()
                    .map(|session| html! {
                        <li key={session.id.get()} class="session-row">
                            <Link<Route> to={Route::EditSession { id: session.id }}>
                                <span class="date">{ session.date.format("%a %d.%m.").to_string() }</span>
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
            .collect(),
    };
    let next = match &*listed {
        Some(Ok(page)) => page.next_cursor,
        _ => None,
    };
    let load_more = {
        let more = more.clone();
        Callback::from(move |_: MouseEvent| more.set(next))
    };
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
            <ul class="weeks" id="session-list">{ rows }</ul>
            if next.is_some() {
                <button type="button" class="secondary" onclick={load_more}>{ i18n.t("sessions.more") }</button>
            }
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
    let session = use_state(|| None::<Result<Session, ErrorBody>>);
    let deleting = use_state(|| None::<ErrorBody>);
    {
        let session = session.clone();
        use_effect_with(props.id, move |id| {
            let path = format!("/sessions/{id}");
            wasm_bindgen_futures::spawn_local(async move {
                session.set(Some(api::get(&path).await));
            });
        });
    }
    let (Some(Ok(loaded)), Some(found)) = (&*logging, &*session) else {
        return html! { <p>{ i18n.t("app.loading") }</p> };
    };
    let current = match found {
        Ok(current) => current.clone(),
        Err(error) => return html! { <ErrorBanner error={Some(error.clone())} /> },
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
                match api::delete(&format!("/sessions/{id}")).await {
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
            <CheckInPanel session_id={props.id} consent_age={loaded.consent_age}
                consent_text={loaded.consent_text.clone()} />
            <ErrorBanner error={(*deleting).clone()} />
            <button type="button" class="secondary" id="delete-session" onclick={remove}>{ i18n.t("sessions.delete") }</button>
        </section>
    }
}
