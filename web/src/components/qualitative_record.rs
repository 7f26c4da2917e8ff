//! The qualitative record of a report's period: notes and reflection answers by activity,
//! a page at a time, with a text search. Staff only (notes are not for viewers).

use logbook_shared::reports::ReportSelection;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::api;
use crate::components::loading::show;
use crate::hooks::{use_debounced, use_load};
use crate::i18n::use_i18n;

/// How long typing pauses before the search is asked for.
const SEARCH_PAUSE_MS: u32 = 300;
/// Entries shown at first, and added by "show more": a year's record is thousands.
const PAGE: usize = 25;

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
        api::reports::record(&query, &text).await
    });
    let on_text = {
        let text = text.clone();
        Callback::from(move |event: InputEvent| {
            text.set(event.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    // A page of entries at a time; a new period or search starts at the first page again.
    let shown = use_state(|| PAGE);
    {
        let shown = shown.clone();
        use_effect_with(asked, move |_| shown.set(PAGE));
    }
    let more = {
        let shown = shown.clone();
        Callback::from(move |_: MouseEvent| shown.set(*shown + PAGE))
    };
    let body = show(&record, |activities| {
        if activities.is_empty() {
            return html! { <p>{ i18n.t("record.none") }</p> };
        }
        let total: usize = activities
            .iter()
            .map(|activity| activity.entries.len())
            .sum();
        // How many of each activity's entries fit on the pages shown so far.
        let mut left = *shown;
        let taken: Vec<usize> = activities
            .iter()
            .map(|activity| {
                let taken = activity.entries.len().min(left);
                left -= taken;
                taken
            })
            .collect();
        let pages: Html = activities
            .iter()
            .zip(taken)
            .filter(|(_, taken)| *taken > 0)
            .map(|(activity, taken)| {
                let entries: Html = activity.entries[..taken]
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
                { pages }
                if total > *shown {
                    <button type="button" class="secondary" id="record-more" onclick={more.clone()}>
                        { i18n.t_with("record.more", &[("count", &(total - *shown).to_string())]) }
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
