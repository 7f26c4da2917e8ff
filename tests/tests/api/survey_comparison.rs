//! Networks compare their members' surveys (issue 19): members that run the same built-in
//! template, side by side, all shown members together and the median — with hand-built
//! answers, a member below its smallest number shown, an open round that does not count, and
//! who may read what; and where the members stand on the Good Enough aims, as counts.

use chrono::{Duration, NaiveDate, Utc};
use logbook_api::db::DbConn;
use logbook_api::db::queries::survey_rounds::{self, Recorded, RoundRecord};
use logbook_api::db::queries::{memberships, organisations};
use logbook_api::visitors::privacy::purge_expired;
use logbook_shared::ids::{NetworkId, OrganisationId, SurveyRoundId, UserId};
use logbook_shared::networks::MembershipStatus;
use logbook_shared::surveys::{Answer, CheckedResponse};
use serde_json::{Value, json};

use crate::networks::{join, network_pulls};
use crate::support::fixtures::{Org, meeting_place_round, new_network, ok_json, store_unit};
use crate::support::{TestApp, expect_error, field_paths, unique};

/// The meeting-place survey copied by `org`, run at unit A `opens_on`–`closes_on`, with
/// `count` answers rating the first question (`welcome`) `scale`.
async fn round_with_answers(
    app: &TestApp,
    org: &Org,
    (opens_on, closes_on): (NaiveDate, NaiveDate),
    count: usize,
    scale: i32,
) {
    let copy = json!({ "template": "meeting_place", "language": "en" });
    let path = "/api/v1/questionnaires/from-template";
    let questionnaire = ok_json(app.call("POST", path, &org.admin, Some(copy)).await, 201).await;
    assert_eq!(questionnaire["template"], "meeting_place");
    let round = json!({ "questionnaire_id": questionnaire["id"], "title": "Spring",
        "opens_on": opens_on, "closes_on": closes_on, "language": "en",
        "unit_ids": [org.unit_a] });
    let path = "/api/v1/survey-rounds";
    let round = ok_json(app.call("POST", path, &org.admin, Some(round)).await, 201).await;
    let (organisation, id) = (
        org.organisation,
        SurveyRoundId(round["id"].as_i64().unwrap()),
    );
    app.db(move |conn| {
        let record = survey_rounds::get(conn, organisation, id).unwrap().unwrap();
        store_answers(conn, &record, count, scale);
    })
    .await;
}

fn store_answers(conn: &mut DbConn, round: &RoundRecord, count: usize, scale: i32) {
    let answer = CheckedResponse {
        gender: None,
        age_band: None,
        answers: vec![("welcome".to_owned(), Answer::Scale(scale))],
    };
    for _ in 0..count {
        let recorded = survey_rounds::record_response(conn, round, None, &answer, round.opens_on);
        assert_eq!(recorded.unwrap(), Recorded::Stored);
    }
}

/// A member made straight in the database (signing in five people per organisation would
/// meet the sign-in throttle): the template copied, a round in March with its answers.
async fn stored_member(
    app: &TestApp,
    network: NetworkId,
    invited_by: UserId,
    count: usize,
    scale: i32,
) -> OrganisationId {
    let name = format!("Member {}", unique());
    app.db(move |conn| {
        let organisation = organisations::insert(conn, &name).unwrap().id;
        let unit = store_unit(conn, organisation, "Centre");
        let round = meeting_place_round(conn, organisation, unit, march());
        store_answers(conn, &round, count, scale);
        let membership = memberships::invite(conn, network, organisation, invited_by).unwrap();
        let invited = [MembershipStatus::Invited];
        memberships::change_status(conn, membership, &invited, MembershipStatus::Member).unwrap();
        organisation
    })
    .await
}

fn march() -> (NaiveDate, NaiveDate) {
    let day = |d| NaiveDate::from_ymd_opt(2026, 3, d).unwrap();
    (day(1), day(31))
}

