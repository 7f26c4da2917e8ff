//! Partner networks (SPEC 8): membership by invitation, and the statistics a network pulls for
//! its members — the report figures of SPEC 7 with small cells suppressed.

use crate::ids::{MembershipId, NetworkId, OrganisationId, PullId};
use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};

use crate::error::FieldError;
use crate::key_figures::RatesQuery;
use crate::reports::{ReportLayout, period_errors};
use crate::structure::AgeBand;

crate::text_enum! {
    /// Where an invitation stands.
    pub enum MembershipStatus {
        Invited = "invited",
        Declined = "declined",
        Member = "member",
        Ended = "ended",
    }
}

/// An organisation's invitation to, or membership of, a network.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Membership {
    pub id: MembershipId,
    pub network_id: NetworkId,
    pub network_name: String,
    pub organisation_id: OrganisationId,
    pub organisation_name: String,
    pub status: MembershipStatus,
    #[serde(with = "crate::utc")]
    pub invited_at: NaiveDateTime,
    /// When the organisation accepted or declined.
    #[serde(with = "crate::utc::option")]
    pub answered_at: Option<NaiveDateTime>,
    #[serde(with = "crate::utc::option")]
    pub ended_at: Option<NaiveDateTime>,
}

/// `POST /networks/{id}/invitations`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, validator::Validate)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct InvitationInput {
    pub organisation_id: OrganisationId,
}

impl crate::validation::Rules for InvitationInput {}

/// An organisation a network admin may invite: its name only.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OrganisationEntry {
    pub id: OrganisationId,
    pub name: String,
}

crate::text_enum! {
    /// How a network's statistics are grouped (besides the total).
    pub enum StatisticsGrouping {
        Organisation = "organisation",
        UnitType = "unit_type",
        Month = "month",
    }
}

crate::text_enum! {
    /// What `GET /networks/{id}/statistics` answers.
    pub enum StatisticsFormat {
        Json = "json",
        Csv = "csv",
    }
}

/// `GET /networks/{id}/statistics`: the members' sessions dated `from`–`to`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, validator::Validate)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams), into_params(parameter_in = Query))]
pub struct StatisticsQuery {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub group_by: Option<StatisticsGrouping>,
    /// Age bands, e.g. `6-12,13-20`; default the bands of SPEC 3.1's entry default.
    pub bands: Option<String>,
    /// `json` (default) or `csv`.
    pub format: Option<StatisticsFormat>,
    /// The age range of visits per 1,000 residents, e.g. `6-20` (the default).
    pub ages: Option<String>,
}

impl crate::Rules for StatisticsQuery {}

impl StatisticsQuery {
    pub fn errors(&self) -> Vec<FieldError> {
        let mut errors = period_errors(self.from, self.to);
        errors.extend(self.layout().disjoint_age_bands().err());
        errors.extend(self.rate_ages().err());
        errors
    }

    pub fn rate_ages(&self) -> Result<AgeBand, FieldError> {
        RatesQuery {
            ages: self.ages.clone(),
        }
        .ages()
    }

    /// The bands as a report layout reads them.
    pub fn layout(&self) -> ReportLayout {
        ReportLayout {
            group_by: None,
            bands: self.bands.clone(),
        }
    }
}

/// A figure of a statistics row: a count, or a measure (hours, ratios, shares).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Figure {
    Count(i64),
    Measure(f64),
}

/// On the wire a figure is one JSON number (a count has no fraction); `oneOf` integer or
/// number would match a count twice, which is invalid.
#[cfg(feature = "openapi")]
impl utoipa::PartialSchema for Figure {
    fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
        utoipa::openapi::ObjectBuilder::new()
            .schema_type(utoipa::openapi::schema::Type::Number)
            .description(Some(
                "A figure of a statistics row: a count, or a measure (hours, ratios, shares)",
            ))
            .into()
    }
}

#[cfg(feature = "openapi")]
impl utoipa::ToSchema for Figure {}

impl Figure {
    pub fn as_f64(self) -> f64 {
        match self {
            Figure::Count(count) => count as f64,
            Figure::Measure(value) => value,
        }
    }
}

/// The total or one group; `values` follow `Statistics::columns`. A suppressed figure is
/// `null` and named in `suppressed`; a figure with a zero denominator is `null` only.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StatisticsRow {
    /// `total`, or the group's name.
    pub label: String,
    /// Empty for the total; the organisation id, unit type or month (`2026-03`).
    pub key: String,
    pub values: Vec<Option<Figure>>,
    pub suppressed: Vec<String>,
}

/// A network's statistics for a period: the total, then one row per group.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Statistics {
    pub network_id: NetworkId,
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub group_by: Option<StatisticsGrouping>,
    /// Cells counting fewer young people than this are suppressed.
    pub min_cell: i32,
    /// The member organisations counted.
    pub organisation_ids: Vec<OrganisationId>,
    pub columns: Vec<String>,
    pub rows: Vec<StatisticsRow>,
}

/// One pull of a network's statistics, as kept for the network and its members.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Pull {
    pub id: PullId,
    pub network_id: NetworkId,
    pub network_name: String,
    /// Who pulled.
    pub user_name: String,
    #[serde(with = "crate::utc")]
    pub at: NaiveDateTime,
    /// The request's query string.
    pub query: String,
    pub format: StatisticsFormat,
    /// The member organisations whose figures it returned.
    pub organisation_ids: Vec<OrganisationId>,
}

/// Each member beside the network's median, per figure (`GET /networks/{id}/comparison`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Comparison {
    pub network_id: NetworkId,
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub columns: Vec<String>,
    /// Per column, the median of the members' shown values (suppressed ones left out);
    /// `null` when no member shows one.
    pub median: Vec<Option<f64>>,
    /// One row per member organisation (only the caller's own for an org admin), suppressed
    /// as in the statistics.
    pub members: Vec<StatisticsRow>,
}

/// `GET /networks/{id}/comparison`: the members' sessions dated `from`–`to`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, validator::Validate)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams), into_params(parameter_in = Query))]
pub struct ComparisonQuery {
    pub from: NaiveDate,
    pub to: NaiveDate,
}

impl crate::Rules for ComparisonQuery {}

/// `PUT /networks/{id}/settings`: what the network's admins set.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, validator::Validate)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NetworkSettings {
    /// Cells counting fewer young people are suppressed; a member's own, stricter threshold
    /// still holds for pulls that include it.
    #[validate(range(min = 2, max = 100))]
    pub min_cell: i32,
}

impl crate::validation::Rules for NetworkSettings {}
