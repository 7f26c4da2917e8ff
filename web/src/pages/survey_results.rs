//! A closed survey round's results: per question a chart of its answers, the average and the
//! share agreeing for a 1–5 scale, for everyone or per gender or age band (only the groups the
//! server lets show); the written answers where the reader may see them; CSV and XLSX.

use logbook_shared::ErrorBody;
use logbook_shared::ids::SurveyRoundId;
use logbook_shared::reports::ExportFormat;
use logbook_shared::surveys::{
    Breakdown, Question, QuestionKind, QuestionResult, RoundStatus, SurveyResults, SurveyRound,
    group_name, in_language,
};
use yew::prelude::*;

use crate::api;
use crate::components::charts::{Bar, BarChart};
use crate::components::errors::ErrorBanner;
use crate::components::form::act;
use crate::components::loading::show;
use crate::hooks::use_load;
use crate::i18n::{I18n, use_i18n};

#[derive(Properties, PartialEq)]
pub struct SurveyResultsProps {
    pub id: SurveyRoundId,
}

#[component]
pub fn SurveyResultsPage(props: &SurveyResultsProps) -> Html {
    let i18n = use_i18n();
    let round = use_load(props.id, api::surveys::round);
    show(&round, |round| {
        html! {
            <section>
                <h1>{ i18n.t_with("surveys.results_title", &[("title", round.title.clone())]) }</h1>
                if round.status == RoundStatus::Closed {
                    <RoundResults round={round.clone()} />
                } else {
                    <p>{ i18n.t("surveys.results_wait") }</p>
                }
            </section>
        }
    })
}

#[derive(Properties, PartialEq)]
struct RoundResultsProps {
    round: SurveyRound,
}

#[component]
fn RoundResults(props: &RoundResultsProps) -> Html {
    let i18n = use_i18n();
    let breakdown = use_state(|| None::<Breakdown>);
    let results = use_load((props.round.id, *breakdown), |(id, by)| {
        api::surveys::results(id, by)
    });
    let failed = use_state(|| None::<ErrorBody>);
    let on_breakdown = {
        let (breakdown, failed) = (breakdown.clone(), failed.clone());
        Callback::from(move |event: Event| {
            failed.set(None);
            let value = event
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value();
            breakdown.set(Breakdown::parse(&value));
        })
    };
    let id = props.round.id;
    let by = *breakdown;
    let saved = Callback::from(|()| ());
    let csv = act(
        move || api::surveys::download_results(id, by, ExportFormat::Csv),
        &failed,
        &saved,
    );
    let xlsx = act(
        move || api::surveys::download_results(id, by, ExportFormat::Xlsx),
        &failed,
        &saved,
    );
    let choices: Html = [None, Some(Breakdown::Gender), Some(Breakdown::AgeBand)]
        .into_iter()
        .map(|choice| {
            let value = choice.map_or("none", Breakdown::as_str);
            html! {
                <option value={value} selected={*breakdown == choice}>
                    { i18n.t(&format!("surveys.breakdown.{value}")) }
                </option>
            }
        })
        .collect();
    let body = show(&results, |results| figures(&i18n, &props.round, results));
    html! {
        <>
            <ErrorBanner error={(*failed).clone()} />
            <div class="actions">
                <label for="results-by">{ i18n.t("surveys.breakdown") }</label>
                <select id="results-by" onchange={on_breakdown}>{ choices }</select>
                <button type="button" class="secondary" id="results-csv" onclick={csv}>{ i18n.t("surveys.download_csv") }</button>
                <button type="button" class="secondary" id="results-xlsx" onclick={xlsx}>{ i18n.t("surveys.download_xlsx") }</button>
            </div>
            { body }
        </>
    }
}

