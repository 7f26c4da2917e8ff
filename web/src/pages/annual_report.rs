//! The annual report: the year's figures and charts, the aims of the year followed up, the
//! survey rounds and the organisation's written analysis (which the org admin writes here), laid out to print.

use chrono::Datelike;
use logbook_shared::ErrorBody;
use logbook_shared::follow_up::AimYear;
use logbook_shared::reports::AnalysisInput;
use logbook_shared::surveys::{RoundSummary, SurveyTemplate, in_language};
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use crate::api;
use crate::clock::{YEARS_BACK, today};
use crate::components::errors::ErrorBanner;
use crate::components::form::act;
use crate::components::indicator_view::{metric_name, values_table};
use crate::components::loading::show;
use crate::components::plan_editor::plan_text;
use crate::components::report_figures::{figures_table, visits_by_gender_chart};
use crate::hooks::use_load;
use crate::i18n::{I18n, use_i18n};
use crate::state::session::{Session, use_session};

#[component]
pub fn AnnualReportPage() -> Html {
    let i18n = use_i18n();
    let session = use_session();
    let writes =
        matches!(session.as_deref(), Some(Session::SignedIn(me)) if me.may.administer_organisation);
    let this_year = today().year();
    let year = use_state(|| this_year);
    let annual = use_load(*year, api::reports::annual);
    let surveys = use_load((), |()| api::surveys::templates());
    let analysis = use_state(String::new);
    let saved = use_state(|| None::<Result<(), ErrorBody>>);
    // Why the last PDF download failed.
    let pdf_failed = use_state(|| None::<ErrorBody>);
    {
        // The text box starts from the year's stored analysis once it is loaded.
        let analysis = analysis.clone();
        let stored = annual
            .ready()
            .map(|report| (report.year, report.analysis.clone()));
        use_effect_with(stored, move |stored| {
            if let Some((_, text)) = stored {
                analysis.set(text.clone());
            }
        });
    }
    let years: Html = (this_year - YEARS_BACK..=this_year)
        .rev()
        .map(|y| html! { <option value={y.to_string()} selected={*year == y}>{ y }</option> })
        .collect();
    let on_year = {
        let (year, saved) = (year.clone(), saved.clone());
        Callback::from(move |event: Event| {
            let value = event
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value();
            if let Ok(chosen) = value.parse() {
                saved.set(None);
                year.set(chosen);
            }
        })
    };
    let on_text = {
        let analysis = analysis.clone();
        Callback::from(move |event: InputEvent| {
            analysis.set(event.target_unchecked_into::<HtmlTextAreaElement>().value())
        })
    };
    let save = {
        let (analysis, saved, year) = (analysis.clone(), saved.clone(), *year);
        Callback::from(move |_: MouseEvent| {
            let body = AnalysisInput {
                analysis: (*analysis).clone(),
            };
            let saved = saved.clone();
            wasm_bindgen_futures::spawn_local(async move {
                saved.set(Some(api::reports::save_analysis(year, &body).await));
            });
        })
    };
    let print = Callback::from(|_: MouseEvent| {
        if let Some(window) = web_sys::window() {
            let _ = window.print();
        }
    });
    let pdf = {
        let year = *year;
        act(
            move || api::reports::download_annual(year),
            &pdf_failed,
            &Callback::noop(),
        )
    };
    let survey_list = surveys.ready().cloned().unwrap_or_default();
    let body = show(&annual, |report| {
        // The organisation's own aims, to a reader of some units only: titles, no figures.
        let aims: Html = report
                .aims_not_followed()
                .map(|aim| html! { <li key={aim.id.get()}>{ format!("{} ({} – {})", aim.title, i18n.date(aim.period_from), i18n.date(aim.period_to)) }</li> })
                .collect();
        html! {
            <>
                <h2>{ i18n.t("report.figures") }</h2>
                { figures_table(&i18n, &report.report.total, None) }
                <div class="charts">{ visits_by_gender_chart(&i18n, &report.report) }</div>
                <h2>{ i18n.t("annual.aims") }</h2>
                if report.aims.is_empty() { <p>{ i18n.t("annual.no_aims") }</p> }
                { for report.follow_up.iter().map(|year| aim_year(&i18n, year, &survey_list)) }
                <ul id="annual-aims">{ aims }</ul>
                <h2>{ i18n.t("annual.surveys") }</h2>
                if report.surveys.is_empty() { <p>{ i18n.t("annual.no_surveys") }</p> }
                { for report.surveys.iter().map(|survey| survey_summary(&i18n, survey)) }
                <h2 id="annual-analysis-title">{ i18n.t("annual.analysis") }</h2>
                if writes {
                    <textarea id="annual-analysis" class="no-print" rows="10" aria-labelledby="annual-analysis-title"
                        value={(*analysis).clone()} oninput={on_text} />
                    <button type="button" class="no-print" id="annual-save" onclick={save}>{ i18n.t("annual.save") }</button>
                    if let Some(Ok(())) = &*saved { <p role="status" id="annual-saved" class="no-print">{ i18n.t("annual.saved") }</p> }
                    if let Some(Err(error)) = &*saved { <ErrorBanner error={Some(error.clone())} /> }
                }
                <p id="annual-analysis-text" class={classes!("analysis", writes.then_some("print-only"))}>{ (*analysis).clone() }</p>
            </>
        }
    });
    html! {
        <section class="annual-report">
            <h1>{ i18n.t_with("annual.title", &[("year", &year.to_string())]) }</h1>
            <div class="no-print">
                <label for="annual-year">{ i18n.t("annual.year") }</label>
                <select id="annual-year" onchange={on_year}>{ years }</select>
                <button type="button" class="secondary" id="annual-print" onclick={print}>{ i18n.t("annual.print") }</button>
                <button type="button" class="secondary" id="annual-pdf" onclick={pdf}>{ i18n.t("annual.pdf") }</button>
            </div>
            <ErrorBanner error={(*pdf_failed).clone()} />
            { body }
        </section>
    }
}

