//! Issue 18, item 2: whatever sequence of writes an organisation makes — sessions created,
//! edited (date — also within its month —, activity, unit, attendance) and deleted, young people checked in, aliases
//! erased, activities changing kind — every report roll-up row stays exactly what a rebuild
//! from the raw rows gives. The sequences are random but fixed by their seeds.

use diesel::RunQueryDsl;
use logbook_api::db::queries::rollup_drift;
use logbook_shared::ids::{ActivityId, SessionId};
use logbook_shared::sessions::Gender;
use logbook_shared::structure::{ActivityInput, ActivityKind};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use serde_json::{Value, json};

use crate::support::fixtures::{Org, log, store_alias};
use crate::support::{TestApp, id_of, unique};

const SEEDS: u64 = 4;
const STEPS: usize = 120;
/// The organisation's entry bands (the defaults), and age unknown.
const BANDS: [(Option<i32>, Option<i32>); 4] = [
    (Some(6), Some(12)),
    (Some(13), Some(15)),
    (Some(16), Some(18)),
    (None, None),
];
const GENDERS: [&str; 4] = ["girl", "boy", "non_binary", "not_stated"];
const KINDS: [ActivityKind; 4] = [
    ActivityKind::Open,
    ActivityKind::Group,
    ActivityKind::Event,
    ActivityKind::Outreach,
];

#[tokio::test]
async fn roll_ups_equal_a_rebuild_after_any_sequence_of_writes() {
    let app = TestApp::spawn().await;
    let org = Org::build(&app).await;
    let activities = [org.open_a, org.group_a, org.open_b];
    let mut aliases = Vec::new();
    for _ in 0..6 {
        aliases.push(new_alias(&app, &org).await);
    }
    for seed in 0..SEEDS {
        let mut random = StdRng::seed_from_u64(seed);
        let mut sessions: Vec<SessionId> = Vec::new();
        for step in 0..STEPS {
            let context = format!("seed {seed}, step {step}");
            match random.random_range(0..11) {
                0..=2 => {
                    let body = session(&mut random, &activities);
                    let answer = log(&app, &org.admin, &body).await;
                    let status = answer.status();
                    let created: Value = answer.json().await.unwrap();
                    assert_eq!(status, 201, "{context}: create: {created}");
                    sessions.push(id_of(&created["id"]));
                }
                3 | 4 if !sessions.is_empty() => {
                    let id = sessions[random.random_range(0..sessions.len())];
                    let body = session(&mut random, &activities);
                    let path = format!("/api/v1/sessions/{id}");
                    let answer = app.call("PUT", &path, &org.admin, Some(body)).await;
                    assert_eq!(answer.status(), 200, "{context}: edit");
                }
                5 if !sessions.is_empty() => {
                    let id = sessions.swap_remove(random.random_range(0..sessions.len()));
                    let path = format!("/api/v1/sessions/{id}");
                    let answer = app.call("DELETE", &path, &org.admin, None).await;
                    assert_eq!(answer.status(), 204, "{context}: delete");
                }
                6 | 7 if !sessions.is_empty() => {
                    let id = sessions[random.random_range(0..sessions.len())];
                    let (_, alias) = &aliases[random.random_range(0..aliases.len())];
                    let path = format!("/api/v1/sessions/{id}/check-ins");
                    let answer = app
                        .call("POST", &path, &org.admin, Some(json!({ "alias": alias })))
                        .await;
                    // A second check-in of the same alias answers the first.
                    assert!(
                        [200, 201].contains(&answer.status().as_u16()),
                        "{context}: check-in answered {}",
                        answer.status()
                    );
                }
                8 => {
                    let activity = activities[random.random_range(0..activities.len())];
                    change_kind(&app, &org, activity, KINDS[random.random_range(0..4)]).await;
                }
                9 => {
                    let erased = random.random_range(0..aliases.len());
                    let (id, _) = aliases[erased].clone();
                    let path = format!("/api/v1/aliases/{id}");
                    let answer = app.call("DELETE", &path, &org.admin, None).await;
                    assert_eq!(answer.status(), 204, "{context}: erase");
                    aliases[erased] = new_alias(&app, &org).await;
                }
                10 if !sessions.is_empty() => {
                    // The same session on another day of its month: only first visits move.
                    let id = sessions[random.random_range(0..sessions.len())];
                    let path = format!("/api/v1/sessions/{id}");
                    let mut body: Value = app
                        .get_with_token(&path, &org.admin)
                        .await
                        .json()
                        .await
                        .unwrap();
                    let date = body["date"].as_str().unwrap();
                    // The first or the last days: likeliest to make or end someone's first visit.
                    let day = [1, 2, 27, 28][random.random_range(0..4)];
                    let day = format!("{}{day:02}", &date[..8]);
                    body["date"] = json!(day);
                    let answer = app.call("PUT", &path, &org.admin, Some(body)).await;
                    assert_eq!(answer.status(), 200, "{context}: move within the month");
                }
                _ => {}
            }
        }
        let organisation = org.organisation;
        let drift = app
            .db(move |conn| rollup_drift::drift(conn, organisation).unwrap())
            .await;
        assert!(drift.is_empty(), "seed {seed}: {drift:#?}");
    }

    // And the check sees drift: one session too many in one month.
    let organisation = org.organisation;
    let drift = app
        .db(move |conn| {
            diesel::sql_query(
                "UPDATE monthly_sessions SET sessions = sessions + 1 \
                 WHERE date = (SELECT MIN(date) FROM monthly_sessions)",
            )
            .execute(conn)
            .unwrap();
            rollup_drift::drift(conn, organisation).unwrap()
        })
        .await;
    let tables: Vec<&str> = drift.iter().map(|drift| drift.table).collect();
    assert_eq!(tables, ["monthly_sessions"]);
    // Each changed row is one stored that a rebuild does not make, and one it makes instead.
    assert!(!drift[0].extra.is_empty());
    assert_eq!(drift[0].extra.len(), drift[0].missing.len());
}

