//! Partner networks (SPEC 8): membership by invitation, statistics with small cells
//! suppressed (hand-built data at the threshold), CSV equal to JSON, the log of pulls, and
//! that a network sees its members' figures only.

use logbook_shared::ids::{NetworkId, OrganisationId, SessionId};
use logbook_shared::sessions::Gender;
use serde_json::{Value, json};

use crate::support::fixtures::{
    Org, cell, check_in_by_staff, log, new_network, ok_json, store_aliases,
};
use crate::support::{TestApp, csv_records, expect_error, ftl_message, id_of};

/// Invites the organisation and has its admin accept; answers the membership.
pub(crate) async fn join(
    app: &TestApp,
    network: NetworkId,
    network_admin: &str,
    org: &Org,
) -> Value {
    let invited = ok_json(
        app.call(
            "POST",
            &format!("/api/v1/networks/{network}/invitations"),
            network_admin,
            Some(json!({ "organisation_id": org.organisation })),
        )
        .await,
        201,
    )
    .await;
    assert_eq!(invited["status"], "invited");
    let path = format!("/api/v1/network-memberships/{}/accept", invited["id"]);
    ok_json(app.call("POST", &path, &org.admin, None).await, 200).await
}

/// The network's log of pulls, as its admin reads it.
pub(crate) async fn network_pulls(app: &TestApp, network: NetworkId, admin: &str) -> Value {
    let path = format!("/api/v1/networks/{network}/pulls");
    ok_json(app.call("GET", &path, admin, None).await, 200).await
}

pub(crate) async fn statistics(
    app: &TestApp,
    network: NetworkId,
    token: &str,
    query: &str,
) -> Value {
    let path = format!("/api/v1/networks/{network}/statistics?{query}");
    ok_json(app.call("GET", &path, token, None).await, 200).await
}

pub(crate) async fn session(
    app: &TestApp,
    org: &Org,
    date: &str,
    attendance: Vec<Value>,
) -> SessionId {
    let body = json!({ "activity_id": org.open_a, "date": date, "start_time": "18:00",
                       "end_time": "20:00", "attendance": attendance });
    id_of(&ok_json(log(app, &org.admin, &body).await, 201).await["id"])
}

/// A figure of a row by column name (`null` when suppressed or absent).
pub(crate) fn figure<'a>(statistics: &'a Value, row: usize, column: &str) -> &'a Value {
    let index = statistics["columns"]
        .as_array()
        .unwrap()
        .iter()
        .position(|name| name == column)
        .unwrap_or_else(|| panic!("no column {column}"));
    &statistics["rows"][row]["values"][index]
}

/// A perturbed count of `truth`: a whole number in `range`.
pub(crate) fn assert_within(shown: &Value, truth: i64, range: std::ops::RangeInclusive<i64>) {
    let shown = shown
        .as_i64()
        .unwrap_or_else(|| panic!("{shown} is no count"));
    assert!(range.contains(&shown), "{shown} shown for {truth}");
}

pub(crate) fn suppressed(statistics: &Value, row: usize, column: &str) -> bool {
    statistics["rows"][row]["suppressed"]
        .as_array()
        .unwrap()
        .iter()
        .any(|name| name == column)
}

const PEOPLE: &[(&str, i32, Gender)] = &[
    ("One", 2011, Gender::Girl),
    ("Two", 2011, Gender::Boy),
    ("Three", 2012, Gender::Girl),
    ("Four", 2010, Gender::NonBinary),
    ("Five", 2011, Gender::Boy),
    ("Six", 2012, Gender::Girl),
];

