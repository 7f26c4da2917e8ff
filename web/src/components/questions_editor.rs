//! The organisation's reflection questions (org admin): write them with translations, choose
//! the activity kinds and units they are asked for, retire or bring them back.

use logbook_shared::ids::QuestionId;
use logbook_shared::reflection::{ReflectionQuestion, ReflectionQuestionInput};
use logbook_shared::structure::{ActivityKind, Unit};
use logbook_shared::{ErrorBody, LANGUAGES, Page};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::api;
use crate::components::errors::{ErrorBanner, FieldErrors};
use crate::components::form::{Save, edit, submit, toggle_in};
use crate::i18n::use_i18n;

#[component]
pub fn QuestionsEditor() -> Html {
    let i18n = use_i18n();
    let questions = use_state(Vec::<ReflectionQuestion>::new);
    let units = use_state(Vec::<Unit>::new);
    let editing = use_state(|| None::<QuestionId>);
    let generation = use_state(|| 0u32);
    {
        let (questions, units) = (questions.clone(), units.clone());
        use_effect_with(*generation, move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                if let Ok(page) =
                    api::get::<Page<ReflectionQuestion>>("/reflection-questions?limit=200").await
                {
                    questions.set(page.items);
                }
                if let Ok(page) = api::get::<Page<Unit>>("/units?limit=200&archived=false").await {
                    units.set(page.items);
                }
            });
        });
    }
    let reload = {
        let editing = editing.clone();
        Callback::from(move |()| {
            editing.set(None);
            generation.set(*generation + 1);
        })
    };
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
                let (path, reload) = (format!("/reflection-questions/{}", question.id), reload.clone());
                Callback::from(move |_: MouseEvent| {
                    let (path, body, reload) = (path.clone(), body.clone(), reload.clone());
                    wasm_bindgen_futures::spawn_local(async move {
                        if api::put::<_, ReflectionQuestion>(&path, &body).await.is_ok() {
                            reload.emit(());
                        }
                    });
                })
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
                        <QuestionForm existing={question.clone()} units={(*units).clone()} on_saved={reload.clone()} />
                    }
                </li>
            }
        })
        .collect();
    html! {
        <section class="card">
            <h2>{ i18n.t("questions.title") }</h2>
            <ul class="questions" id="questions">{ rows }</ul>
            <QuestionForm units={(*units).clone()} on_saved={reload} />
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
    let (save, title) = match &props.existing {
        Some(question) => (
            Save::Update(format!("/reflection-questions/{}", question.id)),
            i18n.t("structure.save"),
        ),
        None => (
            Save::Create("/reflection-questions"),
            i18n.t("questions.add"),
        ),
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
