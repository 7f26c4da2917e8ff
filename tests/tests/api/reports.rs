//! Reports (SPEC 7) on a hand-built dataset, against figures counted by hand below: every
//! figure, custom age bands with unbanded and outside rows, filters, groupings, a session
//! across midnight, periods that cut through the data, an archived activity and an erased
//! alias.
//!
//! Unit A has the open activity (topic Sport) and the group (topics Sport and Culture, archived
//! after logging); unit B an open activity. Check-ins by staff: Ada (girl, born 2012, so 14 in
//! 2026) and Bo (boy, born 2008, so 18).
//!
//! | id | activity | date        | times        | min | entered by staff                          | youth-led, producers | check-ins |
//! |----|----------|-------------|--------------|-----|-------------------------------------------|----------------------|-----------|
//! | S5 | open A   | 28 Feb      | 18:00–20:00  | 120 | 1 boy 13–15                               | no, 0                | Bo        |
//! | S1 | open A   | 2 March     | 18:00–21:00  | 180 | 4 girls 13–15, 3 boys 13–15, 1 not stated 16–18 | yes, 2         | Ada       |
//! | S2 | open A   | 9 March     | 22:00–01:30  | 210 | 5 boys 16–18, 2 girls age unknown         | no, 0                | Bo        |
//! | S3 | group A  | 15 March    | 17:00–18:30  |  90 | 1 non-binary 19–24, 6 girls 6–12          | yes, 4               | —         |
//! | S4 | open B   | 1 April     | 15:00–17:00  | 120 | 2 girls 25–29                             | no, 0                | —         |

use logbook_api::db::queries::rollups;
use logbook_shared::ids::{ActivityId, AliasId, SessionId};
use logbook_shared::sessions::Gender;
use serde_json::{Value, json};

use crate::support::fixtures::{Org, cell, check_in_by_staff, log, ok_json, store_aliases};
use crate::support::{
    TestApp, csv_records, expect_error, field_paths, ftl_message, id_of, pdf_text,
};

const MARCH: &str = "from=2026-03-01&to=2026-03-31";

const PEOPLE: &[(&str, i32, Gender)] = &[("Ada", 2012, Gender::Girl), ("Bo", 2008, Gender::Boy)];

struct Dataset {
    org: Org,
    /// S5, S1, S2, S3, S4.
    sessions: Vec<i64>,
    ada: AliasId,
    sport: i64,
    culture: i64,
}

async fn build(app: &TestApp) -> Dataset {
    let org = Org::build(app).await;
    let mut topic_ids = Vec::new();
    for name in ["Sport", "Culture"] {
        let made = app
            .call(
                "POST",
                "/api/v1/topics",
                &org.admin,
                Some(json!({ "name": name })),
            )
            .await;
        topic_ids.push(ok_json(made, 201).await["id"].as_i64().unwrap());
    }
    let (sport, culture) = (topic_ids[0], topic_ids[1]);
    set_activity(app, &org, org.open_a, json!({ "topic_ids": [sport] })).await;
    set_activity(
        app,
        &org,
        org.group_a,
        json!({ "topic_ids": [sport, culture] }),
    )
    .await;

    let ids = store_aliases(app, org.organisation, PEOPLE).await;
    let mut session_ids = Vec::new();
    let sessions = [
        (
            org.open_a,
            "2026-02-28",
            "18:00",
            "20:00",
            vec![cell("boy", Some(13), Some(15), 1)],
            false,
            0,
            vec!["Bo"],
        ),
        (
            org.open_a,
            "2026-03-02",
            "18:00",
            "21:00",
            vec![
                cell("girl", Some(13), Some(15), 4),
                cell("boy", Some(13), Some(15), 3),
                cell("not_stated", Some(16), Some(18), 1),
            ],
            true,
            2,
            vec!["Ada"],
        ),
        (
            org.open_a,
            "2026-03-09",
            "22:00",
            "01:30",
            vec![
                cell("boy", Some(16), Some(18), 5),
                cell("girl", None, None, 2),
            ],
            false,
            0,
            vec!["Bo"],
        ),
        (
            org.group_a,
            "2026-03-15",
            "17:00",
            "18:30",
            vec![
                cell("non_binary", Some(19), Some(24), 1),
                cell("girl", Some(6), Some(12), 6),
            ],
            true,
            4,
            vec![],
        ),
        (
            org.open_b,
            "2026-04-01",
            "15:00",
            "17:00",
            vec![cell("girl", Some(25), Some(29), 2)],
            false,
            0,
            vec![],
        ),
    ];
    for (activity, date, start, end, attendance, youth_led, producers, visitors) in sessions {
        let body = json!({ "activity_id": activity, "date": date, "start_time": start,
                           "end_time": end, "attendance": attendance, "youth_led": youth_led,
                           "youth_producers": producers });
        let id = ok_json(log(app, &org.admin, &body).await, 201).await["id"]
            .as_i64()
            .unwrap();
        for alias in visitors {
            check_in_by_staff(app, &org.admin, SessionId(id), alias).await;
        }
        session_ids.push(id);
    }
    // Archiving an activity keeps its sessions in every report.
    set_activity(app, &org, org.group_a, json!({ "archived": true })).await;
    Dataset {
        org,
        sessions: session_ids,
        ada: ids[0],
        sport,
        culture,
    }
}

