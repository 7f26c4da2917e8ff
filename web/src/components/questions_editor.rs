//! The organisation's reflection questions (org admin): write them with translations, choose
//! the activity kinds and units they are asked for, retire or bring them back.

use logbook_shared::ids::QuestionId;
use logbook_shared::reflection::{
    ReflectionQuestion, ReflectionQuestionFilter, ReflectionQuestionInput,
};
use logbook_shared::structure::{ActivityKind, ArchivedFilter, Unit};
use logbook_shared::{ErrorBody, LANGUAGES};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::api;
use crate::components::errors::{ErrorBanner, FieldErrors};
use crate::components::form::{act, edit, submit, toggle_in};
use crate::components::loading::show;
use crate::hooks::use_load;
use crate::i18n::use_i18n;

/// The questions and the current units they can be asked in.
async fn load() -> Result<(Vec<ReflectionQuestion>, Vec<Unit>), ErrorBody> {
    let questions = api::structure::questions(&ReflectionQuestionFilter::default()).await?;
    let units = api::structure::units(&ArchivedFilter {
        archived: Some(false),
    })
    .await?;
    Ok((questions, units))
}

#[component]
pub fn QuestionsEditor() -> Html {
    let i18n = use_i18n();
    let loaded = use_load((), |()| load());
    let editing = use_state(|| None::<QuestionId>);
    // Why the last retire or bring-back failed.
    let failed = use_state(|| None::<ErrorBody>);
    let reload = {
        let (editing, reload) = (editing.clone(), loaded.reload.clone());
        Callback::from(move |()| {
            editing.set(None);
            reload.emit(());
        })
    };
    let body = show(&loaded, |(questions, units)| {
        let rows: Html = questions
            .iter()
            .map(|question| {
                let is_open = *editing == Some(question.id);
                let toggle_edit = {
                    let (editing, id) = (editing.clone(), question.id);
                    Callback::from(move |_: MouseEvent| editing.set((!is_open).then_some(id)))
                };
                let retire = {
                    let body = ReflectionQuestionInput {
                        retired: !question.retired,
                        ..ReflectionQuestionInput::from(question)
                    };
                    let id = question.id;
                    let save = move || {
                        let body = body.clone();
                        async move { api::structure::update_question(id, &body).await }
                    };
                    act(save, &failed, &reload.reform(|_: ReflectionQuestion| ()))
                };
                let kinds: Html = question
                    .activity_kinds
                    .iter()
                    .map(|kind| html! { <span class="tag">{ i18n.t(&format!("kind.{}", kind.as_str())) }</span> })
                    .collect();
                html! {
                    <li key={question.id.get()} class={classes!("question", question.retired.then_some("archived"))}>
                        <span class="name">{ question.text.clone() }</span>
                        { kinds }
                        if question.retired { <span class="tag">{ i18n.t("questions.retired") }</span> }
                        <button type="button" class="link" onclick={toggle_edit}>{ i18n.t("structure.edit") }</button>
                        <button type="button" class="link" onclick={retire}>
                            { if question.retired { i18n.t("questions.bring_back") } else { i18n.t("questions.retire") } }
                        </button>
                        if is_open {
                            <QuestionForm existing={question.clone()} units={units.clone()} on_saved={reload.clone()} />
                        }
                    </li>
                }
            })
            .collect();
        html! {
            <>
                <ErrorBanner error={(*failed).clone()} />
                <ul class="questions" id="questions">{ rows }</ul>
                <QuestionForm units={units.clone()} on_saved={reload.clone()} />
            </>
        }
    });
    html! {
        <section class="card">
            <h2>{ i18n.t("questions.title") }</h2>
            { body }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct QuestionFormProps {
    #[prop_or_default]
    existing: Option<ReflectionQuestion>,
    units: Vec<Unit>,
    on_saved: Callback<()>,
}

#[component]
fn QuestionForm(props: &QuestionFormProps) -> Html {
    let i18n = use_i18n();
    let form = use_state(|| {
        props.existing.as_ref().map_or_else(
            ReflectionQuestionInput::default,
            ReflectionQuestionInput::from,
        )
    });
    let error = use_state(|| None::<ErrorBody>);
    let on_text = edit(&form, |form, value| form.text = value);
    let existing = props.existing.as_ref().map(|question| question.id);
    let title = match existing {
        Some(_) => i18n.t("structure.save"),
        None => i18n.t("questions.add"),
    };
    let save = move |body: ReflectionQuestionInput| async move {
        match existing {
            Some(id) => api::structure::update_question(id, &body).await,
            None => api::structure::create_question(&body).await,
        }
    };
    let on_saved = props.on_saved.reform(|_: ReflectionQuestion| ());
    let onsubmit = submit(
        &form,
        &error,
        save,
        &on_saved,
        ReflectionQuestionInput::default,
    );
    let prefix = props.existing.as_ref().map_or_else(
        || "new-question".to_owned(),
        |q| format!("question-{}-edit", q.id),
    );
    let id = |field: &str| format!("{prefix}-{field}");
    // The languages of SPEC section 10 besides English (the main text).
    let translations: Html = LANGUAGES[1..]
        .iter()
        .map(|language| {
            let oninput = {
                let (form, language) = (form.clone(), (*language).to_owned());
                Callback::from(move |event: InputEvent| {
                    let text = event.target_unchecked_into::<HtmlInputElement>().value();
                    let mut next = (*form).clone();
                    if text.trim().is_empty() {
                        next.translations.remove(&language);
                    } else {
                        next.translations.insert(language.clone(), text);
                    }
                    form.set(next);
                })
            };
            let field = id(&format!("translation-{language}"));
            html! {
                <>
                    <label for={field.clone()}>{ i18n.t(&format!("questions.in_{language}")) }</label>
                    <input id={field} value={form.translations.get(*language).cloned().unwrap_or_default()} {oninput} />
                    <FieldErrors error={(*error).clone()} path={format!("translations.{language}")} id={id(&format!("translation-{language}-errors"))} />
                </>
            }
        })
        .collect();
    let kinds: Html = ActivityKind::ALL
        .iter()
        .map(|kind| {
            let kind = *kind;
            let onchange = toggle_in(&form, |form| &mut form.activity_kinds, kind);
            html! {
                <label class="check" key={kind.as_str()}>
                    <input type="checkbox" checked={form.activity_kinds.contains(&kind)} {onchange} />
                    { i18n.t(&format!("kind.{}", kind.as_str())) }
                </label>
            }
        })
        .collect();
    let units: Html = props
        .units
        .iter()
        .map(|unit| {
            let unit_id = unit.id;
            let onchange = toggle_in(&form, |form| &mut form.unit_ids, unit_id);
            html! {
                <label class="check" key={unit_id.get()}>
                    <input type="checkbox" checked={form.unit_ids.contains(&unit_id)} {onchange} />
                    { unit.name.clone() }
                </label>
            }
        })
        .collect();
    let error_now = (*error).clone();
    html! {
        <form class="inline-form" {onsubmit} novalidate=true>
            <ErrorBanner error={error_now.clone()} />
            <label for={id("text")}>{ i18n.t("questions.text") }</label>
            <input id={id("text")} value={form.text.clone()} oninput={on_text} />
            <FieldErrors error={error_now} path="text" id={id("text-errors")} />
            { translations }
            <fieldset>
                <legend>{ i18n.t("questions.kinds_hint") }</legend>
                { kinds }
            </fieldset>
            <fieldset>
                <legend>{ i18n.t("questions.units_hint") }</legend>
                { units }
            </fieldset>
            <button type="submit" id={id("save")} class="secondary">{ title }</button>
        </form>
    }
}
