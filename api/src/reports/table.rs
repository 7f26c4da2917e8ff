//! A report as one table — a row for the total and one per group, a column per figure (age
//! bands included) — which exports write and network statistics suppress cells of.

use logbook_shared::reports::{Figures, Report};

/// One cell: a count, a measure (hours, ratios, shares) or text; empty when absent.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Text(String),
    Count(i64),
    Measure(Option<f64>),
    /// Hidden to protect young people in a small cell (network statistics, SPEC 8).
    Suppressed,
}

/// The header and the rows.
pub struct Table {
    pub header: Vec<String>,
    /// The total first, then the groups.
    pub rows: Vec<Vec<Cell>>,
}

pub fn of(report: &Report) -> Table {
    let mut header: Vec<String> = [
        "group",
        "key",
        "sessions",
        "visits",
        "visits_girl",
        "visits_boy",
        "visits_non_binary",
        "visits_not_stated",
    ]
    .map(str::to_owned)
    .to_vec();
    header.extend(
        report
            .total
            .visits_by_age
            .bands
            .iter()
            .map(|band| format!("visits_{}_{}", band.min, band.max)),
    );
    header.extend(
        [
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
        ]
        .map(str::to_owned),
    );
    let mut rows = vec![row("total", "", &report.total)];
    rows.extend(
        report
            .groups
            .iter()
            .map(|group| row(&group.label, &group.key, &group.figures)),
    );
    Table { header, rows }
}

/// The group's label and key (two activities may share a name), then its figures.
fn row(label: &str, key: &str, figures: &Figures) -> Vec<Cell> {
    let gender = figures.visits_by_gender;
    let ages = &figures.visits_by_age;
    let mut cells = vec![
        Cell::Text(label.to_owned()),
        Cell::Text(key.to_owned()),
        Cell::Count(figures.sessions),
        Cell::Count(figures.visits),
        Cell::Count(gender.girl),
        Cell::Count(gender.boy),
        Cell::Count(gender.non_binary),
        Cell::Count(gender.not_stated),
    ];
    cells.extend(ages.bands.iter().map(|band| Cell::Count(band.visits)));
    cells.extend([
        Cell::Count(ages.unbanded),
        Cell::Count(ages.outside),
        Cell::Count(ages.unknown),
        Cell::Count(figures.unique_visitors),
        Cell::Count(figures.first_time_visitors),
        Cell::Measure(Some(figures.opening_hours)),
        Cell::Measure(Some(figures.group_hours)),
        Cell::Measure(Some(figures.activity_hours)),
        Cell::Measure(Some(figures.youth_led_hours)),
        Cell::Measure(figures.youth_led_share),
        Cell::Count(figures.youth_producers),
        Cell::Measure(figures.visits_per_session),
        Cell::Measure(figures.visits_per_opening_hour),
        Cell::Measure(figures.share_girls),
        Cell::Measure(figures.share_boys),
        Cell::Measure(figures.share_non_binary),
    ]);
    cells
}
