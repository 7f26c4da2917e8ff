//! Setting an aim (org admins for the organisation, unit managers for their units): its
//! title, where and when it holds, and its indicators — what each measures, at least or at
//! most which target, per month, quarter or year, and below how many "not enough data". A
//! changed target is kept in the indicator's history from the day given.

use logbook_shared::ErrorBody;
use logbook_shared::aims::{
    Aim, AimInput, Comparator, Grain, IndicatorInput, Metric, SurveyQuestionRef,
};
use logbook_shared::ids::AimId;
use logbook_shared::periods::calendar_year;
use logbook_shared::surveys::{QuestionKind, SurveyTemplate, in_language};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;
use yew_router::prelude::*;

use crate::api;
use crate::clock::today;
use crate::components::errors::{ErrorBanner, FieldErrors};
use crate::components::form::{edit, edit_select, options, submit, unit_options};
use crate::components::indicator_view::metric_name;
use crate::components::loading::show;
use crate::hooks::use_load;
use crate::i18n::{I18n, use_i18n};
use crate::route::Route;
use crate::state::session::{Session, use_session};
use crate::state::structure::use_structure;

#[derive(Properties, PartialEq)]
pub struct AimEditorPageProps {
    /// None: a new aim.
    pub id: Option<AimId>,
}

/// The form an aim starts from: the stored aim with each indicator's current target.
fn input_of(aim: &Aim) -> AimInput {
    AimInput {
        title: aim.title.clone(),
        unit_id: aim.unit_id,
        period_from: aim.period_from,
        period_to: aim.period_to,
        archived: aim.archived,
        indicators: Some(
            aim.indicators
                .iter()
                .map(|indicator| IndicatorInput {
                    id: Some(indicator.id),
                    metric: indicator.metric,
                    survey_question: indicator.survey_question.clone(),
                    comparator: indicator.comparator,
                    target: indicator.current_target(),
                    target_from: None,
                    baseline: indicator.baseline,
                    grain: indicator.grain,
                    min_denominator: indicator.min_denominator,
                })
                .collect(),
        ),
    }
}

fn new_indicator() -> IndicatorInput {
    IndicatorInput {
        id: None,
        metric: Metric::ShareGirls,
        survey_question: None,
        comparator: Comparator::AtLeast,
        target: 40.0,
        target_from: None,
        baseline: None,
        grain: Grain::Quarter,
        min_denominator: 15,
    }
}

#[component]
pub fn AimEditorPage(props: &AimEditorPageProps) -> Html {
    let session = use_session();
    let first_unit = match session.as_deref() {
        Some(Session::SignedIn(me)) if !me.may.administer_organisation => {
            me.unit_ids.first().copied()
        }
        _ => None,
    };
    let stored = use_load(props.id, move |id| async move {
        match id {
            Some(id) => api::aims::aim(id).await.map(|aim| input_of(&aim)),
            None => {
                let (period_from, period_to) = calendar_year(today());
                Ok(AimInput {
                    title: String::new(),
                    unit_id: first_unit,
                    period_from,
                    period_to,
                    archived: false,
                    indicators: Some(vec![new_indicator()]),
                })
            }
        }
    });
    let surveys = use_load((), |()| api::surveys::templates());
    let id = props.id;
    show(&stored, |start| {
        show(&surveys, |surveys| {
            html! { <AimForm {id} start={start.clone()} surveys={surveys.clone()} /> }
        })
    })
}

#[derive(Properties, PartialEq)]
struct AimFormProps {
    id: Option<AimId>,
    start: AimInput,
    surveys: Vec<SurveyTemplate>,
}

/// A change to one indicator of the form.
type IndicatorEdit = fn(&mut IndicatorInput, String);

