//! The permission matrix: every operation of the OpenAPI document, tried by every role, by
//! an admin of another organisation and without a token. The expected status of each comes
//! from the table below; an operation missing from the table fails the test, so no new route
//! can skip it.

use logbook_shared::ids::{
    ActivityId, AimId, AliasId, ApiTokenId, KioskId, MembershipId, NetworkId, OrganisationId,
    QuestionId, QuestionnaireId, SessionId, SurveyRoundId, TopicId, UnitId, UserId,
};
use std::collections::BTreeSet;

use logbook_api::accounts::{self, Home};
use logbook_api::db::DbConn;
use logbook_api::db::queries::api_tokens::{self, NewToken, Owner};
use logbook_api::db::queries::check_ins::{self, NewCheckIn};
use logbook_api::db::queries::sessions::{self, Saving};
use logbook_api::db::queries::{
    activities, aims, kiosks, memberships, networks, organisations, questionnaires,
    reflection_questions, survey_rounds, topics, users,
};
use logbook_shared::aims::AimInput;
use logbook_shared::api_tokens::TokenScope;
use logbook_shared::auth::NewAccount;
use logbook_shared::networks::MembershipStatus;
use logbook_shared::reflection::ReflectionQuestionInput;
use logbook_shared::sessions::{Gender, SessionInput};
use logbook_shared::structure::OrganisationSettings;
use logbook_shared::surveys::{SurveyForm, SurveyRoundInput};
use logbook_shared::visitors::KioskInput;
use logbook_shared::{ListQuery, Role};
use serde_json::{Value, json};

use crate::support::fixtures::{activity_input, store_alias, store_unit};
use crate::support::{PASSWORD, TestApp, unique};

/// Who calls, in the order of the table's columns.
const CALLERS: [&str; 8] = [
    "system_admin",
    "network_admin",
    "org_admin",
    "unit_manager",
    "youth_worker",
    "viewer",
    "other_org_admin",
    "anonymous",
];

/// The records of the matrix. The unit manager, youth worker and viewer of organisation A
/// hold unit 1 only; unit 2 and its activity lie outside their scope.
struct Fixture {
    network: NetworkId,
    organisation: OrganisationId,
    unit_in_scope: UnitId,
    unit_out_of_scope: UnitId,
    activity_in_scope: ActivityId,
    activity_out_of_scope: ActivityId,
    topic: TopicId,
    worker: UserId,
    session_in_scope: SessionId,
    session_out_of_scope: SessionId,
    question: QuestionId,
    aim_in_scope: AimId,
    aim_out_of_scope: AimId,
    kiosk_in_scope: KioskId,
    kiosk_out_of_scope: KioskId,
    alias: AliasId,
    questionnaire: QuestionnaireId,
    round_in_scope: SurveyRoundId,
    round_out_of_scope: SurveyRoundId,
    /// The public answering page's token of the round in scope.
    round_link: String,
    tokens: Vec<Option<String>>,
}

type Body = fn(&Fixture) -> Value;

/// (method, path template, what the ids in the path are, body, expected status per caller)
struct Case {
    method: &'static str,
    path: &'static str,
    target: Target,
    body: Option<Body>,
    expected: [u16; 8],
}

#[derive(Clone, Copy, Debug)]
enum Target {
    None,
    Network,
    Organisation,
    UnitInScope,
    UnitOutOfScope,
    ActivityInScope,
    ActivityOutOfScope,
    Topic,
    Worker,
    SessionInScope,
    SessionOutOfScope,
    /// A new session of unit 1 for each call, so that every caller tries to delete one.
    FreshSessionInScope,
    Question,
    AimInScope,
    AimOutOfScope,
    KioskInScope,
    KioskOutOfScope,
    Alias,
    /// A new alias for each call, so that every caller tries to erase one.
    FreshAlias,
    /// No id; a query for this year.
    ThisYear,
    /// A year in the path.
    Year,
    /// The network, with a query for this year.
    NetworkThisYear,
    /// A new invitation of the organisation to the network for each call (earlier ones
    /// ended), so that every caller tries to answer or end one.
    FreshInvitation,
    /// A new integration token of the organisation for each call.
    FreshApiToken,
    BogusToken,
    Questionnaire,
    RoundInScope,
    RoundOutOfScope,
    /// The round in scope's public link token.
    RoundLink,
    /// A Good Enough template's key, the next one for each call, so that one caller's
    /// adoption does not make the next one's a second adoption (409).
    AimTemplate,
}

