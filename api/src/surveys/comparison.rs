//! Members' results of one built-in survey side by side for their network (issue 19, KEKS's
//! national compilation). Only the template's 1–5 questions are compared, by key. A member
//! shows only with at least its smallest number shown (the largest of the network's smallest
//! cell, its own and its `survey_min_responses`); all members together are pooled from the
//! members shown only, question by question, so no hidden member's few answers can be worked
//! out by subtraction; the median needs five members, as the statistics' comparison does.

use logbook_shared::ids::{NetworkId, OrganisationId};
use logbook_shared::surveys::{
    ComparedMember, ComparedQuestion, QuestionKind, QuestionResult, SurveyComparison, SurveyForm,
    SurveyTemplate,
};

use crate::db::queries::survey_results::Counted;
use crate::statistics::{FEWEST_FOR_A_MEDIAN, median};
use crate::surveys::results;

/// A member's answers to the template's rounds in the year, all rounds counted together.
pub struct MemberAnswers {
    pub organisation_id: OrganisationId,
    pub name: String,
    /// Its smallest number shown.
    pub min: i64,
    pub counted: Counted,
}

/// The comparison as `only` (a member's org admin) or a network admin (`None`) reads it.
pub fn compare(
    network_id: NetworkId,
    template: &SurveyTemplate,
    year: i32,
    members: Vec<MemberAnswers>,
    only: Option<OrganisationId>,
) -> SurveyComparison {
    let form = SurveyForm {
        ask_gender: false,
        ask_age_band: false,
        questions: template
            .questions
            .iter()
            .filter(|question| question.kind == QuestionKind::Likert)
            .cloned()
            .collect(),
        age_bands: Vec::new(),
    };
    let each: Vec<(MemberAnswers, i64, Vec<QuestionResult>)> = members
        .into_iter()
        .map(|member| {
            let (responses, questions) = results::everyone(&form, &member.counted, member.min);
            (member, responses, questions)
        })
        .collect();
    let shown: Vec<&Vec<QuestionResult>> = each
        .iter()
        .filter(|(member, responses, _)| *responses >= member.min)
        .map(|(_, _, questions)| questions)
        .collect();
    let pooled_by = |index: usize| {
        shown
            .iter()
            .map(|questions| &questions[index])
            .filter(|result| result.shown)
            .collect::<Vec<_>>()
    };
    let keys = form.questions.iter().map(|question| question.key.clone());
    let total_allowed = only.is_none() || shown.len() >= FEWEST_FOR_A_MEDIAN;
    let total = keys
        .clone()
        .enumerate()
        .map(|(index, key)| pooled(key, &pooled_by(index), total_allowed))
        .collect();
    let medians = keys
        .enumerate()
        .map(|(index, key)| {
            let results = pooled_by(index);
            let middle = |value: fn(&QuestionResult) -> Option<f64>| {
                median(results.iter().filter_map(|result| value(result)).collect())
            };
            ComparedQuestion {
                key,
                answered: None,
                mean: middle(|result| result.mean),
                agreeing_percent: middle(|result| result.agreeing_percent),
            }
        })
        .collect();
    let members = each
        .into_iter()
        .filter(|(member, _, _)| only.is_none_or(|id| id == member.organisation_id))
        .map(|(member, responses, questions)| {
            let visible = responses >= member.min;
            ComparedMember {
                organisation_id: member.organisation_id,
                name: member.name,
                responses: visible.then_some(responses),
                questions: questions
                    .into_iter()
                    .map(|result| figures(result, visible))
                    .collect(),
            }
        })
        .collect();
    SurveyComparison {
        network_id,
        template: template.key.clone(),
        year,
        questions: form.questions,
        members,
        total,
        median: medians,
    }
}

/// One member's figures of a question, or none when the member or the question is hidden.
fn figures(result: QuestionResult, visible: bool) -> ComparedQuestion {
    let shown = visible && result.shown;
    ComparedQuestion {
        key: result.key,
        answered: result.answered.filter(|_| shown),
        mean: result.mean.filter(|_| shown),
        agreeing_percent: result.agreeing_percent.filter(|_| shown),
    }
}

/// The shown members' answers to one question as one: counts of 1–5 added up.
fn pooled(key: String, results: &[&QuestionResult], allowed: bool) -> ComparedQuestion {
    let mut counts = [0_i64; 5];
    for result in results {
        for (slot, value) in counts.iter_mut().zip(&result.counts) {
            *slot += value.count;
        }
    }
    let answered: i64 = counts.iter().sum();
    let some = allowed && answered > 0;
    let sum: i64 = counts
        .iter()
        .zip(1..)
        .map(|(count, scale)| count * scale)
        .sum();
    let agreeing: i64 = counts[3..].iter().sum();
    ComparedQuestion {
        key,
        answered: some.then_some(answered),
        mean: some.then(|| sum as f64 / answered as f64),
        agreeing_percent: some.then(|| agreeing as f64 * 100.0 / answered as f64),
    }
}
