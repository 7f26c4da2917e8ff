//! Numbers and days as a language writes them (`20 199`, `1.12.2026`, `maalisk. 2026`), from
//! the Unicode CLDR data that ICU4X compiles in: the server's counterpart of the browser's
//! `Intl`, for the PDF and the exports.

use std::convert::Infallible;

use chrono::{Datelike, NaiveDate};
use fluent_bundle::FluentValue;
use icu_datetime::fieldsets::{M, YM, YMD};
use icu_datetime::input::Date;
use icu_datetime::{DateTimeFormatter, DateTimeFormatterPreferences};
use icu_decimal::DecimalFormatter;
use icu_decimal::input::Decimal;
use icu_locale_core::Locale;
use intl_memoizer::Memoizable;
use intl_memoizer::concurrent::IntlLangMemoizer;

/// One language's ways of writing numbers and days.
#[derive(Debug, Clone)]
pub struct Formats {
    locale: Locale,
}

impl Formats {
    pub fn of(tag: &str) -> Formats {
        Formats {
            locale: tag.parse().unwrap_or(Locale::UNKNOWN),
        }
    }

    /// `value` with exactly `digits` decimals and the language's grouping and separator.
    pub fn decimal(&self, value: f64, digits: usize) -> String {
        let plain = format!("{value:.digits$}");
        let formatter = DecimalFormatter::try_new((&self.locale).into(), Default::default());
        match (Decimal::try_from_str(&plain), formatter) {
            (Ok(decimal), Ok(formatter)) => formatter.format(&decimal).to_string(),
            _ => plain,
        }
    }

    pub fn count(&self, value: i64) -> String {
        self.decimal(value as f64, 0)
    }

    /// A day as a printed page writes it (`1.12.2026`, `1 dec. 2026`, `Dec 1, 2026`).
    pub fn date(&self, day: NaiveDate) -> String {
        let formatter = DateTimeFormatter::try_new(self.preferences(), YMD::medium());
        let written = formatter.ok().zip(iso(day));
        written.map_or_else(|| day.to_string(), |(f, date)| f.format(&date).to_string())
    }

    /// A month of a year (`Mar 2026`, `maalisk. 2026`).
    pub fn month(&self, day: NaiveDate) -> String {
        let formatter = DateTimeFormatter::try_new(self.preferences(), YM::medium());
        let written = formatter.ok().zip(iso(day));
        let fallback = || day.format("%Y-%m").to_string();
        written.map_or_else(fallback, |(f, date)| f.format(&date).to_string())
    }

    /// A month's short name (`Mar`, `maalisk.`).
    pub fn month_name(&self, day: NaiveDate) -> String {
        let formatter = DateTimeFormatter::try_new(self.preferences(), M::medium());
        let written = formatter.ok().zip(iso(day));
        let fallback = || day.format("%m").to_string();
        written.map_or_else(fallback, |(f, date)| f.format(&date).to_string())
    }

    fn preferences(&self) -> DateTimeFormatterPreferences {
        (&self.locale).into()
    }
}

fn iso(day: NaiveDate) -> Option<Date<icu_calendar::Iso>> {
    let month = u8::try_from(day.month()).ok()?;
    let day_of_month = u8::try_from(day.day()).ok()?;
    Date::try_new_iso(day.year(), month, day_of_month).ok()
}

/// Fluent asks the bundle's memoizer for the language's formats when it writes a number.
impl Memoizable for Formats {
    type Args = ();
    type Error = Infallible;

    fn construct(language: unic_langid::LanguageIdentifier, _: ()) -> Result<Formats, Infallible> {
        Ok(Formats::of(&language.to_string()))
    }
}

/// A whole number inside a message, grouped as the language groups counts; anything else as
/// Fluent writes it.
pub fn fluent_number(value: &FluentValue, memoizer: &IntlLangMemoizer) -> Option<String> {
    match value {
        FluentValue::Number(number) if number.value.fract() == 0.0 => memoizer
            .with_try_get::<Formats, _, _>((), |formats| formats.decimal(number.value, 0))
            .ok(),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_language_writes_numbers_and_days_its_own_way() {
        let day = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
        let finnish = Formats::of("fi");
        assert_eq!(finnish.count(20199), "20\u{a0}199");
        assert_eq!(finnish.decimal(26.63, 1), "26,6");
        assert_eq!(finnish.date(day), "1.12.2026");
        let english = Formats::of("en");
        assert_eq!(english.count(20199), "20,199");
        assert_eq!(english.decimal(2.5, 2), "2.50");
        assert_ne!(english.month(day), finnish.month(day));
    }
}
