//! Visitors: kiosk devices and their tokens, check-ins at a kiosk and by staff, the unit's
//! setting for when no session runs, throttled guessing, export, erasure and the retention
//! purge, and aliases kept apart between organisations.

use chrono::{Datelike, TimeDelta, Utc};
use diesel::prelude::*;
use logbook_api::db::schema::aliases as alias_rows;
use logbook_api::visitors::privacy;
use logbook_shared::Role;
use logbook_shared::auth::TokenPair;
use logbook_shared::ids::{ActivityId, SessionId, UnitId};
use logbook_shared::sessions::Gender;
use serde_json::{Value, json};

use crate::support::fixtures::{Org, check_in_by_staff, log, ok_json, store_aliases};
use crate::support::{TestApp, expect_error, field_paths, id_of, merge};

/// The organisation keeps its clock in UTC, so a test can say what runs "now".
async fn use_utc(app: &TestApp, org: &Org, consent_text: &str) {
    let path = format!("/api/v1/organisations/{}/settings", org.organisation);
    let settings = ok_json(app.call("GET", &path, &org.admin, None).await, 200).await;
    let changed = merge(
        settings,
        json!({ "time_zone": "UTC", "consent_text": consent_text }),
    );
    let response = app.call("PUT", &path, &org.admin, Some(changed)).await;
    assert_eq!(response.status(), 200);
}

async fn register_kiosk(app: &TestApp, token: &str, unit: UnitId) -> (i64, String) {
    let body = json!({ "unit_id": unit, "name": "Front desk", "language": "sv" });
    let registered = ok_json(
        app.call("POST", "/api/v1/kiosks", token, Some(body)).await,
        201,
    )
    .await;
    (
        registered["kiosk"]["id"].as_i64().unwrap(),
        registered["token"].as_str().unwrap().to_owned(),
    )
}

/// The organisation on UTC, a kiosk of unit A (registered by its manager) and an open
/// session running there; answers the kiosk's token and the session's id.
async fn open_kiosk(app: &TestApp, org: &Org) -> (String, SessionId) {
    use_utc(app, org, "").await;
    let (_, kiosk) = register_kiosk(app, &org.manager_a, org.unit_a).await;
    let running = running_session(app, &org.worker_a, org.open_a).await;
    (kiosk, running)
}

/// A young person makes an alias at the kiosk (and is checked in); answers the receipt.
async fn make_at_kiosk(app: &TestApp, kiosk: &str, alias: Value) -> Value {
    let made = app
        .call("POST", "/api/v1/kiosk/aliases", kiosk, Some(alias))
        .await;
    ok_json(made, 201).await
}

/// A session of `activity` from an hour ago to an hour from now (UTC).
async fn running_session(app: &TestApp, token: &str, activity: ActivityId) -> SessionId {
    let now = Utc::now().naive_utc();
    let (start, end) = (now - TimeDelta::hours(1), now + TimeDelta::hours(1));
    let body = json!({
        "activity_id": activity, "date": start.date(),
        "start_time": start.format("%H:%M").to_string(), "end_time": end.format("%H:%M").to_string(),
        "attendance": [{ "gender": "boy", "age_min": 13, "age_max": 15, "count": 3 }]
    });
    id_of(&ok_json(log(app, token, &body).await, 201).await["id"])
}

fn this_year() -> i32 {
    Utc::now().year()
}

fn new_alias(alias: &str, age: i32, pin: Option<&str>) -> Value {
    json!({ "alias": alias, "birth_year": this_year() - age, "gender": "girl", "pin": pin,
            "guardian_confirmed": false })
}

async fn session(app: &TestApp, token: &str, id: SessionId) -> Value {
    ok_json(
        app.call("GET", &format!("/api/v1/sessions/{id}"), token, None)
            .await,
        200,
    )
    .await
}

