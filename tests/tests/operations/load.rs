//! A busy moment of the demo organisation, as writes: youth workers logging sessions and
//! checking young people in, and young people answering the survey open now, all at once.
//! Keeps what the server acknowledged (a 2xx), to look for after whatever happens next.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::Duration;

use logbook_api::seed;
use serde_json::{Value, json};
use tokio::task::JoinHandle;

use crate::support::fixtures::{full_answer, started};
use crate::support::unique;

/// What the load needs of the demo data, read through the API as the org admin.
#[derive(Clone)]
pub struct Target {
    pub address: String,
    pub token: String,
    activity: i64,
    aliases: Vec<String>,
    /// The link of the survey round open now.
    survey: String,
    pub survey_round: i64,
}

/// The JSON answer to `request`.
async fn answer_of(request: reqwest::RequestBuilder) -> Value {
    request.send().await.unwrap().json().await.unwrap()
}

impl Target {
    pub async fn demo(address: &str) -> Target {
        let client = reqwest::Client::new();
        let signed_in = client
            .post(format!("{address}/api/v1/auth/login"))
            .json(&json!({ "email": seed::DEMO_EMAIL, "password": seed::DEMO_PASSWORD }));
        let pair = answer_of(signed_in).await;
        let token = pair["access_token"].as_str().unwrap().to_owned();
        let get = |path: &str| {
            answer_of(
                client
                    .get(format!("{address}/api/v1{path}"))
                    .bearer_auth(&token),
            )
        };
        let activities = get("/activities?archived=false&limit=1").await;
        let aliases = get("/aliases?limit=40").await;
        let rounds = get("/survey-rounds?limit=50").await;
        let open = rounds["items"]
            .as_array()
            .unwrap()
            .iter()
            .find(|round| round["status"] == "open")
            .expect("the demo has a survey round open now");
        Target {
            address: address.to_owned(),
            activity: activities["items"][0]["id"].as_i64().unwrap(),
            aliases: aliases["items"]
                .as_array()
                .unwrap()
                .iter()
                .map(|alias| alias["alias"].as_str().unwrap().to_owned())
                .collect(),
            survey: open["link"].as_str().unwrap().to_owned(),
            survey_round: open["id"].as_i64().unwrap(),
            token,
        }
    }

    /// The same, through the server at `address` (started again on another port).
    pub fn on(&self, address: &str) -> Target {
        Target {
            address: address.to_owned(),
            ..self.clone()
        }
    }

    /// How many answers the open round holds.
    pub async fn answers(&self) -> i64 {
        let path = format!(
            "{}/api/v1/survey-rounds/{}",
            self.address, self.survey_round
        );
        let round = answer_of(reqwest::Client::new().get(path).bearer_auth(&self.token)).await;
        round["responses"].as_i64().unwrap()
    }

    /// A session of one young person at the demo's activity, with `notes`.
    pub fn session(&self, notes: &str) -> Value {
        json!({
            "activity_id": self.activity, "date": "2026-11-20",
            "start_time": "18:00", "end_time": "21:00",
            "attendance": [{ "gender": "non_binary", "age_min": null, "age_max": null, "count": 1 }],
            "youth_led": false, "youth_producers": 0, "staff_count": 1, "volunteer_count": 0,
            "notes": notes,
        })
    }
}

/// What the server acknowledged.
#[derive(Debug, Default)]
pub struct Acknowledged {
    pub sessions: Vec<i64>,
    /// (session, check-in) ids.
    pub check_ins: Vec<(i64, i64)>,
    pub answers: usize,
}

impl Acknowledged {
    fn add(&mut self, other: Acknowledged) {
        self.sessions.extend(other.sessions);
        self.check_ins.extend(other.check_ins);
        self.answers += other.answers;
    }
}

pub struct Load {
    stop: Arc<AtomicBool>,
    /// Survey answers acknowledged so far.
    answered: Arc<AtomicUsize>,
    tasks: Vec<JoinHandle<Acknowledged>>,
}

