//! An aim's year as the annual report's PDF prints it: the aim, each indicator's value beside
//! its target and status, and the written notes and action plan.

use logbook_shared::aims::{Comparator, Indicator, Metric};
use logbook_shared::follow_up::AimYear;

use crate::surveys::templates as surveys;
use crate::texts::Texts;

/// The lines of one aim's year.
pub fn aim_year(texts: &Texts, year: &AimYear) -> Vec<String> {
    let aim = &year.aim;
    let mut lines = vec![format!(
        "• {} ({} – {})",
        aim.title,
        texts.formats.date(aim.period_from),
        texts.formats.date(aim.period_to)
    )];
    for (indicator, value) in aim.indicators.iter().zip(&year.values) {
        let shown = value.value.map_or_else(
            || "–".to_owned(),
            |number| number_of(texts, indicator.metric, number),
        );
        let comparator = match indicator.comparator {
            Comparator::AtLeast => "follow.target_at_least",
            Comparator::AtMost => "follow.target_at_most",
        };
        let target = number_of(texts, indicator.metric, value.target);
        lines.push(format!(
            "   {}: {} ({}) – {}",
            metric_name(texts, indicator),
            shown,
            texts.text(comparator, &[("target", target)]),
            texts.label(&format!("follow.status_{}", value.status.as_str()))
        ));
    }
    let Some(plan) = &year.plan else {
        lines.push(format!("   {}", texts.label("follow.no_plan")));
        return lines;
    };
    if !plan.notes.is_empty() {
        lines.push(format!(
            "   {}: {}",
            texts.label("follow.notes"),
            plan.notes
        ));
    }
    if !plan.actions.is_empty() {
        lines.push(format!("   {}:", texts.label("follow.plan")));
    }
    for action in &plan.actions {
        let when = action
            .by_when
            .map_or_else(|| "–".to_owned(), |day| texts.formats.date(day));
        let mut line = texts.text(
            "follow.action",
            &[
                ("what", action.what.as_str()),
                ("when", &when),
                ("who", action.who.as_str()),
            ],
        );
        if action.done {
            line = format!("{line} ({})", texts.label("follow.action_done"));
        }
        lines.push(format!("   – {line}"));
    }
    lines
}

/// What an indicator measures, in the reader's language (a survey question in its words).
pub fn metric_name(texts: &Texts, indicator: &Indicator) -> String {
    let key = format!("follow.metric_{}", indicator.metric.as_str());
    let Some(asked) = &indicator.survey_question else {
        return texts.label(&key);
    };
    let question = asked
        .text_in(surveys::all(), texts.language())
        .unwrap_or(&asked.question);
    texts.text(&key, &[("question", question)])
}

/// A value as the language writes it: a percentage, a whole count, or one decimal.
fn number_of(texts: &Texts, metric: Metric, value: f64) -> String {
    if metric.is_percentage() {
        texts.percent(value)
    } else if metric.is_whole_count() {
        texts.formats.count(value.round() as i64)
    } else {
        texts.formats.decimal(value, 1)
    }
}