/// A round that closed in the year: each 1–5 question's average and share agreeing for
/// everyone, or why nothing shows.
fn survey_summary(i18n: &I18n, survey: &RoundSummary) -> Html {
    let results = &survey.results;
    let answers = results.responses.to_string();
    let heading = format!(
        "{} ({} – {}): {}",
        survey.title,
        i18n.date(survey.opens_on),
        i18n.date(survey.closes_on),
        i18n.t_with("surveys.answers", &[("count", answers)])
    );
    let id = format!("annual-survey-{}", survey.round_id);
    if !results.shown {
        let min = results.min_responses.to_string();
        return html! {
            <div id={id}>
                <h3>{ heading }</h3>
                <p>{ i18n.t_with("surveys.results_too_few", &[("min", min)]) }</p>
            </div>
        };
    }
    let rows: Html = results
        .groups
        .iter()
        .flat_map(|group| &group.questions)
        .filter_map(|result| {
            let (mean, agreeing) = (result.mean?, result.agreeing_percent?);
            let question = survey.questions.iter().find(|q| q.key == result.key)?;
            let text = in_language(&question.text, i18n.language.tag(), &survey.language);
            Some(html! {
                <tr>
                    <th scope="row">{ text }</th>
                    <td>{ i18n.decimal(mean, 1) }</td>
                    <td>{ i18n.percent(agreeing) }</td>
                </tr>
            })
        })
        .collect();
    html! {
        <div id={id}>
            <h3>{ heading }</h3>
            <div class="table-scroll" tabindex="0">
                <table class="figures">
                    <thead><tr>
                        <th scope="col">{ i18n.t("surveys.column.question") }</th>
                        <th scope="col">{ i18n.t("surveys.column.mean") }</th>
                        <th scope="col">{ i18n.t("surveys.column.agreeing") }</th>
                    </tr></thead>
                    <tbody>{ rows }</tbody>
                </table>
            </div>
        </div>
    }
}

/// An aim over the year: each indicator's value beside its target and status, then the plan.
fn aim_year(i18n: &I18n, year: &AimYear, surveys: &[SurveyTemplate]) -> Html {
    let aim = &year.aim;
    let rows = aim
        .indicators
        .iter()
        .zip(&year.values)
        .map(|(indicator, value)| {
            let name = metric_name(
                i18n,
                indicator.metric,
                indicator.survey_question.as_ref(),
                surveys,
            );
            (name, indicator, value)
        })
        .collect();
    html! {
        <div class="annual-aim" id={format!("annual-aim-{}", aim.id)}>
            <h3>{ format!("{} ({} – {})", aim.title, i18n.date(aim.period_from), i18n.date(aim.period_to)) }</h3>
            if !aim.indicators.is_empty() {
                { values_table(i18n, &i18n.t("aim.metric"), rows) }
            }
            <h4>{ i18n.t("follow.plan") }</h4>
            { plan_text(i18n, year.plan.as_ref()) }
        </div>
    }
}
