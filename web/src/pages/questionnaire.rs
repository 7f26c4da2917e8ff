//! The questionnaire builder (org admins): a name, whether gender and age band are asked, and
//! the questions in order — each a 1–5 scale with labelled ends, one or any of its options, or
//! the young person's own words — with their texts written one language at a time. The shared
//! rules check it before it is sent; the server names any field it refuses.

use logbook_shared::ids::QuestionnaireId;
use logbook_shared::surveys::{
    ChoiceOption, Question, QuestionKind, Questionnaire, QuestionnaireInput, Translations,
};
use logbook_shared::{ErrorBody, LANGUAGES};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;
use yew_router::prelude::*;

use crate::api;
use crate::components::errors::{ErrorBanner, FieldErrors};
use crate::components::form::submit;
use crate::components::loading::show;
use crate::hooks::use_load;
use crate::i18n::{I18n, use_i18n};
use crate::route::Route;

#[derive(Properties, PartialEq)]
pub struct QuestionnairePageProps {
    /// None: a new questionnaire.
    pub id: Option<QuestionnaireId>,
}

#[component]
pub fn QuestionnairePage(props: &QuestionnairePageProps) -> Html {
    let stored = use_load(props.id, |id| async move {
        match id {
            Some(id) => api::surveys::questionnaire(id)
                .await
                .map(|stored| Some(QuestionnaireInput::from(&stored))),
            None => Ok(None),
        }
    });
    let id = props.id;
    show(&stored, |input| {
        let start = input.clone().unwrap_or_else(|| QuestionnaireInput {
            name: String::new(),
            ask_gender: true,
            ask_age_band: true,
            questions: vec![new_question(QuestionKind::Likert, &[])],
            archived: false,
        });
        html! { <Builder {id} {start} /> }
    })
}

#[derive(Properties, PartialEq)]
struct BuilderProps {
    id: Option<QuestionnaireId>,
    start: QuestionnaireInput,
}

/// A change to the questionnaire being built.
type Edit = Box<dyn Fn(&mut QuestionnaireInput)>;

#[component]
fn Builder(props: &BuilderProps) -> Html {
    let i18n = use_i18n();
    let form = use_state(|| props.start.clone());
    let language = use_state(|| i18n.language.tag().to_owned());
    let error = use_state(|| None::<ErrorBody>);
    let navigator = use_navigator();
    let apply = {
        let form = form.clone();
        Callback::from(move |edit: Edit| {
            let mut next = (*form).clone();
            edit(&mut next);
            form.set(next);
        })
    };
    let id = props.id;
    let save = move |body: QuestionnaireInput| async move {
        match id {
            Some(id) => api::surveys::update_questionnaire(id, &body).await,
            None => api::surveys::create_questionnaire(&body).await,
        }
    };
    let saved = Callback::from(move |_: Questionnaire| {
        if let Some(navigator) = &navigator {
            navigator.push(&Route::Surveys);
        }
    });
    let current_form = form.clone();
    let onsubmit = submit(&form, &error, save, &saved, move || (*current_form).clone());
    let on_language = {
        let language = language.clone();
        Callback::from(move |event: Event| {
            language.set(event.target_unchecked_into::<HtmlSelectElement>().value());
        })
    };
    let languages: Html = LANGUAGES
        .iter()
        .map(|tag| html! { <option value={*tag} selected={*language == *tag}>{ i18n.t(&format!("language.{tag}")) }</option> })
        .collect();
    let current = (*error).clone();
    let editor = QuestionEditor {
        i18n: &i18n,
        language: &language,
        apply: &apply,
        error: &current,
        count: form.questions.len(),
    };
    let questions: Html = form
        .questions
        .iter()
        .enumerate()
        .map(|(index, question)| editor.view(index, question))
        .collect();
    let title = match props.id {
        Some(_) => i18n.t_with("builder.title_edit", &[("name", props.start.name.clone())]),
        None => i18n.t("builder.title_new"),
    };
    let add = |kind: QuestionKind| {
        apply.reform(move |_: MouseEvent| -> Edit {
            Box::new(move |form| {
                let question = new_question(kind, &form.questions);
                form.questions.push(question);
            })
        })
    };
    html! {
        <section>
            <h1>{ title }</h1>
            <form class="builder" id="questionnaire-builder" {onsubmit} novalidate=true>
                <ErrorBanner error={current.clone()} />
                <label for="builder-name">{ i18n.t("builder.name") }</label>
                <input id="builder-name" value={form.name.clone()}
                    oninput={apply.reform(|event: InputEvent| -> Edit { let value = input_value(&event); Box::new(move |form| form.name = value.clone()) })} />
                <FieldErrors error={current.clone()} path="name" id="builder-name-errors" />
                { check(&i18n, "builder-ask-gender", "builder.ask_gender", form.ask_gender, apply.reform(|_: Event| -> Edit { Box::new(|form| form.ask_gender = !form.ask_gender) })) }
                { check(&i18n, "builder-ask-age-band", "builder.ask_age_band", form.ask_age_band, apply.reform(|_: Event| -> Edit { Box::new(|form| form.ask_age_band = !form.ask_age_band) })) }
                <label for="builder-language">{ i18n.t("builder.language") }</label>
                <select id="builder-language" onchange={on_language}>{ languages }</select>
                <p class="muted">{ i18n.t("builder.language_note") }</p>
                <FieldErrors error={current.clone()} path="questions" id="builder-questions-errors" />
                { questions }
                <div class="actions">
                    { for QuestionKind::ALL.iter().map(|kind| { let kind = *kind; html! {
                        <button type="button" class="secondary" id={format!("builder-add-{}", kind.as_str())} onclick={add(kind)}>
                            { format!("{}: {}", i18n.t("builder.add"), i18n.t(&format!("builder.kind.{}", kind.as_str()))) }
                        </button>
                    }}) }
                </div>
                if props.id.is_some() {
                    { check(&i18n, "builder-archived", "builder.archived", form.archived, apply.reform(|_: Event| -> Edit { Box::new(|form| form.archived = !form.archived) })) }
                }
                <button type="submit" id="builder-save">{ i18n.t("builder.save") }</button>
            </form>
        </section>
    }
}

