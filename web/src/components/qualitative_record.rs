//! The qualitative record of a report's period: notes and reflection answers by activity,
//! with a text search. Staff only (notes are not for viewers).

use logbook_shared::ErrorBody;
use logbook_shared::reports::{ActivityRecord, ReportLayout, ReportSelection};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::api;
use crate::api::reports::query_string;
use crate::components::errors::ErrorBanner;
use crate::i18n::use_i18n;

#[derive(Properties, PartialEq)]
pub struct QualitativeRecordProps {
    pub query: ReportSelection,
}

#[component]
pub fn QualitativeRecord(props: &QualitativeRecordProps) -> Html {
    let i18n = use_i18n();
    let text = use_state(String::new);
    let record = use_state(|| None::<Result<Vec<ActivityRecord>, ErrorBody>>);
    {
        let record = record.clone();
        let path = format!(
            "/reports/record{}&q={}",
            query_string(&props.query, &ReportLayout::default()),
            js_sys::encode_uri_component(&text)
        );
        use_effect_with(path, move |path| {
            let path = path.clone();
            wasm_bindgen_futures::spawn_local(
                async move { record.set(Some(api::get(&path).await)) },
            );
        });
    }
    let on_text = {
        let text = text.clone();
        Callback::from(move |event: InputEvent| {
            text.set(event.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    let body = match &*record {
        None => html! { <p>{ i18n.t("app.loading") }</p> },
        Some(Err(error)) => html! { <ErrorBanner error={Some(error.clone())} /> },
        Some(Ok(activities)) if activities.is_empty() => html! { <p>{ i18n.t("record.none") }</p> },
        Some(Ok(activities)) => activities
            .iter()
            .map(|activity| {
                let entries: Html = activity
                    .entries
                    .iter()
                    .map(|entry| {
                        let answers: Html = entry
                            .answers
                            .iter()
                            .map(|answer| html! { <li><em>{ answer.question.clone() }</em>{ " " }{ answer.answer.clone() }</li> })
                            .collect();
                        html! {
                            <li key={entry.session_id.get()} class="record-entry">
                                <strong>{ entry.date.to_string() }</strong>
                                if !entry.notes.is_empty() { <p>{ entry.notes.clone() }</p> }
                                <ul>{ answers }</ul>
                            </li>
                        }
                    })
                    .collect();
                html! {
                    <section key={activity.activity_id.get()} class="record-activity">
                        <h3>{ activity.activity_name.clone() }</h3>
                        <ul>{ entries }</ul>
                    </section>
                }
            })
            .collect(),
    };
    html! {
        <section id="qualitative-record" aria-labelledby="record-title">
            <h2 id="record-title">{ i18n.t("record.title") }</h2>
            <label for="record-search">{ i18n.t("record.search") }</label>
            <input id="record-search" type="search" value={(*text).clone()} oninput={on_text} />
            { body }
        </section>
    }
}
