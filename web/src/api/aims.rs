//! Aims and their follow-up: the aims themselves, each indicator against its target, the notes
//! and action plans, the Good Enough templates, and a network's overview.

use logbook_shared::ErrorBody;
use logbook_shared::aims::{Aim, AimInput, Plan, PlanInput};
use logbook_shared::follow_up::{
    AdoptInput, AimTemplate, FollowUp, FollowUpQuery, NetworkFollowUp, YearQuery,
};
use logbook_shared::ids::{AimId, NetworkId};

use super::client::{get, post, put, with_query};

pub async fn follow_up(query: FollowUpQuery) -> Result<FollowUp, ErrorBody> {
    get(&with_query("/follow-up", &query)).await
}

pub async fn aim(id: AimId) -> Result<Aim, ErrorBody> {
    get(&format!("/aims/{id}")).await
}

pub async fn create_aim(input: &AimInput) -> Result<Aim, ErrorBody> {
    post("/aims", input).await
}

pub async fn update_aim(id: AimId, input: &AimInput) -> Result<Aim, ErrorBody> {
    put(&format!("/aims/{id}"), input).await
}

pub async fn save_plan(id: AimId, input: &PlanInput) -> Result<Plan, ErrorBody> {
    put(&format!("/aims/{id}/plan"), input).await
}

/// Every saved version of an aim's notes and plan, newest first.
pub async fn plans(id: AimId) -> Result<Vec<Plan>, ErrorBody> {
    get(&format!("/aims/{id}/plans")).await
}

/// The Good Enough aims, in `language` (the screen's).
pub async fn templates(language: &str) -> Result<Vec<AimTemplate>, ErrorBody> {
    get(&format!("/aim-templates?lang={language}")).await
}

/// Adopts a Good Enough aim, titled in `language`.
pub async fn adopt(key: &str, input: &AdoptInput, language: &str) -> Result<Aim, ErrorBody> {
    post(
        &format!("/aim-templates/{key}/adopt?lang={language}"),
        input,
    )
    .await
}

/// Where the network's members stand on the Good Enough aims, titled in `language`.
pub async fn network_follow_up(
    network: NetworkId,
    year: i32,
    language: &str,
) -> Result<NetworkFollowUp, ErrorBody> {
    let path = with_query(
        &format!("/networks/{network}/follow-up"),
        &YearQuery { year },
    );
    get(&format!("{path}&lang={language}")).await
}
