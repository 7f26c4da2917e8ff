//! Records and requests that tests across files build on: an organisation with two units
//! and its people, typical sessions, aliases and check-ins, a network.

use diesel::prelude::*;
use logbook_api::accounts::{self, Home};
use logbook_api::db::DbConn;
use logbook_api::db::queries::aliases::{self, NewAlias};
use logbook_api::db::queries::{activities, networks, organisations, units, users};
use logbook_api::db::schema::refresh_tokens;
use logbook_shared::Role;
use logbook_shared::auth::NewAccount;
use logbook_shared::ids::{ActivityId, AliasId, NetworkId, OrganisationId, SessionId, UnitId};
use logbook_shared::sessions::Gender;
use logbook_shared::structure::{ActivityInput, ActivityKind, UnitInput, UnitType};
use logbook_shared::visitors::alias_key;
use serde_json::{Value, json};

use super::{PASSWORD, TestApp, unique};

/// One organisation with two units; its people hold unit A unless said otherwise. And an
/// activity of another organisation.
pub struct Org {
    pub organisation: OrganisationId,
    pub unit_a: UnitId,
    pub unit_b: UnitId,
    pub open_a: ActivityId,
    pub group_a: ActivityId,
    pub open_b: ActivityId,
    pub foreign_activity: ActivityId,
    pub admin: String,
    pub manager_a: String,
    pub manager_b: String,
    pub worker_a: String,
    pub viewer_a: String,
}

impl Org {
    pub async fn build(app: &TestApp) -> Org {
        let (ids, emails) = app.db(records).await;
        let mut tokens = Vec::new();
        for email in emails {
            tokens.push(app.login_ok(&email).await.access_token);
        }
        let [admin, manager_a, manager_b, worker_a, viewer_a] = tokens.try_into().unwrap();
        Org {
            organisation: ids.organisation,
            unit_a: ids.units[0],
            unit_b: ids.units[1],
            open_a: ids.activities[0],
            group_a: ids.activities[1],
            open_b: ids.activities[2],
            foreign_activity: ids.activities[3],
            admin,
            manager_a,
            manager_b,
            worker_a,
            viewer_a,
        }
    }
}

/// What `records` stored: the organisation, units A and B, and the activities (open A,
/// group A, open B, the other organisation's).
struct Ids {
    organisation: OrganisationId,
    units: [UnitId; 2],
    activities: [ActivityId; 4],
}

/// Stores a youth centre of the organisation; answers its id.
pub fn store_unit(conn: &mut DbConn, organisation: OrganisationId, name: &str) -> UnitId {
    let input = UnitInput {
        name: name.into(),
        unit_type: UnitType::YouthCentre,
        archived: false,
        check_in: Default::default(),
    };
    units::insert(conn, organisation, &input).unwrap().id
}

fn records(conn: &mut DbConn) -> (Ids, Vec<String>) {
    let organisation = organisations::insert(conn, "Sessions org").unwrap().id;
    let other = organisations::insert(conn, "Other org").unwrap().id;
    let unit = |conn: &mut DbConn, organisation: OrganisationId, name: &str| {
        store_unit(conn, organisation, name)
    };
    let (unit_a, unit_b) = (unit(conn, organisation, "A"), unit(conn, organisation, "B"));
    let activity =
        |conn: &mut DbConn, organisation: OrganisationId, unit_id: UnitId, kind: ActivityKind| {
            let input = ActivityInput::new(unit_id, "Activity", kind);
            activities::insert(conn, organisation, &input).unwrap().id
        };
    let open_a = activity(conn, organisation, unit_a, ActivityKind::Open);
    let group_a = activity(conn, organisation, unit_a, ActivityKind::Group);
    let open_b = activity(conn, organisation, unit_b, ActivityKind::Open);
    let foreign_unit = unit(conn, other, "Theirs");
    let foreign_activity = activity(conn, other, foreign_unit, ActivityKind::Open);
    let people = [
        (Role::OrgAdmin, None),
        (Role::UnitManager, Some(unit_a)),
        (Role::UnitManager, Some(unit_b)),
        (Role::YouthWorker, Some(unit_a)),
        (Role::Viewer, Some(unit_a)),
    ];
    let mut emails = Vec::new();
    for (role, unit) in people {
        let email = format!("{}-{}@example.org", role.as_str(), unique());
        let account = NewAccount {
            email: email.clone(),
            display_name: format!("Test {}", role.as_str()),
            password: PASSWORD.into(),
        };
        let user =
            accounts::create(conn, Home::Organisation(organisation), &account, role).unwrap();
        if let Some(unit) = unit {
            users::set_unit_ids(conn, organisation, user.id, &[unit]).unwrap();
        }
        emails.push(email);
    }
    let ids = Ids {
        organisation,
        units: [unit_a, unit_b],
        activities: [open_a, group_a, open_b, foreign_activity],
    };
    (ids, emails)
}

