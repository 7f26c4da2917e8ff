//! A period of days as reports, aims and network releases take it: within the report years,
//! in order, and at most ten years long.

use chrono::{Datelike, NaiveDate};

use crate::error::FieldError;

/// `from` after `to` is refused on `to`.
pub fn period_errors(from: NaiveDate, to: NaiveDate) -> Vec<FieldError> {
    let mut errors: Vec<FieldError> = [("from", from), ("to", to)]
        .into_iter()
        .filter(|(_, day)| !REPORT_YEARS.contains(&day.year()))
        .map(|(field, _)| FieldError::new(field, "range", "A day in the years 1900 to 2200"))
        .collect();
    if errors.is_empty() && from > to {
        errors.push(FieldError::new(
            "to",
            "date_order",
            "The period ends before it starts",
        ));
    }
    let longest = from.checked_add_months(chrono::Months::new(12 * MAX_PERIOD_YEARS));
    if errors.is_empty() && longest.is_some_and(|end| to >= end) {
        errors.push(FieldError::new(
            "to",
            "period_too_long",
            format!("A period of at most {MAX_PERIOD_YEARS} years"),
        ));
    }
    errors
}

/// The longest period one request may name: every answer stays bounded.
pub const MAX_PERIOD_YEARS: u32 = 10;

/// The years a report's period may span: every session there is, and a bound on the months
/// a report grouped by month has (3,612).
pub const REPORT_YEARS: std::ops::RangeInclusive<i32> = 1900..=2200;

/// The calendar year of `day`: its first and last day.
pub fn calendar_year(day: NaiveDate) -> (NaiveDate, NaiveDate) {
    let year = day.year();
    (
        NaiveDate::from_ymd_opt(year, 1, 1).unwrap_or(day),
        NaiveDate::from_ymd_opt(year, 12, 31).unwrap_or(day),
    )
}

/// [`period_errors`] for a record whose period is `period_from`–`period_to` (an aim).
pub fn named_period_errors(from: NaiveDate, to: NaiveDate) -> Vec<FieldError> {
    period_errors(from, to)
        .into_iter()
        .map(|mut error| {
            error.path = format!("period_{}", error.path);
            error
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_period_is_at_most_ten_years() {
        let day = |text: &str| text.parse::<NaiveDate>().unwrap();
        assert!(period_errors(day("2016-01-01"), day("2025-12-31")).is_empty());
        let codes: Vec<String> = period_errors(day("2016-01-01"), day("2026-01-01"))
            .into_iter()
            .map(|error| format!("{}:{}", error.path, error.code))
            .collect();
        assert_eq!(codes, ["to:period_too_long"]);
    }
}
