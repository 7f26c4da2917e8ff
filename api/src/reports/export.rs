//! A report as one table — a row for the total and one per group, a column per figure (age
//! bands included) — written as CSV or as an XLSX workbook.

use logbook_shared::reports::{Figures, Report};
use rust_xlsxwriter::{Format, Workbook};

/// One cell: a count, a measure (hours, ratios, shares) or text; empty when absent.
enum Cell {
    Text(String),
    Count(i64),
    Measure(Option<f64>),
}

/// The header and the rows.
struct Table {
    header: Vec<String>,
    rows: Vec<Vec<Cell>>,
}

fn table(report: &Report) -> Table {
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

/// Full precision in the file: rounding is for display.
pub fn csv(report: &Report) -> anyhow::Result<Vec<u8>> {
    let table = table(report);
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(&table.header)?;
    for row in &table.rows {
        writer.write_record(row.iter().map(|cell| match cell {
            Cell::Text(text) => not_a_formula(text),
            Cell::Count(count) => count.to_string(),
            Cell::Measure(value) => value.map(|value| value.to_string()).unwrap_or_default(),
        }))?;
    }
    Ok(writer.into_inner()?)
}

/// A name starting like a formula (`=`, `+`, `-`, `@`) is quoted, so that a spreadsheet
/// opening the CSV shows it rather than running it.
fn not_a_formula(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@']) {
        format!("'{text}")
    } else {
        text.to_owned()
    }
}

/// One sheet (text cells are strings there, never formulas); measures shown with two decimals but stored exactly.
pub fn xlsx(report: &Report) -> anyhow::Result<Vec<u8>> {
    let table = table(report);
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    sheet.set_name(format!("{} – {}", report.from, report.to))?;
    let bold = Format::new().set_bold();
    let two_decimals = Format::new().set_num_format("0.00");
    for (column, name) in table.header.iter().enumerate() {
        sheet.write_with_format(0, u16::try_from(column)?, name.as_str(), &bold)?;
    }
    for (index, row) in table.rows.iter().enumerate() {
        let line = u32::try_from(index + 1)?;
        for (column, cell) in row.iter().enumerate() {
            let column = u16::try_from(column)?;
            match cell {
                Cell::Text(text) => sheet.write(line, column, text.as_str())?,
                Cell::Count(count) => sheet.write(line, column, *count as f64)?,
                Cell::Measure(Some(value)) => {
                    sheet.write_with_format(line, column, *value, &two_decimals)?
                }
                Cell::Measure(None) => sheet,
            };
        }
    }
    Ok(workbook.save_to_buffer()?)
}