#[tokio::test]
async fn a_young_person_registers_at_the_kiosk_and_checks_in_again_with_alias_and_pin() {
    let app = TestApp::spawn().await;
    let org = Org::build(&app).await;
    let (kiosk, running) = open_kiosk(&app, &org).await;

    let info = ok_json(app.call("GET", "/api/v1/kiosk", &kiosk, None).await, 200).await;
    assert_eq!(info["unit_name"], "A");
    assert_eq!(info["language"], "sv");
    assert_eq!(info["this_year"], this_year());

    let receipt = make_at_kiosk(&app, &kiosk, new_alias("Star  Fox ", 14, Some("0042"))).await;
    assert_eq!(receipt["session_id"], json!(running));
    assert_eq!(receipt["alias"], "Star Fox");
    assert_eq!(receipt["already_checked_in"], false);
    assert!(
        receipt.get("check_in").is_none(),
        "nothing about the person: {receipt}"
    );

    let counted = session(&app, &org.worker_a, running).await;
    assert_eq!(counted["visits"], 4, "three entered by staff, one check-in");
    assert_eq!(
        counted["checked_in"],
        json!([{ "gender": "girl", "age_min": 14, "age_max": 14, "count": 1 }])
    );

    // Returning: the alias in other case and spacing, with the PIN; counted once per session.
    let again = app
        .call(
            "POST",
            "/api/v1/kiosk/check-ins",
            &kiosk,
            Some(json!({ "alias": " star fox", "pin": "0042" })),
        )
        .await;
    assert_eq!(ok_json(again, 200).await["already_checked_in"], true);
    assert_eq!(session(&app, &org.worker_a, running).await["visits"], 4);

    for wrong in [
        json!({ "alias": "Star Fox", "pin": "1111" }),
        json!({ "alias": "Star Fox" }),
        json!({ "alias": "Nobody" }),
    ] {
        let refused = app
            .call("POST", "/api/v1/kiosk/check-ins", &kiosk, Some(wrong))
            .await;
        let body = expect_error(refused, 422, "validation_failed").await;
        assert_eq!(body["fields"][0]["code"], "not_recognised");
    }

    // Staff editing the session keep the check-ins' counts.
    let mut edited = counted.clone();
    edited["notes"] = json!("Edited after the kiosk");
    let saved = app
        .call(
            "PUT",
            &format!("/api/v1/sessions/{running}"),
            &org.worker_a,
            Some(edited),
        )
        .await;
    let saved = ok_json(saved, 200).await;
    assert_eq!(saved["visits"], 4);
    assert_eq!(saved["checked_in"], counted["checked_in"]);
}

#[tokio::test]
async fn new_aliases_are_checked_and_under_the_consent_age_a_guardian_confirms() {
    let app = TestApp::spawn().await;
    let org = Org::build(&app).await;
    use_utc(&app, &org, "Ask a grown-up at home first.").await;
    let (_, kiosk) = register_kiosk(&app, &org.admin, org.unit_a).await;
    running_session(&app, &org.worker_a, org.open_a).await;
    let info = ok_json(app.call("GET", "/api/v1/kiosk", &kiosk, None).await, 200).await;
    assert_eq!(info["consent_text"], "Ask a grown-up at home first.");
    assert_eq!(info["digital_consent_age"], 13);

    let cases = [
        (new_alias("kim@example.org", 15, None), "alias"),
        (new_alias("0701234567", 15, None), "alias"),
        (new_alias("Kim", 15, Some("12345")), "pin"),
        (new_alias("Kim", 1, None), "birth_year"),
        (new_alias("Kim", 11, None), "guardian_confirmed"),
        (
            merge(new_alias("Kim", 15, None), json!({ "gender": "x" })),
            "gender",
        ),
    ];
    for (body, field) in cases {
        let refused = app
            .call("POST", "/api/v1/kiosk/aliases", &kiosk, Some(body.clone()))
            .await;
        let error = expect_error(refused, 422, "validation_failed").await;
        assert_eq!(field_paths(&error), [field], "{body}");
    }
    assert_eq!(app.db(count_aliases).await, 0, "no refused alias is stored");

    let confirmed = merge(
        new_alias("Kim", 11, None),
        json!({ "guardian_confirmed": true }),
    );
    make_at_kiosk(&app, &kiosk, confirmed).await;
    let taken = app
        .call(
            "POST",
            "/api/v1/kiosk/aliases",
            &kiosk,
            Some(new_alias(" KIM ", 15, None)),
        )
        .await;
    let error = expect_error(taken, 422, "validation_failed").await;
    assert_eq!(error["fields"][0]["code"], "taken");
    assert_eq!(app.db(count_aliases).await, 1);
}

fn count_aliases(conn: &mut logbook_api::db::DbConn) -> i64 {
    alias_rows::table.count().get_result(conn).unwrap()
}

