//! A closed round settled, once: its devices' hashes are deleted (no answer can come any more,
//! so nothing needs them) and its answers are written again in random order with new random
//! ids, in one transaction. Until then the rows lie on disk in the order they came and, on
//! PostgreSQL, carry the ids of the transactions that wrote them — each a step after the
//! device's own; afterwards every row of the round was written by the same transaction, in an
//! order that means nothing.

use std::collections::HashMap;

use chrono::NaiveDate;
use diesel::prelude::*;
use logbook_shared::ids::{OrganisationId, SurveyRoundId};
use rand::seq::SliceRandom;

use super::survey_results::{self, Counted};
use super::survey_rounds::random_id;
use crate::db::DbConn;
use crate::db::schema::{survey_answers, survey_devices, survey_responses, survey_rounds};

#[derive(Queryable, Selectable, Insertable)]
#[diesel(table_name = survey_responses)]
struct ResponseRow {
    id: i64,
    organisation_id: OrganisationId,
    round_id: SurveyRoundId,
    received_on: NaiveDate,
    gender: Option<String>,
    age_min: Option<i32>,
    age_max: Option<i32>,
}

#[derive(Queryable, Selectable, Insertable)]
#[diesel(table_name = survey_answers)]
struct AnswerRow {
    response_id: i64,
    round_id: SurveyRoundId,
    question: String,
    item: i32,
    scale: Option<i32>,
    choice: Option<String>,
    words: Option<String>,
}

/// Settles every round closed early or whose last day has passed in every time zone by
/// `today` (UTC: two days on, it is over everywhere); answers how many it settled.
pub fn settle_ended(conn: &mut DbConn, today: NaiveDate) -> QueryResult<usize> {
    let over_everywhere = today - chrono::Duration::days(2);
    let ended: Vec<SurveyRoundId> = survey_rounds::table
        .filter(survey_rounds::settled.eq(false))
        .filter(
            survey_rounds::closed_at
                .is_not_null()
                .or(survey_rounds::closes_on.le(over_everywhere)),
        )
        .select(survey_rounds::id)
        .load(conn)?;
    for round in &ended {
        settle(conn, *round)?;
    }
    Ok(ended.len())
}

/// The counts of a closed round's answers, settling it first if it is not yet.
pub fn counted(conn: &mut DbConn, round: SurveyRoundId) -> QueryResult<Counted> {
    settle(conn, round)?;
    survey_results::counted(conn, round)
}

/// Settles the round `round` (which has closed) unless it already is.
pub fn settle(conn: &mut DbConn, round: SurveyRoundId) -> QueryResult<()> {
    crate::db::write_transaction(conn, |conn| {
        let claimed = diesel::update(
            survey_rounds::table
                .filter(survey_rounds::id.eq(round))
                .filter(survey_rounds::settled.eq(false)),
        )
        .set(survey_rounds::settled.eq(true))
        .execute(conn)?;
        if claimed == 0 {
            return Ok(());
        }
        diesel::delete(survey_devices::table.filter(survey_devices::round_id.eq(round)))
            .execute(conn)?;
        let mut responses: Vec<ResponseRow> = survey_responses::table
            .filter(survey_responses::round_id.eq(round))
            .select(ResponseRow::as_select())
            .load(conn)?;
        let answers: Vec<AnswerRow> = survey_answers::table
            .filter(survey_answers::round_id.eq(round))
            .select(AnswerRow::as_select())
            .load(conn)?;
        diesel::delete(survey_answers::table.filter(survey_answers::round_id.eq(round)))
            .execute(conn)?;
        diesel::delete(survey_responses::table.filter(survey_responses::round_id.eq(round)))
            .execute(conn)?;
        let mut answers_of: HashMap<i64, Vec<AnswerRow>> = HashMap::new();
        for answer in answers {
            answers_of
                .entry(answer.response_id)
                .or_default()
                .push(answer);
        }
        responses.shuffle(&mut rand::rng());
        let mut new_answers = Vec::new();
        for response in &mut responses {
            let id = random_id();
            for mut answer in answers_of.remove(&response.id).unwrap_or_default() {
                answer.response_id = id;
                new_answers.push(answer);
            }
            response.id = id;
        }
        // Row by row: the connection that serves both engines writes no multi-row inserts.
        for row in &responses {
            diesel::insert_into(survey_responses::table)
                .values(row)
                .execute(conn)?;
        }
        for row in &new_answers {
            diesel::insert_into(survey_answers::table)
                .values(row)
                .execute(conn)?;
        }
        Ok(())
    })
}
