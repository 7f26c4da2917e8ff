//! Report speed at scale: one organisation's year and one year over all organisations,
//! through the report code and through one hand-written SQL query (the reference), on the
//! database `LOGBOOK_BENCH_DATABASE_URL` names (filled by `logbook seed-bench`).
//! `benches/run` does it all for SQLite and PostgreSQL; see `benches/README.md`.

#![allow(clippy::unwrap_used, clippy::expect_used)] // A failing benchmark may panic.

use std::time::{Duration, Instant};

use chrono::{Datelike, NaiveDate, Utc};
use diesel::prelude::*;
use diesel::sql_types::BigInt;
use logbook_api::db::queries::reports::Selection;
use logbook_api::db::schema::organisations;
use logbook_api::db::{self, DatabaseUrl, DbConn};
use logbook_api::reports;
use logbook_shared::structure::DEFAULT_AGE_BANDS;

/// Runs per measurement; the median is reported.
const RUNS: usize = 7;
/// (what, target)
const TARGETS: [(&str, Duration); 2] = [
    ("organisation-year", Duration::from_millis(50)),
    ("national year", Duration::from_secs(1)),
];
/// Never slower than this many times the reference.
const MAX_RATIO: f64 = 1.5;

#[derive(QueryableByName, Debug, PartialEq)]
struct Reference {
    #[diesel(sql_type = BigInt)]
    sessions: i64,
    #[diesel(sql_type = BigInt)]
    activity_minutes: i64,
    #[diesel(sql_type = BigInt)]
    visits: i64,
    #[diesel(sql_type = BigInt)]
    girls: i64,
    #[diesel(sql_type = BigInt)]
    unique_visitors: i64,
    #[diesel(sql_type = BigInt)]
    first_time_visitors: i64,
}

fn main() {
    let url = std::env::var("LOGBOOK_BENCH_DATABASE_URL")
        .expect("set LOGBOOK_BENCH_DATABASE_URL (benches/run does)");
    let url = DatabaseUrl::parse(&url).expect("a sqlite:// or postgres:// URL");
    let pool = db::connect(&url).expect("the bench database connects");
    let mut pooled = pool.get().unwrap();
    let conn: &mut DbConn = &mut pooled;
    let all: Vec<i64> = organisations::table
        .order(organisations::id)
        .select(organisations::id)
        .load(conn)
        .unwrap();
    assert!(!all.is_empty(), "no data: run logbook seed-bench first");
    let year = Utc::now().year() - 1;
    let (from, to) = (
        NaiveDate::from_ymd_opt(year, 1, 1).unwrap(),
        NaiveDate::from_ymd_opt(year, 12, 31).unwrap(),
    );
    let sessions: i64 = logbook_api::db::schema::sessions::table
        .count()
        .get_result(conn)
        .unwrap();
    println!(
        "{url}: {} organisations, {sessions} sessions; the year {year}",
        all.len()
    );
    println!(
        "{:<20} {:>12} {:>12} {:>8}  verdict",
        "", "report", "reference", "ratio"
    );
    let cases = [(TARGETS[0], vec![all[0]]), (TARGETS[1], all.clone())];
    let mut failed = false;
    for ((what, target), organisations) in cases {
        let selection = Selection::of_organisations(organisations.clone(), from, to);
        let (report_time, figures) =
            median(|| reports::report(conn, &selection, None, &DEFAULT_AGE_BANDS).unwrap());
        let reference_sql = reference(&organisations, from, to);
        let (reference_time, expected) = median(|| reference_query(conn, &reference_sql));
        // The same figures, or the comparison means nothing.
        assert_eq!(
            (
                figures.total.sessions,
                figures.total.visits,
                figures.total.visits_by_gender.girl,
                figures.total.unique_visitors,
                figures.total.first_time_visitors
            ),
            (
                expected.sessions,
                expected.visits,
                expected.girls,
                expected.unique_visitors,
                expected.first_time_visitors
            ),
            "{what}: the report and the reference disagree"
        );
        assert!(
            (figures.total.activity_hours * 60.0 - expected.activity_minutes as f64).abs() < 1e-6
        );
        let ratio = report_time.as_secs_f64() / reference_time.as_secs_f64();
        let fast_enough = report_time <= target && ratio <= MAX_RATIO;
        failed |= !fast_enough;
        println!(
            "{what:<20} {:>9.1} ms {:>9.1} ms {ratio:>8.2}  {} (target ≤ {} ms, ≤ {MAX_RATIO}× reference)",
            report_time.as_secs_f64() * 1000.0,
            reference_time.as_secs_f64() * 1000.0,
            if fast_enough { "met" } else { "MISSED" },
            target.as_millis(),
        );
    }
    if failed {
        println!("Some targets were missed.");
    }
}

/// The median time of `RUNS` runs after one warm-up, and the last result.
fn median<T>(mut run: impl FnMut() -> T) -> (Duration, T) {
    let mut result = run();
    let mut times = Vec::new();
    for _ in 0..RUNS {
        let started = Instant::now();
        result = run();
        times.push(started.elapsed());
    }
    times.sort();
    (times[RUNS / 2], result)
}

/// One statement for the main figures, written by hand; literal values, since they are ours.
fn reference(organisations: &[i64], from: NaiveDate, to: NaiveDate) -> String {
    let ids = organisations
        .iter()
        .map(i64::to_string)
        .collect::<Vec<_>>()
        .join(", ");
    format!(
        "WITH sel AS (SELECT s.id, s.organisation_id, s.duration_minutes FROM sessions s \
           WHERE s.organisation_id IN ({ids}) AND s.date >= '{from}' AND s.date <= '{to}') \
         SELECT \
           (SELECT COUNT(*) FROM sel) AS sessions, \
           (SELECT COALESCE(SUM(duration_minutes), 0) FROM sel) AS activity_minutes, \
           (SELECT COALESCE(SUM(n.count), 0) FROM attendance n JOIN sel ON sel.id = n.session_id) AS visits, \
           (SELECT COALESCE(SUM(n.count), 0) FROM attendance n JOIN sel ON sel.id = n.session_id \
              WHERE n.gender = 'girl') AS girls, \
           (SELECT COUNT(DISTINCT c.visitor_key) FROM check_ins c JOIN sel ON sel.id = c.session_id) \
              AS unique_visitors, \
           (SELECT COUNT(DISTINCT c.visitor_key) FROM check_ins c JOIN sel ON sel.id = c.session_id \
              WHERE NOT EXISTS (SELECT 1 FROM check_ins e JOIN sessions es ON es.id = e.session_id \
                WHERE e.organisation_id = sel.organisation_id AND e.visitor_key = c.visitor_key \
                AND es.date < '{from}')) AS first_time_visitors"
    )
}

fn reference_query(conn: &mut DbConn, sql: &str) -> Reference {
    match conn {
        DbConn::Pg(pg) => diesel::sql_query(sql).get_result(pg).unwrap(),
        DbConn::Sqlite(sqlite) => diesel::sql_query(sql).get_result(sqlite).unwrap(),
    }
}
