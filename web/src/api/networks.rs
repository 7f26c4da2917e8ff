//! Networks: memberships, the directory to invite from, statistics, comparisons and the log
//! of pulls.

use chrono::{Datelike, NaiveDate};
use logbook_shared::ErrorBody;
use logbook_shared::ids::{MembershipId, NetworkId};
use logbook_shared::networks::{
    Comparison, ComparisonQuery, InvitationInput, Membership, NetworkSettings, OrganisationEntry,
    Pull, Statistics, StatisticsFormat, StatisticsQuery,
};
use logbook_shared::structure::Network;
use logbook_shared::surveys::{SurveyComparison, SurveyComparisonQuery};

use super::client::{all, delete, download, get, post, put, with_query};
use crate::clock::today;

/// This calendar year, whole: network figures are released for whole months, quarters and
/// years only (SPEC 8's fixed grains).
pub fn this_calendar_year() -> ComparisonQuery {
    let year = today().year();
    let day = |month, day| NaiveDate::from_ymd_opt(year, month, day).unwrap_or_else(today);
    ComparisonQuery {
        from: day(1, 1),
        to: day(12, 31),
    }
}

/// The networks the caller sees (a network admin: their own).
pub async fn networks() -> Result<Vec<Network>, ErrorBody> {
    all("/networks").await
}

pub async fn save_settings(
    id: NetworkId,
    settings: &NetworkSettings,
) -> Result<Network, ErrorBody> {
    put(&format!("/networks/{id}/settings"), settings).await
}

pub async fn memberships_of(network: NetworkId) -> Result<Vec<Membership>, ErrorBody> {
    get(&format!("/networks/{network}/memberships")).await
}

/// The caller's organisation's invitations and memberships.
pub async fn own_memberships() -> Result<Vec<Membership>, ErrorBody> {
    get("/network-memberships").await
}

pub async fn invite(network: NetworkId, input: &InvitationInput) -> Result<Membership, ErrorBody> {
    post(&format!("/networks/{network}/invitations"), input).await
}

pub async fn accept(id: MembershipId) -> Result<Membership, ErrorBody> {
    post(&format!("/network-memberships/{id}/accept"), &()).await
}

pub async fn decline(id: MembershipId) -> Result<Membership, ErrorBody> {
    post(&format!("/network-memberships/{id}/decline"), &()).await
}

/// Ends a membership or withdraws an invitation; answers it as it now stands.
pub async fn end(id: MembershipId) -> Result<Membership, ErrorBody> {
    delete(&format!("/network-memberships/{id}")).await
}

pub async fn directory() -> Result<Vec<OrganisationEntry>, ErrorBody> {
    get("/organisation-directory").await
}

pub async fn statistics(
    network: NetworkId,
    query: &StatisticsQuery,
) -> Result<Statistics, ErrorBody> {
    get(&with_query(
        &format!("/networks/{network}/statistics"),
        query,
    ))
    .await
}

/// The same statistics as a CSV file the browser saves.
pub async fn download_statistics(
    network: NetworkId,
    query: &StatisticsQuery,
) -> Result<(), ErrorBody> {
    let csv = StatisticsQuery {
        format: Some(StatisticsFormat::Csv),
        ..query.clone()
    };
    let name = format!("statistics-{}-{}.csv", query.from, query.to);
    download(
        &with_query(&format!("/networks/{network}/statistics"), &csv),
        &name,
    )
    .await
}

pub async fn comparison(
    network: NetworkId,
    query: &ComparisonQuery,
) -> Result<Comparison, ErrorBody> {
    get(&with_query(
        &format!("/networks/{network}/comparison"),
        query,
    ))
    .await
}

pub async fn pulls_of(network: NetworkId) -> Result<Vec<Pull>, ErrorBody> {
    get(&format!("/networks/{network}/pulls")).await
}

/// The pulls that included the caller's organisation.
pub async fn own_pulls() -> Result<Vec<Pull>, ErrorBody> {
    get("/network-pulls").await
}

/// The members' results of a built-in survey in a year, side by side.
pub async fn survey_comparison(
    network: NetworkId,
    query: &SurveyComparisonQuery,
) -> Result<SurveyComparison, ErrorBody> {
    get(&with_query(&format!("/networks/{network}/surveys"), query)).await
}
