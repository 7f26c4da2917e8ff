//! Report speed at scale: one organisation's year and one year over all organisations,
//! through the report code and through one hand-written SQL query (the reference), on the
//! database `LOGBOOK_BENCH_DATABASE_URL` names (filled by `logbook seed-bench`).
//! `benches/run` does it all for SQLite and PostgreSQL; see `benches/README.md`.

#![allow(clippy::unwrap_used, clippy::expect_used)] // A failing benchmark may panic.

use logbook_shared::ids::OrganisationId;

use std::time::{Duration, Instant};

use chrono::{Datelike, NaiveDate, Utc};
use diesel::prelude::*;
use diesel::sql_types::BigInt;
use logbook_api::db::queries::reports::selection::Selection;
use logbook_api::db::schema::organisations;
use logbook_api::db::{self, DatabaseUrl, DbConn};
use logbook_api::reports;
use logbook_shared::reports::Figures;
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

/// Every counted figure of SPEC 7 (the ratios follow from them), as the reference counts it.
#[derive(QueryableByName, Debug, PartialEq)]
struct Reference {
    #[diesel(sql_type = BigInt)]
    sessions: i64,
    #[diesel(sql_type = BigInt)]
    activity_minutes: i64,
    #[diesel(sql_type = BigInt)]
    opening_minutes: i64,
    #[diesel(sql_type = BigInt)]
    group_minutes: i64,
    #[diesel(sql_type = BigInt)]
    youth_led_minutes: i64,
    #[diesel(sql_type = BigInt)]
    youth_producers: i64,
    #[diesel(sql_type = BigInt)]
    visits: i64,
    #[diesel(sql_type = BigInt)]
    open_visits: i64,
    #[diesel(sql_type = BigInt)]
    girls: i64,
    #[diesel(sql_type = BigInt)]
    boys: i64,
    #[diesel(sql_type = BigInt)]
    non_binary: i64,
    #[diesel(sql_type = BigInt)]
    not_stated: i64,
    #[diesel(sql_type = BigInt)]
    band_0: i64,
    #[diesel(sql_type = BigInt)]
    band_1: i64,
    #[diesel(sql_type = BigInt)]
    band_2: i64,
    #[diesel(sql_type = BigInt)]
    band_3: i64,
    #[diesel(sql_type = BigInt)]
    band_4: i64,
    #[diesel(sql_type = BigInt)]
    age_unknown: i64,
    #[diesel(sql_type = BigInt)]
    unique_visitors: i64,
    #[diesel(sql_type = BigInt)]
    first_time_visitors: i64,
}

impl Reference {
    /// The report's figures in the reference's terms (visits outside every band or straddling
    /// one are the visits left over).
    fn of(figures: &Figures) -> Reference {
        let minutes = |hours: f64| (hours * 60.0).round() as i64;
        let band = |index: usize| figures.visits_by_age.bands[index].visits;
        let ages = &figures.visits_by_age;
        let open_visits = figures.visits_per_opening_hour.map_or(0, |per_hour| {
            (per_hour * figures.opening_hours).round() as i64
        });
        Reference {
            sessions: figures.sessions,
            activity_minutes: minutes(figures.activity_hours),
            opening_minutes: minutes(figures.opening_hours),
            group_minutes: minutes(figures.group_hours),
            youth_led_minutes: minutes(figures.youth_led_hours),
            youth_producers: figures.youth_producers,
            visits: figures.visits,
            open_visits,
            girls: figures.visits_by_gender.girl,
            boys: figures.visits_by_gender.boy,
            non_binary: figures.visits_by_gender.non_binary,
            not_stated: figures.visits_by_gender.not_stated,
            band_0: band(0),
            band_1: band(1),
            band_2: band(2),
            band_3: band(3),
            band_4: band(4),
            age_unknown: ages.unknown,
            unique_visitors: figures.unique_visitors,
            first_time_visitors: figures.first_time_visitors,
        }
    }
}