//                                     SA   NA   OA   UM   YW   VW   OB   anon
const CASES: &[Case] = &[
    case(
        "POST",
        "/api/v1/auth/login",
        Target::None,
        Some(wrong_login),
        [401, 401, 401, 401, 401, 401, 401, 401],
    ),
    case(
        "POST",
        "/api/v1/auth/refresh",
        Target::None,
        Some(unknown_refresh),
        [401, 401, 401, 401, 401, 401, 401, 401],
    ),
    case(
        "POST",
        "/api/v1/auth/logout",
        Target::None,
        Some(unknown_refresh),
        [204, 204, 204, 204, 204, 204, 204, 204],
    ),
    case(
        "GET",
        "/api/v1/me",
        Target::None,
        None,
        [200, 200, 200, 200, 200, 200, 200, 401],
    ),
    case(
        "PUT",
        "/api/v1/me/password",
        Target::None,
        Some(same_password),
        [204, 204, 204, 204, 204, 204, 204, 401],
    ),
    case(
        "PUT",
        "/api/v1/me/language",
        Target::None,
        Some(finnish),
        [204, 204, 204, 204, 204, 204, 204, 401],
    ),
    case(
        "GET",
        "/api/v1/invitations/{token}",
        Target::BogusToken,
        None,
        [404, 404, 404, 404, 404, 404, 404, 404],
    ),
    case(
        "POST",
        "/api/v1/invitations/{token}/accept",
        Target::BogusToken,
        Some(new_password),
        [404, 404, 404, 404, 404, 404, 404, 404],
    ),
    case(
        "GET",
        "/api/v1/networks",
        Target::None,
        None,
        [200, 200, 403, 403, 403, 403, 403, 401],
    ),
    case(
        "POST",
        "/api/v1/networks",
        Target::None,
        Some(new_tenant),
        [201, 403, 403, 403, 403, 403, 403, 401],
    ),
    case(
        "GET",
        "/api/v1/networks/{id}",
        Target::Network,
        None,
        [200, 200, 404, 404, 404, 404, 404, 401],
    ),
    case(
        "PUT",
        "/api/v1/networks/{id}",
        Target::Network,
        Some(network_name),
        [200, 403, 403, 403, 403, 403, 403, 401],
    ),
    case(
        "GET",
        "/api/v1/organisations",
        Target::None,
        None,
        [200, 403, 200, 200, 200, 200, 200, 401],
    ),
    case(
        "POST",
        "/api/v1/organisations",
        Target::None,
        Some(new_tenant),
        [201, 403, 403, 403, 403, 403, 403, 401],
    ),
    case(
        "GET",
        "/api/v1/organisations/{id}",
        Target::Organisation,
        None,
        [200, 404, 200, 200, 200, 200, 404, 401],
    ),
    case(
        "PUT",
        "/api/v1/organisations/{id}",
        Target::Organisation,
        Some(organisation_name),
        [200, 403, 403, 403, 403, 403, 403, 401],
    ),
    case(
        "GET",
        "/api/v1/organisations/{id}/settings",
        Target::Organisation,
        None,
        [404, 404, 200, 200, 200, 200, 404, 401],
    ),
    case(
        "PUT",
        "/api/v1/organisations/{id}/settings",
        Target::Organisation,
        Some(settings),
        [404, 404, 200, 403, 403, 403, 404, 401],
    ),
    case(
        "GET",
        "/api/v1/units",
        Target::None,
        None,
        [403, 403, 200, 200, 200, 200, 200, 401],
    ),
    case(
        "POST",
        "/api/v1/units",
        Target::None,
        Some(unit),
        [403, 403, 201, 403, 403, 403, 201, 401],
    ),
    case(
        "GET",
        "/api/v1/units/{id}",
        Target::UnitInScope,
        None,
        [403, 403, 200, 200, 200, 200, 404, 401],
    ),
    case(
        "GET",
        "/api/v1/units/{id}",
        Target::UnitOutOfScope,
        None,
        [403, 403, 200, 404, 404, 404, 404, 401],
    ),
    case(
        "PUT",
        "/api/v1/units/{id}",
        Target::UnitInScope,
        Some(unit),
        [403, 403, 200, 200, 403, 403, 404, 401],
    ),
    case(
        "PUT",
        "/api/v1/units/{id}",
        Target::UnitOutOfScope,
        Some(unit),
        [403, 403, 200, 404, 404, 404, 404, 401],
    ),
    case(
        "GET",
        "/api/v1/topics",
        Target::None,
        None,
        [403, 403, 200, 200, 200, 200, 200, 401],
    ),
    case(
        "POST",
        "/api/v1/topics",
        Target::None,
        Some(topic),
        [403, 403, 201, 403, 403, 403, 201, 401],
    ),
    case(
        "PUT",
        "/api/v1/topics/{id}",
        Target::Topic,
        Some(topic),
        [403, 403, 200, 403, 403, 403, 404, 401],
    ),
    case(
        "GET",
        "/api/v1/activities",
        Target::None,
        None,
        [403, 403, 200, 200, 200, 200, 200, 401],
    ),
    case(
        "POST",
        "/api/v1/activities",
        Target::None,
        Some(activity_in_scope),
        [403, 403, 201, 201, 403, 403, 422, 401],
    ),
    case(
        "POST",
        "/api/v1/activities",
        Target::None,
        Some(activity_out_of_scope),
        [403, 403, 201, 422, 422, 422, 422, 401],
    ),
    case(
        "GET",
        "/api/v1/activities/{id}",
        Target::ActivityInScope,
        None,
        [403, 403, 200, 200, 200, 200, 404, 401],
    ),
    case(
        "GET",
        "/api/v1/activities/{id}",
        Target::ActivityOutOfScope,
        None,
        [403, 403, 200, 404, 404, 404, 404, 401],
    ),
    case(
        "PUT",
        "/api/v1/activities/{id}",
        Target::ActivityInScope,
        Some(activity_in_scope),
        [403, 403, 200, 200, 403, 403, 404, 401],
    ),
    case(
        "PUT",
        "/api/v1/activities/{id}",
        Target::ActivityOutOfScope,
        Some(activity_out_of_scope),
        [403, 403, 200, 404, 404, 404, 404, 401],
    ),
    case(
        "GET",
        "/api/v1/users",
        Target::None,
        None,
        [403, 403, 200, 403, 403, 403, 200, 401],
    ),
    case(
        "POST",
        "/api/v1/users",
        Target::None,
        Some(new_user),
        [403, 403, 201, 403, 403, 403, 201, 401],
    ),
    case(
        "GET",
        "/api/v1/users/{id}",
        Target::Worker,
        None,
        [403, 403, 200, 403, 403, 403, 404, 401],
    ),
    case(
        "PUT",
        "/api/v1/users/{id}",
        Target::Worker,
        Some(worker),
        [403, 403, 200, 403, 403, 403, 404, 401],
    ),
    case(
        "POST",
        "/api/v1/users/{id}/invitation",
        Target::Worker,
        None,
        [403, 403, 201, 403, 403, 403, 404, 401],
    ),
    case(
        "GET",
        "/api/v1/sessions",
        Target::None,
        None,
        [403, 403, 200, 200, 200, 403, 200, 401],
    ),
    case(
        "POST",
        "/api/v1/sessions",
        Target::None,
        Some(session_in_scope),
        [403, 403, 201, 201, 201, 403, 422, 401],
    ),
    case(
        "POST",
        "/api/v1/sessions",
        Target::None,
        Some(session_out_of_scope),
        [403, 403, 201, 422, 422, 422, 422, 401],
    ),
    case(
        "GET",
        "/api/v1/sessions/{id}",
        Target::SessionInScope,
        None,
        [403, 403, 200, 200, 200, 403, 404, 401],
    ),
    case(
        "GET",
        "/api/v1/sessions/{id}",
        Target::SessionOutOfScope,
        None,
        [403, 403, 200, 404, 404, 404, 404, 401],
    ),
    case(
        "PUT",
        "/api/v1/sessions/{id}",
        Target::SessionInScope,
        Some(session_in_scope),
        [403, 403, 200, 200, 200, 403, 404, 401],
    ),
    case(
        "PUT",
        "/api/v1/sessions/{id}",
        Target::SessionOutOfScope,
        Some(session_out_of_scope),
        [403, 403, 200, 404, 404, 404, 404, 401],
    ),
    case(
        "DELETE",
        "/api/v1/sessions/{id}",
        Target::FreshSessionInScope,
        None,
        [403, 403, 204, 204, 204, 403, 404, 401],
    ),
    case(
        "GET",
        "/api/v1/session-audit",
        Target::None,
        None,
        [403, 403, 200, 200, 403, 403, 200, 401],
    ),
    case(
        "GET",
        "/api/v1/reflection-questions",
        Target::None,
        None,
        [403, 403, 200, 200, 200, 200, 200, 401],
    ),
    case(
        "POST",
        "/api/v1/reflection-questions",
        Target::None,
        Some(question),
        [403, 403, 201, 403, 403, 403, 201, 401],
    ),
    case(
        "GET",
        "/api/v1/reflection-questions/{id}",
        Target::Question,
        None,
        [403, 403, 200, 200, 200, 200, 404, 401],
    ),
    case(
        "PUT",
        "/api/v1/reflection-questions/{id}",
        Target::Question,
        Some(question),
        [403, 403, 200, 403, 403, 403, 404, 401],
    ),
    case(
        "GET",
        "/api/v1/aims",
        Target::None,
        None,
        [403, 403, 200, 200, 200, 200, 200, 401],
    ),
    case(
        "POST",
        "/api/v1/aims",
        Target::None,
        Some(organisation_aim),
        [403, 403, 201, 403, 403, 403, 201, 401],
    ),
    case(
        "POST",
        "/api/v1/aims",
        Target::None,
        Some(aim_in_scope),
        [403, 403, 201, 201, 403, 403, 422, 401],
    ),
    case(
        "GET",
        "/api/v1/aims/{id}",
        Target::AimInScope,
        None,
        [403, 403, 200, 200, 200, 200, 404, 401],
    ),
    case(
        "GET",
        "/api/v1/aims/{id}",
        Target::AimOutOfScope,
        None,
        [403, 403, 200, 404, 404, 404, 404, 401],
    ),
    case(
        "PUT",
        "/api/v1/aims/{id}",
        Target::AimInScope,
        Some(aim_in_scope),
        [403, 403, 200, 200, 403, 403, 404, 401],
    ),
    case(
        "GET",
        "/api/v1/follow-up",
        Target::None,
        None,
        // The organisation's own aims follow the whole organisation.
        [403, 403, 200, 403, 403, 403, 200, 401],
    ),
    case(
        "GET",
        "/api/v1/follow-up",
        Target::UnitInScope,
        None,
        [403, 403, 200, 200, 200, 200, 404, 401],
    ),
    case(
        "GET",
        "/api/v1/follow-up",
        Target::UnitOutOfScope,
        None,
        [403, 403, 200, 404, 404, 404, 404, 401],
    ),
    case(
        "PUT",
        "/api/v1/aims/{id}/plan",
        Target::AimInScope,
        Some(plan),
        [403, 403, 201, 201, 403, 403, 404, 401],
    ),
    case(
        "PUT",
        "/api/v1/aims/{id}/plan",
        Target::AimOutOfScope,
        Some(plan),
        [403, 403, 201, 404, 404, 404, 404, 401],
    ),
    case(
        "GET",
        "/api/v1/aims/{id}/plans",
        Target::AimInScope,
        None,
        [403, 403, 200, 200, 200, 200, 404, 401],
    ),
    case(
        "GET",
        "/api/v1/aims/{id}/plans",
        Target::AimOutOfScope,
        None,
        [403, 403, 200, 404, 404, 404, 404, 401],
    ),
    case(
        "GET",
        "/api/v1/aim-templates",
        Target::None,
        None,
        [200, 200, 200, 200, 200, 200, 200, 401],
    ),
    case(
        "POST",
        "/api/v1/aim-templates/{key}/adopt",
        Target::AimTemplate,
        Some(adopt_for_organisation),
        [403, 403, 201, 403, 403, 403, 201, 401],
    ),
    case(
        "POST",
        "/api/v1/aim-templates/{key}/adopt",
        Target::AimTemplate,
        Some(adopt_in_scope),
        [403, 403, 201, 201, 403, 403, 422, 401],
    ),
    case(
        "GET",
        "/api/v1/kiosks",
        Target::None,
        None,
        [403, 403, 200, 200, 403, 403, 200, 401],
    ),
    case(
        "POST",
        "/api/v1/kiosks",
        Target::None,
        Some(kiosk_in_scope),
        [403, 403, 201, 201, 403, 403, 422, 401],
    ),
    case(
        "POST",
        "/api/v1/kiosks",
        Target::None,
        Some(kiosk_out_of_scope),
        [403, 403, 201, 422, 403, 403, 422, 401],
    ),
    case(
        "DELETE",
        "/api/v1/kiosks/{id}",
        Target::KioskInScope,
        None,
        [403, 403, 204, 204, 403, 403, 404, 401],
    ),
    case(
        "DELETE",
        "/api/v1/kiosks/{id}",
        Target::KioskOutOfScope,
        None,
        [403, 403, 204, 404, 403, 403, 404, 401],
    ),
    // Kiosk routes take kiosk tokens only; no account's token opens them.
    case(
        "GET",
        "/api/v1/kiosk",
        Target::None,
        None,
        [401, 401, 401, 401, 401, 401, 401, 401],
    ),
    case(
        "POST",
        "/api/v1/kiosk/check-ins",
        Target::None,
        Some(kiosk_check_in),
        [401, 401, 401, 401, 401, 401, 401, 401],
    ),
    case(
        "POST",
        "/api/v1/kiosk/aliases",
        Target::None,
        Some(new_alias),
        [401, 401, 401, 401, 401, 401, 401, 401],
    ),
    case(
        "GET",
        "/api/v1/aliases",
        Target::None,
        None,
        [403, 403, 200, 200, 403, 403, 200, 401],
    ),
    case(
        "POST",
        "/api/v1/aliases",
        Target::None,
        Some(fresh_alias),
        [403, 403, 201, 201, 201, 403, 201, 401],
    ),
    case(
        "GET",
        "/api/v1/aliases/{id}/export",
        Target::Alias,
        None,
        [403, 403, 200, 200, 403, 403, 404, 401],
    ),
    case(
        "DELETE",
        "/api/v1/aliases/{id}",
        Target::FreshAlias,
        None,
        [403, 403, 204, 204, 403, 403, 404, 401],
    ),
    case(
        "GET",
        "/api/v1/sessions/{id}/check-ins",
        Target::SessionInScope,
        None,
        [403, 403, 200, 200, 200, 403, 404, 401],
    ),
    case(
        "GET",
        "/api/v1/sessions/{id}/check-ins",
        Target::SessionOutOfScope,
        None,
        [403, 403, 200, 404, 404, 404, 404, 401],
    ),
    case(
        "POST",
        "/api/v1/sessions/{id}/check-ins",
        Target::FreshSessionInScope,
        Some(kiosk_check_in),
        [403, 403, 201, 201, 201, 403, 404, 401],
    ),
    case(
        "GET",
        "/api/v1/reports",
        Target::ThisYear,
        None,
        [403, 403, 200, 200, 200, 200, 200, 401],
    ),
    case(
        "GET",
        "/api/v1/reports/export",
        Target::ThisYear,
        None,
        [403, 403, 200, 200, 200, 200, 200, 401],
    ),
    case(
        "GET",
        "/api/v1/annual-reports/{year}",
        Target::Year,
        None,
        [403, 403, 200, 200, 200, 200, 200, 401],
    ),
    case(
        "GET",
        "/api/v1/annual-reports/{year}/pdf",
        Target::Year,
        None,
        [403, 403, 200, 200, 200, 200, 200, 401],
    ),
    case(
        "PUT",
        "/api/v1/annual-reports/{year}/analysis",
        Target::Year,
        Some(analysis),
        [403, 403, 204, 403, 403, 403, 204, 401],
    ),
    case(
        "GET",
        "/api/v1/reports/record",
        Target::ThisYear,
        None,
        [403, 403, 200, 200, 200, 403, 200, 401],
    ),
    case(
        "GET",
        "/api/v1/key-figures/{year}",
        Target::Year,
        None,
        [403, 403, 200, 200, 200, 200, 200, 401],
    ),
    case(
        "PUT",
        "/api/v1/key-figures/{year}",
        Target::Year,
        Some(key_figures),
        [403, 403, 204, 403, 403, 403, 204, 401],
    ),
    case(
        "GET",
        "/api/v1/key-figures/{year}/rates",
        Target::Year,
        None,
        // Municipality-wide: unit-scoped roles get none.
        [403, 403, 200, 403, 403, 403, 200, 401],
    ),
    case(
        "PUT",
        "/api/v1/networks/{id}/settings",
        Target::Network,
        Some(network_settings),
        [404, 200, 404, 404, 404, 404, 404, 401],
    ),
    case(
        "GET",
        "/api/v1/organisation-directory",
        Target::None,
        None,
        [404, 200, 404, 404, 404, 404, 404, 401],
    ),
    case(
        "POST",
        "/api/v1/networks/{id}/invitations",
        Target::Network,
        Some(invitation),
        [404, 201, 404, 404, 404, 404, 404, 401],
    ),
    case(
        "GET",
        "/api/v1/networks/{id}/memberships",
        Target::Network,
        None,
        [404, 200, 404, 404, 404, 404, 404, 401],
    ),
    case(
        "GET",
        "/api/v1/network-memberships",
        Target::None,
        None,
        [403, 403, 200, 403, 403, 403, 200, 401],
    ),
    case(
        "POST",
        "/api/v1/network-memberships/{id}/accept",
        Target::FreshInvitation,
        None,
        [404, 404, 200, 403, 403, 403, 404, 401],
    ),
    case(
        "POST",
        "/api/v1/network-memberships/{id}/decline",
        Target::FreshInvitation,
        None,
        [404, 404, 200, 403, 403, 403, 404, 401],
    ),
    case(
        "DELETE",
        "/api/v1/network-memberships/{id}",
        Target::FreshInvitation,
        None,
        [404, 200, 200, 403, 403, 403, 404, 401],
    ),
    case(
        "GET",
        "/api/v1/networks/{id}/statistics",
        Target::NetworkThisYear,
        None,
        [404, 200, 404, 404, 404, 404, 404, 401],
    ),
    case(
        "GET",
        "/api/v1/networks/{id}/surveys",
        Target::NetworkThisYear,
        None,
        [404, 200, 404, 403, 403, 403, 404, 401],
    ),
    case(
        "GET",
        "/api/v1/networks/{id}/follow-up",
        Target::NetworkThisYear,
        None,
        [404, 200, 404, 403, 403, 403, 404, 401],
    ),
    case(
        "GET",
        "/api/v1/networks/{id}/comparison",
        Target::NetworkThisYear,
        None,
        // The organisation's last invitation has just been ended (the row above).
        [404, 200, 404, 403, 403, 403, 404, 401],
    ),
    case(
        "GET",
        "/api/v1/networks/{id}/pulls",
        Target::Network,
        None,
        [404, 200, 404, 404, 404, 404, 404, 401],
    ),
    case(
        "GET",
        "/api/v1/api-tokens",
        Target::None,
        None,
        [403, 200, 200, 403, 403, 403, 200, 401],
    ),
    case(
        "POST",
        "/api/v1/api-tokens",
        Target::None,
        Some(api_token),
        // A network's tokens may only read statistics.
        [403, 422, 201, 403, 403, 403, 201, 401],
    ),
    case(
        "DELETE",
        "/api/v1/api-tokens/{id}",
        Target::FreshApiToken,
        None,
        [403, 404, 204, 403, 403, 403, 404, 401],
    ),
    case(
        "GET",
        "/api/v1/network-pulls",
        Target::None,
        None,
        [403, 403, 200, 403, 403, 403, 200, 401],
    ),
    case(
        "GET",
        "/api/v1/survey-templates",
        Target::None,
        None,
        [200, 200, 200, 200, 200, 200, 200, 401],
    ),
    case(
        "GET",
        "/api/v1/questionnaires",
        Target::None,
        None,
        [403, 403, 200, 200, 200, 200, 200, 401],
    ),
    case(
        "POST",
        "/api/v1/questionnaires",
        Target::None,
        Some(questionnaire),
        [403, 403, 201, 403, 403, 403, 201, 401],
    ),
    case(
        "POST",
        "/api/v1/questionnaires/from-template",
        Target::None,
        Some(template_copy),
        [403, 403, 201, 403, 403, 403, 201, 401],
    ),
    case(
        "GET",
        "/api/v1/questionnaires/{id}",
        Target::Questionnaire,
        None,
        [403, 403, 200, 200, 200, 200, 404, 401],
    ),
    case(
        "PUT",
        "/api/v1/questionnaires/{id}",
        Target::Questionnaire,
        Some(questionnaire),
        [403, 403, 200, 403, 403, 403, 404, 401],
    ),
    case(
        "GET",
        "/api/v1/survey-rounds",
        Target::None,
        None,
        [403, 403, 200, 200, 200, 200, 200, 401],
    ),
    case(
        "POST",
        "/api/v1/survey-rounds",
        Target::None,
        Some(survey_round),
        // The other organisation's admin names a questionnaire it does not have.
        [403, 403, 201, 201, 403, 403, 422, 401],
    ),
    case(
        "GET",
        "/api/v1/survey-rounds/{id}",
        Target::RoundInScope,
        None,
        [403, 403, 200, 200, 200, 200, 404, 401],
    ),
    case(
        "GET",
        "/api/v1/survey-rounds/{id}",
        Target::RoundOutOfScope,
        None,
        [403, 403, 200, 404, 404, 404, 404, 401],
    ),
    case(
        "GET",
        "/api/v1/survey-rounds/{id}/qr.svg",
        Target::RoundInScope,
        None,
        [403, 403, 200, 200, 200, 200, 404, 401],
    ),
    case(
        "GET",
        "/api/v1/survey-rounds/{id}/poster.pdf",
        Target::RoundInScope,
        None,
        [403, 403, 200, 200, 200, 200, 404, 401],
    ),
    case(
        "GET",
        "/api/v1/survey-rounds/{id}/poster.pdf",
        Target::RoundOutOfScope,
        None,
        [403, 403, 200, 404, 404, 404, 404, 401],
    ),
    case(
        "POST",
        "/api/v1/survey-rounds/{id}/close",
        Target::RoundInScope,
        None,
        [403, 403, 200, 200, 403, 403, 404, 401],
    ),
    case(
        "POST",
        "/api/v1/survey-rounds/{id}/close",
        Target::RoundOutOfScope,
        None,
        [403, 403, 200, 404, 404, 404, 404, 401],
    ),
    case(
        "GET",
        "/api/v1/survey-rounds/{id}/results",
        Target::RoundInScope,
        None,
        [403, 403, 200, 200, 200, 200, 404, 401],
    ),
    case(
        "GET",
        "/api/v1/survey-rounds/{id}/results",
        Target::RoundOutOfScope,
        None,
        [403, 403, 200, 404, 404, 404, 404, 401],
    ),
    case(
        "GET",
        "/api/v1/survey-rounds/{id}/results/export",
        Target::RoundInScope,
        None,
        [403, 403, 200, 200, 200, 200, 404, 401],
    ),
    case(
        "GET",
        "/api/v1/survey-rounds/{id}/results/export",
        Target::RoundOutOfScope,
        None,
        [403, 403, 200, 404, 404, 404, 404, 401],
    ),
    // The answering page is public, whoever calls; the round was closed above, so it says so
    // and takes no answer.
    case(
        "GET",
        "/s/{token}",
        Target::RoundLink,
        None,
        [200, 200, 200, 200, 200, 200, 200, 200],
    ),
    case(
        "POST",
        "/s/{token}",
        Target::RoundLink,
        None,
        [410, 410, 410, 410, 410, 410, 410, 410],
    ),
];

