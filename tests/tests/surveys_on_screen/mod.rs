//! Youth surveys on screen: an org admin copies a template, starts a round, prints its poster
//! and reads a closed round's results; a young person answers on a phone in Slovenian with
//! JavaScript turned off; the answering page fits a small phone, passes axe and stays under
//! its byte budget on a cold load.

use std::time::Duration;

use fantoccini::Locator;
use logbook_api::seed;
use serde_json::{Value, json};

use crate::support::ftl_message;
use crate::{Browser, api_get, api_token, demo_app, sign_in};

/// What the answering page may transfer on a cold load (issue 19).
const PAGE_BUDGET: f64 = 60.0 * 1024.0;

async fn rounds(app: &crate::support::TestApp, token: &str) -> Vec<Value> {
    let list = api_get(app, "/api/v1/survey-rounds", token).await;
    list["items"].as_array().unwrap().clone()
}

#[tokio::test]
async fn an_org_admin_copies_a_template_starts_a_round_prints_its_poster_and_reads_results() {
    let app = demo_app().await;
    let token = api_token(&app, seed::DEMO_EMAIL).await;
    let english = |id: &str| ftl_message("en", id);
    let browser = Browser::start().await;
    browser.client.goto(&app.url("/login")).await.unwrap();
    sign_in(&browser, seed::DEMO_PASSWORD).await;
    browser.go("/surveys").await;

    browser.click("#copy-group").await;
    browser
        .expect_texts(".notice", &[&english("surveys-copied")])
        .await;
    browser.texts("#questionnaires li", 2).await;
    browser
        .element("#round-questionnaire")
        .await
        .select_by_label("Group survey")
        .await
        .unwrap();
    browser.fill("#round-title", "Girls' group, December").await;
    // The group's own survey: at one activity.
    browser
        .click("#start-round input[id^='round-activity-']")
        .await;
    browser.click("#round-start").await;
    browser
        .expect_texts(".notice", &[&english("surveys-started")])
        .await;
    let started = rounds(&app, &token).await;
    let newest = started.last().unwrap();
    assert_eq!(newest["title"], "Girls' group, December");
    assert_eq!(newest["status"], "open");
    assert_eq!(newest["activity_ids"].as_array().unwrap().len(), 1);
    assert_eq!(
        newest["unit_ids"].as_array().unwrap().len(),
        1,
        "the activity's unit"
    );
    let id = newest["id"].as_i64().unwrap();
    let link = newest["link"].as_str().unwrap();
    let shown = browser
        .text_of(&format!("#round-{id} .survey-link a"))
        .await;
    assert!(shown.ends_with(link), "{shown} is not {link}");

    // The poster: the call to answer and the round's link, to print.
    browser.click(&format!("#round-{id}-poster")).await;
    let pdf = browser.downloaded(&format!("survey-{id}-poster.pdf")).await;
    let document = lopdf::Document::load_mem(&pdf).unwrap();
    let pages: Vec<u32> = document.get_pages().keys().copied().collect();
    let text = document.extract_text(&pages).unwrap();
    for expected in [english("survey-poster-title").as_str(), link] {
        assert!(text.contains(expected), "{expected:?} is not in {text:?}");
    }

    // The demo's closed round: 40 answers, a chart per question, the written answers.
    let closed = started[0]["id"].as_i64().unwrap();
    browser
        .click(&format!("#round-{closed} a[href='/surveys/{closed}']"))
        .await;
    browser
        .expect_texts("#results-count", &["40 answers"])
        .await;
    browser.element("#chart-welcome-all svg[role=img]").await;
    assert!(
        browser
            .text_of("#question-welcome .survey-summary")
            .await
            .starts_with("Average "),
    );
    browser.element("#free-text li").await;
    browser
        .element("#results-by")
        .await
        .select_by_value("gender")
        .await
        .unwrap();
    // Everyone, and at most the groups that leave enough others beside them.
    let charts = browser
        .texts_until("#question-welcome figure", |charts| charts.len() >= 2)
        .await;
    assert!(charts.len() <= 3, "{charts:?}");
    browser.click("#results-csv").await;
    let csv = browser
        .downloaded(&format!("survey-{closed}-results.csv"))
        .await;
    let csv = String::from_utf8(csv).unwrap();
    assert!(csv.starts_with("Group,Question,Answer,"), "{csv}");

    for width in [320, 1280] {
        browser.resize(width).await;
        browser.settle().await;
        let (over, sticking_out) = browser.overflow().await;
        assert_eq!(over, 0, "results at {width} px: {sticking_out:?}");
        assert_eq!(browser.axe_violations().await, Vec::<String>::new());
    }
    browser.stop().await;
}