#[tokio::test]
async fn a_kiosk_token_opens_nothing_but_the_kiosk_and_stops_when_revoked() {
    let app = TestApp::spawn().await;
    let org = Org::build(&app).await;
    let (kiosk_id, kiosk) = register_kiosk(&app, &org.manager_a, org.unit_a).await;
    let session = running_session(&app, &org.worker_a, org.open_a).await;
    let elsewhere = [
        ("GET", "/api/v1/me".to_owned()),
        ("GET", "/api/v1/sessions".to_owned()),
        ("GET", format!("/api/v1/sessions/{session}")),
        ("GET", format!("/api/v1/sessions/{session}/check-ins")),
        ("POST", format!("/api/v1/sessions/{session}/check-ins")),
        ("GET", "/api/v1/units".to_owned()),
        ("GET", "/api/v1/aliases".to_owned()),
        ("GET", "/api/v1/kiosks".to_owned()),
        ("POST", "/api/v1/kiosks".to_owned()),
        (
            "GET",
            "/api/v1/reports?from=2026-01-01&to=2026-12-31".to_owned(),
        ),
        ("PUT", "/api/v1/me/password".to_owned()),
    ];
    for (method, path) in &elsewhere {
        let response = app
            .call(method, path, &kiosk, Some(json!({ "alias": "x" })))
            .await;
        assert_eq!(response.status(), 401, "{method} {path} with a kiosk token");
    }

    // Only managers of its unit see and revoke it.
    let theirs = ok_json(
        app.call("GET", "/api/v1/kiosks", &org.manager_b, None)
            .await,
        200,
    )
    .await;
    assert_eq!(theirs, json!([]));
    let path = format!("/api/v1/kiosks/{kiosk_id}");
    let hidden = app.call("DELETE", &path, &org.manager_b, None).await;
    expect_error(hidden, 404, "not_found").await;
    let refused = app
        .call(
            "POST",
            "/api/v1/kiosks",
            &org.manager_b,
            Some(json!({ "unit_id": org.unit_a, "name": "Mine now", "language": "en" })),
        )
        .await;
    assert_eq!(
        field_paths(&expect_error(refused, 422, "validation_failed").await),
        ["unit_id"]
    );

    let listed = ok_json(
        app.call("GET", "/api/v1/kiosks", &org.manager_a, None)
            .await,
        200,
    )
    .await;
    assert!(
        listed[0]["last_used_at"].is_null(),
        "not used yet: {listed}"
    );
    assert_eq!(
        app.call("GET", "/api/v1/kiosk", &kiosk, None)
            .await
            .status(),
        200
    );
    let listed = ok_json(
        app.call("GET", "/api/v1/kiosks", &org.manager_a, None)
            .await,
        200,
    )
    .await;
    assert!(
        listed[0]["last_used_at"].is_string(),
        "use is recorded: {listed}"
    );

    assert_eq!(
        app.call("DELETE", &path, &org.manager_a, None)
            .await
            .status(),
        204
    );
    let revoked = app.call("GET", "/api/v1/kiosk", &kiosk, None).await;
    expect_error(revoked, 401, "unauthorized").await;
    let tampered = format!("{kiosk}x");
    let forged = app.call("GET", "/api/v1/kiosk", &tampered, None).await;
    expect_error(forged, 401, "unauthorized").await;
}

#[tokio::test]
async fn guessing_a_pin_or_aliases_at_a_kiosk_is_throttled() {
    let app = TestApp::spawn().await;
    let org = Org::build(&app).await;
    use_utc(&app, &org, "").await;
    let (_, kiosk) = register_kiosk(&app, &org.manager_a, org.unit_a).await;
    let (_, second_kiosk) = register_kiosk(&app, &org.manager_a, org.unit_a).await;
    running_session(&app, &org.worker_a, org.open_a).await;
    make_at_kiosk(&app, &kiosk, new_alias("Owl", 15, Some("4321"))).await;

    // The making counted as one attempt at "owl"; four wrong PINs fill the burst of five.
    for guess in ["0000", "0001", "0002", "0003"] {
        let wrong = app
            .call(
                "POST",
                "/api/v1/kiosk/check-ins",
                &kiosk,
                Some(json!({ "alias": "Owl", "pin": guess })),
            )
            .await;
        assert_eq!(wrong.status(), 422);
    }
    // Now even the right PIN waits, also on another kiosk of the organisation.
    let throttled = app
        .call(
            "POST",
            "/api/v1/kiosk/check-ins",
            &second_kiosk,
            Some(json!({ "alias": "owl", "pin": "4321" })),
        )
        .await;
    assert!(throttled.headers().contains_key("retry-after"));
    expect_error(throttled, 429, "too_many_requests").await;

    // Trying many aliases on one kiosk hits its own limit (30 a minute).
    let mut statuses = Vec::new();
    for guess in 0..40 {
        let response = app
            .call(
                "POST",
                "/api/v1/kiosk/check-ins",
                &second_kiosk,
                Some(json!({ "alias": format!("guess {guess}") })),
            )
            .await;
        statuses.push(response.status().as_u16());
    }
    // One of the 30 went to the throttled PIN above; a slow machine may earn one back.
    assert!(statuses[..29].iter().all(|s| *s == 422), "{statuses:?}");
    assert!(statuses[29..].contains(&429), "{statuses:?}");
}

