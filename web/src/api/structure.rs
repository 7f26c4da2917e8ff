//! Units, activities, topics, reflection questions, aims and the organisation's settings.

use logbook_shared::ErrorBody;
use logbook_shared::aims::{Aim, AimFilter};
use logbook_shared::ids::{ActivityId, OrganisationId, QuestionId, TopicId, UnitId};
use logbook_shared::reflection::{
    ReflectionQuestion, ReflectionQuestionFilter, ReflectionQuestionInput,
};
use logbook_shared::structure::{
    Activity, ActivityFilter, ActivityInput, ArchivedFilter, OrganisationSettings, Topic,
    TopicInput, Unit, UnitInput,
};

use super::client::{all, get, post, put, with_query};

pub async fn units(filter: &ArchivedFilter) -> Result<Vec<Unit>, ErrorBody> {
    all(&with_query("/units", filter)).await
}

pub async fn create_unit(input: &UnitInput) -> Result<Unit, ErrorBody> {
    post("/units", input).await
}

pub async fn update_unit(id: UnitId, input: &UnitInput) -> Result<Unit, ErrorBody> {
    put(&format!("/units/{id}"), input).await
}

pub async fn activities(filter: &ActivityFilter) -> Result<Vec<Activity>, ErrorBody> {
    all(&with_query("/activities", filter)).await
}

pub async fn create_activity(input: &ActivityInput) -> Result<Activity, ErrorBody> {
    post("/activities", input).await
}

pub async fn update_activity(id: ActivityId, input: &ActivityInput) -> Result<Activity, ErrorBody> {
    put(&format!("/activities/{id}"), input).await
}

pub async fn topics(filter: &ArchivedFilter) -> Result<Vec<Topic>, ErrorBody> {
    all(&with_query("/topics", filter)).await
}

pub async fn create_topic(input: &TopicInput) -> Result<Topic, ErrorBody> {
    post("/topics", input).await
}

pub async fn update_topic(id: TopicId, input: &TopicInput) -> Result<Topic, ErrorBody> {
    put(&format!("/topics/{id}"), input).await
}

pub async fn questions(
    filter: &ReflectionQuestionFilter,
) -> Result<Vec<ReflectionQuestion>, ErrorBody> {
    all(&with_query("/reflection-questions", filter)).await
}

pub async fn create_question(
    input: &ReflectionQuestionInput,
) -> Result<ReflectionQuestion, ErrorBody> {
    post("/reflection-questions", input).await
}

pub async fn update_question(
    id: QuestionId,
    input: &ReflectionQuestionInput,
) -> Result<ReflectionQuestion, ErrorBody> {
    put(&format!("/reflection-questions/{id}"), input).await
}

pub async fn aims(filter: &AimFilter) -> Result<Vec<Aim>, ErrorBody> {
    all(&with_query("/aims", filter)).await
}

pub async fn settings(organisation: OrganisationId) -> Result<OrganisationSettings, ErrorBody> {
    get(&format!("/organisations/{organisation}/settings")).await
}

pub async fn save_settings(
    organisation: OrganisationId,
    settings: &OrganisationSettings,
) -> Result<OrganisationSettings, ErrorBody> {
    put(&format!("/organisations/{organisation}/settings"), settings).await
}