impl Load {
    /// `loggers` youth workers logging and checking in without a pause, and `phones` young
    /// people who open the survey now and send it once they may (three seconds on).
    pub fn start(target: &Arc<Target>, loggers: usize, phones: usize) -> Load {
        let stop = Arc::new(AtomicBool::new(false));
        let answered = Arc::new(AtomicUsize::new(0));
        let mut tasks = Vec::new();
        for logger in 0..loggers {
            let (target, stop) = (target.clone(), stop.clone());
            tasks.push(tokio::spawn(async move {
                log_until(&target, &stop, logger).await
            }));
        }
        for _ in 0..phones {
            let (target, answered) = (target.clone(), answered.clone());
            tasks.push(tokio::spawn(
                async move { answer(&target, &answered).await },
            ));
        }
        Load {
            stop,
            answered,
            tasks,
        }
    }

    /// Waits until `count` survey answers have been acknowledged (at most ten seconds).
    pub async fn answered(&self, count: usize) {
        for _ in 0..1000 {
            if self.answered.load(Ordering::Relaxed) >= count {
                return;
            }
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
        panic!("fewer than {count} survey answers were acknowledged");
    }

    /// Stops the load; answers everything the server acknowledged.
    pub async fn stop(self) -> Acknowledged {
        self.stop.store(true, Ordering::Relaxed);
        let mut all = Acknowledged::default();
        for task in self.tasks {
            all.add(task.await.unwrap());
        }
        all
    }
}

/// A client that opens a connection per request, so that a server going down cannot leave
/// one waiting on a connection it already closed.
fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .pool_max_idle_per_host(0)
        .timeout(Duration::from_secs(30))
        .build()
        .unwrap()
}

async fn log_until(target: &Target, stop: &AtomicBool, logger: usize) -> Acknowledged {
    let client = client();
    let mut acknowledged = Acknowledged::default();
    let mut round = 0;
    while !stop.load(Ordering::Relaxed) {
        round += 1;
        let created = client
            .post(format!("{}/api/v1/sessions", target.address))
            .bearer_auth(&target.token)
            .header("Idempotency-Key", unique())
            .json(&target.session(&format!("Logger {logger}, round {round}")))
            .send()
            .await;
        let Some(id) = acknowledged_id(created, 201).await else {
            tokio::time::sleep(Duration::from_millis(10)).await;
            continue;
        };
        acknowledged.sessions.push(id);
        let alias = &target.aliases[(logger + round) % target.aliases.len()];
        let checked_in = client
            .post(format!("{}/api/v1/sessions/{id}/check-ins", target.address))
            .bearer_auth(&target.token)
            .json(&json!({ "alias": alias }))
            .send()
            .await;
        if let Some(check_in) = acknowledged_id(checked_in, 201).await {
            acknowledged.check_ins.push((id, check_in));
        }
    }
    acknowledged
}

/// The id in a `status` answer, if that is what came back whole.
async fn acknowledged_id(sent: reqwest::Result<reqwest::Response>, status: u16) -> Option<i64> {
    let response = sent.ok()?;
    assert!(
        response.status().as_u16() < 500 || response.status().as_u16() == 503,
        "{}",
        response.status()
    );
    if response.status().as_u16() != status {
        return None;
    }
    let body: Value = response.json().await.ok()?;
    body["id"].as_i64()
}

/// A young person's phone: opens the form now, sends it as soon as it may.
async fn answer(target: &Target, answered: &AtomicUsize) -> Acknowledged {
    let client = client();
    let link = format!("{}{}", target.address, target.survey);
    let mut acknowledged = Acknowledged::default();
    let Ok(opened) = client.get(&link).send().await else {
        return acknowledged;
    };
    let cookie = opened
        .headers()
        .get("set-cookie")
        .and_then(|set| set.to_str().ok())
        .and_then(|set| set.split(';').next())
        .map(str::to_owned);
    let Ok(page) = opened.text().await else {
        return acknowledged;
    };
    tokio::time::sleep(Duration::from_millis(3_100)).await;
    let mut request = client.post(&link).form(&full_answer(&started(&page)));
    if let Some(cookie) = cookie {
        request = request.header("Cookie", cookie);
    }
    if let Ok(sent) = request.send().await
        && sent.status() == 200
        && sent.text().await.is_ok()
    {
        acknowledged.answers = 1;
        answered.fetch_add(1, Ordering::Relaxed);
    }
    acknowledged
}
