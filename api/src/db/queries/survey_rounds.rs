//! Survey rounds and the answers they collect. Answers are stored with a random id and
//! nothing that says who, when in the day, or from where; the devices that answered are kept
//! apart, as keyed hashes, with no link to their answers.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use logbook_shared::ListQuery;
use logbook_shared::ids::{ActivityId, OrganisationId, QuestionnaireId, SurveyRoundId, UnitId};
use logbook_shared::surveys::{Answer, CheckedResponse, SurveyForm, SurveyRoundInput};

use super::questionnaires::{from_json, to_json};
use crate::auth::secret::new_token;
use crate::db::DbConn;
use crate::db::schema::{
    questionnaires, survey_answers, survey_devices, survey_responses, survey_round_activities,
    survey_round_units, survey_rounds,
};

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = survey_rounds)]
struct RoundRow {
    id: SurveyRoundId,
    organisation_id: OrganisationId,
    questionnaire_id: QuestionnaireId,
    title: String,
    opens_on: NaiveDate,
    closes_on: NaiveDate,
    closed_at: Option<NaiveDateTime>,
    language: String,
    form: String,
    link_token: String,
    kiosk_token: String,
    created_at: NaiveDateTime,
    // Read back whole by inserts; only `survey_settling` acts on it.
    #[allow(dead_code)]
    settled: bool,
}

/// A round as stored, with where it runs and how many have answered.
#[derive(Debug, Clone)]
pub struct RoundRecord {
    pub id: SurveyRoundId,
    pub organisation_id: OrganisationId,
    pub questionnaire_id: QuestionnaireId,
    pub title: String,
    pub opens_on: NaiveDate,
    pub closes_on: NaiveDate,
    pub closed_at: Option<NaiveDateTime>,
    pub language: String,
    pub form: SurveyForm,
    pub link_token: String,
    pub kiosk_token: String,
    pub created_at: NaiveDateTime,
    pub unit_ids: Vec<UnitId>,
    pub activity_ids: Vec<ActivityId>,
    pub responses: i64,
}

fn record(conn: &mut DbConn, row: RoundRow) -> QueryResult<RoundRecord> {
    records(conn, vec![row])?.pop().ok_or(diesel::NotFound)
}

/// The rounds of `rows` with their units, activities and answer counts: three queries for
/// the lot, not three per round.
fn records(conn: &mut DbConn, rows: Vec<RoundRow>) -> QueryResult<Vec<RoundRecord>> {
    let ids: Vec<SurveyRoundId> = rows.iter().map(|row| row.id).collect();
    let units: Vec<(SurveyRoundId, UnitId)> = survey_round_units::table
        .filter(survey_round_units::round_id.eq_any(&ids))
        .order((survey_round_units::round_id, survey_round_units::unit_id))
        .select((survey_round_units::round_id, survey_round_units::unit_id))
        .load(conn)?;
    let activities: Vec<(SurveyRoundId, ActivityId)> = survey_round_activities::table
        .filter(survey_round_activities::round_id.eq_any(&ids))
        .order((
            survey_round_activities::round_id,
            survey_round_activities::activity_id,
        ))
        .select((
            survey_round_activities::round_id,
            survey_round_activities::activity_id,
        ))
        .load(conn)?;
    let counts: Vec<(SurveyRoundId, i64)> = survey_responses::table
        .filter(survey_responses::round_id.eq_any(&ids))
        .group_by(survey_responses::round_id)
        .select((survey_responses::round_id, diesel::dsl::count_star()))
        .load(conn)?;
    rows.into_iter()
        .map(|row| {
            let responses = counts
                .iter()
                .find(|(round, _)| *round == row.id)
                .map_or(0, |(_, count)| *count);
            Ok(RoundRecord {
                unit_ids: of_round(&units, row.id),
                activity_ids: of_round(&activities, row.id),
                responses,
                id: row.id,
                organisation_id: row.organisation_id,
                questionnaire_id: row.questionnaire_id,
                title: row.title,
                opens_on: row.opens_on,
                closes_on: row.closes_on,
                closed_at: row.closed_at,
                language: row.language,
                form: from_json(&row.form)?,
                link_token: row.link_token,
                kiosk_token: row.kiosk_token,
                created_at: row.created_at,
            })
        })
        .collect()
}

/// The ids paired with `round`, in their order.
fn of_round<Id: Copy>(pairs: &[(SurveyRoundId, Id)], round: SurveyRoundId) -> Vec<Id> {
    pairs
        .iter()
        .filter(|(of, _)| *of == round)
        .map(|(_, id)| *id)
        .collect()
}

