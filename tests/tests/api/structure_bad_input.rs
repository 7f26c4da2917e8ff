//! Bad input on every create and update of the structure: missing, too long, wrong type,
//! unknown enum value, another organisation's ids. Each is a 4xx naming the field, and the
//! database is unchanged afterwards.

use diesel::prelude::*;
use logbook_api::db::DbConn;
use logbook_api::db::schema::{
    activities, activity_topics, invitations, networks, organisations, topics, units, user_units,
    users,
};
use logbook_shared::Role;
use logbook_shared::ids::{ActivityId, OrganisationId, UnitId, UserId};
use serde_json::{Value, json};

use crate::support::{TestApp, expect_error, field_paths, id_of, merge};

struct Ids {
    unit: UnitId,
    activity: ActivityId,
    user: UserId,
    organisation: OrganisationId,
    foreign_unit: i64,
    foreign_topic: i64,
}

#[tokio::test]
async fn every_create_and_update_refuses_bad_input_naming_the_field_and_writing_nothing() {
    let app = TestApp::spawn().await;
    let system = app
        .login_ok(&app.user(Role::SystemAdmin).await)
        .await
        .access_token;
    let mentor_email = app.user(Role::OrgAdmin).await;
    let mentor = app.login_ok(&mentor_email).await.access_token;
    let other = app
        .login_ok(&app.user(Role::OrgAdmin).await)
        .await
        .access_token;
    let ids = records(&app, &mentor, &other).await;

    let long = "x".repeat(201);
    let activity = |overrides: Value| {
        merge(
            json!({ "unit_id": ids.unit, "name": "Club", "kind": "open", "delivery_mode": "on_site" }),
            overrides,
        )
    };
    let user = |overrides: Value| {
        merge(
            json!({ "email": "p@example.org", "display_name": "P", "role": "viewer" , "unit_ids": [] }),
            overrides,
        )
    };
    let cases: Vec<(&str, String, &str, Value, &[&str])> = vec![
        (
            "POST",
            "/api/v1/networks".into(),
            &system,
            json!({ "name": "", "admin": { "email": "nope", "display_name": "" } }),
            &["admin.display_name", "admin.email", "name"],
        ),
        (
            "POST",
            "/api/v1/organisations".into(),
            &system,
            json!({ "name": "Org" }),
            &["admin"],
        ),
        (
            "POST",
            "/api/v1/organisations".into(),
            &system,
            json!({ "name": long, "admin": { "email": "a@example.org", "display_name": "A" } }),
            &["name"],
        ),
        (
            "PUT",
            format!("/api/v1/organisations/{}", ids.organisation),
            &system,
            json!({ "name": 5 }),
            &["name"],
        ),
        (
            "PUT",
            format!("/api/v1/organisations/{}/settings", ids.organisation),
            &mentor,
            json!({ "entry_age_bands": [{ "min": 13, "max": 9 }], "survey_min_responses": 0, "network_min_cell": 5, "digital_consent_age": 30, "alias_retention_months": 24 }),
            &[
                "digital_consent_age",
                "entry_age_bands[0].max",
                "survey_min_responses",
            ],
        ),
        (
            "PUT",
            format!("/api/v1/organisations/{}/settings", ids.organisation),
            &mentor,
            json!({ "entry_age_bands": [] }),
            &["survey_min_responses"],
        ),
        (
            "POST",
            "/api/v1/units".into(),
            &mentor,
            json!({ "name": "Castle", "unit_type": "castle" }),
            &["unit_type"],
        ),
        (
            "POST",
            "/api/v1/units".into(),
            &mentor,
            json!({ "name": "", "unit_type": "other" }),
            &["name"],
        ),
        (
            "PUT",
            format!("/api/v1/units/{}", ids.unit),
            &mentor,
            json!({ "unit_type": "other" }),
            &["name"],
        ),
        (
            "POST",
            "/api/v1/topics".into(),
            &mentor,
            json!({ "name": "" }),
            &["name"],
        ),
        (
            "POST",
            "/api/v1/activities".into(),
            &mentor,
            activity(json!({ "unit_id": ids.foreign_unit })),
            &["unit_id"],
        ),
        (
            "POST",
            "/api/v1/activities".into(),
            &mentor,
            activity(json!({ "topic_ids": [ids.foreign_topic] })),
            &["topic_ids[0]"],
        ),
        (
            "POST",
            "/api/v1/activities".into(),
            &mentor,
            activity(json!({ "kind": "party" })),
            &["kind"],
        ),
        (
            "POST",
            "/api/v1/activities".into(),
            &mentor,
            activity(json!({ "name": long })),
            &["name"],
        ),
        (
            "POST",
            "/api/v1/activities".into(),
            &mentor,
            activity(json!({ "kind": "project" })),
            &["project"],
        ),
        (
            "POST",
            "/api/v1/activities".into(),
            &mentor,
            activity(
                json!({ "platform": "", "active_from": "2026-05-01", "active_to": "2026-04-01" }),
            ),
            &["active_to", "platform"],
        ),
        (
            "POST",
            "/api/v1/activities".into(),
            &mentor,
            activity(json!({ "active_from": "someday" })),
            &["active_from"],
        ),
        (
            "PUT",
            format!("/api/v1/activities/{}", ids.activity),
            &mentor,
            activity(json!({ "unit_id": ids.foreign_unit })),
            &["unit_id"],
        ),
        (
            "PUT",
            format!("/api/v1/activities/{}", ids.activity),
            &mentor,
            activity(json!({ "delivery_mode": "telepathy" })),
            &["delivery_mode"],
        ),
        (
            "POST",
            "/api/v1/users".into(),
            &mentor,
            user(json!({ "email": "nope", "role": "system_admin" })),
            &["email", "role"],
        ),
        (
            "POST",
            "/api/v1/users".into(),
            &mentor,
            user(json!({ "role": "emperor" })),
            &["role"],
        ),
        (
            "POST",
            "/api/v1/users".into(),
            &mentor,
            user(json!({ "unit_ids": [ids.foreign_unit] })),
            &["unit_ids[0]"],
        ),
        (
            "POST",
            "/api/v1/users".into(),
            &mentor,
            user(json!({ "unit_ids": [ids.unit, ids.unit] })),
            &["unit_ids[1]"],
        ),
        (
            "POST",
            "/api/v1/users".into(),
            &mentor,
            json!({ "email": "p@example.org", "display_name": "P", "role": "viewer" }),
            &["unit_ids"],
        ),
        (
            "POST",
            "/api/v1/users".into(),
            &mentor,
            user(json!({ "role": "org_admin", "unit_ids": [ids.unit] })),
            &["unit_ids"],
        ),
        (
            "PUT",
            format!("/api/v1/users/{}", ids.user),
            &mentor,
            user(json!({ "display_name": "" })),
            &["display_name"],
        ),
        (
            "PUT",
            format!("/api/v1/users/{}", ids.user),
            &mentor,
            user(json!({ "unit_ids": ["one"] })),
            &["unit_ids[0]"],
        ),
    ];

    let before = app.db(row_counts).await;
    for (method, path, token, body, paths) in cases {
        let response = app.send(method, &path, Some(token), Some(&body)).await;
        let error = expect_error(response, 422, "validation_failed").await;
        assert_eq!(field_paths(&error), paths, "{method} {path} with {body}");
    }
    assert_eq!(
        app.db(row_counts).await,
        before,
        "a refused request wrote something"
    );
}

