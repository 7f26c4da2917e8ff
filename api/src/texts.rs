//! The app's texts where the server writes them (the annual report PDF): the web app's Fluent
//! files (`web/i18n/<tag>.ftl`), so a text is written and translated in one place.

use std::sync::LazyLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

const ENGLISH: &str = include_str!("../../web/i18n/en.ftl");

static ENGLISH_TEXTS: LazyLock<Option<FluentBundle<FluentResource>>> = LazyLock::new(|| {
    let resource = FluentResource::try_new(ENGLISH.to_owned()).ok()?;
    let mut bundle = FluentBundle::new_concurrent(vec!["en".parse().ok()?]);
    bundle.set_use_isolating(false);
    bundle.add_resource(resource).ok()?;
    Some(bundle)
});

/// The English text of `key` with `args` filled in; the key itself when there is none, so a
/// gap shows rather than a blank.
pub fn english(key: &str, args: &[(&str, &str)]) -> String {
    let id = logbook_shared::message_id(key);
    let Some(bundle) = ENGLISH_TEXTS.as_ref() else {
        return key.to_owned();
    };
    let Some(pattern) = bundle.get_message(&id).and_then(|message| message.value()) else {
        return key.to_owned();
    };
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        fluent_args.set(*name, FluentValue::try_number(value));
    }
    bundle
        .format_pattern(pattern, Some(&fluent_args), &mut Vec::new())
        .into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn texts_come_from_the_web_apps_file() {
        assert_eq!(
            english("annual.title", &[("year", "2026")]),
            "Annual report 2026"
        );
        assert_eq!(english("no.such.text", &[]), "no.such.text");
    }
}
