use logbook_shared::ids::{ActivityId, OrganisationId, TopicId, UnitId};
use std::collections::HashMap;

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use logbook_shared::ListQuery;
use logbook_shared::clock::{minute_of_day, time_of_minute};
use logbook_shared::structure::{
    Activity, ActivityFilter, ActivityInput, ActivityKind, DeliveryMode, ProjectDetails,
};

use crate::db::DbConn;
use crate::db::schema::{activities, activity_topics};

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = activities)]
pub struct ActivityRow {
    pub id: ActivityId,
    pub organisation_id: OrganisationId,
    pub unit_id: UnitId,
    pub name: String,
    pub kind: String,
    pub delivery_mode: String,
    pub platform: Option<String>,
    pub active_from: Option<NaiveDate>,
    pub active_to: Option<NaiveDate>,
    pub archived: bool,
    pub project_start: Option<NaiveDate>,
    pub project_end: Option<NaiveDate>,
    pub project_goals: Option<String>,
    pub project_target_group: Option<String>,
    pub project_description: Option<String>,
    pub project_partners: Option<String>,
    pub project_funding_programme: Option<String>,
    pub project_contact_person: Option<String>,
    pub created_at: NaiveDateTime,
    pub usual_start_minute: Option<i32>,
    pub usual_end_minute: Option<i32>,
}

/// The columns an input sets, on insert and on update alike.
#[derive(AsChangeset, Insertable)]
#[diesel(table_name = activities, treat_none_as_null = true)]
struct ActivityChanges<'a> {
    unit_id: UnitId,
    name: &'a str,
    kind: &'a str,
    delivery_mode: &'a str,
    platform: Option<&'a str>,
    active_from: Option<NaiveDate>,
    active_to: Option<NaiveDate>,
    archived: bool,
    project_start: Option<NaiveDate>,
    project_end: Option<NaiveDate>,
    project_goals: Option<&'a str>,
    project_target_group: Option<&'a str>,
    project_description: Option<&'a str>,
    project_partners: Option<&'a str>,
    project_funding_programme: Option<&'a str>,
    project_contact_person: Option<&'a str>,
    usual_start_minute: Option<i32>,
    usual_end_minute: Option<i32>,
}

impl<'a> From<&'a ActivityInput> for ActivityChanges<'a> {
    fn from(input: &'a ActivityInput) -> Self {
        let project = input.project.as_ref();
        ActivityChanges {
            unit_id: input.unit_id,
            name: input.name.trim(),
            kind: input.kind.as_str(),
            delivery_mode: input.delivery_mode.as_str(),
            platform: input.platform.as_deref().map(str::trim),
            active_from: input.active_from,
            active_to: input.active_to,
            archived: input.archived,
            project_start: project.map(|p| p.start_date),
            project_end: project.map(|p| p.end_date),
            project_goals: project.map(|p| p.goals.as_str()),
            project_target_group: project.map(|p| p.target_group.as_str()),
            project_description: project.map(|p| p.description.as_str()),
            project_partners: project.map(|p| p.partners.as_str()),
            project_funding_programme: project.map(|p| p.funding_programme.as_str()),
            project_contact_person: project.map(|p| p.contact_person.as_str()),
            usual_start_minute: input.usual_start_time.map(minute_of_day),
            usual_end_minute: input.usual_end_time.map(minute_of_day),
        }
    }
}

impl ActivityRow {
    fn into_dto(self, topic_ids: Vec<TopicId>) -> QueryResult<Activity> {
        let project = match (self.project_start, self.project_end) {
            (Some(start_date), Some(end_date)) => Some(ProjectDetails {
                start_date,
                end_date,
                goals: self.project_goals.unwrap_or_default(),
                target_group: self.project_target_group.unwrap_or_default(),
                description: self.project_description.unwrap_or_default(),
                partners: self.project_partners.unwrap_or_default(),
                funding_programme: self.project_funding_programme.unwrap_or_default(),
                contact_person: self.project_contact_person.unwrap_or_default(),
            }),
            _ => None,
        };
        Ok(Activity {
            id: self.id,
            unit_id: self.unit_id,
            kind: super::stored(&self.kind, ActivityKind::parse)?,
            delivery_mode: super::stored(&self.delivery_mode, DeliveryMode::parse)?,
            name: self.name,
            platform: self.platform,
            topic_ids,
            active_from: self.active_from,
            active_to: self.active_to,
            archived: self.archived,
            project,
            usual_start_time: self.usual_start_minute.map(time_of_minute),
            usual_end_time: self.usual_end_minute.map(time_of_minute),
            created_at: self.created_at,
        })
    }
}

pub fn insert(
    conn: &mut DbConn,
    organisation_id: OrganisationId,
    input: &ActivityInput,
) -> QueryResult<Activity> {
    let row: ActivityRow = diesel::insert_into(activities::table)
        .values((
            activities::organisation_id.eq(organisation_id),
            ActivityChanges::from(input),
            activities::created_at.eq(super::now()),
        ))
        .get_result(conn)?;
    set_topics(conn, organisation_id, row.id, &input.topic_ids)?;
    row.into_dto(input.topic_ids.clone())
}

