//! Accounts and devices: the organisation's staff, one's own password, invitation links,
//! integration tokens and kiosks.

use logbook_shared::ErrorBody;
use logbook_shared::api_tokens::{ApiToken, ApiTokenInput, CreatedApiToken};
use logbook_shared::ids::{ApiTokenId, KioskId, UserId};
use logbook_shared::users::{
    ChangePassword, InvitationInfo, InvitationLink, InvitedUser, LanguageChoice, SetPassword, User,
    UserFilter, UserInput,
};
use logbook_shared::visitors::{Kiosk, KioskInput, RegisteredKiosk};

use super::client::{all, delete, get, get_public, post, post_public, put, with_query};

pub async fn users(filter: &UserFilter) -> Result<Vec<User>, ErrorBody> {
    all(&with_query("/users", filter)).await
}

pub async fn invite_user(input: &UserInput) -> Result<InvitedUser, ErrorBody> {
    post("/users", input).await
}

pub async fn update_user(id: UserId, input: &UserInput) -> Result<User, ErrorBody> {
    put(&format!("/users/{id}"), input).await
}

/// A new sign-up link for an account that has not set its password yet.
pub async fn new_invitation(id: UserId) -> Result<InvitationLink, ErrorBody> {
    post(&format!("/users/{id}/invitation"), &()).await
}

/// The language the signed-in person reads the app in, kept on their account.
pub async fn choose_language(input: &LanguageChoice) -> Result<(), ErrorBody> {
    put("/me/language", input).await
}

pub async fn change_password(input: &ChangePassword) -> Result<(), ErrorBody> {
    put("/me/password", input).await
}

pub async fn invitation(token: &str) -> Result<InvitationInfo, ErrorBody> {
    get_public(&format!("/invitations/{token}")).await
}

pub async fn accept_invitation(token: &str, input: &SetPassword) -> Result<(), ErrorBody> {
    post_public(&format!("/invitations/{token}/accept"), input).await
}

pub async fn api_tokens() -> Result<Vec<ApiToken>, ErrorBody> {
    get("/api-tokens").await
}

pub async fn create_api_token(input: &ApiTokenInput) -> Result<CreatedApiToken, ErrorBody> {
    post("/api-tokens", input).await
}

pub async fn revoke_api_token(id: ApiTokenId) -> Result<(), ErrorBody> {
    delete(&format!("/api-tokens/{id}")).await
}

pub async fn kiosks() -> Result<Vec<Kiosk>, ErrorBody> {
    get("/kiosks").await
}

pub async fn register_kiosk(input: &KioskInput) -> Result<RegisteredKiosk, ErrorBody> {
    post("/kiosks", input).await
}

pub async fn revoke_kiosk(id: KioskId) -> Result<(), ErrorBody> {
    delete(&format!("/kiosks/{id}")).await
}
