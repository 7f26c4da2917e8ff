//! The annual report as a PDF: the title, the year's figures, visits per month as bars, the
//! aims and the written analysis. The labels come from the web app's catalogue, so they are
//! translated in one place.

use logbook_shared::report_columns;
use logbook_shared::reports::{AnnualReport, Report, month_of};

use super::table::{self, Cell};
use crate::error::ApiError;
use crate::pdf::{BODY, Bar, HEADING, TITLE};
use crate::texts::Texts;

/// The annual report of `organisation` with its labels in `texts`' language.
pub fn annual_report(
    organisation: &str,
    annual: &AnnualReport,
    texts: &Texts,
) -> Result<Vec<u8>, ApiError> {
    crate::pdf::write(&title(texts, annual.year), |pages| {
        pages.text(organisation, BODY);
        pages.text(&title(texts, annual.year), TITLE);
        pages.gap();
        pages.text(&texts.label("report.figures"), HEADING);
        for (name, value) in figure_rows(texts, &annual.report) {
            pages.row(&name, &value);
        }
        pages.gap();
        pages.text(&texts.label("annual.visits_per_month"), HEADING);
        pages.bars(&month_bars(texts, &annual.report));
        pages.gap();
        pages.text(&texts.label("annual.aims"), HEADING);
        if annual.aims.is_empty() {
            pages.paragraph(&texts.label("annual.no_aims"));
        }
        for aim in &annual.aims {
            pages.paragraph(&format!(
                "• {} ({} – {})",
                aim.title,
                texts.formats.date(aim.period_from),
                texts.formats.date(aim.period_to)
            ));
        }
        pages.gap();
        pages.text(&texts.label("annual.analysis"), HEADING);
        for paragraph in annual.analysis.split('\n') {
            pages.paragraph(paragraph);
        }
    })
}

fn title(texts: &Texts, year: i32) -> String {
    texts.text("annual.title", &[("year", &year.to_string())])
}

/// Each figure of the year with its label, as the exports head them.
fn figure_rows(texts: &Texts, report: &Report) -> Vec<(String, String)> {
    let table = table::of(report);
    let columns = table.header.iter().zip(&table.rows[0]).skip(2);
    columns
        .map(|(column, cell)| {
            let shown = match cell {
                Cell::Count(count) => texts.formats.count(*count),
                Cell::Measure(Some(value)) if report_columns::is_percent(column) => {
                    texts.percent(*value)
                }
                Cell::Measure(Some(value)) => texts.formats.decimal(*value, 1),
                Cell::Measure(None) | Cell::Text(_) | Cell::Suppressed => "–".to_owned(),
            };
            (texts.column(column), shown)
        })
        .collect()
}

/// A bar per month: its short name, its visits and how the language writes them.
fn month_bars(texts: &Texts, report: &Report) -> Vec<Bar> {
    report
        .groups
        .iter()
        .map(|group| Bar {
            name: month_of(&group.key)
                .map_or_else(|| group.key.clone(), |day| texts.formats.month_name(day)),
            value: group.figures.visits,
            shown: texts.formats.count(group.figures.visits),
        })
        .collect()
}