#[tokio::test]
async fn a_count_of_four_young_people_is_suppressed_and_five_or_six_are_shown() {
    let app = TestApp::spawn().await;
    let org = Org::build(&app).await;
    let (network, admin) = new_network(&app).await;
    join(&app, network, &admin, &org).await;
    store_aliases(&app, org.organisation, PEOPLE).await;
    for (date, visitors) in [("2026-03-10", 4), ("2026-04-10", 5), ("2026-05-10", 6)] {
        let id = session(&app, &org, date, Vec::new()).await;
        for (alias, _, _) in &PEOPLE[..visitors] {
            check_in_by_staff(&app, &org.admin, id, alias).await;
        }
    }
    let month = |month: &str| {
        let last = if month == "04" { 30 } else { 31 };
        format!("from=2026-{month}-01&to=2026-{month}-{last}")
    };
    let march = statistics(&app, network, &admin, &month("03")).await;
    assert!(figure(&march, 0, "unique_visitors").is_null());
    assert!(suppressed(&march, 0, "unique_visitors"));
    assert_eq!(march["min_cell"], 5);
    // Shown counts are perturbed by up to 2, never below the threshold
    // (docs/statistics-protection.md).
    let april = statistics(&app, network, &admin, &month("04")).await;
    assert_within(figure(&april, 0, "unique_visitors"), 5, 5..=7);
    assert!(!suppressed(&april, 0, "unique_visitors"));
    let may = statistics(&app, network, &admin, &month("05")).await;
    assert_within(figure(&may, 0, "unique_visitors"), 6, 5..=8);
    assert_eq!(
        may["perturbation"],
        json!({ "method": "cell_key", "largest_move": 2 })
    );
    // A stricter network hides six as well; below 2 is refused.
    let settings = format!("/api/v1/networks/{network}/settings");
    let stricter = app
        .call("PUT", &settings, &admin, Some(json!({ "min_cell": 7 })))
        .await;
    assert_eq!(ok_json(stricter, 200).await["min_cell"], 7);
    let strict = statistics(&app, network, &admin, &month("05")).await;
    assert!(suppressed(&strict, 0, "unique_visitors"));
    let refused = app
        .call("PUT", &settings, &admin, Some(json!({ "min_cell": 1 })))
        .await;
    expect_error(refused, 422, "validation_failed").await;
    // Zero young people is nobody to protect.
    assert_eq!(figure(&may, 0, "visits_25_29"), 0);
}

/// Every sum the table shows has no hidden cell or at least two: no hidden cell is the total
/// minus the shown ones.
fn assert_no_cell_can_be_worked_out(statistics: &Value, additive: &[&str]) {
    let columns: Vec<&str> = statistics["columns"]
        .as_array()
        .unwrap()
        .iter()
        .map(|name| name.as_str().unwrap())
        .collect();
    let rows = statistics["rows"].as_array().unwrap().len();
    let genders = [
        "visits_girl",
        "visits_boy",
        "visits_non_binary",
        "visits_not_stated",
    ];
    let ages: Vec<&str> = columns
        .iter()
        .copied()
        .filter(|name| {
            name.starts_with("visits_")
                && !genders.contains(name)
                && !name.ends_with("per_session")
                && !name.ends_with("per_opening_hour")
        })
        .collect();
    let mut sums: Vec<Vec<(usize, &str)>> = Vec::new();
    for row in 0..rows {
        for parts in [&genders[..], &ages[..]] {
            let mut sum = vec![(row, "visits")];
            sum.extend(parts.iter().map(|column| (row, *column)));
            sums.push(sum);
        }
    }
    for column in additive {
        sums.push((0..rows).map(|row| (row, *column)).collect());
    }
    for sum in sums {
        let hidden = sum
            .iter()
            .filter(|(row, column)| suppressed(statistics, *row, column))
            .count();
        assert_ne!(hidden, 1, "one hidden cell in {sum:?} could be worked out");
    }
}

