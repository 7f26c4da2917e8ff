//! The survey page a young person answers on, written on the server: plain HTML with no
//! script, so it is small and works on any phone, with JavaScript off too. `maud` escapes
//! every text it is given.

use std::collections::BTreeMap;

use logbook_shared::sessions::Gender;
use logbook_shared::surveys::{
    Question, QuestionKind, ResponseInput, SurveyForm, Translations, in_language, text_in,
};
use logbook_shared::{FieldError, LANGUAGES, native_name};
use maud::{DOCTYPE, Markup, html};

use crate::texts::Texts;

/// What the page says above its form, beside the round's title.
pub struct Page<'a> {
    pub language: &'a str,
    pub texts: &'a Texts,
    pub title: &'a str,
}

impl Page<'_> {
    fn text(&self, key: &str) -> String {
        self.texts.label(key)
    }

    /// The whole document around `body`; `refresh` sends a shared tablet back to the form.
    fn document(&self, body: Markup, refresh: Option<&str>) -> Markup {
        html! {
            (DOCTYPE)
            html lang=(self.language) {
                head {
                    meta charset="utf-8";
                    meta name="viewport" content="width=device-width, initial-scale=1";
                    meta name="referrer" content="no-referrer";
                    @if let Some(target) = refresh {
                        meta http-equiv="refresh" content=(format!("6;url={target}"));
                    }
                    title { (self.title) }
                    link rel="stylesheet" href="/s/survey.css";
                }
                body { main { (body) } }
            }
        }
    }

    /// A page with a message only: thanks, closed, already answered, unknown link.
    pub fn message(&self, heading: &str, lines: &[String], next: Option<&str>) -> Markup {
        self.document(
            html! {
                h1 { (heading) }
                @for line in lines { p { (line) } }
                @if let Some(next) = next {
                    p { a class="button" href=(next) { (self.text("survey-kiosk-again")) } }
                }
            },
            next,
        )
    }

    /// The form of `form`, filled with `given` and its `errors` after a refused send.
    pub fn form(
        &self,
        form: &SurveyForm,
        round_language: &str,
        started: &str,
        given: &ResponseInput,
        errors: &[FieldError],
    ) -> Markup {
        let error_of = |path: &str| {
            errors
                .iter()
                .find(|error| error.path == path)
                .map(|error| self.error_text(&error.code))
        };
        // What went wrong with the whole send, or that some answers need a look.
        let problem = errors
            .iter()
            .find_map(|error| match error.code.as_str() {
                "too_fast" => Some("survey-too-fast"),
                "no_device" => Some("survey-no-device"),
                _ => None,
            })
            .or_else(|| (!errors.is_empty()).then_some("survey-fix"));
        let body = html! {
            nav class="languages" aria-label=(self.text("survey-language")) {
                @for tag in LANGUAGES {
                    @if tag == self.language {
                        span aria-current="true" lang=(tag) { (native_name(tag).unwrap_or(tag)) }
                    } @else {
                        a href=(format!("?lang={tag}")) lang=(tag) hreflang=(tag) { (native_name(tag).unwrap_or(tag)) }
                    }
                }
            }
            h1 { (self.title) }
            p class="intro" { (self.text("survey-intro")) }
            @if let Some(problem) = problem {
                p class="problem" role="alert" { (self.text(problem)) }
            }
            form method="post" {
                input type="hidden" name="lang" value=(self.language);
                input type="hidden" name="started" value=(started);
                // Left empty by people; filled by robots that fill every field.
                div class="away" aria-hidden="true" {
                    label { "Website " input type="text" name="website" tabindex="-1" autocomplete="off"; }
                }
                @for question in &form.questions {
                    (self.question(question, round_language, given.answers.get(&question.key), error_of(&format!("answers.{}", question.key))))
                }
                @if form.ask_gender || form.ask_age_band {
                    (self.about_you(form, given, error_of("age_band")))
                }
                button type="submit" { (self.text("survey-send")) }
            }
        };
        self.document(body, None)
    }

    fn error_text(&self, code: &str) -> String {
        self.text(match code {
            "required" => "survey-missing",
            "length" => "survey-too-long",
            "characters" => "survey-not-text",
            _ => "survey-invalid-choice",
        })
    }

    fn question(
        &self,
        question: &Question,
        fallback: &str,
        given: Option<&Vec<String>>,
        error: Option<String>,
    ) -> Markup {
        let id = format!("q-{}", question.key);
        let name = format!("q.{}", question.key);
        let says = |texts: &Translations| match text_in(texts, self.language, fallback) {
            Some((tag, text)) if tag != self.language => html! { span lang=(tag) { (text) } },
            Some((_, text)) => html! { (text) },
            None => html! {},
        };
        let chosen = |value: &str| given.is_some_and(|values| values.iter().any(|v| v == value));
        let described = [
            (!question.help.is_empty()).then(|| format!("{id}-help")),
            (question.kind == QuestionKind::Likert).then(|| format!("{id}-scale")),
            error.as_ref().map(|_| format!("{id}-error")),
        ]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ");
        let need = if question.required {
            "survey-required"
        } else {
            "survey-optional"
        };
        // The question's words and whether it must be answered, then its help and its error.
        let asks =
            html! { (says(&question.text)) " " span class="need" { "(" (self.text(need)) ")" } };
        let notes = html! {
            @if !question.help.is_empty() { p class="help" id=(format!("{id}-help")) { (says(&question.help)) } }
            @if let Some(error) = &error { p class="problem" id=(format!("{id}-error")) { (error) } }
        };
        let legend = html! { legend { (asks) } (notes) };
        let described = (!described.is_empty()).then_some(described);
        match question.kind {
            QuestionKind::FreeText => html! {
                div class="question" {
                    label for=(id) { (asks) }
                    (notes)
                    textarea id=(id) name=(name) rows="4" maxlength="2000" aria-describedby=[described] {
                        (given.and_then(|values| values.first()).map_or("", String::as_str))
                    }
                }
            },
            QuestionKind::Likert => {
                let end = |labels| in_language(labels, self.language, fallback).to_owned();
                let (low, high) = (end(&question.low_label), end(&question.high_label));
                html! {
                    fieldset class="question" aria-describedby=[described] {
                        (legend)
                        p class="scale" id=(format!("{id}-scale")) { (self.texts.text("survey-scale", &[("low", low.as_str()), ("high", high.as_str())])) }
                        div class="likert" {
                            @for value in 1..=5 {
                                @let value = value.to_string();
                                label {
                                    input type="radio" name=(name) value=(value) checked[chosen(&value)];
                                    span { (value) }
                                }
                            }
                        }
                    }
                }
            }
            QuestionKind::SingleChoice | QuestionKind::MultipleChoice => {
                let kind = if question.kind == QuestionKind::SingleChoice {
                    "radio"
                } else {
                    "checkbox"
                };
                html! {
                    fieldset class="question" aria-describedby=[described] {
                        (legend)
                        @for option in &question.options {
                            label class="choice" {
                                input type=(kind) name=(name) value=(option.key) checked[chosen(&option.key)];
                                " " (says(&option.label))
                            }
                        }
                    }
                }
            }
        }
    }

    fn about_you(&self, form: &SurveyForm, given: &ResponseInput, error: Option<String>) -> Markup {
        let band_of =
            |band: &logbook_shared::structure::AgeBand| format!("{}-{}", band.min, band.max);
        let given_band = given.age_band.as_deref().unwrap_or("");
        html! {
            h2 { (self.text("survey-about-you")) }
            @if form.ask_gender {
                fieldset class="question" {
                    legend { (self.text("survey-gender")) " " span class="need" { "(" (self.text("survey-optional")) ")" } }
                    @for gender in Gender::ALL {
                        label class="choice" {
                            input type="radio" name="gender" value=(gender.as_str()) checked[given.gender == Some(*gender)];
                            " " (self.text(&format!("survey-gender-{}", gender.as_str())))
                        }
                    }
                }
            }
            @if form.ask_age_band {
                fieldset class="question" aria-describedby=[error.as_ref().map(|_| "age-error")] {
                    legend { (self.text("survey-age-band")) " " span class="need" { "(" (self.text("survey-optional")) ")" } }
                    @if let Some(error) = &error { p class="problem" id="age-error" { (error) } }
                    @for band in &form.age_bands {
                        @let value = band_of(band);
                        label class="choice" {
                            input type="radio" name="age_band" value=(value) checked[given_band == value];
                            " " (format!("{}–{}", band.min, band.max))
                        }
                    }
                    label class="choice" {
                        input type="radio" name="age_band" value="" checked[given_band.is_empty()];
                        " " (self.text("survey-age-not-stated"))
                    }
                }
            }
        }
    }
}

/// The form's fields as the answering page names them (`q.<key>` repeated for each value),
/// read into a response; anything else (language, timing, the trap) is returned apart.
pub fn read_fields(pairs: Vec<(String, String)>) -> (ResponseInput, BTreeMap<String, String>) {
    let mut input = ResponseInput::default();
    let mut other = BTreeMap::new();
    for (name, value) in pairs {
        if let Some(key) = name.strip_prefix("q.") {
            input.answers.entry(key.to_owned()).or_default().push(value);
        } else if name == "gender" {
            input.gender = Gender::parse(&value);
        } else if name == "age_band" {
            input.age_band = Some(value);
        } else {
            other.insert(name, value);
        }
    }
    (input, other)
}

/// The page's style sheet: small, readable, large targets, light and dark.
pub const STYLE: &str = include_str!("survey.css");
