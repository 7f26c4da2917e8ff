//! Numbers and dates as the person's language writes them (`20 199`, `26,6 %`, `1.12.2026`),
//! through the browser's `Intl`, which costs the download nothing. Outside a browser (the
//! unit tests) they fall back to plain Rust formatting.

use chrono::{NaiveDate, NaiveDateTime};

use super::context::I18n;
use super::intl::{self, number_in};

impl I18n {
    /// A whole number with the language's grouping.
    pub fn count(&self, value: i64) -> String {
        self.number(value as f64, 0)
    }

    /// A number with exactly `digits` decimals.
    pub fn decimal(&self, value: f64, digits: u32) -> String {
        self.number(value, digits)
    }

    /// A share given in percent (26.6 for 26.6 %), with one decimal.
    pub fn percent(&self, value: f64) -> String {
        intl::percent(self.language.tag(), value / 100.0).unwrap_or_else(|| format!("{value:.1} %"))
    }

    /// A day as the language writes it in short (`1.12.2026`, `2026-12-01`).
    pub fn date(&self, day: NaiveDate) -> String {
        const FIELDS: [(&str, &str); 3] = [
            ("day", "numeric"),
            ("month", "numeric"),
            ("year", "numeric"),
        ];
        intl::date(self.language.tag(), day, &FIELDS).unwrap_or_else(|| day.to_string())
    }

    /// A day with its weekday, short (`ti 1.12.`).
    pub fn weekday_date(&self, day: NaiveDate) -> String {
        const FIELDS: [(&str, &str); 3] = [
            ("weekday", "short"),
            ("day", "numeric"),
            ("month", "numeric"),
        ];
        intl::date(self.language.tag(), day, &FIELDS)
            .unwrap_or_else(|| day.format("%a %d.%m.").to_string())
    }

    /// The month of `day`, short, with its year (`Mar 2026`, `maalis 2026`).
    pub fn month(&self, day: NaiveDate) -> String {
        const FIELDS: [(&str, &str); 2] = [("month", "short"), ("year", "numeric")];
        intl::date(self.language.tag(), day, &FIELDS)
            .unwrap_or_else(|| day.format("%Y-%m").to_string())
    }

    /// A month's key in a report (`2026-03`) as [`I18n::month`] writes it; another key as it is.
    pub fn month_key(&self, key: &str) -> String {
        logbook_shared::reports::month_of(key).map_or_else(|| key.to_owned(), |day| self.month(day))
    }

    /// A moment stored in UTC, in the browser's time zone (`1.12.2026 klo 18.30`).
    pub fn date_time(&self, at: NaiveDateTime) -> String {
        intl::date_time(self.language.tag(), at.and_utc().timestamp_millis() as f64)
            .unwrap_or_else(|| at.format("%Y-%m-%d %H:%M").to_string())
    }

    fn number(&self, value: f64, digits: u32) -> String {
        number_in(self.language.tag(), value, digits)
    }
}
