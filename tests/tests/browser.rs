//! The web app in headless Chromium against the real server with the demo data: sign in and
//! see the shell, a wrong password shows the error, validation runs before sending, sign out.
//!
//! Needs `chromium`, `chromedriver` and a built web app in `dist/` (scripts/test provides
//! them); run with `--features browser`.

// Test binaries: a panic is how a failure is reported.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod every_page;
mod follow_up_on_screen;
mod on_the_device;
#[path = "support/mod.rs"]
mod support;
mod surveys_on_screen;

use std::collections::{BTreeMap, BTreeSet};
use std::net::TcpListener;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use fantoccini::{Client, ClientBuilder, Locator};
use hyper_util::client::legacy::connect::HttpConnector;
use logbook_api::seed;
use logbook_shared::ids::UnitId;
use logbook_shared::structure::{ActivityInput, ActivityKind};
use serde_json::{Value, json};
use support::{TestApp, workspace_root};

struct Browser {
    client: Client,
    driver: Child,
    profile: tempfile::TempDir,
    /// Where the browser saves downloads.
    downloads: tempfile::TempDir,
}

impl Browser {
    async fn start() -> Browser {
        Browser::start_with(&[]).await
    }

    /// A browser given more of Chromium's switches (`--force-dark-mode`: the system is dark).
    async fn start_with(switches: &[&str]) -> Browser {
        Browser::start_on(tempfile::tempdir().unwrap(), switches).await
    }

    /// Closes the browser as a person does and opens it again on the same profile: what it
    /// keeps (the service worker's copy of the app, storage, IndexedDB, cookies) stays.
    async fn restarted(mut self) -> Browser {
        let _ = self.client.close().await;
        let _ = self.driver.kill();
        let _ = self.driver.wait();
        Browser::start_on(self.profile, &[]).await
    }

    /// A browser on the `profile` folder.
    async fn start_on(profile: tempfile::TempDir, switches: &[&str]) -> Browser {
        let port = TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let driver =
            Command::new(std::env::var("CHROMEDRIVER").unwrap_or_else(|_| "chromedriver".into()))
                .arg(format!("--port={port}"))
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .expect("chromedriver is installed (scripts/test installs it)");
        let downloads = tempfile::tempdir().unwrap();
        let args: Vec<String> = [
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--window-size=390,844",
        ]
        .into_iter()
        .chain(switches.iter().copied())
        .map(str::to_owned)
        .chain([format!("--user-data-dir={}", profile.path().display())])
        .collect();
        let capabilities = json!({
            "goog:chromeOptions": {
                "prefs": {
                    "download.default_directory": downloads.path(),
                    "download.prompt_for_download": false
                },
                "binary": std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into()),
                "args": args
            }
        });
        let capabilities = capabilities.as_object().unwrap().clone();
        let mut last_error = None;
        for _ in 0..50 {
            // chromedriver speaks plain HTTP on loopback: no TLS stack needed.
            match ClientBuilder::new(HttpConnector::new())
                .capabilities(capabilities.clone())
                .connect(&format!("http://127.0.0.1:{port}"))
                .await
            {
                Ok(client) => {
                    return Browser {
                        client,
                        driver,
                        profile,
                        downloads,
                    };
                }
                Err(error) => last_error = Some(error),
            }
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
        panic!("chromedriver did not start a session: {last_error:?}");
    }

    /// The element `css` matches, once it is there.
    async fn element(&self, css: &str) -> fantoccini::elements::Element {
        match self
            .client
            .wait()
            .at_most(Duration::from_secs(20))
            .for_element(Locator::Css(css))
            .await
        {
            Ok(element) => element,
            Err(error) => panic!(
                "{css}: {error}; the page reads:\n{}",
                self.page_text().await
            ),
        }
    }

    async fn page_text(&self) -> String {
        let body = self.client.find(Locator::Css("body")).await.unwrap();
        body.text().await.unwrap()
    }

    /// The element an XPath expression matches, once it is there.
    async fn xpath(&self, path: &str) -> fantoccini::elements::Element {
        self.client
            .wait()
            .at_most(Duration::from_secs(20))
            .for_element(Locator::XPath(path))
            .await
            .unwrap()
    }

    async fn text_of(&self, css: &str) -> String {
        self.element(css).await.text().await.unwrap()
    }

    async fn fill(&self, css: &str, text: &str) {
        let element = self.element(css).await;
        element.clear().await.unwrap();
        element.send_keys(text).await.unwrap();
    }

    /// Sets a date or time field as if typed: through script, because how such a field takes
    /// keystrokes depends on the browser's locale.
    async fn set_value(&self, css: &str, value: &str) {
        self.element(css).await;
        self.client
            .execute(
                "const field = document.querySelector(arguments[0]);
                 field.value = arguments[1];
                 field.dispatchEvent(new Event('input', { bubbles: true }));",
                vec![json!(css), json!(value)],
            )
            .await
            .unwrap();
    }

    async fn click(&self, css: &str) {
        self.element(css).await.click().await.unwrap();
    }

    /// The texts of every element `css` matches, once there are `count` of them.
    async fn texts(&self, css: &str, count: usize) -> Vec<String> {
        self.texts_until(css, |texts| texts.len() == count).await
    }

    /// Waits until the elements `css` matches read exactly `expected`.
    async fn expect_texts(&self, css: &str, expected: &[&str]) {
        self.texts_until(css, |texts| texts == expected).await;
    }

