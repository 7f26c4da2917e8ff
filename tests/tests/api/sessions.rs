//! Sessions: logging and reading back (across midnight too), filters and pages, repeated and
//! racing creates with one idempotency key, the audit trail, reflection questions and aims.

use diesel::prelude::*;
use logbook_api::db::DbConn;
use logbook_api::db::schema::{idempotency_keys, session_audit, sessions};
use logbook_shared::ids::{ActivityId, UnitId};
use serde_json::{Value, json};

use crate::support::fixtures::{Org, evening, log, log_with_key, ok_json};
use crate::support::{TestApp, expect_error, field_paths, merge};

fn count_sessions(conn: &mut DbConn) -> i64 {
    sessions::table.count().get_result(conn).unwrap()
}

#[tokio::test]
async fn a_youth_worker_logs_a_session_that_crosses_midnight_and_reads_it_back() {
    let app = TestApp::spawn().await;
    let org = Org::build(&app).await;
    let body = merge(
        evening(org.open_a),
        json!({ "start_time": "22:00", "end_time": "01:30" }),
    );
    let created = ok_json(log(&app, &org.worker_a, &body).await, 201).await;
    assert_eq!(
        created["duration_minutes"], 210,
        "22:00 to 01:30 the next day"
    );
    assert_eq!(created["start_time"], "22:00");
    assert_eq!(created["end_time"], "01:30");
    assert_eq!(created["visits"], 15);
    assert_eq!(
        created["attendance"].as_array().unwrap().len(),
        4,
        "zero cells are not stored"
    );
    assert_eq!(created["unit_id"], json!(org.unit_a));
    assert_eq!(created["activity_kind"], "open");
    let path = format!("/api/v1/sessions/{}", created["id"]);
    let fetched = ok_json(app.call("GET", &path, &org.worker_a, None).await, 200).await;
    assert_eq!(fetched, created);

    // Another unit's manager does not see it; the viewer may not read sessions at all.
    expect_error(
        app.call("GET", &path, &org.manager_b, None).await,
        404,
        "not_found",
    )
    .await;
    expect_error(
        app.call("GET", "/api/v1/sessions", &org.viewer_a, None)
            .await,
        403,
        "forbidden",
    )
    .await;
}

#[tokio::test]
async fn sessions_list_newest_first_with_filters_and_pages() {
    let app = TestApp::spawn().await;
    let org = Org::build(&app).await;
    let on = |activity: ActivityId, date: &str, start: &str| {
        let mut body = evening(activity);
        body["date"] = json!(date);
        body["start_time"] = json!(start);
        body
    };
    let plan = [
        (org.open_a, "2026-10-01", "18:00"),
        (org.group_a, "2026-10-03", "17:00"),
        (org.open_a, "2026-10-03", "19:00"),
        (org.open_b, "2026-10-02", "18:00"),
        (org.open_a, "2026-09-30", "18:00"),
    ];
    let mut ids = Vec::new();
    for (activity, date, start) in plan {
        let created = ok_json(log(&app, &org.admin, &on(activity, date, start)).await, 201).await;
        ids.push(created["id"].as_i64().unwrap());
    }
    let listed = |query: String, token: String| {
        let app = &app;
        async move {
            let page = ok_json(
                app.call("GET", &format!("/api/v1/sessions?{query}"), &token, None)
                    .await,
                200,
            )
            .await;
            let ids: Vec<i64> = page["items"]
                .as_array()
                .unwrap()
                .iter()
                .map(|item| item["id"].as_i64().unwrap())
                .collect();
            (ids, page["next_cursor"].as_i64())
        }
    };
    let admin = org.admin.clone();
    // Newest first: by date, then start time.
    assert_eq!(
        listed(String::new(), admin.clone()).await.0,
        [ids[2], ids[1], ids[3], ids[0], ids[4]]
    );
    let (first, cursor) = listed("limit=2".into(), admin.clone()).await;
    assert_eq!(first, [ids[2], ids[1]]);
    let (second, cursor) =
        listed(format!("limit=2&cursor={}", cursor.unwrap()), admin.clone()).await;
    assert_eq!(second, [ids[3], ids[0]]);
    let (third, cursor) =
        listed(format!("limit=2&cursor={}", cursor.unwrap()), admin.clone()).await;
    assert_eq!((third, cursor), (vec![ids[4]], None));
    assert_eq!(
        listed(format!("unit_id={}", org.unit_b), admin.clone())
            .await
            .0,
        [ids[3]]
    );
    assert_eq!(
        listed(format!("activity_id={}", org.open_a), admin.clone())
            .await
            .0,
        [ids[2], ids[0], ids[4]]
    );
    assert_eq!(listed("kind=group".into(), admin.clone()).await.0, [ids[1]]);
    assert_eq!(
        listed("from=2026-10-01&to=2026-10-02".into(), admin.clone())
            .await
            .0,
        [ids[3], ids[0]]
    );
    // The unit-scoped worker sees unit A's sessions only.
    assert_eq!(
        listed(String::new(), org.worker_a.clone()).await.0,
        [ids[2], ids[1], ids[0], ids[4]]
    );
}

