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
        intl::date(self.language.tag(), day, false).unwrap_or_else(|| day.to_string())
    }

    /// A day with its weekday, short (`ti 1.12.`).
    pub fn weekday_date(&self, day: NaiveDate) -> String {
        intl::date(self.language.tag(), day, true)
            .unwrap_or_else(|| day.format("%a %d.%m.").to_string())
    }

    /// A moment stored in UTC, in the browser's time zone (`1.12.2026 klo 18.30`).
    pub fn date_time(&self, at: NaiveDateTime) -> String {
        intl::date_time(self.language.tag(), at.and_utc().timestamp_millis() as f64)
            .unwrap_or_else(|| at.format("%Y-%m-%d %H:%M").to_string())
    }

    fn number(&self, value: f64, digits: u32) -> String {
        intl::number(self.language.tag(), value, digits)
            .unwrap_or_else(|| format!("{value:.*}", digits as usize))
    }
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

    pub fn date(tag: &str, day: NaiveDate, weekday: bool) -> Option<String> {
        let numeric = JsValue::from_str("numeric");
        let mut pairs = vec![("day", numeric.clone()), ("month", numeric.clone())];
        if weekday {
            pairs.push(("weekday", JsValue::from_str("short")));
        } else {
            pairs.push(("year", numeric));
        }
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

    pub fn date(_: &str, _: NaiveDate, _: bool) -> Option<String> {
        None
    }

    pub fn date_time(_: &str, _: f64) -> Option<String> {
        None
    }
}
