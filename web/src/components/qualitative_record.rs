//! The qualitative record of a report's period: notes and reflection answers by activity,
//! a page at a time, with a text search. Staff only (notes are not for viewers).

use logbook_shared::ErrorBody;
use logbook_shared::reports::{ActivityRecord, RecordPage, ReportSelection};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::api;
use crate::components::errors::ErrorBanner;
use crate::components::loading::show;
use crate::hooks::{use_debounced, use_load};
use crate::i18n::use_i18n;

/// How long typing pauses before the search is asked for.
const SEARCH_PAUSE_MS: u32 = 300;
/// Entries asked for at a time: a year's record is thousands (the server pages it).
const PAGE: i64 = 25;

#[derive(Properties, PartialEq)]
pub struct QualitativeRecordProps {
    pub query: ReportSelection,
}

#[component]
pub fn QualitativeRecord(props: &QualitativeRecordProps) -> Html {
    let i18n = use_i18n();
    let text = use_state(String::new);
    let searched = use_debounced((*text).clone(), SEARCH_PAUSE_MS);
    let asked = (props.query.clone(), searched);
    let record = use_load(asked.clone(), |(query, text)| async move {
        api::reports::record(&query, &text, PAGE, None).await
    });
    let on_text = {
        let text = text.clone();
        Callback::from(move |event: InputEvent| {
            text.set(event.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    // The pages after the first, fetched by "show more"; a new period or search drops them.
    let later = use_state(Vec::<RecordPage>::new);
    let failed = use_state(|| None::<ErrorBody>);
    {
        let (later, failed) = (later.clone(), failed.clone());
        use_effect_with(asked.clone(), move |_| {
            later.set(Vec::new());
            failed.set(None);
        });
    }
    let body = show(&record, |first| {
        let pages: Vec<&RecordPage> = std::iter::once(first).chain(later.iter()).collect();
        let activities = joined(&pages);
        if activities.is_empty() {
            return html! { <p>{ i18n.t("record.none") }</p> };
        }
        let shown: usize = activities
            .iter()
            .map(|activity| activity.entries.len())
            .sum();
        let left = usize::try_from(first.total)
            .unwrap_or(0)
            .saturating_sub(shown);
        let next = pages.last().and_then(|page| page.next_cursor);
        let more = {
            let (later, failed, (query, text)) = (later.clone(), failed.clone(), asked.clone());
            Callback::from(move |_: MouseEvent| {
                let (later, failed, query, text) =
                    (later.clone(), failed.clone(), query.clone(), text.clone());
                wasm_bindgen_futures::spawn_local(async move {
                    match api::reports::record(&query, &text, PAGE, next).await {
                        Ok(page) => {
                            let mut pages = (*later).clone();
                            pages.push(page);
                            later.set(pages);
                        }
                        Err(error) => failed.set(Some(error)),
                    }
                });
            })
        };
        let sections: Html = activities
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
            .collect();
        html! {
            <>
                { sections }
                <ErrorBanner error={(*failed).clone()} />
                if next.is_some() && left > 0 {
                    <button type="button" class="secondary" id="record-more" onclick={more}>
                        { i18n.t_with("record.more", &[("count", &left.to_string())]) }
                    </button>
                }
            </>
        }
    });
    html! {
        <section id="qualitative-record" aria-labelledby="record-title">
            <h2 id="record-title">{ i18n.t("record.title") }</h2>
            <label for="record-search">{ i18n.t("record.search") }</label>
            <input id="record-search" type="search" value={(*text).clone()} oninput={on_text} />
            { body }
        </section>
    }
}

/// The pages' activities in order, an activity that goes on from one page to the next as one.
fn joined(pages: &[&RecordPage]) -> Vec<ActivityRecord> {
    let mut activities: Vec<ActivityRecord> = Vec::new();
    for activity in pages.iter().flat_map(|page| &page.activities) {
        match activities.last_mut() {
            Some(last) if last.activity_id == activity.activity_id => {
                last.entries.extend(activity.entries.iter().cloned());
            }
            _ => activities.push(activity.clone()),
        }
    }
    activities
}
