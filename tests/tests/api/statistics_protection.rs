//! Issue 17's attacks on network statistics (docs/statistics-protection.md), each performed:
//! subtracting periods, bands and memberships, multiplying a rate back, reading a co-member
//! off the median, and reading other members in the pull log. Counts are perturbed by a key
//! of what they count, so an attack that once gave a hidden count exactly now gives it only
//! give or take a few; each test runs its attack on many cells with independent moves and
//! finds that it misses some (the chance that every cell comes out exact by luck is below one
//! in 100,000 in each test).

use logbook_shared::ids::NetworkId;
use serde_json::{Value, json};

use crate::networks::{
    assert_within, figure, join, network_pulls, session, statistics, suppressed,
};
use crate::support::fixtures::{Org, cell, new_network, ok_json};
use crate::support::{TestApp, expect_error};

/// The path of a pull with `query`.
fn pull_path(network: NetworkId, query: &str) -> String {
    format!("/api/v1/networks/{network}/statistics?{query}")
}

/// The row of the organisation in a pull grouped by organisation.
fn row_of(statistics: &Value, org: &Org) -> usize {
    statistics["rows"]
        .as_array()
        .unwrap()
        .iter()
        .position(|row| row["key"] == org.organisation.to_string())
        .unwrap()
}

/// What an attack gave for each hidden cell beside the truth: it failed when not all match.
fn assert_some_missed(guesses: &[(i64, i64)], at_least: usize) {
    assert!(
        guesses.len() >= at_least,
        "only {} cells attacked",
        guesses.len()
    );
    assert!(
        guesses.iter().any(|(guess, truth)| guess != truth),
        "every hidden cell was recovered exactly: {guesses:?}"
    );
    for (guess, truth) in guesses {
        assert!((guess - truth).abs() <= 6, "{guess} is far from {truth}");
    }
}

fn count(statistics: &Value, row: usize, column: &str) -> i64 {
    figure(statistics, row, column)
        .as_i64()
        .unwrap_or_else(|| panic!("{column} is not shown"))
}

/// 10 girls aged 13–15, 11 boys 16–18, 12 non-binary 19–24 and 13 not stated 25–29. Counts
/// differ from column to column: a cell's move depends on its row and its true count, so equal
/// counts in one row would be one look, not several.
fn many() -> Vec<Value> {
    vec![
        cell("girl", Some(13), Some(15), 10),
        cell("boy", Some(16), Some(18), 11),
        cell("non_binary", Some(19), Some(24), 12),
        cell("not_stated", Some(25), Some(29), 13),
    ]
}

/// One to four in the same cells: every one of them small.
fn few() -> Vec<Value> {
    vec![
        cell("girl", Some(13), Some(15), 1),
        cell("boy", Some(16), Some(18), 2),
        cell("non_binary", Some(19), Some(24), 3),
        cell("not_stated", Some(25), Some(29), 4),
    ]
}

/// The small cells and what `few` puts in each.
const SMALL_COLUMNS: [(&str, i64); 8] = [
    ("visits_girl", 1),
    ("visits_boy", 2),
    ("visits_non_binary", 3),
    ("visits_not_stated", 4),
    ("visits_13_15", 1),
    ("visits_16_18", 2),
    ("visits_19_24", 3),
    ("visits_25_29", 4),
];

