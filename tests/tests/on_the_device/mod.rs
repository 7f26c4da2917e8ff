//! What the app keeps on the device: the service worker's copy of the app and the answers the
//! session form needs, so that "Log a session" opens at once and with no connection; and the
//! outbox, where what is logged with no connection waits until it is sent, once.

mod relay;

use std::time::Duration;

use fantoccini::wd::WebDriverCompatibleCommand;
use logbook_api::seed;
use serde_json::{Value, json};

use crate::support::TestApp;
use crate::{Browser, api_get, api_token, demo_app, sign_in_as};
use relay::Relay;

/// A Chrome DevTools Protocol command, through chromedriver's passthrough.
#[derive(Debug)]
struct DevTools {
    command: &'static str,
    params: Value,
}

impl WebDriverCompatibleCommand for DevTools {
    fn endpoint(
        &self,
        base_url: &url::Url,
        session_id: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base_url.join(&format!(
            "session/{}/goog/cdp/execute",
            session_id.unwrap_or("")
        ))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        let body = json!({ "cmd": self.command, "params": self.params });
        (http::Method::POST, Some(body.to_string()))
    }
}

impl Browser {
    /// Cuts the page off the network (`true`) or connects it again.
    async fn offline(&self, offline: bool) {
        for (command, params) in [
            ("Network.enable", json!({})),
            (
                "Network.emulateNetworkConditions",
                json!({ "offline": offline, "latency": 0,
                        "downloadThroughput": -1, "uploadThroughput": -1 }),
            ),
        ] {
            self.devtools(command, params).await;
        }
    }

    /// Runs a Chrome DevTools Protocol command on the page.
    pub(crate) async fn devtools(&self, command: &'static str, params: Value) {
        self.client
            .issue_cmd(DevTools { command, params })
            .await
            .unwrap();
    }

    async fn script(&self, script: &str) -> Value {
        self.client.execute(script, vec![]).await.unwrap()
    }

