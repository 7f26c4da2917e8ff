//! Survey questionnaires: the questions live as one JSON document per questionnaire (built,
//! read and copied as a whole; answers refer to their keys).

use chrono::NaiveDateTime;
use diesel::prelude::*;
use logbook_shared::ListQuery;
use logbook_shared::ids::{OrganisationId, QuestionnaireId};
use logbook_shared::surveys::{Question, Questionnaire, QuestionnaireInput};

use crate::db::DbConn;
use crate::db::schema::questionnaires;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = questionnaires)]
struct QuestionnaireRow {
    id: QuestionnaireId,
    // Read back whole by inserts and updates; queries already filter by it.
    #[allow(dead_code)]
    organisation_id: OrganisationId,
    name: String,
    questions: String,
    ask_gender: bool,
    ask_age_band: bool,
    archived: bool,
    created_at: NaiveDateTime,
    template: Option<String>,
}

impl TryFrom<QuestionnaireRow> for Questionnaire {
    type Error = diesel::result::Error;

    fn try_from(row: QuestionnaireRow) -> QueryResult<Questionnaire> {
        Ok(Questionnaire {
            id: row.id,
            name: row.name,
            ask_gender: row.ask_gender,
            ask_age_band: row.ask_age_band,
            questions: from_json(&row.questions)?,
            archived: row.archived,
            created_at: row.created_at,
            template: row.template,
        })
    }
}

/// A JSON column read back; what does not parse was written by hand.
pub(super) fn from_json<T: serde::de::DeserializeOwned>(text: &str) -> QueryResult<T> {
    serde_json::from_str(text)
        .map_err(|error| diesel::result::Error::DeserializationError(error.into()))
}

pub(super) fn to_json<T: serde::Serialize>(value: &T) -> QueryResult<String> {
    serde_json::to_string(value)
        .map_err(|error| diesel::result::Error::SerializationError(error.into()))
}

#[derive(AsChangeset)]
#[diesel(table_name = questionnaires)]
struct QuestionnaireChanges<'a> {
    name: &'a str,
    questions: String,
    ask_gender: bool,
    ask_age_band: bool,
    archived: bool,
}

fn changes(input: &QuestionnaireInput) -> QueryResult<QuestionnaireChanges<'_>> {
    Ok(QuestionnaireChanges {
        name: input.name.trim(),
        questions: to_json::<Vec<Question>>(&input.questions)?,
        ask_gender: input.ask_gender,
        ask_age_band: input.ask_age_band,
        archived: input.archived,
    })
}

/// A new questionnaire; `template` names the built-in one it is a copy of.
pub fn insert(
    conn: &mut DbConn,
    organisation_id: OrganisationId,
    input: &QuestionnaireInput,
    template: Option<&str>,
) -> QueryResult<Questionnaire> {
    let changes = changes(input)?;
    diesel::insert_into(questionnaires::table)
        .values((
            questionnaires::organisation_id.eq(organisation_id),
            questionnaires::name.eq(changes.name),
            questionnaires::questions.eq(&changes.questions),
            questionnaires::ask_gender.eq(changes.ask_gender),
            questionnaires::ask_age_band.eq(changes.ask_age_band),
            questionnaires::archived.eq(changes.archived),
            questionnaires::created_at.eq(super::now()),
            questionnaires::template.eq(template),
        ))
        .get_result::<QuestionnaireRow>(conn)?
        .try_into()
}

pub fn update(
    conn: &mut DbConn,
    organisation_id: OrganisationId,
    id: QuestionnaireId,
    input: &QuestionnaireInput,
) -> QueryResult<Option<Questionnaire>> {
    diesel::update(
        questionnaires::table
            .filter(questionnaires::organisation_id.eq(organisation_id))
            .filter(questionnaires::id.eq(id)),
    )
    .set(changes(input)?)
    .get_result::<QuestionnaireRow>(conn)
    .optional()?
    .map(Questionnaire::try_from)
    .transpose()
}

pub fn get(
    conn: &mut DbConn,
    organisation_id: OrganisationId,
    id: QuestionnaireId,
) -> QueryResult<Option<Questionnaire>> {
    questionnaires::table
        .filter(questionnaires::organisation_id.eq(organisation_id))
        .filter(questionnaires::id.eq(id))
        .select(QuestionnaireRow::as_select())
        .first(conn)
        .optional()?
        .map(Questionnaire::try_from)
        .transpose()
}

/// The organisation's questionnaires in id order.
pub fn list(
    conn: &mut DbConn,
    organisation_id: OrganisationId,
    page: &ListQuery,
) -> QueryResult<Vec<Questionnaire>> {
    questionnaires::table
        .filter(questionnaires::organisation_id.eq(organisation_id))
        .filter(questionnaires::id.gt(page.after()))
        .order(questionnaires::id)
        .limit(super::fetch_limit(page.limit()))
        .select(QuestionnaireRow::as_select())
        .load::<QuestionnaireRow>(conn)?
        .into_iter()
        .map(Questionnaire::try_from)
        .collect()
}
