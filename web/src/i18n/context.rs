//! What components get from `use_i18n()`: the language in use and its texts.

use std::rc::Rc;

use yew::Callback;

use super::catalogue::{self, Catalogue};
use super::language::Language;

/// What components get from `use_i18n()`.
#[derive(Clone, PartialEq)]
pub struct I18n {
    pub language: Language,
    catalogue: Rc<Catalogue>,
    pub set_language: Callback<Language>,
}

impl I18n {
    pub(super) fn new(
        catalogue: Rc<Catalogue>,
        language: Language,
        set_language: Callback<Language>,
    ) -> I18n {
        I18n {
            language,
            catalogue,
            set_language,
        }
    }

    pub fn t(&self, key: &str) -> String {
        self.t_with::<&str>(key, &[])
    }

    /// The text with its variables (`{ $name }`) filled in; a number also chooses the plural.
    pub fn t_with<S: AsRef<str>>(&self, key: &str, args: &[(&str, S)]) -> String {
        self.catalogue
            .format(key, args)
            .or_else(|| catalogue::english().format(key, args))
            .unwrap_or_else(|| key.to_owned())
    }
}