/// A session at a random activity on a random day of four months across a new year, with
/// random attendance.
fn session(random: &mut StdRng, activities: &[ActivityId]) -> Value {
    let day = chrono::NaiveDate::from_ymd_opt(2025, 11, 1).unwrap()
        + chrono::Days::new(random.random_range(0..120));
    let mut cells = Vec::new();
    for (low, high) in BANDS {
        if random.random_bool(0.5) {
            let gender = GENDERS[random.random_range(0..4)];
            let count = random.random_range(0..6);
            cells
                .push(json!({ "gender": gender, "age_min": low, "age_max": high, "count": count }));
        }
    }
    json!({
        "activity_id": activities[random.random_range(0..activities.len())],
        "date": day, "start_time": "17:00", "end_time": format!("{}:00", random.random_range(18..22)),
        "attendance": cells, "youth_led": random.random_bool(0.3),
        "youth_producers": random.random_range(0..3), "staff_count": 1, "volunteer_count": 0,
        "notes": ""
    })
}

async fn change_kind(app: &TestApp, org: &Org, activity: ActivityId, kind: ActivityKind) {
    let path = format!("/api/v1/activities/{activity}");
    let current: Value = app
        .get_with_token(&path, &org.admin)
        .await
        .json()
        .await
        .unwrap();
    let mut input = ActivityInput::new(id_of(&current["unit_id"]), "Activity", kind);
    input.name = current["name"].as_str().unwrap().to_owned();
    let answer = app
        .call(
            "PUT",
            &path,
            &org.admin,
            Some(serde_json::to_value(input).unwrap()),
        )
        .await;
    assert_eq!(answer.status(), 200, "kind change");
}

/// A new alias of the organisation: its id and its text.
async fn new_alias(app: &TestApp, org: &Org) -> (i64, String) {
    let text = format!("Visitor {}", unique());
    let (organisation, stored) = (org.organisation, text.clone());
    let id = app
        .db(move |conn| store_alias(conn, organisation, (&stored, 2010, Gender::Girl)).get())
        .await;
    (id, text)
}
