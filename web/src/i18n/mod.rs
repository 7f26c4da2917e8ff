//! Every user-facing text goes through here. One JSON file per language under `web/i18n/`;
//! adding a language is adding a file and a `Language` variant.

use std::collections::HashMap;

use gloo::storage::{LocalStorage, Storage};
use yew::prelude::*;

const STORAGE_KEY: &str = "logbook.language";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Language {
    English,
}

impl Language {
    pub const ALL: [Language; 1] = [Language::English];

    /// The BCP 47 tag, used for `<html lang>` and storage.
    pub fn tag(self) -> &'static str {
        match self {
            Language::English => "en",
        }
    }

    /// The language's name in itself, as the switcher shows it.
    pub fn native_name(self) -> &'static str {
        match self {
            Language::English => "English",
        }
    }

    fn source(self) -> &'static str {
        match self {
            Language::English => include_str!("../../i18n/en.json"),
        }
    }

    pub fn from_tag(tag: &str) -> Option<Language> {
        Language::ALL
            .into_iter()
            .find(|language| language.tag() == tag)
    }

    /// The stored choice, else the browser's preference, else English.
    pub fn initial() -> Language {
        LocalStorage::get::<String>(STORAGE_KEY)
            .ok()
            .and_then(|tag| Language::from_tag(&tag))
            .or_else(|| {
                let preferred = web_sys::window()?.navigator().language()?;
                Language::from_tag(preferred.split('-').next()?)
            })
            .unwrap_or(Language::English)
    }

    pub fn remember(self) {
        // Storage can be full or disabled; the choice then lasts for this page only.
        let _ = LocalStorage::set(STORAGE_KEY, self.tag());
        if let Some(root) = web_sys::window()
            .and_then(|window| window.document())
            .and_then(|document| document.document_element())
        {
            let _ = root.set_attribute("lang", self.tag());
        }
    }
}

/// One language's texts, parsed once.
#[derive(Debug, PartialEq)]
pub struct Catalogue {
    texts: HashMap<String, String>,
}

impl Catalogue {
    pub fn parse(source: &str) -> Result<Catalogue, serde_json::Error> {
        serde_json::from_str(source).map(|texts| Catalogue { texts })
    }

    /// The text for `key`; a missing key shows itself, so it is noticed rather than blank.
    pub fn text(&self, key: &str) -> String {
        self.texts
            .get(key)
            .cloned()
            .unwrap_or_else(|| key.to_owned())
    }

    #[cfg(test)]
    pub fn has(&self, key: &str) -> bool {
        self.texts.contains_key(key)
    }
}

/// What components get from `use_i18n()`.
#[derive(Clone, PartialEq)]
pub struct I18n {
    pub language: Language,
    catalogue: std::rc::Rc<Catalogue>,
    pub set_language: Callback<Language>,
}

impl I18n {
    pub fn t(&self, key: &str) -> String {
        self.catalogue.text(key)
    }

    /// `t` with `{name}` placeholders filled in.
    pub fn t_with(&self, key: &str, args: &[(&str, &str)]) -> String {
        args.iter().fold(self.t(key), |text, (name, value)| {
            text.replace(&format!("{{{name}}}"), value)
        })
    }
}

fn catalogue(language: Language) -> std::rc::Rc<Catalogue> {
    thread_local! {
        static CACHE: std::cell::RefCell<HashMap<&'static str, std::rc::Rc<Catalogue>>> =
            std::cell::RefCell::default();
    }
    CACHE.with(|cache| {
        cache
            .borrow_mut()
            .entry(language.tag())
            .or_insert_with(|| {
                // The files are checked by a test, so this only falls back if one is broken.
                std::rc::Rc::new(Catalogue::parse(language.source()).unwrap_or(Catalogue {
                    texts: HashMap::new(),
                }))
            })
            .clone()
    })
}

/// The kiosk's own texts in the languages besides English (SPEC 10): the kiosk speaks to
/// young people in the language it was registered with; the staff app is English so far.
const KIOSK_LANGUAGES: [(&str, &str); 5] = [
    ("sv", include_str!("../../i18n/kiosk/sv.json")),
    ("fi", include_str!("../../i18n/kiosk/fi.json")),
    ("sl", include_str!("../../i18n/kiosk/sl.json")),
    ("lv", include_str!("../../i18n/kiosk/lv.json")),
    ("et", include_str!("../../i18n/kiosk/et.json")),
];

