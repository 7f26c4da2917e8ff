//! Youth surveys (SPEC 6, issue 19): questionnaires from templates, rounds with public links,
//! and the answering page a young person meets — in their language, one answer per device,
//! a kiosk that starts again, and the spam guards — with nothing stored about who answered.

use chrono::{Duration, Utc};
use logbook_api::db::DbConn;
use logbook_api::db::queries::organisations;
use logbook_api::db::queries::survey_rounds::{self, Recorded};
use logbook_shared::ids::{OrganisationId, SurveyRoundId};
use logbook_shared::sessions::Gender;
use logbook_shared::structure::AgeBand;
use logbook_shared::surveys::{Answer, CheckedResponse};
use serde_json::{Value, json};

use crate::support::fixtures::{Org, demo_admin, full_answer, ok_json, started};
use crate::support::{TestApp, csv_records, expect_error, field_paths, ftl_message, pdf_text};

/// The meeting-place template copied in Finnish, run at unit A from today in Swedish.
async fn open_round(app: &TestApp, org: &Org) -> Value {
    let questionnaire = ok_json(
        app.call(
            "POST",
            "/api/v1/questionnaires/from-template",
            &org.admin,
            Some(json!({ "template": "meeting_place", "language": "fi" })),
        )
        .await,
        201,
    )
    .await;
    assert_eq!(questionnaire["name"], "Nuorisotilakysely");
    let today = Utc::now().date_naive();
    let round = json!({ "questionnaire_id": questionnaire["id"], "title": "Kevät 2026",
        "opens_on": today - Duration::days(1), "closes_on": today + Duration::days(30),
        "language": "sv", "unit_ids": [org.unit_a] });
    ok_json(
        app.call("POST", "/api/v1/survey-rounds", &org.admin, Some(round))
            .await,
        201,
    )
    .await
}

/// A browser of the answering page: plain HTTP, its own cookie.
struct Phone {
    client: reqwest::Client,
    cookie: Option<String>,
    language: &'static str,
}

impl Phone {
    fn new(language: &'static str) -> Phone {
        let client = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap();
        Phone {
            client,
            cookie: None,
            language,
        }
    }

    async fn open(&mut self, app: &TestApp, link: &str) -> (u16, String) {
        let mut request = self
            .client
            .get(app.url(link))
            .header("Accept-Language", self.language);
        if let Some(cookie) = &self.cookie {
            request = request.header("Cookie", cookie);
        }
        let response = request.send().await.unwrap();
        if let Some(set) = response.headers().get("set-cookie") {
            let set = set.to_str().unwrap();
            assert!(
                set.contains("HttpOnly") && set.contains("Path=/s/"),
                "{set}"
            );
            self.cookie = Some(set.split(';').next().unwrap().to_owned());
        }
        (response.status().as_u16(), response.text().await.unwrap())
    }

    async fn send(&self, app: &TestApp, link: &str, fields: &[(&str, &str)]) -> (u16, String) {
        let mut request = self
            .client
            .post(app.url(link))
            .header("Accept-Language", self.language)
            .form(fields);
        if let Some(cookie) = &self.cookie {
            request = request.header("Cookie", cookie);
        }
        let response = request.send().await.unwrap();
        (response.status().as_u16(), response.text().await.unwrap())
    }
}

/// A stored response as the test reads it: id, gender, age band's ends.
type StoredResponse = (i64, Option<String>, Option<i32>, Option<i32>);

fn borrowed(fields: &[(String, String)]) -> Vec<(&str, &str)> {
    fields
        .iter()
        .map(|(name, value)| (name.as_str(), value.as_str()))
        .collect()
}

async fn responses(app: &TestApp, org: &Org, round: &Value) -> i64 {
    let path = format!("/api/v1/survey-rounds/{}", round["id"]);
    ok_json(app.call("GET", &path, &org.admin, None).await, 200).await["responses"]
        .as_i64()
        .unwrap()
}

