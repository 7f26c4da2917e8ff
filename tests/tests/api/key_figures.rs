//! Per-capita and cost figures (SPEC 8): residents by age and yearly key figures entered by the
//! organisation; visits per 1,000 residents and cost per visit, for the organisation and in a
//! network's statistics — figures counted by hand below.

use serde_json::{Value, json};

use crate::support::fixtures::{Org, cell, log, new_network, ok_json};
use crate::support::{TestApp, expect_error};

/// Ages 6–20, 100 residents each (1,500); a cost of 150,000.
fn figures() -> Value {
    let population: Vec<Value> = (6..=20)
        .map(|age| json!({ "age": age, "residents": 100 }))
        .collect();
    json!({ "population": population, "cost": 150_000, "staff": 4.5, "opening_weeks": 44 })
}

/// 20 girls 13–15, 10 boys 16–18, 5 not stated 25–29, 3 non-binary 19–24: 38 visits, 30 of
/// them aged 6–20.
async fn log_visits(app: &TestApp, org: &Org) {
    let body = json!({ "activity_id": org.open_a, "date": "2026-03-10", "start_time": "18:00",
        "end_time": "20:00", "attendance": [
            cell("girl", Some(13), Some(15), 20), cell("boy", Some(16), Some(18), 10),
            cell("not_stated", Some(25), Some(29), 5), cell("non_binary", Some(19), Some(24), 3) ] });
    ok_json(log(app, &org.admin, &body).await, 201).await;
}

fn close(value: &Value, expected: f64) {
    let actual = value
        .as_f64()
        .unwrap_or_else(|| panic!("not a number: {value}"));
    assert!((actual - expected).abs() < 1e-9, "{actual} ≠ {expected}");
}

#[tokio::test]
async fn an_organisation_gets_visits_per_1000_residents_and_cost_per_visit() {
    let app = TestApp::spawn().await;
    let org = Org::build(&app).await;
    log_visits(&app, &org).await;
    let path = "/api/v1/key-figures/2026";
    let saved = app.call("PUT", path, &org.admin, Some(figures())).await;
    assert_eq!(saved.status(), 204);
    let read = ok_json(app.call("GET", path, &org.viewer_a, None).await, 200).await;
    assert_eq!(read["population"].as_array().unwrap().len(), 15);
    assert_eq!(read["staff"], 4.5);

    let rates = ok_json(
        app.call("GET", "/api/v1/key-figures/2026/rates", &org.admin, None)
            .await,
        200,
    )
    .await;
    assert_eq!(rates["residents"], 1500);
    assert_eq!(rates["visits_in_ages"], 30);
    close(&rates["visits_per_1000_residents"], 20.0);
    assert_eq!(rates["visits"], 38);
    close(&rates["cost_per_visit"], 150_000.0 / 38.0);
    // 13–15: 20 visits among 300 residents.
    let teens = ok_json(
        app.call(
            "GET",
            "/api/v1/key-figures/2026/rates?ages=13-15",
            &org.admin,
            None,
        )
        .await,
        200,
    )
    .await;
    close(&teens["visits_per_1000_residents"], 20.0 * 1000.0 / 300.0);

    // Bad input names the field; a unit's youth worker gets no municipality-wide rate.
    let twice =
        json!({ "population": [{ "age": 6, "residents": 1 }, { "age": 6, "residents": 2 }] });
    let refused = app.call("PUT", path, &org.admin, Some(twice)).await;
    let body = expect_error(refused, 422, "validation_failed").await;
    assert_eq!(body["fields"][0]["path"], "population[1].age");
    let refused = app
        .call(
            "GET",
            "/api/v1/key-figures/2026/rates?ages=20-6",
            &org.admin,
            None,
        )
        .await;
    expect_error(refused, 422, "validation_failed").await;
    let refused = app
        .call("GET", "/api/v1/key-figures/2026/rates", &org.worker_a, None)
        .await;
    expect_error(refused, 403, "forbidden").await;
}