/// Changes some fields of an activity through the API.
async fn set_activity(app: &TestApp, org: &Org, id: ActivityId, changes: Value) {
    let path = format!("/api/v1/activities/{id}");
    let mut activity = ok_json(app.call("GET", &path, &org.admin, None).await, 200).await;
    for (field, value) in changes.as_object().unwrap() {
        activity[field] = value.clone();
    }
    let saved = app.call("PUT", &path, &org.admin, Some(activity)).await;
    assert_eq!(saved.status(), 200);
}

async fn report(app: &TestApp, token: &str, query: &str) -> Value {
    let path = format!("/api/v1/reports?{query}");
    ok_json(app.call("GET", &path, token, None).await, 200).await
}

fn assert_close(actual: &Value, expected: f64, what: &str) {
    let actual = actual
        .as_f64()
        .unwrap_or_else(|| panic!("{what} is {actual}"));
    assert!(
        (actual - expected).abs() < 1e-9,
        "{what}: {actual} ≠ {expected}"
    );
}

#[tokio::test]
async fn every_figure_of_a_period_matches_the_hand_counted_one() {
    let app = TestApp::spawn().await;
    let Dataset { org, ada, .. } = build(&app).await;
    let march = report(&app, &org.admin, MARCH).await;
    let total = &march["total"];

    // S1, S2, S3; S5 is February's, S4 April's (S2 ends in March's tenth, counted on its day).
    assert_eq!(total["sessions"], 3);
    // S1: 4+3+1 + Ada; S2: 5+2 + Bo; S3: 1+6.
    assert_eq!(total["visits"], 24);
    assert_eq!(
        total["visits_by_gender"],
        json!({ "girl": 13, "boy": 9, "non_binary": 1, "not_stated": 1 })
    );
    // Entry bands: Ada counts at 14 in 13–15, Bo at 18 in 16–18.
    assert_eq!(
        total["visits_by_age"],
        json!({ "bands": [
            { "min": 6, "max": 12, "visits": 6 }, { "min": 13, "max": 15, "visits": 8 },
            { "min": 16, "max": 18, "visits": 7 }, { "min": 19, "max": 24, "visits": 1 },
            { "min": 25, "max": 29, "visits": 0 } ],
          "unbanded": 0, "outside": 0, "unknown": 2 })
    );
    assert_eq!(total["unique_visitors"], 2);
    // Bo was first seen on 28 February.
    assert_eq!(total["first_time_visitors"], 1);
    // Open: 180 + 210 minutes; group: 90; youth-led: 180 + 90.
    assert_close(&total["opening_hours"], 6.5, "opening hours");
    assert_close(&total["group_hours"], 1.5, "group hours");
    assert_close(&total["activity_hours"], 8.0, "activity hours");
    assert_close(&total["youth_led_hours"], 4.5, "youth-led hours");
    assert_close(&total["youth_led_share"], 56.25, "youth-led share");
    assert_eq!(total["youth_producers"], 6);
    assert_close(&total["visits_per_session"], 8.0, "visits per session");
    // Open visits 9 + 8 over 6.5 opening hours.
    assert_close(
        &total["visits_per_opening_hour"],
        17.0 / 6.5,
        "per opening hour",
    );
    // Of the 23 visits with a stated gender.
    assert_close(&total["share_girls"], 1300.0 / 23.0, "share of girls");
    assert_close(&total["share_boys"], 900.0 / 23.0, "share of boys");
    assert_close(
        &total["share_non_binary"],
        100.0 / 23.0,
        "share of non-binary",
    );

    // Erasing Ada changes nothing.
    let erased = app
        .call(
            "DELETE",
            &format!("/api/v1/aliases/{ada}"),
            &org.admin,
            None,
        )
        .await;
    assert_eq!(erased.status(), 204);
    assert_eq!(report(&app, &org.admin, MARCH).await, march);

    // A period with nothing: counts are 0 and every ratio is absent.
    let empty = report(&app, &org.admin, "from=2026-05-01&to=2026-05-31").await;
    assert_eq!(empty["total"]["sessions"], 0);
    for ratio in [
        "youth_led_share",
        "visits_per_session",
        "visits_per_opening_hour",
        "share_girls",
    ] {
        assert!(
            empty["total"][ratio].is_null(),
            "{ratio}: {}",
            empty["total"][ratio]
        );
    }
}

