use chrono::NaiveDateTime;
use diesel::prelude::*;
use logbook_shared::ListQuery;
use logbook_shared::ids::{OrganisationId, TopicId};
use logbook_shared::structure::{BUILT_IN_TOPICS, Topic, TopicInput};

use crate::db::DbConn;
use crate::db::schema::topics;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = topics)]
pub struct TopicRow {
    pub id: TopicId,
    pub organisation_id: OrganisationId,
    pub key: Option<String>,
    pub name: String,
    pub archived: bool,
    pub created_at: NaiveDateTime,
}

impl From<TopicRow> for Topic {
    fn from(row: TopicRow) -> Self {
        Topic {
            id: row.id,
            key: row.key,
            name: row.name,
            archived: row.archived,
        }
    }
}

/// Gives a new organisation SPEC section 2's topic list.
pub fn insert_built_in(conn: &mut DbConn, organisation_id: OrganisationId) -> QueryResult<()> {
    let now = super::now();
    // One row at a time: multi-row VALUES does not compile through the two-engine connection.
    for (key, name) in BUILT_IN_TOPICS {
        diesel::insert_into(topics::table)
            .values((
                topics::organisation_id.eq(organisation_id),
                topics::key.eq(Some(key)),
                topics::name.eq(name),
                topics::created_at.eq(now),
            ))
            .execute(conn)?;
    }
    Ok(())
}

pub fn insert(
    conn: &mut DbConn,
    organisation_id: OrganisationId,
    input: &TopicInput,
) -> QueryResult<TopicRow> {
    diesel::insert_into(topics::table)
        .values((
            topics::organisation_id.eq(organisation_id),
            topics::name.eq(input.name.trim()),
            topics::archived.eq(input.archived),
            topics::created_at.eq(super::now()),
        ))
        .get_result(conn)
}

pub fn list(
    conn: &mut DbConn,
    organisation_id: OrganisationId,
    archived: Option<bool>,
    page: &ListQuery,
) -> QueryResult<Vec<TopicRow>> {
    let mut query = topics::table
        .filter(topics::organisation_id.eq(organisation_id))
        .filter(topics::id.gt(page.after()))
        .order(topics::id)
        .limit(super::fetch_limit(page.limit()))
        .select(TopicRow::as_select())
        .into_boxed();
    if let Some(archived) = archived {
        query = query.filter(topics::archived.eq(archived));
    }
    query.load(conn)
}

/// Which of `ids` are topics of the organisation.
pub fn existing(
    conn: &mut DbConn,
    organisation_id: OrganisationId,
    ids: &[TopicId],
) -> QueryResult<Vec<TopicId>> {
    topics::table
        .filter(topics::organisation_id.eq(organisation_id))
        .filter(topics::id.eq_any(ids.to_vec()))
        .select(topics::id)
        .load(conn)
}

/// Renames or archives a topic. A built-in topic renamed by the organisation loses its key,
/// so the app shows the organisation's own name rather than the translation.
pub fn update(
    conn: &mut DbConn,
    organisation_id: OrganisationId,
    id: TopicId,
    input: &TopicInput,
) -> QueryResult<Option<TopicRow>> {
    let target = topics::table
        .filter(topics::organisation_id.eq(organisation_id))
        .filter(topics::id.eq(id));
    let Some(current) = target
        .select(TopicRow::as_select())
        .first(conn)
        .optional()?
    else {
        return Ok(None);
    };
    let name = input.name.trim();
    let key = current.key.filter(|_| current.name == name);
    diesel::update(target)
        .set((
            topics::name.eq(name),
            topics::key.eq(key),
            topics::archived.eq(input.archived),
        ))
        .get_result(conn)
        .optional()
}
