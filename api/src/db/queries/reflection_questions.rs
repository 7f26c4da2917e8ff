//! The organisation's reflection questions and the units each applies to.

use logbook_shared::ids::{OrganisationId, QuestionId, UnitId};
use std::collections::{BTreeMap, HashMap};

use chrono::NaiveDateTime;
use diesel::prelude::*;
use logbook_shared::ListQuery;
use logbook_shared::reflection::{ReflectionQuestion, ReflectionQuestionInput};
use logbook_shared::structure::ActivityKind;

use crate::db::DbConn;
use crate::db::schema::{reflection_question_units, reflection_questions};

/// The whole row, in table order.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = reflection_questions)]
pub struct QuestionRow {
    pub id: QuestionId,
    pub organisation_id: OrganisationId,
    pub text: String,
    pub translations: String,
    pub activity_kinds: String,
    pub retired: bool,
    pub created_at: NaiveDateTime,
}

fn stored_changes(input: &ReflectionQuestionInput) -> QueryResult<(String, String, String, bool)> {
    let translations: BTreeMap<&str, &str> = input
        .translations
        .iter()
        .map(|(language, text)| (language.as_str(), text.trim()))
        .collect();
    let translations = serde_json::to_string(&translations)
        .map_err(|error| diesel::result::Error::SerializationError(Box::new(error)))?;
    let kinds: Vec<&str> = input
        .activity_kinds
        .iter()
        .map(|kind| kind.as_str())
        .collect();
    Ok((
        input.text.trim().to_owned(),
        translations,
        kinds.join(","),
        input.retired,
    ))
}

pub fn insert(
    conn: &mut DbConn,
    organisation_id: OrganisationId,
    input: &ReflectionQuestionInput,
) -> QueryResult<ReflectionQuestion> {
    let (text, translations, kinds, retired) = stored_changes(input)?;
    let row: QuestionRow = diesel::insert_into(reflection_questions::table)
        .values((
            reflection_questions::organisation_id.eq(organisation_id),
            reflection_questions::text.eq(text),
            reflection_questions::translations.eq(translations),
            reflection_questions::activity_kinds.eq(kinds),
            reflection_questions::retired.eq(retired),
            reflection_questions::created_at.eq(super::now()),
        ))
        .get_result(conn)?;
    set_units(conn, organisation_id, row.id, &input.unit_ids)?;
    into_dto(row, input.unit_ids.clone())
}

pub fn update(
    conn: &mut DbConn,
    organisation_id: OrganisationId,
    id: QuestionId,
    input: &ReflectionQuestionInput,
) -> QueryResult<Option<ReflectionQuestion>> {
    let (text, translations, kinds, retired) = stored_changes(input)?;
    let row: Option<QuestionRow> = diesel::update(
        reflection_questions::table
            .filter(reflection_questions::organisation_id.eq(organisation_id))
            .filter(reflection_questions::id.eq(id)),
    )
    .set((
        reflection_questions::text.eq(text),
        reflection_questions::translations.eq(translations),
        reflection_questions::activity_kinds.eq(kinds),
        reflection_questions::retired.eq(retired),
    ))
    .get_result(conn)
    .optional()?;
    let Some(row) = row else { return Ok(None) };
    set_units(conn, organisation_id, id, &input.unit_ids)?;
    into_dto(row, input.unit_ids.clone()).map(Some)
}

pub fn get(
    conn: &mut DbConn,
    organisation_id: OrganisationId,
    id: QuestionId,
) -> QueryResult<Option<ReflectionQuestion>> {
    let rows = reflection_questions::table
        .filter(reflection_questions::organisation_id.eq(organisation_id))
        .filter(reflection_questions::id.eq(id))
        .select(QuestionRow::as_select())
        .load(conn)?;
    Ok(with_units(conn, rows)?.pop())
}

/// The organisation's questions in id order; `retired` filters when given.
pub fn list(
    conn: &mut DbConn,
    organisation_id: OrganisationId,
    retired: Option<bool>,
    page: &ListQuery,
) -> QueryResult<Vec<ReflectionQuestion>> {
    let mut query = reflection_questions::table
        .filter(reflection_questions::organisation_id.eq(organisation_id))
        .filter(reflection_questions::id.gt(page.after()))
        .order(reflection_questions::id)
        .limit(super::fetch_limit(page.limit()))
        .select(QuestionRow::as_select())
        .into_boxed();
    if let Some(retired) = retired {
        query = query.filter(reflection_questions::retired.eq(retired));
    }
    let rows = query.load(conn)?;
    with_units(conn, rows)
}

/// Every question of the organisation with these ids (retired ones included).
pub fn by_ids(
    conn: &mut DbConn,
    organisation_id: OrganisationId,
    ids: &[QuestionId],
) -> QueryResult<Vec<ReflectionQuestion>> {
    let rows = reflection_questions::table
        .filter(reflection_questions::organisation_id.eq(organisation_id))
        .filter(reflection_questions::id.eq_any(ids.to_vec()))
        .select(QuestionRow::as_select())
        .load(conn)?;
    with_units(conn, rows)
}

fn with_units(conn: &mut DbConn, rows: Vec<QuestionRow>) -> QueryResult<Vec<ReflectionQuestion>> {
    let ids: Vec<QuestionId> = rows.iter().map(|row| row.id).collect();
    let pairs: Vec<(QuestionId, UnitId)> = reflection_question_units::table
        .filter(reflection_question_units::question_id.eq_any(ids))
        .order((
            reflection_question_units::question_id,
            reflection_question_units::unit_id,
        ))
        .select((
            reflection_question_units::question_id,
            reflection_question_units::unit_id,
        ))
        .load(conn)?;
    let mut units: HashMap<QuestionId, Vec<UnitId>> = HashMap::new();
    for (question_id, unit_id) in pairs {
        units.entry(question_id).or_default().push(unit_id);
    }
    rows.into_iter()
        .map(|row| {
            let unit_ids = units.remove(&row.id).unwrap_or_default();
            into_dto(row, unit_ids)
        })
        .collect()
}

fn into_dto(row: QuestionRow, unit_ids: Vec<UnitId>) -> QueryResult<ReflectionQuestion> {
    let translations = serde_json::from_str(&row.translations)
        .map_err(|error| diesel::result::Error::DeserializationError(Box::new(error)))?;
    let activity_kinds = row
        .activity_kinds
        .split(',')
        .filter(|kind| !kind.is_empty())
        .map(|kind| super::stored(kind, ActivityKind::parse))
        .collect::<QueryResult<_>>()?;
    Ok(ReflectionQuestion {
        id: row.id,
        text: row.text,
        translations,
        activity_kinds,
        unit_ids,
        retired: row.retired,
        created_at: row.created_at,
    })
}

fn set_units(
    conn: &mut DbConn,
    organisation_id: OrganisationId,
    question_id: QuestionId,
    unit_ids: &[UnitId],
) -> QueryResult<()> {
    diesel::delete(
        reflection_question_units::table
            .filter(reflection_question_units::question_id.eq(question_id)),
    )
    .execute(conn)?;
    // One row at a time: multi-row VALUES does not compile through the two-engine connection.
    for unit_id in unit_ids {
        diesel::insert_into(reflection_question_units::table)
            .values((
                reflection_question_units::question_id.eq(question_id),
                reflection_question_units::unit_id.eq(*unit_id),
                reflection_question_units::organisation_id.eq(organisation_id),
            ))
            .execute(conn)?;
    }
    Ok(())
}
