//! Every page of every role, as each role reaches it through the navigation: what the sweeps
//! of the browser suite walk (languages, phone widths, accessibility).

use std::time::Duration;

use fantoccini::Locator;
use logbook_api::seed;
use serde_json::{Value, json};

use crate::Browser;
use crate::support::TestApp;

/// Each role of the demo, by account.
pub const ROLES: [&str; 5] = [
    seed::DEMO_EMAIL,
    "manager@demo.logbook.example",
    "worker@demo.logbook.example",
    "viewer@demo.logbook.example",
    "network@demo.logbook.example",
];

/// The widths a page must fit: small, common and large phones, and a laptop.
pub const WIDTHS: [u32; 4] = [320, 360, 390, 1280];

/// Signs `email` in and gives the address of each page its navigation offers.
pub async fn pages_of(app: &TestApp, browser: &Browser, email: &str) -> Vec<String> {
    browser.client.goto(&app.url("/login")).await.unwrap();
    crate::sign_in_as(browser, email, seed::DEMO_PASSWORD).await;
    browser.element("nav a").await;
    let mut pages = Vec::new();
    for link in browser
        .client
        .find_all(Locator::Css("nav a"))
        .await
        .unwrap()
    {
        pages.push(link.attr("href").await.unwrap().unwrap());
    }
    pages
}

impl Browser {
    /// Follows the navigation's link to `href`.
    pub async fn go(&self, href: &str) {
        self.menu_click(&format!("nav a[href='{href}']")).await;
    }

    /// Clicks `css` in the shell's menu, unfolding the menu first where a phone folds it.
    pub async fn menu_click(&self, css: &str) {
        let target = self.element(css).await;
        if !target.is_displayed().await.unwrap() {
            self.click("#menu-toggle").await;
            for _ in 0..100 {
                if target.is_displayed().await.unwrap() {
                    break;
                }
                tokio::time::sleep(Duration::from_millis(20)).await;
            }
        }
        target.click().await.unwrap();
    }

    /// The navigation's link texts once `done` holds for them, menu folded or not.
    pub async fn nav_texts(&self, done: impl Fn(&[String]) -> bool) -> Vec<String> {
        let mut texts = Vec::new();
        for _ in 0..200 {
            let read = self
                .client
                .execute(
                    "return [...document.querySelectorAll('nav a')].map(a => a.textContent.trim());",
                    vec![],
                )
                .await
                .unwrap();
            texts = serde_json::from_value(read).unwrap();
            if done(&texts) {
                return texts;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("the navigation reads {texts:?}");
    }

    /// Waits until the page has loaded: a heading and nothing loading.
    pub async fn settle(&self) {
        for _ in 0..200 {
            let settled = self
                .client
                .execute(
                    "return document.querySelector('main h1') !== null
                        && document.querySelector('.loading, [aria-busy=true]') === null;",
                    vec![],
                )
                .await
                .unwrap();
            if settled == json!(true) {
                return;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Each text on the page, and each placeholder, label and title.
    pub async fn screen_texts(&self) -> Vec<String> {
        let texts = self
            .client
            .execute(
                "const texts = [];
                 const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
                 while (walker.nextNode()) { texts.push(walker.currentNode.nodeValue.trim()); }
                 for (const element of document.querySelectorAll('[placeholder], [aria-label], [title]')) {
                     for (const name of ['placeholder', 'aria-label', 'title']) {
                         texts.push((element.getAttribute(name) || '').trim());
                     }
                 }
                 return texts.filter(text => text.length > 0);",
                vec![],
            )
            .await
            .unwrap();
        serde_json::from_value(texts).unwrap()
    }

    /// Makes the viewport `width` × 800 CSS pixels.
    pub async fn resize(&self, width: u32) {
        self.client.set_window_size(width, 800).await.unwrap();
        let inner = self
            .client
            .execute("return window.innerWidth;", vec![])
            .await
            .unwrap();
        assert_eq!(inner, json!(width), "the viewport did not take the width");
    }

    /// How far the page is wider than the screen, in CSS pixels (0 when it fits), and the
    /// widest elements that stick out.
    pub async fn overflow(&self) -> (i64, Vec<String>) {
        let measured = self
            .client
            .execute(
                "const width = document.documentElement.clientWidth;
                 const over = document.documentElement.scrollWidth - width;
                 const out = [];
                 if (over > 0) {
                     for (const element of document.querySelectorAll('body *')) {
                         const box = element.getBoundingClientRect();
                         if (box.right > width + 1 && !element.closest('.table-scroll')) {
                             out.push(element.tagName.toLowerCase()
                                 + (element.id ? '#' + element.id : '')
                                 + (element.className && typeof element.className === 'string'
                                     ? '.' + element.className.trim().split(/\\s+/).join('.') : '')
                                 + ' → ' + Math.round(box.right));
                         }
                     }
                 }
                 return [over, out.slice(0, 5)];",
                vec![],
            )
            .await
            .unwrap();
        serde_json::from_value(measured).unwrap()
    }

    /// What axe-core finds against WCAG 2.2 A and AA on the page as it is: each violated
    /// rule with its first offending elements.
    pub async fn axe_violations(&self) -> Vec<String> {
        let loaded = self
            .client
            .execute("return typeof axe !== 'undefined';", vec![])
            .await
            .unwrap();
        if loaded != json!(true) {
            let path = std::env::var("LOGBOOK_AXE_JS")
                .expect("LOGBOOK_AXE_JS names axe.min.js (scripts/test installs it)");
            let source = std::fs::read_to_string(&path).unwrap();
            self.client.execute(&source, vec![]).await.unwrap();
        }
        let found = self
            .client
            .execute_async(
                "const done = arguments[arguments.length - 1];
                 axe.run(document, { runOnly: { type: 'tag', values:
                     ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] } })
                   .then(result => done(result.violations.map(rule => rule.id + ': '
                       + rule.nodes.slice(0, 3).map(node => node.target.join(' ')).join(' | '))))
                   .catch(error => done(['axe failed: ' + error]));",
                vec![],
            )
            .await
            .unwrap();
        match found {
            Value::Array(_) => serde_json::from_value(found).unwrap(),
            other => vec![format!("axe answered {other}")],
        }
    }
}