fn figures(i18n: &I18n, round: &SurveyRound, results: &SurveyResults) -> Html {
    let min = results.min_responses.to_string();
    if !results.shown {
        return html! { <p id="results-too-few">{ i18n.t_with("surveys.results_too_few", &[("min", min)]) }</p> };
    }
    let language = i18n.language.tag();
    let text =
        |question: &Question| in_language(&question.text, language, &round.language).to_owned();
    let questions: Html = round
        .form
        .questions
        .iter()
        .filter(|question| question.kind != QuestionKind::FreeText)
        .map(|question| {
            let groups: Html = results
                .groups
                .iter()
                .filter_map(|group| {
                    let result = group
                        .questions
                        .iter()
                        .find(|result| result.key == question.key)?;
                    let name = group_name(&group.group, |key| i18n.t(key));
                    Some(question_figures(
                        i18n,
                        round,
                        question,
                        result,
                        &group.group,
                        &name,
                    ))
                })
                .collect();
            html! {
                <section class="card survey-question" id={format!("question-{}", question.key)}>
                    <h2>{ text(question) }</h2>
                    { groups }
                </section>
            }
        })
        .collect();
    let words: Html = results
        .free_text
        .iter()
        .filter_map(|answers| {
            let question = round.form.questions.iter().find(|q| q.key == answers.key)?;
            let items: Html = answers
                .answers
                .iter()
                .map(|answer| html! { <li>{ answer.clone() }</li> })
                .collect();
            Some(html! {
                <>
                    <h3>{ text(question) }</h3>
                    if answers.answers.is_empty() { <p>{ i18n.t("surveys.no_free_text") }</p> }
                    <ul class="free-text">{ items }</ul>
                </>
            })
        })
        .collect();
    let answers = results.responses.to_string();
    html! {
        <>
            <p id="results-count">{ i18n.t_with("surveys.answers", &[("count", answers)]) }</p>
            <p>{ i18n.t_with("surveys.breakdown_note", &[("min", min)]) }</p>
            { questions }
            if !results.free_text.is_empty() {
                <section class="card" id="free-text">
                    <h2>{ i18n.t("surveys.free_text") }</h2>
                    { words }
                </section>
            }
        </>
    }
}

/// One group's answers to one question: a chart, and for a 1–5 scale the average and the
/// share agreeing.
fn question_figures(
    i18n: &I18n,
    round: &SurveyRound,
    question: &Question,
    result: &QuestionResult,
    group: &str,
    name: &str,
) -> Html {
    if !result.shown {
        return html! { <p><strong>{ name }</strong>{ ": " }{ i18n.t("surveys.hidden") }</p> };
    }
    let language = i18n.language.tag();
    let answers_label = i18n.t("surveys.column.count");
    let bars: Vec<Bar> = result
        .counts
        .iter()
        .map(|count| {
            let label = question
                .options
                .iter()
                .find(|option| option.key == count.value)
                .map_or_else(
                    || count.value.clone(),
                    |option| in_language(&option.label, language, &round.language).to_owned(),
                );
            Bar {
                label,
                parts: vec![(answers_label.clone(), count.count as f64)],
            }
        })
        .collect();
    let title = if question.kind == QuestionKind::Likert {
        let end = |labels| in_language(labels, language, &round.language).to_owned();
        format!(
            "{name} — 1 = {}, 5 = {}",
            end(&question.low_label),
            end(&question.high_label)
        )
    } else {
        name.to_owned()
    };
    let summary = match (result.mean, result.agreeing_percent) {
        (Some(mean), Some(agreeing)) => html! {
            <p class="survey-summary">
                { i18n.t_with("surveys.mean", &[("value", i18n.decimal(mean, 1))]) }
                { " · " }
                { i18n.t_with("surveys.agreeing", &[("value", i18n.percent(agreeing))]) }
            </p>
        },
        _ => html! {},
    };
    html! {
        <div class="survey-group">
            <BarChart id={format!("chart-{}-{group}", question.key)} title={title} bars={bars} />
            { summary }
        </div>
    }
}
