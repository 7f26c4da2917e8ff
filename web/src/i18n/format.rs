//! Numbers and dates as the person's language writes them (`20 199`, `26,6 %`, `1.12.2026`),
//! through the browser's `Intl`, which costs the download nothing. Outside a browser (the
//! unit tests) they fall back to plain Rust formatting.

use chrono::{NaiveDate, NaiveDateTime};

use super::context::I18n;

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
        match NaiveDate::parse_from_str(&format!("{key}-01"), "%Y-%m-%d") {
            Ok(day) => self.month(day),
            Err(_) => key.to_owned(),
        }
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

/// `value` with exactly `digits` decimals as the language `tag` writes it; Fluent writes the
/// numbers inside messages with it too (`catalogue.rs`).
pub fn number_in(tag: &str, value: f64, digits: u32) -> String {
    intl::number(tag, value, digits).unwrap_or_else(|| format!("{value:.*}", digits as usize))
}

#[cfg(target_arch = "wasm32")]
mod intl {
    use chrono::{Datelike, NaiveDate};
    use js_sys::{Array, Date, Intl, Object, Reflect};
    use wasm_bindgen::JsValue;

    fn options(pairs: &[(&str, JsValue)]) -> Object {
        let options = Object::new();
        for (name, value) in pairs {
            // Setting a plain property of a fresh object does not fail.
            let _ = Reflect::set(&options, &JsValue::from_str(name), value);
        }
        options
    }

    fn locales(tag: &str) -> Array {
        Array::of1(&JsValue::from_str(tag))
    }

    fn format(formatter: &js_sys::Function, value: &JsValue) -> Option<String> {
        formatter.call1(&JsValue::NULL, value).ok()?.as_string()
    }

    pub fn number(tag: &str, value: f64, digits: u32) -> Option<String> {
        let digits = JsValue::from(digits);
        let options = options(&[
            ("minimumFractionDigits", digits.clone()),
            ("maximumFractionDigits", digits),
        ]);
        let formatter = Intl::NumberFormat::new(&locales(tag), &options).format();
        format(&formatter, &JsValue::from_f64(value))
    }

    pub fn percent(tag: &str, fraction: f64) -> Option<String> {
        let one = JsValue::from(1);
        let options = options(&[
            ("style", JsValue::from_str("percent")),
            ("minimumFractionDigits", one.clone()),
            ("maximumFractionDigits", one),
        ]);
        let formatter = Intl::NumberFormat::new(&locales(tag), &options).format();
        format(&formatter, &JsValue::from_f64(fraction))
    }

    /// `day` with the `Intl.DateTimeFormat` fields given (`("month", "short")`).
    pub fn date(tag: &str, day: NaiveDate, fields: &[(&str, &str)]) -> Option<String> {
        let mut pairs: Vec<(&str, JsValue)> = fields
            .iter()
            .map(|(field, style)| (*field, JsValue::from_str(style)))
            .collect();
        // Noon UTC, read back in UTC: the day is the same in every time zone.
        pairs.push(("timeZone", JsValue::from_str("UTC")));
        let at = Date::new(&JsValue::from_f64(Date::utc(
            f64::from(day.year()),
            f64::from(day.month0()),
        )));
        at.set_utc_date(day.day());
        at.set_utc_hours(12);
        let formatter = Intl::DateTimeFormat::new(&locales(tag), &options(&pairs)).format();
        format(&formatter, &at)
    }

    pub fn date_time(tag: &str, utc_millis: f64) -> Option<String> {
        let short = JsValue::from_str("short");
        let options = options(&[("dateStyle", short.clone()), ("timeStyle", short)]);
        let formatter = Intl::DateTimeFormat::new(&locales(tag), &options).format();
        format(&formatter, &Date::new(&JsValue::from_f64(utc_millis)))
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod intl {
    use chrono::NaiveDate;

    pub fn number(_: &str, _: f64, _: u32) -> Option<String> {
        None
    }

    pub fn percent(_: &str, _: f64) -> Option<String> {
        None
    }

    pub fn date(_: &str, _: NaiveDate, _: &[(&str, &str)]) -> Option<String> {
        None
    }

    pub fn date_time(_: &str, _: f64) -> Option<String> {
        None
    }
}