pub fn update(
    conn: &mut DbConn,
    organisation_id: OrganisationId,
    id: ActivityId,
    input: &ActivityInput,
) -> QueryResult<Option<Activity>> {
    let row: Option<ActivityRow> = diesel::update(
        activities::table
            .filter(activities::organisation_id.eq(organisation_id))
            .filter(activities::id.eq(id)),
    )
    .set(ActivityChanges::from(input))
    .get_result(conn)
    .optional()?;
    let Some(row) = row else {
        return Ok(None);
    };
    set_topics(conn, organisation_id, id, &input.topic_ids)?;
    row.into_dto(input.topic_ids.clone()).map(Some)
}

pub fn get(
    conn: &mut DbConn,
    organisation_id: OrganisationId,
    id: ActivityId,
) -> QueryResult<Option<Activity>> {
    let row = activities::table
        .filter(activities::organisation_id.eq(organisation_id))
        .filter(activities::id.eq(id))
        .select(ActivityRow::as_select())
        .first(conn)
        .optional()?;
    match row {
        Some(row) => with_topics(conn, vec![row]).map(|mut list| list.pop()),
        None => Ok(None),
    }
}

/// The activity's kind, held until the transaction ends: on PostgreSQL its row is
/// share-locked, so a change of kind waits for what this transaction adds to that kind's
/// roll-ups (SQLite has one writer at a time).
pub fn hold_kind(
    conn: &mut DbConn,
    organisation_id: OrganisationId,
    id: ActivityId,
) -> QueryResult<Option<ActivityKind>> {
    let of_activity = activities::table
        .filter(activities::organisation_id.eq(organisation_id))
        .filter(activities::id.eq(id))
        .select(activities::kind);
    let kind: Option<String> = match conn {
        DbConn::Pg(pg) => of_activity.for_share().first(pg).optional()?,
        DbConn::Sqlite(sqlite) => of_activity.first(sqlite).optional()?,
    };
    kind.map(|kind| super::stored(&kind, ActivityKind::parse))
        .transpose()
}

/// The organisation's activities matching `filter`, limited to the units in `scope` when given.
pub fn list(
    conn: &mut DbConn,
    organisation_id: OrganisationId,
    scope: Option<&[UnitId]>,
    filter: &ActivityFilter,
    page: &ListQuery,
) -> QueryResult<Vec<Activity>> {
    let mut query = activities::table
        .filter(activities::organisation_id.eq(organisation_id))
        .filter(activities::id.gt(page.after()))
        .order(activities::id)
        .limit(super::fetch_limit(page.limit()))
        .select(ActivityRow::as_select())
        .into_boxed();
    if let Some(unit_ids) = scope {
        query = query.filter(activities::unit_id.eq_any(unit_ids.to_vec()));
    }
    if let Some(unit_id) = filter.unit_id {
        query = query.filter(activities::unit_id.eq(unit_id));
    }
    if let Some(kind) = filter.kind {
        query = query.filter(activities::kind.eq(kind.as_str()));
    }
    if let Some(mode) = filter.delivery_mode {
        query = query.filter(activities::delivery_mode.eq(mode.as_str()));
    }
    if let Some(archived) = filter.archived {
        query = query.filter(activities::archived.eq(archived));
    }
    if let Some(topic_id) = filter.topic_id {
        let tagged = activity_topics::table
            .filter(activity_topics::topic_id.eq(topic_id))
            .select(activity_topics::activity_id);
        query = query.filter(activities::id.eq_any(tagged));
    }
    let rows = query.load(conn)?;
    with_topics(conn, rows)
}

fn with_topics(conn: &mut DbConn, rows: Vec<ActivityRow>) -> QueryResult<Vec<Activity>> {
    let ids: Vec<ActivityId> = rows.iter().map(|row| row.id).collect();
    // One id with `=`: SQLite keeps that statement prepared, not an `IN (…)` list's.
    let mut pairs = activity_topics::table.into_boxed();
    pairs = match *ids.as_slice() {
        [id] => pairs.filter(activity_topics::activity_id.eq(id)),
        _ => pairs.filter(activity_topics::activity_id.eq_any(ids)),
    };
    let pairs: Vec<(ActivityId, TopicId)> = pairs
        .order((activity_topics::activity_id, activity_topics::topic_id))
        .select((activity_topics::activity_id, activity_topics::topic_id))
        .load(conn)?;
    let mut topics: HashMap<ActivityId, Vec<TopicId>> = HashMap::new();
    for (activity_id, topic_id) in pairs {
        topics.entry(activity_id).or_default().push(topic_id);
    }
    rows.into_iter()
        .map(|row| {
            let topic_ids = topics.remove(&row.id).unwrap_or_default();
            row.into_dto(topic_ids)
        })
        .collect()
}

fn set_topics(
    conn: &mut DbConn,
    organisation_id: OrganisationId,
    activity_id: ActivityId,
    topic_ids: &[TopicId],
) -> QueryResult<()> {
    diesel::delete(activity_topics::table.filter(activity_topics::activity_id.eq(activity_id)))
        .execute(conn)?;
    // One row at a time: multi-row VALUES does not compile through the two-engine connection.
    for topic_id in topic_ids {
        diesel::insert_into(activity_topics::table)
            .values((
                activity_topics::activity_id.eq(activity_id),
                activity_topics::topic_id.eq(*topic_id),
                activity_topics::organisation_id.eq(organisation_id),
            ))
            .execute(conn)?;
    }
    Ok(())
}
