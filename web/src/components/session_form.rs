//! Logging or changing a session: activity, day and times (prefilled), who came, youth-led
//! work, staff, notes, the reflection questions asked for the activity, and aims. The shared
//! rules run before sending; a create carries one idempotency key until it succeeds, so
//! saving again after a lost answer never logs the session twice.

use logbook_shared::aims::{Aim, AimFilter};
use logbook_shared::clock::{ends_next_day, hh_mm};
use logbook_shared::ids::{ActivityId, UnitId};
use logbook_shared::reflection::{ReflectionQuestion, ReflectionQuestionFilter};
use logbook_shared::sessions::{ReflectionAnswer, Session, SessionInput};
use logbook_shared::{ErrorBody, Rules, field_errors_body};
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::api;
use crate::clock::today;
use crate::components::attendance_grid::AttendanceGrid;
use crate::components::errors::{ErrorBanner, FieldErrors};
use crate::components::form::{edit, toggle_in};
use crate::components::loading::show;
use crate::hooks::use_kept_load;
use crate::i18n::use_i18n;
use crate::state::logging::Logging;
use crate::state::session::use_signed_in_user;

#[derive(Properties, PartialEq)]
pub struct SessionFormProps {
    pub logging: Logging,
    pub initial: SessionInput,
    /// The session being changed; none to log a new one.
    #[prop_or_default]
    pub existing: Option<Session>,
    pub on_saved: Callback<Session>,
    /// A new session kept in the device's outbox (no connection), to be sent later.
    #[prop_or_default]
    pub on_kept: Callback<SessionInput>,
}

/// A new session of `activity` today at its usual times.
pub fn new_session(logging: &Logging, activity: Option<ActivityId>) -> SessionInput {
    let activity = activity
        .and_then(|id| logging.activity(id))
        .or(logging.activities.first());
    let mut input = SessionInput {
        activity_id: activity.map_or(ActivityId(0), |activity| activity.id),
        date: today(),
        start_time: hh_mm::parse("18:00").unwrap_or_default(),
        end_time: hh_mm::parse("21:00").unwrap_or_default(),
        attendance: Vec::new(),
        youth_led: false,
        youth_producers: 0,
        staff_count: 1,
        volunteer_count: 0,
        notes: String::new(),
        reflection_answers: Vec::new(),
        aim_ids: Vec::new(),
    };
    if let Some(activity) = activity {
        apply_usual_times(
            &mut input,
            activity.usual_start_time,
            activity.usual_end_time,
        );
    }
    input
}

fn apply_usual_times(
    input: &mut SessionInput,
    start: Option<chrono::NaiveTime>,
    end: Option<chrono::NaiveTime>,
) {
    if let (Some(start), Some(end)) = (start, end) {
        input.start_time = start;
        input.end_time = end;
    }
}