#[tokio::test]
async fn repeating_a_create_with_its_key_answers_the_first_session() {
    let app = TestApp::spawn().await;
    let org = Org::build(&app).await;
    let body = evening(org.open_a);
    let first = log_with_key(&app, &org.worker_a, &body, "key-1").await;
    assert_eq!(first.headers()["idempotent-replayed"], "false");
    let first = ok_json(first, 201).await;
    let again = log_with_key(&app, &org.worker_a, &body, "key-1").await;
    assert_eq!(again.headers()["idempotent-replayed"], "true");
    assert_eq!(ok_json(again, 201).await, first);
    assert_eq!(app.db(count_sessions).await, 1);

    // The same key for different content is a client bug: refused, naming the header.
    let mut other = body.clone();
    other["notes"] = json!("Another evening");
    let error = expect_error(
        log_with_key(&app, &org.worker_a, &other, "key-1").await,
        422,
        "validation_failed",
    )
    .await;
    assert_eq!(field_paths(&error), ["Idempotency-Key"]);
    // Without a key there is no create.
    let error = expect_error(
        app.call("POST", "/api/v1/sessions", &org.worker_a, Some(body))
            .await,
        400,
        "bad_request",
    )
    .await;
    assert_eq!(field_paths(&error), ["Idempotency-Key"]);
    assert_eq!(app.db(count_sessions).await, 1);
}

#[tokio::test]
async fn identical_creates_racing_with_one_key_make_one_session() {
    let app = TestApp::spawn().await;
    let org = Org::build(&app).await;
    let body = evening(org.open_a);
    let racers: Vec<_> = (0..8)
        .map(|_| {
            let request = app
                .client
                .post(app.url("/api/v1/sessions"))
                .bearer_auth(&org.worker_a)
                .header("Idempotency-Key", "raced-key")
                .json(&body);
            tokio::spawn(request.send())
        })
        .collect();
    let mut ids = std::collections::BTreeSet::new();
    for racer in racers {
        let response = racer.await.unwrap().unwrap();
        ids.insert(ok_json(response, 201).await["id"].as_i64().unwrap());
    }
    assert_eq!(ids.len(), 1, "every racer answers the same session");
    assert_eq!(app.db(count_sessions).await, 1);
    let keys: i64 = app
        .db(|conn| idempotency_keys::table.count().get_result(conn).unwrap())
        .await;
    assert_eq!(keys, 1);
}

