//! Youth surveys for staff: the organisation's questionnaires (org admins copy a built-in one),
//! its rounds with their links, QR code, poster and results, and starting a round (org admins,
//! and unit managers at their units).

use chrono::Duration;
use logbook_shared::auth::Me;
use logbook_shared::ids::QuestionnaireId;
use logbook_shared::surveys::{
    Questionnaire, RoundStatus, SurveyRound, SurveyRoundInput, TemplateCopy, in_language,
};
use logbook_shared::{ErrorBody, LANGUAGES};
use yew::prelude::*;
use yew_router::prelude::*;

use crate::api;
use crate::clock::today;
use crate::components::errors::{ErrorBanner, FieldErrors};
use crate::components::form::{act, edit, edit_select, submit, toggle_in};
use crate::components::loading::show;
use crate::hooks::use_load;
use crate::i18n::{I18n, use_i18n};
use crate::route::Route;
use crate::state::session::{Session, use_session};
use crate::state::structure::use_structure;

#[component]
pub fn SurveysPage() -> Html {
    let i18n = use_i18n();
    let session = use_session();
    let questionnaires = use_load((), |()| api::surveys::questionnaires());
    let rounds = use_load((), |()| api::surveys::rounds());
    // What the last action did, or why it failed.
    let notice = use_state(|| None::<String>);
    let failed = use_state(|| None::<ErrorBody>);
    let on_copied = {
        let (notice, reload, text) = (
            notice.clone(),
            questionnaires.reload.clone(),
            i18n.t("surveys.copied"),
        );
        Callback::from(move |_: Questionnaire| {
            notice.set(Some(text.clone()));
            reload.emit(());
        })
    };
    let on_changed = {
        let (notice, reload) = (notice.clone(), rounds.reload.clone());
        Callback::from(move |text: Option<String>| {
            notice.set(text);
            reload.emit(());
        })
    };
    let list = show(&rounds, |rounds| {
        html! { <RoundList rounds={rounds.clone()} failed={failed.clone()} on_changed={on_changed.clone()} /> }
    });
    let may = match session.as_deref() {
        Some(Session::SignedIn(me)) => me.may.clone(),
        _ => Default::default(),
    };
    let started_text = i18n.t("surveys.started");
    let on_started = on_changed.reform(move |_: SurveyRound| Some(started_text.clone()));
    html! {
        <section>
            <h1>{ i18n.t("surveys.title") }</h1>
            <p>{ i18n.t("surveys.intro") }</p>
            if let Some(text) = &*notice { <p class="notice" role="status">{ text.clone() }</p> }
            <ErrorBanner error={(*failed).clone()} />
            <h2>{ i18n.t("surveys.rounds") }</h2>
            { list }
            if may.manage_units {
                // Drawn anew when the first questionnaire changes (one was copied): the form
                // starts with it.
                { show(&questionnaires, |list| {
                    let first = list.iter().find(|questionnaire| !questionnaire.archived);
                    let key = first.map_or(0, |questionnaire| questionnaire.id.get());
                    html! { <StartRound {key} questionnaires={list.clone()} on_started={on_started.clone()} /> }
                }) }
            }
            <h2>{ i18n.t("surveys.questionnaires") }</h2>
            { show(&questionnaires, |list| questionnaire_list(&i18n, list, may.administer_organisation)) }
            if may.administer_organisation {
                <div class="actions">
                    <CopyTemplate failed={failed.clone()} on_copied={on_copied} />
                    <Link<Route> to={Route::NewQuestionnaire} classes="button">{ i18n.t("builder.new") }</Link<Route>>
                </div>
            }
        </section>
    }
}

/// The organisation's questionnaires; an org admin may open each in the builder.
fn questionnaire_list(i18n: &I18n, list: &[Questionnaire], edits: bool) -> Html {
    if list.is_empty() {
        return html! { <p>{ i18n.t("surveys.no_questionnaires") }</p> };
    }
    let items: Html = list
        .iter()
        .map(|questionnaire| {
            let count = questionnaire.questions.len().to_string();
            html! {
                <li key={questionnaire.id.get()}>
                    <strong>{ questionnaire.name.clone() }</strong>
                    <span>{ i18n.t_with("surveys.questions", &[("count", count)]) }</span>
                    if edits {
                        <Link<Route> to={Route::EditQuestionnaire { id: questionnaire.id }}>{ i18n.t("builder.edit") }</Link<Route>>
                    }
                </li>
            }
        })
        .collect();
    html! { <ul class="plain" id="questionnaires">{ items }</ul> }
}

#[derive(Properties, PartialEq)]
struct CopyTemplateProps {
    failed: UseStateHandle<Option<ErrorBody>>,
    on_copied: Callback<Questionnaire>,
}