    /// Waits until the service worker runs the page (it takes over once it has the app).
    async fn service_worker_in_charge(&self) {
        for _ in 0..200 {
            let script = "return navigator.serviceWorker.controller !== null;";
            if self.script(script).await == json!(true) {
                return;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("the service worker never took over the page");
    }

    /// The API paths the page asked for, once its form's data has been asked for again.
    async fn api_calls_once_settled(&self) -> Vec<String> {
        let script = "return performance.getEntriesByType('resource')
                          .map(entry => new URL(entry.name).pathname)
                          .filter(path => path.startsWith('/api/'));";
        for _ in 0..200 {
            let asked: Vec<String> = serde_json::from_value(self.script(script).await).unwrap();
            if asked.iter().any(|path| path == "/api/v1/sessions") {
                return asked;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("the form's data was never asked for again");
    }

    /// The activities the session form offers.
    /// The activities the form offers, once it offers some: the form may draw itself again
    /// (the server's answer replacing the device's) between finding it and reading it.
    async fn offered_activities(&self) -> Vec<String> {
        self.element("#session-activity option:nth-child(2)").await;
        let script = "return [...document.querySelectorAll('#session-activity option')]
                          .map(option => option.textContent);";
        let mut offered = Vec::new();
        for _ in 0..100 {
            offered = serde_json::from_value(self.script(script).await).unwrap();
            if offered.len() > 1 {
                break;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        offered
    }
}

#[tokio::test]
async fn a_youth_worker_opens_log_a_session_with_no_connection_and_signing_out_forgets_it() {
    let app = demo_app().await;
    let browser = Browser::start().await;
    browser.client.goto(&app.url("/login")).await.unwrap();
    sign_in_as(&browser, "worker@demo.logbook.example", seed::DEMO_PASSWORD).await;
    let online = browser.offered_activities().await;
    browser.element("#save-session").await;
    browser.service_worker_in_charge().await;

    // A reload asks for each thing once and never for `/me`: the refresh `boot.js` starts
    // answers who is signed in, and the form's data is asked for while the app starts.
    browser.client.refresh().await.unwrap();
    assert_eq!(browser.offered_activities().await, online);
    let asked = browser.api_calls_once_settled().await;
    let mut once = asked.clone();
    once.sort();
    once.dedup();
    assert_eq!(once.len(), asked.len(), "asked twice: {asked:?}");
    assert!(
        asked.contains(&"/api/v1/auth/refresh".to_owned()),
        "{asked:?}"
    );
    assert!(!asked.contains(&"/api/v1/me".to_owned()), "{asked:?}");

    // No signal: the page reloads from the device, signed in, with the same form.
    browser.offline(true).await;
    browser.client.refresh().await.unwrap();
    assert_eq!(
        browser.script("return navigator.onLine;").await,
        json!(false)
    );
    assert_eq!(browser.offered_activities().await, online);
    browser.element("#save-session").await;
    assert!(browser.page_text().await.contains("Log a session"));

    // A fresh start of the browser's page, still without signal.
    browser.client.goto(&app.url("/log")).await.unwrap();
    assert_eq!(browser.offered_activities().await, online);

    // Back online the server is asked again and the sign-in still holds.
    browser.offline(false).await;
    browser.client.refresh().await.unwrap();
    assert_eq!(browser.offered_activities().await, online);
    browser.menu_click("#logout").await;
    browser.wait_for_path("/login").await;
    let kept = browser
        .script("return Object.keys(localStorage).filter(key => key.startsWith('logbook.kept.'));")
        .await;
    assert_eq!(kept, json!([]), "signing out forgets what the device kept");
    browser.stop().await;
}

/// Takes the signal away (`true`) or gives it back, for the server and the phone alike: the
/// relay cuts the network, the emulation tells the page (`navigator.onLine`, `online`).
async fn no_signal(browser: &Browser, network: &Relay, cut: bool) {
    network.cut(cut);
    browser.offline(cut).await;
}

/// Waits until today's record is `expected` (ten seconds at most), and holds it to that.
async fn record_becomes(
    app: &TestApp,
    token: &str,
    notes: &[&str],
    expected: (i64, i64, Vec<usize>),
) {
    let mut record = todays_record(app, token, notes).await;
    for _ in 0..100 {
        if record == expected {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
        record = todays_record(app, token, notes).await;
    }
    assert_eq!(record, expected);
}

/// Today's sessions and visits in the worker's report, and how often each note is logged.
async fn todays_record(app: &TestApp, token: &str, notes: &[&str]) -> (i64, i64, Vec<usize>) {
    let today = chrono::Utc::now().date_naive();
    let report = api_get(
        app,
        &format!("/api/v1/reports?from={today}&to={today}"),
        token,
    )
    .await;
    let sessions = api_get(
        app,
        &format!("/api/v1/sessions?from={today}&to={today}&limit=200"),
        token,
    )
    .await;
    let logged: Vec<&str> = sessions["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|session| session["notes"].as_str())
        .collect();
    let times = notes
        .iter()
        .map(|note| logged.iter().filter(|logged| *logged == note).count())
        .collect();
    (
        report["total"]["sessions"].as_i64().unwrap(),
        report["total"]["visits"].as_i64().unwrap(),
        times,
    )
}

impl Browser {
    /// Logs the form's default activity with `count` in `cell` and `note`, and waits for the
    /// form to say it was kept on the device.
    async fn log_with_no_connection(&self, cell: &str, count: &str, note: &str) {
        self.fill(cell, count).await;
        self.fill("#session-notes", note).await;
        self.click("#save-session").await;
        let kept = self.text_of("#session-saved p").await;
        assert!(kept.starts_with("No connection"), "{kept}");
        self.click("#session-saved .toast-close").await;
    }

    /// Waits until the field `css` holds `value`.
    async fn value_reads(&self, css: &str, value: &str) {
        let mut held = None;
        for _ in 0..100 {
            held = self.element(css).await.prop("value").await.unwrap();
            if held.as_deref() == Some(value) {
                return;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("{css} holds {held:?}, not {value:?}");
    }

    /// Opens the list of what waits, unless it is open.
    async fn open_outbox(&self) {
        self.element("#outbox-title").await;
        if self
            .script("return document.querySelector('#outbox details').open;")
            .await
            == json!(false)
        {
            self.click("#outbox-title").await;
        }
    }

    /// Waits until the outbox shows `title`, or is gone (`None`).
    async fn outbox_reads(&self, title: Option<&str>) {
        let script = "const title = document.querySelector('#outbox-title');
                      return title && title.textContent;";
        let mut shown = Value::Null;
        for _ in 0..300 {
            shown = self.script(script).await;
            if shown.as_str() == title {
                return;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("the outbox reads {shown}, not {title:?}");
    }
}

#[tokio::test]
async fn sessions_logged_with_no_connection_wait_on_the_device_and_are_sent_once_when_it_returns() {
    let app = demo_app().await;
    let network = Relay::start(&app.address).await;
    let worker = "worker@demo.logbook.example";
    let token = api_token(&app, worker).await;
    let notes = [
        "Football in the park",
        "Talks at the bus stop",
        "Skating by the library",
        "Fixed after archiving",
        "Discarded after archiving",
    ];
    let (sessions, visits, _) = todays_record(&app, &token, &notes).await;

    let browser = Browser::start().await;
    browser.client.goto(&network.url("/login")).await.unwrap();
    sign_in_as(&browser, worker, seed::DEMO_PASSWORD).await;
    browser.offered_activities().await;
    browser.service_worker_in_charge().await;
    browser.resize(360).await;

    // The first with the phone offline; the second where the phone thinks it is online but
    // nothing gets through (the request fails, and the session waits all the same).
    no_signal(&browser, &network, true).await;
    browser
        .log_with_no_connection("#cell-girl-13", "4", notes[0])
        .await;
    browser.offline(false).await;
    browser
        .log_with_no_connection("#cell-boy-16", "3", notes[1])
        .await;
    browser.outbox_reads(Some("Waiting to send (2)")).await;
    browser.open_outbox().await;
    let items = browser.texts(".outbox-item", 2).await;
    assert!(
        items.iter().all(|item| item.starts_with("Session: ")),
        "{items:?}"
    );
    // It fits the phone, each of its controls is a 44 px target, and axe finds nothing.
    browser.settle().await;
    assert_eq!(browser.overflow().await, (0, vec![]));
    let smallest = browser
        .script(
            "return Math.min(...[...document.querySelectorAll('#outbox summary, #outbox button')]
                .map(control => control.getBoundingClientRect().height));",
        )
        .await;
    assert!(smallest.as_f64().unwrap() >= 44.0, "{smallest}");
    assert_eq!(browser.axe_violations().await, Vec::<String>::new());

    // A reload with no connection: both still wait, and the server has neither.
    browser.offline(true).await;
    browser.client.refresh().await.unwrap();
    browser.outbox_reads(Some("Waiting to send (2)")).await;
    assert_eq!(
        todays_record(&app, &token, &notes).await,
        (sessions, visits, vec![0, 0, 0, 0, 0])
    );

    // The browser is closed with no connection and opened again once there is one: the app
    // starts from the device and sends both, once each, and they count in the report.
    let browser = browser.restarted().await;
    network.cut(false);
    browser.client.goto(&network.url("/log")).await.unwrap();
    browser.offered_activities().await;
    record_becomes(
        &app,
        &token,
        &notes,
        (sessions + 2, visits + 7, vec![1, 1, 0, 0, 0]),
    )
    .await;
    browser.outbox_reads(None).await;
    // What comes back with the connection is sent too: offline, then online again.
    no_signal(&browser, &network, true).await;
    browser
        .log_with_no_connection("#cell-girl-16", "1", notes[2])
        .await;
    browser.outbox_reads(Some("Waiting to send (1)")).await;
    no_signal(&browser, &network, false).await;
    record_becomes(
        &app,
        &token,
        &notes,
        (sessions + 3, visits + 8, vec![1, 1, 1, 0, 0]),
    )
    .await;
    browser.outbox_reads(None).await;

    // What the server refuses stays with the reason: two sessions of an activity archived
    // while they waited. One is fixed (another activity) and saved, the other discarded.
    let activity: i64 = browser
        .element("#session-activity")
        .await
        .prop("value")
        .await
        .unwrap()
        .unwrap()
        .parse()
        .unwrap();
    let chosen = browser
        .script(
            "const s = document.querySelector('#session-activity');
                 return s.options[s.selectedIndex].textContent;",
        )
        .await;
    let offered = browser.offered_activities().await;
    // (Not one with an apostrophe: fantoccini's choosing by label writes it into XPath.)
    let other = offered
        .iter()
        .find(|name| chosen != json!(name) && !name.contains('\''))
        .unwrap();
    no_signal(&browser, &network, true).await;
    for note in &notes[3..] {
        browser
            .log_with_no_connection("#cell-girl-13", "2", note)
            .await;
    }
    let admin = api_token(&app, seed::DEMO_EMAIL).await;
    let mut changed = api_get(&app, &format!("/api/v1/activities/{activity}"), &admin).await;
    changed["archived"] = json!(true);
    let archived = app
        .call(
            "PUT",
            &format!("/api/v1/activities/{activity}"),
            &admin,
            Some(changed),
        )
        .await;
    assert_eq!(archived.status(), 200);
    no_signal(&browser, &network, false).await;
    browser.open_outbox().await;
    let refused = browser.texts(".outbox-item.refused", 2).await;
    assert!(
        refused
            .iter()
            .all(|item| item.contains("This has been archived")),
        "{refused:?}"
    );
    browser
        .click(".outbox-item.refused .outbox-actions button:not(.secondary)")
        .await;
    browser.value_reads("#session-notes", notes[3]).await;
    browser
        .element("#session-activity")
        .await
        .select_by_label(other)
        .await
        .unwrap();
    browser.click("#save-session").await;
    browser.outbox_reads(Some("Waiting to send (1)")).await;
    browser.open_outbox().await;
    browser.click(".outbox-item.refused button.secondary").await;
    record_becomes(
        &app,
        &token,
        &notes,
        (sessions + 4, visits + 10, vec![1, 1, 1, 1, 0]),
    )
    .await;
    browser.outbox_reads(None).await;
    browser.stop().await;
}

#[tokio::test]
async fn a_check_in_made_with_no_connection_waits_on_the_device_and_is_sent_once() {
    let app = demo_app().await;
    let network = Relay::start(&app.address).await;
    let worker = "worker@demo.logbook.example";
    let token = api_token(&app, worker).await;
    let session = api_get(&app, "/api/v1/sessions?limit=1", &token).await["items"][0]["id"]
        .as_i64()
        .unwrap();
    let check_ins = format!("/api/v1/sessions/{session}/check-ins");
    let admin = api_token(&app, seed::DEMO_EMAIL).await;
    let there = api_get(&app, &check_ins, &token).await;
    let aliases = api_get(&app, "/api/v1/aliases?limit=200", &admin).await;
    // Someone not checked in to that session yet.
    let alias = aliases["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|alias| alias["alias"].as_str().unwrap().to_owned())
        .find(|alias| !there.to_string().contains(&format!("\"{alias}\"")))
        .unwrap();

    let browser = Browser::start().await;
    browser.client.goto(&network.url("/login")).await.unwrap();
    sign_in_as(&browser, worker, seed::DEMO_PASSWORD).await;
    browser.offered_activities().await;
    browser.service_worker_in_charge().await;
    browser
        .client
        .goto(&network.url(&format!("/sessions/{session}")))
        .await
        .unwrap();
    browser.element("#check-in-alias").await;

    no_signal(&browser, &network, true).await;
    browser.fill("#check-in-alias", &alias).await;
    browser.click("#check-in-save").await;
    let kept = browser.text_of("#check-in-kept").await;
    assert!(kept.starts_with("No connection"), "{kept}");
    browser.outbox_reads(Some("Waiting to send (1)")).await;
    browser.open_outbox().await;
    let item = browser.texts(".outbox-item", 1).await;
    assert!(
        item[0].starts_with(&format!("Check-in: {alias}, ")),
        "{item:?}"
    );
    let listed = api_get(&app, &check_ins, &token).await;
    assert!(!listed.to_string().contains(&format!("\"{alias}\"")));

    no_signal(&browser, &network, false).await;
    browser.outbox_reads(None).await;
    let mut listed = Value::Null;
    for _ in 0..100 {
        listed = api_get(&app, &check_ins, &token).await;
        if listed.to_string().contains(&format!("\"{alias}\"")) {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let times = listed
        .as_array()
        .unwrap()
        .iter()
        .filter(|check_in| check_in["alias"] == json!(alias))
        .count();
    assert_eq!(times, 1, "{listed}");
    browser.stop().await;
}

#[tokio::test]
async fn a_sign_in_that_ended_while_offline_asks_to_sign_in_again_and_then_sends() {
    use diesel::prelude::*;
    use logbook_api::db::schema::refresh_tokens;

    let app = demo_app().await;
    let network = Relay::start(&app.address).await;
    let worker = "worker@demo.logbook.example";
    let note = "Sent after signing in again";
    let token = api_token(&app, worker).await;
    let (sessions, visits, _) = todays_record(&app, &token, &[note]).await;
    let browser = Browser::start().await;
    browser.client.goto(&network.url("/login")).await.unwrap();
    sign_in_as(&browser, worker, seed::DEMO_PASSWORD).await;
    browser.offered_activities().await;
    browser.service_worker_in_charge().await;

    no_signal(&browser, &network, true).await;
    browser
        .log_with_no_connection("#cell-girl-13", "3", note)
        .await;
    // Meanwhile the sign-in ends on the server (as signing out on another device does).
    app.db(|conn| {
        diesel::update(refresh_tokens::table)
            .set(refresh_tokens::revoked_at.eq(Some(logbook_api::db::queries::now())))
            .execute(conn)
            .unwrap()
    })
    .await;
    no_signal(&browser, &network, false).await;
    let said = browser.text_of("#outbox-sign-in").await;
    assert!(said.contains("Sign in again"), "{said}");
    browser.click("#outbox-sign-in-again").await;
    browser.wait_for_path("/login").await;
    sign_in_as(&browser, worker, seed::DEMO_PASSWORD).await;
    // Signed in again, it is sent, once (a new token for the check: the old ones ended).
    let token = api_token(&app, worker).await;
    record_becomes(&app, &token, &[note], (sessions + 1, visits + 3, vec![1])).await;
    browser.stop().await;
}