fn main() {
    let url = std::env::var("LOGBOOK_BENCH_DATABASE_URL")
        .expect("set LOGBOOK_BENCH_DATABASE_URL (benches/run does)");
    let url = DatabaseUrl::parse(&url).expect("a sqlite:// or postgres:// URL");
    let pool = db::connect(&url).expect("the bench database connects");
    let mut pooled = pool.get().unwrap();
    let conn: &mut DbConn = &mut pooled;
    let all: Vec<OrganisationId> = organisations::table
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
            Reference::of(&figures.total),
            expected,
            "{what}: the report and the reference disagree"
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

/// One statement for every figure, written by hand on the sessions, their attendance and
/// check-ins (no roll-ups); literal values, since they are ours.
fn reference(organisations: &[OrganisationId], from: NaiveDate, to: NaiveDate) -> String {
    let ids = organisations
        .iter()
        .map(OrganisationId::to_string)
        .collect::<Vec<_>>()
        .join(", ");
    let bands = DEFAULT_AGE_BANDS
        .iter()
        .enumerate()
        .map(|(index, band)| {
            format!(
                "CAST(COALESCE(SUM(CASE WHEN n.age_min >= {} AND n.age_max <= {} \
                 THEN n.count ELSE 0 END), 0) AS BIGINT) AS band_{index}",
                band.min, band.max
            )
        })
        .collect::<Vec<_>>()
        .join(", ");
    let sum = |expression: &str, name: &str| {
        format!("CAST(COALESCE(SUM({expression}), 0) AS BIGINT) AS {name}")
    };
    let minutes_if = |condition: &str, name: &str| {
        sum(
            &format!("CASE WHEN {condition} THEN s.duration_minutes ELSE 0 END"),
            name,
        )
    };
    let visits_if = |condition: &str, name: &str| {
        sum(
            &format!("CASE WHEN {condition} THEN n.count ELSE 0 END"),
            name,
        )
    };
    format!(
        "WITH sel AS (SELECT s.id, s.organisation_id, s.duration_minutes, s.youth_led, \
           s.youth_producers, a.kind FROM sessions s JOIN activities a ON a.id = s.activity_id \
           WHERE s.organisation_id IN ({ids}) AND s.date >= '{from}' AND s.date <= '{to}'), \
         seen AS (SELECT DISTINCT c.organisation_id, c.visitor_key FROM check_ins c \
           JOIN sel ON sel.id = c.session_id) \
         SELECT * FROM \
         (SELECT CAST(COUNT(*) AS BIGINT) AS sessions, {}, {}, {}, {}, {} FROM sel s) AS own, \
         (SELECT {}, {}, {}, {}, {}, {}, {bands}, {} \
            FROM attendance n JOIN sel ON sel.id = n.session_id) AS counted, \
         (SELECT CAST(COUNT(*) AS BIGINT) AS unique_visitors, \
            CAST(COALESCE(SUM(CASE WHEN EXISTS (SELECT 1 FROM check_ins e \
              JOIN sessions es ON es.id = e.session_id WHERE e.organisation_id = seen.organisation_id \
              AND e.visitor_key = seen.visitor_key AND es.date < '{from}') THEN 0 ELSE 1 END), 0) \
              AS BIGINT) AS first_time_visitors FROM seen) AS visitors",
        sum("s.duration_minutes", "activity_minutes"),
        minutes_if("s.kind = 'open'", "opening_minutes"),
        minutes_if("s.kind = 'group'", "group_minutes"),
        minutes_if("s.youth_led", "youth_led_minutes"),
        sum("s.youth_producers", "youth_producers"),
        sum("n.count", "visits"),
        visits_if("sel.kind = 'open'", "open_visits"),
        visits_if("n.gender = 'girl'", "girls"),
        visits_if("n.gender = 'boy'", "boys"),
        visits_if("n.gender = 'non_binary'", "non_binary"),
        visits_if("n.gender = 'not_stated'", "not_stated"),
        visits_if("n.age_min IS NULL", "age_unknown"),
    )
}

fn reference_query(conn: &mut DbConn, sql: &str) -> Reference {
    match conn {
        DbConn::Pg(pg) => diesel::sql_query(sql).get_result(pg).unwrap(),
        DbConn::Sqlite(sqlite) => diesel::sql_query(sql).get_result(sqlite).unwrap(),
    }
}