#[tokio::test]
async fn a_young_person_answers_in_slovenian_on_a_phone_with_javascript_turned_off() {
    let app = demo_app().await;
    let token = api_token(&app, seed::DEMO_EMAIL).await;
    let open = rounds(&app, &token).await[1].clone();
    let link = open["link"].as_str().unwrap();
    let browser = Browser::start().await;
    browser
        .devtools(
            "Emulation.setScriptExecutionDisabled",
            json!({ "value": true }),
        )
        .await;
    // Scripts really are off: the staff app, which needs them, never starts.
    browser.client.goto(&app.url("/login")).await.unwrap();
    tokio::time::sleep(Duration::from_secs(2)).await;
    let sign_in_form = browser.client.find_all(Locator::Css("#email")).await;
    assert_eq!(sign_in_form.unwrap().len(), 0, "the web app ran");

    browser
        .client
        .goto(&app.url(&format!("{link}?lang=sl")))
        .await
        .unwrap();
    assert_eq!(
        browser.text_of("button[type=submit]").await,
        ftl_message("sl", "survey-send")
    );

    // Every 1–5 question answered 4, by tapping its label as a thumb would.
    let likert = open["form"]["questions"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|question| question["kind"] == "likert");
    for question in likert {
        let key = question["key"].as_str().unwrap();
        browser
            .click(&format!("input[name='q.{key}'][value='4']"))
            .await;
    }
    browser
        .fill("textarea[name='q.improve']", "Več izletov")
        .await;
    // An answer sent within seconds of opening is taken for a robot's.
    tokio::time::sleep(Duration::from_secs(4)).await;
    browser.click("button[type=submit]").await;
    browser
        .expect_texts("h1", &[&ftl_message("sl", "survey-thanks-title")])
        .await;
    let after = rounds(&app, &token).await;
    assert_eq!(after[1]["responses"], 1);

    // The same phone again: one answer per device.
    browser.client.goto(&app.url(link)).await.unwrap();
    let page = browser.page_text().await;
    assert!(
        page.contains(&ftl_message("en", "survey-already")),
        "{page}"
    );
    browser.stop().await;
}

#[tokio::test]
async fn the_answering_page_fits_a_small_phone_passes_axe_and_stays_under_its_byte_budget() {
    let app = demo_app().await;
    let token = api_token(&app, seed::DEMO_EMAIL).await;
    let open = rounds(&app, &token).await[1].clone();
    let link = open["link"].as_str().unwrap();
    let browser = Browser::start().await;
    browser.resize(320).await;
    browser
        .client
        .goto(&app.url(&format!("{link}?lang=fi")))
        .await
        .unwrap();
    browser.element("button[type=submit]").await;
    let transferred = browser
        .client
        .execute(
            "return performance.getEntriesByType('navigation')
                 .concat(performance.getEntriesByType('resource'))
                 .reduce((sum, entry) => sum + entry.transferSize, 0);",
            vec![],
        )
        .await
        .unwrap()
        .as_f64()
        .unwrap();
    println!(
        "survey page, cold load: {:.1} KB transferred",
        transferred / 1024.0
    );
    assert!(
        transferred > 0.0 && transferred <= PAGE_BUDGET,
        "{transferred} bytes"
    );
    let (over, sticking_out) = browser.overflow().await;
    assert_eq!(over, 0, "{sticking_out:?}");
    assert_eq!(browser.axe_violations().await, Vec::<String>::new());
    browser.stop().await;
}