#[tokio::test]
async fn suppressed_cells_cannot_be_worked_out_from_totals_and_csv_says_the_same() {
    let app = TestApp::spawn().await;
    let (a, b, outsider) = (
        Org::build(&app).await,
        Org::build(&app).await,
        Org::build(&app).await,
    );
    let (network, admin) = new_network(&app).await;
    join(&app, network, &admin, &a).await;
    join(&app, network, &admin, &b).await;
    // A: 4 girls (hidden), 6 boys, 7 not stated. B: 12 girls, 8 boys. The outsider is not
    // a member: its 30 visits are nowhere.
    session(
        &app,
        &a,
        "2026-03-10",
        vec![
            cell("girl", Some(13), Some(15), 4),
            cell("boy", Some(13), Some(15), 6),
            cell("not_stated", Some(16), Some(18), 7),
        ],
    )
    .await;
    session(
        &app,
        &b,
        "2026-03-12",
        vec![
            cell("girl", Some(16), Some(18), 12),
            cell("boy", Some(16), Some(18), 8),
        ],
    )
    .await;
    session(
        &app,
        &outsider,
        "2026-03-12",
        vec![cell("girl", Some(16), Some(18), 30)],
    )
    .await;

    let query = "from=2026-03-01&to=2026-03-31&group_by=organisation";
    let by_organisation = statistics(&app, network, &admin, query).await;
    assert_within(figure(&by_organisation, 0, "visits"), 37, 35..=39);
    let mut ids: Vec<OrganisationId> = vec![a.organisation, b.organisation];
    ids.sort();
    assert_eq!(by_organisation["organisation_ids"], json!(ids));
    let rows = by_organisation["rows"].as_array().unwrap();
    assert_eq!(rows.len(), 3, "the total and the two members");
    let row_of = |organisation: OrganisationId| {
        rows.iter()
            .position(|row| {
                row["key"].as_str().and_then(|key| key.parse().ok()) == Some(organisation)
            })
            .unwrap()
    };
    let (row_a, row_b) = (row_of(a.organisation), row_of(b.organisation));
    assert!(suppressed(&by_organisation, row_a, "visits_girl"));
    assert_within(figure(&by_organisation, row_a, "visits"), 17, 15..=19);
    // Hiding A's girls alone would leave them to subtraction: in A's row (17 − 6 − 7) and
    // down the organisations (16 − 12).
    assert_no_cell_can_be_worked_out(
        &by_organisation,
        &[
            "visits",
            "visits_girl",
            "visits_boy",
            "visits_non_binary",
            "visits_not_stated",
            "visits_13_15",
            "visits_16_18",
            "unique_visitors",
            "first_time_visitors",
            "youth_producers",
        ],
    );
    // Shares of girls would give the count back.
    assert!(figure(&by_organisation, row_a, "share_girls").is_null());
    assert!(figure(&by_organisation, row_b, "visits_per_session").is_number());

    // Each member beside the median: none of two members (each would see the other's).
    let comparison_path =
        format!("/api/v1/networks/{network}/comparison?from=2026-03-01&to=2026-03-31");
    let comparison = ok_json(app.call("GET", &comparison_path, &admin, None).await, 200).await;
    assert_eq!(comparison["members"].as_array().unwrap().len(), 2);
    let median = |name: &str| {
        let index = comparison["columns"]
            .as_array()
            .unwrap()
            .iter()
            .position(|column| column == name)
            .unwrap();
        comparison["median"][index].clone()
    };
    assert!(median("visits").is_null());
    // A member's org admin sees their own row beside the median; an outsider nothing.
    let own = ok_json(app.call("GET", &comparison_path, &a.admin, None).await, 200).await;
    let own_rows = own["members"].as_array().unwrap();
    assert_eq!(own_rows.len(), 1);
    assert_eq!(own_rows[0]["key"], a.organisation.to_string());
    assert_eq!(own["median"], comparison["median"]);
    expect_error(
        app.call("GET", &comparison_path, &outsider.admin, None)
            .await,
        404,
        "not_found",
    )
    .await;
    expect_error(
        app.call("GET", &comparison_path, &a.worker_a, None).await,
        403,
        "forbidden",
    )
    .await;

    // The same pull as CSV, here in Slovenian: the same cells, "suppressed" where JSON names
    // them, every figure headed in words.
    let path = format!("/api/v1/networks/{network}/statistics?{query}&format=csv&lang=sl");
    let csv = app.call("GET", &path, &admin, None).await;
    assert_eq!(csv.status(), 200);
    let lines = csv_records(&csv.text().await.unwrap());
    let columns = by_organisation["columns"].as_array().unwrap();
    assert_eq!(lines[0][2..].len(), columns.len());
    assert_eq!(lines[0][2], ftl_message("sl", "report-figure-sessions"));
    assert!(
        lines[0].iter().all(|header| !header.contains('_')),
        "{:?}",
        lines[0]
    );
    let suppressed = ftl_message("sl", "network-suppressed");
    for (line, row) in lines[1..].iter().zip(rows) {
        assert_eq!(line[1], row["key"].as_str().unwrap());
        for (index, column) in columns.iter().enumerate() {
            let (shown, value) = (&line[index + 2], &row["values"][index]);
            let expected = if row["suppressed"].as_array().unwrap().contains(column) {
                suppressed.clone()
            } else if value.is_null() {
                String::new()
            } else {
                value.to_string()
            };
            let same = *shown == expected
                || shown.parse::<f64>().ok() == expected.parse::<f64>().ok()
                    && !expected.is_empty();
            assert!(same, "{column}: CSV {shown:?}, JSON {expected:?}");
        }
    }

    // With the outsider as a third member: still no median (a co-member's value would
    // show); statistics_protection.rs has five.
    join(&app, network, &admin, &outsider).await;
    let three = ok_json(app.call("GET", &comparison_path, &admin, None).await, 200).await;
    assert_eq!(three["members"].as_array().unwrap().len(), 3);
    assert!(
        three["median"]
            .as_array()
            .unwrap()
            .iter()
            .all(Value::is_null)
    );
}

