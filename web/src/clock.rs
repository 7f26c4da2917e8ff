//! The browser's calendar.

use chrono::NaiveDate;

/// Today in the browser's time zone: a session cannot be logged for a later day.
pub fn today() -> NaiveDate {
    let now = js_sys::Date::new_0();
    NaiveDate::from_ymd_opt(
        i32::try_from(now.get_full_year()).unwrap_or(1970),
        now.get_month() + 1,
        now.get_date(),
    )
    .unwrap_or_default()
}

/// Years a page offers to choose from: this one and the four before.
pub const YEARS_BACK: i32 = 4;
