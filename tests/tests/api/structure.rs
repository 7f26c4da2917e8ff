//! Organisations, units, activities, topics and accounts working together through the API.

use logbook_shared::Role;
use serde_json::{Value, json};

use crate::support::{PASSWORD, TestApp, expect_error, field_paths};

/// A signed-in caller's token.
async fn token_of(app: &TestApp, role: Role) -> (String, String) {
    let email = app.user(role).await;
    (app.login_ok(&email).await.access_token, email)
}

async fn ok_json(response: reqwest::Response, status: u16) -> Value {
    assert_eq!(response.status(), status, "unexpected status");
    response.json().await.unwrap()
}

/// Creates an account through the API as the org admin `admin`; answers the account as
/// created and its link's token.
async fn invite(app: &TestApp, admin: &str, body: &Value) -> (Value, String) {
    let invited = ok_json(
        app.call("POST", "/api/v1/users", admin, Some(body.clone()))
            .await,
        201,
    )
    .await;
    let token = invited["invitation"]["token"].as_str().unwrap().to_owned();
    (invited["user"].clone(), token)
}

/// Sets a password through a link.
async fn accept(app: &TestApp, token: &str, password: &str) -> reqwest::Response {
    let path = format!("/api/v1/invitations/{token}/accept");
    app.post_json(&path, &json!({ "password": password })).await
}

#[tokio::test]
async fn a_system_admin_creates_an_organisation_whose_admin_sets_a_password_by_link() {
    let app = TestApp::spawn().await;
    let (admin, _) = token_of(&app, Role::SystemAdmin).await;
    let body = json!({ "name": "Riverton youth services", "admin": { "email": "Mentor@Riverton.example", "display_name": "Rita" } });
    let created = ok_json(
        app.call("POST", "/api/v1/organisations", &admin, Some(body))
            .await,
        201,
    )
    .await;
    assert_eq!(created["admin"]["user"]["email"], "mentor@riverton.example");
    assert_eq!(created["admin"]["user"]["invitation_pending"], true);
    let token = created["admin"]["invitation"]["token"]
        .as_str()
        .unwrap()
        .to_owned();
    assert_eq!(
        created["admin"]["invitation"]["path"],
        format!("/invitation/{token}")
    );

    // Before the password is set, no password works.
    expect_error(
        app.login("mentor@riverton.example", "any password at all")
            .await,
        401,
        "invalid_credentials",
    )
    .await;
    let info = ok_json(
        app.client
            .get(app.url(&format!("/api/v1/invitations/{token}")))
            .send()
            .await
            .unwrap(),
        200,
    )
    .await;
    assert_eq!(info["tenant_name"], "Riverton youth services");

    let short = accept(&app, &token, "short").await;
    assert_eq!(
        field_paths(&expect_error(short, 422, "validation_failed").await),
        ["password"]
    );
    assert_eq!(accept(&app, &token, "the new password").await.status(), 204);
    // The link works once.
    expect_error(
        accept(&app, &token, "another password").await,
        404,
        "not_found",
    )
    .await;

    let login = app
        .login("mentor@riverton.example", "the new password")
        .await;
    let pair: Value = ok_json(login, 200).await;
    let mentor = pair["access_token"].as_str().unwrap();
    let me = ok_json(app.call("GET", "/api/v1/me", mentor, None).await, 200).await;
    assert_eq!(me["role"], "org_admin");
    assert_eq!(me["organisation"]["name"], "Riverton youth services");
    let topics = ok_json(app.call("GET", "/api/v1/topics", mentor, None).await, 200).await;
    assert_eq!(
        topics["items"].as_array().unwrap().len(),
        8,
        "the built-in topics"
    );
    assert_eq!(topics["items"][0]["key"], "leisure");
}

