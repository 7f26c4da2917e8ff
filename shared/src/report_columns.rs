//! The columns of a report laid out as one table (exports, network statistics): their names,
//! which the JSON keeps as they are, and the text each is labelled with on a page or in a
//! file, so the server and the web app label them alike in every language.

use crate::structure::AgeBand;

/// The group's label and key, before the figures.
pub const GROUP: &str = "group";
pub const KEY: &str = "key";

/// The figures before the age bands.
pub const BEFORE_AGES: [&str; 6] = [
    "sessions",
    "visits",
    "visits_girl",
    "visits_boy",
    "visits_non_binary",
    "visits_not_stated",
];

/// The figures after the age bands.
pub const AFTER_AGES: [&str; 16] = [
    "visits_unbanded",
    "visits_outside_bands",
    "visits_age_unknown",
    "unique_visitors",
    "first_time_visitors",
    "opening_hours",
    "group_hours",
    "activity_hours",
    "youth_led_hours",
    "youth_led_share",
    "youth_producers",
    "visits_per_session",
    "visits_per_opening_hour",
    "share_girls",
    "share_boys",
    "share_non_binary",
];

/// What network statistics add: the cost of a visit (and [`rate`]).
pub const COST_PER_VISIT: &str = "cost_per_visit";

const RATE_PREFIX: &str = "visits_per_1000_residents_";
const BAND_PREFIX: &str = "visits_";

/// The column of visits aged `min`–`max`: `visits_6_12`.
pub fn band(min: i32, max: i32) -> String {
    format!("{BAND_PREFIX}{min}_{max}")
}

/// The ages of a band's column (`visits_6_12`: 6–12); none for any other column.
pub fn band_of(column: &str) -> Option<AgeBand> {
    let (min, max) = column.strip_prefix(BAND_PREFIX)?.split_once('_')?;
    Some(AgeBand {
        min: min.parse().ok()?,
        max: max.parse().ok()?,
    })
}

/// The column of visits per 1,000 residents of `ages`: `visits_per_1000_residents_6_20`.
pub fn rate(ages: AgeBand) -> String {
    format!("{RATE_PREFIX}{}_{}", ages.min, ages.max)
}

/// Whether the column holds a share in percent (26.6 for 26.6 %).
pub fn is_percent(column: &str) -> bool {
    column.starts_with("share_") || column == "youth_led_share"
}

/// The text key labelling `column`, and the values of its variables (an age range's `min`
/// and `max`).
pub fn label(column: &str) -> (String, Vec<(&'static str, String)>) {
    let ranged = |key: &str, rest: &str| {
        let (min, max) = rest.split_once('_')?;
        let numbers = min.parse::<i32>().is_ok() && max.parse::<i32>().is_ok();
        numbers.then(|| {
            (
                key.to_owned(),
                vec![("min", min.to_owned()), ("max", max.to_owned())],
            )
        })
    };
    let ranges = column
        .strip_prefix(RATE_PREFIX)
        .and_then(|rest| ranged("report.figure.visits_per_1000_residents", rest))
        .or_else(|| {
            column
                .strip_prefix(BAND_PREFIX)
                .and_then(|rest| ranged("report.figure.visits_ages", rest))
        });
    ranges.unwrap_or_else(|| (format!("report.figure.{column}"), Vec::new()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_band_column_gives_its_ages_back() {
        assert_eq!(band_of(&band(6, 12)), Some(AgeBand { min: 6, max: 12 }));
        for other in [
            "visits",
            "visits_girl",
            "visits_per_session",
            &rate(AgeBand { min: 6, max: 20 }),
        ] {
            assert_eq!(band_of(other), None, "{other}");
        }
    }

    #[test]
    fn a_column_is_labelled_by_its_figure_or_its_ages() {
        assert_eq!(label("visits"), ("report.figure.visits".into(), vec![]));
        assert_eq!(
            label("visits_girl"),
            ("report.figure.visits_girl".into(), vec![])
        );
        let ages = AgeBand { min: 6, max: 12 };
        assert_eq!(
            label(&band(6, 12)),
            (
                "report.figure.visits_ages".into(),
                vec![("min", "6".into()), ("max", "12".into())]
            )
        );
        assert_eq!(
            label(&rate(ages)).0,
            "report.figure.visits_per_1000_residents"
        );
        assert!(is_percent("share_girls") && is_percent("youth_led_share"));
        assert!(!is_percent("visits_per_session"));
    }
}
