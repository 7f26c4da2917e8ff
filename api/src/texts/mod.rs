//! The app's texts where the server writes them (the annual report PDF, exports): the web
//! app's Fluent files (`web/i18n/<tag>.ftl`), so a text is written and translated in one
//! place; numbers and days as the language writes them (`formats`).

mod formats;

use std::sync::LazyLock;

use fluent_bundle::FluentResource;
use fluent_bundle::concurrent::FluentBundle;
use logbook_shared::{LANGUAGES, report_columns};

pub use formats::Formats;

/// Every language's file, in `LANGUAGES` order (English first): a language added there
/// without its file here does not compile.
const SOURCES: [&str; LANGUAGES.len()] = [
    include_str!("../../../web/i18n/en.ftl"),
    include_str!("../../../web/i18n/sv.ftl"),
    include_str!("../../../web/i18n/fi.ftl"),
    include_str!("../../../web/i18n/sl.ftl"),
    include_str!("../../../web/i18n/lv.ftl"),
    include_str!("../../../web/i18n/et.ftl"),
];

static BUNDLES: LazyLock<Vec<Option<FluentBundle<FluentResource>>>> = LazyLock::new(|| {
    LANGUAGES
        .iter()
        .zip(SOURCES)
        .map(|(tag, source)| bundle(tag, source))
        .collect()
});

fn bundle(tag: &str, source: &str) -> Option<FluentBundle<FluentResource>> {
    let resource = FluentResource::try_new(source.to_owned()).ok()?;
    let mut bundle = FluentBundle::new_concurrent(vec![tag.parse().ok()?]);
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(formats::fluent_number));
    bundle.add_resource(resource).ok()?;
    Some(bundle)
}

/// One language's texts; a text it lacks comes in English (the web app's tests keep every
/// language complete).
#[derive(Debug, Clone)]
pub struct Texts {
    language: usize,
    pub formats: Formats,
}

impl Texts {
    /// The texts of `tag`, or English's when `tag` is not one of `LANGUAGES`.
    pub fn of(tag: &str) -> Texts {
        let language = LANGUAGES.iter().position(|own| *own == tag).unwrap_or(0);
        Texts {
            language,
            formats: Formats::of(LANGUAGES[language]),
        }
    }

    /// The language tag these texts are in.
    pub fn language(&self) -> &'static str {
        LANGUAGES[self.language]
    }

    /// The label of a report table's column (`visits_6_12`: "Visits aged 6–12").
    pub fn column(&self, column: &str) -> String {
        let (key, args) = report_columns::label(column);
        self.text(&key, &args)
    }

    /// A share given in percent (26.6 for 26.6 %), with one decimal, as the language writes
    /// percentages.
    pub fn percent(&self, value: f64) -> String {
        let number = self.formats.decimal(value, 1);
        self.text("number.percent", &[("value", &number)])
    }

    pub fn label(&self, key: &str) -> String {
        self.text::<&str>(key, &[])
    }

    /// The text of `key` with `args` filled in; the key itself when no language has it, so a
    /// gap shows rather than a blank.
    pub fn text<S: AsRef<str>>(&self, key: &str, args: &[(&str, S)]) -> String {
        let id = logbook_shared::message_id(key);
        let fluent_args = logbook_shared::message_args(args);
        [self.language, 0]
            .into_iter()
            .filter_map(|index| BUNDLES[index].as_ref())
            .find_map(|bundle| {
                let pattern = bundle.get_message(&id)?.value()?;
                let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut Vec::new());
                Some(text.into_owned())
            })
            .unwrap_or_else(|| key.to_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn texts_come_from_the_web_apps_files() {
        let english = Texts::of("en");
        assert_eq!(
            english.text("annual.title", &[("year", "2026")]),
            "Annual report 2026"
        );
        let missing = "no.such.text";
        assert_eq!(english.label(missing), missing);
        let slovenian = Texts::of("sl");
        assert_ne!(
            slovenian.label("annual.analysis"),
            english.label("annual.analysis")
        );
        assert_eq!(
            Texts::of("xx").label("annual.aims"),
            english.label("annual.aims")
        );
        assert!(BUNDLES.iter().all(Option::is_some), "every file parses");
        let finnish = Texts::of("fi");
        assert_eq!(
            finnish.text("annual.title", &[("year", "2026")]),
            "Vuosiraportti 2026"
        );
        assert_eq!(finnish.percent(26.63), "26,6\u{a0}%");
        assert_eq!(finnish.column("visits_6_12"), "Käyntikerrat, 6–12-vuotiaat");
    }
}