#[tokio::test]
async fn an_expired_invitation_does_not_work() {
    use diesel::prelude::*;
    use logbook_api::db::schema::invitations;

    let app = TestApp::spawn().await;
    let (mentor, _) = token_of(&app, Role::OrgAdmin).await;
    let body = json!({ "email": "late@example.org", "display_name": "Late", "role": "viewer" , "unit_ids": [] });
    let (_, token) = invite(&app, &mentor, &body).await;
    app.db(|conn| {
        let past = chrono::Utc::now().naive_utc() - chrono::Duration::hours(1);
        diesel::update(invitations::table)
            .set(invitations::expires_at.eq(past))
            .execute(conn)
            .unwrap()
    })
    .await;
    expect_error(
        accept(&app, &token, "a good password").await,
        404,
        "not_found",
    )
    .await;
}

#[tokio::test]
async fn a_reissued_link_replaces_the_old_one() {
    let app = TestApp::spawn().await;
    let (mentor, _) = token_of(&app, Role::OrgAdmin).await;
    let body = json!({ "email": "lost@example.org", "display_name": "Lost", "role": "viewer" , "unit_ids": [] });
    let (user, old) = invite(&app, &mentor, &body).await;
    let id = user["id"].as_i64().unwrap();
    let fresh = ok_json(
        app.call(
            "POST",
            &format!("/api/v1/users/{id}/invitation"),
            &mentor,
            None,
        )
        .await,
        201,
    )
    .await;
    expect_error(
        accept(&app, &old, "a good password").await,
        404,
        "not_found",
    )
    .await;
    let new = fresh["token"].as_str().unwrap();
    assert_eq!(accept(&app, new, "a good password").await.status(), 204);
    assert_eq!(
        app.login("lost@example.org", "a good password")
            .await
            .status(),
        200
    );
}

