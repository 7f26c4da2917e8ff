//! Aims followed up from the data (issue 20): indicator values and statuses on hand-built
//! sessions, check-ins and survey answers, with the expected figures worked out by hand — a
//! target changed mid-year, a quarter with too little data, survey rounds too small to count,
//! a unit's aim its own and nobody else's, the plan kept with its history, the annual report,
//! the Good Enough templates and bad input.

use chrono::NaiveDate;
use logbook_api::db::DbConn;
use logbook_api::db::queries::organisations;
use logbook_api::db::queries::survey_rounds::{self, Recorded};
use logbook_shared::ids::{OrganisationId, SessionId, UnitId};
use logbook_shared::sessions::Gender;
use logbook_shared::surveys::{Answer, CheckedResponse};
use serde_json::{Value, json};

use crate::support::fixtures::{
    Org, cell, check_in_by_staff, demo_admin, log, meeting_place_round, ok_json, store_aliases,
};
use crate::support::{TestApp, expect_error, field_paths, id_of, pdf_text};

fn day(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

/// A session of `activity` on `date`, `start`–`end`, with these attendance cells.
async fn session(
    app: &TestApp,
    org: &Org,
    (activity, date, start, end, youth_led): (i64, &str, &str, &str, bool),
    cells: Vec<Value>,
) -> SessionId {
    let body = json!({ "activity_id": activity, "date": date, "start_time": start,
        "end_time": end, "attendance": cells, "youth_led": youth_led,
        "youth_producers": 0, "staff_count": 2, "volunteer_count": 0, "notes": "" });
    id_of(&ok_json(log(app, &org.admin, &body).await, 201).await["id"])
}

fn girls_and_boys(girls: i32, boys: i32) -> Vec<Value> {
    vec![
        cell("girl", Some(13), Some(15), girls),
        cell("boy", Some(13), Some(15), boys),
    ]
}

/// A closed round of the meeting-place survey at `unit`, `opens`–`closes`, with answers
/// rating `welcome` as `ratings` lists them (rating, how many).
fn round(
    conn: &mut DbConn,
    organisation: OrganisationId,
    unit: UnitId,
    (opens, closes): (&str, &str),
    ratings: &[(i32, usize)],
) {
    let round = meeting_place_round(conn, organisation, unit, (day(opens), day(closes)));
    for &(rating, count) in ratings {
        let answer = CheckedResponse {
            gender: None,
            age_band: None,
            answers: vec![("welcome".to_owned(), Answer::Scale(rating))],
        };
        for _ in 0..count {
            let recorded =
                survey_rounds::record_response(conn, &round, None, &answer, round.opens_on);
            assert_eq!(recorded.unwrap(), Recorded::Stored);
        }
    }
}

fn indicator(metric: &str, comparator: &str, target: f64, grain: &str, min: i32) -> Value {
    json!({ "metric": metric, "comparator": comparator, "target": target, "grain": grain,
        "min_denominator": min })
}

fn welcome_agreeing(target: f64) -> Value {
    let mut welcome = indicator("survey_agreeing", "at_least", target, "year", 15);
    welcome["survey_question"] = json!({ "template": "meeting_place", "question": "welcome" });
    welcome
}

/// (value, denominator, target, status) of a period.
fn read(period: &Value) -> (Value, Value, Value, String) {
    (
        period["value"].clone(),
        period["denominator"].clone(),
        period["target"].clone(),
        period["status"].as_str().unwrap().to_owned(),
    )
}

fn approx(value: &Value, expected: f64) {
    let got = value
        .as_f64()
        .unwrap_or_else(|| panic!("no value: {value}"));
    assert!((got - expected).abs() < 1e-9, "{got} is not {expected}");
}

async fn follow_up(app: &TestApp, token: &str, query: &str) -> Value {
    let path = format!("/api/v1/follow-up{query}");
    ok_json(app.call("GET", &path, token, None).await, 200).await
}

#[tokio::test]
async fn indicators_follow_their_aims_as_counted_by_hand() {
    let app = TestApp::spawn().await;
    let org = Org::build(&app).await;
    let (open_a, group_a, open_b) = (org.open_a.get(), org.group_a.get(), org.open_b.get());
    // Q1: 6 girls, 9 boys and 5 not stated: 40 % of 15 stated, 3 hours.
    let mut q1 = girls_and_boys(6, 9);
    q1.push(cell("not_stated", None, None, 5));
    session(
        &app,
        &org,
        (open_a, "2025-02-10", "18:00", "21:00", false),
        q1,
    )
    .await;
    // Q2 at unit B: 5 girls and 15 boys, then two girls and a boy check in: 7 of 23, 2 hours
    // led by young people.
    let q2 = session(
        &app,
        &org,
        (open_b, "2025-05-12", "18:00", "20:00", true),
        girls_and_boys(5, 15),
    )
    .await;
    static PEOPLE: [(&str, i32, Gender); 3] = [
        ("Ada", 2011, Gender::Girl),
        ("Bea", 2011, Gender::Girl),
        ("Cid", 2011, Gender::Boy),
    ];
    store_aliases(&app, org.organisation, &PEOPLE).await;
    for (alias, _, _) in PEOPLE {
        check_in_by_staff(&app, &org.admin, q2, alias).await;
    }
    // Q3: 4 girls and 4 boys, too few to say; Q4 at the group: 8 girls of 18, 1 youth-led hour.
    session(
        &app,
        &org,
        (open_a, "2025-08-05", "17:00", "19:00", false),
        girls_and_boys(4, 4),
    )
    .await;
    session(
        &app,
        &org,
        (group_a, "2025-11-03", "18:00", "19:00", true),
        girls_and_boys(8, 10),
    )
    .await;
    // Surveys: 20 answers at unit A (16 agree), 15 at unit B (none agree), and 5 at unit A
    // that are too few to count anywhere.
    let (organisation, unit_a, unit_b) = (org.organisation, org.unit_a, org.unit_b);
    app.db(move |conn| {
        round(
            conn,
            organisation,
            unit_a,
            ("2025-03-01", "2025-03-31"),
            &[(5, 12), (4, 4), (2, 4)],
        );
        round(
            conn,
            organisation,
            unit_b,
            ("2025-05-01", "2025-05-31"),
            &[(1, 15)],
        );
        round(
            conn,
            organisation,
            unit_a,
            ("2025-09-01", "2025-09-30"),
            &[(1, 5)],
        );
    })
    .await;

    let organisation_aim = json!({ "title": "More girls, more say", "period_from": "2025-01-01",
        "period_to": "2025-12-31", "indicators": [
            indicator("share_girls", "at_least", 40.0, "quarter", 15),
            indicator("youth_led_share", "at_least", 20.0, "year", 5),
            indicator("share_girls_unique", "at_least", 50.0, "year", 1),
            welcome_agreeing(70.0),
            indicator("visits", "at_least", 72.0, "year", 15),
        ] });
    let made = app
        .call(
            "POST",
            "/api/v1/aims",
            &org.admin,
            Some(organisation_aim.clone()),
        )
        .await;
    let aim = ok_json(made, 201).await;
    let aim_id = aim["id"].as_i64().unwrap();
    let ids: Vec<i64> = aim["indicators"]
        .as_array()
        .unwrap()
        .iter()
        .map(|indicator| indicator["id"].as_i64().unwrap())
        .collect();
    assert_eq!(ids, [1, 2, 3, 4, 5]);
    // In July the bar for girls went up to 45 %.
    let mut changed = organisation_aim.clone();
    for (index, indicator) in changed["indicators"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .enumerate()
    {
        indicator["id"] = json!(index + 1);
    }
    changed["indicators"][0]["target"] = json!(45.0);
    changed["indicators"][0]["target_from"] = json!("2025-07-01");
    let path = format!("/api/v1/aims/{aim_id}");
    let updated = ok_json(app.call("PUT", &path, &org.admin, Some(changed)).await, 200).await;
    assert_eq!(
        updated["indicators"][0]["targets"],
        json!([{ "from": "2025-01-01", "target": 40.0 }, { "from": "2025-07-01", "target": 45.0 }])
    );
    let unit_aim = json!({ "title": "Girls at the centre", "unit_id": org.unit_a,
        "period_from": "2025-01-01", "period_to": "2025-12-31", "indicators": [
            indicator("share_girls", "at_least", 45.0, "year", 15),
            welcome_agreeing(70.0),
        ] });
    let made = app
        .call("POST", "/api/v1/aims", &org.manager_a, Some(unit_aim))
        .await;
    let unit_aim_id = ok_json(made, 201).await["id"].as_i64().unwrap();

    let read_all = follow_up(&app, &org.admin, "").await;
    assert_eq!(read_all["close_margin"], 5);
    let aims = read_all["aims"].as_array().unwrap();
    assert_eq!(aims.len(), 1, "the organisation's own aims only");
    let indicators = &aims[0]["indicators"];
    // Girls per quarter against the target of the time.
    let quarters: Vec<_> = indicators[0]["periods"]
        .as_array()
        .unwrap()
        .iter()
        .map(read)
        .collect();
    assert_eq!(quarters.len(), 4);
    assert_eq!(
        quarters[0],
        (json!(40.0), json!(15.0), json!(40.0), "met".to_owned())
    );
    approx(&quarters[1].0, 700.0 / 23.0);
    assert_eq!(
        (&quarters[1].2, quarters[1].3.as_str()),
        (&json!(40.0), "not_met")
    );
    assert_eq!(
        quarters[2],
        (
            Value::Null,
            json!(8.0),
            json!(45.0),
            "not_enough_data".to_owned()
        )
    );
    approx(&quarters[3].0, 800.0 / 18.0);
    assert_eq!(
        (&quarters[3].2, quarters[3].3.as_str()),
        (&json!(45.0), "close")
    );
    assert_eq!(indicators[0]["current"]["from"], "2025-10-01");
    assert_eq!(indicators[0]["current"]["partial"], false);
    // The trend reaches back before the aim: two empty quarters of 2024, then 2025's four.
    let trend = indicators[0]["trend"].as_array().unwrap();
    assert_eq!(trend.len(), 6);
    assert_eq!(
        (&trend[0]["from"], &trend[0]["status"]),
        (&json!("2024-07-01"), &json!("not_enough_data"))
    );
    assert_eq!(trend[5]["from"], "2025-10-01");
    // Youth-led: 3 of 8 hours.
    assert_eq!(
        read(&indicators[1]["current"]),
        (json!(37.5), json!(8.0), json!(20.0), "met".to_owned())
    );
    // Unique girls: 3 young people are fewer than the smallest cell (5), whatever the
    // indicator's own smallest denominator (1) says; with the cell at 3, 2 of the 3 show.
    assert_eq!(
        read(&indicators[2]["current"]),
        (
            Value::Null,
            json!(3.0),
            json!(50.0),
            "not_enough_data".to_owned()
        )
    );
    app.db(move |conn| {
        let mut settings = organisations::get(conn, organisation)
            .unwrap()
            .unwrap()
            .settings()
            .unwrap();
        settings.network_min_cell = 3;
        organisations::update_settings(conn, organisation, &settings).unwrap();
    })
    .await;
    let smaller_cell = follow_up(&app, &org.admin, "").await;
    let unique = read(&smaller_cell["aims"][0]["indicators"][2]["current"]);
    approx(&unique.0, 200.0 / 3.0);
    assert_eq!((unique.1, unique.3.as_str()), (json!(3.0), "met"));
    // Welcome: 16 agreeing of 35 answers (the 5-answer round does not count).
    let welcome = read(&indicators[3]["current"]);
    approx(&welcome.0, 1600.0 / 35.0);
    assert_eq!((welcome.1, welcome.3.as_str()), (json!(35.0), "not_met"));
    // Visits: 20 + 23 + 8 + 18 = 69, short of 72 by less than 5 %.
    assert_eq!(
        read(&indicators[4]["current"]),
        (json!(69.0), Value::Null, json!(72.0), "close".to_owned())
    );

    // The unit's aim, read by its manager: unit A's 18 girls of 41; its 20 answers, 16 agree.
    let unit = follow_up(&app, &org.manager_a, &format!("?unit_id={}", org.unit_a)).await;
    let unit_indicators = &unit["aims"][0]["indicators"];
    let girls = read(&unit_indicators[0]["current"]);
    approx(&girls.0, 1800.0 / 41.0);
    assert_eq!(girls.3, "close");
    assert_eq!(
        read(&unit_indicators[1]["current"]),
        (json!(80.0), json!(20.0), json!(70.0), "met".to_owned())
    );
    // Another unit's manager does not find it; the organisation's aims are the whole
    // organisation's readers'.
    let other = format!("/api/v1/follow-up?unit_id={}", org.unit_a);
    expect_error(
        app.call("GET", &other, &org.manager_b, None).await,
        404,
        "not_found",
    )
    .await;
    let whole = app
        .call("GET", "/api/v1/follow-up", &org.manager_a, None)
        .await;
    expect_error(whole, 403, "forbidden").await;

    // Notes and an action plan, kept with their history.
    let plan_path = format!("/api/v1/aims/{aim_id}/plan");
    let first = json!({ "notes": "Fewer girls came after the summer.", "actions": [
        { "what": "Start a girls' evening", "by_when": "2025-12-01", "who": "Sara" }] });
    ok_json(
        app.call("PUT", &plan_path, &org.admin, Some(first)).await,
        201,
    )
    .await;
    let second = json!({ "notes": "The girls' evening started in November.", "actions": [
        { "what": "Start a girls' evening", "by_when": "2025-12-01", "who": "Sara", "done": true }] });
    let saved = ok_json(
        app.call("PUT", &plan_path, &org.admin, Some(second)).await,
        201,
    )
    .await;
    assert_eq!(saved["actions"][0]["done"], true);
    let refused = app
        .call(
            "PUT",
            &plan_path,
            &org.worker_a,
            Some(json!({ "notes": "", "actions": [] })),
        )
        .await;
    expect_error(refused, 403, "forbidden").await;
    let history_path = format!("/api/v1/aims/{aim_id}/plans");
    let history = ok_json(app.call("GET", &history_path, &org.admin, None).await, 200).await;
    let notes: Vec<&Value> = history
        .as_array()
        .unwrap()
        .iter()
        .map(|plan| &plan["notes"])
        .collect();
    assert_eq!(
        notes,
        [
            "The girls' evening started in November.",
            "Fewer girls came after the summer."
        ]
    );
    assert!(history[0]["written_by"].is_string());
    let read_again = follow_up(&app, &org.admin, "").await;
    assert_eq!(
        read_again["aims"][0]["plan"]["notes"],
        "The girls' evening started in November."
    );

    // The annual report follows both aims over the year: 25 girls of 64 stated is 39.1 %,
    // more than 5 points short of the 45 % that held at the year's end.
    let annual = ok_json(
        app.call("GET", "/api/v1/annual-reports/2025", &org.admin, None)
            .await,
        200,
    )
    .await;
    let years = annual["follow_up"].as_array().unwrap();
    assert_eq!(years.len(), 2);
    let year = &years[0];
    assert_eq!(year["aim"]["id"], aim_id);
    approx(&year["values"][0]["value"], 2500.0 / 64.0);
    assert_eq!(
        (&year["values"][0]["target"], &year["values"][0]["status"]),
        (&json!(45.0), &json!("not_met"))
    );
    assert_eq!(years[1]["aim"]["id"], unit_aim_id);
    // A unit manager's annual report follows their unit's aim only.
    let managers = ok_json(
        app.call("GET", "/api/v1/annual-reports/2025", &org.manager_a, None)
            .await,
        200,
    )
    .await;
    let followed: Vec<&Value> = managers["follow_up"]
        .as_array()
        .unwrap()
        .iter()
        .map(|year| &year["aim"]["id"])
        .collect();
    assert_eq!(followed, [&json!(unit_aim_id)]);
    let pdf = app
        .call("GET", "/api/v1/annual-reports/2025/pdf", &org.admin, None)
        .await;
    assert_eq!(pdf.status(), 200);
    let text = pdf_text(pdf).await;
    for expected in [
        "More girls, more say",
        "Share of girls among visits: 39.1%",
        "target at least 45%",
        "Not met",
        "Agreeing with “I feel welcome here.”",
        "The girls' evening started in November.",
        "Start a girls' evening",
    ] {
        assert!(text.contains(expected), "{expected:?} is not in {text:?}");
    }
}

#[tokio::test]
async fn good_enough_templates_are_adopted_with_one_call_and_bad_indicators_are_named() {
    let app = TestApp::spawn().await;
    let org = Org::build(&app).await;
    let listed = ok_json(
        app.call("GET", "/api/v1/aim-templates?lang=sv", &org.admin, None)
            .await,
        200,
    )
    .await;
    let keys: Vec<&Value> = listed
        .as_array()
        .unwrap()
        .iter()
        .map(|template| &template["key"])
        .collect();
    assert_eq!(keys.len(), 7);
    assert_eq!(listed[0]["title"], "Jämn könsfördelning");
    let period = json!({ "period_from": "2026-01-01", "period_to": "2026-12-31" });
    let path = "/api/v1/aim-templates/gender_balance/adopt";
    let adopted = ok_json(
        app.call("POST", path, &org.admin, Some(period.clone()))
            .await,
        201,
    )
    .await;
    assert_eq!(adopted["title"], "Even gender balance");
    assert_eq!(adopted["template"], "gender_balance");
    assert_eq!(adopted["indicators"][0]["metric"], "share_girls");
    assert_eq!(
        adopted["indicators"][0]["targets"],
        json!([{ "from": "2026-01-01", "target": 40.0 }])
    );
    let unknown = app
        .call(
            "POST",
            "/api/v1/aim-templates/weather/adopt",
            &org.admin,
            Some(period),
        )
        .await;
    expect_error(unknown, 404, "not_found").await;

    // Bad indicators are refused whole, each problem named.
    let bad = json!({ "title": "Wrong", "period_from": "2026-01-01", "period_to": "2026-12-31",
        "indicators": [
            indicator("survey_agreeing", "at_least", 70.0, "year", 15),
            indicator("share_girls", "at_least", 150.0, "year", 15),
            { "metric": "share_girls", "comparator": "about", "target": 1, "grain": "year" },
        ] });
    let refused = app
        .call("POST", "/api/v1/aims", &org.admin, Some(bad))
        .await;
    let error = expect_error(refused, 422, "validation_failed").await;
    assert!(!field_paths(&error).is_empty());
    let bad = json!({ "title": "Wrong", "period_from": "2026-01-01", "period_to": "2026-12-31",
        "indicators": [
            indicator("survey_agreeing", "at_least", 70.0, "year", 15),
            indicator("share_girls", "at_least", 150.0, "year", 15),
        ] });
    let refused = app
        .call("POST", "/api/v1/aims", &org.admin, Some(bad))
        .await;
    let error = expect_error(refused, 422, "validation_failed").await;
    assert_eq!(
        field_paths(&error),
        ["indicators[0].survey_question", "indicators[1].target"]
    );
    let mut not_a_question = welcome_agreeing(70.0);
    not_a_question["survey_question"]["question"] = json!("improve");
    let bad = json!({ "title": "Wrong", "period_from": "2026-01-01", "period_to": "2026-12-31",
        "indicators": [not_a_question] });
    let refused = app
        .call("POST", "/api/v1/aims", &org.admin, Some(bad))
        .await;
    let error = expect_error(refused, 422, "validation_failed").await;
    assert_eq!(field_paths(&error), ["indicators[0].survey_question"]);
    let aims = ok_json(app.call("GET", "/api/v1/aims", &org.admin, None).await, 200).await;
    assert_eq!(
        aims["items"].as_array().unwrap().len(),
        1,
        "nothing half-written"
    );

    // A target's day lies within the aim; an indicator is listed once.
    let mut kept = indicator("share_girls", "at_least", 45.0, "year", 15);
    kept["id"] = json!(1);
    kept["target_from"] = json!("2027-01-01");
    let mut again = indicator("share_boys", "at_most", 60.0, "year", 15);
    again["id"] = json!(1);
    let bad = json!({ "title": "Wrong", "period_from": "2026-01-01", "period_to": "2026-12-31",
        "indicators": [kept, again] });
    let adopted_id = adopted["id"].as_i64().unwrap();
    let path = format!("/api/v1/aims/{adopted_id}");
    let refused = app.call("PUT", &path, &org.admin, Some(bad)).await;
    let error = expect_error(refused, 422, "validation_failed").await;
    assert_eq!(
        field_paths(&error),
        ["indicators[0].target_from", "indicators[1].id"]
    );
    // Measuring something else under the same id starts a new history.
    let mut changed = indicator("unique_visitors", "at_least", 300.0, "year", 15);
    changed["id"] = json!(1);
    let body = json!({ "title": "Changed", "period_from": "2026-01-01", "period_to": "2026-12-31",
        "indicators": [changed] });
    let saved = ok_json(app.call("PUT", &path, &org.admin, Some(body)).await, 200).await;
    assert_eq!(
        saved["indicators"][0]["id"], 3,
        "ids 1 and 2 were the template's"
    );
    assert_eq!(
        saved["indicators"][0]["targets"],
        json!([{ "from": "2026-01-01", "target": 300.0 }])
    );
    // The same Good Enough aim twice for the same place and year is one too many.
    let period = json!({ "period_from": "2026-06-01", "period_to": "2026-12-31" });
    let safety = "/api/v1/aim-templates/safety/adopt";
    ok_json(
        app.call("POST", safety, &org.admin, Some(period.clone()))
            .await,
        201,
    )
    .await;
    let twice = app.call("POST", safety, &org.admin, Some(period)).await;
    expect_error(twice, 409, "conflict").await;
    // A plan's action says what: blanks are refused by name.
    let plan = json!({ "notes": "", "actions": [{ "what": "   ", "who": "Sara" }] });
    let refused = app
        .call("PUT", &format!("{path}/plan"), &org.admin, Some(plan))
        .await;
    let error = expect_error(refused, 422, "validation_failed").await;
    assert_eq!(field_paths(&error), ["actions[0].what"]);
}

#[tokio::test]
async fn the_demo_follows_up_aims_that_are_met_close_and_not_met() {
    let app = TestApp::spawn().await;
    let token = &demo_admin(&app).await;
    let organisation = follow_up(&app, token, "").await;
    let adopted: Vec<&Value> = organisation["aims"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|aim| {
            aim["aim"]["template"]
                .as_str()
                .map(|_| &aim["aim"]["template"])
        })
        .collect();
    assert_eq!(adopted.len(), 7, "every Good Enough aim adopted");
    let units = ok_json(app.call("GET", "/api/v1/units", token, None).await, 200).await;
    let northside = units["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|unit| unit["name"] == "Northside youth centre")
        .unwrap()["id"]
        .clone();
    let unit = follow_up(&app, token, &format!("?unit_id={northside}")).await;
    let aim = &unit["aims"][0];
    let statuses: Vec<&Value> = aim["indicators"]
        .as_array()
        .unwrap()
        .iter()
        .map(|indicator| &indicator["current"]["status"])
        .collect();
    assert_eq!(statuses, ["met", "close", "not_met"]);
    assert_eq!(aim["plan"]["actions"].as_array().unwrap().len(), 2);
}
