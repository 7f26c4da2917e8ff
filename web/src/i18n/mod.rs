//! Every user-facing text goes through here: `i18n.t(key)` and `i18n.t_with(key, args)`.
//! One Fluent file per language under `web/i18n/` (`<tag>.ftl`); adding a language is adding
//! its file and its tag in `shared::LANGUAGES`. English is built in; another language's file
//! is fetched when it is chosen, and a text it lacks shows in English (a test keeps any from
//! shipping that way).

mod catalogue;
mod context;
mod format;
mod intl;
mod language;

use yew::prelude::*;

pub use context::I18n;
pub use language::Language;

/// The texts of `language` once they are loaded (English at once).
#[hook]
pub fn use_language_texts(language: Language) -> Option<I18n> {
    let loaded = crate::hooks::use_load(language, catalogue::load);
    loaded
        .ready()
        .map(|catalogue| I18n::new(catalogue.clone(), language, Callback::noop()))
}

#[derive(Properties, PartialEq)]
pub struct I18nProviderProps {
    pub children: Html,
}

/// The person's language for everything below. Until a chosen language's file has arrived the
/// previous language stays on screen.
#[component]
pub fn I18nProvider(props: &I18nProviderProps) -> Html {
    let chosen = use_state(Language::initial);
    let shown = use_state(|| (Language::ENGLISH, catalogue::english()));
    {
        let shown = shown.clone();
        use_effect_with(*chosen, move |chosen| {
            let chosen = *chosen;
            wasm_bindgen_futures::spawn_local(async move {
                // Offline or broken, the page stays in the language it shows.
                if let Ok(catalogue) = catalogue::load(chosen).await {
                    chosen.remember();
                    shown.set((chosen, catalogue));
                }
            });
        });
    }
    let set_language = Callback::from(move |language: Language| chosen.set(language));
    let (language, catalogue) = (*shown).clone();
    let context = I18n::new(catalogue, language, set_language);
    html! {
        <ContextProvider<I18n> context={context}>
            { props.children.clone() }
        </ContextProvider<I18n>>
    }
}

#[hook]
pub fn use_i18n() -> I18n {
    match use_context::<I18n>() {
        Some(i18n) => i18n,
        None => I18n::new(catalogue::english(), Language::ENGLISH, Callback::noop()),
    }
}

#[cfg(test)]
mod screen_literals;

#[cfg(test)]
mod tests {
    use std::collections::{BTreeMap, BTreeSet};

    use super::catalogue::Catalogue;
    use super::*;

    /// Every language's file as the app reads it (from disk here: only English is built in).
    fn source(language: Language) -> String {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("i18n")
            .join(format!("{}.ftl", language.tag()));
        std::fs::read_to_string(&path).unwrap_or_else(|_| panic!("{} is missing", path.display()))
    }

    fn parsed(language: Language) -> Catalogue {
        Catalogue::parse(language, &source(language)).expect("the file is valid Fluent")
    }

    /// Each message's id and the variables it uses, in file order.
    fn messages(source: &str) -> BTreeMap<String, BTreeSet<String>> {
        let mut messages: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        let mut current = None;
        for line in source.lines() {
            let starts_message = line
                .split_once(" =")
                .filter(|(id, _)| !id.is_empty() && !id.starts_with([' ', '#', '*', '[', '}']))
                .map(|(id, _)| id.to_owned());
            if let Some(id) = starts_message {
                messages.entry(id.clone()).or_default();
                current = Some(id);
            }
            if let Some(id) = &current {
                let variables = messages.entry(id.clone()).or_default();
                for piece in line.split('$').skip(1) {
                    let name: String = piece
                        .chars()
                        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                        .collect();
                    variables.insert(name);
                }
            }
        }
        messages
    }

    /// Every language has exactly English's messages, with English's variables, and parses.
    #[test]
    fn every_language_has_englishs_messages_and_variables() {
        let english = messages(&source(Language::ENGLISH));
        assert!(english.len() > 300, "{}", english.len());
        for language in Language::all() {
            parsed(language);
            let own = messages(&source(language));
            let missing: Vec<_> = english.keys().filter(|id| !own.contains_key(*id)).collect();
            let extra: Vec<_> = own.keys().filter(|id| !english.contains_key(*id)).collect();
            assert!(missing.is_empty(), "{} lacks {missing:?}", language.tag());
            assert!(
                extra.is_empty(),
                "{} has what English lacks: {extra:?}",
                language.tag()
            );
            for (id, variables) in &english {
                assert_eq!(
                    &own[id],
                    variables,
                    "{} {id}: other variables",
                    language.tag()
                );
            }
        }
    }

