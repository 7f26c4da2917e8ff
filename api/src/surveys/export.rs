//! A round's results as one table for CSV and XLSX: a row per group, question and answer
//! value, with the question's answered count, mean and share agreeing repeated on each of its
//! rows (so a spreadsheet can filter and pivot them); then the written answers where the
//! reader may see them. Hidden figures stay hidden: a question too few answered in a group
//! gets one row saying so.

use logbook_shared::surveys::{
    Question, QuestionKind, SurveyForm, SurveyResults, group_name, in_language,
};

use crate::reports::export::Sheet;
use crate::reports::table::Cell;
use crate::texts::Texts;

/// `results` of a round asking `form`, in `texts`' language (else the round's `fallback`).
pub fn sheet(results: &SurveyResults, form: &SurveyForm, texts: &Texts, fallback: &str) -> Sheet {
    let language = texts.language();
    let text_of = |question: &Question| in_language(&question.text, language, fallback).to_owned();
    let header = [
        "group", "question", "answer", "count", "answered", "mean", "agreeing",
    ]
    .iter()
    .map(|column| texts.label(&format!("surveys-column-{column}")))
    .collect();
    let mut rows = Vec::new();
    for group in &results.groups {
        let name = group_name(&group.group, |key| texts.label(key));
        for result in &group.questions {
            let Some(question) = form.questions.iter().find(|q| q.key == result.key) else {
                continue;
            };
            let lead = [Cell::Text(name.clone()), Cell::Text(text_of(question))];
            if !result.shown {
                rows.push(
                    lead.into_iter()
                        .chain([Cell::Text(String::new()), Cell::Suppressed])
                        .collect(),
                );
                continue;
            }
            for value in &result.counts {
                let answer = match question.kind {
                    QuestionKind::Likert => value.value.clone(),
                    _ => question
                        .options
                        .iter()
                        .find(|option| option.key == value.value)
                        .map(|option| in_language(&option.label, language, fallback).to_owned())
                        .unwrap_or_else(|| value.value.clone()),
                };
                rows.push(
                    lead.iter()
                        .cloned()
                        .chain([
                            Cell::Text(answer),
                            Cell::Count(value.count),
                            Cell::Count(result.answered.unwrap_or(0)),
                            Cell::Measure(result.mean),
                            Cell::Measure(result.agreeing_percent),
                        ])
                        .collect(),
                );
            }
        }
    }
    let everyone = group_name("all", |key| texts.label(key));
    for words in &results.free_text {
        let Some(question) = form.questions.iter().find(|q| q.key == words.key) else {
            continue;
        };
        for answer in &words.answers {
            rows.push(vec![
                Cell::Text(everyone.clone()),
                Cell::Text(text_of(question)),
                Cell::Text(answer.clone()),
            ]);
        }
    }
    // Every row as wide as the header: a CSV reader expects it.
    for row in &mut rows {
        row.resize(7, Cell::Measure(None));
    }
    Sheet { header, rows }
}