    async fn texts_until(&self, css: &str, done: impl Fn(&[String]) -> bool) -> Vec<String> {
        let mut texts = Vec::new();
        for _ in 0..100 {
            texts.clear();
            let mut stale = false;
            for element in self.client.find_all(Locator::Css(css)).await.unwrap() {
                // An element the app re-rendered meanwhile: read the list again.
                match element.text().await {
                    Ok(text) => texts.push(text),
                    Err(_) => stale = true,
                }
            }
            if !stale && done(&texts) {
                return texts;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        let page = self.page_text().await;
        panic!("{css} reads {texts:?}, never what was expected; the page reads:\n{page}");
    }

    /// Waits until the page that set `window.beforeReload` has been replaced by a new one.
    async fn reloaded(&self) {
        for _ in 0..100 {
            let old = self
                .client
                .execute("return window.beforeReload === true;", vec![])
                .await;
            if old.is_ok_and(|old| old == serde_json::Value::Bool(false)) {
                return;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("the page never reloaded");
    }

    async fn wait_for_path(&self, path: &str) {
        for _ in 0..100 {
            if self.client.current_url().await.unwrap().path() == path {
                return;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!(
            "never reached {path}; at {}",
            self.client.current_url().await.unwrap()
        );
    }

    /// The file the browser downloaded as `name`, once it is complete.
    async fn downloaded(&self, name: &str) -> Vec<u8> {
        let path = self.downloads.path().join(name);
        for _ in 0..100 {
            if let Ok(bytes) = std::fs::read(&path)
                && !bytes.is_empty()
            {
                return bytes;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        let there: Vec<_> = std::fs::read_dir(self.downloads.path())
            .unwrap()
            .map(|entry| entry.unwrap().file_name())
            .collect();
        panic!("{name} was never downloaded; the folder has {there:?}");
    }

    async fn stop(mut self) {
        let _ = self.client.close().await;
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

async fn demo_app() -> TestApp {
    let dist = workspace_root().join("dist");
    assert!(
        dist.join("index.html").is_file(),
        "build the web app first (scripts/build-web)"
    );
    let app = TestApp::spawn_serving(&dist).await;
    app.db(|conn| seed::demo(conn).unwrap()).await;
    app
}

/// What the API answers a GET of `path`, for checking what the browser did.
async fn api_get(app: &TestApp, path: &str, token: &str) -> serde_json::Value {
    app.call("GET", path, token, None)
        .await
        .json()
        .await
        .unwrap()
}

/// An access token for the API, for checking what the browser did.
async fn api_token(app: &TestApp, email: &str) -> String {
    let response = app.login(email, seed::DEMO_PASSWORD).await;
    let pair: serde_json::Value = response.json().await.unwrap();
    pair["access_token"].as_str().unwrap().to_owned()
}

async fn sign_in(browser: &Browser, password: &str) {
    sign_in_as(browser, seed::DEMO_EMAIL, password).await;
}

async fn sign_in_as(browser: &Browser, email: &str, password: &str) {
    browser.fill("#email", email).await;
    browser.fill("#password", password).await;
    browser.click("button[type=submit]").await;
}

#[tokio::test]
async fn demo_login_shows_the_shell_survives_a_reload_and_logs_out() {
    let app = demo_app().await;
    let browser = Browser::start().await;

    browser.client.goto(&app.url("/me")).await.unwrap();
    browser.wait_for_path("/login").await;
    sign_in(&browser, seed::DEMO_PASSWORD).await;

    assert_eq!(browser.text_of("#welcome").await, "Welcome, Maja Mentor");
    browser
        .nav_texts(|links| links.iter().any(|link| link == "My account"))
        .await;
    browser.go("/me").await;
    assert_eq!(browser.text_of("#me-email").await, seed::DEMO_EMAIL);
    assert_eq!(
        browser.text_of("#me-role").await,
        "Organisation administrator"
    );

    // Changing one's own password keeps this login going.
    browser.fill("#current-password", seed::DEMO_PASSWORD).await;
    browser
        .fill("#changed-password", "a brand new demo password")
        .await;
    browser.click("#change-password").await;
    browser.text_of("#password-changed").await;

    // A deep link reloads into the same page, still signed in.
    browser.client.refresh().await.unwrap();
    assert_eq!(
        browser.text_of("#me-organisation").await,
        seed::DEMO_ORGANISATION
    );

    // No script can read a token (issue 17): the refresh token is an HttpOnly cookie and the
    // access token lives in the page's memory; the reload above signed in again through the
    // cookie.
    let readable = browser
        .client
        .execute(
            "return JSON.stringify(Object.entries(localStorage)) + ' ' + document.cookie;",
            vec![],
        )
        .await
        .unwrap();
    let readable = readable.as_str().unwrap();
    assert!(
        !readable.contains("logbook_refresh")
            && !readable.contains("eyJ")
            && !readable.contains("token"),
        "{readable}"
    );

    // Two tabs reloading at once both refresh through the one cookie, one after the other
    // (Web Locks), and both stay signed in: spending a refresh token twice would end the login.
    let first = browser.client.window().await.unwrap();
    let second = browser.client.new_window(true).await.unwrap().handle;
    browser
        .client
        .switch_to_window(second.clone())
        .await
        .unwrap();
    browser.client.goto(&app.url("/me")).await.unwrap();
    assert_eq!(browser.text_of("#me-email").await, seed::DEMO_EMAIL);
    for _ in 0..3 {
        for tab in [&first, &second] {
            browser.client.switch_to_window(tab.clone()).await.unwrap();
            let reload = "window.beforeReload = true; setTimeout(() => location.reload(), 200);";
            browser.client.execute(reload, vec![]).await.unwrap();
        }
        for tab in [&first, &second] {
            browser.client.switch_to_window(tab.clone()).await.unwrap();
            browser.reloaded().await;
            assert_eq!(browser.text_of("#me-email").await, seed::DEMO_EMAIL);
        }
    }
    browser.client.close_window().await.unwrap();
    browser.client.switch_to_window(first).await.unwrap();

    browser.menu_click("#logout").await;
    browser.wait_for_path("/login").await;
    browser.client.goto(&app.url("/")).await.unwrap();
    browser.wait_for_path("/login").await;
    browser.stop().await;
}

#[tokio::test]
async fn a_wrong_password_shows_the_error_and_bad_input_is_caught_before_sending() {
    let app = demo_app().await;
    let browser = Browser::start().await;
    browser.client.goto(&app.url("/login")).await.unwrap();

    sign_in(&browser, "not the password").await;
    assert_eq!(
        browser.text_of(".error-banner").await,
        "Wrong e-mail address or password."
    );
    assert_eq!(browser.client.current_url().await.unwrap().path(), "/login");

    // The shared validation runs in the browser: the field error appears under the field.
    browser.fill("#email", "not-an-address").await;
    browser.click("button[type=submit]").await;
    assert_eq!(
        browser.text_of("#email-errors li").await,
        "Enter a valid e-mail address."
    );
    assert_eq!(
        browser.text_of(".error-banner").await,
        "Please correct the marked fields."
    );
    browser.stop().await;
}

#[tokio::test]
async fn an_org_admin_builds_a_unit_moves_an_activity_and_invites_a_youth_worker_who_sees_only_that_unit()
 {
    let app = demo_app().await;
    let browser = Browser::start().await;
    browser.client.goto(&app.url("/login")).await.unwrap();
    sign_in(&browser, seed::DEMO_PASSWORD).await;
    browser.text_of("#welcome").await;

    // A unit with two activities.
    browser.go("/structure").await;
    // The demo's three youth centres, once loaded.
    let before = browser
        .texts("#unit-tree > li .unit-head .name", 3)
        .await
        .len();
    browser.fill("#unit-name", "Riverside youth centre").await;
    browser.click("#unit-save").await;
    let names = browser
        .texts("#unit-tree > li .unit-head .name", before + 1)
        .await;
    assert_eq!(names.last().unwrap(), "Riverside youth centre");
    for (count, activity) in [(1, "Open evenings"), (2, "Homework club")] {
        browser
            .fill(
                "#unit-tree > li:last-child input[id^='new-activity-'][id$='-name']",
                activity,
            )
            .await;
        browser
            .click("#unit-tree > li:last-child button[id^='new-activity-'][id$='-save']")
            .await;
        let listed = browser
            .texts("#unit-tree > li:last-child .activity .name", count)
            .await;
        assert_eq!(listed.last().unwrap(), activity);
    }
    // Rename the first activity through its edit form.
    let first = "#unit-tree > li:last-child .activity:first-child";
    browser.click(&format!("{first} button.link")).await;
    browser
        .fill(
            &format!("{first} input[id$='-name']"),
            "Open evenings for all",
        )
        .await;
    browser.click(&format!("{first} button[id$='-save']")).await;
    browser
        .expect_texts(
            "#unit-tree > li:last-child .activity .name",
            &["Open evenings for all", "Homework club"],
        )
        .await;
    // Move the homework club to the first youth centre: the form says where its past
    // sessions stay before it is saved.
    let second = "#unit-tree > li:last-child .activity:nth-child(2)";
    browser.click(&format!("{second} button.link")).await;
    let first_centre = browser
        .text_of("#unit-tree > li:first-child .unit-head .name")
        .await;
    browser
        .element(&format!("{second} select[id$='-unit']"))
        .await
        .select_by_label(&first_centre)
        .await
        .unwrap();
    let note = browser
        .text_of(&format!("{second} p[id$='-unit-note']"))
        .await;
    assert!(
        note.starts_with("Past sessions stay with Riverside youth centre")
            && note.contains(&first_centre),
        "{note}"
    );
    browser
        .click(&format!("{second} button[id$='-save']"))
        .await;
    browser
        .expect_texts(
            "#unit-tree > li:last-child .activity .name",
            &["Open evenings for all"],
        )
        .await;

    // The organisation's own topic joins the eight built-in ones.
    browser.go("/settings").await;
    browser.texts("#topics input", 8).await;
    browser.fill("#new-topic", "Climate").await;
    browser.click("#add-topic").await;
    browser.texts("#topics input", 9).await;

    // Invite a youth worker for that unit and copy the link.
    browser.go("/users").await;
    browser
        .fill("#invite-email", "new.worker@example.org")
        .await;
    browser.fill("#invite-name", "Nils Newcomer").await;
    browser
        .xpath("//label[contains(., 'Riverside youth centre')]/input")
        .await
        .click()
        .await
        .unwrap();
    browser.click("#invite-save").await;
    let link = browser
        .element("#invitation-link")
        .await
        .prop("value")
        .await
        .unwrap()
        .expect("the link is shown");
    assert!(link.starts_with(&app.url("/invitation/")), "{link}");
    browser.menu_click("#logout").await;
    browser.wait_for_path("/login").await;

    // The youth worker opens the link, sets a password and signs in.
    browser.client.goto(&link).await.unwrap();
    assert!(
        browser
            .text_of("#invitation-for")
            .await
            .contains("new.worker@example.org")
    );
    browser.fill("#new-password", "my own long password").await;
    browser.click("button[type=submit]").await;
    browser.text_of("#invitation-done").await;
    browser.client.goto(&app.url("/login")).await.unwrap();
    browser.fill("#email", "new.worker@example.org").await;
    browser.fill("#password", "my own long password").await;
    browser.click("button[type=submit]").await;
    assert_eq!(browser.text_of("#welcome").await, "Welcome, Nils Newcomer");
    browser.go("/structure").await;
    browser
        .expect_texts(
            "#unit-tree > li .unit-head .name",
            &["Riverside youth centre"],
        )
        .await;
    browser
        .expect_texts("#unit-tree .activity .name", &["Open evenings for all"])
        .await;
    browser.stop().await;
}

#[tokio::test]
async fn an_org_admin_changes_settings_and_people_and_a_unit_manager_sees_only_their_unit() {
    let app = demo_app().await;
    let browser = Browser::start().await;
    browser.client.goto(&app.url("/login")).await.unwrap();
    sign_in(&browser, seed::DEMO_PASSWORD).await;
    browser.text_of("#welcome").await;

    // Settings: the shared rules refuse a threshold of 0 before sending; 7 is saved and kept.
    browser.go("/settings").await;
    browser.fill("#network_min_cell", "0").await;
    browser.click("#save-settings").await;
    browser.text_of("#network_min_cell-errors li").await;
    browser.fill("#network_min_cell", "7").await;
    browser.click("#save-settings").await;
    browser.text_of("#settings-saved").await;
    browser.client.refresh().await.unwrap();
    let kept = browser
        .element("#network_min_cell")
        .await
        .prop("value")
        .await;
    assert_eq!(kept.unwrap().as_deref(), Some("7"));

    // People: Wille's scope grows by the Harbour centre; Hanna is deactivated.
    browser.go("/users").await;
    browser
        .xpath("//tr[contains(., 'Wille Worker')]//button[contains(., 'Edit')]")
        .await
        .click()
        .await
        .unwrap();
    browser
        .xpath("//tr[@class='user-edit']//label[contains(., 'Harbour youth centre')]/input")
        .await
        .click()
        .await
        .unwrap();
    browser.click("tr.user-edit button[type=submit]").await;
    browser
        .expect_texts(
            "tr.user-row:nth-child(3) td:nth-child(3)",
            &["Northside youth centre, Harbour youth centre"],
        )
        .await;
    browser
        .xpath("//tr[contains(., 'Hanna Harbour')]//button[contains(., 'Deactivate')]")
        .await
        .click()
        .await
        .unwrap();
    browser
        .xpath("//tr[contains(., 'Hanna Harbour')]//td[text()='Deactivated']")
        .await;
    browser.menu_click("#logout").await;
    browser.wait_for_path("/login").await;

    // Hanna can no longer sign in.
    sign_in_as(
        &browser,
        "harbour@demo.logbook.example",
        seed::DEMO_PASSWORD,
    )
    .await;
    browser.text_of(".error-banner").await;
    assert_eq!(browser.client.current_url().await.unwrap().path(), "/login");

    // The unit manager sees Northside only, and no accounts or settings.
    sign_in_as(
        &browser,
        "manager@demo.logbook.example",
        seed::DEMO_PASSWORD,
    )
    .await;
    assert_eq!(browser.text_of("#welcome").await, "Welcome, Mats Manager");
    let navigation = browser.text_of("nav").await;
    assert!(
        !navigation.contains("People") && !navigation.contains("Settings"),
        "{navigation}"
    );
    browser.go("/structure").await;
    browser
        .expect_texts(
            "#unit-tree > li .unit-head .name",
            &["Northside youth centre"],
        )
        .await;
    browser.stop().await;
}

/// Counts what a person does in the measured part of a test: clicks, choices, typed fields.
struct Interactions<'a> {
    browser: &'a Browser,
    count: usize,
}

impl Interactions<'_> {
    async fn click(&mut self, css: &str) {
        self.count += 1;
        self.browser.click(css).await;
    }

    async fn type_into(&mut self, css: &str, text: &str) {
        self.count += 1;
        self.browser.fill(css, text).await;
    }

    async fn choose(&mut self, css: &str, label: &str) {
        self.count += 1;
        let select = self.browser.element(css).await;
        select.select_by_label(label).await.unwrap();
    }
}

#[tokio::test]
async fn a_youth_worker_logs_a_typical_session_in_few_interactions_and_edits_it() {
    let app = demo_app().await;
    let browser = Browser::start().await;
    browser.client.goto(&app.url("/login")).await.unwrap();
    sign_in_as(&browser, "worker@demo.logbook.example", seed::DEMO_PASSWORD).await;
    // The youth worker's home is the session form, on a 360 px phone: it fits, and every
    // field of the attendance grid is a 44 px target.
    browser.resize(360).await;
    assert_eq!(browser.text_of("#log-title").await, "Log a session");
    browser.settle().await;
    assert_eq!(browser.overflow().await, (0, vec![]));
    let smallest = browser
        .client
        .execute(
            "return Math.min(...[...document.querySelectorAll('.attendance input')]
                .map(field => { const box = field.getBoundingClientRect();
                                return Math.min(box.width, box.height); }));",
            vec![],
        )
        .await
        .unwrap();
    assert!(smallest.as_f64().unwrap() >= 44.0, "{smallest}");

    // The measured part: a typical open evening with four non-zero cells, a note and one
    // reflection answer.
    let mut act = Interactions {
        browser: &browser,
        count: 0,
    };
    act.choose("#session-activity", "Open evenings").await;
    act.type_into("#cell-girl-13", "5").await;
    act.type_into("#cell-boy-13", "7").await;
    act.type_into("#cell-girl-16", "2").await;
    act.type_into("#cell-non_binary-unknown", "1").await;
    act.type_into(
        "#session-notes",
        "Table tennis tournament, planned by the youth council.",
    )
    .await;
    act.type_into("textarea[id^='question-']", "They chose the music.")
        .await;
    act.click("#save-session").await;
    assert!(
        browser
            .text_of("#session-saved")
            .await
            .contains("15 visits")
    );
    println!("logging a typical session took {} interactions", act.count);
    assert!(act.count <= 15, "{} interactions", act.count);

    // The server has it as entered, with the usual times of the activity.
    let token = api_token(&app, "worker@demo.logbook.example").await;
    let latest = api_get(&app, "/api/v1/sessions?limit=1", &token).await;
    let session = &latest["items"][0];
    assert_eq!(session["visits"], 15);
    assert_eq!(session["attendance"].as_array().unwrap().len(), 4);
    assert_eq!(
        (session["start_time"].as_str(), session["end_time"].as_str()),
        (Some("15:00"), Some("21:00"))
    );
    assert_eq!(
        session["reflection_answers"][0]["answer"],
        "They chose the music."
    );

    // "Start from my last session" copies the attendance; an end before the start is said to
    // be the next day.
    browser.click("#duplicate-last").await;
    let copied = browser
        .element("#cell-boy-13")
        .await
        .prop("value")
        .await
        .unwrap();
    assert_eq!(copied.as_deref(), Some("7"));
    browser.set_value("#session-end", "01:30").await;
    assert_eq!(
        browser.text_of("#session-next-day").await,
        "Ends the next day (after midnight)."
    );

    // The sessions list shows it first; its edit form changes the note.
    browser.go("/sessions").await;
    browser.click("#session-list .session-row a").await;
    browser
        .fill("#session-notes", "Tournament moved to Friday.")
        .await;
    browser.click("#save-session").await;
    browser.wait_for_path("/sessions").await;
    let latest = api_get(&app, "/api/v1/sessions?limit=1", &token).await;
    assert_eq!(latest["items"][0]["notes"], "Tournament moved to Friday.");
    assert_eq!(latest["items"][0]["visits"], 15);
    browser.stop().await;
}

#[tokio::test]
async fn an_org_admin_turns_a_tablet_into_a_kiosk_where_young_people_check_in_in_swedish() {
    let app = demo_app().await;
    let browser = Browser::start().await;
    browser.client.goto(&app.url("/login")).await.unwrap();
    sign_in(&browser, seed::DEMO_PASSWORD).await;

    // Register this device for Northside (the first unit), in Swedish, and become the kiosk.
    browser.go("/kiosks").await;
    browser.fill("#kiosk-name", "Front desk tablet").await;
    browser
        .element("#kiosk-language")
        .await
        .select_by_label("Svenska")
        .await
        .unwrap();
    browser.click("#kiosk-register").await;
    let link = browser.text_of("#kiosk-link").await;
    assert!(link.contains("/kiosk#token="), "{link}");
    browser.click("#kiosk-use-here").await;
    browser.wait_for_path("/kiosk").await;
    assert_eq!(
        browser.text_of("#kiosk-unit").await,
        "Northside youth centre"
    );

    // Someone new makes an alias; under the consent age the guardian question appears.
    browser.click("#kiosk-new").await;
    let this_year = chrono::Utc::now()
        .format("%Y")
        .to_string()
        .parse::<i32>()
        .unwrap();
    let year = |age: i32| (this_year - age).to_string();
    let birth_year = browser.element("#new-birth-year").await;
    birth_year.select_by_label(&year(10)).await.unwrap();
    assert!(
        browser
            .text_of("label[for='new-guardian']")
            .await
            .contains("vårdnadshavare")
    );
    birth_year.select_by_label(&year(15)).await.unwrap();
    browser.fill("#new-alias", "Stjärnfall").await;
    browser.click("#new-gender-girl").await;
    browser.fill("#new-pin", "2468").await;
    browser.click("#new-save").await;
    assert_eq!(
        browser.text_of("#kiosk-welcome").await,
        "Välkommen, Stjärnfall!"
    );
    browser.click("#kiosk-next").await;

    // A wrong PIN is refused in Swedish.
    browser.fill("#kiosk-alias", "stjärnfall").await;
    browser.fill("#kiosk-pin", "1111").await;
    browser.click("#kiosk-check-in").await;
    assert!(
        browser
            .text_of(".field-errors li")
            .await
            .contains("känner inte igen")
    );

    // The measured part: a returning young person checks in with alias and PIN.
    let mut act = Interactions {
        browser: &browser,
        count: 0,
    };
    act.type_into("#kiosk-alias", "Stjärnfall").await;
    act.type_into("#kiosk-pin", "2468").await;
    act.click("#kiosk-check-in").await;
    assert_eq!(
        browser.text_of("#kiosk-welcome").await,
        "Du är redan incheckad, Stjärnfall."
    );
    println!("a returning check-in took {} interactions", act.count);
    assert!(act.count <= 3, "{} interactions", act.count);

    // The kiosk opened today's open evening, which counts her once, at 15.
    let token = api_token(&app, seed::DEMO_EMAIL).await;
    let latest = api_get(&app, "/api/v1/sessions?limit=1", &token).await;
    assert_eq!(
        latest["items"][0]["checked_in"],
        json!([{ "gender": "girl", "age_min": 15, "age_max": 15, "count": 1 }])
    );
    browser.stop().await;
}

#[tokio::test]
async fn staff_check_young_people_in_or_register_them_and_an_org_admin_erases_an_alias() {
    let app = demo_app().await;
    let browser = Browser::start().await;
    browser.client.goto(&app.url("/login")).await.unwrap();
    sign_in_as(&browser, "worker@demo.logbook.example", seed::DEMO_PASSWORD).await;

    // On a past group session's page (the demo's check-ins are all at open evenings) the
    // worker checks a demo regular in by alias, no PIN.
    browser.go("/sessions").await;
    // (By XPath: fantoccini's select_by_label cannot quote an apostrophe.)
    browser
        .xpath("//select[@id='sessions-filter']/option[contains(., 'Girls')]")
        .await
        .click()
        .await
        .unwrap();
    browser
        .texts_until("#session-list .session-row", |rows| {
            !rows.is_empty() && rows.iter().all(|row| row.contains("Girls' group"))
        })
        .await;
    browser.click("#session-list .session-row a").await;
    browser.element("#check-in-list").await;
    let before = browser
        .client
        .find_all(Locator::Css("#check-in-list li.check-in"))
        .await
        .unwrap()
        .len();
    browser.fill("#check-in-alias", "mossowl").await;
    browser.click("#check-in-save").await;
    let listed = browser
        .texts_until("#check-in-list li.check-in", |texts| {
            texts.len() == before + 1
        })
        .await;
    assert!(
        listed.iter().any(|text| text.starts_with("Mossowl")),
        "{listed:?}"
    );

    // Someone new without an alias: the worker registers one for them, which checks them in.
    browser.click("#register summary").await;
    let this_year: i32 = chrono::Utc::now().format("%Y").to_string().parse().unwrap();
    let birth_year = browser.element("#register-birth-year").await;
    birth_year
        .select_by_label(&(this_year - 10).to_string())
        .await
        .unwrap();
    assert!(
        browser
            .text_of("label[for='register-guardian']")
            .await
            .contains("guardian")
    );
    birth_year
        .select_by_label(&(this_year - 16).to_string())
        .await
        .unwrap();
    browser.fill("#register-alias", "Kestrel").await;
    browser.click("#register-gender-girl").await;
    browser.click("#register-save").await;
    let listed = browser
        .texts_until("#check-in-list li.check-in", |texts| {
            texts.len() == before + 2
        })
        .await;
    assert!(
        listed.iter().any(|text| text.starts_with("Kestrel")),
        "{listed:?}"
    );
    browser.menu_click("#logout").await;

    // The org admin finds the alias, exports it and erases it.
    sign_in(&browser, seed::DEMO_PASSWORD).await;
    browser.go("/aliases").await;
    browser.fill("#alias-search", "mossow").await;
    browser
        .expect_texts(".alias-list li .name", &["Mossowl"])
        .await;
    browser.click("button[id$='-export']").await;
    let download = browser.element("a[id$='-download']").await;
    let href = download.attr("href").await.unwrap().unwrap();
    assert!(href.starts_with("data:application/json"), "{href}");
    assert!(href.contains("check_ins"), "the export lists the check-ins");
    browser.click("button[id$='-erase']").await;
    browser.client.accept_alert().await.unwrap();
    browser.expect_texts(".alias-list li .name", &[]).await;
    let token = api_token(&app, seed::DEMO_EMAIL).await;
    let found = api_get(&app, "/api/v1/aliases?q=mossowl", &token).await;
    assert_eq!(found["items"], json!([]));
    browser.stop().await;
}

#[tokio::test]
async fn an_org_admin_reads_a_report_with_charts_and_the_home_dashboard() {
    let app = demo_app().await;
    let browser = Browser::start().await;
    browser.client.goto(&app.url("/login")).await.unwrap();
    sign_in(&browser, seed::DEMO_PASSWORD).await;

    // The figures the page should show: last year's total, and this year's for the dashboard.
    let token = api_token(&app, seed::DEMO_EMAIL).await;
    let year: i32 = chrono::Utc::now().format("%Y").to_string().parse().unwrap();
    let api_report = |from: String, to: String| {
        let (app, token) = (&app, token.clone());
        async move {
            app.call(
                "GET",
                &format!("/api/v1/reports?from={from}&to={to}"),
                &token,
                None,
            )
            .await
            .json::<serde_json::Value>()
            .await
            .unwrap()
        }
    };
    let today = chrono::Utc::now().date_naive().to_string();
    let this_year = api_report(format!("{year}-01-01"), today).await;
    assert_eq!(
        browser.text_of("#dashboard-visits strong").await,
        written(this_year["total"]["visits"].as_f64().unwrap(), 0, ENGLISH)
    );

    browser.go("/reports").await;
    browser.click("#report-last-year").await;
    let last_year = api_report(format!("{}-01-01", year - 1), format!("{}-12-31", year - 1)).await;
    browser
        .texts_until("#figure-visits td.now", |texts| {
            texts
                == [written(
                    last_year["total"]["visits"].as_f64().unwrap(),
                    0,
                    ENGLISH,
                )]
        })
        .await;
    assert_eq!(
        browser.text_of("#figure-unique_visitors td.now").await,
        written(
            last_year["total"]["unique_visitors"].as_f64().unwrap(),
            0,
            ENGLISH
        )
    );
    // Beside each figure the same days a year earlier, and the change since.
    let before = api_report(format!("{}-01-01", year - 2), format!("{}-12-31", year - 2)).await;
    let (now, then) = (
        last_year["total"]["visits"].as_f64().unwrap(),
        before["total"]["visits"].as_f64().unwrap(),
    );
    assert_eq!(
        browser.text_of("#figure-visits td.earlier").await,
        written(then, 0, ENGLISH)
    );
    let change = browser.text_of("#figure-visits td.change").await;
    if then > 0.0 {
        let sign = if now > then { "+" } else { "-" };
        assert!(
            change.starts_with(sign) && change.ends_with('%'),
            "{change}"
        );
    } else {
        assert_eq!(change, "–");
    }

    // Grouped by unit: one row per youth centre; four charts, each an image with a title.
    browser
        .element("#report-group")
        .await
        .select_by_label("Unit")
        .await
        .unwrap();
    browser.click("#report-show").await;
    browser
        .texts_until("#report-groups tr th[scope='row']", |rows| rows.len() == 3)
        .await;
    for chart in [
        "chart-visits",
        "chart-ages",
        "chart-hours",
        "chart-youth-led",
    ] {
        let svg = browser.element(&format!("#{chart} svg[role='img']")).await;
        let labelled = svg.attr("aria-labelledby").await.unwrap().unwrap();
        assert!(!browser.text_of(&format!("#{labelled}")).await.is_empty());
    }

    // The grouped report downloads as CSV, a row per unit after the total, and as XLSX.
    browser.click("#report-export-csv").await;
    let csv = String::from_utf8(
        browser
            .downloaded(&format!("report-{}-01-01-{}-12-31.csv", year - 1, year - 1))
            .await,
    )
    .unwrap();
    let lines = support::csv_records(&csv);
    let message = |id: &str| support::ftl_message("en", id);
    assert_eq!(
        lines[0][..4],
        [
            message("report-group-unit"),
            message("report-column-key"),
            message("report-figure-sessions"),
            message("report-figure-visits")
        ],
        "{csv}"
    );
    assert_eq!(lines.len(), 1 + 1 + 3, "{csv}");
    let total_visits = &lines[1][3];
    assert_eq!(*total_visits, last_year["total"]["visits"].to_string());
    browser.click("#report-export-xlsx").await;
    let xlsx = browser
        .downloaded(&format!(
            "report-{}-01-01-{}-12-31.xlsx",
            year - 1,
            year - 1
        ))
        .await;
    assert!(xlsx.starts_with(b"PK"), "an XLSX workbook is a zip");

    // The qualitative record of the period is its own tab, a page of entries at a time; its
    // search finds the pancake evenings among the notes.
    assert!(
        browser
            .client
            .find(Locator::Css("#qualitative-record"))
            .await
            .is_err()
    );
    browser.click("#report-this-year").await;
    browser.click("#tab-record").await;
    browser
        .texts_until("#qualitative-record .record-entry", |entries| {
            entries.len() == 25
        })
        .await;
    browser.click("#record-more").await;
    browser
        .texts_until("#qualitative-record .record-entry", |entries| {
            entries.len() == 50
        })
        .await;
    browser.fill("#record-search", "pancakes").await;
    browser
        .texts_until("#qualitative-record .record-entry", |entries| {
            !entries.is_empty() && entries.iter().all(|entry| entry.contains("pancakes"))
        })
        .await;

    // The annual report: the org admin writes the analysis, and it is there after a reload.
    browser.go("/annual-report").await;
    browser.element("#annual-aims").await;
    browser
        .fill("#annual-analysis", "Youth-led evenings doubled.")
        .await;
    browser.click("#annual-save").await;
    browser.element("#annual-saved").await;
    browser.client.refresh().await.unwrap();
    let mut kept = None;
    for _ in 0..100 {
        kept = browser
            .element("#annual-analysis")
            .await
            .prop("value")
            .await
            .unwrap();
        if kept.as_deref() == Some("Youth-led evenings doubled.") {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(kept.as_deref(), Some("Youth-led evenings doubled."));
    browser.click("#annual-pdf").await;
    let pdf = browser
        .downloaded(&format!("annual-report-{year}.pdf"))
        .await;
    assert!(pdf.starts_with(b"%PDF-"));
    browser.stop().await;
}

#[tokio::test]
async fn a_network_invites_the_demo_organisation_which_accepts_and_both_see_the_figures() {
    const NETWORK_EMAIL: &str = "network@demo.logbook.example";
    let app = demo_app().await;
    let browser = Browser::start().await;
    browser.client.goto(&app.url("/login")).await.unwrap();

    // The network admin (whose five members came with the demo) invites the demo
    // municipality.
    sign_in_as(&browser, NETWORK_EMAIL, seed::DEMO_PASSWORD).await;
    browser.go("/network").await;
    browser
        .texts_until("#memberships li .status", |statuses| {
            statuses.len() == 5 && statuses.iter().all(|status| status == "Member")
        })
        .await;
    browser
        .xpath(&format!(
            "//select[@id='invite-organisation']/option[normalize-space()='{}']",
            seed::DEMO_ORGANISATION
        ))
        .await
        .click()
        .await
        .unwrap();
    browser.click("#invite").await;
    browser
        .texts_until("#memberships li .status", |statuses| {
            statuses.len() == 6 && statuses[0] == "Invited"
        })
        .await;
    browser.menu_click("#logout").await;
    browser.wait_for_path("/login").await;

    // Its org admin accepts, and sees the organisation beside the network's median.
    sign_in(&browser, seed::DEMO_PASSWORD).await;
    browser.go("/networks").await;
    browser.click("#memberships li button.accept").await;
    browser
        .texts_until("#memberships li .status", |statuses| statuses == ["Member"])
        .await;
    browser.element("#network-comparison").await;
    browser.menu_click("#logout").await;
    browser.wait_for_path("/login").await;

    // The network's statistics show the member's visits of this year, as the API counts
    // them, and download as CSV.
    sign_in_as(&browser, NETWORK_EMAIL, seed::DEMO_PASSWORD).await;
    browser.go("/network").await;
    let token = api_token(&app, NETWORK_EMAIL).await;
    let networks = api_get(&app, "/api/v1/networks", &token).await;
    let network = networks["items"][0]["id"].as_i64().unwrap();
    let today = chrono::Utc::now().date_naive();
    // Network figures come in whole calendar years, quarters and months (fixed grains).
    let (from, to) = (
        format!("{}-01-01", today.format("%Y")),
        format!("{}-12-31", today.format("%Y")),
    );
    let statistics = api_get(
        &app,
        &format!("/api/v1/networks/{network}/statistics?from={from}&to={to}"),
        &token,
    )
    .await;
    let visits = statistics["columns"]
        .as_array()
        .unwrap()
        .iter()
        .position(|column| column == "visits")
        .unwrap();
    let expected = written(
        statistics["rows"][0]["values"][visits].as_f64().unwrap(),
        0,
        ENGLISH,
    );
    browser
        .texts_until("#statistic-visits td", |cells| {
            cells.first().map(String::as_str) == Some(expected.as_str())
        })
        .await;
    browser.click("#network-csv").await;
    let csv = browser
        .downloaded(&format!("statistics-{from}-{to}.csv"))
        .await;
    let header = support::csv_records(&String::from_utf8(csv).unwrap()).remove(0);
    let message = |id: &str| support::ftl_message("en", id);
    assert_eq!(
        header[..4],
        [
            message("report-group-organisation"),
            message("report-column-key"),
            message("report-figure-sessions"),
            message("report-figure-visits")
        ]
    );
    // The network admin makes the threshold stricter; the bands and ages its figures were
    // released in stay (read-only once pulled); the page says every count is perturbed.
    browser.text_of("#network-perturbed").await;
    let bands = browser.element("#network-age-bands").await;
    assert_eq!(
        bands.attr("readonly").await.unwrap().as_deref(),
        Some("true")
    );
    browser.fill("#network-min-cell", "7").await;
    browser.click("#network-min-cell-save").await;
    browser
        .texts_until("section.network p.muted", |texts| {
            texts.iter().any(|text| text.contains("fewer than 7"))
        })
        .await;
    let network = api_get(&app, &format!("/api/v1/networks/{network}"), &token).await;
    assert_eq!(network["min_cell"], 7);
    browser.stop().await;
}

#[tokio::test]
async fn an_org_admin_makes_an_api_token_and_enters_the_years_key_figures() {
    let app = demo_app().await;
    let browser = Browser::start().await;
    browser.client.goto(&app.url("/login")).await.unwrap();
    sign_in(&browser, seed::DEMO_PASSWORD).await;

    // A reports token, shown once, that the API then accepts.
    browser.go("/api-tokens").await;
    browser.fill("#token-name", "Municipal dashboard").await;
    browser.click("#token-create").await;
    let token = browser.text_of("#new-token").await;
    assert!(token.starts_with("lbt_"), "{token}");
    let year: i32 = chrono::Utc::now().format("%Y").to_string().parse().unwrap();
    let path = format!("/api/v1/reports?from={year}-01-01&to={year}-12-31");
    assert_eq!(app.call("GET", &path, &token, None).await.status(), 200);
    browser
        .texts_until("#api-tokens li strong", |names| {
            names == ["Municipal dashboard"]
        })
        .await;

    // Last year's residents aged 6–20 and cost give the rates beside them.
    browser.go("/key-figures").await;
    browser.element("#residents-6").await;
    for age in 6..=20 {
        browser.fill(&format!("#residents-{age}"), "100").await;
    }
    browser.fill("#cost", "150000").await;
    browser.click("#key-figures-save").await;
    browser.element("#key-figures-saved").await;
    let admin = api_token(&app, seed::DEMO_EMAIL).await;
    let rates = api_get(
        &app,
        &format!("/api/v1/key-figures/{}/rates", year - 1),
        &admin,
    )
    .await;
    assert_eq!(rates["residents"], 1500);
    let expected = written(
        rates["visits_per_1000_residents"].as_f64().unwrap(),
        1,
        ENGLISH,
    );
    browser
        .texts_until("#key-figures-rates td", |cells| {
            cells.first().map(String::as_str) == Some(expected.as_str())
        })
        .await;
    browser.stop().await;
}

/// Counts the app's requests (`window.requests`), and fails the next one whose address holds
/// `window.failNext` as a dropped connection would.
const WATCH_REQUESTS: &str = "
    window.requests = [];
    window.failNext = null;
    const send = window.fetch.bind(window);
    window.fetch = (request, init) => {
        const url = typeof request === 'string' ? request : request.url;
        window.requests.push(url);
        if (window.failNext && url.includes(window.failNext)) {
            window.failNext = null;
            return Promise.reject(new TypeError('Failed to fetch'));
        }
        return send(request, init);
    };";

#[tokio::test]
async fn long_lists_come_whole_a_failed_load_offers_a_retry_and_a_search_waits_for_a_pause() {
    let app = demo_app().await;
    let admin = api_token(&app, seed::DEMO_EMAIL).await;
    // More activities than the API's largest page (200) in the first unit.
    let units = api_get(&app, "/api/v1/units", &admin).await;
    let unit: UnitId = serde_json::from_value(units["items"][0]["id"].clone()).unwrap();
    for index in 0..201 {
        let input = ActivityInput::new(unit, format!("Club {index:03}"), ActivityKind::Group);
        let activity = serde_json::to_value(input).unwrap();
        let made = app
            .call("POST", "/api/v1/activities", &admin, Some(activity))
            .await;
        assert_eq!(made.status(), 201);
    }
    let activities = api_list_len(&app, &admin, "/api/v1/activities").await;
    assert!(activities > 200, "{activities}");

    let browser = Browser::start().await;
    browser.client.goto(&app.url("/login")).await.unwrap();
    sign_in(&browser, seed::DEMO_PASSWORD).await;
    browser.text_of("#welcome").await;

    // The structure shows every activity, not the first page of them. (It is the whole
    // app's: the page loads it, so the requests are watched from here on.)
    browser.go("/structure").await;
    browser
        .texts_until("#unit-tree .activity .name", |names| {
            names.len() == activities
        })
        .await;
    browser
        .client
        .execute(WATCH_REQUESTS, vec![])
        .await
        .unwrap();

    // A load that fails says so and loads again on "Try again".
    browser
        .client
        .execute("window.failNext = '/api/v1/api-tokens';", vec![])
        .await
        .unwrap();
    browser.go("/api-tokens").await;
    browser.element(".load-failed .error-banner").await;
    browser.click(".load-failed button.retry").await;
    browser.element("#api-tokens").await;
    assert!(
        browser
            .client
            .find_all(Locator::Css(".load-failed"))
            .await
            .unwrap()
            .is_empty(),
        "the error stays after a retry that worked"
    );

    // Typing a search asks the server once the typing pauses, not at every key; the
    // results then show, and the list beyond the first page comes with "more".
    browser.go("/aliases").await;
    browser.element(".alias-list").await;
    browser.click("#aliases-more").await;
    let all = api_list_len(&app, &admin, "/api/v1/aliases").await;
    browser
        .texts_until(".alias-list li .name", |names| names.len() == all)
        .await;
    browser
        .client
        .execute("window.requests = [];", vec![])
        .await
        .unwrap();
    browser.fill("#alias-search", "mossow").await;
    browser
        .expect_texts(".alias-list li .name", &["Mossowl"])
        .await;
    let searches = browser
        .client
        .execute(
            "return window.requests.filter(url => url.includes('/api/v1/aliases?')).length;",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(searches, json!(1), "one search for six keys typed");
    browser.stop().await;
}

/// How many items a paged list holds, counted through every page.
async fn api_list_len(app: &TestApp, token: &str, path: &str) -> usize {
    let mut count = 0;
    let mut cursor = None::<i64>;
    loop {
        let paged = match cursor {
            Some(cursor) => format!("{path}?limit=200&cursor={cursor}"),
            None => format!("{path}?limit=200"),
        };
        let page = api_get(app, &paged, token).await;
        count += page["items"].as_array().unwrap().len();
        match page["next_cursor"].as_i64() {
            Some(next) => cursor = Some(next),
            None => return count,
        }
    }
}

/// How a language writes numbers: (group separator, decimal separator).
const ENGLISH: (char, char) = (',', '.');
/// Finnish groups with a no-break space, which WebDriver reads as a plain space.
const FINNISH: (char, char) = (' ', ',');
const SLOVENIAN: (char, char) = ('.', ',');

/// `value` with `decimals` decimals as a language writes it (`12,345.6`, `12 345,6`).
fn written(value: f64, decimals: usize, (group, point): (char, char)) -> String {
    let text = format!("{value:.decimals$}");
    let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
    let (sign, digits) = whole.strip_prefix('-').map_or(("", whole), |d| ("-", d));
    let mut grouped = String::new();
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index) % 3 == 0 {
            grouped.push(group);
        }
        grouped.push(digit);
    }
    if fraction.is_empty() {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped}{point}{fraction}")
    }
}

#[tokio::test]
async fn a_youth_worker_works_in_finnish_from_the_sign_in_page_on() {
    let app = demo_app().await;
    let browser = Browser::start().await;
    browser.client.goto(&app.url("/login")).await.unwrap();

    // Chosen on the sign-in page, Finnish is fetched and shown, errors included.
    browser
        .element("#language")
        .await
        .select_by_value("fi")
        .await
        .unwrap();
    browser
        .expect_texts(
            "button[type=submit]",
            &[&support::ftl_message("fi", "login-submit")],
        )
        .await;
    sign_in_as(&browser, "worker@demo.logbook.example", "not the password").await;
    assert_eq!(
        browser.text_of(".error-banner").await,
        support::ftl_message("fi", "error-invalid_credentials")
    );
    sign_in_as(&browser, "worker@demo.logbook.example", seed::DEMO_PASSWORD).await;

    // Every link of the navigation is the Finnish text, none the English.
    let finnish_home = support::ftl_message("fi", "nav-home");
    let links = browser
        .nav_texts(|links| links.first() == Some(&finnish_home))
        .await;
    let english: Vec<String> = ["home", "log_session", "sessions", "me"]
        .iter()
        .map(|id| support::ftl_message("en", &format!("nav-{id}")))
        .collect();
    assert!(
        links.iter().all(|link| !english.contains(link)),
        "English in the Finnish navigation: {links:?}"
    );

    // Logging a session: the form speaks Finnish, and so does a refusal.
    browser.go("/log").await;
    assert_eq!(
        browser.text_of("#log-title").await,
        support::ftl_message("fi", "session-log_title")
    );
    browser.set_value("#session-date", "2099-01-01").await;
    browser.click("#save-session").await;
    assert_eq!(
        browser.text_of(".error-banner").await,
        support::ftl_message("fi", "error-validation_failed")
    );

    // Figures as Finnish writes them: a decimal comma, a no-break space between thousands.
    let token = api_token(&app, "worker@demo.logbook.example").await;
    let year = chrono::Utc::now().format("%Y").to_string();
    let report = api_get(
        &app,
        &format!("/api/v1/reports?from={year}-01-01&to={year}-12-31"),
        &token,
    )
    .await;
    browser.go("/reports").await;
    browser.click("#report-this-year").await;
    for (figure, decimals) in [("visits", 0), ("opening_hours", 1)] {
        let expected = written(report["total"][figure].as_f64().unwrap(), decimals, FINNISH);
        browser
            .texts_until(&format!("#figure-{figure} td.now"), |cells| {
                cells == [expected.as_str()]
            })
            .await;
    }

    // The choice stays with the device.
    browser.go("/log").await;
    browser.client.refresh().await.unwrap();
    assert_eq!(
        browser.text_of("#log-title").await,
        support::ftl_message("fi", "session-log_title")
    );
    browser.stop().await;

    // The first sign-in kept Finnish on the account: another device, whose sign-in page is
    // English, turns Finnish once the worker signs in.
    let me = api_get(&app, "/api/v1/me", &token).await;
    assert_eq!(me["language"], "fi");
    let elsewhere = Browser::start().await;
    elsewhere.client.goto(&app.url("/login")).await.unwrap();
    elsewhere
        .expect_texts(
            "button[type=submit]",
            &[&support::ftl_message("en", "login-submit")],
        )
        .await;
    sign_in_as(
        &elsewhere,
        "worker@demo.logbook.example",
        seed::DEMO_PASSWORD,
    )
    .await;
    elsewhere
        .nav_texts(|links| links.first() == Some(&finnish_home))
        .await;
    elsewhere.stop().await;
}

#[tokio::test]
async fn an_org_admin_who_reads_slovenian_downloads_the_annual_report_in_slovenian() {
    let app = demo_app().await;
    let token = api_token(&app, seed::DEMO_EMAIL).await;
    let chosen = app
        .call(
            "PUT",
            "/api/v1/me/language",
            &token,
            Some(json!({ "language": "sl" })),
        )
        .await;
    assert_eq!(chosen.status(), 204);
    let browser = Browser::start().await;
    browser.client.goto(&app.url("/login")).await.unwrap();
    sign_in(&browser, seed::DEMO_PASSWORD).await;
    let slovenian = |id: &str| support::ftl_message("sl", id);
    browser
        .nav_texts(|links| links.first() == Some(&slovenian("nav-home")))
        .await;

    browser.go("/annual-report").await;
    let year = chrono::Utc::now().format("%Y").to_string();
    let title = slovenian("annual-title").replace("{ $year }", &year);
    browser.expect_texts("h1", &[&title]).await;
    browser.click("#annual-pdf").await;
    let pdf = browser
        .downloaded(&format!("annual-report-{year}.pdf"))
        .await;
    let document = lopdf::Document::load_mem(&pdf).unwrap();
    let pages: Vec<u32> = document.get_pages().keys().copied().collect();
    let text = document.extract_text(&pages).unwrap();

    // Slovenian words, and the year's visits as Slovenian writes them (`1.234`).
    let annual = api_get(&app, &format!("/api/v1/annual-reports/{year}"), &token).await;
    let visits = annual["report"]["total"]["visits"].as_f64().unwrap();
    for expected in [
        title,
        slovenian("report-figure-unique_visitors"),
        slovenian("annual-visits_per_month"),
        written(visits, 0, SLOVENIAN),
    ] {
        assert!(text.contains(&expected), "{expected:?} is not in {text:?}");
    }
    for english in ["Annual report", "Unique visitors", "Visits per month"] {
        assert!(!text.contains(english), "{english:?} in {text:?}");
    }
    browser.stop().await;
}

/// Every page of every role, each role reading another language: no text on screen (or in a
/// placeholder, label or title) is an English message that language words differently, and
/// none looks like a message key (`report.figure.visits`, `visits_girl`).
#[tokio::test]
async fn every_page_of_every_role_speaks_the_accounts_language() {
    let app = demo_app().await;
    let english = one_line_messages("en");
    let mut leaks = Vec::new();
    for (email, tag) in every_page::ROLES
        .into_iter()
        .zip(["sl", "lv", "fi", "et", "sv"])
    {
        let token = api_token(&app, email).await;
        let chosen = json!({ "language": tag });
        let answer = app
            .call("PUT", "/api/v1/me/language", &token, Some(chosen))
            .await;
        assert_eq!(answer.status(), 204);
        let own = one_line_messages(tag);
        // The language switcher names each language in itself, in every language.
        let untranslated: BTreeSet<&str> = english
            .iter()
            .filter(|(id, _)| !id.starts_with("language-"))
            .filter(|(id, text)| own.get(*id).is_some_and(|theirs| theirs != *text))
            .map(|(_, text)| text.as_str())
            .collect();

        let browser = Browser::start().await;
        let pages = every_page::pages_of(&app, &browser, email).await;
        let home = support::ftl_message(tag, "nav-home");
        browser
            .nav_texts(|links| links.first() == Some(&home))
            .await;
        for page in pages {
            browser.go(&page).await;
            browser.settle().await;
            for text in browser.screen_texts().await {
                if untranslated.contains(text.as_str()) || looks_like_a_key(&text) {
                    leaks.push(format!("{email} ({tag}) {page}: {text:?}"));
                }
            }
        }
        browser.stop().await;
    }
    assert!(
        leaks.is_empty(),
        "not in the reader's language:\n{}",
        leaks.join("\n")
    );
}

/// A language's messages that are one line of plain text (no variables), by id.
fn one_line_messages(tag: &str) -> BTreeMap<String, String> {
    let mut messages = support::ftl_messages(tag);
    messages.retain(|_, text| !text.contains('{'));
    messages
}

fn looks_like_a_key(text: &str) -> bool {
    let key_characters = text
        .chars()
        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "._-".contains(c));
    key_characters && text.chars().any(|c| c.is_ascii_lowercase()) && text.contains(['.', '_'])
}

/// At 320, 360 and 390 px and on a laptop, no page of any role is wider than the screen; at
/// a phone's width and the laptop's, axe-core finds no WCAG 2.2 A or AA violation.
#[tokio::test]
async fn every_page_of_every_role_fits_each_phone_and_passes_axe() {
    let app = demo_app().await;
    let mut problems = Vec::new();
    let check = async |browser: &Browser, who: &str, page: &str, width: u32| {
        browser.settle().await;
        let mut found = Vec::new();
        let (over, sticking_out) = browser.overflow().await;
        if over > 0 {
            found.push(format!(
                "{who} {page} at {width} px: {over} px too wide: {sticking_out:?}"
            ));
        }
        if width == 360 || width == 1280 {
            for violation in browser.axe_violations().await {
                found.push(format!("{who} {page} at {width} px: {violation}"));
            }
        }
        found
    };
    let browser = Browser::start().await;
    for width in every_page::WIDTHS {
        browser.resize(width).await;
        browser.client.goto(&app.url("/login")).await.unwrap();
        problems.extend(check(&browser, "anyone", "/login", width).await);
    }
    browser.stop().await;
    let dark = Browser::start_with(&["--force-dark-mode"]).await;
    dark.resize(360).await;
    dark.client.goto(&app.url("/login")).await.unwrap();
    dark.settle().await;
    for violation in dark.axe_violations().await {
        problems.push(format!("/login dark at 360 px: {violation}"));
    }
    dark.stop().await;
    for email in every_page::ROLES {
        let browser = Browser::start().await;
        let pages = every_page::pages_of(&app, &browser, email).await;
        for width in every_page::WIDTHS {
            browser.resize(width).await;
            for page in &pages {
                browser.go(page).await;
                problems.extend(check(&browser, email, page, width).await);
            }
        }
        browser.stop().await;
        // The same pages where the system is dark: contrast holds there too.
        let dark = Browser::start_with(&["--force-dark-mode"]).await;
        let pages = every_page::pages_of(&app, &dark, email).await;
        dark.resize(360).await;
        for page in &pages {
            dark.go(page).await;
            dark.settle().await;
            for violation in dark.axe_violations().await {
                problems.push(format!("{email} {page} dark at 360 px: {violation}"));
            }
        }
        dark.stop().await;
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Every file of the built app reaches a browser that accepts brotli as the build's brotli
/// copy (the icons' PNGs as they are); the wasm, its glue, the outbox and the style sheet have
/// content-hashed names and are cached for good, while everything else (index.html, the
/// language files, the manifest and icons) is revalidated.
#[tokio::test]
async fn every_built_file_is_served_compressed_with_its_caching() {
    let app = demo_app().await;
    let dist = workspace_root().join("dist");
    let mut files = vec![dist.join("index.html")];
    for folder in [dist.clone(), dist.join("i18n")] {
        for entry in std::fs::read_dir(folder).unwrap() {
            let path = entry.unwrap().path();
            let copy = path
                .extension()
                .is_some_and(|extension| extension == "br" || extension == "gz");
            if path.is_file() && !copy && !files.contains(&path) {
                files.push(path);
            }
        }
    }
    let mut hashed = Vec::new();
    for file in &files {
        let path = file
            .strip_prefix(&dist)
            .unwrap()
            .to_string_lossy()
            .into_owned();
        let answer = app
            .client
            .get(app.url(&format!("/{path}")))
            .header("accept-encoding", "gzip, deflate, br, zstd")
            .send()
            .await
            .unwrap();
        if path.ends_with(".png") {
            // Compressed already: served as it is.
            assert!(!answer.headers().contains_key("content-encoding"), "{path}");
            assert_eq!(answer.bytes().await.unwrap(), std::fs::read(file).unwrap());
            continue;
        }
        assert_eq!(answer.headers()["content-encoding"], "br", "{path}");
        let caching = answer.headers()["cache-control"]
            .to_str()
            .unwrap()
            .to_owned();
        if caching.contains("immutable") {
            hashed.push(path.clone());
        } else {
            assert_eq!(caching, "no-cache", "{path}");
        }
        let mut brotli = file.clone().into_os_string();
        brotli.push(".br");
        let body = answer.bytes().await.unwrap();
        assert_eq!(body, std::fs::read(brotli).unwrap(), "{path}");
    }
    hashed.sort();
    let kinds: Vec<&str> = hashed
        .iter()
        .filter_map(|path| path.rsplit_once('.').map(|(_, extension)| extension))
        .collect();
    // The stylesheet; for the field bundle and the whole app each a start script, the app's
    // glue and the WebAssembly; the outbox.
    assert_eq!(
        kinds,
        ["css", "js", "js", "js", "js", "wasm", "wasm", "js"],
        "{hashed:?}"
    );
}

/// The README's pictures: "Log a session", a report, the kiosk and the network comparison,
/// on a phone and on a laptop. Each is checked to be a picture of the whole width; they are
/// written to `LOGBOOK_SCREENSHOTS` when it names a folder (`scripts/screenshots` does).
#[tokio::test]
async fn screenshots_of_the_main_pages_on_a_phone_and_a_laptop() {
    let app = demo_app().await;
    let folder = std::env::var_os("LOGBOOK_SCREENSHOTS").map(std::path::PathBuf::from);
    let admin = api_token(&app, seed::DEMO_EMAIL).await;
    let northside = api_get(&app, "/api/v1/units", &admin).await["items"][0]["id"].clone();
    let kiosk = app
        .call(
            "POST",
            "/api/v1/kiosks",
            &admin,
            Some(json!({ "unit_id": northside, "name": "Front desk", "language": "en" })),
        )
        .await;
    assert_eq!(kiosk.status(), 201);
    let kiosk_token = kiosk.json::<serde_json::Value>().await.unwrap()["token"]
        .as_str()
        .unwrap()
        .to_owned();
    // (picture, account, page, what to scroll to)
    let shots: [(&str, &str, &str, &str); 4] = [
        ("log-a-session", "worker@demo.logbook.example", "/log", "h1"),
        ("reports", seed::DEMO_EMAIL, "/reports", "#panel-figures"),
        (
            "network-comparison",
            "network@demo.logbook.example",
            "/network",
            "#network-comparison",
        ),
        ("kiosk", "", "/kiosk", "h1"),
    ];
    for (name, email, page, shown) in shots {
        for (device, width) in [("phone", 390), ("laptop", 1280)] {
            let browser = Browser::start().await;
            browser.resize(width).await;
            if email.is_empty() {
                browser
                    .client
                    .goto(&app.url(&format!("/kiosk#token={kiosk_token}")))
                    .await
                    .unwrap();
                browser.element("#kiosk-unit").await;
            } else {
                every_page::pages_of(&app, &browser, email).await;
                browser.go(page).await;
                browser.settle().await;
            }
            browser.element(shown).await;
            browser
                .client
                .execute(
                    "document.querySelector(arguments[0]).scrollIntoView();",
                    vec![json!(shown)],
                )
                .await
                .unwrap();
            // Charts and figures drawn, fonts settled.
            tokio::time::sleep(Duration::from_millis(500)).await;
            let png = browser.client.screenshot().await.unwrap();
            assert!(png.starts_with(b"\x89PNG"), "{name} on a {device}");
            let shot_width = u32::from_be_bytes(png[16..20].try_into().unwrap());
            assert_eq!(shot_width, width, "{name} on a {device}");
            if let Some(folder) = &folder {
                std::fs::create_dir_all(folder).unwrap();
                std::fs::write(folder.join(format!("{name}-{device}.png")), png).unwrap();
            }
            browser.stop().await;
        }
    }
}

/// On a 360 px phone with a keyboard only: Tab moves forward through the form in the order it
/// reads, every stop shows where the focus is, and Enter on "Save session" saves it.
#[tokio::test]
async fn a_session_is_logged_with_the_keyboard_alone() {
    const TAB: &str = "\u{e004}";
    const ENTER: &str = "\u{e007}";
    let app = demo_app().await;
    let browser = Browser::start().await;
    browser.client.goto(&app.url("/login")).await.unwrap();
    sign_in_as(&browser, "worker@demo.logbook.example", seed::DEMO_PASSWORD).await;
    browser.resize(360).await;
    browser.element("#session-activity").await;
    browser.settle().await;
    let mut stops = 0;
    // Tabs forward to `id`; every element passed on the way shows a focus ring.
    let tab_to = async |id: &str, stops: &mut usize| {
        for _ in 0..120 {
            let focused = browser.client.active_element().await.unwrap();
            if focused.attr("id").await.unwrap().as_deref() == Some(id) {
                return focused;
            }
            focused.send_keys(TAB).await.unwrap();
            *stops += 1;
            let unringed = browser
                .client
                .execute(
                    "const element = document.activeElement;
                     const ringed = element === document.body
                         || getComputedStyle(element).outlineStyle !== 'none';
                     return ringed ? null : element.outerHTML.slice(0, 120);",
                    vec![],
                )
                .await
                .unwrap();
            assert_eq!(unringed, Value::Null, "no visible focus after {stops} tabs");
        }
        panic!("Tab never reached #{id}");
    };
    let activity = tab_to("session-activity", &mut stops).await;
    activity.send_keys("Open evenings").await.unwrap();
    for (cell, count) in [("cell-girl-13", "4"), ("cell-boy-13", "6")] {
        tab_to(cell, &mut stops)
            .await
            .send_keys(count)
            .await
            .unwrap();
    }
    tab_to("session-notes", &mut stops)
        .await
        .send_keys("Quiz night, no mouse needed.")
        .await
        .unwrap();
    tab_to("save-session", &mut stops)
        .await
        .send_keys(ENTER)
        .await
        .unwrap();
    assert!(
        browser
            .text_of("#session-saved")
            .await
            .contains("10 visits")
    );
    println!("logging with the keyboard took {stops} tabs");
    browser.stop().await;
}