/// What every question's fields need: the language written in, how to change the
/// questionnaire, and the errors to show.
struct QuestionEditor<'a> {
    i18n: &'a I18n,
    language: &'a str,
    apply: &'a Callback<Edit>,
    error: &'a Option<ErrorBody>,
    count: usize,
}

impl QuestionEditor<'_> {
    fn view(&self, index: usize, question: &Question) -> Html {
        let i18n = self.i18n;
        let id = |part: &str| format!("question-{index}-{part}");
        let path = |part: &str| format!("questions[{index}].{part}");
        let kinds: Html = QuestionKind::ALL
            .iter()
            .map(|kind| html! {
                <option value={kind.as_str()} selected={question.kind == *kind}>{ i18n.t(&format!("builder.kind.{}", kind.as_str())) }</option>
            })
            .collect();
        let on_kind = self.apply.reform(move |event: Event| -> Edit {
            let kind =
                QuestionKind::parse(&event.target_unchecked_into::<HtmlSelectElement>().value());
            Box::new(move |form| {
                if let Some(kind) = kind {
                    change_kind(&mut form.questions[index], kind);
                }
            })
        });
        let options: Html = question
            .options
            .iter()
            .enumerate()
            .map(|(number, option)| {
                let field = format!("options[{number}].label");
                let text = self.text_field(index, &field, &option.label, i18n.t_with("builder.option", &[("number", (number + 1).to_string())]));
                let remove = self.apply.reform(move |_: MouseEvent| -> Edit {
                    Box::new(move |form| { form.questions[index].options.remove(number); })
                });
                html! {
                    <div class="option-edit">
                        { text }
                        <button type="button" class="link" id={id(&format!("option-{number}-remove"))} onclick={remove}>
                            { i18n.t_with("builder.remove_option", &[("number", (number + 1).to_string())]) }
                        </button>
                    </div>
                }
            })
            .collect();
        let add_option = self.apply.reform(move |_: MouseEvent| -> Edit {
            Box::new(move |form| {
                let options = &mut form.questions[index].options;
                let key = free_key("o", options.iter().map(|option| option.key.as_str()));
                options.push(ChoiceOption {
                    key,
                    label: Translations::new(),
                });
            })
        });
        let moved = |by: isize| {
            self.apply.reform(move |_: MouseEvent| -> Edit {
                Box::new(move |form| {
                    let to = index
                        .checked_add_signed(by)
                        .filter(|to| *to < form.questions.len());
                    if let Some(to) = to {
                        form.questions.swap(index, to);
                    }
                })
            })
        };
        let remove = self.apply.reform(move |_: MouseEvent| -> Edit {
            Box::new(move |form| {
                form.questions.remove(index);
            })
        });
        let required = self.apply.reform(move |_: Event| -> Edit {
            Box::new(move |form| form.questions[index].required = !form.questions[index].required)
        });
        let choice = matches!(
            question.kind,
            QuestionKind::SingleChoice | QuestionKind::MultipleChoice
        );
        html! {
            <fieldset class="card question-edit" id={id("card")} key={question.key.clone()}>
                <legend>{ i18n.t_with("builder.question", &[("number", (index + 1).to_string())]) }</legend>
                <label for={id("kind")}>{ i18n.t("builder.kind") }</label>
                <select id={id("kind")} onchange={on_kind}>{ kinds }</select>
                { self.text_field(index, "text", &question.text, i18n.t("builder.text")) }
                { self.text_field(index, "help", &question.help, i18n.t("builder.help")) }
                if question.kind == QuestionKind::Likert {
                    { self.text_field(index, "low_label", &question.low_label, i18n.t("builder.low")) }
                    { self.text_field(index, "high_label", &question.high_label, i18n.t("builder.high")) }
                }
                if choice {
                    { options }
                    <FieldErrors error={self.error.clone()} path={path("options")} id={id("options-errors")} />
                    <button type="button" class="secondary" id={id("add-option")} onclick={add_option}>{ i18n.t("builder.add_option") }</button>
                }
                { check(i18n, &id("required"), "builder.required", question.required, required) }
                <div class="actions">
                    if index > 0 {
                        <button type="button" class="secondary" id={id("up")} onclick={moved(-1)}>{ i18n.t("builder.up") }</button>
                    }
                    if index + 1 < self.count {
                        <button type="button" class="secondary" id={id("down")} onclick={moved(1)}>{ i18n.t("builder.down") }</button>
                    }
                    <button type="button" class="secondary" id={id("remove")} onclick={remove}>{ i18n.t("builder.remove") }</button>
                </div>
            </fieldset>
        }
    }

    /// One translated text of question `index` (`field`: `text`, `help`, `options[0].label`,
    /// …) in the language written in; emptied, the language's text goes.
    fn text_field(&self, index: usize, field: &str, texts: &Translations, label: String) -> Html {
        let language = self.language.to_owned();
        let id = format!("question-{index}-{}", field.replace(['[', ']', '.'], "-"));
        let path = format!("questions[{index}].{field}");
        let value = texts.get(&language).cloned().unwrap_or_default();
        let field_name = field.to_owned();
        let oninput = self.apply.reform(move |event: InputEvent| -> Edit {
            let (value, language, field) =
                (input_value(&event), language.clone(), field_name.clone());
            Box::new(move |form| {
                if let Some(texts) = texts_of(&mut form.questions[index], &field) {
                    if value.trim().is_empty() {
                        texts.remove(&language);
                    } else {
                        texts.insert(language.clone(), value.clone());
                    }
                }
            })
        });
        let errors_id = format!("{id}-errors");
        let language_path = format!("{path}.{}", self.language);
        html! {
            <>
                <label for={id.clone()}>{ label }</label>
                <input id={id.clone()} lang={self.language.to_owned()} {value} {oninput} aria-describedby={errors_id.clone()} />
                <FieldErrors error={self.error.clone()} path={path} id={errors_id} />
                <FieldErrors error={self.error.clone()} path={language_path} id={format!("{id}-language-errors")} />
            </>
        }
    }
}