#[tokio::test]
async fn a_youth_worker_sees_only_their_units_and_their_activities() {
    let app = TestApp::spawn().await;
    let (mentor, _) = token_of(&app, Role::OrgAdmin).await;
    let unit = |name: &str| json!({ "name": name, "unit_type": "youth_centre" });
    let north = ok_json(
        app.call("POST", "/api/v1/units", &mentor, Some(unit("North")))
            .await,
        201,
    )
    .await;
    let south = ok_json(
        app.call("POST", "/api/v1/units", &mentor, Some(unit("South")))
            .await,
        201,
    )
    .await;
    let (north, south) = (north["id"].as_i64().unwrap(), south["id"].as_i64().unwrap());
    for (unit_id, name) in [
        (north, "Open evenings"),
        (north, "Football"),
        (south, "Street work"),
    ] {
        let body =
            json!({ "unit_id": unit_id, "name": name, "kind": "open", "delivery_mode": "on_site" });
        ok_json(
            app.call("POST", "/api/v1/activities", &mentor, Some(body))
                .await,
            201,
        )
        .await;
    }
    let body = json!({ "email": "worker@example.org", "display_name": "Worker", "role": "youth_worker", "unit_ids": [north] });
    let (user, token) = invite(&app, &mentor, &body).await;
    assert_eq!(user["unit_ids"], json!([north]));
    accept(&app, &token, PASSWORD).await;
    let worker = app.login_ok("worker@example.org").await.access_token;

    let units = ok_json(app.call("GET", "/api/v1/units", &worker, None).await, 200).await;
    let names: Vec<_> = units["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["North"]);
    let activities = ok_json(
        app.call("GET", "/api/v1/activities", &worker, None).await,
        200,
    )
    .await;
    let names: Vec<_> = activities["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["Open evenings", "Football"]);
    let me = ok_json(app.call("GET", "/api/v1/me", &worker, None).await, 200).await;
    assert_eq!(me["unit_ids"], json!([north]));
    // The org admin sees everything.
    let all = ok_json(
        app.call("GET", "/api/v1/activities", &mentor, None).await,
        200,
    )
    .await;
    assert_eq!(all["items"].as_array().unwrap().len(), 3);
}

#[tokio::test]
async fn deactivating_a_user_stops_their_tokens_at_once() {
    let app = TestApp::spawn().await;
    let (mentor, _) = token_of(&app, Role::OrgAdmin).await;
    let body = json!({ "email": "leaver@example.org", "display_name": "Leaver", "role": "youth_worker" , "unit_ids": [] });
    let (user, token) = invite(&app, &mentor, &body).await;
    let id = user["id"].as_i64().unwrap();
    accept(&app, &token, PASSWORD).await;
    let pair = app.login_ok("leaver@example.org").await;
    assert_eq!(
        app.call("GET", "/api/v1/me", &pair.access_token, None)
            .await
            .status(),
        200
    );

    let mut deactivated = body;
    deactivated["active"] = json!(false);
    let updated = ok_json(
        app.call(
            "PUT",
            &format!("/api/v1/users/{id}"),
            &mentor,
            Some(deactivated),
        )
        .await,
        200,
    )
    .await;
    assert_eq!(updated["active"], false);
    expect_error(
        app.call("GET", "/api/v1/me", &pair.access_token, None)
            .await,
        401,
        "unauthorized",
    )
    .await;
    let refresh = app
        .post_json(
            "/api/v1/auth/refresh",
            &json!({ "refresh_token": pair.refresh_token }),
        )
        .await;
    expect_error(refresh, 401, "unauthorized").await;
    expect_error(
        app.login("leaver@example.org", PASSWORD).await,
        401,
        "invalid_credentials",
    )
    .await;
}

#[tokio::test]
async fn an_org_admin_cannot_lock_themselves_out_and_e_mails_stay_unique() {
    let app = TestApp::spawn().await;
    let (mentor, email) = token_of(&app, Role::OrgAdmin).await;
    let me = ok_json(app.call("GET", "/api/v1/me", &mentor, None).await, 200).await;
    let own = format!("/api/v1/users/{}", me["id"]);
    let demote = json!({ "email": email, "display_name": "Me", "role": "viewer" , "unit_ids": [] });
    expect_error(
        app.call("PUT", &own, &mentor, Some(demote)).await,
        409,
        "conflict",
    )
    .await;

    let taken = json!({ "email": email.to_uppercase(), "display_name": "Twin", "role": "viewer" , "unit_ids": [] });
    let body = expect_error(
        app.call("POST", "/api/v1/users", &mentor, Some(taken))
            .await,
        409,
        "conflict",
    )
    .await;
    assert_eq!(field_paths(&body), ["email"]);
}

#[tokio::test]
async fn lists_page_with_a_cursor_and_filter() {
    let app = TestApp::spawn().await;
    let (mentor, _) = token_of(&app, Role::OrgAdmin).await;
    for name in ["A", "B", "C"] {
        let body = json!({ "name": name, "unit_type": "meeting_place" });
        ok_json(
            app.call("POST", "/api/v1/units", &mentor, Some(body)).await,
            201,
        )
        .await;
    }
    let first = ok_json(
        app.call("GET", "/api/v1/units?limit=2", &mentor, None)
            .await,
        200,
    )
    .await;
    assert_eq!(first["items"].as_array().unwrap().len(), 2);
    let cursor = first["next_cursor"].as_i64().expect("a next page");
    let second = ok_json(
        app.call(
            "GET",
            &format!("/api/v1/units?limit=2&cursor={cursor}"),
            &mentor,
            None,
        )
        .await,
        200,
    )
    .await;
    assert_eq!(second["items"][0]["name"], "C");
    assert!(second["next_cursor"].is_null());

    let c = second["items"][0]["id"].as_i64().unwrap();
    let archive = json!({ "name": "C", "unit_type": "meeting_place", "archived": true });
    ok_json(
        app.call("PUT", &format!("/api/v1/units/{c}"), &mentor, Some(archive))
            .await,
        200,
    )
    .await;
    let current = ok_json(
        app.call("GET", "/api/v1/units?archived=false", &mentor, None)
            .await,
        200,
    )
    .await;
    assert_eq!(current["items"].as_array().unwrap().len(), 2);

    let topic = ok_json(
        app.call(
            "POST",
            "/api/v1/topics",
            &mentor,
            Some(json!({ "name": "Climate" })),
        )
        .await,
        201,
    )
    .await;
    let topic = topic["id"].as_i64().unwrap();
    let tagged = json!({ "unit_id": c, "name": "Tagged", "kind": "group", "delivery_mode": "hybrid", "platform": "Discord", "topic_ids": [topic] });
    ok_json(
        app.call("POST", "/api/v1/activities", &mentor, Some(tagged))
            .await,
        201,
    )
    .await;
    let untagged =
        json!({ "unit_id": c, "name": "Untagged", "kind": "open", "delivery_mode": "on_site" });
    ok_json(
        app.call("POST", "/api/v1/activities", &mentor, Some(untagged))
            .await,
        201,
    )
    .await;
    for query in [
        format!("topic_id={topic}"),
        "kind=group".into(),
        "delivery_mode=hybrid".into(),
    ] {
        let found = ok_json(
            app.call("GET", &format!("/api/v1/activities?{query}"), &mentor, None)
                .await,
            200,
        )
        .await;
        let names: Vec<_> = found["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a["name"].as_str().unwrap())
            .collect();
        assert_eq!(names, ["Tagged"], "{query}");
    }
    expect_error(
        app.call("GET", "/api/v1/activities?kind=party", &mentor, None)
            .await,
        400,
        "bad_request",
    )
    .await;
}

#[tokio::test]
async fn a_project_keeps_its_details_and_changing_a_password_ends_other_logins() {
    let app = TestApp::spawn().await;
    let (mentor, email) = token_of(&app, Role::OrgAdmin).await;
    let unit = ok_json(
        app.call(
            "POST",
            "/api/v1/units",
            &mentor,
            Some(json!({ "name": "U", "unit_type": "project_office" })),
        )
        .await,
        201,
    )
    .await;
    let project = json!({
        "unit_id": unit["id"], "name": "Youth council", "kind": "project", "delivery_mode": "on_site",
        "project": { "start_date": "2026-02-01", "end_date": "2026-12-15", "goals": "Influence", "target_group": "13-19",
                     "description": "Monthly meetings", "partners": "School", "funding_programme": "Erasmus+", "contact_person": "Rita" }
    });
    let created = ok_json(
        app.call("POST", "/api/v1/activities", &mentor, Some(project.clone()))
            .await,
        201,
    )
    .await;
    let fetched = ok_json(
        app.call(
            "GET",
            &format!("/api/v1/activities/{}", created["id"]),
            &mentor,
            None,
        )
        .await,
        200,
    )
    .await;
    assert_eq!(fetched["project"], project["project"]);

    let other_login = app.login_ok(&email).await;
    let wrong = json!({ "current_password": "not it", "new_password": "a brand new password" });
    let body = expect_error(
        app.call("PUT", "/api/v1/me/password", &mentor, Some(wrong))
            .await,
        422,
        "validation_failed",
    )
    .await;
    assert_eq!(field_paths(&body), ["current_password"]);
    let right = json!({ "current_password": PASSWORD, "new_password": "a brand new password" });
    assert_eq!(
        app.call("PUT", "/api/v1/me/password", &mentor, Some(right))
            .await
            .status(),
        204
    );
    assert_eq!(
        app.call("GET", "/api/v1/me", &mentor, None).await.status(),
        200,
        "this login goes on"
    );
    expect_error(
        app.call("GET", "/api/v1/me", &other_login.access_token, None)
            .await,
        401,
        "unauthorized",
    )
    .await;
    expect_error(
        app.login(&email, PASSWORD).await,
        401,
        "invalid_credentials",
    )
    .await;
    assert_eq!(
        app.login(&email, "a brand new password").await.status(),
        200
    );
}

#[tokio::test]
async fn people_of_an_archived_organisation_cannot_sign_in_or_act() {
    let app = TestApp::spawn().await;
    let (system, _) = token_of(&app, Role::SystemAdmin).await;
    let (worker, email) = token_of(&app, Role::YouthWorker).await;
    let me = ok_json(app.call("GET", "/api/v1/me", &worker, None).await, 200).await;
    let organisation = me["organisation"]["id"].as_i64().unwrap();
    let archive = json!({ "name": "Test organisation", "archived": true });
    let path = format!("/api/v1/organisations/{organisation}");
    ok_json(app.call("PUT", &path, &system, Some(archive)).await, 200).await;
    expect_error(
        app.call("GET", "/api/v1/me", &worker, None).await,
        401,
        "unauthorized",
    )
    .await;
    expect_error(
        app.login(&email, PASSWORD).await,
        401,
        "invalid_credentials",
    )
    .await;
}

#[tokio::test]
async fn a_new_password_retires_unused_reset_links() {
    let app = TestApp::spawn().await;
    let (mentor, _) = token_of(&app, Role::OrgAdmin).await;
    let body = json!({ "email": "reset@example.org", "display_name": "Reset", "role": "viewer", "unit_ids": [] });
    let (user, first) = invite(&app, &mentor, &body).await;
    let id = user["id"].as_i64().unwrap();
    assert_eq!(accept(&app, &first, PASSWORD).await.status(), 204);
    // A reset link is made, then the person changes the password themselves.
    let reset = ok_json(
        app.call(
            "POST",
            &format!("/api/v1/users/{id}/invitation"),
            &mentor,
            None,
        )
        .await,
        201,
    )
    .await;
    let own = app.login_ok("reset@example.org").await.access_token;
    let change = json!({ "current_password": PASSWORD, "new_password": "a changed password" });
    assert_eq!(
        app.call("PUT", "/api/v1/me/password", &own, Some(change))
            .await
            .status(),
        204
    );
    let unused = reset["token"].as_str().unwrap();
    expect_error(
        accept(&app, unused, "someone else's").await,
        404,
        "not_found",
    )
    .await;
}

#[tokio::test]
async fn each_person_keeps_a_language_and_the_organisation_sets_the_default() {
    let app = TestApp::spawn().await;
    let org = crate::support::fixtures::Org::build(&app).await;
    let me = |token: String| {
        let app = &app;
        async move { ok_json(app.call("GET", "/api/v1/me", &token, None).await, 200).await }
    };
    let first = me(org.worker_a.clone()).await;
    assert_eq!(first["language"], Value::Null);
    assert_eq!(first["default_language"], "en");

    // The organisation's default for everyone who has not chosen, from its settings.
    let path = format!("/api/v1/organisations/{}/settings", org.organisation);
    let mut settings = ok_json(app.call("GET", &path, &org.admin, None).await, 200).await;
    settings["default_language"] = json!("sl");
    ok_json(
        app.call("PUT", &path, &org.admin, Some(settings.clone()))
            .await,
        200,
    )
    .await;
    assert_eq!(me(org.worker_a.clone()).await["default_language"], "sl");
    settings["default_language"] = json!("de");
    let refused = app.call("PUT", &path, &org.admin, Some(settings)).await;
    assert_eq!(
        field_paths(&expect_error(refused, 422, "validation_failed").await),
        ["default_language"]
    );

    // A person's own choice, which only they change.
    let choose = |token: String, language: &str| {
        let (app, body) = (&app, json!({ "language": language }));
        async move {
            app.call("PUT", "/api/v1/me/language", &token, Some(body))
                .await
        }
    };
    assert_eq!(choose(org.worker_a.clone(), "fi").await.status(), 204);
    assert_eq!(me(org.worker_a.clone()).await["language"], "fi");
    assert_eq!(me(org.viewer_a.clone()).await["language"], Value::Null);
    let refused = choose(org.worker_a.clone(), "xx").await;
    assert_eq!(
        field_paths(&expect_error(refused, 422, "validation_failed").await),
        ["language"]
    );
    assert_eq!(me(org.worker_a.clone()).await["language"], "fi");
}
