//! A report's table (`table.rs`) written as CSV or as an XLSX workbook.

use logbook_shared::reports::Report;
use rust_xlsxwriter::{Format, Workbook};

use super::table::{self, Cell, Table};

/// How a suppressed cell reads in a file.
const SUPPRESSED: &str = "suppressed";

/// Full precision in the file: rounding is for display.
pub fn csv(report: &Report) -> anyhow::Result<Vec<u8>> {
    csv_of(&table::of(report))
}

pub fn csv_of(table: &Table) -> anyhow::Result<Vec<u8>> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(&table.header)?;
    for row in &table.rows {
        writer.write_record(row.iter().map(|cell| match cell {
            Cell::Text(text) => not_a_formula(text),
            Cell::Count(count) => count.to_string(),
            Cell::Measure(value) => value.map(|value| value.to_string()).unwrap_or_default(),
            Cell::Suppressed => SUPPRESSED.to_owned(),
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
    let table = table::of(report);
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
                Cell::Suppressed => sheet.write(line, column, SUPPRESSED)?,
            };
        }
    }
    Ok(workbook.save_to_buffer()?)
}