#[tokio::test]
async fn only_fixed_grains_are_released() {
    let app = TestApp::spawn().await;
    let (a, b, c) = (
        Org::build(&app).await,
        Org::build(&app).await,
        Org::build(&app).await,
    );
    let (network, admin) = new_network(&app).await;
    for org in [&a, &b, &c] {
        join(&app, network, &admin, org).await;
        session(&app, org, "2026-04-10", many()).await;
        session(&app, org, "2026-05-10", many()).await;
        session(&app, org, "2026-06-10", few()).await;
    }
    // January–June minus January–May, and bands shifted by one year, cannot be asked.
    for (query, field) in [
        ("from=2026-01-01&to=2026-05-31", "to"),
        ("from=2026-06-02&to=2026-06-30", "from"),
        ("from=2026-02-01&to=2026-04-30", "to"),
        ("from=2026-01-01&to=2026-12-31&bands=6-12,13-20", "bands"),
        ("from=2026-01-01&to=2026-12-31&ages=6-19", "ages"),
    ] {
        let refused = app
            .call("GET", &pull_path(network, query), &admin, None)
            .await;
        let body = expect_error(refused, 422, "validation_failed").await;
        assert_eq!(body["fields"][0]["path"], field, "{query}: {body}");
    }
    let comparison = format!("/api/v1/networks/{network}/comparison?from=2026-01-01&to=2026-06-30");
    expect_error(
        app.call("GET", &comparison, &admin, None).await,
        422,
        "validation_failed",
    )
    .await;
    // The network's own bands may be named as they are.
    let same = "from=2026-06-01&to=2026-06-30&bands=6-12,13-15,16-18,19-24,25-29&ages=6-20";
    statistics(&app, network, &admin, same).await;

    // What is left: the quarter minus April and May, for every June cell that is hidden.
    let by_organisation = |months: &str| format!("{months}&group_by=organisation");
    let june = statistics(
        &app,
        network,
        &admin,
        &by_organisation("from=2026-06-01&to=2026-06-30"),
    )
    .await;
    let april = statistics(
        &app,
        network,
        &admin,
        &by_organisation("from=2026-04-01&to=2026-04-30"),
    )
    .await;
    let may = statistics(
        &app,
        network,
        &admin,
        &by_organisation("from=2026-05-01&to=2026-05-31"),
    )
    .await;
    let quarter = statistics(
        &app,
        network,
        &admin,
        &by_organisation("from=2026-04-01&to=2026-06-30"),
    )
    .await;
    let mut guesses = Vec::new();
    for org in [&a, &b, &c] {
        for (column, truth) in SMALL_COLUMNS {
            assert!(suppressed(&june, row_of(&june, org), column), "{column}");
            let guess = count(&quarter, row_of(&quarter, org), column)
                - count(&april, row_of(&april, org), column)
                - count(&may, row_of(&may, org), column);
            guesses.push((guess, truth));
        }
    }
    assert_some_missed(&guesses, 24);
}

#[tokio::test]
async fn a_membership_change_gives_no_exact_figure() {
    let app = TestApp::spawn().await;
    let (big, small) = (Org::build(&app).await, Org::build(&app).await);
    let (network, admin) = new_network(&app).await;
    join(&app, network, &admin, &big).await;
    for month in 1..=12 {
        let date = format!("2025-{month:02}-10");
        session(&app, &big, &date, many()).await;
        session(&app, &small, &date, few()).await;
    }
    let year = "from=2025-01-01&to=2025-12-31&group_by=month";
    let before = statistics(&app, network, &admin, year).await;
    // The same pull again: not a count moves (the same cells, the same keys).
    assert_eq!(statistics(&app, network, &admin, year).await, before);
    join(&app, network, &admin, &small).await;
    let after = statistics(&app, network, &admin, year).await;
    // After minus before, month by month, for each of the small member's hidden cells.
    let mut guesses = Vec::new();
    for row in 1..=12 {
        for (column, truth) in SMALL_COLUMNS {
            guesses.push((
                count(&after, row, column) - count(&before, row, column),
                truth,
            ));
        }
    }
    assert_some_missed(&guesses, 96);
}