/// A button per built-in questionnaire: copied, named in the reader's language.
#[component]
fn CopyTemplate(props: &CopyTemplateProps) -> Html {
    let i18n = use_i18n();
    let templates = use_load((), |()| api::surveys::templates());
    let language = i18n.language.tag().to_owned();
    show(&templates, |templates| {
        templates
            .iter()
            .map(|template| {
                let copy = TemplateCopy {
                    template: template.key.clone(),
                    language: language.clone(),
                };
                let name = in_language(&template.name, &language, "en").to_owned();
                let onclick = act(
                    move || {
                        let copy = copy.clone();
                        async move { api::surveys::copy_template(&copy).await }
                    },
                    &props.failed,
                    &props.on_copied,
                );
                html! {
                    <button type="button" class="secondary" id={format!("copy-{}", template.key)} {onclick}>
                        { i18n.t_with("surveys.copy_template", &[("name", name)]) }
                    </button>
                }
            })
            .collect()
    })
}

#[derive(Properties, PartialEq)]
struct RoundListProps {
    rounds: Vec<SurveyRound>,
    failed: UseStateHandle<Option<ErrorBody>>,
    /// A round changed; the notice to show, if any.
    on_changed: Callback<Option<String>>,
}

/// Newest first: each round's state, where it runs, its links and what can be done with it.
#[component]
fn RoundList(props: &RoundListProps) -> Html {
    let i18n = use_i18n();
    let structure = use_structure();
    if props.rounds.is_empty() {
        return html! { <p>{ i18n.t("surveys.no_rounds") }</p> };
    }
    let origin = web_sys::window()
        .and_then(|window| window.location().origin().ok())
        .unwrap_or_default();
    // Where a round runs: its activities when it names some, else its units.
    let place = |round: &SurveyRound| -> String {
        if round.unit_ids.is_empty() {
            return i18n.t("surveys.whole_organisation");
        }
        let Some(structure) = structure.ready() else {
            return String::new();
        };
        let names: Vec<String> = if round.activity_ids.is_empty() {
            structure
                .units
                .iter()
                .filter(|unit| round.unit_ids.contains(&unit.id))
                .map(|unit| unit.name.clone())
                .collect()
        } else {
            structure
                .activities
                .iter()
                .filter(|activity| round.activity_ids.contains(&activity.id))
                .map(|activity| activity.name.clone())
                .collect()
        };
        names.join(", ")
    };
    let closed = props.on_changed.reform(|_: SurveyRound| None);
    props
        .rounds
        .iter()
        .rev()
        .map(|round| {
            let id = round.id;
            let saved = Callback::from(|()| ());
            let poster = act(move || api::surveys::download_poster(id), &props.failed, &saved);
            let qr_code = act(move || api::surveys::download_qr_code(id), &props.failed, &saved);
            let close = act(move || api::surveys::close_round(id), &props.failed, &closed);
            let status = round.status.as_str();
            let answers = round.responses.to_string();
            html! {
                <article class="card survey-round" key={id.get()} id={format!("round-{id}")}>
                    <h3>{ round.title.clone() }</h3>
                    <p>
                        <span class={classes!("tag", format!("status-{status}"))}>{ i18n.t(&format!("surveys.status.{status}")) }</span>
                        { format!(" {} – {} · ", i18n.date(round.opens_on), i18n.date(round.closes_on)) }
                        { i18n.t_with("surveys.answers", &[("count", answers)]) }
                        { format!(" · {}", place(round)) }
                    </p>
                    <p class="survey-link">{ i18n.t("surveys.link") }{ ": " }
                        <a href={format!("{origin}{}", round.link)}>{ format!("{origin}{}", round.link) }</a>
                    </p>
                    if let Some(kiosk) = &round.kiosk_link {
                        <p class="survey-link">{ i18n.t("surveys.kiosk_link") }{ ": " }
                            <a href={format!("{origin}{kiosk}")}>{ format!("{origin}{kiosk}") }</a>
                        </p>
                    }
                    <div class="actions">
                        <button type="button" class="secondary" id={format!("round-{id}-poster")}
                            onclick={poster}>{ i18n.t("surveys.poster") }</button>
                        <button type="button" class="secondary" id={format!("round-{id}-qr")}
                            onclick={qr_code}>{ i18n.t("surveys.qr") }</button>
                        if round.status == RoundStatus::Closed {
                            <Link<Route> to={Route::SurveyResults { id }} classes="button">{ i18n.t("surveys.results") }</Link<Route>>
                        } else if round.kiosk_link.is_some() {
                            <button type="button" class="secondary" id={format!("round-{id}-close")} onclick={close}>
                                { i18n.t("surveys.close") }
                            </button>
                        }
                    </div>
                </article>
            }
        })
        .collect()
}

#[derive(Properties, PartialEq)]
struct StartRoundProps {
    questionnaires: Vec<Questionnaire>,
    on_started: Callback<SurveyRound>,
}