/// Whole months are read from roll-ups kept in step on every write: moving, deleting and
/// re-kinding must show in them at once, as in the days read from the sessions.
#[tokio::test]
async fn edits_deletions_and_kind_changes_show_in_whole_months_at_once() {
    let app = TestApp::spawn().await;
    let Dataset { org, sessions, .. } = build(&app).await;
    let (s5, s1) = (sessions[0], sessions[1]);
    let totals = |report: Value| {
        let total = &report["total"];
        [
            "sessions",
            "visits",
            "unique_visitors",
            "first_time_visitors",
        ]
        .map(|figure| total[figure].as_i64().unwrap())
    };
    let april = "from=2026-04-01&to=2026-04-30";

    // S1 moves from 2 March at unit A to 2 April at unit B, with Ada's check-in.
    let moved = json!({ "activity_id": org.open_b, "date": "2026-04-02", "start_time": "18:00",
        "end_time": "21:00", "youth_led": true, "youth_producers": 2, "attendance": [
            cell("girl", Some(13), Some(15), 4), cell("boy", Some(13), Some(15), 3),
            cell("not_stated", Some(16), Some(18), 1) ] });
    let path = format!("/api/v1/sessions/{s1}");
    ok_json(app.call("PUT", &path, &org.admin, Some(moved)).await, 200).await;
    // March: S2 (7 + Bo) and S3 (7); Bo was first seen in February.
    assert_eq!(totals(report(&app, &org.admin, MARCH).await), [2, 15, 1, 0]);
    // April: S4 (2) and S1 (8 + Ada), Ada now first seen on 2 April.
    assert_eq!(totals(report(&app, &org.admin, april).await), [2, 11, 1, 1]);
    let unit_b = format!("{april}&unit_ids={}", org.unit_b);
    assert_eq!(
        totals(report(&app, &org.admin, &unit_b).await),
        [2, 11, 1, 1]
    );
    let unit_a = format!("{MARCH}&unit_ids={}", org.unit_a);
    assert_eq!(
        totals(report(&app, &org.admin, &unit_a).await),
        [2, 15, 1, 0]
    );

    // Deleting S5 makes Bo's first visit 9 March.
    let path = format!("/api/v1/sessions/{s5}");
    assert_eq!(
        app.call("DELETE", &path, &org.admin, None).await.status(),
        204
    );
    let february = "from=2026-02-01&to=2026-02-28";
    assert_eq!(
        totals(report(&app, &org.admin, february).await),
        [0, 0, 0, 0]
    );
    assert_eq!(totals(report(&app, &org.admin, MARCH).await), [2, 15, 1, 1]);
    // 5 March to April's end: the days of March from the sessions, April rolled up.
    let mixed = "from=2026-03-05&to=2026-04-30";
    assert_eq!(totals(report(&app, &org.admin, mixed).await), [4, 26, 2, 2]);
    let year = "from=2026-01-01&to=2026-12-31";
    assert_eq!(totals(report(&app, &org.admin, year).await), [4, 26, 2, 2]);

    // The group becomes an open activity: its 90 minutes count as opening hours.
    set_activity(&app, &org, org.group_a, json!({ "kind": "open" })).await;
    let march = report(&app, &org.admin, MARCH).await;
    assert_close(&march["total"]["opening_hours"], 5.0, "opening hours");
    assert_close(&march["total"]["group_hours"], 0.0, "group hours");

    // Sessions stored before the roll-ups existed: the server fills them once, at its start.
    let whole_year = report(&app, &org.admin, year).await;
    let filled = app
        .db(|conn| {
            use diesel::connection::SimpleConnection;
            conn.batch_execute(
                "DELETE FROM monthly_sessions; DELETE FROM monthly_attendance; \
                 DELETE FROM monthly_visitors; DELETE FROM organisation_sessions; \
                 DELETE FROM organisation_attendance; DELETE FROM organisation_visitors; \
                 DELETE FROM first_visits; UPDATE rollups_state SET filled = FALSE",
            )
            .unwrap();
            let filled = rollups::fill_once(conn).unwrap();
            (filled, rollups::fill_once(conn).unwrap())
        })
        .await;
    assert_eq!(filled, (true, false), "filled once, then left alone");
    assert_eq!(report(&app, &org.admin, year).await, whole_year);
}