#[tokio::test]
async fn a_young_person_answers_once_per_device_in_their_language_and_a_kiosk_starts_again() {
    let app = TestApp::spawn().await;
    let org = Org::build(&app).await;
    let templates = ok_json(
        app.call("GET", "/api/v1/survey-templates", &org.worker_a, None)
            .await,
        200,
    )
    .await;
    assert_eq!(templates.as_array().unwrap().len(), 2);
    let round = open_round(&app, &org).await;
    assert_eq!(round["status"], "open");
    let link = round["link"].as_str().unwrap().to_owned();
    assert_eq!(link.len(), "/s/".len() + 43, "256 random bits");

    // No language asked, a Finnish phone: Finnish, though the round's default is Swedish.
    let mut phone = Phone::new("fi-FI,fi;q=0.9,en;q=0.5");
    let (status, page) = phone.open(&app, &link).await;
    assert_eq!(status, 200);
    assert!(page.contains(r#"<html lang="fi">"#));
    assert!(page.contains(&crate::support::ftl_message("fi", "survey-send")));
    assert!(page.len() < 60_000, "the page is {} bytes", page.len());
    assert!(phone.cookie.is_some(), "the device gets its token");
    // Switched to Swedish.
    // A link that asks twice is read, not refused: the first wins.
    let (status, swedish) = phone.open(&app, &format!("{link}?lang=sv&lang=fi")).await;
    assert_eq!(status, 200);
    assert!(swedish.contains(r#"<html lang="sv">"#));
    assert!(swedish.contains(&crate::support::ftl_message("sv", "survey-send")));

    // Sent at once: too fast for a person, nothing kept.
    let fields = full_answer(&started(&page));
    let (status, refused) = phone.send(&app, &link, &borrowed(&fields)).await;
    assert_eq!(status, 422);
    assert!(refused.contains(&crate::support::ftl_message("fi", "survey-too-fast")));
    assert_eq!(responses(&app, &org, &round).await, 0);
    tokio::time::sleep(std::time::Duration::from_millis(3100)).await;

    // A required question left out: the form comes back, filled, with the question marked.
    let partial: Vec<_> = fields
        .iter()
        .filter(|(name, _)| *name != "q.safe")
        .cloned()
        .collect();
    let (status, again) = phone.send(&app, &link, &borrowed(&partial)).await;
    assert_eq!(status, 422);
    assert!(again.contains(r#"id="q-safe-error""#));
    assert!(again.contains("Mer musik!"), "what was written stays");
    // Words that are not text (a NUL no database keeps) are refused, not stored.
    let mut control = fields.clone();
    control.retain(|(name, _)| name != "q.improve");
    control.push(("q.improve".to_owned(), "a\u{0}b".to_owned()));
    let (status, not_text) = phone.send(&app, &link, &borrowed(&control)).await;
    assert_eq!(status, 422);
    assert!(not_text.contains(&crate::support::ftl_message("fi", "survey-not-text")));
    // A value no question allows is refused too.
    let mut wrong = fields.clone();
    wrong.push(("q.welcome".to_owned(), "9".to_owned()));
    assert_eq!(phone.send(&app, &link, &borrowed(&wrong)).await.0, 422);

    let (status, thanks) = phone.send(&app, &link, &borrowed(&fields)).await;
    assert_eq!(status, 200, "{thanks}");
    assert!(thanks.contains(&crate::support::ftl_message("fi", "survey-thanks")));
    assert_eq!(responses(&app, &org, &round).await, 1);
    // The same device again: refused, on the form and when sending.
    let (_, reopened) = phone.open(&app, &link).await;
    assert!(reopened.contains(&crate::support::ftl_message("fi", "survey-already")));
    assert_eq!(phone.send(&app, &link, &borrowed(&fields)).await.0, 409);

    // A robot filling the hidden field is thanked and forgotten.
    let mut robot = fields.clone();
    robot.push(("website".to_owned(), "http://spam.example".to_owned()));
    let mut other_phone = Phone::new("en");
    other_phone.open(&app, &link).await;
    assert_eq!(
        other_phone.send(&app, &link, &borrowed(&robot)).await.0,
        200
    );
    assert_eq!(responses(&app, &org, &round).await, 1);
    // Sent with no device token (a script, or a browser that lost it): asked to send again
    // with one, and nothing kept — else one phone could answer again and again.
    let cookieless = Phone::new("en");
    let (status, asked_again) = cookieless.send(&app, &link, &borrowed(&fields)).await;
    assert_eq!(status, 422);
    assert!(asked_again.contains(&crate::support::ftl_message("en", "survey-no-device")));
    assert_eq!(responses(&app, &org, &round).await, 1);

    // The shared tablet: no device token, two young people one after the other.
    let kiosk = round["kiosk_link"].as_str().unwrap();
    let mut tablet = Phone::new("sv");
    let (_, form) = tablet.open(&app, kiosk).await;
    assert!(
        tablet.cookie.is_none(),
        "a shared tablet is no one's device"
    );
    tokio::time::sleep(std::time::Duration::from_millis(3100)).await;
    for _ in 0..2 {
        let (status, thanks) = tablet
            .send(&app, kiosk, &borrowed(&full_answer(&started(&form))))
            .await;
        assert_eq!(status, 200);
        assert!(
            thanks.contains(&format!(r#"content="6;url={kiosk}""#)),
            "it starts again"
        );
    }
    assert_eq!(responses(&app, &org, &round).await, 3);

    // What was stored: answers, a day, gender and band as chosen, and nothing else.
    let round_id = round["id"].as_i64().unwrap();
    let (rows, answers, devices) = stored(&app, round_id).await;
    assert_eq!(rows.len(), 3);
    assert!(
        rows.iter()
            .all(|row| row.1.as_deref() == Some("girl") && row.2 == Some(13) && row.3 == Some(15))
    );
    // 11 ratings, two activities, one text each.
    assert_eq!(answers, 3 * 14);
    assert_eq!(devices, 1, "only the phone's device, not the tablet's");

    // Closed, the round settles: the devices go, and the answers are written again with new
    // ids in an order that means nothing — on PostgreSQL all by one transaction.
    let close = format!("/api/v1/survey-rounds/{round_id}/close");
    ok_json(app.call("POST", &close, &org.admin, None).await, 200).await;
    let (settled, answers_after, devices) = stored(&app, round_id).await;
    assert_eq!(devices, 0);
    assert_eq!(answers_after, answers);
    assert_eq!(settled.len(), 3);
    assert!(
        settled
            .iter()
            .all(|row| !rows.iter().any(|old| old.0 == row.0))
    );
    let writers = app
        .db(move |conn| transactions_writing(conn, round_id))
        .await;
    assert!(writers.is_none_or(|count| count == 1), "{writers:?}");
}

/// A round's stored responses, its answers and its devices, counted.
async fn stored(app: &TestApp, round_id: i64) -> (Vec<StoredResponse>, i64, i64) {
    app.db(move |conn| {
        use diesel::prelude::*;
        use logbook_api::db::schema::{survey_answers, survey_devices, survey_responses};
        let rows: Vec<StoredResponse> = survey_responses::table
            .filter(survey_responses::round_id.eq(round_id))
            .select((
                survey_responses::id,
                survey_responses::gender,
                survey_responses::age_min,
                survey_responses::age_max,
            ))
            .load(conn)
            .unwrap();
        let answers: i64 = survey_answers::table
            .filter(survey_answers::round_id.eq(round_id))
            .count()
            .get_result(conn)
            .unwrap();
        let devices: i64 = survey_devices::table
            .filter(survey_devices::round_id.eq(round_id))
            .count()
            .get_result(conn)
            .unwrap();
        (rows, answers, devices)
    })
    .await
}

/// On PostgreSQL, how many transactions wrote the round's responses and answers (`xmin`);
/// SQLite keeps no such thing.
fn transactions_writing(conn: &mut DbConn, round_id: i64) -> Option<i64> {
    use diesel::prelude::*;
    #[derive(QueryableByName)]
    struct Count {
        #[diesel(sql_type = diesel::sql_types::BigInt)]
        writers: i64,
    }
    let DbConn::Pg(pg) = conn else {
        return None;
    };
    let query = "SELECT COUNT(DISTINCT writer) AS writers FROM (
            SELECT xmin::text AS writer FROM survey_responses WHERE round_id = $1
            UNION ALL SELECT xmin::text FROM survey_answers WHERE round_id = $1) AS rows";
    let count: Count = diesel::sql_query(query)
        .bind::<diesel::sql_types::BigInt, _>(round_id)
        .get_result(pg)
        .unwrap();
    Some(count.writers)
}

#[tokio::test]
async fn a_round_answers_only_in_its_period_and_unknown_links_say_so() {
    let app = TestApp::spawn().await;
    let org = Org::build(&app).await;
    let round = open_round(&app, &org).await;
    let link = round["link"].as_str().unwrap().to_owned();
    let mut phone = Phone::new("en");
    let (_, page) = phone.open(&app, &link).await;

    let (status, unknown) = phone.open(&app, "/s/no-such-survey").await;
    assert_eq!(status, 404);
    assert!(unknown.contains(&crate::support::ftl_message("en", "survey-not-found")));

    let close = format!("/api/v1/survey-rounds/{}/close", round["id"]);
    expect_error(
        app.call("POST", &close, &org.worker_a, None).await,
        403,
        "forbidden",
    )
    .await;
    let closed = ok_json(app.call("POST", &close, &org.admin, None).await, 200).await;
    assert_eq!(closed["status"], "closed");
    assert!(closed["closed_at"].is_string());
    let (status, shut) = phone.open(&app, &link).await;
    assert_eq!(status, 200);
    assert!(shut.contains(&crate::support::ftl_message("en", "survey-not-open")));
    tokio::time::sleep(std::time::Duration::from_millis(3100)).await;
    let fields = full_answer(&started(&page));
    assert_eq!(phone.send(&app, &link, &borrowed(&fields)).await.0, 410);
    assert_eq!(responses(&app, &org, &round).await, 0);
}

#[tokio::test]
async fn who_may_build_and_run_surveys_is_checked_on_the_server() {
    let app = TestApp::spawn().await;
    let org = Org::build(&app).await;
    let copy = json!({ "template": "group", "language": "sl" });
    let path = "/api/v1/questionnaires/from-template";
    expect_error(
        app.call("POST", path, &org.manager_a, Some(copy.clone()))
            .await,
        403,
        "forbidden",
    )
    .await;
    let questionnaire = ok_json(app.call("POST", path, &org.admin, Some(copy)).await, 201).await;
    let id = &questionnaire["id"];
    let today = Utc::now().date_naive();
    let round = |units: Value, activities: Value| {
        json!({ "questionnaire_id": id, "title": "Skupina", "opens_on": today,
            "closes_on": today, "language": "sl", "unit_ids": units, "activity_ids": activities })
    };
    let rounds = "/api/v1/survey-rounds";
    // A unit manager runs rounds at their unit (an activity of it counts), not elsewhere and
    // not for the whole organisation; a youth worker not at all.
    let own = ok_json(
        app.call(
            "POST",
            rounds,
            &org.manager_a,
            Some(round(json!([]), json!([org.group_a]))),
        )
        .await,
        201,
    )
    .await;
    assert_eq!(own["unit_ids"], json!([org.unit_a]));
    let refused = app
        .call(
            "POST",
            rounds,
            &org.manager_a,
            Some(round(json!([org.unit_b]), json!([]))),
        )
        .await;
    assert_eq!(
        field_paths(&expect_error(refused, 422, "validation_failed").await),
        ["unit_ids[0]"]
    );
    let refused = app
        .call(
            "POST",
            rounds,
            &org.manager_a,
            Some(round(json!([]), json!([org.foreign_activity]))),
        )
        .await;
    assert_eq!(
        field_paths(&expect_error(refused, 422, "validation_failed").await),
        ["activity_ids[0]"]
    );
    expect_error(
        app.call(
            "POST",
            rounds,
            &org.manager_a,
            Some(round(json!([]), json!([]))),
        )
        .await,
        403,
        "forbidden",
    )
    .await;
    expect_error(
        app.call(
            "POST",
            rounds,
            &org.worker_a,
            Some(round(json!([org.unit_a]), json!([]))),
        )
        .await,
        403,
        "forbidden",
    )
    .await;
    // Unit B's manager does not see unit A's round; unit A's viewer does.
    let one = format!("/api/v1/survey-rounds/{}", own["id"]);
    expect_error(
        app.call("GET", &one, &org.manager_b, None).await,
        404,
        "not_found",
    )
    .await;
    let listed = ok_json(app.call("GET", rounds, &org.manager_b, None).await, 200).await;
    assert_eq!(listed["items"], json!([]));
    let viewed = ok_json(app.call("GET", &one, &org.viewer_a, None).await, 200).await;
    assert!(
        viewed["kiosk_link"].is_null(),
        "the tablet's link takes any number of answers"
    );
    assert!(own["kiosk_link"].is_string());
    let kiosk_qr = app
        .call(
            "GET",
            &format!("{one}/qr.svg?kiosk=true"),
            &org.viewer_a,
            None,
        )
        .await;
    expect_error(kiosk_qr, 403, "forbidden").await;
    let qr = app
        .call("GET", &format!("{one}/qr.svg"), &org.viewer_a, None)
        .await;
    assert_eq!(qr.status(), 200);
    assert!(qr.text().await.unwrap().starts_with("<?xml"));
}

#[tokio::test]
async fn a_questionnaire_that_breaks_the_rules_is_refused_with_its_paths() {
    let app = TestApp::spawn().await;
    let org = Org::build(&app).await;
    let text = json!({ "en": "How was it?" });
    let body = json!({ "name": "Mine", "questions": [
        { "key": "Bad key", "kind": "free_text", "text": text },
        { "key": "scale", "kind": "likert", "text": text, "low_label": { "xx": "no" } },
        { "key": "pick", "kind": "single_choice", "text": text, "options": [{ "key": "a", "label": text }] },
        { "key": "pick", "kind": "free_text", "text": {} },
    ] });
    let refused = app
        .call("POST", "/api/v1/questionnaires", &org.admin, Some(body))
        .await;
    let paths = field_paths(&expect_error(refused, 422, "validation_failed").await);
    for expected in [
        "questions[0].key",
        "questions[1].high_label",
        "questions[1].low_label.xx",
        "questions[2].options",
        "questions[3].text",
        "questions.key[3]",
    ] {
        assert!(
            paths.iter().any(|path| path == expected),
            "{expected} not in {paths:?}"
        );
    }
    let today = Utc::now().date_naive();
    let round = json!({ "questionnaire_id": 999_999, "title": "x", "opens_on": today,
        "closes_on": today - Duration::days(1), "language": "xx" });
    let refused = app
        .call("POST", "/api/v1/survey-rounds", &org.admin, Some(round))
        .await;
    let paths = field_paths(&expect_error(refused, 422, "validation_failed").await);
    assert_eq!(paths, ["closes_on", "language"]);
}

/// 16 girls 13–15 (8 rate 5, 4 rate 4, 4 rate 2; each picks a and b), 3 boys 16–18 (rate 1,
/// pick nothing), 1 saying nothing (rates 3); two of them write something.
fn stored_answers() -> Vec<CheckedResponse> {
    let band = |min, max| Some(AgeBand { min, max });
    let mut all = Vec::new();
    for (index, rating) in [5, 5, 5, 5, 5, 5, 5, 5, 4, 4, 4, 4, 2, 2, 2, 2]
        .into_iter()
        .enumerate()
    {
        let mut answers = vec![
            ("fun".to_owned(), Answer::Scale(rating)),
            ("pick".to_owned(), Answer::Choice("a".to_owned())),
            ("pick".to_owned(), Answer::Choice("b".to_owned())),
        ];
        if index == 0 {
            answers.push(("why".to_owned(), Answer::Text("Zebra".to_owned())));
        }
        all.push(CheckedResponse {
            gender: Some(Gender::Girl),
            age_band: band(13, 15),
            answers,
        });
    }
    for index in 0..3 {
        let mut answers = vec![("fun".to_owned(), Answer::Scale(1))];
        if index == 0 {
            answers.push(("why".to_owned(), Answer::Text("Apple".to_owned())));
        }
        all.push(CheckedResponse {
            gender: Some(Gender::Boy),
            age_band: band(16, 18),
            answers,
        });
    }
    all.push(CheckedResponse {
        gender: None,
        age_band: None,
        answers: vec![("fun".to_owned(), Answer::Scale(3))],
    });
    all
}

/// The groups a results answer shows, in order.
fn row(cells: &[&str]) -> Vec<String> {
    cells.iter().map(|cell| (*cell).to_owned()).collect()
}

fn group_names(results: &Value) -> Vec<&str> {
    let groups = results["groups"].as_array().unwrap();
    groups
        .iter()
        .map(|group| group["group"].as_str().unwrap())
        .collect()
}

/// The organisation's smallest number of answers shown, set to `min`.
async fn set_min_responses(app: &TestApp, organisation: OrganisationId, min: i32) {
    app.db(move |conn| {
        let organisation_row = organisations::get(conn, organisation).unwrap().unwrap();
        let mut settings = organisation_row.settings().unwrap();
        settings.survey_min_responses = min;
        organisations::update_settings(conn, organisation, &settings).unwrap();
    })
    .await;
}

#[tokio::test]
async fn results_show_after_the_round_closes_and_only_groups_that_protect_everyone() {
    let app = TestApp::spawn().await;
    let org = Org::build(&app).await;
    let label = json!({ "en": "x" });
    let questionnaire = ok_json(
        app.call(
            "POST",
            "/api/v1/questionnaires",
            &org.admin,
            Some(json!({
            "name": "Evening", "ask_gender": true, "ask_age_band": true, "questions": [
                { "key": "fun", "kind": "likert", "required": true, "text": label,
                  "low_label": label, "high_label": label },
                { "key": "pick", "kind": "multiple_choice", "text": label,
                  "options": [{ "key": "a", "label": label }, { "key": "b", "label": label }] },
                { "key": "why", "kind": "free_text", "text": label } ] })),
        )
        .await,
        201,
    )
    .await;
    let today = Utc::now().date_naive();
    let round = ok_json(
        app.call(
            "POST",
            "/api/v1/survey-rounds",
            &org.admin,
            Some(json!({
            "questionnaire_id": questionnaire["id"], "title": "Autumn", "opens_on": today,
            "closes_on": today + Duration::days(7), "language": "en", "unit_ids": [org.unit_a] })),
        )
        .await,
        201,
    )
    .await;
    let round_id = SurveyRoundId(round["id"].as_i64().unwrap());
    // Its questions are written in English only: on a Finnish page they say so, for a screen
    // reader to read them in an English voice.
    let (_, page) = Phone::new("fi")
        .open(&app, round["link"].as_str().unwrap())
        .await;
    assert!(page.contains(r#"<html lang="fi">"#));
    assert!(page.contains(r#"<span lang="en">x</span>"#), "{page}");
    let organisation = org.organisation;
    app.db(move |conn| {
        let record = survey_rounds::get(conn, organisation, round_id)
            .unwrap()
            .unwrap();
        for response in stored_answers() {
            let recorded = survey_rounds::record_response(conn, &record, None, &response, today);
            assert_eq!(recorded.unwrap(), Recorded::Stored);
        }
    })
    .await;
    let results = format!("/api/v1/survey-rounds/{round_id}/results");
    // While answers may still come, nothing shows.
    expect_error(
        app.call("GET", &results, &org.admin, None).await,
        409,
        "conflict",
    )
    .await;
    let close = format!("/api/v1/survey-rounds/{round_id}/close");
    ok_json(app.call("POST", &close, &org.admin, None).await, 200).await;

    // 20 answers ≥ 15: everyone's figures, by hand.
    let read = ok_json(
        app.call("GET", &format!("{results}?by=gender"), &org.admin, None)
            .await,
        200,
    )
    .await;
    assert_eq!(read["shown"], true);
    assert_eq!(read["responses"], 20);
    assert_eq!(
        read["groups"].as_array().unwrap().len(),
        1,
        "no gender group leaves 15 others beside 15 of its own"
    );
    let fun = &read["groups"][0]["questions"][0];
    assert_eq!(fun["answered"], 20);
    let counts: Vec<i64> = fun["counts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["count"].as_i64().unwrap())
        .collect();
    assert_eq!(counts, [3, 4, 1, 4, 8]);
    assert_eq!(fun["mean"], 3.5); // (3 + 8 + 3 + 16 + 40) / 20
    assert_eq!(fun["agreeing_percent"], 60.0); // 12 of 20
    let pick = &read["groups"][0]["questions"][1];
    assert_eq!(pick["answered"], 16);
    assert_eq!(
        pick["counts"],
        json!([{ "value": "a", "count": 16 }, { "value": "b", "count": 16 }])
    );
    assert_eq!(
        read["groups"][0]["questions"].as_array().unwrap().len(),
        2,
        "free text is never a figure"
    );
    assert_eq!(
        read["free_text"],
        json!([{ "key": "why", "answers": ["Apple", "Zebra"] }])
    );
    // A viewer and an integration token read figures, never words.
    let viewed = ok_json(app.call("GET", &results, &org.viewer_a, None).await, 200).await;
    assert_eq!(viewed["free_text"], json!([]));

    // The same as a file a spreadsheet opens: a row per value, the words where the reader
    // may see them.
    let export = format!("{results}/export?format=csv");
    let file = app.call("GET", &export, &org.admin, None).await;
    assert_eq!(file.status(), 200);
    let records = csv_records(&file.text().await.unwrap());
    assert_eq!(
        records[0],
        [
            "Group",
            "Question",
            "Answer",
            "Answers",
            "Answered the question",
            "Average (1–5)",
            "Agree (4–5), %"
        ]
    );
    assert!(records.contains(&row(&["Everyone", "x", "5", "8", "20", "3.5", "60"])));
    assert!(records.contains(&row(&["Everyone", "x", "Apple", "", "", "", ""])));
    let file = app.call("GET", &export, &org.viewer_a, None).await;
    let viewed = file.text().await.unwrap();
    assert!(
        viewed.contains("3.5") && !viewed.contains("Apple"),
        "{viewed}"
    );
    let workbook = app
        .call(
            "GET",
            &format!("{results}/export?format=xlsx"),
            &org.admin,
            None,
        )
        .await;
    assert_eq!(
        workbook.headers()["content-type"],
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    );
    assert!(workbook.bytes().await.unwrap().starts_with(b"PK"));

    // With 3 as the smallest number shown: girls (16, leaving 4) and boys (3, leaving 17)
    // would both pass, but the one who said nothing would then be 20 − 16 − 3: boys hide too.
    set_min_responses(&app, organisation, 3).await;
    let read = ok_json(
        app.call("GET", &format!("{results}?by=gender"), &org.admin, None)
            .await,
        200,
    )
    .await;
    assert_eq!(group_names(&read), ["all", "girl"]);
    let girls = &read["groups"][1]["questions"][0];
    assert_eq!(girls["mean"], 4.0); // (8 + 16 + 40) / 16
    assert_eq!(girls["agreeing_percent"], 75.0);
    let read = ok_json(
        app.call("GET", &format!("{results}?by=age_band"), &org.admin, None)
            .await,
        200,
    )
    .await;
    assert_eq!(group_names(&read), ["all", "13-15"]);
    let refused = app
        .call("GET", &format!("{results}?by=colour"), &org.admin, None)
        .await;
    expect_error(refused, 400, "bad_request").await;

    // With 21 as the smallest number, 20 answers show nothing at all.
    set_min_responses(&app, organisation, 21).await;
    let read = ok_json(app.call("GET", &results, &org.admin, None).await, 200).await;
    assert_eq!(read["shown"], false);
    assert_eq!(read["groups"], json!([]));
    assert_eq!(read["free_text"], json!([]));
}

#[tokio::test]
async fn the_demo_has_a_closed_round_of_forty_answers_with_results_and_an_open_one() {
    let app = TestApp::spawn().await;
    let token = &demo_admin(&app).await;
    let rounds = ok_json(
        app.call("GET", "/api/v1/survey-rounds", token, None).await,
        200,
    )
    .await;
    let rounds = rounds["items"].as_array().unwrap();
    let statuses: Vec<(&str, i64)> = rounds
        .iter()
        .map(|round| {
            (
                round["status"].as_str().unwrap(),
                round["responses"].as_i64().unwrap(),
            )
        })
        .collect();
    assert_eq!(statuses, [("closed", 40), ("open", 0)]);
    let closed = &rounds[0]["id"];
    let results = ok_json(
        app.call(
            "GET",
            &format!("/api/v1/survey-rounds/{closed}/results?by=gender"),
            token,
            None,
        )
        .await,
        200,
    )
    .await;
    assert_eq!(results["shown"], true);
    assert_eq!(results["responses"], 40);
    let all = &results["groups"][0];
    assert_eq!(all["group"], "all");
    let welcome = &all["questions"][0];
    assert_eq!(welcome["answered"], 40);
    assert!(welcome["mean"].as_f64().unwrap() > 3.0, "{welcome}");
    // The annual report of the year it closed in carries it, everyone's figures only; the
    // open round is not there.
    let annual = ok_json(
        app.call("GET", "/api/v1/annual-reports/2026", token, None)
            .await,
        200,
    )
    .await;
    let surveys = annual["surveys"].as_array().unwrap();
    assert_eq!(surveys.len(), 1);
    assert_eq!(surveys[0]["title"], "Meeting-place survey, autumn 2026");
    assert_eq!(surveys[0]["results"]["groups"][0]["group"], "all");
    assert_eq!(
        surveys[0]["results"]["groups"][0]["questions"][0],
        results["groups"][0]["questions"][0]
    );
    assert_eq!(surveys[0]["results"]["free_text"], json!([]));
    let pdf = app
        .call("GET", "/api/v1/annual-reports/2026/pdf", token, None)
        .await;
    let text = pdf_text(pdf).await;
    for expected in [
        "Youth surveys",
        "Meeting-place survey, autumn 2026",
        "40 answers",
    ] {
        assert!(text.contains(expected), "{expected:?} is not in {text:?}");
    }

    // The demo network's five members ran the same survey: each shows, and so does the median.
    let network_admin: Value = app
        .login(
            "network@demo.logbook.example",
            logbook_api::seed::DEMO_PASSWORD,
        )
        .await
        .json()
        .await
        .unwrap();
    let network_admin = network_admin["access_token"].as_str().unwrap();
    let networks = ok_json(
        app.call("GET", "/api/v1/networks", network_admin, None)
            .await,
        200,
    )
    .await;
    let network = &networks["items"][0]["id"];
    let path = format!("/api/v1/networks/{network}/surveys?template=meeting_place&year=2026");
    let compared = ok_json(app.call("GET", &path, network_admin, None).await, 200).await;
    let members = compared["members"].as_array().unwrap();
    assert_eq!(members.len(), 5);
    assert!(
        members
            .iter()
            .all(|member| member["responses"].as_i64() >= Some(15))
    );
    assert!(
        compared["median"][0]["mean"].as_f64().is_some(),
        "{compared}"
    );

    // The poster of the open round: the call to answer, its title and its link, in the
    // round's language or the one asked for.
    let open = &rounds[1]["id"];
    let poster = format!("/api/v1/survey-rounds/{open}/poster.pdf");
    let pdf = app.call("GET", &poster, token, None).await;
    assert_eq!(pdf.headers()["content-type"], "application/pdf");
    let text = pdf_text(pdf).await;
    let link = rounds[1]["link"].as_str().unwrap();
    for expected in [
        "Tell us what you think!",
        "Meeting-place survey, this month",
        link,
    ] {
        assert!(text.contains(expected), "{expected:?} is not in {text:?}");
    }
    let pdf = app
        .call("GET", &format!("{poster}?lang=sl"), token, None)
        .await;
    let text = pdf_text(pdf).await;
    let call = ftl_message("sl", "survey-poster-title");
    assert!(text.contains(&call), "{call:?} is not in {text:?}");
    expect_error(
        app.call(
            "GET",
            &format!("/api/v1/survey-rounds/{open}/results"),
            token,
            None,
        )
        .await,
        409,
        "conflict",
    )
    .await;
}

#[tokio::test]
async fn fourteen_answers_show_nothing_fifteen_show_and_an_open_round_shows_no_one() {
    let app = TestApp::spawn().await;
    let org = Org::build(&app).await;
    let open = open_round(&app, &org).await;
    let questionnaire = &open["questionnaire_id"];
    let organisation = org.organisation;
    // A round of last month with `count` answers, each agreeing.
    let answered_round = async |count: usize| {
        let today = Utc::now().date_naive();
        let round = json!({ "questionnaire_id": questionnaire, "title": "Last month",
            "opens_on": today - Duration::days(40), "closes_on": today - Duration::days(10),
            "language": "en", "unit_ids": [org.unit_a] });
        let path = "/api/v1/survey-rounds";
        let round = ok_json(app.call("POST", path, &org.admin, Some(round)).await, 201).await;
        let id = SurveyRoundId(round["id"].as_i64().unwrap());
        app.db(move |conn| {
            let record = survey_rounds::get(conn, organisation, id).unwrap().unwrap();
            let answer = CheckedResponse {
                gender: None,
                age_band: None,
                answers: vec![("welcome".to_owned(), Answer::Scale(4))],
            };
            for _ in 0..count {
                let recorded = survey_rounds::record_response(conn, &record, None, &answer, today);
                assert_eq!(recorded.unwrap(), Recorded::Stored);
            }
        })
        .await;
        format!("/api/v1/survey-rounds/{id}/results")
    };
    // While a round is open, no role reads anything, whatever it may read once closed.
    let results = format!("/api/v1/survey-rounds/{}/results", open["id"]);
    for token in [&org.admin, &org.manager_a, &org.worker_a, &org.viewer_a] {
        let refused = app.call("GET", &results, token, None).await;
        expect_error(refused, 409, "conflict").await;
    }
    // 14 answers, the default smallest number 15: nothing at all.
    let fourteen = answered_round(14).await;
    let read = ok_json(app.call("GET", &fourteen, &org.admin, None).await, 200).await;
    assert_eq!(
        (&read["responses"], &read["shown"]),
        (&json!(14), &json!(false))
    );
    assert_eq!(read["groups"], json!([]));
    // 15: everyone's figures.
    let fifteen = answered_round(15).await;
    let read = ok_json(app.call("GET", &fifteen, &org.admin, None).await, 200).await;
    assert_eq!(
        (&read["responses"], &read["shown"]),
        (&json!(15), &json!(true))
    );
    let welcome = &read["groups"][0]["questions"][0];
    assert_eq!(welcome["answered"], 15);
    assert_eq!(welcome["agreeing_percent"], 100.0);
    // Closed and settled, a round takes no more answers, whatever sends them.
    let settled = fifteen
        .trim_end_matches("/results")
        .rsplit('/')
        .next()
        .unwrap();
    let id = SurveyRoundId(settled.parse().unwrap());
    let late = app
        .db(move |conn| {
            let record = survey_rounds::get(conn, organisation, id).unwrap().unwrap();
            let answer = CheckedResponse {
                gender: None,
                age_band: None,
                answers: Vec::new(),
            };
            let today = Utc::now().date_naive();
            survey_rounds::record_response(conn, &record, Some("device"), &answer, today).unwrap()
        })
        .await;
    assert_eq!(late, Recorded::RoundClosed);
}

#[tokio::test]
async fn behind_a_proxy_the_poster_links_to_the_configured_public_address() {
    let public = "https://logbook.example.org";
    let app = TestApp::spawn_configured(|state| {
        state.public_url = Some(public.to_owned());
    })
    .await;
    let org = Org::build(&app).await;
    let round = open_round(&app, &org).await;
    let poster = format!("/api/v1/survey-rounds/{}/poster.pdf", round["id"]);
    let text = pdf_text(app.call("GET", &poster, &org.admin, None).await).await;
    let link = format!("{public}{}", round["link"].as_str().unwrap());
    assert!(text.contains(&link), "{link:?} is not in {text:?}");
}