#[tokio::test]
async fn with_no_session_running_the_unit_decides_whether_a_check_in_opens_one() {
    let app = TestApp::spawn().await;
    let org = Org::build(&app).await;
    use_utc(&app, &org, "").await;
    let (_, kiosk) = register_kiosk(&app, &org.manager_a, org.unit_a).await;
    let closed = app
        .call(
            "POST",
            "/api/v1/kiosk/aliases",
            &kiosk,
            Some(new_alias("Lynx", 16, None)),
        )
        .await;
    expect_error(closed, 409, "check_in_closed").await;
    assert_eq!(
        app.db(count_aliases).await,
        0,
        "nothing stored while closed"
    );

    // The default must be one of the unit's open activities.
    let unit_path = format!("/api/v1/units/{}", org.unit_a);
    let setting = |activity: ActivityId| {
        json!({ "name": "A", "unit_type": "youth_centre", "check_in_opens_session": true,
                "default_open_activity_id": activity })
    };
    for wrong in [org.group_a, org.open_b] {
        let refused = app
            .call("PUT", &unit_path, &org.manager_a, Some(setting(wrong)))
            .await;
        assert_eq!(
            field_paths(&expect_error(refused, 422, "validation_failed").await),
            ["default_open_activity_id"]
        );
    }
    let saved = app
        .call("PUT", &unit_path, &org.manager_a, Some(setting(org.open_a)))
        .await;
    assert_eq!(ok_json(saved, 200).await["check_in_opens_session"], true);

    let first = make_at_kiosk(&app, &kiosk, new_alias("Lynx", 16, None)).await;
    let opened: SessionId = id_of(&first["session_id"]);
    let second = make_at_kiosk(&app, &kiosk, new_alias("Puma", 17, None)).await;
    assert_eq!(second["session_id"], json!(opened));

    let session = session(&app, &org.worker_a, opened).await;
    assert_eq!(session["activity_id"], json!(org.open_a));
    assert_eq!(session["date"], Utc::now().date_naive().to_string());
    assert_eq!(session["visits"], 2);
    let trail = app
        .call(
            "GET",
            &format!("/api/v1/session-audit?session_id={opened}"),
            &org.admin,
            None,
        )
        .await;
    let trail = ok_json(trail, 200).await;
    assert_eq!(trail["items"][0]["action"], "created");
    assert_eq!(trail["items"][0]["kiosk_name"], "Front desk");
}

#[tokio::test]
async fn staff_check_a_young_person_in_from_the_session_form() {
    let app = TestApp::spawn().await;
    let org = Org::build(&app).await;
    let (kiosk, _) = open_kiosk(&app, &org).await;
    make_at_kiosk(&app, &kiosk, new_alias("Heron", 15, Some("9999"))).await;
    let yesterday: SessionId = id_of(
        &ok_json(
            log(
                &app,
                &org.worker_a,
                &json!({ "activity_id": org.open_a, "date": "2026-03-02",
            "start_time": "15:00", "end_time": "21:00" }),
            )
            .await,
            201,
        )
        .await["id"],
    );
    let path = format!("/api/v1/sessions/{yesterday}/check-ins");

    let first = app
        .call(
            "POST",
            &path,
            &org.worker_a,
            Some(json!({ "alias": "heron" })),
        )
        .await;
    let first = ok_json(first, 201).await;
    assert_eq!(first["alias"], "Heron");
    assert_eq!(
        first["age"],
        2026 - (this_year() - 15),
        "age in the session's year"
    );
    let again = app
        .call(
            "POST",
            &path,
            &org.worker_a,
            Some(json!({ "alias": "Heron" })),
        )
        .await;
    assert_eq!(ok_json(again, 200).await["id"], first["id"]);
    let unknown = app
        .call(
            "POST",
            &path,
            &org.worker_a,
            Some(json!({ "alias": "Crane" })),
        )
        .await;
    assert_eq!(
        field_paths(&expect_error(unknown, 422, "validation_failed").await),
        ["alias"]
    );
    let hidden = app
        .call(
            "POST",
            &path,
            &org.manager_b,
            Some(json!({ "alias": "Heron" })),
        )
        .await;
    expect_error(hidden, 404, "not_found").await;

    let listed = ok_json(app.call("GET", &path, &org.worker_a, None).await, 200).await;
    assert_eq!(listed.as_array().unwrap().len(), 1);
    assert_eq!(session(&app, &org.worker_a, yesterday).await["visits"], 1);
}