#[tokio::test]
async fn a_network_admin_sees_the_members_meeting_place_survey_side_by_side() {
    let app = demo_app().await;
    let browser = Browser::start().await;
    browser.client.goto(&app.url("/login")).await.unwrap();
    crate::sign_in_as(
        &browser,
        "network@demo.logbook.example",
        seed::DEMO_PASSWORD,
    )
    .await;
    browser.go("/network").await;
    // Five members, all of them shown together, and the median.
    let rows = browser.texts("#compared-welcome tbody tr", 7).await;
    assert!(rows[5].starts_with("All members shown"), "{rows:?}");
    assert!(rows[6].starts_with("Network median"), "{rows:?}");
    assert!(
        rows.iter().all(|row| !row.contains("Too few answers")),
        "{rows:?}"
    );
    browser.stop().await;
}

#[tokio::test]
async fn an_org_admin_builds_a_questionnaire_in_two_languages() {
    let app = demo_app().await;
    let token = api_token(&app, seed::DEMO_EMAIL).await;
    let browser = Browser::start().await;
    browser.client.goto(&app.url("/login")).await.unwrap();
    sign_in(&browser, seed::DEMO_PASSWORD).await;
    browser.go("/surveys").await;
    browser.click("a[href='/questionnaires/new']").await;
    browser.fill("#builder-name", "Summer camp").await;
    // The first question, a 1–5 scale, in English and then in Swedish.
    browser
        .fill("#question-0-text", "I felt safe at the camp")
        .await;
    browser.fill("#question-0-low_label", "Not at all").await;
    browser.fill("#question-0-high_label", "Completely").await;
    browser
        .element("#builder-language")
        .await
        .select_by_value("sv")
        .await
        .unwrap();
    assert_eq!(
        browser
            .element("#question-0-text")
            .await
            .prop("value")
            .await
            .unwrap(),
        Some(String::new())
    );
    browser
        .fill("#question-0-text", "Jag kände mig trygg på lägret")
        .await;
    // A second question, one of two options, moved first; an option left without a text is
    // caught before anything is sent.
    browser.click("#builder-add-single_choice").await;
    browser.fill("#question-1-options-0--label", "Ja").await;
    browser.click("#question-1-up").await;
    browser
        .fill("#question-0-text", "Kommer du tillbaka?")
        .await;
    browser.click("#builder-save").await;
    browser
        .element("#question-0-options-1--label-errors li")
        .await;
    browser.fill("#question-0-options-1--label", "Nej").await;
    browser.click("#builder-save").await;
    browser.wait_for_path("/surveys").await;

    let list = api_get(&app, "/api/v1/questionnaires", &token).await;
    let built = list["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|questionnaire| questionnaire["name"] == "Summer camp")
        .unwrap()
        .clone();
    let questions = built["questions"].as_array().unwrap();
    assert_eq!(questions.len(), 2);
    assert_eq!(questions[0]["kind"], "single_choice");
    assert_eq!(questions[0]["text"], json!({ "sv": "Kommer du tillbaka?" }));
    let labels: Vec<&Value> = questions[0]["options"]
        .as_array()
        .unwrap()
        .iter()
        .map(|option| &option["label"]["sv"])
        .collect();
    assert_eq!(labels, [&json!("Ja"), &json!("Nej")]);
    assert_eq!(
        questions[1]["text"],
        json!({ "en": "I felt safe at the camp", "sv": "Jag kände mig trygg på lägret" })
    );
    assert_eq!(questions[1]["low_label"], json!({ "en": "Not at all" }));
    assert_eq!(questions[1]["required"], true);

    browser.resize(320).await;
    browser.client.goto(&app.url("/surveys")).await.unwrap();
    browser
        .click(&format!("a[href='/questionnaires/{}']", built["id"]))
        .await;
    browser.element("#question-1-text").await;
    browser.settle().await;
    let (over, sticking_out) = browser.overflow().await;
    assert_eq!(over, 0, "the builder at 320 px: {sticking_out:?}");
    assert_eq!(browser.axe_violations().await, Vec::<String>::new());
    browser.stop().await;
}