#[tokio::test]
async fn custom_age_bands_never_split_or_drop_a_row() {
    let app = TestApp::spawn().await;
    let Dataset { org, .. } = build(&app).await;
    // Estonia's 7–26: the 6–12 row straddles 7; everything else with an age lies inside.
    let estonia = report(&app, &org.admin, &format!("{MARCH}&bands=7-12,13-26")).await;
    assert_eq!(
        estonia["total"]["visits_by_age"],
        json!({ "bands": [ { "min": 7, "max": 12, "visits": 0 }, { "min": 13, "max": 26, "visits": 16 } ],
                "unbanded": 6, "outside": 0, "unknown": 2 })
    );
    // Latvia's 13–25: the 6–12 row lies wholly outside.
    let latvia = report(&app, &org.admin, &format!("{MARCH}&bands=13-25")).await;
    assert_eq!(
        latvia["total"]["visits_by_age"],
        json!({ "bands": [ { "min": 13, "max": 25, "visits": 16 } ],
                "unbanded": 0, "outside": 6, "unknown": 2 })
    );
    // Finland's 0–28 and Latvia's 13–25 in one request: a row counts in every band that
    // wholly holds it, so the two bands overlap as the two countries' figures do.
    let both = report(&app, &org.admin, &format!("{MARCH}&bands=0-28,13-25")).await;
    assert_eq!(
        both["total"]["visits_by_age"],
        json!({ "bands": [ { "min": 0, "max": 28, "visits": 22 }, { "min": 13, "max": 25, "visits": 16 } ],
                "unbanded": 0, "outside": 0, "unknown": 2 })
    );
    for wrong in ["13-7", "7-12,7-12", "x"] {
        let refused = app
            .call(
                "GET",
                &format!("/api/v1/reports?{MARCH}&bands={wrong}"),
                &org.admin,
                None,
            )
            .await;
        assert_eq!(
            field_paths(&expect_error(refused, 422, "validation_failed").await),
            ["bands"]
        );
    }
}

#[tokio::test]
async fn filters_and_groupings_match_the_hand_counted_figures() {
    let app = TestApp::spawn().await;
    let Dataset {
        org,
        sport,
        culture,
        ..
    } = build(&app).await;
    let total = |report: &Value| {
        (
            report["total"]["sessions"].clone(),
            report["total"]["visits"].clone(),
        )
    };
    let rows = |report: &Value| -> Vec<(String, i64, i64)> {
        report["groups"]
            .as_array()
            .unwrap()
            .iter()
            .map(|group| {
                (
                    group["label"].as_str().unwrap().to_owned(),
                    group["figures"]["sessions"].as_i64().unwrap(),
                    group["figures"]["visits"].as_i64().unwrap(),
                )
            })
            .collect()
    };
    let filtered = |filter: String| {
        let (app, token) = (&app, org.admin.clone());
        async move { report(app, &token, &format!("{MARCH}&{filter}")).await }
    };
    assert_eq!(
        total(&filtered("kind=group".into()).await),
        (json!(1), json!(7))
    );
    assert_eq!(
        total(&filtered(format!("activity_id={}", org.open_a)).await),
        (json!(2), json!(17))
    );
    assert_eq!(
        total(&filtered(format!("topic_id={culture}")).await),
        (json!(1), json!(7))
    );
    assert_eq!(
        total(&filtered(format!("topic_id={sport}")).await),
        (json!(3), json!(24))
    );
    assert_eq!(
        total(&filtered("delivery_mode=digital".into()).await),
        (json!(0), json!(0))
    );
    assert_eq!(
        total(&filtered(format!("unit_ids={}", org.unit_b)).await),
        (json!(0), json!(0))
    );

    let by_kind = filtered("group_by=kind".into()).await;
    assert_eq!(
        rows(&by_kind),
        [("group".into(), 1, 7), ("open".into(), 2, 17)]
    );
    assert_close(
        &by_kind["groups"][1]["figures"]["opening_hours"],
        6.5,
        "open rows' hours",
    );
    assert_close(
        &by_kind["groups"][0]["figures"]["group_hours"],
        1.5,
        "group rows' hours",
    );

    // A session counts under each of its activity's topics; the total counts it once.
    let by_topic = filtered("group_by=topic".into()).await;
    assert_eq!(
        rows(&by_topic),
        [("Culture".into(), 1, 7), ("Sport".into(), 3, 24)]
    );
    assert_eq!(total(&by_topic), (json!(3), json!(24)));

    let spring = "from=2026-02-01&to=2026-04-30";
    let by_unit = report(&app, &org.admin, &format!("{spring}&group_by=unit")).await;
    assert_eq!(rows(&by_unit), [("A".into(), 4, 26), ("B".into(), 1, 2)]);

    // By month, first-time visitors are those first seen in that month: Bo in February,
    // Ada in March.
    let by_month = report(&app, &org.admin, &format!("{spring}&group_by=month")).await;
    assert_eq!(
        rows(&by_month),
        [
            ("2026-02".into(), 1, 2),
            ("2026-03".into(), 3, 24),
            ("2026-04".into(), 1, 2)
        ]
    );
    let visitors: Vec<(i64, i64)> = by_month["groups"]
        .as_array()
        .unwrap()
        .iter()
        .map(|group| {
            (
                group["figures"]["unique_visitors"].as_i64().unwrap(),
                group["figures"]["first_time_visitors"].as_i64().unwrap(),
            )
        })
        .collect();
    assert_eq!(visitors, [(1, 1), (2, 1), (0, 0)]);
    assert_eq!(by_month["total"]["first_time_visitors"], 2);
    // Every month of the period, also those without sessions: zero counts, no ratios.
    let longer = report(
        &app,
        &org.admin,
        "from=2026-01-15&to=2026-05-02&group_by=month",
    )
    .await;
    assert_eq!(
        rows(&longer),
        [
            ("2026-01".into(), 0, 0),
            ("2026-02".into(), 1, 2),
            ("2026-03".into(), 3, 24),
            ("2026-04".into(), 1, 2),
            ("2026-05".into(), 0, 0)
        ]
    );
    let january = &longer["groups"][0]["figures"];
    assert_eq!(january["visits_per_session"], Value::Null);
    assert_eq!(january["share_girls"], Value::Null);
    assert_eq!(january["activity_hours"], 0.0);

    // A viewer of unit A gets unit A's figures without asking.
    let viewer = report(&app, &org.viewer_a, spring).await;
    assert_eq!(total(&viewer), (json!(4), json!(26)));

    // A period starting mid-month: Ada, first seen on 2 March, checks in again on the 15th;
    // from the 5th she is no first-timer, in the total or in March's row.
    let group_sessions = app
        .call(
            "GET",
            &format!("/api/v1/sessions?activity_id={}", org.group_a),
            &org.admin,
            None,
        )
        .await;
    let s3 = ok_json(group_sessions, 200).await["items"][0]["id"]
        .as_i64()
        .unwrap();
    check_in_by_staff(&app, &org.admin, SessionId(s3), "Ada").await;
    let mid = report(
        &app,
        &org.admin,
        "from=2026-03-05&to=2026-03-31&group_by=month",
    )
    .await;
    assert_eq!(mid["total"]["unique_visitors"], 2);
    assert_eq!(mid["total"]["first_time_visitors"], 0);
    assert_eq!(mid["groups"][0]["figures"]["first_time_visitors"], 0);
}

