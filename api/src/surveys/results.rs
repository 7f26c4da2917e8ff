//! A closed round's results from its answers counted in the database: each question's
//! distribution, mean and share agreeing, for everyone and, when asked, per gender or age
//! band — under the smallest number shown (`survey_min_responses`): no figure of fewer
//! answers, no group unless it and everyone else reach it, and never a hidden remainder so
//! small that subtracting the shown groups from everyone would reveal it.

use std::collections::BTreeMap;

use logbook_shared::surveys::{
    Breakdown, FreeTextAnswers, QuestionKind, QuestionResult, ResultGroup, SurveyForm,
    SurveyResults, ValueCount,
};

use crate::db::queries::survey_results::{Counted, Who};

/// The name of `who`'s group in `breakdown` (`all` without one).
fn group_of(who: &Who, breakdown: Option<Breakdown>) -> String {
    const NOT_STATED: &str = "not_stated";
    match breakdown {
        None => "all".to_owned(),
        Some(Breakdown::Gender) => who.gender.clone().unwrap_or_else(|| NOT_STATED.to_owned()),
        Some(Breakdown::AgeBand) => match who.age_band {
            Some((min, max)) => format!("{min}-{max}"),
            None => NOT_STATED.to_owned(),
        },
    }
}

/// Everything counted for one group.
#[derive(Default)]
struct Group {
    responses: i64,
    /// question → respondents who answered it.
    answered: BTreeMap<String, i64>,
    /// (question, value) → count.
    values: BTreeMap<(String, String), i64>,
}

fn groups(counted: &Counted, breakdown: Option<Breakdown>) -> BTreeMap<String, Group> {
    let mut groups: BTreeMap<String, Group> = BTreeMap::new();
    for (who, count) in &counted.responses {
        groups
            .entry(group_of(who, breakdown))
            .or_default()
            .responses += count;
    }
    for (who, question, count) in &counted.answered {
        let group = groups.entry(group_of(who, breakdown)).or_default();
        *group.answered.entry(question.clone()).or_default() += count;
    }
    for (who, question, value, count) in &counted.values {
        let group = groups.entry(group_of(who, breakdown)).or_default();
        *group
            .values
            .entry((question.clone(), value.clone()))
            .or_default() += count;
    }
    groups
}

/// The groups of a breakdown that may show: each, and everyone else, at least `min`; and
/// what stays hidden either nothing or at least `min`, so that no difference reveals it.
fn shown_groups(sizes: &BTreeMap<String, i64>, total: i64, min: i64) -> Vec<String> {
    let mut shown: Vec<(&String, i64)> = sizes
        .iter()
        .map(|(name, size)| (name, *size))
        .filter(|(_, size)| *size >= min && total - size >= min)
        .collect();
    shown.sort_by_key(|(name, size)| (*size, (*name).clone()));
    loop {
        let hidden = total - shown.iter().map(|(_, size)| size).sum::<i64>();
        if hidden == 0 || hidden >= min || shown.is_empty() {
            break;
        }
        shown.remove(0);
    }
    let mut names: Vec<String> = shown.into_iter().map(|(name, _)| name.clone()).collect();
    names.sort();
    names
}

fn question_results(form: &SurveyForm, group: &Group, min: i64) -> Vec<QuestionResult> {
    form.questions
        .iter()
        .filter(|question| question.kind != QuestionKind::FreeText)
        .map(|question| {
            let answered = group.answered.get(&question.key).copied().unwrap_or(0);
            let shown = answered >= min;
            let values: Vec<String> = match question.kind {
                QuestionKind::Likert => (1..=5).map(|value| value.to_string()).collect(),
                _ => question
                    .options
                    .iter()
                    .map(|option| option.key.clone())
                    .collect(),
            };
            let counts: Vec<ValueCount> = values
                .into_iter()
                .map(|value| {
                    let count = group
                        .values
                        .get(&(question.key.clone(), value.clone()))
                        .copied();
                    ValueCount {
                        value,
                        count: count.unwrap_or(0),
                    }
                })
                .collect();
            let scale: Vec<i64> = counts.iter().map(|value| value.count).collect();
            let figures = (question.kind == QuestionKind::Likert && shown)
                .then(|| likert_figures(&scale))
                .flatten();
            QuestionResult {
                key: question.key.clone(),
                kind: question.kind,
                shown,
                answered: shown.then_some(answered),
                counts: if shown { counts } else { Vec::new() },
                mean: figures.map(|(mean, _)| mean),
                agreeing_percent: figures.map(|(_, agreeing)| agreeing),
            }
        })
        .collect()
}

/// The mean of a 1–5 scale answered `counts` times per value (1 first), and the share
/// answering 4 or 5 in percent; none when nobody answered.
pub fn likert_figures(counts: &[i64]) -> Option<(f64, f64)> {
    let answered: i64 = counts.iter().sum();
    let sum: i64 = counts
        .iter()
        .zip(1..)
        .map(|(count, scale)| count * scale)
        .sum();
    let agreeing: i64 = counts.iter().skip(3).sum();
    (answered > 0).then(|| {
        let answered = answered as f64;
        (sum as f64 / answered, agreeing as f64 * 100.0 / answered)
    })
}

/// Everyone's responses in `counted` and each question's results under `min`.
pub fn everyone(form: &SurveyForm, counted: &Counted, min: i64) -> (i64, Vec<QuestionResult>) {
    let group = groups(counted, None).remove("all").unwrap_or_default();
    (group.responses, question_results(form, &group, min))
}