async fn records(app: &TestApp, mentor: &str, other: &str) -> Ids {
    let post = |token: &str, path: &str, body: Value| {
        let request = app
            .client
            .post(app.url(path))
            .bearer_auth(token)
            .json(&body);
        async move {
            let response = request.send().await.unwrap();
            assert_eq!(response.status(), 201);
            response.json::<Value>().await.unwrap()
        }
    };
    let unit = post(
        mentor,
        "/api/v1/units",
        json!({ "name": "Mine", "unit_type": "youth_centre" }),
    )
    .await;
    let activity = post(
        mentor,
        "/api/v1/activities",
        json!({ "unit_id": unit["id"], "name": "A", "kind": "open", "delivery_mode": "on_site" }),
    )
    .await;
    let user = post(
        mentor,
        "/api/v1/users",
        json!({ "email": "u@example.org", "display_name": "U", "role": "viewer" , "unit_ids": [] }),
    )
    .await;
    let foreign_unit = post(
        other,
        "/api/v1/units",
        json!({ "name": "Theirs", "unit_type": "youth_centre" }),
    )
    .await;
    let foreign_topic = post(other, "/api/v1/topics", json!({ "name": "Theirs" })).await;
    let me: Value = app
        .get_with_token("/api/v1/me", mentor)
        .await
        .json()
        .await
        .unwrap();
    Ids {
        unit: id_of(&unit["id"]),
        activity: id_of(&activity["id"]),
        user: id_of(&user["user"]["id"]),
        organisation: id_of(&me["organisation"]["id"]),
        foreign_unit: foreign_unit["id"].as_i64().unwrap(),
        foreign_topic: foreign_topic["id"].as_i64().unwrap(),
    }
}

fn row_counts(conn: &mut DbConn) -> Vec<i64> {
    vec![
        networks::table.count().get_result(conn).unwrap(),
        organisations::table.count().get_result(conn).unwrap(),
        users::table.count().get_result(conn).unwrap(),
        units::table.count().get_result(conn).unwrap(),
        user_units::table.count().get_result(conn).unwrap(),
        topics::table.count().get_result(conn).unwrap(),
        activities::table.count().get_result(conn).unwrap(),
        activity_topics::table.count().get_result(conn).unwrap(),
        invitations::table.count().get_result(conn).unwrap(),
    ]
}