    /// Every key the code asks for is an English message.
    #[test]
    fn every_used_key_is_a_message() {
        let english = messages(&source(Language::ENGLISH));
        let used = used_keys();
        assert!(
            used.len() > 20,
            "expected to find the app's keys, found {used:?}"
        );
        let missing: Vec<_> = used
            .iter()
            .filter(|key| !english.contains_key(&catalogue::message_id(key)))
            .collect();
        assert!(missing.is_empty(), "no message for {missing:?}");
    }

    /// `shared::LANGUAGES` is the one list: each has a name and a file.
    #[test]
    fn the_languages_are_those_shared_lists() {
        let tags: Vec<&str> = Language::all().map(Language::tag).collect();
        assert_eq!(tags, logbook_shared::LANGUAGES);
        for language in Language::all() {
            assert_ne!(language.native_name(), language.tag());
            source(language);
        }
    }

    /// Numbers choose each language's plural forms: Slovenian's dual, Latvian's zero.
    #[test]
    fn plurals_follow_each_languages_grammar() {
        let visits = |language: Language, count: &str| {
            parsed(language)
                .format("sessions.visits", &[("count", count)])
                .unwrap()
        };
        let english = Language::ENGLISH;
        assert_eq!(visits(english, "1"), "1 visit");
        assert_eq!(visits(english, "3"), "3 visits");
        let slovenian = Language::from_tag("sl").unwrap();
        let forms: BTreeSet<String> = ["1", "2", "3", "5"]
            .into_iter()
            .map(|count| visits(slovenian, count).replace(count, "N"))
            .collect();
        assert_eq!(
            forms.len(),
            4,
            "Slovenian one, two, few and other: {forms:?}"
        );
        let latvian = Language::from_tag("lv").unwrap();
        assert_ne!(
            visits(latvian, "0").replace('0', "N"),
            visits(latvian, "1").replace('1', "N"),
            "Latvian's zero form"
        );
    }

    /// Error and role texts are looked up by code, so every code needs its text.
    #[test]
    fn every_error_code_role_and_category_has_a_text() {
        let english = messages(&source(Language::ENGLISH));
        let has = |key: String| english.contains_key(&catalogue::message_id(&key));
        for role in logbook_shared::Role::ALL {
            assert!(has(format!("role.{}", role.as_str())));
        }
        use logbook_shared::structure::{ActivityKind, AgeBand, DeliveryMode, UnitType};
        let enum_keys = ActivityKind::ALL
            .iter()
            .map(|k| format!("kind.{}", k.as_str()))
            .chain(
                DeliveryMode::ALL
                    .iter()
                    .map(|m| format!("delivery.{}", m.as_str())),
            )
            .chain(
                UnitType::ALL
                    .iter()
                    .map(|t| format!("unit_type.{}", t.as_str())),
            )
            .chain(
                logbook_shared::sessions::Gender::ALL
                    .iter()
                    .map(|g| format!("gender.{}", g.as_str())),
            );
        use logbook_shared::report_columns as columns;
        let column_keys = [columns::GROUP, columns::KEY]
            .iter()
            .map(|name| format!("report.column.{name}"))
            .chain(
                columns::BEFORE_AGES
                    .iter()
                    .chain(&columns::AFTER_AGES)
                    .chain(&[columns::COST_PER_VISIT])
                    .map(|column| columns::label(column).0),
            )
            .chain([
                columns::label(&columns::band(6, 12)).0,
                columns::label(&columns::rate(AgeBand { min: 6, max: 20 })).0,
            ]);
        let group_keys = logbook_shared::reports::GroupBy::ALL
            .iter()
            .map(|by| format!("report.group.{}", by.as_str()));
        let topic_keys = logbook_shared::structure::BUILT_IN_TOPICS
            .iter()
            .map(|(key, _)| format!("topic.{key}"));
        for key in enum_keys
            .chain(column_keys)
            .chain(group_keys)
            .chain(topic_keys)
        {
            assert!(has(key.clone()), "no text for {key}");
        }
        for code in logbook_shared::ErrorCode::ALL {
            assert!(
                has(format!("error.{}", code.as_str())),
                "no text for {code:?}"
            );
        }
    }

    /// The keys the web app (`t`, `t_with`) and the server's files (`label`, `text`) look up.
    fn used_keys() -> Vec<String> {
        let mut keys = Vec::new();
        let web = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        visit(&web.join("src"), &mut keys);
        visit(&web.join("../api/src"), &mut keys);
        keys.sort();
        keys.dedup();
        keys
    }

    fn visit(dir: &std::path::Path, keys: &mut Vec<String>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                visit(&path, keys);
            } else if path.extension().is_some_and(|ext| ext == "rs") {
                let source = std::fs::read_to_string(&path).unwrap();
                for call in [".t(\"", ".t_with(\"", ".label(\"", ".text(\""] {
                    for piece in source.split(call).skip(1) {
                        if let Some((key, _)) = piece.split_once('"') {
                            keys.push(key.to_owned());
                        }
                    }
                }
            }
        }
    }
}