#[tokio::test]
async fn an_alias_is_exported_and_erased_and_no_figure_changes() {
    let app = TestApp::spawn().await;
    let org = Org::build(&app).await;
    let (kiosk, running) = open_kiosk(&app, &org).await;
    for (alias, pin) in [("Wren", Some("1234")), ("Robin", None)] {
        make_at_kiosk(&app, &kiosk, new_alias(alias, 15, pin)).await;
    }
    let figures_path = "/api/v1/reports?from=2025-01-01&to=2030-12-31";
    let before = ok_json(app.call("GET", figures_path, &org.admin, None).await, 200).await;
    assert_eq!(before["total"]["unique_visitors"], 2);
    assert_eq!(before["total"]["visits"], 5);

    let found = ok_json(
        app.call("GET", "/api/v1/aliases?q=wr", &org.manager_a, None)
            .await,
        200,
    )
    .await;
    assert_eq!(found["items"].as_array().unwrap().len(), 1);
    let wren = found["items"][0]["id"].as_i64().unwrap();
    assert_eq!(found["items"][0]["has_pin"], true);

    let export = app
        .call(
            "GET",
            &format!("/api/v1/aliases/{wren}/export"),
            &org.admin,
            None,
        )
        .await;
    assert!(
        export.headers()["content-disposition"]
            .to_str()
            .unwrap()
            .contains("attachment")
    );
    let export = ok_json(export, 200).await;
    assert_eq!(export["alias"]["alias"], "Wren");
    assert_eq!(export["check_ins"][0]["unit"], "A");
    assert_eq!(export["check_ins"][0]["activity"], "Activity");
    assert!(
        !export.to_string().contains("argon2"),
        "the PIN hash is never exported"
    );

    let pin_hash: String = app
        .db(move |conn| {
            alias_rows::table
                .find(wren)
                .select(alias_rows::pin_hash.assume_not_null())
                .first(conn)
                .unwrap()
        })
        .await;
    let refused = app
        .call(
            "DELETE",
            &format!("/api/v1/aliases/{wren}"),
            &org.worker_a,
            None,
        )
        .await;
    expect_error(refused, 403, "forbidden").await;
    let erased = app
        .call(
            "DELETE",
            &format!("/api/v1/aliases/{wren}"),
            &org.manager_a,
            None,
        )
        .await;
    assert_eq!(erased.status(), 204);
    let gone = app
        .call(
            "GET",
            &format!("/api/v1/aliases/{wren}/export"),
            &org.admin,
            None,
        )
        .await;
    expect_error(gone, 404, "not_found").await;

    let after = ok_json(app.call("GET", figures_path, &org.admin, None).await, 200).await;
    assert_eq!(after, before, "erasing changes no figure");
    let kept = session(&app, &org.worker_a, running).await;
    assert_eq!(kept["visits"], 5);
    let check_ins = app
        .call(
            "GET",
            &format!("/api/v1/sessions/{running}/check-ins"),
            &org.worker_a,
            None,
        )
        .await;
    let aliases: Vec<Value> = ok_json(check_ins, 200)
        .await
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["alias"].clone())
        .collect();
    assert_eq!(aliases, [Value::Null, json!("Robin")]);
    let old_alias = app
        .call(
            "POST",
            "/api/v1/kiosk/check-ins",
            &kiosk,
            Some(json!({ "alias": "Wren", "pin": "1234" })),
        )
        .await;
    expect_error(old_alias, 422, "validation_failed").await;

    // Nothing of the erased alias lingers in the database's files (issue 17, item 11): SQLite
    // overwrites deleted rows, and the hourly purge empties the write-ahead log.
    if let Some(dir) = app.sqlite_dir().map(std::path::Path::to_path_buf) {
        app.db(|conn| privacy::purge_expired(conn, Utc::now().naive_utc()).unwrap())
            .await;
        for file in std::fs::read_dir(dir).unwrap() {
            let path = file.unwrap().path();
            let bytes = std::fs::read(&path).unwrap();
            for trace in [b"Wren".as_slice(), b"wren".as_slice(), pin_hash.as_bytes()] {
                assert!(
                    !bytes.windows(trace.len()).any(|window| window == trace),
                    "{} still holds {:?}",
                    path.display(),
                    String::from_utf8_lossy(trace)
                );
            }
        }
    }
}

#[tokio::test]
async fn aliases_unused_past_the_retention_period_are_purged_without_changing_figures() {
    let app = TestApp::spawn().await;
    let org = Org::build(&app).await;
    let (kiosk, _) = open_kiosk(&app, &org).await;
    make_at_kiosk(&app, &kiosk, new_alias("Kestrel", 15, None)).await;
    let figures_path = "/api/v1/reports?from=2025-01-01&to=2030-12-31";
    let before = ok_json(app.call("GET", figures_path, &org.admin, None).await, 200).await;

    // The default retention is 24 months.
    let in_23_months = Utc::now().naive_utc() + TimeDelta::days(23 * 30);
    let purged = app
        .db(move |conn| privacy::purge_expired(conn, in_23_months).unwrap())
        .await;
    assert_eq!(purged.aliases, 0);
    let in_25_months = Utc::now().naive_utc() + TimeDelta::days(25 * 31);
    let purged = app
        .db(move |conn| privacy::purge_expired(conn, in_25_months).unwrap())
        .await;
    assert_eq!(purged.aliases, 1);
    assert_eq!(app.db(count_aliases).await, 0);
    let after = ok_json(app.call("GET", figures_path, &org.admin, None).await, 200).await;
    assert_eq!(after, before);
}