#[tokio::test]
async fn a_network_gets_the_same_rates_and_none_that_give_a_small_count_away() {
    let app = TestApp::spawn().await;
    let org = Org::build(&app).await;
    log_visits(&app, &org).await;
    let saved = app
        .call(
            "PUT",
            "/api/v1/key-figures/2026",
            &org.admin,
            Some(figures()),
        )
        .await;
    assert_eq!(saved.status(), 204);
    let (network, admin) = new_network(&app).await;
    let invited = ok_json(
        app.call(
            "POST",
            &format!("/api/v1/networks/{network}/invitations"),
            &admin,
            Some(json!({ "organisation_id": org.organisation })),
        )
        .await,
        201,
    )
    .await;
    let accept = format!("/api/v1/network-memberships/{}/accept", invited["id"]);
    ok_json(app.call("POST", &accept, &org.admin, None).await, 200).await;

    let pull = |query: &str| {
        let path = format!("/api/v1/networks/{network}/statistics?{query}");
        let (app, admin) = (&app, admin.clone());
        async move { ok_json(app.call("GET", &path, &admin, None).await, 200).await }
    };
    let year = pull("from=2026-01-01&to=2026-12-31&group_by=organisation").await;
    let column = |statistics: &Value, name: &str| {
        statistics["columns"]
            .as_array()
            .unwrap()
            .iter()
            .position(|column| column == name)
            .unwrap_or_else(|| panic!("no column {name}"))
    };
    let rate = column(&year, "visits_per_1000_residents_6_20");
    let cost = column(&year, "cost_per_visit");
    let visits = column(&year, "visits");
    // Network figures are made of perturbed counts (docs/statistics-protection.md): 30 visits
    // aged 6–20 become 28 to 32, the same in the member's row as in the total (the same
    // records), and cost per visit divides by the visits shown.
    let rows = year["rows"].as_array().unwrap();
    assert_eq!(rows[0]["values"], rows[1]["values"]);
    for row in rows {
        let in_ages = row["values"][rate].as_f64().unwrap() * 1500.0 / 1000.0;
        assert!(
            (in_ages - in_ages.round()).abs() < 1e-9 && (28.0..=32.0).contains(&in_ages),
            "{in_ages} visits aged 6-20"
        );
        let shown = row["values"][visits].as_f64().unwrap();
        assert!((36.0..=40.0).contains(&shown), "{shown} visits");
        close(&row["values"][cost], 150_000.0 / shown);
    }
    // March alone carries March's share of the year's cost.
    let march = pull("from=2026-03-01&to=2026-03-31").await;
    let shown = march["rows"][0]["values"][visits].as_f64().unwrap();
    close(
        &march["rows"][0]["values"][cost],
        150_000.0 * 31.0 / 365.0 / shown,
    );
    // The rate's ages are the network's fixed grain: asking for others is refused.
    let other_ages =
        format!("/api/v1/networks/{network}/statistics?from=2026-01-01&to=2026-12-31&ages=19-24");
    let refused = app.call("GET", &other_ages, &admin, None).await;
    let body = expect_error(refused, 422, "validation_failed").await;
    assert_eq!(body["fields"][0]["path"], "ages");
    // Its grains are fixed now that figures were pulled: another age range would let the
    // two rates be subtracted.
    let path = format!("/api/v1/networks/{network}/settings");
    let regrain = json!({ "min_cell": 5, "rate_ages": { "min": 19, "max": 24 } });
    let refused = app.call("PUT", &path, &admin, Some(regrain.clone())).await;
    expect_error(refused, 409, "conflict").await;
    // A network counting 19–24 from the start: three visits would be worked out from their
    // rate: hidden.
    let (counting, its_admin) = new_network(&app).await;
    let its_path = format!("/api/v1/networks/{counting}/settings");
    let set = ok_json(
        app.call("PUT", &its_path, &its_admin, Some(regrain)).await,
        200,
    )
    .await;
    assert_eq!(set["rate_ages"], json!({ "min": 19, "max": 24 }));
    crate::networks::join(&app, counting, &its_admin, &org).await;
    let small =
        crate::networks::statistics(&app, counting, &its_admin, "from=2026-01-01&to=2026-12-31")
            .await;
    let small_rate = column(&small, "visits_per_1000_residents_19_24");
    assert!(small["rows"][0]["values"][small_rate].is_null());
    assert!(
        small["rows"][0]["suppressed"]
            .as_array()
            .unwrap()
            .contains(&json!("visits_per_1000_residents_19_24"))
    );
}