/// A new round asking `form`, reached through two new unguessable tokens (its link and its
/// kiosk link).
pub fn insert(
    conn: &mut DbConn,
    organisation_id: OrganisationId,
    input: &SurveyRoundInput,
    form: &SurveyForm,
) -> QueryResult<RoundRecord> {
    let (link_token, kiosk_token) = (new_token(), new_token());
    conn.transaction(|conn| {
        let row = diesel::insert_into(survey_rounds::table)
            .values((
                survey_rounds::organisation_id.eq(organisation_id),
                survey_rounds::questionnaire_id.eq(input.questionnaire_id),
                survey_rounds::title.eq(input.title.trim()),
                survey_rounds::opens_on.eq(input.opens_on),
                survey_rounds::closes_on.eq(input.closes_on),
                survey_rounds::language.eq(&input.language),
                survey_rounds::form.eq(to_json(form)?),
                survey_rounds::link_token.eq(&link_token),
                survey_rounds::kiosk_token.eq(&kiosk_token),
                survey_rounds::created_at.eq(super::now()),
            ))
            .get_result::<RoundRow>(conn)?;
        for unit_id in &input.unit_ids {
            diesel::insert_into(survey_round_units::table)
                .values((
                    survey_round_units::round_id.eq(row.id),
                    survey_round_units::unit_id.eq(unit_id),
                ))
                .execute(conn)?;
        }
        for activity_id in &input.activity_ids {
            diesel::insert_into(survey_round_activities::table)
                .values((
                    survey_round_activities::round_id.eq(row.id),
                    survey_round_activities::activity_id.eq(activity_id),
                ))
                .execute(conn)?;
        }
        record(conn, row)
    })
}

pub fn get(
    conn: &mut DbConn,
    organisation_id: OrganisationId,
    id: SurveyRoundId,
) -> QueryResult<Option<RoundRecord>> {
    survey_rounds::table
        .filter(survey_rounds::organisation_id.eq(organisation_id))
        .filter(survey_rounds::id.eq(id))
        .select(RoundRow::as_select())
        .first(conn)
        .optional()?
        .map(|row| record(conn, row))
        .transpose()
}

/// The organisation's rounds in id order.
pub fn list(
    conn: &mut DbConn,
    organisation_id: OrganisationId,
    page: &ListQuery,
) -> QueryResult<Vec<RoundRecord>> {
    let rows = survey_rounds::table
        .filter(survey_rounds::organisation_id.eq(organisation_id))
        .filter(survey_rounds::id.gt(page.after()))
        .order(survey_rounds::id)
        .limit(super::fetch_limit(page.limit()))
        .select(RoundRow::as_select())
        .load::<RoundRow>(conn)?;
    records(conn, rows)
}

/// The organisation's rounds whose period overlaps `from`–`to`, in id order.
pub fn overlapping(
    conn: &mut DbConn,
    organisation_id: OrganisationId,
    from: NaiveDate,
    to: NaiveDate,
) -> QueryResult<Vec<RoundRecord>> {
    let rows = survey_rounds::table
        .filter(survey_rounds::organisation_id.eq(organisation_id))
        .filter(survey_rounds::opens_on.le(to))
        .filter(survey_rounds::closes_on.ge(from))
        .order(survey_rounds::id)
        .select(RoundRow::as_select())
        .load::<RoundRow>(conn)?;
    records(conn, rows)
}

/// The rounds of `organisation_id` asking a copy of the built-in `template` whose period
/// overlaps `from`–`to`, in id order.
pub fn of_template(
    conn: &mut DbConn,
    organisation_id: OrganisationId,
    template: &str,
    from: NaiveDate,
    to: NaiveDate,
) -> QueryResult<Vec<RoundRecord>> {
    let copies: Vec<QuestionnaireId> = questionnaires::table
        .filter(questionnaires::organisation_id.eq(organisation_id))
        .filter(questionnaires::template.eq(template))
        .select(questionnaires::id)
        .load(conn)?;
    let rounds = overlapping(conn, organisation_id, from, to)?;
    Ok(rounds
        .into_iter()
        .filter(|round| copies.contains(&round.questionnaire_id))
        .collect())
}

/// The round a public link names, by its link token or its kiosk token; `true` for the kiosk.
/// Public: no organisation is known before the token finds one.
pub fn by_token(conn: &mut DbConn, token: &str) -> QueryResult<Option<(RoundRecord, bool)>> {
    let row = survey_rounds::table
        .filter(
            survey_rounds::link_token
                .eq(token)
                .or(survey_rounds::kiosk_token.eq(token)),
        )
        .select(RoundRow::as_select())
        .first(conn)
        .optional()?;
    row.map(|row| {
        let kiosk = row.kiosk_token == token;
        record(conn, row).map(|record| (record, kiosk))
    })
    .transpose()
}

/// Ends the round now, before its last day; a round already closed keeps its time.
pub fn close(
    conn: &mut DbConn,
    organisation_id: OrganisationId,
    id: SurveyRoundId,
) -> QueryResult<Option<RoundRecord>> {
    diesel::update(
        survey_rounds::table
            .filter(survey_rounds::organisation_id.eq(organisation_id))
            .filter(survey_rounds::id.eq(id))
            .filter(survey_rounds::closed_at.is_null()),
    )
    .set(survey_rounds::closed_at.eq(super::now()))
    .execute(conn)?;
    get(conn, organisation_id, id)
}

