//! One language's messages in Project Fluent's format (`web/i18n/<tag>.ftl`): plurals and
//! variables with each language's grammar. English is built in; the others are fetched when
//! chosen, so the first download carries one language.

use std::cell::RefCell;
use std::collections::HashMap;
use std::convert::Infallible;
use std::rc::Rc;

use fluent_bundle::{FluentBundle, FluentResource, FluentValue};
use gloo::net::http::Request;
use intl_memoizer::{IntlLangMemoizer, Memoizable};
use logbook_shared::{ErrorBody, ErrorCode};
use unic_langid::LanguageIdentifier;

use super::intl::number_in;
use super::language::Language;

pub const ENGLISH_SOURCE: &str = include_str!("../../i18n/en.ftl");

/// One language's messages, parsed once.
pub struct Catalogue {
    language: Language,
    bundle: FluentBundle<FluentResource>,
}

impl PartialEq for Catalogue {
    fn eq(&self, other: &Catalogue) -> bool {
        self.language == other.language
    }
}

impl Catalogue {
    /// The messages of `source`, or why they cannot be read.
    pub fn parse(language: Language, source: &str) -> Result<Catalogue, String> {
        let resource = FluentResource::try_new(source.to_owned())
            .map_err(|(_, errors)| format!("{}: {errors:?}", language.tag()))?;
        let id = language
            .tag()
            .parse()
            .map_err(|error| format!("{}: {error}", language.tag()))?;
        let mut bundle = FluentBundle::new(vec![id]);
        // No invisible bidi marks around variables: the six languages are written left to right.
        bundle.set_use_isolating(false);
        bundle.set_formatter(Some(grouped_number));
        bundle
            .add_resource(resource)
            .map_err(|errors| format!("{}: {errors:?}", language.tag()))?;
        Ok(Catalogue { language, bundle })
    }

    /// The message `key` ([`message_id`]) with `args` filled in; `None` when this language
    /// lacks it.
    pub fn format<S: AsRef<str>>(&self, key: &str, args: &[(&str, S)]) -> Option<String> {
        let message = self.bundle.get_message(&message_id(key))?;
        let pattern = message.value()?;
        let fluent_args = logbook_shared::message_args(args);
        let mut errors = Vec::new();
        let text = self
            .bundle
            .format_pattern(pattern, Some(&fluent_args), &mut errors);
        Some(text.into_owned())
    }

    /// No messages: what a broken built-in file falls back to (a test keeps it from shipping).
    fn empty(language: Language) -> Catalogue {
        Catalogue {
            language,
            bundle: FluentBundle::new(vec![language.tag().parse().unwrap_or_default()]),
        }
    }
}

/// What Fluent's number formatter learns of the language: its tag.
struct NumberLanguage(String);

impl Memoizable for NumberLanguage {
    type Args = ();
    type Error = Infallible;

    fn construct(language: LanguageIdentifier, _: ()) -> Result<NumberLanguage, Infallible> {
        Ok(NumberLanguage(language.to_string()))
    }
}

/// A whole number inside a message (`{ $count } sessions`) grouped as the language groups
/// counts (`20 199`); anything else as Fluent writes it.
fn grouped_number(value: &FluentValue, memoizer: &IntlLangMemoizer) -> Option<String> {
    match value {
        FluentValue::Number(number) if number.value.fract() == 0.0 => memoizer
            .with_try_get::<NumberLanguage, _, _>((), |language| {
                number_in(&language.0, number.value, 0)
            })
            .ok(),
        _ => None,
    }
}

pub use logbook_shared::message_id;

thread_local! {
    static LOADED: RefCell<HashMap<&'static str, Rc<Catalogue>>> = RefCell::default();
}

/// The built-in English messages.
pub fn english() -> Rc<Catalogue> {
    cached(Language::ENGLISH).unwrap_or_else(|| {
        let english = Catalogue::parse(Language::ENGLISH, ENGLISH_SOURCE)
            .unwrap_or_else(|_| Catalogue::empty(Language::ENGLISH));
        keep(Language::ENGLISH, english)
    })
}

/// A language's messages: built in (English), kept from before, or fetched now.
pub async fn load(language: Language) -> Result<Rc<Catalogue>, ErrorBody> {
    if language == Language::ENGLISH {
        return Ok(english());
    }
    if let Some(catalogue) = cached(language) {
        return Ok(catalogue);
    }
    let unavailable = |error: String| ErrorBody::new(ErrorCode::Unavailable, error);
    let response = Request::get(&format!("/i18n/{}.ftl", language.tag()))
        .send()
        .await
        .map_err(|error| unavailable(error.to_string()))?;
    if !response.ok() {
        return Err(unavailable(format!("HTTP {}", response.status())));
    }
    let source = response
        .text()
        .await
        .map_err(|error| unavailable(error.to_string()))?;
    let catalogue = Catalogue::parse(language, &source)
        .map_err(|error| ErrorBody::new(ErrorCode::Internal, error))?;
    Ok(keep(language, catalogue))
}

fn cached(language: Language) -> Option<Rc<Catalogue>> {
    LOADED.with(|loaded| loaded.borrow().get(language.tag()).cloned())
}

fn keep(language: Language, catalogue: Catalogue) -> Rc<Catalogue> {
    let catalogue = Rc::new(catalogue);
    LOADED.with(|loaded| {
        loaded
            .borrow_mut()
            .insert(language.tag(), catalogue.clone())
    });
    catalogue
}
