use chrono::NaiveDateTime;
use diesel::prelude::*;
use logbook_shared::ListQuery;
use logbook_shared::ids::OrganisationId;
use logbook_shared::networks::OrganisationEntry;
use logbook_shared::structure::{AgeBand, NameInput, OrganisationSettings};

use crate::db::DbConn;
use crate::db::schema::organisations;

/// The whole row, in table order (inserts read it back whole).
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = organisations)]
pub struct Organisation {
    pub id: OrganisationId,
    pub name: String,
    pub created_at: NaiveDateTime,
    pub archived: bool,
    entry_age_bands: String,
    survey_min_responses: i32,
    network_min_cell: i32,
    digital_consent_age: i32,
    alias_retention_months: i32,
    time_zone: String,
    consent_text: String,
    default_language: String,
    audit_retention_months: i32,
    follow_up_margin: i32,
}

impl Organisation {
    /// The language of new accounts and kiosks, and of an account's files until it chooses.
    pub fn default_language(&self) -> &str {
        &self.default_language
    }

    /// The wall-clock time now where the organisation is (its `time_zone`); a stored zone
    /// that no longer parses is an error, never a silent UTC.
    pub fn local_now(&self) -> QueryResult<NaiveDateTime> {
        self.zone().map(crate::local_time::now_in)
    }

    /// The organisation's day at `utc` (a stored time, which is in UTC).
    pub fn local_day_of(&self, utc: NaiveDateTime) -> QueryResult<chrono::NaiveDate> {
        let zone = self.zone()?;
        Ok(utc.and_utc().with_timezone(&zone).date_naive())
    }

    fn zone(&self) -> QueryResult<chrono_tz::Tz> {
        crate::local_time::zone(&self.time_zone).map_err(|error| {
            diesel::result::Error::DeserializationError(
                format!("stored time zone: {}", error.message).into(),
            )
        })
    }

    pub fn settings(&self) -> QueryResult<OrganisationSettings> {
        let entry_age_bands: Vec<AgeBand> = serde_json::from_str(&self.entry_age_bands)
            .map_err(|e| diesel::result::Error::DeserializationError(Box::new(e)))?;
        Ok(OrganisationSettings {
            entry_age_bands,
            survey_min_responses: self.survey_min_responses,
            network_min_cell: self.network_min_cell,
            digital_consent_age: self.digital_consent_age,
            alias_retention_months: self.alias_retention_months,
            consent_text: self.consent_text.clone(),
            time_zone: self.time_zone.clone(),
            default_language: self.default_language.clone(),
            audit_retention_months: self.audit_retention_months,
            follow_up_margin: self.follow_up_margin,
        })
    }
}

impl From<Organisation> for logbook_shared::structure::Organisation {
    fn from(row: Organisation) -> Self {
        Self {
            id: row.id,
            name: row.name,
            archived: row.archived,
            created_at: row.created_at,
        }
    }
}

pub fn insert(conn: &mut DbConn, name: &str) -> QueryResult<Organisation> {
    diesel::insert_into(organisations::table)
        .values((
            organisations::name.eq(name),
            organisations::created_at.eq(super::now()),
        ))
        .get_result(conn)
}

pub fn find_by_name(conn: &mut DbConn, name: &str) -> QueryResult<Option<Organisation>> {
    organisations::table
        .filter(organisations::name.eq(name))
        .select(Organisation::as_select())
        .first(conn)
        .optional()
}

pub fn get(conn: &mut DbConn, id: OrganisationId) -> QueryResult<Option<Organisation>> {
    organisations::table
        .find(id)
        .select(Organisation::as_select())
        .first(conn)
        .optional()
}

/// All organisations, or only `only` when given.
pub fn list(
    conn: &mut DbConn,
    only: Option<OrganisationId>,
    page: &ListQuery,
) -> QueryResult<Vec<Organisation>> {
    let mut query = organisations::table
        .filter(organisations::id.gt(page.after()))
        .order(organisations::id)
        .limit(super::fetch_limit(page.limit()))
        .select(Organisation::as_select())
        .into_boxed();
    if let Some(id) = only {
        query = query.filter(organisations::id.eq(id));
    }
    query.load(conn)
}

pub fn update(
    conn: &mut DbConn,
    id: OrganisationId,
    input: &NameInput,
) -> QueryResult<Option<Organisation>> {
    diesel::update(organisations::table.find(id))
        .set((
            organisations::name.eq(input.name.trim()),
            organisations::archived.eq(input.archived),
        ))
        .get_result(conn)
        .optional()
}

pub fn update_settings(
    conn: &mut DbConn,
    organisation_id: OrganisationId,
    settings: &OrganisationSettings,
) -> QueryResult<()> {
    let bands = serde_json::to_string(&settings.entry_age_bands)
        .map_err(|e| diesel::result::Error::SerializationError(Box::new(e)))?;
    diesel::update(organisations::table.find(organisation_id))
        .set((
            organisations::entry_age_bands.eq(bands),
            organisations::survey_min_responses.eq(settings.survey_min_responses),
            organisations::network_min_cell.eq(settings.network_min_cell),
            organisations::digital_consent_age.eq(settings.digital_consent_age),
            organisations::alias_retention_months.eq(settings.alias_retention_months),
            organisations::audit_retention_months.eq(settings.audit_retention_months),
            organisations::follow_up_margin.eq(settings.follow_up_margin),
            organisations::consent_text.eq(settings.consent_text.trim()),
            organisations::time_zone.eq(&settings.time_zone),
            organisations::default_language.eq(&settings.default_language),
        ))
        .execute(conn)
        .map(drop)
}

/// Every organisation's id, archived ones too.
pub fn ids(conn: &mut DbConn) -> QueryResult<Vec<OrganisationId>> {
    organisations::table
        .select(organisations::id)
        .order(organisations::id)
        .load(conn)
}

/// Holds the organisation row until the transaction ends, so that concurrent changes to its
/// accounts or report roll-ups run one after the other (two admins demoting each other must
/// see each other's change). `NO KEY UPDATE`, so that rows being inserted with a reference to
/// the organisation (which share-lock its key) do not deadlock with the holder. SQLite
/// already runs one writer at a time.
pub fn lock(conn: &mut DbConn, organisation_id: OrganisationId) -> QueryResult<()> {
    match conn {
        DbConn::Pg(pg) => organisations::table
            .find(organisation_id)
            .select(organisations::id)
            .for_no_key_update()
            .get_result::<i64>(pg)
            .map(drop),
        DbConn::Sqlite(_) => Ok(()),
    }
}

/// The organisations in use, by name (what a network admin invites from).
pub fn directory(conn: &mut DbConn) -> QueryResult<Vec<OrganisationEntry>> {
    let rows: Vec<(OrganisationId, String)> = organisations::table
        .filter(organisations::archived.eq(false))
        .order((organisations::name, organisations::id))
        .select((organisations::id, organisations::name))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(id, name)| OrganisationEntry { id, name })
        .collect())
}

/// Every organisation's `alias_retention_months`.
pub fn retention_periods(conn: &mut DbConn) -> QueryResult<Vec<(OrganisationId, i32)>> {
    organisations::table
        .order(organisations::id)
        .select((organisations::id, organisations::alias_retention_months))
        .load(conn)
}

/// The organisations that keep their audit trail for a number of months, and how many.
pub fn audit_retention_periods(conn: &mut DbConn) -> QueryResult<Vec<(OrganisationId, i32)>> {
    organisations::table
        .filter(organisations::audit_retention_months.gt(0))
        .order(organisations::id)
        .select((organisations::id, organisations::audit_retention_months))
        .load(conn)
}
