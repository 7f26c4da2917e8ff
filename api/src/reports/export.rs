//! A report's table (`table.rs`) written as CSV or as an XLSX workbook, its header and names
//! in the reader's language. Numbers stay numbers: plain in the CSV (a program reads it; a
//! decimal comma would break it), typed cells in the workbook, which the spreadsheet shows as
//! the reader's locale writes them.

use logbook_shared::reports::{GroupBy, Report, month_of};
use rust_xlsxwriter::{Format, Workbook};

use super::table::{self, Cell, Table};
use crate::texts::Texts;

/// Full precision in the file: rounding is for display.
pub fn csv(report: &Report, texts: &Texts) -> anyhow::Result<Vec<u8>> {
    csv_of(&table::of(report), texts)
}

pub fn csv_of(table: &Table, texts: &Texts) -> anyhow::Result<Vec<u8>> {
    csv_with_footnote(table, texts, None)
}

/// The table, then a line whose first cell says something true of every figure (that network
/// figures are perturbed).
pub fn csv_with_footnote(
    table: &Table,
    texts: &Texts,
    footnote: Option<&str>,
) -> anyhow::Result<Vec<u8>> {
    let sheet = Sheet {
        header: header(table, texts),
        rows: named_rows(table, texts),
    };
    sheet.csv(texts, footnote)
}

/// One sheet (text cells are strings there, never formulas); measures shown with two decimals but stored exactly.
pub fn xlsx(report: &Report, texts: &Texts) -> anyhow::Result<Vec<u8>> {
    let table = table::of(report);
    let sheet = Sheet {
        header: header(&table, texts),
        rows: named_rows(&table, texts),
    };
    // ISO days: a sheet's name may not hold the `/` some languages write days with.
    sheet.xlsx(&format!("{} – {}", report.from, report.to), texts)
}

/// A table ready to write: its header and rows in the reader's language.
pub struct Sheet {
    pub header: Vec<String>,
    pub rows: Vec<Vec<Cell>>,
}

impl Sheet {
    /// The sheet as CSV, then `footnote` as a last line when given.
    pub fn csv(&self, texts: &Texts, footnote: Option<&str>) -> anyhow::Result<Vec<u8>> {
        let suppressed = texts.label("network.suppressed");
        let mut writer = csv::Writer::from_writer(Vec::new());
        writer.write_record(&self.header)?;
        for row in &self.rows {
            writer.write_record(row.iter().map(|cell| match cell {
                Cell::Text(text) => not_a_formula(text),
                Cell::Count(count) => count.to_string(),
                Cell::Measure(value) => value.map(|value| value.to_string()).unwrap_or_default(),
                Cell::Suppressed => suppressed.clone(),
            }))?;
        }
        if let Some(footnote) = footnote {
            // As wide as the table, so that a strict reader takes it.
            let mut line = vec![String::new(); self.header.len()];
            line[0] = not_a_formula(footnote);
            writer.write_record(line)?;
        }
        Ok(writer.into_inner()?)
    }

    /// The sheet as a one-sheet workbook named `name`.
    pub fn xlsx(&self, name: &str, texts: &Texts) -> anyhow::Result<Vec<u8>> {
        let suppressed = texts.label("network.suppressed");
        let mut workbook = Workbook::new();
        let sheet = workbook.add_worksheet();
        sheet.set_name(name)?;
        let bold = Format::new().set_bold();
        let two_decimals = Format::new().set_num_format("0.00");
        for (column, name) in self.header.iter().enumerate() {
            sheet.write_with_format(0, u16::try_from(column)?, name.as_str(), &bold)?;
        }
        for (index, row) in self.rows.iter().enumerate() {
            let line = u32::try_from(index + 1)?;
            for (column, cell) in row.iter().enumerate() {
                let at = u16::try_from(column)?;
                match cell {
                    Cell::Text(text) => sheet.write(line, at, text.as_str())?,
                    Cell::Count(count) => sheet.write(line, at, *count as f64)?,
                    Cell::Measure(Some(value)) => {
                        sheet.write_with_format(line, at, *value, &two_decimals)?
                    }
                    Cell::Measure(None) => sheet,
                    Cell::Suppressed => sheet.write(line, at, suppressed.as_str())?,
                };
            }
        }
        Ok(workbook.save_to_buffer()?)
    }
}

/// A text starting like a formula (`=`, `+`, `-`, `@`, also after spaces, or a tab or line
/// break that some spreadsheets skip) is quoted, so that a spreadsheet opening the CSV shows
/// it rather than running it: young people's own words reach these files too.
fn not_a_formula(text: &str) -> String {
    let formula = ['=', '+', '-', '@'];
    if text.starts_with(['\t', '\r']) || text.trim_start().starts_with(formula) {
        format!("'{text}")
    } else {
        text.to_owned()
    }
}

/// The table's rows with each group's name as the reader reads it in the first column.
fn named_rows(table: &Table, texts: &Texts) -> Vec<Vec<Cell>> {
    table
        .rows
        .iter()
        .enumerate()
        .map(|(index, row)| {
            let mut row = row.clone();
            if let Some(first) = row.first_mut() {
                *first = Cell::Text(group_name(table, index, texts));
            }
            row
        })
        .collect()
}

/// The columns' labels: what the rows are grouped by, their key, then each figure.
fn header(table: &Table, texts: &Texts) -> Vec<String> {
    let grouped = match table.group_by {
        Some(group_by) => texts.label(&format!("report.group.{}", group_by.as_str())),
        None => texts.label("report.column.group"),
    };
    [grouped, texts.label("report.column.key")]
        .into_iter()
        .chain(table.header[2..].iter().map(|column| texts.column(column)))
        .collect()
}

/// The name of row `index` as the reader reads it: "Total", a translated category, a month,
/// or the name the organisation wrote.
fn group_name(table: &Table, index: usize, texts: &Texts) -> String {
    if index == 0 {
        return texts.label("report.total");
    }
    let written = match &table.rows[index][0] {
        Cell::Text(name) => name.clone(),
        _ => String::new(),
    };
    if let Some(text_key) = &table.text_keys[index] {
        return texts.label(text_key);
    }
    let month = match (table.group_by, &table.rows[index][1]) {
        (Some(GroupBy::Month), Cell::Text(key)) => month_of(key),
        _ => None,
    };
    month.map_or(written, |first_day| texts.formats.month(first_day))
}

#[cfg(test)]
mod tests {
    use super::not_a_formula;

    #[test]
    fn what_a_spreadsheet_would_run_is_quoted_also_behind_spaces_and_tabs() {
        assert_eq!(not_a_formula("=1+1"), "'=1+1");
        assert_eq!(not_a_formula("  =HYPERLINK(1)"), "'  =HYPERLINK(1)");
        assert_eq!(not_a_formula("\t@x"), "'\t@x");
        assert_eq!(not_a_formula("\rtext"), "'\rtext");
        assert_eq!(not_a_formula("More trips, please"), "More trips, please");
    }
}
