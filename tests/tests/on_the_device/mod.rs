//! What the app keeps on the device: the service worker's copy of the app and the answers the
//! session form needs, so that "Log a session" opens at once and with no connection.

use std::time::Duration;

use fantoccini::wd::WebDriverCompatibleCommand;
use logbook_api::seed;
use serde_json::{Value, json};

use crate::{Browser, demo_app, sign_in_as};

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
