//! A report as one table — a row for the total and one per group, a column per figure (age
//! bands included) — which exports write and network statistics suppress cells of.

use logbook_shared::report_columns as columns;
use logbook_shared::reports::{Figures, GroupBy, Report};

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
    pub group_by: Option<GroupBy>,
    /// Per row, the app's text naming its group when there is one (`ReportGroup::text_key`).
    pub text_keys: Vec<Option<String>>,
}

pub fn of(report: &Report) -> Table {
    let mut header: Vec<String> = [columns::GROUP, columns::KEY]
        .into_iter()
        .chain(columns::BEFORE_AGES)
        .map(str::to_owned)
        .collect();
    header.extend(
        report
            .total
            .visits_by_age
            .bands
            .iter()
            .map(|band| columns::band(band.min, band.max)),
    );
    header.extend(columns::AFTER_AGES.map(str::to_owned));
    let mut rows = vec![row("total", "", &report.total)];
    rows.extend(
        report
            .groups
            .iter()
            .map(|group| row(&group.label, &group.key, &group.figures)),
    );
    let text_keys = std::iter::once(None)
        .chain(report.groups.iter().map(|group| group.text_key.clone()))
        .collect();
    Table {
        header,
        rows,
        group_by: report.group_by,
        text_keys,
    }
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