/// A question can hide in a group whose size shows (an optional question few of them
/// answered); then everyone's answers to it minus the other groups' would give theirs away.
/// Per question, the smallest shown groups hide too until what is hidden is nothing or at
/// least `min` answers.
fn protect_questions(groups: &mut [ResultGroup], min: i64) {
    let Some((everyone, parts)) = groups.split_first_mut() else {
        return;
    };
    for index in 0..everyone.questions.len() {
        let total = everyone.questions[index].answered.unwrap_or(0);
        loop {
            let shown: Vec<(usize, i64)> = parts
                .iter()
                .enumerate()
                .filter_map(|(at, group)| {
                    let result = &group.questions[index];
                    result.shown.then(|| (at, result.answered.unwrap_or(0)))
                })
                .collect();
            let hidden = total - shown.iter().map(|(_, answered)| answered).sum::<i64>();
            match shown.iter().min_by_key(|(_, answered)| *answered) {
                Some(&(at, _)) if hidden > 0 && hidden < min => {
                    hide(&mut parts[at].questions[index]);
                }
                _ => break,
            }
        }
    }
}

fn hide(result: &mut QuestionResult) {
    result.shown = false;
    result.answered = None;
    result.counts.clear();
    result.mean = None;
    result.agreeing_percent = None;
}

/// The results of a closed round asking `form`, from what `counted` holds.
pub fn results(
    round_id: logbook_shared::ids::SurveyRoundId,
    form: &SurveyForm,
    counted: &Counted,
    breakdown: Option<Breakdown>,
    min_responses: i32,
    free_text: Option<Vec<FreeTextAnswers>>,
) -> SurveyResults {
    let min = i64::from(min_responses);
    let (total, questions) = everyone(form, counted, min);
    let shown = total >= min;
    let mut result_groups = Vec::new();
    if shown {
        result_groups.push(ResultGroup {
            group: "all".to_owned(),
            responses: total,
            questions,
        });
        if breakdown.is_some() {
            let parts = groups(counted, breakdown);
            let sizes = parts
                .iter()
                .map(|(name, group)| (name.clone(), group.responses))
                .collect();
            for name in shown_groups(&sizes, total, min) {
                let group = &parts[&name];
                result_groups.push(ResultGroup {
                    questions: question_results(form, group, min),
                    group: name,
                    responses: group.responses,
                });
            }
        }
    }
    protect_questions(&mut result_groups, min);
    SurveyResults {
        round_id,
        responses: total,
        min_responses,
        shown,
        groups: result_groups,
        free_text: if shown {
            free_text.unwrap_or_default()
        } else {
            Vec::new()
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sizes(pairs: &[(&str, i64)]) -> BTreeMap<String, i64> {
        pairs
            .iter()
            .map(|(name, size)| ((*name).to_owned(), *size))
            .collect()
    }

    #[test]
    fn a_question_few_of_a_group_answered_hides_the_other_groups_answers_to_it_too() {
        let who = |gender: &str| Who {
            gender: Some(gender.to_owned()),
            age_band: None,
        };
        // 20 girls and 20 boys; 18 girls and 3 boys answered the optional question.
        let counted = Counted {
            responses: vec![(who("girl"), 20), (who("boy"), 20)],
            answered: vec![
                (who("girl"), "fun".to_owned(), 18),
                (who("boy"), "fun".to_owned(), 3),
            ],
            values: vec![
                (who("girl"), "fun".to_owned(), "5".to_owned(), 18),
                (who("boy"), "fun".to_owned(), "1".to_owned(), 3),
            ],
        };
        let question = logbook_shared::surveys::Question {
            key: "fun".into(),
            kind: QuestionKind::Likert,
            required: false,
            text: [("en".to_owned(), "Fun".to_owned())].into(),
            help: Default::default(),
            low_label: Default::default(),
            high_label: Default::default(),
            options: Vec::new(),
        };
        let form = SurveyForm {
            ask_gender: true,
            ask_age_band: false,
            questions: vec![question],
            age_bands: Vec::new(),
        };
        let round = logbook_shared::ids::SurveyRoundId(1);
        let read = results(round, &form, &counted, Some(Breakdown::Gender), 15, None);
        let shown: Vec<(&str, bool)> = read
            .groups
            .iter()
            .map(|group| (group.group.as_str(), group.questions[0].shown))
            .collect();
        // Everyone's 21 minus the girls' 18 would be the boys' 3.
        assert_eq!(shown, [("all", true), ("boy", false), ("girl", false)]);
        assert_eq!(read.groups[0].questions[0].answered, Some(21));
    }

    #[test]
    fn a_group_shows_only_when_it_and_everyone_else_reach_the_minimum() {
        // 20 girls, 18 boys, 2 not stated: showing both would reveal the 2 (40 − 20 − 18), so
        // the smaller is hidden too, and 20 stay hidden together.
        let shown = shown_groups(
            &sizes(&[("girl", 20), ("boy", 18), ("not_stated", 2)]),
            40,
            15,
        );
        assert_eq!(shown, ["girl"]);
        // Everyone in one group: no one else to stand beside, so it stays hidden.
        assert!(shown_groups(&sizes(&[("girl", 30)]), 30, 15).is_empty());
        // Two groups of 15 and 16: both show, nothing hidden.
        assert_eq!(
            shown_groups(&sizes(&[("boy", 15), ("girl", 16)]), 31, 15),
            ["boy", "girl"]
        );
        // 15, 15 and 14 (44): each leaves ≥ 15, but the 14 hidden alone would be revealed, so
        // one of the 15s goes too: 29 hidden.
        let shown = shown_groups(&sizes(&[("a", 15), ("b", 15), ("c", 14)]), 44, 15);
        assert_eq!(shown.len(), 1);
    }
}
