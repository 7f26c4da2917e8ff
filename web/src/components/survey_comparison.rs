//! A network's members' results of one built-in survey this year, side by side: per 1–5
//! question a table of each member, all shown members together and the median. Members with
//! too few answers say so; nothing of theirs is in the total.

use logbook_shared::ids::NetworkId;
use logbook_shared::surveys::{
    ComparedQuestion, SurveyComparison, SurveyComparisonQuery, in_language,
};
use yew::prelude::*;

use crate::api;
use crate::clock::{YEARS_BACK, today};
use crate::components::loading::show;
use crate::hooks::use_load;
use crate::i18n::{I18n, use_i18n};

#[derive(Properties, PartialEq)]
pub struct SurveyComparisonProps {
    pub network: NetworkId,
}

#[component]
pub fn SurveyComparisonView(props: &SurveyComparisonProps) -> Html {
    use chrono::Datelike;
    let i18n = use_i18n();
    let templates = use_load((), |()| api::surveys::templates());
    let template = use_state(|| "meeting_place".to_owned());
    let this_year = today().year();
    let year = use_state(|| this_year);
    let query = SurveyComparisonQuery {
        template: (*template).clone(),
        year: *year,
    };
    let network = props.network;
    let compared = use_load(query, move |query| async move {
        api::networks::survey_comparison(network, &query).await
    });
    let on_template = {
        let template = template.clone();
        Callback::from(move |event: Event| {
            let value = event
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value();
            template.set(value);
        })
    };
    let on_year = {
        let year = year.clone();
        Callback::from(move |event: Event| {
            let value = event
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value();
            if let Ok(chosen) = value.parse() {
                year.set(chosen);
            }
        })
    };
    let years: Html = (this_year - YEARS_BACK..=this_year)
        .rev()
        .map(|y| html! { <option value={y.to_string()} selected={*year == y}>{ y }</option> })
        .collect();
    let language = i18n.language.tag().to_owned();
    let choices = show(&templates, |templates| {
        templates
            .iter()
            .map(|built_in| {
                html! {
                    <option value={built_in.key.clone()} selected={*template == built_in.key}>
                        { in_language(&built_in.name, &language, "en") }
                    </option>
                }
            })
            .collect()
    });
    html! {
        <div id="survey-comparison">
            <p class="muted">{ i18n.t("network.surveys_intro") }</p>
            <label for="survey-template">{ i18n.t("network.survey_template") }</label>
            <select id="survey-template" onchange={on_template}>{ choices }</select>
            <label for="survey-year">{ i18n.t("annual.year") }</label>
            <select id="survey-year" onchange={on_year}>{ years }</select>
            { show(&compared, |compared| questions(&i18n, compared)) }
        </div>
    }
}

fn questions(i18n: &I18n, compared: &SurveyComparison) -> Html {
    let language = i18n.language.tag();
    compared
        .questions
        .iter()
        .enumerate()
        .map(|(index, question)| {
            let row = |name: String, answers: Option<i64>, figures: Option<&ComparedQuestion>| {
                let shown = figures.and_then(|figures| figures.mean.zip(figures.agreeing_percent));
                html! {
                    <tr>
                        <th scope="row">{ name }</th>
                        <td>{ answers.map_or_else(String::new, |count| i18n.count(count)) }</td>
                        if let Some((mean, agreeing)) = shown {
                            <td>{ i18n.decimal(mean, 1) }</td>
                            <td>{ i18n.percent(agreeing) }</td>
                        } else {
                            <td colspan="2">{ i18n.t("network.survey_hidden") }</td>
                        }
                    </tr>
                }
            };
            let members: Html = compared
                .members
                .iter()
                .map(|member| row(member.name.clone(), member.responses, member.questions.get(index)))
                .collect();
            let total = compared.total.get(index);
            html! {
                <div class="table-scroll" tabindex="0" id={format!("compared-{}", question.key)}>
                    <table class="figures">
                        <caption>{ in_language(&question.text, language, "en") }</caption>
                        <thead><tr>
                            <th scope="col">{ i18n.t("network.survey_member") }</th>
                            <th scope="col">{ i18n.t("surveys.column.count") }</th>
                            <th scope="col">{ i18n.t("surveys.column.mean") }</th>
                            <th scope="col">{ i18n.t("surveys.column.agreeing") }</th>
                        </tr></thead>
                        <tbody>
                            { members }
                            { row(i18n.t("network.survey_total"), total.and_then(|total| total.answered), total) }
                            { row(i18n.t("network.median"), None, compared.median.get(index)) }
                        </tbody>
                    </table>
                </div>
            }
        })
        .collect()
}