/// Texts for a kiosk speaking `tag`: its kiosk file over English.
pub fn kiosk_i18n(tag: &str) -> I18n {
    let mut texts = catalogue(Language::English).texts.clone();
    let own = KIOSK_LANGUAGES
        .iter()
        .find(|(language, _)| *language == tag)
        .and_then(|(_, source)| Catalogue::parse(source).ok());
    texts.extend(own.into_iter().flat_map(|catalogue| catalogue.texts));
    I18n {
        language: Language::English,
        catalogue: std::rc::Rc::new(Catalogue { texts }),
        set_language: Callback::noop(),
    }
}

#[derive(Properties, PartialEq)]
pub struct I18nProviderProps {
    pub children: Html,
}

#[component]
pub fn I18nProvider(props: &I18nProviderProps) -> Html {
    let language = use_state(Language::initial);
    let set_language = {
        let language = language.clone();
        Callback::from(move |chosen: Language| {
            chosen.remember();
            language.set(chosen);
        })
    };
    let context = I18n {
        language: *language,
        catalogue: catalogue(*language),
        set_language,
    };
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
        None => I18n {
            language: Language::English,
            catalogue: catalogue(Language::English),
            set_language: Callback::noop(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every key the code asks for exists in every language file.
    #[test]
    fn every_used_key_is_translated() {
        let used = used_keys();
        assert!(
            used.len() > 20,
            "expected to find the app's keys, found {used:?}"
        );
        for language in Language::ALL {
            let catalogue = Catalogue::parse(language.source()).expect("language file parses");
            let missing: Vec<_> = used.iter().filter(|key| !catalogue.has(key)).collect();
            assert!(missing.is_empty(), "{} lacks {missing:?}", language.tag());
        }
    }

    /// `shared::LANGUAGES` is the one list of languages: the kiosk speaks each of them (English
    /// from the main file), and the staff app offers none outside it.
    #[test]
    fn the_languages_are_those_shared_lists() {
        let kiosk: Vec<&str> = std::iter::once("en")
            .chain(KIOSK_LANGUAGES.iter().map(|(tag, _)| *tag))
            .collect();
        assert_eq!(kiosk, logbook_shared::LANGUAGES);
        for language in Language::ALL {
            assert!(logbook_shared::LANGUAGES.contains(&language.tag()));
        }
    }

    /// Each kiosk language has every `kiosk.` text, and nothing English lacks.
    #[test]
    fn every_kiosk_language_has_every_kiosk_text() {
        let english = Catalogue::parse(Language::English.source()).unwrap();
        let kiosk_keys: Vec<&String> = english
            .texts
            .keys()
            .filter(|key| key.starts_with("kiosk."))
            .collect();
        for (tag, source) in KIOSK_LANGUAGES {
            let own = Catalogue::parse(source).expect("kiosk file parses");
            let missing: Vec<_> = kiosk_keys.iter().filter(|key| !own.has(key)).collect();
            assert!(missing.is_empty(), "{tag} lacks {missing:?}");
            let extra: Vec<_> = own.texts.keys().filter(|key| !english.has(key)).collect();
            assert!(extra.is_empty(), "{tag} has texts English lacks: {extra:?}");
            assert_ne!(
                kiosk_i18n(tag).t("kiosk.check_in"),
                english.text("kiosk.check_in")
            );
        }
    }

    /// Error and role texts are looked up by code, so every code needs its text.
    #[test]
    fn every_error_code_role_and_category_has_a_text() {
        let english = Catalogue::parse(Language::English.source()).unwrap();
        for role in logbook_shared::Role::ALL {
            assert!(english.has(&format!("role.{}", role.as_str())));
        }
        use logbook_shared::structure::{ActivityKind, DeliveryMode, UnitType};
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
        for key in enum_keys {
            assert!(english.has(&key), "no text for {key}");
        }
        for code in logbook_shared::ErrorCode::ALL {
            assert!(
                english.has(&format!("error.{}", code.as_str())),
                "no text for {code:?}"
            );
        }
    }

    fn used_keys() -> Vec<String> {
        let mut keys = Vec::new();
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        visit(&root, &mut keys);
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
                for call in [".t(\"", ".t_with(\""] {
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
