//! An aim's notes and action plan (what we will do, by when, who): read by everyone who
//! follows the aim up, written by who may set it. Every save is a new version; the earlier
//! ones open on request.

use logbook_shared::aims::{Plan, PlanAction, PlanInput};
use logbook_shared::ids::AimId;
use logbook_shared::{ErrorBody, Rules};
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::api;
use crate::components::errors::{ErrorBanner, FieldErrors};
use crate::i18n::{I18n, use_i18n};

#[derive(Properties, PartialEq)]
pub struct PlanEditorProps {
    pub aim_id: AimId,
    pub plan: Option<Plan>,
    pub writes: bool,
}

fn input_of(plan: Option<&Plan>) -> PlanInput {
    plan.map_or_else(PlanInput::default, |plan| PlanInput {
        notes: plan.notes.clone(),
        actions: plan.actions.clone(),
    })
}

#[component]
pub fn PlanEditor(props: &PlanEditorProps) -> Html {
    let i18n = use_i18n();
    let form = use_state(|| input_of(props.plan.as_ref()));
    let saved = use_state(|| props.plan.clone());
    let error = use_state(|| None::<ErrorBody>);
    let history = use_state(|| None::<Vec<Plan>>);
    let id = props.aim_id;
    let prefix = format!("plan-{id}");
    if !props.writes {
        return html! {
            <div class="plan" id={prefix}>
                <h3>{ i18n.t("follow.plan") }</h3>
                { plan_text(&i18n, (*saved).as_ref()) }
            </div>
        };
    }
    let edit_action = |index: usize, apply: fn(&mut PlanAction, String)| {
        let form = form.clone();
        Callback::from(move |event: InputEvent| {
            let mut next = (*form).clone();
            let value = event.target_unchecked_into::<HtmlInputElement>().value();
            if let Some(action) = next.actions.get_mut(index) {
                apply(action, value);
            }
            form.set(next);
        })
    };
    let actions: Html = form
        .actions
        .iter()
        .enumerate()
        .map(|(index, action)| {
            let field = |name: &str| format!("{prefix}-{index}-{name}");
            let toggle = {
                let form = form.clone();
                Callback::from(move |_: Event| {
                    let mut next = (*form).clone();
                    if let Some(action) = next.actions.get_mut(index) {
                        action.done = !action.done;
                    }
                    form.set(next);
                })
            };
            let remove = {
                let form = form.clone();
                Callback::from(move |_: MouseEvent| {
                    let mut next = (*form).clone();
                    next.actions.remove(index);
                    form.set(next);
                })
            };
            html! {
                <fieldset class="plan-action" key={index}>
                    <legend>{ i18n.t_with("follow.plan_action", &[("number", (index + 1).to_string())]) }</legend>
                    <label for={field("what")}>{ i18n.t("follow.plan_what") }</label>
                    <input id={field("what")} value={action.what.clone()} aria-describedby={field("what-error")}
                        oninput={edit_action(index, |action, value| action.what = value)} />
                    <FieldErrors error={(*error).clone()} path={format!("actions[{index}].what")} id={field("what-error")} />
                    <label for={field("when")}>{ i18n.t("follow.plan_when") }</label>
                    <input id={field("when")} type="date"
                        value={action.by_when.map(|day| day.to_string()).unwrap_or_default()}
                        oninput={edit_action(index, |action, value| action.by_when = value.parse().ok())} />
                    <label for={field("who")}>{ i18n.t("follow.plan_who") }</label>
                    <input id={field("who")} value={action.who.clone()}
                        oninput={edit_action(index, |action, value| action.who = value)} />
                    <label class="check">
                        <input type="checkbox" checked={action.done} onchange={toggle} />
                        { i18n.t("follow.plan_done") }
                    </label>
                    <button type="button" class="secondary" onclick={remove}>{ i18n.t("follow.plan_remove") }</button>
                </fieldset>
            }
        })
        .collect();
    let add = {
        let form = form.clone();
        Callback::from(move |_: MouseEvent| {
            let mut next = (*form).clone();
            next.actions.push(PlanAction {
                what: String::new(),
                by_when: None,
                who: String::new(),
                done: false,
            });
            form.set(next);
        })
    };
    let on_notes = {
        let form = form.clone();
        Callback::from(move |event: InputEvent| {
            let mut next = (*form).clone();
            next.notes = event.target_unchecked_into::<HtmlTextAreaElement>().value();
            form.set(next);
        })
    };
    let save = {
        let (form, saved, error, history) =
            (form.clone(), saved.clone(), error.clone(), history.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let body = (*form).clone();
            if let Err(invalid) = body.check() {
                error.set(Some(invalid));
                return;
            }
            let (saved, error, history) = (saved.clone(), error.clone(), history.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match api::aims::save_plan(id, &body).await {
                    Ok(plan) => {
                        error.set(None);
                        history.set(None);
                        saved.set(Some(plan));
                    }
                    Err(failure) => error.set(Some(failure)),
                }
            });
        })
    };
    let open_history = {
        let (history, error) = (history.clone(), error.clone());
        Callback::from(move |_: MouseEvent| {
            let (history, error) = (history.clone(), error.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match api::aims::plans(id).await {
                    Ok(plans) => history.set(Some(plans)),
                    Err(failure) => error.set(Some(failure)),
                }
            });
        })
    };
    let just_saved = (*saved)
        .as_ref()
        .is_some_and(|plan| Some(plan) != props.plan.as_ref());
    html! {
        <form class="plan" id={prefix.clone()} onsubmit={save}>
            <h3>{ i18n.t("follow.plan") }</h3>
            <label for={format!("{prefix}-notes")}>{ i18n.t("follow.notes") }</label>
            <textarea id={format!("{prefix}-notes")} rows="3" value={form.notes.clone()} oninput={on_notes} />
            { actions }
            <ErrorBanner error={(*error).clone()} />
            <div class="actions">
                <button type="button" class="secondary" onclick={add}>{ i18n.t("follow.plan_add") }</button>
                <button type="submit">{ i18n.t("follow.plan_save") }</button>
            </div>
            if just_saved { <p role="status">{ i18n.t("follow.plan_saved") }</p> }
            { written(&i18n, (*saved).as_ref()) }
            if (*saved).is_some() {
                <button type="button" class="secondary" onclick={open_history}>{ i18n.t("follow.plan_history") }</button>
            }
            if let Some(plans) = &*history {
                <ol class="plain plan-history">
                    { for plans.iter().skip(1).map(|plan| html! { <li>{ written(&i18n, Some(plan)) }{ plan_text(&i18n, Some(plan)) }</li> }) }
                </ol>
            }
        </form>
    }
}