#[tokio::test]
async fn the_qualitative_record_lists_notes_and_answers_by_activity_and_finds_text() {
    let app = TestApp::spawn().await;
    let org = Org::build(&app).await;
    let question = app
        .call(
            "POST",
            "/api/v1/reflection-questions",
            &org.admin,
            Some(json!({ "text": "What did they influence?", "activity_kinds": ["open"] })),
        )
        .await;
    let question = ok_json(question, 201).await["id"].as_i64().unwrap();
    let sessions = [
        (
            org.open_a,
            "2026-03-02",
            "Pancake night, 100% planned by them",
            Some("The menu"),
        ),
        (org.open_a, "2026-03-05", "", None),
        (
            org.group_a,
            "2026-03-03",
            "Quiet group evening, Ärger about the room",
            None,
        ),
        (org.open_b, "2026-03-04", "Harbour games", None),
        (org.open_a, "2026-04-02", "April, outside the period", None),
    ];
    let mut ids = Vec::new();
    for (activity, date, notes, answer) in sessions {
        let answers: Vec<Value> = answer
            .map(|answer| json!({ "question_id": question, "answer": answer }))
            .into_iter()
            .collect();
        let body = json!({ "activity_id": activity, "date": date, "start_time": "18:00",
                           "end_time": "20:00", "notes": notes, "reflection_answers": answers });
        ids.push(
            ok_json(log(&app, &org.admin, &body).await, 201).await["id"]
                .as_i64()
                .unwrap(),
        );
    }
    let record = |token: String, query: &str| {
        let (app, path) = (&app, format!("/api/v1/reports/record?{MARCH}{query}"));
        async move { ok_json(app.call("GET", &path, &token, None).await, 200).await }
    };
    let sessions_by_activity = |record: &Value| -> Vec<(ActivityId, Vec<i64>)> {
        record["activities"]
            .as_array()
            .unwrap()
            .iter()
            .map(|activity| {
                let entries = activity["entries"].as_array().unwrap();
                (
                    id_of(&activity["activity_id"]),
                    entries
                        .iter()
                        .map(|e| e["session_id"].as_i64().unwrap())
                        .collect(),
                )
            })
            .collect()
    };

    // A session with neither notes nor answers, and April's, are not in March's record.
    let all = record(org.admin.clone(), "").await;
    assert_eq!(
        sessions_by_activity(&all),
        [
            (org.open_a, vec![ids[0]]),
            (org.group_a, vec![ids[2]]),
            (org.open_b, vec![ids[3]])
        ]
    );
    assert_eq!(
        all["activities"][0]["entries"][0]["answers"],
        json!([{ "question": "What did they influence?", "answer": "The menu" }])
    );
    assert_eq!(all["total"], 3);
    assert!(all["next_cursor"].is_null());
    // A page at a time: two entries, then the third, the same as all at once.
    let first = record(org.admin.clone(), "&limit=2").await;
    assert_eq!(first["total"], 3);
    let cursor = first["next_cursor"].as_i64().unwrap();
    let second = record(org.admin.clone(), &format!("&limit=2&cursor={cursor}")).await;
    assert!(second["next_cursor"].is_null());
    let mut paged = sessions_by_activity(&first);
    paged.extend(sessions_by_activity(&second));
    assert_eq!(paged, sessions_by_activity(&all));
    // No request names more than ten years, nor more than 200 entries a page.
    for (query, field) in [
        ("from=2016-01-01&to=2026-03-31", "to"),
        ("from=2026-03-01&to=2026-03-31&limit=201", "limit"),
    ] {
        let path = format!("/api/v1/reports/record?{query}");
        let refused = app.call("GET", &path, &org.admin, None).await;
        let body = expect_error(refused, 422, "validation_failed").await;
        assert_eq!(body["fields"][0]["path"], field, "{query}");
    }
    // Text is found in notes and answers, ignoring case; % and _ are taken literally.
    for (q, expected) in [
        ("PANCAKE", vec![ids[0]]),
        ("menu", vec![ids[0]]),
        ("100%25", vec![ids[0]]),
        ("_", vec![]),
        // Exact case beyond ASCII is found on both engines.
        ("%C3%84rger", vec![ids[2]]),
    ] {
        let found = record(org.admin.clone(), &format!("&q={q}")).await;
        let sessions: Vec<i64> = sessions_by_activity(&found)
            .into_iter()
            .flat_map(|(_, s)| s)
            .collect();
        assert_eq!(sessions, expected, "q={q}");
    }
    // A unit manager reads their units' record; viewers read none (notes are staff's).
    let theirs = record(org.manager_a.clone(), "").await;
    assert_eq!(
        sessions_by_activity(&theirs),
        [(org.open_a, vec![ids[0]]), (org.group_a, vec![ids[2]])]
    );
    let refused = app
        .call(
            "GET",
            &format!("/api/v1/reports/record?{MARCH}"),
            &org.viewer_a,
            None,
        )
        .await;
    expect_error(refused, 403, "forbidden").await;
}