const fn case(
    method: &'static str,
    path: &'static str,
    target: Target,
    body: Option<Body>,
    expected: [u16; 8],
) -> Case {
    Case {
        method,
        path,
        target,
        body,
        expected,
    }
}

#[tokio::test]
async fn every_operation_answers_every_caller_as_the_table_says() {
    let documented = documented_operations();
    let tabled: BTreeSet<(String, String)> = CASES
        .iter()
        .map(|case| (case.method.to_owned(), case.path.to_owned()))
        .collect();
    let missing: Vec<_> = documented.difference(&tabled).collect();
    assert!(
        missing.is_empty(),
        "operations without a row in the permission table: {missing:?}"
    );
    let stale: Vec<_> = tabled.difference(&documented).collect();
    assert!(
        stale.is_empty(),
        "rows for operations that no longer exist: {stale:?}"
    );

    let app = TestApp::spawn().await;
    let fixture = fixture(&app).await;
    let mut wrong = Vec::new();
    for case in CASES {
        for (caller, expected) in CALLERS.iter().zip(case.expected) {
            let status = send(&app, &fixture, case, caller).await;
            if status != expected {
                wrong.push(format!(
                    "{} {} ({:?}) as {caller}: got {status}, table says {expected}",
                    case.method, case.path, case.target
                ));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "{} outcomes differ from the table:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}

/// `GET /me` says what each caller may do, and it is what the table above lets them do.
#[tokio::test]
async fn me_says_what_each_role_and_token_may_do() {
    let app = TestApp::spawn().await;
    let fixture = fixture(&app).await;
    let may = |rights: &[&str]| {
        let all = [
            "administer_organisation",
            "manage_units",
            "log_sessions",
            "read_sessions",
            "manage_visitors",
            "read_reports",
            "manage_network",
            "manage_tenants",
        ];
        all.iter()
            .map(|right| ((*right).to_owned(), json!(rights.contains(right))))
            .collect::<serde_json::Map<_, _>>()
    };
    let expected = [
        ("system_admin", may(&["manage_tenants"])),
        ("network_admin", may(&["manage_network"])),
        (
            "org_admin",
            may(&[
                "administer_organisation",
                "manage_units",
                "log_sessions",
                "read_sessions",
                "manage_visitors",
                "read_reports",
            ]),
        ),
        (
            "unit_manager",
            may(&[
                "manage_units",
                "log_sessions",
                "read_sessions",
                "manage_visitors",
                "read_reports",
            ]),
        ),
        (
            "youth_worker",
            may(&["log_sessions", "read_sessions", "read_reports"]),
        ),
        ("viewer", may(&["read_reports"])),
    ];
    for (caller, rights) in expected {
        let index = CALLERS.iter().position(|c| *c == caller).unwrap();
        let token = fixture.tokens[index].clone().unwrap();
        let me: Value = app
            .call("GET", "/api/v1/me", &token, None)
            .await
            .json()
            .await
            .unwrap();
        assert_eq!(me["may"], Value::Object(rights), "{caller}");
    }
    let org_admin = fixture.tokens[2].clone().unwrap();
    let reports_only = integration_token(&app, &org_admin, &["reports:read"]).await;
    let me: Value = app
        .call("GET", "/api/v1/me", &reports_only, None)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        me["may"],
        Value::Object(may(&["read_reports"])),
        "a reports:read token"
    );
}

/// The scopes an organisation's and a network's admin may give their tokens.
const ORGANISATION_SCOPES: [&str; 4] = [
    "reports:read",
    "sessions:read",
    "sessions:write",
    "structure:read",
];
const NETWORK_SCOPES: [&str; 1] = ["statistics:read"];

/// The `api_token` scopes the document lists for the operation; `None` when no integration
/// token may call it.
fn declared_scopes(document: &Value, case: &Case) -> Option<Vec<String>> {
    let operation = &document["paths"][case.path][case.method.to_lowercase()];
    operation["security"]
        .as_array()?
        .iter()
        .find_map(|requirement| requirement.get("api_token"))
        .map(|scopes| {
            scopes
                .as_array()
                .unwrap()
                .iter()
                .map(|scope| scope.as_str().unwrap().to_owned())
                .collect()
        })
}

/// An integration token of the caller (`maker`, a login token) with these scopes.
async fn integration_token(app: &TestApp, maker: &str, scopes: &[&str]) -> String {
    let last_day = (chrono::Utc::now() + chrono::Duration::days(30)).date_naive();
    let body = json!({ "name": "Contract check", "scopes": scopes, "expires_on": last_day });
    let response = app
        .call("POST", "/api/v1/api-tokens", maker, Some(body))
        .await;
    assert_eq!(response.status(), 201, "making a token with {scopes:?}");
    let made: Value = response.json().await.unwrap();
    made["token"].as_str().unwrap().to_owned()
}

/// The document's `api_token` requirement of every operation is what the server enforces:
/// wherever an org admin or a network admin may act, a token of theirs holding exactly the
/// listed scopes gets the same answer, and one holding all their other scopes gets 403.
#[tokio::test]
async fn integration_tokens_open_exactly_what_the_document_lists_for_their_scopes() {
    let document = logbook_api::app::openapi_document();
    let app = TestApp::spawn().await;
    let fixture = fixture(&app).await;
    let makers = [
        ("network_admin", &NETWORK_SCOPES[..]),
        ("org_admin", &ORGANISATION_SCOPES[..]),
    ];
    let mut tokens: std::collections::HashMap<(usize, Vec<&str>), String> = Default::default();
    let mut wrong = Vec::new();
    for case in CASES {
        let operation = &document["paths"][case.path][case.method.to_lowercase()];
        if operation.get("security").is_none() {
            continue; // Open to anyone (sign-in, invitation links): a token changes nothing.
        }
        let declared = declared_scopes(&document, case);
        for (maker, all) in makers {
            let index = CALLERS.iter().position(|c| *c == maker).unwrap();
            let by_maker = case.expected[index];
            if !(200..300).contains(&by_maker) {
                continue;
            }
            let listed: Option<Vec<&str>> = declared.as_ref().and_then(|scopes| {
                let mine: Vec<&str> = all
                    .iter()
                    .copied()
                    .filter(|scope| scopes.iter().any(|s| s == scope))
                    .collect();
                (scopes.is_empty() || !mine.is_empty()).then_some(mine)
            });
            let mut tries: Vec<(Vec<&str>, u16)> = Vec::new();
            match &listed {
                // Any token: one of the maker's scopes will do.
                Some(mine) if mine.is_empty() => tries.push((vec![all[0]], by_maker)),
                Some(mine) => {
                    tries.push((mine.clone(), by_maker));
                    let others: Vec<&str> =
                        all.iter().copied().filter(|s| !mine.contains(s)).collect();
                    if !others.is_empty() {
                        tries.push((others, 403));
                    }
                }
                None => tries.push((all.to_vec(), 403)),
            }
            for (scopes, expected) in tries {
                let maker_login = fixture.tokens[index].clone().unwrap();
                let key = (index, scopes.clone());
                if !tokens.contains_key(&key) {
                    let token = integration_token(&app, &maker_login, &scopes).await;
                    tokens.insert(key.clone(), token);
                }
                let token = tokens[&key].clone();
                let who = format!("{maker}'s token with {scopes:?}");
                let status = send_with(&app, &fixture, case, Some(&token), &who).await;
                if status != expected {
                    wrong.push(format!(
                        "{} {} as {who}: got {status}, expected {expected} (document lists {declared:?})",
                        case.method, case.path
                    ));
                }
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "{} answers to integration tokens differ from the document:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}

fn documented_operations() -> BTreeSet<(String, String)> {
    let document = serde_json::to_value(logbook_api::app::openapi_document()).unwrap();
    let mut operations = BTreeSet::new();
    for (path, item) in document["paths"].as_object().unwrap() {
        for method in item.as_object().unwrap().keys() {
            operations.insert((method.to_uppercase(), path.clone()));
        }
    }
    operations
}

async fn send(app: &TestApp, fixture: &Fixture, case: &Case, caller: &str) -> u16 {
    let index = CALLERS.iter().position(|c| *c == caller).unwrap();
    send_with(app, fixture, case, fixture.tokens[index].as_deref(), caller).await
}

/// [`send`] with any bearer token; `caller` names it in messages.
async fn send_with(
    app: &TestApp,
    fixture: &Fixture,
    case: &Case,
    token: Option<&str>,
    caller: &str,
) -> u16 {
    let id = match case.target {
        Target::None => String::new(),
        Target::Network => fixture.network.to_string(),
        Target::Organisation => fixture.organisation.to_string(),
        Target::UnitInScope => fixture.unit_in_scope.to_string(),
        Target::UnitOutOfScope => fixture.unit_out_of_scope.to_string(),
        Target::ActivityInScope => fixture.activity_in_scope.to_string(),
        Target::ActivityOutOfScope => fixture.activity_out_of_scope.to_string(),
        Target::Topic => fixture.topic.to_string(),
        Target::Worker => fixture.worker.to_string(),
        Target::SessionInScope => fixture.session_in_scope.to_string(),
        Target::SessionOutOfScope => fixture.session_out_of_scope.to_string(),
        Target::FreshSessionInScope => {
            let (organisation, unit, activity, worker) = (
                fixture.organisation,
                fixture.unit_in_scope,
                fixture.activity_in_scope,
                fixture.worker,
            );
            app.db(move |conn| log_session(conn, organisation, unit, activity, worker))
                .await
                .to_string()
        }
        Target::Question => fixture.question.to_string(),
        Target::AimInScope => fixture.aim_in_scope.to_string(),
        Target::AimOutOfScope => fixture.aim_out_of_scope.to_string(),
        Target::KioskInScope => fixture.kiosk_in_scope.to_string(),
        Target::KioskOutOfScope => fixture.kiosk_out_of_scope.to_string(),
        Target::Alias => fixture.alias.to_string(),
        Target::FreshAlias => {
            let (organisation, session) = (fixture.organisation, fixture.session_in_scope);
            let text = format!("Fox {}", unique());
            app.db(move |conn| {
                let alias = make_alias(conn, organisation, &text);
                seen_at(conn, organisation, alias, session);
                alias
            })
            .await
            .to_string()
        }
        Target::ThisYear => String::new(),
        Target::Year => "2026".to_owned(),
        Target::NetworkThisYear => fixture.network.to_string(),
        Target::FreshApiToken => {
            let (organisation, user) = (fixture.organisation, fixture.worker);
            app.db(move |conn| fresh_api_token(conn, organisation, user))
                .await
                .to_string()
        }
        Target::FreshInvitation => {
            let (network, organisation, user) =
                (fixture.network, fixture.organisation, fixture.worker);
            app.db(move |conn| fresh_invitation(conn, network, organisation, user))
                .await
                .to_string()
        }
        Target::BogusToken => "no-such-invitation-token".to_owned(),
        Target::Questionnaire => fixture.questionnaire.to_string(),
        Target::RoundInScope => fixture.round_in_scope.to_string(),
        Target::RoundOutOfScope => fixture.round_out_of_scope.to_string(),
        Target::RoundLink => fixture.round_link.clone(),
        Target::AimTemplate => {
            static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
            let all = logbook_api::follow_up::templates::all();
            let next = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            all[next % all.len()].key.clone()
        }
    };
    let mut path = case
        .path
        .replace("{id}", &id)
        .replace("{token}", &id)
        .replace("{year}", &id)
        .replace("{key}", &id);
    match case.target {
        Target::ThisYear => {
            path.push_str("?from=2026-01-01&to=2026-12-31");
            if case.path.ends_with("/export") {
                path.push_str("&format=csv");
            }
        }
        Target::NetworkThisYear if case.path.ends_with("/surveys") => {
            path.push_str("?template=group&year=2026");
        }
        Target::NetworkThisYear if case.path.ends_with("/follow-up") => {
            path.push_str("?year=2026");
        }
        Target::UnitInScope | Target::UnitOutOfScope if case.path.ends_with("/follow-up") => {
            path = format!("{}?unit_id={id}", case.path);
        }
        Target::NetworkThisYear => path.push_str("?from=2026-01-01&to=2026-12-31"),
        _ if case.path.ends_with("/results/export") => path.push_str("?format=xlsx"),
        _ => {}
    }
    let body = case.body.map(|body| body(fixture));
    // Every create may carry an idempotency key; session creates must.
    let key = unique();
    let response = app
        .send_with_headers(
            case.method,
            &path,
            token,
            body.as_ref(),
            &[("Idempotency-Key", &key)],
        )
        .await;
    let status = response.status().as_u16();
    // Pages written for people (the survey pages) answer in HTML; the API in its envelope.
    let page = response
        .headers()
        .get("content-type")
        .is_some_and(|kind| kind.as_bytes().starts_with(b"text/html"));
    if status >= 400 && !page {
        let body: Value = response.json().await.unwrap();
        assert!(
            body["code"].is_string(),
            "{} {path} as {caller}: error without envelope: {body}",
            case.method
        );
    }
    status
}

async fn fixture(app: &TestApp) -> Fixture {
    let (mut fixture, emails) = app.db(build_records).await;
    for email in emails {
        let token = match email {
            Some(email) => Some(app.login_ok(&email).await.access_token),
            None => None,
        };
        fixture.tokens.push(token);
    }
    fixture
}

/// Builds the records and accounts; returns each caller's e-mail (none for anonymous).
fn build_records(conn: &mut DbConn) -> (Fixture, Vec<Option<String>>) {
    let organisation = organisations::insert(conn, "Organisation A").unwrap().id;
    let other = organisations::insert(conn, "Organisation B").unwrap().id;
    topics::insert_built_in(conn, organisation).unwrap();
    let topic = topics::list(conn, organisation, None, &ListQuery::default()).unwrap()[0].id;
    let unit = |conn: &mut DbConn, name: &str| store_unit(conn, organisation, name);
    let (unit_in_scope, unit_out_of_scope) = (unit(conn, "Unit 1"), unit(conn, "Unit 2"));
    let activity = |conn: &mut DbConn, unit_id: UnitId| {
        activities::insert(
            conn,
            organisation,
            &activity_input(unit_id, "Open evenings"),
        )
        .unwrap()
        .id
    };
    let (activity_in_scope, activity_out_of_scope) = (
        activity(conn, unit_in_scope),
        activity(conn, unit_out_of_scope),
    );
    let network = networks::insert(conn, "Network N").unwrap().id;

    let homes = [
        (Home::Instance, Role::SystemAdmin, false),
        (Home::Network(network), Role::NetworkAdmin, false),
        (Home::Organisation(organisation), Role::OrgAdmin, false),
        (Home::Organisation(organisation), Role::UnitManager, true),
        (Home::Organisation(organisation), Role::YouthWorker, true),
        (Home::Organisation(organisation), Role::Viewer, true),
        (Home::Organisation(other), Role::OrgAdmin, false),
    ];
    let mut emails = Vec::new();
    let (mut worker, mut admin) = (UserId(0), UserId(0));
    for (home, role, scoped) in homes {
        let email = format!("{}-{}@example.org", role.as_str(), unique());
        let account = NewAccount {
            email: email.clone(),
            display_name: role.as_str().into(),
            password: PASSWORD.into(),
        };
        let user = accounts::create(conn, home, &account, role).unwrap();
        if scoped {
            users::set_unit_ids(conn, organisation, user.id, &[unit_in_scope]).unwrap();
        }
        if role == Role::YouthWorker {
            worker = user.id;
        }
        // The first org admin is this organisation's (the last is another's).
        if role == Role::OrgAdmin && admin == UserId(0) {
            admin = user.id;
        }
        emails.push(Some(email));
    }
    emails.push(None);
    let session_in_scope =
        log_session(conn, organisation, unit_in_scope, activity_in_scope, worker);
    let session_out_of_scope = log_session(
        conn,
        organisation,
        unit_out_of_scope,
        activity_out_of_scope,
        worker,
    );
    let question = reflection_questions::insert(
        conn,
        organisation,
        &ReflectionQuestionInput {
            text: "What went well?".into(),
            ..ReflectionQuestionInput::default()
        },
    )
    .unwrap()
    .id;
    let aim = |conn: &mut DbConn, unit_id: UnitId| {
        let input: AimInput = serde_json::from_value(unit_aim(unit_id)).unwrap();
        aims::insert(conn, organisation, &input, &[], None)
            .unwrap()
            .id
    };
    let (aim_in_scope, aim_out_of_scope) = (aim(conn, unit_in_scope), aim(conn, unit_out_of_scope));
    let kiosk = |conn: &mut DbConn, unit_id: UnitId| {
        let input = KioskInput {
            unit_id,
            name: "Front desk".into(),
            language: "sv".into(),
        };
        kiosks::insert(conn, organisation, admin, &input, &unique())
            .unwrap()
            .id
    };
    let (kiosk_in_scope, kiosk_out_of_scope) =
        (kiosk(conn, unit_in_scope), kiosk(conn, unit_out_of_scope));
    let alias = make_alias(conn, organisation, ALIAS);
    seen_at(conn, organisation, alias, session_in_scope);
    let questionnaire = questionnaires::insert(
        conn,
        organisation,
        &logbook_api::surveys::templates::copy("group", "en").unwrap(),
        Some("group"),
    )
    .unwrap();
    let round = |conn: &mut DbConn, unit_id: UnitId| {
        let input: SurveyRoundInput =
            serde_json::from_value(round_at(questionnaire.id, unit_id)).unwrap();
        let form = SurveyForm {
            ask_gender: false,
            ask_age_band: false,
            questions: questionnaire.questions.clone(),
            age_bands: Vec::new(),
        };
        survey_rounds::insert(conn, organisation, &input, &form).unwrap()
    };
    let (in_scope, out_of_scope) = (round(conn, unit_in_scope), round(conn, unit_out_of_scope));
    let (round_in_scope, round_out_of_scope) = (in_scope.id, out_of_scope.id);
    let fixture = Fixture {
        network,
        organisation,
        unit_in_scope,
        unit_out_of_scope,
        activity_in_scope,
        activity_out_of_scope,
        topic,
        worker,
        session_in_scope,
        session_out_of_scope,
        question,
        aim_in_scope,
        aim_out_of_scope,
        kiosk_in_scope,
        kiosk_out_of_scope,
        alias,
        questionnaire: questionnaire.id,
        round_in_scope,
        round_out_of_scope,
        round_link: in_scope.link_token,
        tokens: Vec::new(),
    };
    (fixture, emails)
}

/// Stores a session of `activity` directly; answers its id.
fn log_session(
    conn: &mut DbConn,
    organisation: OrganisationId,
    unit: UnitId,
    activity: ActivityId,
    user: UserId,
) -> SessionId {
    let input: SessionInput = serde_json::from_value(session_of(activity)).unwrap();
    let saving = Saving {
        organisation_id: organisation,
        unit_id: unit,
        user_id: user,
        kiosk_id: None,
    };
    let kind = logbook_api::db::queries::activities::hold_kind(conn, organisation, activity)
        .unwrap()
        .unwrap();
    sessions::insert(conn, saving, &input, kind).unwrap().id
}

const ALIAS: &str = "Matrix Fox";

fn make_alias(conn: &mut DbConn, organisation: OrganisationId, text: &str) -> AliasId {
    store_alias(conn, organisation, (text, 2011, Gender::Girl))
}

/// A check-in of the alias at the session: a unit manager finds an alias by where it was seen.
fn seen_at(conn: &mut DbConn, organisation: OrganisationId, alias: AliasId, session: SessionId) {
    let new = NewCheckIn {
        organisation_id: organisation,
        session_id: session,
        alias_id: alias,
        visitor_key: &unique(),
        gender: Gender::Girl,
        age: 15,
    };
    check_ins::insert(conn, &new).unwrap();
}

fn network_settings(_: &Fixture) -> Value {
    json!({ "min_cell": 5 })
}

fn key_figures(_: &Fixture) -> Value {
    json!({ "population": [{ "age": 12, "residents": 340 }], "cost": 1000 })
}

fn api_token(_: &Fixture) -> Value {
    let expires_on = chrono::Utc::now().date_naive() + chrono::Duration::days(30);
    json!({ "name": "Dashboard", "scopes": ["reports:read"], "expires_on": expires_on })
}

fn fresh_api_token(conn: &mut DbConn, organisation: OrganisationId, user: UserId) -> ApiTokenId {
    let new = NewToken {
        owner: Owner::Organisation(organisation),
        name: "Dashboard",
        scopes: &[TokenScope::ReadReports],
        expires_at: chrono::Utc::now().naive_utc() + chrono::Duration::days(30),
        created_by: user,
        token_hash: &unique(),
    };
    api_tokens::insert(conn, &new).unwrap().id
}

fn invitation(fixture: &Fixture) -> Value {
    json!({ "organisation_id": fixture.organisation })
}

/// Ends the organisation's open invitations and membership, then invites it again.
fn fresh_invitation(
    conn: &mut DbConn,
    network: NetworkId,
    organisation: OrganisationId,
    user: UserId,
) -> MembershipId {
    for open in memberships::of_organisation(conn, organisation).unwrap() {
        memberships::change_status(
            conn,
            open.id,
            &[MembershipStatus::Invited, MembershipStatus::Member],
            MembershipStatus::Ended,
        )
        .unwrap();
    }
    memberships::invite(conn, network, organisation, user).unwrap()
}

fn analysis(_: &Fixture) -> Value {
    json!({ "analysis": "A year of youth-led evenings." })
}

fn kiosk_in_scope(fixture: &Fixture) -> Value {
    json!({ "unit_id": fixture.unit_in_scope, "name": "Tablet", "language": "fi" })
}

fn kiosk_out_of_scope(fixture: &Fixture) -> Value {
    json!({ "unit_id": fixture.unit_out_of_scope, "name": "Tablet", "language": "fi" })
}

/// The fixture's first alias, by its text as typed at a kiosk or by staff.
fn kiosk_check_in(_: &Fixture) -> Value {
    json!({ "alias": ALIAS })
}

fn new_alias(_: &Fixture) -> Value {
    json!({ "alias": "New Fox", "birth_year": 2011, "gender": "boy" })
}

/// An alias no call has made yet (letters only: six digits would read as a phone number).
fn fresh_alias(_: &Fixture) -> Value {
    use std::sync::atomic::{AtomicU32, Ordering};
    static NEXT: AtomicU32 = AtomicU32::new(0);
    let mut number = NEXT.fetch_add(1, Ordering::Relaxed);
    let mut letters = String::new();
    loop {
        letters.push(char::from(b'a' + (number % 26) as u8));
        number /= 26;
        if number == 0 {
            break;
        }
    }
    json!({ "alias": format!("Staff fox {letters}"), "birth_year": 2011, "gender": "boy" })
}

fn session_of(activity: ActivityId) -> Value {
    json!({ "activity_id": activity, "date": "2026-11-02", "start_time": "18:00", "end_time": "21:00",
            "attendance": [{ "gender": "girl", "age_min": 13, "age_max": 15, "count": 4 }] })
}
fn session_in_scope(fixture: &Fixture) -> Value {
    session_of(fixture.activity_in_scope)
}
fn session_out_of_scope(fixture: &Fixture) -> Value {
    session_of(fixture.activity_out_of_scope)
}
fn question(_: &Fixture) -> Value {
    json!({ "text": "What went well?", "activity_kinds": ["open"] })
}
fn unit_aim(unit_id: UnitId) -> Value {
    json!({ "title": "Youth-led Fridays", "unit_id": unit_id, "period_from": "2026-01-01", "period_to": "2026-12-31" })
}
fn aim_in_scope(fixture: &Fixture) -> Value {
    unit_aim(fixture.unit_in_scope)
}
fn plan(_: &Fixture) -> Value {
    json!({ "notes": "Fewer girls came after the summer.", "actions": [{ "what": "Start a girls' evening", "by_when": "2026-10-01", "who": "Sara" }] })
}
fn adopt_for_organisation(_: &Fixture) -> Value {
    json!({ "period_from": "2026-01-01", "period_to": "2026-12-31" })
}
fn adopt_in_scope(fixture: &Fixture) -> Value {
    json!({ "unit_id": fixture.unit_in_scope, "period_from": "2026-01-01", "period_to": "2026-12-31" })
}
fn organisation_aim(_: &Fixture) -> Value {
    json!({ "title": "More girls", "period_from": "2026-01-01", "period_to": "2026-12-31" })
}

/// A different unknown account each time, so the per-account throttle stays out of the way.
fn wrong_login(_: &Fixture) -> Value {
    json!({ "email": format!("nobody-{}@example.org", unique()), "password": "not the password" })
}
fn unknown_refresh(_: &Fixture) -> Value {
    json!({ "refresh_token": "no-such-refresh-token" })
}
fn finnish(_: &Fixture) -> Value {
    json!({ "language": "fi" })
}
fn same_password(_: &Fixture) -> Value {
    json!({ "current_password": PASSWORD, "new_password": PASSWORD })
}
fn new_password(_: &Fixture) -> Value {
    json!({ "password": "a brand new password" })
}
fn new_tenant(_: &Fixture) -> Value {
    json!({ "name": "New tenant", "admin": { "email": format!("admin-{}@example.org", unique()), "display_name": "Admin" } })
}
fn network_name(_: &Fixture) -> Value {
    json!({ "name": "Network N" })
}
fn organisation_name(_: &Fixture) -> Value {
    json!({ "name": "Organisation A" })
}
fn settings(_: &Fixture) -> Value {
    serde_json::to_value(OrganisationSettings::default()).unwrap()
}
fn unit(_: &Fixture) -> Value {
    json!({ "name": "A unit", "unit_type": "meeting_place" })
}
fn questionnaire(_: &Fixture) -> Value {
    json!({ "name": "Ours", "questions": [
        { "key": "fun", "kind": "likert", "required": true, "text": { "en": "It was fun" },
          "low_label": { "en": "No" }, "high_label": { "en": "Yes" } } ] })
}
fn template_copy(_: &Fixture) -> Value {
    json!({ "template": "meeting_place", "language": "et" })
}
/// A round of `questionnaire` at `unit_id` that ended yesterday: its results may show.
fn round_at(questionnaire: QuestionnaireId, unit_id: UnitId) -> Value {
    let yesterday = chrono::Utc::now().date_naive() - chrono::Duration::days(1);
    json!({ "questionnaire_id": questionnaire, "title": "Spring",
        "opens_on": yesterday - chrono::Duration::days(30), "closes_on": yesterday,
        "language": "en", "unit_ids": [unit_id] })
}
fn survey_round(fixture: &Fixture) -> Value {
    round_at(fixture.questionnaire, fixture.unit_in_scope)
}
fn topic(_: &Fixture) -> Value {
    json!({ "name": "Climate" })
}
fn activity_in_scope(fixture: &Fixture) -> Value {
    serde_json::to_value(activity_input(fixture.unit_in_scope, "Open evenings")).unwrap()
}
fn activity_out_of_scope(fixture: &Fixture) -> Value {
    serde_json::to_value(activity_input(fixture.unit_out_of_scope, "Open evenings")).unwrap()
}
fn new_user(_: &Fixture) -> Value {
    json!({ "email": format!("new-{}@example.org", unique()), "display_name": "New person", "role": "viewer" , "unit_ids": [] })
}
fn worker(fixture: &Fixture) -> Value {
    json!({ "email": "worker-renamed@example.org", "display_name": "Worker", "role": "youth_worker", "unit_ids": [fixture.unit_in_scope] })
}
