//! Writers racing each other, on both engines: two edits of one session, an edit against a
//! delete, check-ins into one session from several clients, sessions logged while their
//! activity's kind changes. No answer is a 5xx, no update is lost or mixed with another, and
//! the roll-ups the reports read equal a rebuild from the raw rows afterwards.

use logbook_api::db::queries::rollups;
use logbook_shared::sessions::Gender;
use serde_json::{Value, json};
use tokio::task::JoinSet;

use crate::support::fixtures::{Org, evening, log, ok_json, store_aliases};
use crate::support::{TestApp, merge, unique};

/// Sends every request at once; answers each one's status and body, in order.
async fn at_once(
    app: &TestApp,
    requests: Vec<(&str, String, String, Option<Value>)>,
) -> Vec<(u16, Value)> {
    let mut running = JoinSet::new();
    for (index, (method, path, token, body)) in requests.into_iter().enumerate() {
        let (client, url) = (app.client.clone(), app.url(&path));
        let method = reqwest::Method::from_bytes(method.as_bytes()).unwrap();
        running.spawn(async move {
            let mut request = client
                .request(method, url)
                .bearer_auth(token)
                .header("Idempotency-Key", unique());
            if let Some(body) = body {
                request = request.json(&body);
            }
            let response = request.send().await.unwrap();
            let status = response.status().as_u16();
            let text = response.text().await.unwrap();
            (
                index,
                status,
                serde_json::from_str(&text).unwrap_or(Value::Null),
            )
        });
    }
    let mut answers = running.join_all().await;
    answers.sort_by_key(|(index, _, _)| *index);
    answers
        .into_iter()
        .map(|(_, status, body)| (status, body))
        .collect()
}

fn no_server_error(answers: &[(u16, Value)], what: &str) {
    for (status, body) in answers {
        assert!(*status < 500, "{what}: {status} {body}");
    }
}

async fn report(app: &TestApp, token: &str, query: &str) -> Value {
    let path = format!("/api/v1/reports?from=2026-01-01&to=2026-12-31{query}");
    ok_json(app.call("GET", &path, token, None).await, 200).await
}

#[tokio::test]
async fn racing_writers_never_fail_or_lose_an_update_and_roll_ups_stay_true() {
    let app = TestApp::spawn().await;
    let org = Org::build(&app).await;
    let day = |date: &str| merge(evening(org.open_a), json!({ "date": date }));
    let id = ok_json(log(&app, &org.worker_a, &day("2026-03-02")).await, 201).await["id"]
        .as_i64()
        .unwrap();
    let path = format!("/api/v1/sessions/{id}");

    // Edits of one session at once: each wins whole or not at all.
    let edits: Vec<Value> = (0..6)
        .map(|n| {
            merge(
                day("2026-03-02"),
                json!({ "notes": format!("Edit {n}"), "staff_count": n,
                        "attendance": [{ "gender": "girl", "age_min": 13, "age_max": 15, "count": n + 1 }] }),
            )
        })
        .collect();
    let answers = at_once(
        &app,
        edits
            .iter()
            .map(|edit| {
                (
                    "PUT",
                    path.clone(),
                    org.worker_a.clone(),
                    Some(edit.clone()),
                )
            })
            .collect(),
    )
    .await;
    no_server_error(&answers, "racing edits");
    assert!(
        answers.iter().all(|(status, _)| *status == 200),
        "{answers:?}"
    );
    let last = ok_json(app.call("GET", &path, &org.worker_a, None).await, 200).await;
    let n = last["staff_count"].as_i64().unwrap();
    assert_eq!(
        last["notes"],
        format!("Edit {n}"),
        "one edit, whole: {last}"
    );
    assert_eq!(last["visits"], n + 1, "one edit, whole: {last}");

    // Check-ins from several clients into that session.
    let people: &'static [(&str, i32, Gender)] = &[
        ("Alder", 2012, Gender::Girl),
        ("Birch", 2011, Gender::Boy),
        ("Cedar", 2013, Gender::NonBinary),
        ("Dogwood", 2012, Gender::Girl),
        ("Elm", 2010, Gender::Boy),
    ];
    store_aliases(&app, org.organisation, people).await;
    let check_ins = format!("{path}/check-ins");
    let answers = at_once(
        &app,
        people
            .iter()
            .map(|(alias, _, _)| {
                let body = json!({ "alias": alias });
                ("POST", check_ins.clone(), org.worker_a.clone(), Some(body))
            })
            .collect(),
    )
    .await;
    no_server_error(&answers, "racing check-ins");
    assert!(
        answers.iter().all(|(status, _)| *status == 201),
        "{answers:?}"
    );
    let listed = ok_json(app.call("GET", &check_ins, &org.worker_a, None).await, 200).await;
    assert_eq!(listed.as_array().unwrap().len(), people.len());
    let visits =
        ok_json(app.call("GET", &path, &org.worker_a, None).await, 200).await["visits"].clone();
    assert_eq!(visits, n + 1 + people.len() as i64);

    // An edit against a delete: the delete wins or the edit lands first; never both halves.
    let doomed = ok_json(log(&app, &org.worker_a, &day("2026-04-06")).await, 201).await["id"]
        .as_i64()
        .unwrap();
    let doomed_path = format!("/api/v1/sessions/{doomed}");
    let edit = merge(day("2026-04-06"), json!({ "notes": "Too late?" }));
    let answers = at_once(
        &app,
        vec![
            ("PUT", doomed_path.clone(), org.worker_a.clone(), Some(edit)),
            ("DELETE", doomed_path.clone(), org.manager_a.clone(), None),
        ],
    )
    .await;
    no_server_error(&answers, "an edit against a delete");
    assert!([200, 404].contains(&answers[0].0), "{answers:?}");
    assert_eq!(answers[1].0, 204, "{answers:?}");
    let gone = app.call("GET", &doomed_path, &org.worker_a, None).await;
    assert_eq!(gone.status(), 404);

    // Sessions logged while their activity's kind changes back and forth.
    let activity_path = format!("/api/v1/activities/{}", org.open_a);
    let activity = ok_json(app.call("GET", &activity_path, &org.admin, None).await, 200).await;
    let mut requests = Vec::new();
    for (n, kind) in ["group", "open", "group", "open"].iter().enumerate() {
        let changed = merge(activity.clone(), json!({ "kind": kind }));
        requests.push((
            "PUT",
            activity_path.clone(),
            org.admin.clone(),
            Some(changed),
        ));
        let logged = day(&format!("2026-05-{:02}", n + 4));
        requests.push((
            "POST",
            "/api/v1/sessions".to_owned(),
            org.worker_a.clone(),
            Some(logged),
        ));
    }
    let answers = at_once(&app, requests).await;
    no_server_error(&answers, "sessions during kind changes");
    assert!(
        answers
            .iter()
            .all(|(status, _)| [200, 201].contains(status)),
        "{answers:?}"
    );

    // The roll-ups the reports read are what a rebuild from the raw rows gives.
    let queries = ["", "&group_by=month", "&group_by=kind", "&group_by=unit"];
    let mut before = Vec::new();
    for query in queries {
        before.push(report(&app, &org.admin, query).await);
    }
    let organisation = org.organisation;
    app.db(move |conn| rollups::rebuild(conn, organisation).unwrap())
        .await;
    for (query, earlier) in queries.iter().zip(before) {
        assert_eq!(
            report(&app, &org.admin, query).await,
            earlier,
            "report{query}"
        );
    }
}