/// Whether the device whose keyed hash is `device` has answered the round.
pub fn device_answered(conn: &mut DbConn, round: SurveyRoundId, device: &str) -> QueryResult<bool> {
    diesel::select(diesel::dsl::exists(
        survey_devices::table
            .filter(survey_devices::round_id.eq(round))
            .filter(survey_devices::device_hash.eq(device)),
    ))
    .get_result(conn)
}

/// What became of a response.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Recorded {
    Stored,
    /// The device has answered the round already.
    DeviceAnswered,
    /// The round closed (or settled) meanwhile: nothing was kept.
    RoundClosed,
}

/// Stores `response` to `round`, once per `device` (its keyed hash; none for the kiosk).
/// The device is written in a transaction of its own, before the answers: rows written
/// together carry the same transaction id on PostgreSQL, which would tie a device to its
/// answers. (If the answers then fail, the device is let go again.)
pub fn record_response(
    conn: &mut DbConn,
    round: &RoundRecord,
    device: Option<&str>,
    response: &CheckedResponse,
    received_on: NaiveDate,
) -> QueryResult<Recorded> {
    if let Some(device) = device {
        let claimed = crate::db::write_transaction(conn, |conn| -> QueryResult<Recorded> {
            if !hold_open(conn, round.id)? {
                return Ok(Recorded::RoundClosed);
            }
            if device_answered(conn, round.id, device)? {
                return Ok(Recorded::DeviceAnswered);
            }
            diesel::insert_into(survey_devices::table)
                .values((
                    survey_devices::round_id.eq(round.id),
                    survey_devices::device_hash.eq(device),
                ))
                .execute(conn)?;
            Ok(Recorded::Stored)
        })?;
        if claimed != Recorded::Stored {
            return Ok(claimed);
        }
    }
    let stored = store_answers(conn, round, response, received_on);
    if let (Ok(Recorded::RoundClosed) | Err(_), Some(device)) = (&stored, device) {
        diesel::delete(
            survey_devices::table
                .filter(survey_devices::round_id.eq(round.id))
                .filter(survey_devices::device_hash.eq(device)),
        )
        .execute(conn)?;
    }
    stored
}

/// Holds the round open for the rest of the transaction, or answers `false` when it has been
/// closed early or settled: a write of its row (changing nothing) waits for a settling under
/// way, and makes one that comes later wait for this transaction.
fn hold_open(conn: &mut DbConn, round: SurveyRoundId) -> QueryResult<bool> {
    let held = diesel::update(
        survey_rounds::table
            .filter(survey_rounds::id.eq(round))
            .filter(survey_rounds::closed_at.is_null())
            .filter(survey_rounds::settled.eq(false)),
    )
    .set(survey_rounds::settled.eq(false))
    .execute(conn)?;
    Ok(held == 1)
}

/// Random, not a sequence: ids say nothing about the order answers came in.
pub(super) fn random_id() -> i64 {
    i64::from_le_bytes(crate::auth::secret::random_bytes::<8>()) & i64::MAX
}

fn store_answers(
    conn: &mut DbConn,
    round: &RoundRecord,
    response: &CheckedResponse,
    received_on: NaiveDate,
) -> QueryResult<Recorded> {
    crate::db::write_transaction(conn, |conn| {
        if !hold_open(conn, round.id)? {
            return Ok(Recorded::RoundClosed);
        }
        let id = random_id();
        diesel::insert_into(survey_responses::table)
            .values((
                survey_responses::id.eq(id),
                survey_responses::organisation_id.eq(round.organisation_id),
                survey_responses::round_id.eq(round.id),
                survey_responses::received_on.eq(received_on),
                survey_responses::gender.eq(response.gender.map(|gender| gender.as_str())),
                survey_responses::age_min.eq(response.age_band.map(|band| band.min)),
                survey_responses::age_max.eq(response.age_band.map(|band| band.max)),
            ))
            .execute(conn)?;
        let mut items = std::collections::HashMap::<&str, i32>::new();
        for (question, answer) in &response.answers {
            let item = items.entry(question).or_default();
            let (scale, choice, words) = match answer {
                Answer::Scale(value) => (Some(*value), None, None),
                Answer::Choice(option) => (None, Some(option.as_str()), None),
                Answer::Text(text) => (None, None, Some(text.as_str())),
            };
            diesel::insert_into(survey_answers::table)
                .values((
                    survey_answers::response_id.eq(id),
                    survey_answers::round_id.eq(round.id),
                    survey_answers::question.eq(question),
                    survey_answers::item.eq(*item),
                    survey_answers::scale.eq(scale),
                    survey_answers::choice.eq(choice),
                    survey_answers::words.eq(words),
                ))
                .execute(conn)?;
            *item += 1;
        }
        Ok(Recorded::Stored)
    })
}