/// A round of a questionnaire: its title, period, page language and units (none: the whole
/// organisation, which only org admins may run).
#[component]
fn StartRound(props: &StartRoundProps) -> Html {
    let i18n = use_i18n();
    let session = use_session();
    let structure = use_structure();
    let me: Option<Me> = match session.as_deref() {
        Some(Session::SignedIn(me)) => Some(me.clone()),
        _ => None,
    };
    let first = props
        .questionnaires
        .iter()
        .find(|questionnaire| !questionnaire.archived)
        .map_or(QuestionnaireId(0), |questionnaire| questionnaire.id);
    let language = me
        .as_ref()
        .map_or_else(|| LANGUAGES[0].to_owned(), |me| me.default_language.clone());
    let blank = move || SurveyRoundInput {
        questionnaire_id: first,
        title: String::new(),
        opens_on: today(),
        closes_on: today() + Duration::days(21),
        language: language.clone(),
        unit_ids: Vec::new(),
        activity_ids: Vec::new(),
    };
    let form = use_state(blank.clone());
    let error = use_state(|| None::<ErrorBody>);
    if props.questionnaires.is_empty() {
        return html! {};
    }
    let onsubmit = submit(
        &form,
        &error,
        |body: SurveyRoundInput| async move { api::surveys::start_round(&body).await },
        &props.on_started,
        blank,
    );
    let questionnaires: Html = props
        .questionnaires
        .iter()
        .filter(|questionnaire| !questionnaire.archived)
        .map(|questionnaire| html! {
            <option value={questionnaire.id.to_string()} selected={form.questionnaire_id == questionnaire.id}>
                { questionnaire.name.clone() }
            </option>
        })
        .collect();
    let languages: Html = LANGUAGES
        .iter()
        .map(|tag| html! { <option value={*tag} selected={form.language == *tag}>{ i18n.t(&format!("language.{tag}")) }</option> })
        .collect();
    // The units this person may run a round at: theirs, or every unit for the whole organisation.
    let own_units = me
        .as_ref()
        .map(|me| me.unit_ids.clone())
        .unwrap_or_default();
    let units: Html = structure.ready().map_or_else(Html::default, |structure| {
        structure
            .units
            .iter()
            .filter(|unit| !unit.archived && (own_units.is_empty() || own_units.contains(&unit.id)))
            .map(|unit| {
                let id = format!("round-unit-{}", unit.id);
                html! {
                    <label class="check" for={id.clone()}>
                        <input type="checkbox" id={id} checked={form.unit_ids.contains(&unit.id)}
                            onchange={toggle_in(&form, |f| &mut f.unit_ids, unit.id)} />
                        { unit.name.clone() }
                    </label>
                }
            })
            .collect()
    });
    // Or a group's own survey: some of those units' activities.
    let activities: Html = structure.ready().map_or_else(Html::default, |structure| {
        structure
            .activities
            .iter()
            .filter(|activity| {
                !activity.archived
                    && (own_units.is_empty() || own_units.contains(&activity.unit_id))
            })
            .map(|activity| {
                let id = format!("round-activity-{}", activity.id);
                html! {
                    <label class="check" for={id.clone()}>
                        <input type="checkbox" id={id} checked={form.activity_ids.contains(&activity.id)}
                            onchange={toggle_in(&form, |f| &mut f.activity_ids, activity.id)} />
                        { activity.name.clone() }
                    </label>
                }
            })
            .collect()
    });
    let current = (*error).clone();
    html! {
        <form class="card" id="start-round" {onsubmit} novalidate=true>
            <h3>{ i18n.t("surveys.new_round") }</h3>
            <ErrorBanner error={current.clone()} />
            <label for="round-questionnaire">{ i18n.t("surveys.questionnaire") }</label>
            <select id="round-questionnaire" onchange={edit_select(&form, |f, v| f.questionnaire_id = v.parse().unwrap_or(QuestionnaireId(0)))}>
                { questionnaires }
            </select>
            <FieldErrors error={current.clone()} path="questionnaire_id" id="round-questionnaire-errors" />
            <label for="round-title">{ i18n.t("surveys.round_title") }</label>
            <input id="round-title" value={form.title.clone()} oninput={edit(&form, |f, v| f.title = v)} />
            <FieldErrors error={current.clone()} path="title" id="round-title-errors" />
            <label for="round-opens">{ i18n.t("surveys.opens") }</label>
            <input id="round-opens" type="date" value={form.opens_on.to_string()}
                oninput={edit(&form, |f, v| if let Ok(day) = v.parse() { f.opens_on = day })} />
            <label for="round-closes">{ i18n.t("surveys.closes") }</label>
            <input id="round-closes" type="date" value={form.closes_on.to_string()}
                oninput={edit(&form, |f, v| if let Ok(day) = v.parse() { f.closes_on = day })} />
            <FieldErrors error={current.clone()} path="closes_on" id="round-closes-errors" />
            <label for="round-language">{ i18n.t("surveys.language") }</label>
            <select id="round-language" onchange={edit_select(&form, |f, v| f.language = v)}>{ languages }</select>
            <fieldset>
                <legend>{ i18n.t("surveys.where") }</legend>
                { units }
            </fieldset>
            <FieldErrors error={current.clone()} path="unit_ids" id="round-units-errors" />
            <fieldset>
                <legend>{ i18n.t("surveys.activities") }</legend>
                { activities }
            </fieldset>
            <FieldErrors error={current} path="activity_ids" id="round-activities-errors" />
            <button type="submit" id="round-start">{ i18n.t("surveys.start") }</button>
        </form>
    }
}
