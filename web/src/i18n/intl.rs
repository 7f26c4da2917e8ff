//! The browser's `Intl`, which writes numbers and dates as each language does and costs the
//! download nothing. Outside a browser (the unit tests) it answers nothing and callers fall
//! back to plain Rust formatting.

pub use browser::{date, date_time, number, percent};

/// `value` with exactly `digits` decimals as the language `tag` writes it; Fluent writes the
/// numbers inside messages with it too (`catalogue.rs`).
pub fn number_in(tag: &str, value: f64, digits: u32) -> String {
    number(tag, value, digits).unwrap_or_else(|| format!("{value:.*}", digits as usize))
}

#[cfg(target_arch = "wasm32")]
mod browser {
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
mod browser {
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