async fn comparison(app: &TestApp, network: NetworkId, token: &str) -> Value {
    let path = format!("/api/v1/networks/{network}/surveys?template=meeting_place&year=2026");
    ok_json(app.call("GET", &path, token, None).await, 200).await
}

fn welcome(figures: &Value) -> &Value {
    let welcome = &figures.as_array().unwrap()[0];
    assert_eq!(welcome["key"], "welcome");
    welcome
}

#[tokio::test]
async fn a_network_compares_its_members_surveys_without_revealing_a_small_one() {
    let app = TestApp::spawn().await;
    let (network, network_admin) = new_network(&app).await;
    let me = ok_json(
        app.call("GET", "/api/v1/me", &network_admin, None).await,
        200,
    )
    .await;
    let invited_by = UserId(me["id"].as_i64().unwrap());
    // (answers, each rating) per member: the third has fewer than 15 answers.
    let members = [(20, 5), (16, 4), (10, 5), (15, 3), (15, 2), (15, 1)];
    let mut orgs = Vec::new();
    for (count, scale) in &members[..2] {
        let org = Org::build(&app).await;
        join(&app, network, &network_admin, &org).await;
        round_with_answers(&app, &org, march(), *count, *scale).await;
        orgs.push(org);
    }
    let mut member_ids: Vec<i64> = orgs.iter().map(|org| org.organisation.get()).collect();
    for (count, scale) in &members[2..] {
        let id = stored_member(&app, network, invited_by, *count, *scale).await;
        member_ids.push(id.get());
    }
    // Answers of a round still open do not count.
    let today = Utc::now().date_naive();
    let open = (today - Duration::days(1), today + Duration::days(10));
    round_with_answers(&app, &orgs[0], open, 5, 1).await;

    // The server's hourly task settles the six March rounds; the open one waits.
    let purged = app
        .db(|conn| purge_expired(conn, Utc::now().naive_utc()).unwrap())
        .await;
    assert_eq!(purged.survey_rounds_settled, 6);

    let read = comparison(&app, network, &network_admin).await;
    let shown: Vec<(i64, Value)> = read["members"]
        .as_array()
        .unwrap()
        .iter()
        .map(|member| {
            let id = member["organisation_id"].as_i64().unwrap();
            (id, member["responses"].clone())
        })
        .collect();
    let hidden = Value::Null;
    let responses = [
        json!(20),
        json!(16),
        hidden,
        json!(15),
        json!(15),
        json!(15),
    ];
    let expected: Vec<(i64, Value)> = member_ids.into_iter().zip(responses).collect();
    assert_eq!(shown, expected);
    let first = &read["members"][0]["questions"];
    assert_eq!(welcome(first)["mean"], 5.0);
    assert_eq!(welcome(first)["agreeing_percent"], 100.0);
    let small = &read["members"][2]["questions"];
    assert_eq!(
        welcome(small)["mean"],
        Value::Null,
        "10 answers stay hidden"
    );
    // All shown members together: 81 answers, (100 + 64 + 45 + 30 + 15) / 81; the hidden
    // member's 10 are not in it, so no subtraction finds them.
    let total = welcome(&read["total"]);
    assert_eq!(total["answered"], 81);
    assert_eq!(total["mean"], 254.0 / 81.0);
    assert_eq!(total["agreeing_percent"], 36.0 * 100.0 / 81.0);
    // The median of five shown members: 5, 4, 3, 2, 1 → 3; agreeing 100, 100, 0, 0, 0 → 0.
    let median = welcome(&read["median"]);
    assert_eq!(median["mean"], 3.0);
    assert_eq!(median["agreeing_percent"], 0.0);
    assert_eq!(median["answered"], Value::Null);
    // A question nobody answered has no figures anywhere.
    assert_eq!(read["total"][1]["mean"], Value::Null);
    // Only 1–5 questions are compared: no choices, no written answers.
    let kinds: Vec<&Value> = read["questions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|question| &question["kind"])
        .collect();
    assert!(kinds.iter().all(|kind| *kind == "likert"), "{kinds:?}");

    // A member's org admin sees their own row beside the total and the median.
    let own = comparison(&app, network, &orgs[1].admin).await;
    let ids: Vec<&Value> = own["members"]
        .as_array()
        .unwrap()
        .iter()
        .map(|member| &member["organisation_id"])
        .collect();
    assert_eq!(ids, [&json!(orgs[1].organisation)]);
    assert_eq!(welcome(&own["total"])["answered"], 81);
    assert_eq!(own["median"], read["median"]);

    // Everyone else is refused; a bad question names its parameter; each read is logged.
    let path = format!("/api/v1/networks/{network}/surveys?template=meeting_place&year=2026");
    let viewer = app.call("GET", &path, &orgs[0].viewer_a, None).await;
    expect_error(viewer, 403, "forbidden").await;
    let outsider = Org::build(&app).await;
    let stranger = app.call("GET", &path, &outsider.admin, None).await;
    expect_error(stranger, 404, "not_found").await;
    let unknown = format!("/api/v1/networks/{network}/surveys?template=weather&year=2026");
    let refused = app.call("GET", &unknown, &network_admin, None).await;
    let error = expect_error(refused, 422, "validation_failed").await;
    assert_eq!(field_paths(&error), ["template"]);

    // Where the members stand on the Good Enough indicators (issue 20), as counts: on
    // "welcome" (at least 80 % agreeing) the 100 % members meet it, the 0 % ones do not, the
    // one with 10 answers has too few; nobody logged a session, so every share of girls
    // lacks data. A member's admin reads only where their own organisation stands.
    let path = format!("/api/v1/networks/{network}/follow-up?year=2026");
    let overview = ok_json(app.call("GET", &path, &network_admin, None).await, 200).await;
    assert_eq!(overview["members"], 6);
    let indicators = overview["indicators"].as_array().unwrap();
    let counts = |template: &str, metric: &str, question: Option<&str>| {
        let found = indicators
            .iter()
            .find(|indicator| {
                indicator["template"] == template
                    && indicator["metric"] == metric
                    && question.is_none_or(|key| indicator["survey_question"]["question"] == key)
            })
            .unwrap();
        [
            &found["met"],
            &found["close"],
            &found["not_met"],
            &found["not_enough_data"],
        ]
        .map(Value::clone)
    };
    let welcome_counts = counts("participation", "survey_agreeing", Some("welcome"));
    assert_eq!(welcome_counts, [json!(2), json!(0), json!(3), json!(1)]);
    let girls = counts("gender_balance", "share_girls", None);
    assert_eq!(girls, [json!(0), json!(0), json!(0), json!(6)]);
    let own = ok_json(app.call("GET", &path, &orgs[1].admin, None).await, 200).await;
    let own_girls = own["indicators"][0].clone();
    assert_eq!(
        (
            &own_girls["met"],
            &own_girls["not_enough_data"],
            &own_girls["own"]
        ),
        (&Value::Null, &Value::Null, &json!("not_enough_data"))
    );
    let own_welcome = own["indicators"]
        .as_array()
        .unwrap()
        .iter()
        .find(|indicator| indicator["survey_question"]["question"] == "welcome")
        .unwrap()
        .clone();
    assert_eq!(
        (&own_welcome["met"], &own_welcome["own"]),
        (&Value::Null, &json!("met"))
    );
    let refused = app.call("GET", &path, &orgs[0].viewer_a, None).await;
    expect_error(refused, 403, "forbidden").await;

    let pulls = network_pulls(&app, network, &network_admin).await;
    let surveys_pulls = pulls
        .as_array()
        .unwrap()
        .iter()
        .filter(|pull| pull["query"].as_str().unwrap().starts_with("surveys?"))
        .count();
    assert_eq!(surveys_pulls, 2);
}
