//! The organisation's topic list (org admin): rename, archive or restore, add.

use logbook_shared::ErrorBody;
use logbook_shared::structure::{ArchivedFilter, Topic, TopicInput};
use yew::prelude::*;

use crate::api;
use crate::components::errors::{ErrorBanner, FieldErrors};
use crate::components::form::{act, edit, submit};
use crate::components::loading::show;
use crate::components::structure_forms::topic_name;
use crate::hooks::use_load;
use crate::i18n::use_i18n;

#[component]
pub fn TopicsEditor() -> Html {
    let i18n = use_i18n();
    let topics = use_load((), |()| async {
        api::structure::topics(&ArchivedFilter::default()).await
    });
    let reload = topics.reload.clone();
    let rows = show(&topics, |topics| {
        let rows: Html = topics
            .iter()
            .map(|topic| html! { <TopicRow key={topic.id.get()} topic={topic.clone()} on_saved={reload.clone()} /> })
            .collect();
        html! { <ul class="topics" id="topics">{ rows }</ul> }
    });
    html! {
        <section class="card">
            <h2>{ i18n.t("topics.title") }</h2>
            { rows }
            <TopicForm on_saved={reload.clone()} />
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct TopicRowProps {
    topic: Topic,
    on_saved: Callback<()>,
}

/// One topic: its name can be changed; archiving keeps it on the activities that have it.
#[component]
fn TopicRow(props: &TopicRowProps) -> Html {
    let i18n = use_i18n();
    let topic = &props.topic;
    let shown = TopicInput {
        name: topic_name(&i18n, topic),
        archived: topic.archived,
    };
    let form = use_state(|| shown.clone());
    let error = use_state(|| None::<ErrorBody>);
    let on_name = edit(&form, |form, value| form.name = value);
    let id = topic.id;
    let on_saved = props.on_saved.reform(|_: Topic| ());
    let onsubmit = submit(
        &form,
        &error,
        move |body: TopicInput| async move { api::structure::update_topic(id, &body).await },
        &on_saved,
        move || shown.clone(),
    );
    let toggle = {
        let body = TopicInput {
            name: topic.name.clone(),
            archived: !topic.archived,
        };
        let save = move || {
            let body = body.clone();
            async move { api::structure::update_topic(id, &body).await }
        };
        act(save, &error, &on_saved)
    };
    let id = format!("topic-{}", topic.id);
    html! {
        <li class={classes!("topic", topic.archived.then_some("archived"))}>
            <form class="band" {onsubmit} novalidate=true>
                <ErrorBanner error={(*error).clone()} />
                <input id={id.clone()} aria-label={i18n.t("structure.name")} value={form.name.clone()} oninput={on_name} />
                <button type="submit" class="link">{ i18n.t("structure.save") }</button>
                <button type="button" class="link" onclick={toggle}>
                    { if topic.archived { i18n.t("structure.restore") } else { i18n.t("structure.archive") } }
                </button>
                <FieldErrors error={(*error).clone()} path="name" id={format!("{id}-errors")} />
            </form>
        </li>
    }
}

#[derive(Properties, PartialEq)]
struct TopicFormProps {
    on_saved: Callback<()>,
}

#[component]
fn TopicForm(props: &TopicFormProps) -> Html {
    let i18n = use_i18n();
    let form = use_state(TopicInput::default);
    let error = use_state(|| None::<ErrorBody>);
    let on_name = edit(&form, |form, value| form.name = value);
    let on_saved = props.on_saved.reform(|_: Topic| ());
    let onsubmit = submit(
        &form,
        &error,
        |body: TopicInput| async move { api::structure::create_topic(&body).await },
        &on_saved,
        TopicInput::default,
    );
    html! {
        <form class="inline-form" {onsubmit} novalidate=true>
            <ErrorBanner error={(*error).clone()} />
            <label for="new-topic">{ i18n.t("topics.new") }</label>
            <input id="new-topic" value={form.name.clone()} oninput={on_name} />
            <FieldErrors error={(*error).clone()} path="name" id="new-topic-errors" />
            <button type="submit" id="add-topic" class="secondary">{ i18n.t("topics.add") }</button>
        </form>
    }
}