#[tokio::test]
async fn seed_bench_fills_the_database_with_data_the_reports_read() {
    let app = TestApp::spawn().await;
    let scale = logbook_api::seed::bench::Scale {
        organisations: 2,
        years: 1,
    };
    let made = app
        .db(move |conn| logbook_api::seed::bench::seed(conn, scale).unwrap())
        .await;
    // 10 units × 3 activities meeting every third day for a year, per organisation.
    assert!(
        made.sessions > 2 * 30 * 120 && made.sessions < 2 * 30 * 123,
        "{made:?}"
    );
    // Two check-ins at each open session, about a third of them.
    let per_session = made.check_ins as f64 / made.sessions as f64;
    assert!((per_session - 2.0 / 3.0).abs() < 0.01, "{made:?}");
    let organisation = app
        .db(|conn| {
            logbook_api::db::queries::organisations::find_by_name(
                conn,
                &logbook_api::seed::bench::name(1),
            )
            .unwrap()
            .unwrap()
            .id
        })
        .await;
    let report = app
        .db(move |conn| {
            let today = chrono::Utc::now().date_naive();
            let selection = logbook_api::db::queries::reports::selection::Selection::period(
                organisation,
                today - chrono::Duration::days(400),
                today,
            );
            logbook_api::reports::report(conn, &selection, None, &[]).unwrap()
        })
        .await;
    assert_eq!(report.total.sessions as usize, made.sessions / 2);
    assert!(
        report.total.unique_visitors > 150,
        "{}",
        report.total.unique_visitors
    );
    let again = app
        .db(move |conn| logbook_api::seed::bench::seed(conn, scale).is_err())
        .await;
    assert!(again, "a second run on the same database is refused");
}

