//! The annual report as a PDF: the title, the year's figures, visits per month as bars, the
//! aims followed up, the surveys and the written analysis. The labels come from the web
//! app's catalogue, so they are translated in one place.

use logbook_shared::report_columns;
use logbook_shared::reports::{AnnualReport, Report, month_of};
use logbook_shared::surveys::{QuestionKind, RoundSummary, in_language};

use super::table::{self, Cell};
use crate::error::ApiError;
use crate::follow_up;
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
        for year in &annual.follow_up {
            for line in follow_up::lines::aim_year(texts, year) {
                pages.paragraph(&line);
            }
        }
        for aim in annual.aims_not_followed() {
            pages.paragraph(&format!(
                "• {} ({} – {})",
                aim.title,
                texts.formats.date(aim.period_from),
                texts.formats.date(aim.period_to)
            ));
        }
        pages.gap();
        pages.text(&texts.label("annual.surveys"), HEADING);
        if annual.surveys.is_empty() {
            pages.paragraph(&texts.label("annual.no_surveys"));
        }
        for survey in &annual.surveys {
            for line in survey_lines(texts, survey) {
                pages.paragraph(&line);
            }
        }
        pages.gap();
        pages.text(&texts.label("annual.analysis"), HEADING);
        for paragraph in annual.analysis.split('\n') {
            pages.paragraph(paragraph);
        }
    })
}

/// A round as the report prints it: its title, period and answers, then each 1–5 question's
/// average and share agreeing for everyone — or why nothing shows.
fn survey_lines(texts: &Texts, survey: &RoundSummary) -> Vec<String> {
    let results = &survey.results;
    let answers = results.responses.to_string();
    let mut lines = vec![format!(
        "{} ({} – {}): {}",
        survey.title,
        texts.formats.date(survey.opens_on),
        texts.formats.date(survey.closes_on),
        texts.text("surveys-answers", &[("count", answers)])
    )];
    if !results.shown {
        let min = results.min_responses.to_string();
        lines.push(texts.text("surveys-results_too_few", &[("min", min)]));
        return lines;
    }
    let everyone = results.groups.iter().flat_map(|group| &group.questions);
    for result in everyone.filter(|result| result.kind == QuestionKind::Likert) {
        let (Some(mean), Some(agreeing)) = (result.mean, result.agreeing_percent) else {
            continue;
        };
        let Some(question) = survey.questions.iter().find(|q| q.key == result.key) else {
            continue;
        };
        let mean = texts.formats.decimal(mean, 1);
        lines.push(format!(
            "• {}: {} · {}",
            in_language(&question.text, texts.language(), &survey.language),
            texts.text("surveys-mean", &[("value", mean)]),
            texts.text("surveys-agreeing", &[("value", texts.percent(agreeing))])
        ));
    }
    lines
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