#[component]
pub fn SessionForm(props: &SessionFormProps) -> Html {
    let i18n = use_i18n();
    let form = use_state(|| props.initial.clone());
    let error = use_state(|| None::<ErrorBody>);
    let key = use_state(api::new_idempotency_key);
    let saving = use_state(|| false);
    let user = use_signed_in_user();
    // A session keeps the unit where it happened, also after its activity moved: while the
    // form keeps the session's activity, its questions and aims are those of that unit.
    let kept = props
        .existing
        .as_ref()
        .filter(|session| session.activity_id == form.activity_id);
    let asked_for = match kept {
        Some(session) => ReflectionQuestionFilter {
            session_id: Some(session.id),
            ..ReflectionQuestionFilter::default()
        },
        None => ReflectionQuestionFilter {
            activity_id: Some(form.activity_id),
            ..ReflectionQuestionFilter::default()
        },
    };
    let questions = use_kept_load("questions", asked_for, |filter| async move {
        api::structure::questions(&filter).await
    });
    let aims = use_kept_load("aims", (), |()| async {
        let current = AimFilter {
            archived: Some(false),
            ..AimFilter::default()
        };
        api::structure::aims(&current).await
    });

    let on_activity = {
        let (form, logging) = (form.clone(), props.logging.clone());
        Callback::from(move |event: Event| {
            let value = event
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value();
            let mut next = (*form).clone();
            next.activity_id = value.parse().unwrap_or(next.activity_id);
            if let Some(activity) = logging.activity(next.activity_id) {
                apply_usual_times(
                    &mut next,
                    activity.usual_start_time,
                    activity.usual_end_time,
                );
            }
            form.set(next);
        })
    };
    let on_date = edit(&form, |form, value| {
        form.date = value.parse().unwrap_or(form.date)
    });
    let on_start = edit(&form, |form, value| {
        form.start_time = hh_mm::parse(&value).unwrap_or(form.start_time)
    });
    let on_end = edit(&form, |form, value| {
        form.end_time = hh_mm::parse(&value).unwrap_or(form.end_time)
    });
    let on_attendance = {
        let form = form.clone();
        Callback::from(move |rows| {
            form.set(SessionInput {
                attendance: rows,
                ..(*form).clone()
            })
        })
    };
    let on_youth_led = {
        let form = form.clone();
        Callback::from(move |event: Event| {
            let checked = event.target_unchecked_into::<HtmlInputElement>().checked();
            form.set(SessionInput {
                youth_led: checked,
                ..(*form).clone()
            })
        })
    };
    let on_producers = edit(&form, |form, value| form.youth_producers = whole(&value));
    let on_staff = edit(&form, |form, value| form.staff_count = whole(&value));
    let on_volunteers = edit(&form, |form, value| form.volunteer_count = whole(&value));
    let on_notes = {
        let form = form.clone();
        Callback::from(move |event: InputEvent| {
            let notes = event.target_unchecked_into::<HtmlTextAreaElement>().value();
            form.set(SessionInput {
                notes,
                ..(*form).clone()
            })
        })
    };

    let onsubmit = {
        let (form, error, key, saving) = (form.clone(), error.clone(), key.clone(), saving.clone());
        let (bands, existing, on_saved, on_kept) = (
            props.logging.bands.clone(),
            props.existing.as_ref().map(|session| session.id),
            props.on_saved.clone(),
            props.on_kept.clone(),
        );
        let (logging, user) = (props.logging.clone(), user);
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let body = (*form).clone();
            let mut problems = body.check().err().map(|e| e.fields).unwrap_or_default();
            problems.extend(body.check_against(today(), &bands));
            if !problems.is_empty() {
                error.set(Some(field_errors_body(problems)));
                return;
            }
            let (error, key, saving, on_saved, on_kept) = (
                error.clone(),
                key.clone(),
                saving.clone(),
                on_saved.clone(),
                on_kept.clone(),
            );
            let activity = logging.activity_name(body.activity_id);
            saving.set(true);
            wasm_bindgen_futures::spawn_local(async move {
                let saved = match existing {
                    Some(id) => api::sessions::update(id, &body).await.map(Some),
                    // With no connection a new session waits in the device's outbox.
                    None => match user {
                        Some(user) => {
                            api::outbox::create_session(user, &body, &key, activity).await
                        }
                        None => api::sessions::create(&body, &key).await.map(Some),
                    },
                };
                saving.set(false);
                match saved {
                    Ok(saved) => {
                        error.set(None);
                        key.set(api::new_idempotency_key());
                        match saved {
                            Some(session) => on_saved.emit(session),
                            None => on_kept.emit(body),
                        }
                    }
                    Err(failure) => error.set(Some(failure)),
                }
            });
        })
    };

    let activity = props.logging.activity(form.activity_id);
    let unit = kept
        .map(|session| session.unit_id)
        .unwrap_or_else(|| activity.map_or(UnitId(0), |activity| activity.unit_id));
    // The session's own activity stays choosable when it is no longer in one's list (moved
    // to a unit out of one's scope, or archived).
    let unlisted = props
        .existing
        .as_ref()
        .map(|session| session.activity_id)
        .filter(|id| props.logging.activity(*id).is_none())
        .map(|id| {
            html! {
                <option key={id.get()} value={id.to_string()} selected={id == form.activity_id}>
                    { props.logging.activity_name(id) }
                </option>
            }
        });
    let activity_options: Html = props
        .logging
        .activities
        .iter()
        .map(|activity| html! {
            <option key={activity.id.get()} value={activity.id.to_string()} selected={activity.id == form.activity_id}>
                { activity.name.clone() }
            </option>
        })
        .chain(unlisted)
        .collect();
    // Questions and aims show once loaded; a failure shows with a retry where they go.
    let question_fields = show(&questions, |questions| {
        questions
            .iter()
            .map(|question| answer_field(i18n.language.tag(), question, &form))
            .collect()
    });
    let aim_choices = show(&aims, |aims| {
        let offered: Vec<&Aim> = aims
            .iter()
            .filter(|aim| aim.applies_to(unit, form.date) || form.aim_ids.contains(&aim.id))
            .collect();
        if !offered.iter().any(|aim| aim.applies_to(unit, form.date)) {
            return html! {};
        }
        html! {
            <fieldset>
                <legend>{ i18n.t("session.aims") }</legend>
                { for offered.into_iter().map(|aim| aim_choice(aim, &form)) }
            </fieldset>
        }
    });
    let time = |value: chrono::NaiveTime| value.format("%H:%M").to_string();
    let error_now = (*error).clone();
    html! {
        <form class="card session-form" {onsubmit} novalidate=true>
            <ErrorBanner error={error_now.clone()} />
            <label for="session-activity">{ i18n.t("session.activity") }</label>
            <select id="session-activity" onchange={on_activity}>{ activity_options }</select>
            <FieldErrors error={error_now.clone()} path="activity_id" id="session-activity-errors" />
            <div class="when">
                <div>
                    <label for="session-date">{ i18n.t("session.date") }</label>
                    <input id="session-date" type="date" max={today().to_string()} value={form.date.to_string()} oninput={on_date} />
                </div>
                <div>
                    <label for="session-start">{ i18n.t("session.start") }</label>
                    <input id="session-start" type="time" value={time(form.start_time)} oninput={on_start} />
                </div>
                <div>
                    <label for="session-end">{ i18n.t("session.end") }</label>
                    <input id="session-end" type="time" value={time(form.end_time)} oninput={on_end} />
                </div>
            </div>
            <FieldErrors error={error_now.clone()} path="date" id="session-date-errors" />
            <FieldErrors error={error_now.clone()} path="end_time" id="session-end-errors" />
            if ends_next_day(form.start_time, form.end_time) {
                <p class="notice" id="session-next-day">{ i18n.t("session.ends_next_day") }</p>
            }
            <AttendanceGrid bands={props.logging.bands.clone()} rows={form.attendance.clone()} on_change={on_attendance} />
            <FieldErrors error={error_now.clone()} path="attendance" id="session-attendance-errors" />
            <label class="check" for="session-youth-led">
                <input id="session-youth-led" type="checkbox" checked={form.youth_led} onchange={on_youth_led} />
                { i18n.t("session.youth_led") }
            </label>
            <div class="counts">
                if form.youth_led {
                    <div>
                        <label for="session-producers">{ i18n.t("session.youth_producers") }</label>
                        <input id="session-producers" type="number" inputmode="numeric" min="0" value={form.youth_producers.to_string()} oninput={on_producers} />
                    </div>
                }
                <div>
                    <label for="session-staff">{ i18n.t("session.staff") }</label>
                    <input id="session-staff" type="number" inputmode="numeric" min="0" value={form.staff_count.to_string()} oninput={on_staff} />
                </div>
                <div>
                    <label for="session-volunteers">{ i18n.t("session.volunteers") }</label>
                    <input id="session-volunteers" type="number" inputmode="numeric" min="0" value={form.volunteer_count.to_string()} oninput={on_volunteers} />
                </div>
            </div>
            <label for="session-notes">{ i18n.t("session.notes") }</label>
            <textarea id="session-notes" rows="3" value={form.notes.clone()} oninput={on_notes} />
            <FieldErrors error={error_now.clone()} path="notes" id="session-notes-errors" />
            { question_fields }
            { aim_choices }
            <button type="submit" id="save-session" disabled={*saving}>
                { if props.existing.is_some() { i18n.t("session.save_changes") } else { i18n.t("session.save") } }
            </button>
        </form>
    }
}