/// An export speaks the reader's language — `lang` when asked, else their own, else their
/// organisation's — in its header, its total and its categories.
#[tokio::test]
async fn an_export_comes_in_the_readers_language_or_the_one_asked_for() {
    let app = TestApp::spawn().await;
    let Dataset { org, .. } = build(&app).await;
    let records = |lang: &'static str| {
        let app = &app;
        let admin = org.admin.clone();
        async move {
            let path = format!("/api/v1/reports/export?{MARCH}&group_by=kind&format=csv{lang}");
            let answer = app.call("GET", &path, &admin, None).await;
            assert_eq!(answer.status(), 200);
            csv_records(&answer.text().await.unwrap())
        }
    };
    let expect = |records: &[Vec<String>], tag: &str| {
        let message = |id: &str| ftl_message(tag, id);
        assert_eq!(
            records[0][..3],
            [
                message("report-group-kind"),
                message("report-column-key"),
                message("report-figure-sessions")
            ]
        );
        let gender = message("report-figure-visits_not_stated");
        assert!(records[0].contains(&gender), "{tag}: no {gender:?}");
        let names: Vec<&str> = records[1..].iter().map(|row| row[0].as_str()).collect();
        assert_eq!(
            names,
            [
                message("report-total"),
                message("kind-group"),
                message("kind-open")
            ]
        );
    };
    // The organisation's default until the admin chooses; then theirs; `lang` above both.
    expect(&records("").await, "en");
    let chosen = json!({ "language": "fi" });
    let answer = app
        .call("PUT", "/api/v1/me/language", &org.admin, Some(chosen))
        .await;
    assert_eq!(answer.status(), 204);
    expect(&records("").await, "fi");
    expect(&records("&lang=sv").await, "sv");
    expect(&records("&lang=lv").await, "lv");
    let wrong = app
        .call(
            "GET",
            &format!("/api/v1/reports/export?{MARCH}&format=csv&lang=xx"),
            &org.admin,
            None,
        )
        .await;
    assert!(wrong.status().is_client_error());
    let body: Value = wrong.json().await.unwrap();
    assert!(body.to_string().contains("lang"), "{body}");
}

#[tokio::test]
async fn a_report_exports_as_csv_and_xlsx_with_the_same_numbers() {
    let app = TestApp::spawn().await;
    let Dataset { org, .. } = build(&app).await;
    let query = format!("{MARCH}&group_by=kind&bands=7-12,13-26");
    let json = report(&app, &org.admin, &query).await;
    let csv = app
        .call(
            "GET",
            &format!("/api/v1/reports/export?{query}&format=csv&lang=en"),
            &org.admin,
            None,
        )
        .await;
    assert_eq!(csv.status(), 200);
    assert!(
        csv.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/csv")
    );
    let text = csv.text().await.unwrap();
    let lines = csv_records(&text);
    let column = |name: &str| lines[0].iter().position(|header| header == name).unwrap();
    // The total, then the groups in the report's order.
    assert_eq!(lines[0][..3], ["Kind", "ID", "Sessions"]);
    let labels: Vec<&str> = lines[1..].iter().map(|row| row[0].as_str()).collect();
    assert_eq!(labels, ["Total", "Group", "Open activity"]);
    for (row, figures) in lines[1..].iter().zip(
        std::iter::once(&json["total"]).chain(
            json["groups"]
                .as_array()
                .unwrap()
                .iter()
                .map(|g| &g["figures"]),
        ),
    ) {
        assert_eq!(row[column("Visits")], figures["visits"].to_string());
        assert_eq!(
            row[column("Visits aged 13–26")],
            figures["visits_by_age"]["bands"][1]["visits"].to_string()
        );
        assert_eq!(
            row[column("Visits across bands")],
            figures["visits_by_age"]["unbanded"].to_string()
        );
        let hours: f64 = row[column("Activity hours")].parse().unwrap();
        assert_close(&figures["activity_hours"], hours, "activity hours");
    }
    // An absent figure is an empty cell, not 0.
    assert_eq!(
        lines[1][column("Share of non-binary")].is_empty(),
        json["total"]["share_non_binary"].is_null()
    );

    let xlsx = app
        .call(
            "GET",
            &format!("/api/v1/reports/export?{query}&format=xlsx"),
            &org.admin,
            None,
        )
        .await;
    assert_eq!(xlsx.status(), 200);
    assert!(
        xlsx.headers()["content-disposition"]
            .to_str()
            .unwrap()
            .ends_with(".xlsx\"")
    );
    let bytes = xlsx.bytes().await.unwrap();
    assert_eq!(&bytes[..4], b"PK\x03\x04", "an XLSX file is a zip archive");
    let wrong = app
        .call(
            "GET",
            &format!("/api/v1/reports/export?{MARCH}&format=pdf"),
            &org.admin,
            None,
        )
        .await;
    assert_eq!(wrong.status(), 400);
}