#[tokio::test]
async fn the_audit_trail_records_every_change_for_managers_and_admins() {
    let app = TestApp::spawn().await;
    let org = Org::build(&app).await;
    let created = ok_json(log(&app, &org.worker_a, &evening(org.open_a)).await, 201).await;
    let path = format!("/api/v1/sessions/{}", created["id"]);
    let mut changed = evening(org.open_a);
    changed["notes"] = json!("Tournament moved to Friday.");
    changed["staff_count"] = json!(3);
    let updated = ok_json(
        app.call("PUT", &path, &org.worker_a, Some(changed.clone()))
            .await,
        200,
    )
    .await;
    assert_eq!(updated["notes"], "Tournament moved to Friday.");
    // Saving it unchanged records nothing.
    ok_json(
        app.call("PUT", &path, &org.worker_a, Some(changed)).await,
        200,
    )
    .await;
    // While the session is kept, so are its notes in the trail.
    let trail = format!("/api/v1/session-audit?session_id={}", created["id"]);
    let before = ok_json(app.call("GET", &trail, &org.manager_a, None).await, 200).await;
    assert_eq!(
        before["items"][0]["changes"]["notes"]["after"],
        "Tournament moved to Friday."
    );
    assert_eq!(
        app.call("DELETE", &path, &org.manager_a, None)
            .await
            .status(),
        204
    );
    expect_error(
        app.call("GET", &path, &org.manager_a, None).await,
        404,
        "not_found",
    )
    .await;

    let entries = ok_json(app.call("GET", &trail, &org.manager_a, None).await, 200).await;
    let entries = entries["items"].as_array().unwrap();
    let actions: Vec<&str> = entries
        .iter()
        .map(|entry| entry["action"].as_str().unwrap())
        .collect();
    assert_eq!(actions, ["deleted", "updated", "created"]);
    assert_eq!(entries[0]["user_name"], "Test unit_manager");
    assert_eq!(entries[1]["user_name"], "Test youth_worker");
    // Deleting the session took its words out of the whole trail (issue 17, item 11); who
    // changed what and when stays.
    let update = entries[1]["changes"].as_object().unwrap();
    assert_eq!(update.keys().collect::<Vec<_>>(), ["staff_count"]);
    assert_eq!(update["staff_count"], json!({ "before": 2, "after": 3 }));
    assert_eq!(entries[2]["changes"]["visits"]["after"], 15);
    assert_eq!(entries[0]["changes"]["staff_count"]["before"], 3);
    for entry in entries {
        let changes = entry["changes"].as_object().unwrap();
        assert!(!changes.contains_key("notes") && !changes.contains_key("reflection_answers"));
    }

    // The org admin reads it too; unit B's manager sees none of unit A's; workers may not.
    let all = ok_json(app.call("GET", &trail, &org.admin, None).await, 200).await;
    assert_eq!(all["items"].as_array().unwrap().len(), 3);
    let theirs = ok_json(app.call("GET", &trail, &org.manager_b, None).await, 200).await;
    assert_eq!(theirs["items"], json!([]));
    expect_error(
        app.call("GET", &trail, &org.worker_a, None).await,
        403,
        "forbidden",
    )
    .await;
    let stored: i64 = app
        .db(|conn| session_audit::table.count().get_result(conn).unwrap())
        .await;
    assert_eq!(stored, 3);
}

#[tokio::test]
async fn reflection_questions_apply_by_kind_and_unit_and_retire_keeping_answers() {
    let app = TestApp::spawn().await;
    let org = Org::build(&app).await;
    let question = |body: Value| {
        let app = &app;
        let admin = org.admin.clone();
        async move {
            ok_json(
                app.call("POST", "/api/v1/reflection-questions", &admin, Some(body))
                    .await,
                201,
            )
            .await
        }
    };
    let influence = question(json!({
        "text": "What did the young people influence today?",
        "translations": { "sv": "Vad påverkade de unga i dag?" },
        "activity_kinds": ["open"]
    }))
    .await;
    let unit_b_only =
        question(json!({ "text": "How was the new room?", "unit_ids": [org.unit_b] })).await;
    assert_eq!(
        influence["translations"]["sv"],
        "Vad påverkade de unga i dag?"
    );

    let asked = |activity: ActivityId| {
        let app = &app;
        let token = org.worker_a.clone();
        async move {
            let path = format!("/api/v1/reflection-questions?activity_id={activity}");
            let page = ok_json(app.call("GET", &path, &token, None).await, 200).await;
            page["items"]
                .as_array()
                .unwrap()
                .iter()
                .map(|q| q["id"].as_i64().unwrap())
                .collect::<Vec<_>>()
        }
    };
    let influence_id = influence["id"].as_i64().unwrap();
    assert_eq!(asked(org.open_a).await, [influence_id]);
    assert_eq!(asked(org.group_a).await, Vec::<i64>::new());

    let answering = |question: &Value| {
        let mut body = evening(org.open_a);
        body["reflection_answers"] =
            json!([{ "question_id": question["id"], "answer": "They chose the music." }]);
        body
    };
    let error = expect_error(
        log(&app, &org.worker_a, &answering(&unit_b_only)).await,
        422,
        "validation_failed",
    )
    .await;
    assert_eq!(field_paths(&error), ["reflection_answers[0].question_id"]);
    let answered = ok_json(log(&app, &org.worker_a, &answering(&influence)).await, 201).await;
    assert_eq!(
        answered["reflection_answers"],
        json!([{ "question_id": influence_id, "answer": "They chose the music." }])
    );

    // Retired: no longer asked or accepted on new sessions; the old answer stays and can be
    // kept when the session is edited.
    let mut retired = json!({ "text": influence["text"], "translations": influence["translations"],
        "activity_kinds": ["open"], "retired": true });
    let path = format!("/api/v1/reflection-questions/{influence_id}");
    ok_json(
        app.call("PUT", &path, &org.admin, Some(retired.clone()))
            .await,
        200,
    )
    .await;
    assert_eq!(asked(org.open_a).await, Vec::<i64>::new());
    expect_error(
        log(&app, &org.worker_a, &answering(&influence)).await,
        422,
        "validation_failed",
    )
    .await;
    let session = format!("/api/v1/sessions/{}", answered["id"]);
    let kept = ok_json(app.call("GET", &session, &org.worker_a, None).await, 200).await;
    assert_eq!(kept["reflection_answers"], answered["reflection_answers"]);
    let mut edit = answering(&influence);
    edit["notes"] = json!("Edited later");
    ok_json(
        app.call("PUT", &session, &org.worker_a, Some(edit)).await,
        200,
    )
    .await;
    // Only the org admin manages questions.
    retired["retired"] = json!(false);
    expect_error(
        app.call("PUT", &path, &org.manager_a, Some(retired)).await,
        403,
        "forbidden",
    )
    .await;
}