#[component]
fn AimForm(props: &AimFormProps) -> Html {
    let i18n = use_i18n();
    let session = use_session();
    let structure = use_structure();
    let form = use_state(|| props.start.clone());
    let error = use_state(|| None::<ErrorBody>);
    let navigator = use_navigator();
    let (administers, own_units) = match session.as_deref() {
        Some(Session::SignedIn(me)) => (me.may.administer_organisation, me.unit_ids.clone()),
        _ => Default::default(),
    };
    let id = props.id;
    let save = move |body: AimInput| async move {
        match id {
            Some(id) => api::aims::update_aim(id, &body).await,
            None => api::aims::create_aim(&body).await,
        }
    };
    let saved = Callback::from(move |_: Aim| {
        if let Some(navigator) = &navigator {
            navigator.push(&Route::FollowUp);
        }
    });
    let current_form = form.clone();
    let onsubmit = submit(&form, &error, save, &saved, move || (*current_form).clone());
    let units: Html = show(&structure, |structure| {
        unit_options(&structure.units, &own_units, form.unit_id)
    });
    let change = |index: usize, apply: IndicatorEdit| {
        let form = form.clone();
        move |value: String| {
            let mut next = (*form).clone();
            if let Some(indicator) = next
                .indicators
                .as_mut()
                .and_then(|list| list.get_mut(index))
            {
                apply(indicator, value);
            }
            form.set(next);
        }
    };
    let on_input = |index: usize, apply: IndicatorEdit| {
        let change = change(index, apply);
        Callback::from(move |event: InputEvent| {
            change(event.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    let on_select = |index: usize, apply: IndicatorEdit| {
        let change = change(index, apply);
        Callback::from(move |event: Event| {
            change(event.target_unchecked_into::<HtmlSelectElement>().value())
        })
    };
    let questions = survey_questions(&i18n, &props.surveys);
    let current = (*error).clone();
    let list = form.indicators.clone().unwrap_or_default();
    let indicators: Html = list
        .iter()
        .enumerate()
        .map(|(index, indicator)| {
            let field = |name: &str| format!("indicator-{index}-{name}");
            let path = |name: &str| format!("indicators[{index}].{name}");
            let metrics: Html = Metric::ALL
                .iter()
                .map(|metric| {
                    let question = SurveyQuestionRef { template: String::new(), question: "…".into() };
                    let name = metric_name(&i18n, *metric, (*metric == Metric::SurveyAgreeing).then_some(&question), &[]);
                    html! { <option value={metric.as_str()} selected={*metric == indicator.metric}>{ name }</option> }
                })
                .collect();
            let chosen = indicator
                .survey_question
                .as_ref()
                .map(|asked| format!("{}:{}", asked.template, asked.question));
            let question_options: Html = questions
                .iter()
                .map(|(value, text)| html! { <option value={value.clone()} selected={chosen.as_ref() == Some(value)}>{ text.clone() }</option> })
                .collect();
            let remove = {
                let form = form.clone();
                Callback::from(move |_: MouseEvent| {
                    let mut next = (*form).clone();
                    if let Some(list) = next.indicators.as_mut() {
                        list.remove(index);
                    }
                    form.set(next);
                })
            };
            let kept = indicator.id.is_some();
            html! {
                <fieldset class="indicator-edit" key={index}>
                    <legend>{ i18n.t_with("aim.indicator", &[("number", (index + 1).to_string())]) }</legend>
                    <FieldErrors error={current.clone()} path={path("id")} id={field("id-error")} />
                    <label for={field("metric")}>{ i18n.t("aim.metric") }</label>
                    <select id={field("metric")} onchange={on_select(index, |indicator, value| {
                        if let Some(metric) = Metric::parse(&value) {
                            indicator.metric = metric;
                            if metric != Metric::SurveyAgreeing {
                                indicator.survey_question = None;
                            }
                        }
                    })}>{ metrics }</select>
                    if indicator.metric == Metric::SurveyAgreeing {
                        <label for={field("question")}>{ i18n.t("aim.question") }</label>
                        <select id={field("question")} aria-describedby={field("question-error")} onchange={on_select(index, |indicator, value| {
                            indicator.survey_question = value.split_once(':').map(|(template, question)| SurveyQuestionRef {
                                template: template.to_owned(),
                                question: question.to_owned(),
                            });
                        })}>
                            <option value="" selected={chosen.is_none()}>{ "–" }</option>
                            { question_options }
                        </select>
                        <FieldErrors error={current.clone()} path={path("survey_question")} id={field("question-error")} />
                    }
                    <label for={field("comparator")}>{ i18n.t("aim.comparator") }</label>
                    <select id={field("comparator")} onchange={on_select(index, |indicator, value| {
                        if let Some(comparator) = Comparator::parse(&value) { indicator.comparator = comparator; }
                    })}>{ options(&i18n, Comparator::ALL, "aim.comparator", indicator.comparator, Comparator::as_str) }</select>
                    <label for={field("target")}>{ i18n.t("aim.target") }</label>
                    <input id={field("target")} type="number" step="any" inputmode="decimal" value={indicator.target.to_string()}
                        aria-describedby={field("target-error")}
                        oninput={on_input(index, |indicator, value| if let Ok(number) = value.trim().replace(',', ".").parse() { indicator.target = number; })} />
                    <FieldErrors error={current.clone()} path={path("target")} id={field("target-error")} />
                    if kept {
                        <label for={field("target_from")}>{ i18n.t("aim.target_from") }</label>
                        <input id={field("target_from")} type="date"
                            value={indicator.target_from.map(|day| day.to_string()).unwrap_or_default()}
                            aria-describedby={field("target_from-error")}
                            oninput={on_input(index, |indicator, value| indicator.target_from = value.parse().ok())} />
                        <FieldErrors error={current.clone()} path={path("target_from")} id={field("target_from-error")} />
                    }
                    <label for={field("baseline")}>{ i18n.t("aim.baseline") }</label>
                    <input id={field("baseline")} type="number" step="any" inputmode="decimal"
                        value={indicator.baseline.map(|value| value.to_string()).unwrap_or_default()}
                        aria-describedby={field("baseline-error")}
                        oninput={on_input(index, |indicator, value| indicator.baseline = value.trim().replace(',', ".").parse().ok())} />
                    <FieldErrors error={current.clone()} path={path("baseline")} id={field("baseline-error")} />
                    <label for={field("grain")}>{ i18n.t("aim.grain") }</label>
                    <select id={field("grain")} onchange={on_select(index, |indicator, value| {
                        if let Some(grain) = Grain::parse(&value) { indicator.grain = grain; }
                    })}>{ options(&i18n, Grain::ALL, "aim.grain", indicator.grain, Grain::as_str) }</select>
                    <label for={field("min")}>{ i18n.t("aim.min_denominator") }</label>
                    <input id={field("min")} type="number" inputmode="numeric" min="1" value={indicator.min_denominator.to_string()}
                        aria-describedby={field("min-error")}
                        oninput={on_input(index, |indicator, value| if let Ok(number) = value.trim().parse() { indicator.min_denominator = number; })} />
                    <FieldErrors error={current.clone()} path={path("min_denominator")} id={field("min-error")} />
                    <button type="button" class="secondary" onclick={remove}>{ i18n.t("aim.remove_indicator") }</button>
                </fieldset>
            }
        })
        .collect();
    let add = {
        let form = form.clone();
        Callback::from(move |_: MouseEvent| {
            let mut next = (*form).clone();
            next.indicators
                .get_or_insert_with(Vec::new)
                .push(new_indicator());
            form.set(next);
        })
    };
    let on_archived = {
        let form = form.clone();
        Callback::from(move |_: Event| {
            let mut next = (*form).clone();
            next.archived = !next.archived;
            form.set(next);
        })
    };
    let title = match props.id {
        Some(_) => i18n.t("aim.edit"),
        None => i18n.t("aim.new"),
    };
    html! {
        <section>
            <h1>{ title }</h1>
            <form class="builder" id="aim-editor" {onsubmit} novalidate=true>
                <ErrorBanner error={current.clone()} />
                <label for="aim-title">{ i18n.t("aim.name") }</label>
                <input id="aim-title" value={form.title.clone()} aria-describedby="aim-title-error"
                    oninput={edit(&form, |form, value| form.title = value)} />
                <FieldErrors error={current.clone()} path="title" id="aim-title-error" />
                <label for="aim-unit">{ i18n.t("aim.unit") }</label>
                <select id="aim-unit" onchange={edit_select(&form, |form, value| form.unit_id = value.parse().ok())}>
                    if administers {
                        <option value="" selected={form.unit_id.is_none()}>{ i18n.t("follow.organisation") }</option>
                    }
                    { units }
                </select>
                <label for="aim-from">{ i18n.t("aim.from") }</label>
                <input id="aim-from" type="date" value={form.period_from.to_string()} aria-describedby="aim-from-error"
                    oninput={edit(&form, |form, value| if let Ok(day) = value.parse() { form.period_from = day; })} />
                <FieldErrors error={current.clone()} path="period_from" id="aim-from-error" />
                <label for="aim-to">{ i18n.t("aim.to") }</label>
                <input id="aim-to" type="date" value={form.period_to.to_string()} aria-describedby="aim-to-error"
                    oninput={edit(&form, |form, value| if let Ok(day) = value.parse() { form.period_to = day; })} />
                <FieldErrors error={current.clone()} path="period_to" id="aim-to-error" />
                if props.id.is_some() {
                    <label class="check"><input type="checkbox" checked={form.archived} onchange={on_archived} />{ i18n.t("aim.archived") }</label>
                }
                <h2>{ i18n.t("aim.indicators") }</h2>
                { indicators }
                <FieldErrors error={current.clone()} path="indicators" id="aim-indicators-error" />
                <div class="actions">
                    <button type="button" class="secondary" id="aim-add-indicator" onclick={add}>{ i18n.t("aim.add_indicator") }</button>
                    <button type="submit" id="aim-save">{ i18n.t("aim.save") }</button>
                </div>
            </form>
        </section>
    }
}

/// The built-in surveys' 1–5 questions as `template:key` and their text.
fn survey_questions(i18n: &I18n, surveys: &[SurveyTemplate]) -> Vec<(String, String)> {
    surveys
        .iter()
        .flat_map(|survey| {
            let name = in_language(&survey.name, i18n.language.tag(), "en").to_owned();
            survey
                .questions
                .iter()
                .filter(|question| question.kind == QuestionKind::Likert)
                .map(move |question| {
                    let text = in_language(&question.text, i18n.language.tag(), "en");
                    (
                        format!("{}:{}", survey.key, question.key),
                        format!("{name}: {text}"),
                    )
                })
        })
        .collect()
}
