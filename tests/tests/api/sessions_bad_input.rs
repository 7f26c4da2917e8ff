//! Bad input on every create and update of sessions, reflection questions and aims: missing,
//! wrong type, out of bounds, unknown enum value, rules across fields and against the
//! organisation's settings, other organisations' and other units' ids. Each is a 422 naming
//! the field, and nothing is written.

use diesel::prelude::*;
use logbook_api::db::DbConn;
use logbook_api::db::schema::{
    aims, attendance, idempotency_keys, reflection_answers, reflection_question_units,
    reflection_questions, session_aims, session_audit, sessions,
};
use serde_json::{Value, json};

use crate::support::fixtures::{Org, evening, log};
use crate::support::{TestApp, expect_error, field_paths, merge, unique};

#[tokio::test]
async fn every_session_question_and_aim_write_refuses_bad_input_naming_the_field() {
    let app = TestApp::spawn().await;
    let org = Org::build(&app).await;
    let existing = log(&app, &org.admin, &evening(org.open_a)).await;
    assert_eq!(existing.status(), 201);
    let existing: Value = existing.json().await.unwrap();
    let session_path = format!("/api/v1/sessions/{}", existing["id"]);
    let tomorrow = (chrono::Utc::now() + chrono::Duration::days(2))
        .date_naive()
        .to_string();
    let session = |overrides: Value| merge(evening(org.open_a), overrides);
    let cell = |gender: &str, min: Value, max: Value, count: Value| json!([{ "gender": gender, "age_min": min, "age_max": max, "count": count }]);
    let question = |overrides: Value| merge(json!({ "text": "What went well?" }), overrides);
    let aim = |overrides: Value| {
        merge(
            json!({ "title": "Aim", "period_from": "2026-01-01", "period_to": "2026-12-31" }),
            overrides,
        )
    };

    let cases: Vec<(&str, &str, Value, &[&str])> = vec![
        (
            "POST",
            "/api/v1/sessions",
            json!({ "activity_id": org.open_a }),
            &["date"],
        ),
        (
            "POST",
            "/api/v1/sessions",
            session(json!({ "start_time": "25:00" })),
            &["start_time"],
        ),
        (
            "POST",
            "/api/v1/sessions",
            session(json!({ "date": "20.11.2026" })),
            &["date"],
        ),
        (
            "POST",
            "/api/v1/sessions",
            session(json!({ "end_time": "18:00" })),
            &["end_time"],
        ),
        (
            "POST",
            "/api/v1/sessions",
            session(json!({ "date": tomorrow })),
            &["date"],
        ),
        (
            "POST",
            "/api/v1/sessions",
            session(json!({ "staff_count": 2.5 })),
            &["staff_count"],
        ),
        (
            "POST",
            "/api/v1/sessions",
            session(json!({ "youth_producers": -1 })),
            &["youth_producers"],
        ),
        (
            "POST",
            "/api/v1/sessions",
            session(json!({ "volunteer_count": 100000 })),
            &["volunteer_count"],
        ),
        (
            "POST",
            "/api/v1/sessions",
            session(json!({ "attendance": cell("girl", json!(13), json!(15), json!(100_000)) })),
            &["attendance[0].count"],
        ),
        (
            "POST",
            "/api/v1/sessions",
            session(json!({ "attendance": cell("girl", json!(13), json!(15), json!("five")) })),
            &["attendance[0].count"],
        ),
        (
            "POST",
            "/api/v1/sessions",
            session(json!({ "attendance": cell("female", json!(13), json!(15), json!(1)) })),
            &["attendance[0].gender"],
        ),
        (
            "POST",
            "/api/v1/sessions",
            session(json!({ "attendance": cell("girl", json!(14), json!(17), json!(1)) })),
            &["attendance[0].age_min"],
        ),
        (
            "POST",
            "/api/v1/sessions",
            session(json!({ "attendance": cell("girl", json!(13), Value::Null, json!(1)) })),
            &["attendance[0].age_max"],
        ),
        (
            "POST",
            "/api/v1/sessions",
            session(json!({ "notes": "x".repeat(10_001) })),
            &["notes"],
        ),
        (
            "POST",
            "/api/v1/sessions",
            session(json!({ "activity_id": org.foreign_activity })),
            &["activity_id"],
        ),
        (
            "POST",
            "/api/v1/sessions",
            session(json!({ "aim_ids": [1, 1] })),
            &["aim_ids[1]"],
        ),
        (
            "POST",
            "/api/v1/sessions",
            session(json!({ "reflection_answers": [{ "question_id": 424242, "answer": "?" }] })),
            &["reflection_answers[0].question_id"],
        ),
        (
            "PUT",
            &session_path,
            session(json!({ "end_time": null })),
            &["end_time"],
        ),
        (
            "PUT",
            &session_path,
            session(json!({ "activity_id": org.foreign_activity })),
            &["activity_id"],
        ),
        ("POST", "/api/v1/reflection-questions", json!({}), &["text"]),
        (
            "POST",
            "/api/v1/reflection-questions",
            question(json!({ "text": "" })),
            &["text"],
        ),
        (
            "POST",
            "/api/v1/reflection-questions",
            question(json!({ "activity_kinds": ["drop_in"] })),
            &["activity_kinds[0]"],
        ),
        (
            "POST",
            "/api/v1/reflection-questions",
            question(json!({ "translations": { "Swedish": "Vad gick bra?" } })),
            &["translations.Swedish"],
        ),
        (
            "POST",
            "/api/v1/reflection-questions",
            question(json!({ "unit_ids": [999_999] })),
            &["unit_ids[0]"],
        ),
        (
            "POST",
            "/api/v1/aims",
            aim(json!({ "title": "" })),
            &["title"],
        ),
        (
            "POST",
            "/api/v1/aims",
            aim(json!({ "period_to": "2025-12-31" })),
            &["period_to"],
        ),
        (
            "POST",
            "/api/v1/aims",
            aim(json!({ "unit_id": "A" })),
            &["unit_id"],
        ),
        (
            "POST",
            "/api/v1/aims",
            aim(json!({ "unit_id": 999_999 })),
            &["unit_id"],
        ),
    ];

    let before = app.db(row_counts).await;
    for (method, path, body, paths) in cases {
        let headers = [("Idempotency-Key", unique())];
        let headers: Vec<(&str, &str)> = headers.iter().map(|(n, v)| (*n, v.as_str())).collect();
        let response = app
            .send_with_headers(method, path, Some(&org.admin), Some(&body), &headers)
            .await;
        let error = expect_error(response, 422, "validation_failed").await;
        assert_eq!(field_paths(&error), paths, "{method} {path} with {body}");
    }
    assert_eq!(
        app.db(row_counts).await,
        before,
        "a refused request wrote something"
    );

    // A youth worker logging for a unit outside their scope: the activity is unknown to them.
    let error = expect_error(
        log(&app, &org.worker_a, &evening(org.open_b)).await,
        422,
        "validation_failed",
    )
    .await;
    assert_eq!(field_paths(&error), ["activity_id"]);
}

fn row_counts(conn: &mut DbConn) -> Vec<i64> {
    vec![
        sessions::table.count().get_result(conn).unwrap(),
        attendance::table.count().get_result(conn).unwrap(),
        reflection_questions::table
            .count()
            .get_result(conn)
            .unwrap(),
        reflection_question_units::table
            .count()
            .get_result(conn)
            .unwrap(),
        reflection_answers::table.count().get_result(conn).unwrap(),
        aims::table.count().get_result(conn).unwrap(),
        session_aims::table.count().get_result(conn).unwrap(),
        session_audit::table.count().get_result(conn).unwrap(),
        idempotency_keys::table.count().get_result(conn).unwrap(),
    ]
}
