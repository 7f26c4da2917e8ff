//! Partner networks (SPEC 8): membership by invitation, and the statistics a network pulls for
//! its members — the report figures of SPEC 7 with small cells suppressed.

use crate::ids::{MembershipId, NetworkId, OrganisationId, PullId};
use chrono::{Datelike, NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};
use validator::Validate;

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
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Validate)]
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
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Validate)]
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
        let mut errors = release_period_errors(self.from, self.to);
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
    pub perturbation: Perturbation,
}

/// How the counts of a statistics answer are protected (docs/statistics-protection.md).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Perturbation {
    /// `cell_key`: every count is moved by a small amount read off a key of what it counts,
    /// the same way in every pull; ratios and shares are made of the moved counts.
    pub method: PerturbationMethod,
    /// No count is moved further than this either way.
    pub largest_move: i64,
}

crate::text_enum! {
    /// How counts are perturbed.
    pub enum PerturbationMethod {
        CellKey = "cell_key",
    }
}

/// One pull of a network's statistics, as kept for the network and its members.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Pull {
    pub id: PullId,
    pub network_id: NetworkId,
    pub network_name: String,
    /// Who pulled; absent in an organisation's own log when it was another member
    /// organisation's admin (comparing with the median), who stays unnamed there.
    pub user_name: Option<String>,
    #[serde(with = "crate::utc")]
    pub at: NaiveDateTime,
    /// The request's query string.
    pub query: String,
    pub format: StatisticsFormat,
    /// The member organisations whose figures it returned: all of them in the network's log,
    /// only the organisation itself in an organisation's own log.
    pub organisation_ids: Vec<OrganisationId>,
    /// How many member organisations' figures it returned.
    pub organisation_count: usize,
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
    /// and perturbed as in the statistics.
    pub members: Vec<StatisticsRow>,
    pub perturbation: Perturbation,
}

/// `GET /networks/{id}/comparison`: the members' sessions dated `from`–`to`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Validate)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams), into_params(parameter_in = Query))]
pub struct ComparisonQuery {
    pub from: NaiveDate,
    pub to: NaiveDate,
}

impl crate::Rules for ComparisonQuery {
    fn cross_field(&self) -> Vec<FieldError> {
        release_period_errors(self.from, self.to)
    }
}

/// SPEC 8's fixed grains in time: network figures are released for a calendar month, quarter
/// or year only, so that no two periods differ by a few days whose counts a subtraction
/// would give away.
pub fn release_period_errors(from: NaiveDate, to: NaiveDate) -> Vec<FieldError> {
    let errors = period_errors(from, to);
    if !errors.is_empty() {
        return errors;
    }
    if from.day() != 1 {
        return vec![FieldError::new(
            "from",
            "release_grain",
            "Network figures start on the first day of a month",
        )];
    }
    let month_ends = |months: u32| {
        from.checked_add_months(chrono::Months::new(months))
            .and_then(|next| next.pred_opt())
    };
    let quarter = matches!(from.month(), 1 | 4 | 7 | 10);
    let grains = [(1, true), (3, quarter), (12, from.month() == 1)];
    if grains
        .iter()
        .any(|&(months, allowed)| allowed && month_ends(months) == Some(to))
    {
        return Vec::new();
    }
    vec![FieldError::new(
        "to",
        "release_grain",
        "Network figures cover a whole calendar month, quarter or year: end on the last day of \
         the month, of its quarter (from January, April, July or October) or of the year (from \
         January)",
    )]
}

/// `PUT /networks/{id}/settings`: what the network's admins set.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Validate)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NetworkSettings {
    /// Cells counting fewer young people are suppressed; a member's own, stricter threshold
    /// still holds for pulls that include it.
    #[validate(range(min = 2, max = 100))]
    pub min_cell: i32,
    /// The age bands its statistics are released in, ascending and not overlapping; kept
    /// when absent. A change gives new, independently perturbed cells, so keep it rare.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(length(min = 1, max = 20), nested)]
    pub age_bands: Option<Vec<AgeBand>>,
    /// The ages of visits per 1,000 residents (SPEC 8: 6–20 by default); kept when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(nested)]
    pub rate_ages: Option<AgeBand>,
}

impl crate::validation::Rules for NetworkSettings {
    fn cross_field(&self) -> Vec<FieldError> {
        let mut errors = self
            .age_bands
            .as_deref()
            .map(|bands| crate::structure::band_order_errors("age_bands", bands))
            .unwrap_or_default();
        if let Some(ages) = self.rate_ages.filter(|ages| ages.min > ages.max) {
            errors.push(FieldError::new(
                "rate_ages.max",
                "band_order",
                format!(
                    "The upper age must not be below the lower age ({})",
                    ages.min
                ),
            ));
        }
        errors
    }
}

#[cfg(test)]
mod tests {
    use super::release_period_errors;
    use chrono::NaiveDate;

    fn fields(from: &str, to: &str) -> Vec<String> {
        let day = |text: &str| text.parse::<NaiveDate>().unwrap();
        release_period_errors(day(from), day(to))
            .into_iter()
            .map(|error| format!("{}:{}", error.path, error.code))
            .collect()
    }

    #[test]
    fn figures_are_released_for_calendar_months_quarters_and_years_only() {
        for (from, to) in [
            ("2026-02-01", "2026-02-28"),
            ("2024-02-01", "2024-02-29"),
            ("2026-04-01", "2026-06-30"),
            ("2026-01-01", "2026-12-31"),
        ] {
            assert!(fields(from, to).is_empty(), "{from}–{to}");
        }
        assert_eq!(fields("2026-03-02", "2026-03-31"), ["from:release_grain"]);
        // January–June minus January–May would give June away.
        assert_eq!(fields("2026-01-01", "2026-05-31"), ["to:release_grain"]);
        assert_eq!(fields("2026-02-01", "2026-04-30"), ["to:release_grain"]);
        assert_eq!(fields("2026-07-01", "2027-06-30"), ["to:release_grain"]);
        assert_eq!(fields("2026-03-01", "2026-03-28"), ["to:release_grain"]);
        assert_eq!(fields("2026-03-01", "2026-02-28"), ["to:date_order"]);
    }
}