#[tokio::test]
async fn aliases_of_one_organisation_are_invisible_to_another() {
    let app = TestApp::spawn().await;
    let org = Org::build(&app).await;
    let (kiosk, _) = open_kiosk(&app, &org).await;
    make_at_kiosk(&app, &kiosk, new_alias("Badger", 15, None)).await;
    let ours = ok_json(
        app.call("GET", "/api/v1/aliases", &org.admin, None).await,
        200,
    )
    .await;
    let badger = ours["items"][0]["id"].as_i64().unwrap();

    let other_admin: TokenPair = app.login_ok(&app.user(Role::OrgAdmin).await).await;
    let other = other_admin.access_token;
    let theirs = ok_json(app.call("GET", "/api/v1/aliases", &other, None).await, 200).await;
    assert_eq!(theirs["items"], json!([]));
    for (method, path) in [
        ("GET", format!("/api/v1/aliases/{badger}/export")),
        ("DELETE", format!("/api/v1/aliases/{badger}")),
    ] {
        let hidden = app.call(method, &path, &other, None).await;
        expect_error(hidden, 404, "not_found").await;
    }
    // Their failed erase touched nothing of ours: the check-in still names the alias.
    let export = app
        .call(
            "GET",
            &format!("/api/v1/aliases/{badger}/export"),
            &org.admin,
            None,
        )
        .await;
    assert_eq!(
        ok_json(export, 200).await["check_ins"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
    let figures = app
        .call(
            "GET",
            "/api/v1/reports?from=2025-01-01&to=2030-12-31",
            &other,
            None,
        )
        .await;
    assert_eq!(ok_json(figures, 200).await["total"]["unique_visitors"], 0);
    let figures = app
        .call(
            "GET",
            &format!(
                "/api/v1/reports?from=2025-01-01&to=2030-12-31&unit_ids={}",
                org.unit_a
            ),
            &other,
            None,
        )
        .await;
    assert_eq!(
        field_paths(&expect_error(figures, 422, "validation_failed").await),
        ["unit_ids[0]"]
    );
    assert_eq!(app.db(count_aliases).await, 1);
}

/// Staff register an alias (`POST /aliases`).
async fn register(app: &TestApp, token: &str, alias: Value) -> reqwest::Response {
    app.call("POST", "/api/v1/aliases", token, Some(alias))
        .await
}

#[tokio::test]
async fn staff_register_a_young_person_and_check_them_in_to_a_past_session() {
    let app = TestApp::spawn().await;
    let org = Org::build(&app).await;
    let past = json!({ "activity_id": org.open_a, "date": "2026-03-02",
                       "start_time": "15:00", "end_time": "21:00" });
    let past: SessionId = id_of(&ok_json(log(&app, &org.worker_a, &past).await, 201).await["id"]);

    let made = register(&app, &org.worker_a, new_alias("Otter", 16, Some("4321"))).await;
    let made = ok_json(made, 201).await;
    assert_eq!(made["alias"], "Otter");
    assert_eq!(session(&app, &org.worker_a, past).await["visits"], 0);
    check_in_by_staff(&app, &org.worker_a, past, "otter").await;
    assert_eq!(session(&app, &org.worker_a, past).await["visits"], 1);

    let taken = register(&app, &org.manager_a, new_alias("OTTER", 14, None)).await;
    let taken = expect_error(taken, 422, "validation_failed").await;
    assert_eq!(taken["fields"][0]["code"], "taken");
    let young = register(&app, &org.worker_a, new_alias("Minnow", 10, None)).await;
    assert_eq!(
        field_paths(&expect_error(young, 422, "validation_failed").await),
        ["guardian_confirmed"]
    );
    let confirmed = merge(
        new_alias("Minnow", 10, None),
        json!({ "guardian_confirmed": true }),
    );
    let confirmed = register(&app, &org.worker_a, confirmed).await;
    assert_eq!(confirmed.status(), 201);
    let viewer = register(&app, &org.viewer_a, new_alias("Pike", 16, None)).await;
    expect_error(viewer, 403, "forbidden").await;

    // "Taken" tells that an alias exists, so trying one alias is throttled as at a kiosk:
    // two tries at "otter" so far, a burst of five in all.
    for _ in 0..3 {
        let again = register(&app, &org.admin, new_alias("Otter", 15, None)).await;
        expect_error(again, 422, "validation_failed").await;
    }
    let throttled = register(&app, &org.admin, new_alias("Otter", 15, None)).await;
    assert!(throttled.headers().contains_key("retry-after"));
    expect_error(throttled, 429, "too_many_requests").await;
}

async fn check_in_ages(app: &TestApp, token: &str, session: SessionId) -> Vec<i64> {
    let path = format!("/api/v1/sessions/{session}/check-ins");
    let listed = ok_json(app.call("GET", &path, token, None).await, 200).await;
    listed
        .as_array()
        .unwrap()
        .iter()
        .map(|check_in| check_in["age"].as_i64().unwrap())
        .collect()
}

#[tokio::test]
async fn a_check_in_ages_with_its_session_when_the_session_moves_to_another_year() {
    let app = TestApp::spawn().await;
    let org = Org::build(&app).await;
    let ids = store_aliases(
        &app,
        org.organisation,
        &[("Crow", 2013, Gender::Boy), ("Wren", 2013, Gender::Girl)],
    )
    .await;
    let before = json!({ "activity_id": org.open_a, "date": "2025-12-30",
                         "start_time": "15:00", "end_time": "21:00" });
    let id: SessionId = id_of(&ok_json(log(&app, &org.worker_a, &before).await, 201).await["id"]);
    check_in_by_staff(&app, &org.worker_a, id, "Crow").await;
    check_in_by_staff(&app, &org.worker_a, id, "Wren").await;
    let erased = app
        .call(
            "DELETE",
            &format!("/api/v1/aliases/{}", ids[1]),
            &org.admin,
            None,
        )
        .await;
    assert_eq!(erased.status(), 204);
    assert_eq!(check_in_ages(&app, &org.worker_a, id).await, [12, 12]);

    // Nobody can visit before the year they were born.
    let too_early = merge(before.clone(), json!({ "date": "2012-06-01" }));
    let path = format!("/api/v1/sessions/{id}");
    let refused = app.call("PUT", &path, &org.worker_a, Some(too_early)).await;
    let refused = expect_error(refused, 422, "validation_failed").await;
    assert_eq!(refused["fields"][0]["code"], "before_birth", "{refused}");
    assert_eq!(check_in_ages(&app, &org.worker_a, id).await, [12, 12]);

    let moved = merge(before, json!({ "date": "2026-01-02" }));
    let response = app.call("PUT", &path, &org.worker_a, Some(moved)).await;
    let session = ok_json(response, 200).await;
    assert_eq!(
        check_in_ages(&app, &org.worker_a, id).await,
        [13, 13],
        "2026 - 2013, erased alias too"
    );
    let checked_in: Vec<(i64, i64)> = session["checked_in"]
        .as_array()
        .unwrap()
        .iter()
        .map(|row| {
            (
                row["age_min"].as_i64().unwrap(),
                row["count"].as_i64().unwrap(),
            )
        })
        .collect();
    assert_eq!(checked_in, [(13, 1), (13, 1)]);
    let report = app
        .call(
            "GET",
            "/api/v1/reports?from=2026-01-01&to=2026-01-31&bands=12-12,13-13",
            &org.admin,
            None,
        )
        .await;
    assert_eq!(
        ok_json(report, 200).await["total"]["visits_by_age"]["bands"],
        json!([{ "min": 12, "max": 12, "visits": 0 }, { "min": 13, "max": 13, "visits": 2 }])
    );
}

/// A past session of `activity` on `day`, logged by `token`, with nobody counted yet.
async fn past_session(app: &TestApp, token: &str, activity: ActivityId, day: &str) -> SessionId {
    let body = json!({ "activity_id": activity, "date": day, "start_time": "18:00",
                       "end_time": "20:00", "attendance": [] });
    id_of(&ok_json(log(app, token, &body).await, 201).await["id"])
}

#[tokio::test]
async fn a_unit_manager_finds_exports_and_erases_only_aliases_seen_at_their_units() {
    let app = TestApp::spawn().await;
    let org = Org::build(&app).await;
    store_aliases(
        &app,
        org.organisation,
        &[
            ("Ours", 2011, Gender::Girl),
            ("Theirs", 2011, Gender::Boy),
            ("Both", 2012, Gender::Girl),
            ("Nowhere", 2012, Gender::Boy),
        ],
    )
    .await;
    let at_a = past_session(&app, &org.admin, org.open_a, "2026-03-10").await;
    let at_b = past_session(&app, &org.admin, org.open_b, "2026-03-10").await;
    for (session, alias) in [
        (at_a, "Ours"),
        (at_b, "Theirs"),
        (at_a, "Both"),
        (at_b, "Both"),
    ] {
        check_in_by_staff(&app, &org.admin, session, alias).await;
    }
    let listed = |token: String| {
        let app = &app;
        async move {
            let page = ok_json(app.call("GET", "/api/v1/aliases", &token, None).await, 200).await;
            let mut names: Vec<String> = page["items"]
                .as_array()
                .unwrap()
                .iter()
                .map(|alias| alias["alias"].as_str().unwrap().to_owned())
                .collect();
            names.sort();
            (names, page)
        }
    };
    // The org admin finds all four; unit A's manager the two seen at unit A.
    assert_eq!(
        listed(org.admin.clone()).await.0,
        ["Both", "Nowhere", "Ours", "Theirs"]
    );
    let (names, page) = listed(org.manager_a.clone()).await;
    assert_eq!(names, ["Both", "Ours"]);
    let (_, all) = listed(org.admin.clone()).await;
    let id_of_alias = |name: &str| {
        all["items"]
            .as_array()
            .unwrap()
            .iter()
            .find(|alias| alias["alias"] == name)
            .map(|alias| alias["id"].as_i64().unwrap())
            .unwrap()
    };
    assert_eq!(page["items"].as_array().unwrap().len(), 2);
    // Export and erase: theirs and unseen ones are not found; one also seen at unit B is the
    // org admin's to answer; their own works.
    for (name, status) in [("Theirs", 404), ("Nowhere", 404), ("Both", 403)] {
        let id = id_of_alias(name);
        for (method, path) in [
            ("GET", format!("/api/v1/aliases/{id}/export")),
            ("DELETE", format!("/api/v1/aliases/{id}")),
        ] {
            let refused = app.call(method, &path, &org.manager_a, None).await;
            assert_eq!(refused.status(), status, "{method} {name}");
        }
    }
    let exported_check_ins = |id: i64, token: String| {
        let app = &app;
        async move {
            let path = format!("/api/v1/aliases/{id}/export");
            let export = ok_json(app.call("GET", &path, &token, None).await, 200).await;
            export["check_ins"].as_array().unwrap().len()
        }
    };
    let ours = id_of_alias("Ours");
    assert_eq!(exported_check_ins(ours, org.manager_a.clone()).await, 1);
    let erased = app
        .call(
            "DELETE",
            &format!("/api/v1/aliases/{ours}"),
            &org.manager_a,
            None,
        )
        .await;
    assert_eq!(erased.status(), 204);
    // Nothing else was touched: the org admin still finds the other three, "Both" whole.
    assert_eq!(
        listed(org.admin.clone()).await.0,
        ["Both", "Nowhere", "Theirs"]
    );
    let both = id_of_alias("Both");
    assert_eq!(exported_check_ins(both, org.admin.clone()).await, 2);
}

#[tokio::test]
async fn a_kiosk_stops_when_its_maker_is_deactivated_or_its_unit_archived() {
    let app = TestApp::spawn().await;
    let org = Org::build(&app).await;
    use_utc(&app, &org, "").await;
    running_session(&app, &org.worker_a, org.open_a).await;
    let works = |kiosk: String| {
        let app = &app;
        async move {
            app.call("GET", "/api/v1/kiosk", &kiosk, None)
                .await
                .status()
        }
    };
    // The manager who registered it is deactivated: it stops, and makes no alias.
    let (_, by_manager) = register_kiosk(&app, &org.manager_a, org.unit_a).await;
    let (_, by_admin) = register_kiosk(&app, &org.admin, org.unit_a).await;
    assert_eq!(works(by_manager.clone()).await, 200);
    let me = ok_json(
        app.call("GET", "/api/v1/me", &org.manager_a, None).await,
        200,
    )
    .await;
    let deactivate = json!({ "email": me["email"], "display_name": me["display_name"],
        "role": me["role"], "unit_ids": me["unit_ids"], "active": false });
    let path = format!("/api/v1/users/{}", me["id"]);
    ok_json(
        app.call("PUT", &path, &org.admin, Some(deactivate)).await,
        200,
    )
    .await;
    assert_eq!(works(by_manager.clone()).await, 401);
    let made = app
        .call(
            "POST",
            "/api/v1/kiosk/aliases",
            &by_manager,
            Some(new_alias("Otter", 15, None)),
        )
        .await;
    expect_error(made, 401, "unauthorized").await;
    // A maker who may no longer manage the unit's kiosks takes them down as well: unit B's
    // manager, made a youth worker.
    let (_, by_b) = register_kiosk(&app, &org.manager_b, org.unit_b).await;
    assert_eq!(works(by_b.clone()).await, 200);
    let me_b = ok_json(
        app.call("GET", "/api/v1/me", &org.manager_b, None).await,
        200,
    )
    .await;
    let demote = json!({ "email": me_b["email"], "display_name": me_b["display_name"],
        "role": "youth_worker", "unit_ids": me_b["unit_ids"], "active": true });
    let path_b = format!("/api/v1/users/{}", me_b["id"]);
    ok_json(
        app.call("PUT", &path_b, &org.admin, Some(demote)).await,
        200,
    )
    .await;
    assert_eq!(works(by_b).await, 401);
    // The admin's kiosk of unit A goes on, until the unit is archived.
    assert_eq!(works(by_admin.clone()).await, 200);
    let unit_path = format!("/api/v1/units/{}", org.unit_a);
    let mut unit = ok_json(app.call("GET", &unit_path, &org.admin, None).await, 200).await;
    unit["archived"] = json!(true);
    ok_json(
        app.call("PUT", &unit_path, &org.admin, Some(unit)).await,
        200,
    )
    .await;
    assert_eq!(works(by_admin).await, 401);
    assert_eq!(app.db(count_aliases).await, 0);
}

#[tokio::test]
async fn staff_check_ins_that_name_no_alias_are_throttled() {
    let app = TestApp::spawn().await;
    let org = Org::build(&app).await;
    let past = past_session(&app, &org.worker_a, org.open_a, "2026-03-02").await;
    let path = format!("/api/v1/sessions/{past}/check-ins");
    // Guesses tell "no" thirty times a minute; then the account waits.
    for guess in 0..30 {
        let body = json!({ "alias": format!("guess {guess}") });
        let missed = app.call("POST", &path, &org.worker_a, Some(body)).await;
        expect_error(missed, 422, "validation_failed").await;
    }
    let body = json!({ "alias": "guess 30" });
    let held = app.call("POST", &path, &org.worker_a, Some(body)).await;
    assert!(held.headers().contains_key("retry-after"));
    expect_error(held, 429, "too_many_requests").await;
    // A colleague checking real young people in is not held.
    store_aliases(&app, org.organisation, &[("Heron", 2011, Gender::Girl)]).await;
    check_in_by_staff(&app, &org.manager_a, past, "Heron").await;
}
