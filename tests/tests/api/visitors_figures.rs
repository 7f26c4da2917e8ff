//! Visits, unique and first-time visitors (SPEC 7) on a hand-built dataset, against figures
//! counted by hand below; and the same figures after an alias is erased.
//!
//! Sessions (unit A unless said; check-ins by staff):
//!
//! | session | date                 | entered by staff     | checked in |
//! |---------|----------------------|----------------------|------------|
//! | S1      | 2026-01-10           | 3 girls 13–15        | Ada, Bo    |
//! | S2      | 2026-02-05           | 2 boys 16–18         | Ada, Cy    |
//! | S3      | 2026-02-20, unit B   | —                    | Bo, Di     |
//! | S4      | 2026-02-28 22:00–01:00 (ends in March) | —  | Di, Cy     |
//! | S5      | 2026-03-01, a group  | 1 girl, age unknown  | Ada        |
//!
//! First-ever check-ins: Ada and Bo on 10 January, Cy on 5 February, Di on 20 February.

use logbook_shared::ids::{AliasId, SessionId};
use logbook_shared::sessions::Gender;
use serde_json::{Value, json};

use crate::support::fixtures::{Org, cell, check_in_by_staff, log, ok_json, store_aliases};
use crate::support::{TestApp, expect_error, field_paths};

const PEOPLE: &[(&str, i32, Gender)] = &[
    ("Ada", 2012, Gender::Girl),
    ("Bo", 2010, Gender::Boy),
    ("Cy", 2011, Gender::NonBinary),
    ("Di", 2009, Gender::Girl),
];

struct Dataset {
    org: Org,
    bo: AliasId,
}

async fn build(app: &TestApp) -> Dataset {
    let org = Org::build(app).await;
    let organisation = org.organisation;
    let ids = store_aliases(app, organisation, PEOPLE).await;
    let sessions = [
        (
            org.open_a,
            "2026-01-10",
            "18:00",
            "21:00",
            vec![cell("girl", Some(13), Some(15), 3)],
            vec!["Ada", "Bo"],
        ),
        (
            org.open_a,
            "2026-02-05",
            "18:00",
            "21:00",
            vec![cell("boy", Some(16), Some(18), 2)],
            vec!["Ada", "Cy"],
        ),
        (
            org.open_b,
            "2026-02-20",
            "18:00",
            "21:00",
            vec![],
            vec!["Bo", "Di"],
        ),
        (
            org.open_a,
            "2026-02-28",
            "22:00",
            "01:00",
            vec![],
            vec!["Di", "Cy"],
        ),
        (
            org.group_a,
            "2026-03-01",
            "17:00",
            "19:00",
            vec![cell("girl", None, None, 1)],
            vec!["Ada"],
        ),
    ];
    for (activity, date, start, end, attendance, visitors) in sessions {
        let body = json!({ "activity_id": activity, "date": date, "start_time": start,
                           "end_time": end, "attendance": attendance });
        let id = ok_json(log(app, &org.admin, &body).await, 201).await["id"]
            .as_i64()
            .unwrap();
        for alias in visitors {
            check_in_by_staff(app, &org.admin, SessionId(id), alias).await;
        }
    }
    Dataset { org, bo: ids[1] }
}

/// The four visitor figures of the report's total.
async fn figures(app: &TestApp, token: &str, query: &str) -> Value {
    let path = format!("/api/v1/reports?{query}");
    let total = ok_json(app.call("GET", &path, token, None).await, 200).await["total"].clone();
    json!({ "sessions": total["sessions"], "visits": total["visits"],
            "unique_visitors": total["unique_visitors"],
            "first_time_visitors": total["first_time_visitors"] })
}

fn expected(sessions: i64, visits: i64, unique: i64, first_time: i64) -> Value {
    json!({ "sessions": sessions, "visits": visits, "unique_visitors": unique,
            "first_time_visitors": first_time })
}

#[tokio::test]
async fn visitor_figures_match_the_hand_counted_ones_for_each_scope_and_period() {
    let app = TestApp::spawn().await;
    let Dataset { org, bo } = build(&app).await;
    let (a, b) = (org.unit_a, org.unit_b);
    let february = "from=2026-02-01&to=2026-02-28";
    let cases = [
        // S2, S3, S4: 2+2 + 0+2 + 0+2 visits; Ada, Cy, Bo, Di; first-ever in February: Cy, Di.
        (february.to_owned(), expected(3, 8, 4, 2)),
        // S2, S4: Ada, Cy, Di; Di's first-ever check-in (unit B, 20 Feb) is in the period.
        (format!("{february}&unit_ids={a}"), expected(2, 6, 3, 2)),
        // S3: Bo (first seen in January) and Di.
        (format!("{february}&unit_ids={b}"), expected(1, 2, 2, 1)),
        (format!("{february}&unit_ids={a},{b}"), expected(3, 8, 4, 2)),
        // Everything: 5 + 4 + 2 + 2 + 2 visits.
        (
            "from=2026-01-01&to=2026-03-31".to_owned(),
            expected(5, 15, 4, 4),
        ),
        // S5 only: its unknown-age girl and Ada, who is no first-timer.
        (
            "from=2026-03-01&to=2026-03-31".to_owned(),
            expected(1, 2, 1, 0),
        ),
        // One day, cut through the data: S1.
        (
            "from=2026-01-10&to=2026-01-10".to_owned(),
            expected(1, 5, 2, 2),
        ),
        (
            "from=2026-04-01&to=2026-04-30".to_owned(),
            expected(0, 0, 0, 0),
        ),
    ];
    for (query, want) in &cases {
        assert_eq!(&figures(&app, &org.admin, query).await, want, "{query}");
    }

    // A viewer of unit A reads unit A's figures; unit B is unknown to them.
    assert_eq!(
        figures(&app, &org.viewer_a, february).await,
        expected(2, 6, 3, 2)
    );
    let hidden = app
        .call(
            "GET",
            &format!("/api/v1/reports?{february}&unit_ids={b}"),
            &org.viewer_a,
            None,
        )
        .await;
    assert_eq!(
        field_paths(&expect_error(hidden, 422, "validation_failed").await),
        ["unit_ids[0]"]
    );
    let backwards = app
        .call(
            "GET",
            "/api/v1/reports?from=2026-03-01&to=2026-02-01",
            &org.admin,
            None,
        )
        .await;
    assert_eq!(
        field_paths(&expect_error(backwards, 422, "validation_failed").await),
        ["to"]
    );

    // Erasing Bo changes nothing.
    let erased = app
        .call("DELETE", &format!("/api/v1/aliases/{bo}"), &org.admin, None)
        .await;
    assert_eq!(erased.status(), 204);
    for (query, want) in &cases {
        assert_eq!(
            &figures(&app, &org.admin, query).await,
            want,
            "{query} after erasing"
        );
    }
}
