//! Follow-up of aims on screen (issue 20): an org admin adopts the Good Enough aims for a
//! unit, reads each indicator's status and trend, writes an action plan, changes a target in
//! the aim editor (which fits a small phone and passes axe), and finds the follow-up in the
//! annual report, on the page and in the PDF.

use chrono::Datelike;
use logbook_api::seed;
use serde_json::Value;

use crate::support::{ftl_message, pdf_text};
use crate::{Browser, api_get, api_token, demo_app, sign_in};

#[tokio::test]
async fn an_org_admin_adopts_good_enough_writes_a_plan_and_finds_it_in_the_annual_report() {
    let app = demo_app().await;
    let token = api_token(&app, seed::DEMO_EMAIL).await;
    let english = |id: &str| ftl_message("en", id);
    let browser = Browser::start().await;
    browser.client.goto(&app.url("/login")).await.unwrap();
    sign_in(&browser, seed::DEMO_PASSWORD).await;
    browser.go("/follow-up").await;
    // The organisation's Good Enough aims are the demo's, each with its status.
    browser.element(".aim .status").await;

    // Harbour has no aims: adopt all seven there with one click.
    let units = api_get(&app, "/api/v1/units", &token).await;
    let harbour = units["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|unit| unit["name"] == "Harbour youth centre")
        .unwrap()["id"]
        .clone();
    browser
        .element("#follow-scope")
        .await
        .select_by_value(&harbour.to_string())
        .await
        .unwrap();
    browser
        .expect_texts(".empty", &[&english("follow-no_aims")])
        .await;
    browser.click("#adopt-all").await;
    let titles = browser.texts(".aim h2", 7).await;
    assert_eq!(titles[0], "Even gender balance");
    // Every indicator says where it stands in words, not by colour alone.
    let statuses = browser.texts(".aim .indicator-value .status", 11).await;
    let words: Vec<String> = ["met", "close", "not_met", "not_enough_data"]
        .iter()
        .map(|status| english(&format!("follow-status_{status}")))
        .collect();
    for status in &statuses {
        assert!(
            words.iter().any(|word| status.ends_with(word.as_str())),
            "{status}"
        );
    }
    let read = api_get(
        &app,
        &format!("/api/v1/follow-up?unit_id={harbour}"),
        &token,
    )
    .await;
    let aims = read["aims"].as_array().unwrap();
    assert_eq!(aims.len(), 7);
    let first = aims[0]["aim"]["id"].as_i64().unwrap();

    // An action plan for the first aim.
    let plan = format!("#plan-{first}");
    browser
        .fill(&format!("{plan}-notes"), "Few girls come on weekdays.")
        .await;
    browser.click(&format!("{plan} button.secondary")).await;
    browser
        .fill(
            &format!("{plan}-0-what"),
            "Open a girls' evening on Wednesdays",
        )
        .await;
    browser.fill(&format!("{plan}-0-who"), "Harbour team").await;
    browser
        .click(&format!("{plan} button[type='submit']"))
        .await;
    browser
        .expect_texts(
            &format!("{plan} [role='status']"),
            &[&english("follow-plan_saved")],
        )
        .await;
    let plans = api_get(&app, &format!("/api/v1/aims/{first}/plans"), &token).await;
    assert_eq!(plans[0]["notes"], "Few girls come on weekdays.");
    assert_eq!(
        plans[0]["actions"][0]["what"],
        "Open a girls' evening on Wednesdays"
    );

    // The aim editor on a small phone: the bar for girls goes up to 45 % from today.
    browser.resize(320).await;
    browser
        .click(&format!("#aim-{first} a[href='/aims/{first}']"))
        .await;
    // Once the editor has everything it loads (the units come last), or a late redraw would
    // put the old target back between clearing the field and typing.
    browser.element("#aim-unit option:not([value=''])").await;
    browser.settle().await;
    browser.fill("#indicator-0-target", "45").await;
    let (over, sticking_out) = browser.overflow().await;
    assert_eq!(over, 0, "the aim editor at 320 px: {sticking_out:?}");
    assert_eq!(browser.axe_violations().await, Vec::<String>::new());
    browser.click("#aim-save").await;
    browser.wait_for_path("/follow-up").await;
    let aim = api_get(&app, &format!("/api/v1/aims/{first}"), &token).await;
    let targets: Vec<&Value> = aim["indicators"][0]["targets"]
        .as_array()
        .unwrap()
        .iter()
        .map(|target| &target["target"])
        .collect();
    assert_eq!(targets, [40.0, 45.0]);

    // The annual report follows the aim, with its plan, on the page and in the PDF.
    browser.resize(1280).await;
    browser.go("/annual-report").await;
    let section = format!("#annual-aim-{first}");
    browser
        .texts_until(&format!("{section} li"), |texts| {
            texts
                .iter()
                .any(|text| text.starts_with("Open a girls' evening on Wednesdays"))
        })
        .await;
    let year = chrono::Utc::now().year();
    let pdf = app
        .call(
            "GET",
            &format!("/api/v1/annual-reports/{year}/pdf"),
            &token,
            None,
        )
        .await;
    let text = pdf_text(pdf).await;
    for expected in [
        "Even gender balance",
        "Few girls come on weekdays.",
        "Open a girls' evening on Wednesdays",
    ] {
        assert!(text.contains(expected), "{expected:?} is not in the PDF");
    }
    browser.stop().await;
}