/// A typical evening at the open activity: four non-zero cells, a note.
pub fn evening(activity: ActivityId) -> Value {
    json!({
        "activity_id": activity, "date": "2026-11-20", "start_time": "18:00", "end_time": "21:30",
        "attendance": [
            { "gender": "girl", "age_min": 13, "age_max": 15, "count": 5 },
            { "gender": "boy", "age_min": 13, "age_max": 15, "count": 7 },
            { "gender": "girl", "age_min": 16, "age_max": 18, "count": 2 },
            { "gender": "non_binary", "age_min": null, "age_max": null, "count": 1 },
            { "gender": "boy", "age_min": 6, "age_max": 12, "count": 0 }
        ],
        "youth_led": true, "youth_producers": 3, "staff_count": 2, "volunteer_count": 1,
        "notes": "Table tennis tournament planned by the youth council."
    })
}

/// One attendance cell as JSON.
pub fn cell(gender: &str, min: Option<i32>, max: Option<i32>, count: i32) -> Value {
    json!({ "gender": gender, "age_min": min, "age_max": max, "count": count })
}

pub async fn log(app: &TestApp, token: &str, body: &Value) -> reqwest::Response {
    let key = unique();
    log_with_key(app, token, body, &key).await
}

pub async fn log_with_key(
    app: &TestApp,
    token: &str,
    body: &Value,
    key: &str,
) -> reqwest::Response {
    app.send_with_headers(
        "POST",
        "/api/v1/sessions",
        Some(token),
        Some(body),
        &[("Idempotency-Key", key)],
    )
    .await
}

pub async fn ok_json(response: reqwest::Response, status: u16) -> Value {
    assert_eq!(response.status(), status, "unexpected status");
    response.json().await.unwrap()
}

pub fn activity_input(unit_id: UnitId, name: &str) -> ActivityInput {
    ActivityInput::new(unit_id, name, ActivityKind::Open)
}

/// Stores an alias directly (a hand-built dataset); answers its id.
pub fn store_alias(
    conn: &mut logbook_api::db::DbConn,
    organisation: OrganisationId,
    (text, birth_year, gender): (&str, i32, Gender),
) -> AliasId {
    let new = NewAlias {
        alias: text,
        alias_key: &alias_key(text),
        birth_year,
        gender,
        pin_hash: None,
        visitor_key: &unique(),
    };
    aliases::insert(conn, organisation, &new).unwrap().id
}

/// Stores these aliases; answers their ids in order.
pub async fn store_aliases(
    app: &TestApp,
    organisation: OrganisationId,
    people: &'static [(&'static str, i32, Gender)],
) -> Vec<AliasId> {
    app.db(move |conn| {
        people
            .iter()
            .map(|person| store_alias(conn, organisation, *person))
            .collect()
    })
    .await
}

/// Staff check `alias` in to the session; it must be a first check-in.
pub async fn check_in_by_staff(app: &TestApp, token: &str, session: SessionId, alias: &str) {
    let path = format!("/api/v1/sessions/{session}/check-ins");
    let response = app
        .call("POST", &path, token, Some(json!({ "alias": alias })))
        .await;
    assert_eq!(response.status(), 201);
}