#[tokio::test]
async fn sessions_link_aims_of_their_unit_or_organisation_within_the_period() {
    let app = TestApp::spawn().await;
    let org = Org::build(&app).await;
    let aim = |token: &str, body: Value| {
        let app = &app;
        let token = token.to_owned();
        async move { app.call("POST", "/api/v1/aims", &token, Some(body)).await }
    };
    let whole = ok_json(
        aim(&org.admin, json!({ "title": "More girls in open activities", "period_from": "2026-01-01", "period_to": "2026-12-31" })).await,
        201,
    )
    .await;
    let unit_b = ok_json(
        aim(&org.manager_b, json!({ "title": "Youth-led Fridays", "unit_id": org.unit_b, "period_from": "2026-01-01", "period_to": "2026-12-31" })).await,
        201,
    )
    .await;
    let last_year = ok_json(
        aim(
            &org.admin,
            json!({ "title": "2025 aim", "period_from": "2025-01-01", "period_to": "2025-12-31" }),
        )
        .await,
        201,
    )
    .await;
    // A unit manager sets aims for their own unit only, not for the organisation.
    expect_error(
        aim(
            &org.manager_a,
            json!({ "title": "Org-wide", "period_from": "2026-01-01", "period_to": "2026-12-31" }),
        )
        .await,
        403,
        "forbidden",
    )
    .await;
    let error = expect_error(
        aim(&org.manager_a, json!({ "title": "B", "unit_id": org.unit_b, "period_from": "2026-01-01", "period_to": "2026-12-31" })).await,
        422,
        "validation_failed",
    )
    .await;
    assert_eq!(field_paths(&error), ["unit_id"]);

    let mut body = evening(org.open_a);
    body["aim_ids"] = json!([whole["id"], unit_b["id"], last_year["id"], 999_999]);
    let error = expect_error(
        log(&app, &org.worker_a, &body).await,
        422,
        "validation_failed",
    )
    .await;
    assert_eq!(
        field_paths(&error),
        ["aim_ids[1]", "aim_ids[2]", "aim_ids[3]"]
    );
    body["aim_ids"] = json!([whole["id"]]);
    let linked = ok_json(log(&app, &org.worker_a, &body).await, 201).await;
    assert_eq!(linked["aim_ids"], json!([whole["id"]]));
    // The worker sees the organisation's aims and unit A's, not unit B's.
    let listed = ok_json(
        app.call("GET", "/api/v1/aims", &org.worker_a, None).await,
        200,
    )
    .await;
    let titles: Vec<&str> = listed["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|aim| aim["title"].as_str().unwrap())
        .collect();
    assert_eq!(titles, ["More girls in open activities", "2025 aim"]);
}

#[tokio::test]
async fn a_moved_activity_leaves_its_past_sessions_with_the_unit_where_they_happened() {
    let app = TestApp::spawn().await;
    let org = Org::build(&app).await;
    let past = merge(evening(org.open_a), json!({ "date": "2026-03-02" }));
    let id = ok_json(log(&app, &org.worker_a, &past).await, 201).await["id"]
        .as_i64()
        .unwrap();
    let activity_path = format!("/api/v1/activities/{}", org.open_a);
    let activity = ok_json(app.call("GET", &activity_path, &org.admin, None).await, 200).await;
    let moved = merge(activity, json!({ "unit_id": org.unit_b }));
    let response = app
        .call("PUT", &activity_path, &org.admin, Some(moved))
        .await;
    assert_eq!(response.status(), 200);

    // The session happened at unit A: it stays there, also when edited, and unit A's people
    // keep it.
    let path = format!("/api/v1/sessions/{id}");
    let kept = ok_json(app.call("GET", &path, &org.worker_a, None).await, 200).await;
    assert_eq!(kept["unit_id"], json!(org.unit_a));
    // The form asks the questions of unit A, where the session happened.
    let question = json!({ "text": "What did they lead?", "activity_kinds": ["open"],
                           "unit_ids": [org.unit_a] });
    let question = app
        .call(
            "POST",
            "/api/v1/reflection-questions",
            &org.admin,
            Some(question),
        )
        .await;
    let question = ok_json(question, 201).await["id"].clone();
    let asked = format!("/api/v1/reflection-questions?session_id={id}");
    let asked = ok_json(app.call("GET", &asked, &org.worker_a, None).await, 200).await;
    assert_eq!(asked["items"][0]["id"], question);
    let edited = merge(
        past.clone(),
        json!({ "notes": "Written up after the move.",
                "reflection_answers": [{ "question_id": question, "answer": "The music." }] }),
    );
    let edited = app.call("PUT", &path, &org.worker_a, Some(edited)).await;
    assert_eq!(ok_json(edited, 200).await["unit_id"], json!(org.unit_a));
    let visits = |unit: UnitId| {
        let (app, token) = (&app, org.admin.clone());
        async move {
            let query = format!("/api/v1/reports?from=2026-03-01&to=2026-03-31&unit_ids={unit}");
            ok_json(app.call("GET", &query, &token, None).await, 200).await["total"]["visits"]
                .clone()
        }
    };
    assert_eq!(visits(org.unit_a).await, 15);
    assert_eq!(visits(org.unit_b).await, 0);

    // Sessions logged after the move belong to unit B, out of unit A's worker's reach.
    let later = merge(evening(org.open_a), json!({ "date": "2026-03-09" }));
    let later = ok_json(log(&app, &org.admin, &later).await, 201).await;
    assert_eq!(later["unit_id"], json!(org.unit_b));
    let refused = log(&app, &org.worker_a, &evening(org.open_a)).await;
    assert_eq!(
        field_paths(&expect_error(refused, 422, "validation_failed").await),
        ["activity_id"]
    );
}

#[tokio::test]
async fn the_audit_trail_is_kept_as_long_as_the_organisation_says() {
    let app = TestApp::spawn().await;
    let org = Org::build(&app).await;
    let (old, recent) = (
        ok_json(log(&app, &org.worker_a, &evening(org.open_a)).await, 201).await,
        ok_json(log(&app, &org.worker_a, &evening(org.open_a)).await, 201).await,
    );
    // The first session's entry was written three months ago.
    let old_id = old["id"].as_i64().unwrap();
    app.db(move |conn| {
        let then = chrono::Utc::now().naive_utc() - chrono::TimeDelta::days(92);
        diesel::update(session_audit::table.filter(session_audit::session_id.eq(old_id)))
            .set(session_audit::at.eq(then))
            .execute(conn)
            .unwrap();
    })
    .await;
    let purge = || {
        app.db(|conn| {
            logbook_api::visitors::privacy::purge_expired(conn, chrono::Utc::now().naive_utc())
                .unwrap()
        })
    };
    // By default the trail is kept as long as the sessions.
    assert_eq!(purge().await.audit_entries, 0);
    let path = format!("/api/v1/organisations/{}/settings", org.organisation);
    let settings = ok_json(app.call("GET", &path, &org.admin, None).await, 200).await;
    assert_eq!(settings["audit_retention_months"], 0);
    let two_months = merge(settings.clone(), json!({ "audit_retention_months": 2 }));
    ok_json(
        app.call("PUT", &path, &org.admin, Some(two_months)).await,
        200,
    )
    .await;
    assert_eq!(purge().await.audit_entries, 1);
    let trail = |session: &Value| format!("/api/v1/session-audit?session_id={}", session["id"]);
    let gone = ok_json(app.call("GET", &trail(&old), &org.admin, None).await, 200).await;
    assert_eq!(gone["items"], json!([]));
    let kept = ok_json(
        app.call("GET", &trail(&recent), &org.admin, None).await,
        200,
    )
    .await;
    assert_eq!(kept["items"].as_array().unwrap().len(), 1);
    let too_long = merge(settings, json!({ "audit_retention_months": 121 }));
    let refused = app.call("PUT", &path, &org.admin, Some(too_long)).await;
    assert_eq!(
        field_paths(&expect_error(refused, 422, "validation_failed").await),
        ["audit_retention_months"]
    );
}