#[tokio::test]
async fn membership_runs_by_invitation_and_the_pull_log_outlives_it() {
    let app = TestApp::spawn().await;
    let (member, other) = (Org::build(&app).await, Org::build(&app).await);
    let (network, admin) = new_network(&app).await;
    let (_, stranger) = new_network(&app).await;
    let invitations = format!("/api/v1/networks/{network}/invitations");

    // Only this network's admins invite; an org admin or another network's admin cannot.
    let body = json!({ "organisation_id": member.organisation });
    for token in [&member.admin, &stranger] {
        let refused = app
            .call("POST", &invitations, token, Some(body.clone()))
            .await;
        expect_error(refused, 404, "not_found").await;
    }
    let unknown = app
        .call(
            "POST",
            &invitations,
            &admin,
            Some(json!({ "organisation_id": 999_999 })),
        )
        .await;
    expect_error(unknown, 422, "validation_failed").await;
    let invited = ok_json(
        app.call("POST", &invitations, &admin, Some(body.clone()))
            .await,
        201,
    )
    .await;
    let again = app.call("POST", &invitations, &admin, Some(body)).await;
    expect_error(again, 409, "conflict").await;

    // Another organisation's admin can neither see nor answer the invitation.
    let accept = format!("/api/v1/network-memberships/{}/accept", invited["id"]);
    expect_error(
        app.call("POST", &accept, &other.admin, None).await,
        404,
        "not_found",
    )
    .await;
    expect_error(
        app.call("POST", &accept, &member.worker_a, None).await,
        403,
        "forbidden",
    )
    .await;
    let own = ok_json(
        app.call("GET", "/api/v1/network-memberships", &member.admin, None)
            .await,
        200,
    )
    .await;
    assert_eq!(own[0]["status"], "invited");
    let joined = ok_json(app.call("POST", &accept, &member.admin, None).await, 200).await;
    assert_eq!(joined["status"], "member");
    expect_error(
        app.call("POST", &accept, &member.admin, None).await,
        409,
        "conflict",
    )
    .await;

    // The other organisation declines its invitation.
    let second = ok_json(
        app.call(
            "POST",
            &invitations,
            &admin,
            Some(json!({ "organisation_id": other.organisation })),
        )
        .await,
        201,
    )
    .await;
    let decline = format!("/api/v1/network-memberships/{}/decline", second["id"]);
    let declined = ok_json(app.call("POST", &decline, &other.admin, None).await, 200).await;
    assert_eq!(declined["status"], "declined");

    session(
        &app,
        &member,
        "2026-03-10",
        vec![cell("girl", Some(13), Some(15), 9)],
    )
    .await;
    session(
        &app,
        &other,
        "2026-03-10",
        vec![cell("girl", Some(13), Some(15), 50)],
    )
    .await;
    let march = "from=2026-03-01&to=2026-03-31";
    let pulled = statistics(&app, network, &admin, march).await;
    assert_within(figure(&pulled, 0, "visits"), 9, 7..=11);
    // Nothing but the aggregates: none of the member's own endpoints answer its network.
    for path in [
        format!("/api/v1/reports?{march}"),
        format!("/api/v1/reports/record?{march}"),
        "/api/v1/sessions".to_owned(),
        "/api/v1/aliases".to_owned(),
        "/api/v1/units".to_owned(),
        format!("/api/v1/organisations/{}", member.organisation),
        "/api/v1/session-audit".to_owned(),
        "/api/v1/network-pulls".to_owned(),
    ] {
        let status = app.call("GET", &path, &admin, None).await.status();
        assert!(
            status == 403 || status == 404,
            "{path} answered the network admin {status}"
        );
    }
    // Another network's admin reads nothing of this network.
    let theirs = format!("/api/v1/networks/{network}/statistics?{march}");
    expect_error(
        app.call("GET", &theirs, &stranger, None).await,
        404,
        "not_found",
    )
    .await;

    // The organisation leaves: its figures are gone, the pull stays on both lists.
    let end = format!("/api/v1/network-memberships/{}", invited["id"]);
    let ended = ok_json(app.call("DELETE", &end, &member.admin, None).await, 200).await;
    assert_eq!(ended["status"], "ended");
    let after = statistics(&app, network, &admin, march).await;
    assert_eq!(figure(&after, 0, "visits"), 0);
    let pulls = network_pulls(&app, network, &admin).await;
    assert_eq!(pulls.as_array().unwrap().len(), 2);
    assert_eq!(pulls[1]["organisation_ids"], json!([member.organisation]));
    assert_eq!(pulls[1]["query"], march);
    assert_eq!(pulls[1]["user_name"], "Nora Network");
    let seen_by_member = ok_json(
        app.call("GET", "/api/v1/network-pulls", &member.admin, None)
            .await,
        200,
    )
    .await;
    assert_eq!(seen_by_member.as_array().unwrap().len(), 1);
    let seen_by_other = ok_json(
        app.call("GET", "/api/v1/network-pulls", &other.admin, None)
            .await,
        200,
    )
    .await;
    assert!(seen_by_other.as_array().unwrap().is_empty());
}
