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
use crate::surveys::results::{self, likert_figures};

/// A member's rounds of the template that closed in the year: what each asked, and its answers.
pub struct MemberAnswers {
    pub organisation_id: OrganisationId,
    pub name: String,
    /// Its smallest number shown.
    pub min: i64,
    pub rounds: Vec<(SurveyForm, Counted)>,
}

/// A member's rounds as one: each round, and each question of it, only where it reaches `min`
/// on its own — its org admin reads each round's results, and a small round added to a
/// large one would come out again by subtraction — and only questions still on a 1–5 scale.
fn pooled_rounds(rounds: Vec<(SurveyForm, Counted)>, min: i64) -> Counted {
    let mut pooled = Counted::default();
    for (form, counted) in rounds {
        let (responses, questions) = results::everyone(&form, &counted, min);
        if responses < min {
            continue;
        }
        let shown: Vec<String> = questions
            .into_iter()
            .filter(|result| result.shown && result.kind == QuestionKind::Likert)
            .map(|result| result.key)
            .collect();
        pooled.add(counted.only(|key| shown.iter().any(|kept| kept == key)));
    }
    pooled
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
        .map(|mut member| {
            let counted = pooled_rounds(std::mem::take(&mut member.rounds), member.min);
            let (responses, questions) = results::everyone(&form, &counted, member.min);
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
    // A member's org admin knows their own share: with fewer than five others beside it, the
    // total minus their own would give another member's.
    let total = keys
        .clone()
        .enumerate()
        .map(|(index, key)| {
            let results = pooled_by(index);
            let allowed = only.is_none() || results.len() >= FEWEST_FOR_A_MEDIAN;
            pooled(key, &results, allowed)
        })
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
    let figures = likert_figures(&counts).filter(|_| allowed);
    ComparedQuestion {
        key,
        answered: figures.map(|_| answered),
        mean: figures.map(|(mean, _)| mean),
        agreeing_percent: figures.map(|(_, agreeing)| agreeing),
    }
}

#[cfg(test)]
mod tests {
    use logbook_shared::surveys::Question;

    use super::*;
    use crate::db::queries::survey_results::Who;

    fn scale_form() -> SurveyForm {
        SurveyForm {
            ask_gender: false,
            ask_age_band: false,
            questions: vec![Question {
                key: "welcome".into(),
                kind: QuestionKind::Likert,
                required: true,
                text: [("en".to_owned(), "Welcome".to_owned())].into(),
                help: Default::default(),
                low_label: Default::default(),
                high_label: Default::default(),
                options: Vec::new(),
            }],
            age_bands: Vec::new(),
        }
    }

    /// A round of `count` answers, each rating `scale`.
    fn round(count: i64, scale: i32) -> (SurveyForm, Counted) {
        let nobody = Who {
            gender: None,
            age_band: None,
        };
        let counted = Counted {
            responses: vec![(nobody.clone(), count)],
            answered: vec![(nobody.clone(), "welcome".into(), count)],
            values: vec![(nobody, "welcome".into(), scale.to_string(), count)],
        };
        (scale_form(), counted)
    }

    #[test]
    fn a_round_too_small_on_its_own_is_left_out_of_its_members_figures() {
        // Its org admin reads the 30 on their own; added in, the 2 would come out again.
        let pooled = pooled_rounds(vec![round(30, 5), round(2, 1)], 15);
        let (responses, questions) = results::everyone(&scale_form(), &pooled, 15);
        assert_eq!(responses, 30);
        assert_eq!(questions[0].mean, Some(5.0));
        // Two rounds that each reach the number are one.
        let pooled = pooled_rounds(vec![round(15, 5), round(15, 1)], 15);
        let (responses, questions) = results::everyone(&scale_form(), &pooled, 15);
        assert_eq!(responses, 30);
        assert_eq!(questions[0].mean, Some(3.0));
    }
}
