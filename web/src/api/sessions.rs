//! Sessions, their check-ins, and young people's aliases.

use logbook_shared::ids::{AliasId, SessionId};
use logbook_shared::sessions::{Session, SessionFilter, SessionInput};
use logbook_shared::visitors::{
    Alias, AliasExport, AliasFilter, AliasInput, CheckIn, StaffCheckInInput,
};
use logbook_shared::{ErrorBody, ListQuery, Page};

use super::client::{create_once, delete, get, post, put, with_query};

/// One page of sessions, newest first.
pub async fn page(filter: &SessionFilter, page: &ListQuery) -> Result<Page<Session>, ErrorBody> {
    get(&with_query(&with_query("/sessions", filter), page)).await
}

pub async fn get_one(id: SessionId) -> Result<Session, ErrorBody> {
    get(&format!("/sessions/{id}")).await
}

/// Logs a session once per `key` (a resend answers the first result).
pub async fn create(input: &SessionInput, key: &str) -> Result<Session, ErrorBody> {
    create_once("/sessions", input, key).await
}

pub async fn update(id: SessionId, input: &SessionInput) -> Result<Session, ErrorBody> {
    put(&format!("/sessions/{id}"), input).await
}

pub async fn remove(id: SessionId) -> Result<(), ErrorBody> {
    delete(&format!("/sessions/{id}")).await
}

pub async fn check_ins(session: SessionId) -> Result<Vec<CheckIn>, ErrorBody> {
    get(&format!("/sessions/{session}/check-ins")).await
}

pub async fn check_in(session: SessionId, input: &StaffCheckInInput) -> Result<CheckIn, ErrorBody> {
    post(&format!("/sessions/{session}/check-ins"), input).await
}

pub async fn register_alias(input: &AliasInput) -> Result<Alias, ErrorBody> {
    post("/aliases", input).await
}

/// One page of the aliases starting with the filter's text.
pub async fn aliases(filter: &AliasFilter, page: &ListQuery) -> Result<Page<Alias>, ErrorBody> {
    get(&with_query(&with_query("/aliases", filter), page)).await
}

pub async fn export_alias(id: AliasId) -> Result<AliasExport, ErrorBody> {
    get(&format!("/aliases/{id}/export")).await
}

pub async fn erase_alias(id: AliasId) -> Result<(), ErrorBody> {
    delete(&format!("/aliases/{id}")).await
}