/// The translations `field` names in `question`.
fn texts_of<'a>(question: &'a mut Question, field: &str) -> Option<&'a mut Translations> {
    match field {
        "text" => Some(&mut question.text),
        "help" => Some(&mut question.help),
        "low_label" => Some(&mut question.low_label),
        "high_label" => Some(&mut question.high_label),
        option => {
            let number: usize = option
                .strip_prefix("options[")?
                .split(']')
                .next()?
                .parse()
                .ok()?;
            question
                .options
                .get_mut(number)
                .map(|option| &mut option.label)
        }
    }
}

/// A question of `kind` with a key none of `others` has.
fn new_question(kind: QuestionKind, others: &[Question]) -> Question {
    let mut question = Question {
        key: free_key("q", others.iter().map(|question| question.key.as_str())),
        kind,
        required: kind == QuestionKind::Likert,
        text: Translations::new(),
        help: Translations::new(),
        low_label: Translations::new(),
        high_label: Translations::new(),
        options: Vec::new(),
    };
    change_kind(&mut question, kind);
    question
}

/// The question asks in another way: what only the old kind had goes, and a choice starts
/// with two options.
fn change_kind(question: &mut Question, kind: QuestionKind) {
    question.kind = kind;
    if kind != QuestionKind::Likert {
        question.low_label.clear();
        question.high_label.clear();
    }
    let choice = matches!(
        kind,
        QuestionKind::SingleChoice | QuestionKind::MultipleChoice
    );
    if !choice {
        question.options.clear();
    }
    while choice && question.options.len() < 2 {
        let key = free_key(
            "o",
            question.options.iter().map(|option| option.key.as_str()),
        );
        question.options.push(ChoiceOption {
            key,
            label: Translations::new(),
        });
    }
}

/// `prefix` and the first number no key of `taken` has (`q1`, `q2`, …): what answers store,
/// unique within the questionnaire (a round keeps the questions it asked, keys and all).
fn free_key<'a>(prefix: &str, taken: impl Iterator<Item = &'a str> + Clone) -> String {
    (1..)
        .map(|number| format!("{prefix}{number}"))
        .find(|key| taken.clone().all(|used| used != key))
        .unwrap_or_default()
}

fn input_value(event: &InputEvent) -> String {
    event.target_unchecked_into::<HtmlInputElement>().value()
}

fn check(i18n: &I18n, id: &str, label: &str, checked: bool, onchange: Callback<Event>) -> Html {
    html! {
        <label class="check" for={id.to_owned()}>
            <input type="checkbox" id={id.to_owned()} {checked} {onchange} />
            { i18n.t(label) }
        </label>
    }
}
