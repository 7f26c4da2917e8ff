//! A round's answers counted in the database, per who answered (gender, age band): the
//! results (`surveys::results`) are computed from these counts, never from single answers.

use diesel::dsl::{count, count_star};
use diesel::prelude::*;
use logbook_shared::ids::SurveyRoundId;
use logbook_shared::surveys::FreeTextAnswers;

use crate::db::DbConn;
use crate::db::schema::{survey_answers, survey_responses};

/// Who answered, as far as they said.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Who {
    pub gender: Option<String>,
    pub age_band: Option<(i32, i32)>,
}

fn who(gender: Option<String>, min: Option<i32>, max: Option<i32>) -> Who {
    Who {
        gender,
        age_band: min.zip(max),
    }
}

/// A round's answers counted.
#[derive(Debug, Default)]
pub struct Counted {
    /// Responses per who.
    pub responses: Vec<(Who, i64)>,
    /// Respondents per who and question.
    pub answered: Vec<(Who, String, i64)>,
    /// Answers per who, question and value (a Likert value or an option key).
    pub values: Vec<(Who, String, String, i64)>,
}

impl Counted {
    /// Adds another round's counts: several rounds read as one.
    pub fn add(&mut self, other: Counted) {
        self.responses.extend(other.responses);
        self.answered.extend(other.answered);
        self.values.extend(other.values);
    }

    /// Only the answers to the questions `keep` names.
    pub fn only(mut self, keep: impl Fn(&str) -> bool) -> Counted {
        self.answered.retain(|(_, question, _)| keep(question));
        self.values.retain(|(_, question, _, _)| keep(question));
        self
    }
}

type WhoColumns = (Option<String>, Option<i32>, Option<i32>);
/// Who, question, Likert value, option key, count.
type ValueRow = (WhoColumns, String, Option<i32>, Option<String>, i64);

pub fn counted(conn: &mut DbConn, round: SurveyRoundId) -> QueryResult<Counted> {
    let who_columns = (
        survey_responses::gender,
        survey_responses::age_min,
        survey_responses::age_max,
    );
    let responses: Vec<(WhoColumns, i64)> = survey_responses::table
        .filter(survey_responses::round_id.eq(round))
        .group_by(who_columns)
        .select((who_columns, count_star()))
        .load(conn)?;
    let answers = survey_answers::table
        .inner_join(survey_responses::table)
        .filter(survey_answers::round_id.eq(round))
        .filter(survey_answers::words.is_null());
    let answered: Vec<(WhoColumns, String, i64)> = answers
        .group_by((who_columns, survey_answers::question))
        .select((
            who_columns,
            survey_answers::question,
            count(survey_answers::response_id).aggregate_distinct(),
        ))
        .load(conn)?;
    let values: Vec<ValueRow> = answers
        .group_by((
            who_columns,
            survey_answers::question,
            survey_answers::scale,
            survey_answers::choice,
        ))
        .select((
            who_columns,
            survey_answers::question,
            survey_answers::scale,
            survey_answers::choice,
            count_star(),
        ))
        .load(conn)?;
    Ok(Counted {
        responses: responses
            .into_iter()
            .map(|((gender, min, max), count)| (who(gender, min, max), count))
            .collect(),
        answered: answered
            .into_iter()
            .map(|((gender, min, max), question, count)| (who(gender, min, max), question, count))
            .collect(),
        values: values
            .into_iter()
            .filter_map(|((gender, min, max), question, scale, choice, count)| {
                let value = scale.map(|scale| scale.to_string()).or(choice)?;
                Some((who(gender, min, max), question, value, count))
            })
            .collect(),
    })
}

/// Every free-text answer of the round, per question, in alphabetical order.
pub fn free_text(conn: &mut DbConn, round: SurveyRoundId) -> QueryResult<Vec<FreeTextAnswers>> {
    let rows: Vec<(String, String)> = survey_answers::table
        .filter(survey_answers::round_id.eq(round))
        .filter(survey_answers::words.is_not_null())
        .order((survey_answers::question, survey_answers::words))
        .select((
            survey_answers::question,
            survey_answers::words.assume_not_null(),
        ))
        .load(conn)?;
    let mut by_question: Vec<FreeTextAnswers> = Vec::new();
    for (key, text) in rows {
        match by_question.last_mut() {
            Some(last) if last.key == key => last.answers.push(text),
            _ => by_question.push(FreeTextAnswers {
                key,
                answers: vec![text],
            }),
        }
    }
    Ok(by_question)
}