/// A network and its admin's token.
pub async fn new_network(app: &TestApp) -> (NetworkId, String) {
    let email = format!("network-{}@example.org", unique());
    let account = NewAccount {
        email: email.clone(),
        display_name: "Nora Network".into(),
        password: PASSWORD.into(),
    };
    let id = app
        .db(move |conn| {
            let network = networks::insert(conn, "Youth work network").unwrap().id;
            accounts::create(conn, Home::Network(network), &account, Role::NetworkAdmin).unwrap();
            network
        })
        .await;
    (id, app.login_ok(&email).await.access_token)
}

/// How many refresh tokens are stored.
pub async fn count_refresh_tokens(app: &TestApp) -> i64 {
    app.db(|conn| refresh_tokens::table.count().get_result(conn).unwrap())
        .await
}

/// A round of the meeting-place survey (copied from the built-in template) at `unit`,
/// `opens_on`–`closes_on`, stored straight in the database, without answers.
pub fn meeting_place_round(
    conn: &mut DbConn,
    organisation: OrganisationId,
    unit: UnitId,
    (opens_on, closes_on): (chrono::NaiveDate, chrono::NaiveDate),
) -> logbook_api::db::queries::survey_rounds::RoundRecord {
    use logbook_api::db::queries::{questionnaires, survey_rounds};
    use logbook_shared::surveys::{SurveyForm, SurveyRoundInput};
    let copy = logbook_api::surveys::templates::copy("meeting_place", "en").unwrap();
    let questionnaire =
        questionnaires::insert(conn, organisation, &copy, Some("meeting_place")).unwrap();
    let input = SurveyRoundInput {
        questionnaire_id: questionnaire.id,
        title: "Meeting place".into(),
        opens_on,
        closes_on,
        language: "en".into(),
        unit_ids: vec![unit],
        activity_ids: Vec::new(),
    };
    let form = SurveyForm {
        ask_gender: false,
        ask_age_band: false,
        questions: questionnaire.questions,
        age_bands: Vec::new(),
    };
    survey_rounds::insert(conn, organisation, &input, &form).unwrap()
}

/// The demo seeded into `app`, and its org admin's access token.
pub async fn demo_admin(app: &TestApp) -> String {
    app.db(|conn| logbook_api::seed::demo(conn).unwrap()).await;
    let login: Value = app
        .login(
            logbook_api::seed::DEMO_EMAIL,
            logbook_api::seed::DEMO_PASSWORD,
        )
        .await
        .json()
        .await
        .unwrap();
    login["access_token"].as_str().unwrap().to_owned()
}

/// The signed moment the form was handed out, as the page carries it.
pub fn started(page: &str) -> String {
    let after = page
        .split(r#"name="started" value=""#)
        .nth(1)
        .expect("a form");
    after.split('"').next().unwrap().to_owned()
}

/// Every required question of the meeting-place template answered, and a few more.
pub fn full_answer(started: &str) -> Vec<(String, String)> {
    let mut fields: Vec<(String, String)> = [
        "welcome",
        "belong",
        "safe",
        "safe_to_be_myself",
        "staff_listen",
        "staff_respect",
        "influence",
        "ideas_count",
        "responsibility",
        "learning",
        "recommend",
    ]
    .iter()
    .map(|key| (format!("q.{key}"), "4".to_owned()))
    .collect();
    fields.push(("q.activities".to_owned(), "games".to_owned()));
    fields.push(("q.activities".to_owned(), "sports".to_owned()));
    fields.push(("q.improve".to_owned(), "Mer musik!".to_owned()));
    fields.push(("gender".to_owned(), "girl".to_owned()));
    fields.push(("age_band".to_owned(), "13-15".to_owned()));
    fields.push(("started".to_owned(), started.to_owned()));
    fields
}