/// Who saved a version, and when.
fn written(i18n: &I18n, plan: Option<&Plan>) -> Html {
    let Some(plan) = plan else {
        return html! {};
    };
    let who = plan.written_by.clone().unwrap_or_else(|| "–".to_owned());
    html! {
        <p class="muted">{ i18n.t_with("follow.plan_written", &[("who", who), ("when", i18n.date_time(plan.written_at))]) }</p>
    }
}

/// A version's notes and actions as text.
pub fn plan_text(i18n: &I18n, plan: Option<&Plan>) -> Html {
    let Some(plan) = plan else {
        return html! { <p class="muted">{ i18n.t("follow.no_plan") }</p> };
    };
    let actions: Html = plan
        .actions
        .iter()
        .map(|action| {
            let when = action
                .by_when
                .map_or_else(|| "–".to_owned(), |day| i18n.date(day));
            let line = i18n.t_with(
                "follow.action",
                &[
                    ("what", action.what.clone()),
                    ("when", when),
                    ("who", action.who.clone()),
                ],
            );
            html! {
                <li>
                    { line }
                    if action.done { { format!(" ({})", i18n.t("follow.action_done")) } }
                </li>
            }
        })
        .collect();
    html! {
        <>
            if !plan.notes.is_empty() { <p class="analysis">{ plan.notes.clone() }</p> }
            <ul>{ actions }</ul>
        </>
    }
}