#[tokio::test]
async fn a_rate_gives_back_no_hidden_or_exact_count() {
    let app = TestApp::spawn().await;
    let (a, b) = (Org::build(&app).await, Org::build(&app).await);
    let (network, admin) = new_network(&app).await;
    // Residents 13–15 in 2025: 100 each year of age, in both organisations.
    let population: Vec<Value> = (13..=15)
        .map(|age| json!({ "age": age, "residents": 100 }))
        .collect();
    for org in [&a, &b] {
        join(&app, network, &admin, org).await;
        let figures = json!({ "population": population });
        let saved = app
            .call("PUT", "/api/v1/key-figures/2025", &org.admin, Some(figures))
            .await;
        assert_eq!(saved.status(), 204);
    }
    // A: 10 aged 13–15 and 3 aged 16–18. The 3 are hidden, and so the 10 (else 13 − 10).
    session(
        &app,
        &a,
        "2025-03-10",
        vec![
            cell("girl", Some(13), Some(15), 10),
            cell("girl", Some(16), Some(18), 3),
        ],
    )
    .await;
    for (day, count) in [(10, 40), (11, 41), (12, 42), (13, 43), (14, 44), (15, 45)] {
        session(
            &app,
            &b,
            &format!("2025-03-{day}"),
            vec![cell("boy", Some(13), Some(15), count)],
        )
        .await;
    }
    let settings = json!({ "min_cell": 5, "rate_ages": { "min": 13, "max": 15 } });
    let path = format!("/api/v1/networks/{network}/settings");
    ok_json(app.call("PUT", &path, &admin, Some(settings)).await, 200).await;
    let march = "from=2025-03-01&to=2025-03-31&group_by=organisation";
    let pulled = statistics(&app, network, &admin, march).await;
    let (row_a, row_b) = (row_of(&pulled, &a), row_of(&pulled, &b));
    assert!(suppressed(&pulled, row_a, "visits_16_18"));
    assert!(suppressed(&pulled, row_a, "visits_13_15"));
    // The rate would give the 10 back (× 300 / 1,000), and with it the 3: hidden.
    let rate = "visits_per_1000_residents_13_15";
    assert!(suppressed(&pulled, row_a, rate));
    // B's rate is made of its perturbed count: 255 visits, give or take 2, and the same as
    // the band's shown count.
    let in_ages = figure(&pulled, row_b, rate).as_f64().unwrap() * 300.0 / 1000.0;
    assert!((in_ages - in_ages.round()).abs() < 1e-9);
    assert_within(&json!(in_ages.round() as i64), 255, 253..=257);
    assert_eq!(
        in_ages.round() as i64,
        count(&pulled, row_b, "visits_13_15")
    );
    // Over the months of the year, B's rates miss the true counts.
    let mut guesses = Vec::new();
    for month in 1..=12 {
        let day = |month: u32, day: u32| format!("2025-{month:02}-{day:02}");
        if month != 3 {
            session(
                &app,
                &b,
                &day(month, 10),
                vec![cell("boy", Some(13), Some(15), 20)],
            )
            .await;
        }
        let last = if month == 2 {
            28
        } else if [4, 6, 9, 11].contains(&month) {
            30
        } else {
            31
        };
        let query = format!("from={}&to={}", day(month, 1), day(month, last));
        let pulled = statistics(
            &app,
            network,
            &admin,
            &format!("{query}&group_by=organisation"),
        )
        .await;
        let row_b = row_of(&pulled, &b);
        let recovered = figure(&pulled, row_b, rate).as_f64().unwrap() * 300.0 / 1000.0;
        let truth = if month == 3 { 255 } else { 20 };
        guesses.push((recovered.round() as i64, truth));
    }
    // And over its quarters and the whole year: each another set of records.
    for (first, last, truth) in [
        ("01-01", "03-31", 295),
        ("04-01", "06-30", 60),
        ("07-01", "09-30", 60),
        ("10-01", "12-31", 60),
        ("01-01", "12-31", 475),
    ] {
        let query = format!("from=2025-{first}&to=2025-{last}&group_by=organisation");
        let pulled = statistics(&app, network, &admin, &query).await;
        let row_b = row_of(&pulled, &b);
        let recovered = figure(&pulled, row_b, rate).as_f64().unwrap() * 300.0 / 1000.0;
        guesses.push((recovered.round() as i64, truth));
    }
    assert_some_missed(&guesses, 17);
}

#[tokio::test]
async fn a_median_needs_five_members_and_gives_no_exact_figure() {
    let app = TestApp::spawn().await;
    let (network, admin) = new_network(&app).await;
    let mut members = Vec::new();
    let comparison = format!("/api/v1/networks/{network}/comparison?from=2026-03-01&to=2026-03-31");
    for visits in [20, 30, 40, 50, 60] {
        let org = Org::build(&app).await;
        join(&app, network, &admin, &org).await;
        session(
            &app,
            &org,
            "2026-03-10",
            vec![cell("girl", Some(13), Some(15), visits)],
        )
        .await;
        members.push(org);
        let seen = ok_json(
            app.call("GET", &comparison, &members[0].admin, None).await,
            200,
        )
        .await;
        let visits = seen["columns"]
            .as_array()
            .unwrap()
            .iter()
            .position(|c| c == "visits")
            .unwrap();
        if members.len() < 5 {
            // With three, the median is a co-member's value; with four, 2 × median − own is.
            assert!(
                seen["median"][visits].is_null(),
                "{} members: {seen}",
                members.len()
            );
            continue;
        }
        // Five: a whole number, the middle of the members' perturbed values as the network
        // sees them.
        let all = ok_json(app.call("GET", &comparison, &admin, None).await, 200).await;
        let mut shown: Vec<i64> = all["members"]
            .as_array()
            .unwrap()
            .iter()
            .map(|row| row["values"][visits].as_i64().unwrap())
            .collect();
        shown.sort();
        assert_eq!(seen["median"][visits], json!(shown[2] as f64));
        assert_within(&json!(shown[2]), 40, 38..=42);
        assert_eq!(seen["members"].as_array().unwrap().len(), 1);
    }
}

