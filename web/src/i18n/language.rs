//! The languages the app speaks: those `shared::LANGUAGES` lists, and the person's choice.

use gloo::storage::{LocalStorage, Storage};
use logbook_shared::LANGUAGES;

const STORAGE_KEY: &str = "logbook.language";

/// One of `shared::LANGUAGES`, by its BCP 47 tag.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Language(&'static str);

impl Language {
    pub const ENGLISH: Language = Language("en");

    /// Every language, English first.
    pub fn all() -> impl Iterator<Item = Language> {
        LANGUAGES.into_iter().map(Language)
    }

    /// The BCP 47 tag, used for `<html lang>`, storage and the text file's name.
    pub fn tag(self) -> &'static str {
        self.0
    }

    /// The language's name in itself, as the switcher shows it.
    pub fn native_name(self) -> &'static str {
        logbook_shared::native_name(self.0).unwrap_or(self.0)
    }

    pub fn from_tag(tag: &str) -> Option<Language> {
        Language::all().find(|language| language.tag() == tag)
    }

    /// The choice stored on this device, else the browser's language if it is one of ours.
    pub fn preferred() -> Option<Language> {
        LocalStorage::get::<String>(STORAGE_KEY)
            .ok()
            .and_then(|tag| Language::from_tag(&tag))
            .or_else(|| {
                let preferred = web_sys::window()?.navigator().language()?;
                Language::from_tag(preferred.split('-').next()?)
            })
    }

    /// What a page shows before anyone signs in: [`Language::preferred`], else English.
    pub fn initial() -> Language {
        Language::preferred().unwrap_or(Language::ENGLISH)
    }

    /// Keeps the choice on this device and tells the page (`<html lang>`).
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