#[tokio::test]
async fn the_annual_report_has_the_years_figures_aims_and_the_written_analysis() {
    let app = TestApp::spawn().await;
    let Dataset { org, .. } = build(&app).await;
    let aim = json!({ "title": "More girls at the open evenings", "unit_id": null,
                      "period_from": "2026-01-01", "period_to": "2026-06-30" });
    let made = app
        .call("POST", "/api/v1/aims", &org.admin, Some(aim))
        .await;
    assert_eq!(made.status(), 201);
    let old = json!({ "title": "Last year's aim", "unit_id": null,
                      "period_from": "2025-01-01", "period_to": "2025-12-31" });
    assert_eq!(
        app.call("POST", "/api/v1/aims", &org.admin, Some(old))
            .await
            .status(),
        201
    );

    let empty = ok_json(
        app.call("GET", "/api/v1/annual-reports/2026", &org.admin, None)
            .await,
        200,
    )
    .await;
    assert_eq!(empty["analysis"], "");
    assert!(empty["analysis_updated_at"].is_null());
    let written = json!({ "analysis": "  Youth-led work grew; the group moved to Tuesdays.  " });
    let saved = app
        .call(
            "PUT",
            "/api/v1/annual-reports/2026/analysis",
            &org.admin,
            Some(written),
        )
        .await;
    assert_eq!(saved.status(), 204);
    let annual = ok_json(
        app.call("GET", "/api/v1/annual-reports/2026", &org.admin, None)
            .await,
        200,
    )
    .await;
    assert_eq!(
        annual["analysis"],
        "Youth-led work grew; the group moved to Tuesdays."
    );
    assert!(annual["analysis_updated_at"].is_string());
    let titles: Vec<&str> = annual["aims"]
        .as_array()
        .unwrap()
        .iter()
        .map(|aim| aim["title"].as_str().unwrap())
        .collect();
    assert_eq!(titles, ["More girls at the open evenings"]);
    // The year's figures are the report's, by month.
    let year = report(&app, &org.admin, "from=2026-01-01&to=2026-12-31").await;
    assert_eq!(annual["report"]["total"], year["total"]);
    let months: Vec<(String, i64)> = annual["report"]["groups"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| {
            let key = g["key"].as_str().unwrap().to_owned();
            (key, g["figures"]["sessions"].as_i64().unwrap())
        })
        .collect();
    let expected: Vec<(String, i64)> = (1..=12)
        .map(|month| {
            let sessions = match month {
                2 | 4 => 1,
                3 => 3,
                _ => 0,
            };
            (format!("2026-{month:02}"), sessions)
        })
        .collect();
    assert_eq!(
        months, expected,
        "every month of the year, also those without sessions"
    );

    // The same report as a PDF, with its title, figures, aims and analysis in it.
    let pdf = app
        .call("GET", "/api/v1/annual-reports/2026/pdf", &org.admin, None)
        .await;
    assert_eq!(pdf.status(), 200);
    assert_eq!(pdf.headers()["content-type"], "application/pdf");
    let text = pdf_text(pdf).await;
    for expected in [
        "Annual report 2026",
        "Unique visitors",
        "More girls at the open evenings",
        "Youth-led work grew; the group moved to Tuesdays.",
    ] {
        assert!(text.contains(expected), "{expected:?} is not in {text:?}");
    }

    // In the reader's language: once the admin reads Slovenian, so does their PDF.
    let chosen = json!({ "language": "sl" });
    let answer = app
        .call("PUT", "/api/v1/me/language", &org.admin, Some(chosen))
        .await;
    assert_eq!(answer.status(), 204);
    let pdf = app
        .call("GET", "/api/v1/annual-reports/2026/pdf", &org.admin, None)
        .await;
    let text = pdf_text(pdf).await;
    let message = |id: &str| ftl_message("sl", id);
    for expected in [
        message("annual-title").replace("{ $year }", "2026"),
        message("report-figure-unique_visitors"),
        // Days as Slovenian writes them.
        "1. jan. 2026".to_owned(),
    ] {
        assert!(text.contains(&expected), "{expected:?} is not in {text:?}");
    }
    assert!(
        !text.contains("Unique visitors"),
        "English left in {text:?}"
    );
    // Asked for in another language, the same PDF is Estonian.
    let pdf = app
        .call(
            "GET",
            "/api/v1/annual-reports/2026/pdf?lang=et",
            &org.admin,
            None,
        )
        .await;
    let text = pdf_text(pdf).await;
    let title = ftl_message("et", "annual-title").replace("{ $year }", "2026");
    assert!(text.contains(&title), "{title:?} is not in {text:?}");

    let refused = app
        .call(
            "PUT",
            "/api/v1/annual-reports/2026/analysis",
            &org.worker_a,
            Some(json!({ "analysis": "mine" })),
        )
        .await;
    expect_error(refused, 403, "forbidden").await;
    let wrong = app
        .call(
            "PUT",
            "/api/v1/annual-reports/2026/analysis",
            &org.admin,
            Some(json!({ "analysis": 5 })),
        )
        .await;
    assert_eq!(
        field_paths(&expect_error(wrong, 422, "validation_failed").await),
        ["analysis"]
    );
    let out_of_range = app
        .call("GET", "/api/v1/annual-reports/1999", &org.admin, None)
        .await;
    assert_eq!(
        field_paths(&expect_error(out_of_range, 422, "validation_failed").await),
        ["year"]
    );
}