#[tokio::test]
async fn a_members_pull_log_shows_only_itself() {
    let app = TestApp::spawn().await;
    let (a, b) = (Org::build(&app).await, Org::build(&app).await);
    let (network, admin) = new_network(&app).await;
    join(&app, network, &admin, &a).await;
    join(&app, network, &admin, &b).await;
    let comparison = format!("/api/v1/networks/{network}/comparison?from=2026-03-01&to=2026-03-31");
    ok_json(app.call("GET", &comparison, &a.admin, None).await, 200).await;
    statistics(&app, network, &admin, "from=2026-03-01&to=2026-03-31").await;

    let log_of = |token: String| {
        let app = &app;
        async move {
            ok_json(
                app.call("GET", "/api/v1/network-pulls", &token, None).await,
                200,
            )
            .await
        }
    };
    // B sees that another member compared, not who, and no other member's id.
    let seen_by_b = log_of(b.admin.clone()).await;
    let pulls = seen_by_b.as_array().unwrap();
    assert_eq!(pulls.len(), 2);
    let by_a = &pulls[1];
    assert!(by_a["query"].as_str().unwrap().starts_with("comparison?"));
    assert!(by_a["user_name"].is_null(), "{by_a}");
    assert_eq!(by_a["organisation_ids"], json!([b.organisation]));
    assert_eq!(by_a["organisation_count"], 2);
    // The network's own pull is named, to every member.
    assert_eq!(pulls[0]["user_name"], "Nora Network");
    // A sees its own admin; the network sees everyone.
    let seen_by_a = log_of(a.admin.clone()).await;
    assert!(seen_by_a[1]["user_name"].is_string());
    let network_log = network_pulls(&app, network, &admin).await;
    let mut both = vec![a.organisation, b.organisation];
    both.sort();
    assert_eq!(network_log[1]["organisation_ids"], json!(both));
    assert!(network_log[1]["user_name"].is_string());
}

/// Averaging needs many looks at one true value, each with its own noise. The same records
/// asked for another way get the same move: a quarter whose sessions all fall in one month
/// and that month; the total and the one member's row; visits, girls' visits and the band of
/// a girls' group of 13–15-year-olds; the total before and after a member with no sessions
/// joins.
#[tokio::test]
async fn one_set_of_records_gets_one_move_however_it_is_asked() {
    let app = TestApp::spawn().await;
    let (girls, idle) = (Org::build(&app).await, Org::build(&app).await);
    let (network, admin) = new_network(&app).await;
    join(&app, network, &admin, &girls).await;
    for day in 10..=17 {
        let date = format!("2026-05-{day}");
        session(
            &app,
            &girls,
            &date,
            vec![cell("girl", Some(13), Some(15), 7)],
        )
        .await;
    }
    let may = statistics(&app, network, &admin, "from=2026-05-01&to=2026-05-31").await;
    let quarter = statistics(&app, network, &admin, "from=2026-04-01&to=2026-06-30").await;
    let by_member = "from=2026-04-01&to=2026-06-30&group_by=organisation";
    let by_member = statistics(&app, network, &admin, by_member).await;
    let shown = |statistics: &Value, row: usize| {
        ["visits", "visits_girl", "visits_13_15", "unique_visitors"]
            .map(|column| figure(statistics, row, column).clone())
    };
    assert_eq!(shown(&may, 0), shown(&quarter, 0));
    assert_eq!(shown(&quarter, 0), shown(&by_member, 1));
    let [visits, girls_visits, band, _] = shown(&may, 0);
    assert_within(&visits, 56, 54..=58);
    assert_eq!((&visits, &band), (&girls_visits, &girls_visits));
    join(&app, network, &admin, &idle).await;
    let after = statistics(&app, network, &admin, "from=2026-05-01&to=2026-05-31").await;
    assert_eq!(shown(&after, 0), shown(&may, 0));
}