/// A typed count; an emptied field counts as 0.
fn whole(value: &str) -> i32 {
    value.trim().parse().unwrap_or(0)
}

/// A text area for one reflection question, in the reader's language where translated.
fn answer_field(
    language: &str,
    question: &ReflectionQuestion,
    form: &UseStateHandle<SessionInput>,
) -> Html {
    let question_id = question.id;
    let oninput = {
        let form = form.clone();
        Callback::from(move |event: InputEvent| {
            let answer = event.target_unchecked_into::<HtmlTextAreaElement>().value();
            let mut next = (*form).clone();
            next.reflection_answers
                .retain(|existing| existing.question_id != question_id);
            next.reflection_answers.push(ReflectionAnswer {
                question_id,
                answer,
            });
            form.set(next);
        })
    };
    let current = form
        .reflection_answers
        .iter()
        .find(|answer| answer.question_id == question_id)
        .map(|answer| answer.answer.clone())
        .unwrap_or_default();
    let id = format!("question-{question_id}");
    html! {
        <div key={question_id.get()}>
            <label for={id.clone()}>{ question.text_in(language).to_owned() }</label>
            <textarea id={id} rows="2" value={current} {oninput} />
        </div>
    }
}

fn aim_choice(aim: &Aim, form: &UseStateHandle<SessionInput>) -> Html {
    let aim_id = aim.id;
    let onchange = toggle_in(form, |form| &mut form.aim_ids, aim_id);
    html! {
        <label class="check" key={aim_id.get()}>
            <input type="checkbox" checked={form.aim_ids.contains(&aim_id)} {onchange} />
            { aim.title.clone() }
        </label>
    }
}
