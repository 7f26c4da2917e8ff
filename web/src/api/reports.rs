//! What the report pages, the dashboard and the network pages ask for: report queries and
//! their query strings.

use chrono::{Datelike, NaiveDate};
use logbook_shared::ErrorBody;
use logbook_shared::reports::{GroupBy, Report, ReportLayout, ReportSelection};

use crate::clock::today;

pub fn this_year() -> ReportSelection {
    let today = today();
    ReportSelection::period(
        NaiveDate::from_ymd_opt(today.year(), 1, 1).unwrap_or(today),
        today,
    )
}

/// `?from=…&to=…` and the other parameters that are set.
pub fn query_string(selection: &ReportSelection, layout: &ReportLayout) -> String {
    let query = selection.to_query();
    let mut parts = vec![format!("from={}", query.from), format!("to={}", query.to)];
    if let Some(units) = query.unit_ids {
        parts.push(format!("unit_ids={units}"));
    }
    if let Some(kind) = query.kind {
        parts.push(format!("kind={}", kind.as_str()));
    }
    if let Some(activity) = query.activity_id {
        parts.push(format!("activity_id={activity}"));
    }
    if let Some(topic) = query.topic_id {
        parts.push(format!("topic_id={topic}"));
    }
    if let Some(mode) = query.delivery_mode {
        parts.push(format!("delivery_mode={}", mode.as_str()));
    }
    if let Some(group_by) = layout.group_by {
        parts.push(format!("group_by={}", group_by.as_str()));
    }
    if let Some(bands) = layout.bands.as_ref().filter(|bands| !bands.is_empty()) {
        parts.push(format!("bands={}", js_sys::encode_uri_component(bands)));
    }
    format!("?{}", parts.join("&"))
}

/// The report with `group_by` instead of the page's own grouping.
pub async fn load_grouped(
    request: &ReportSelection,
    bands: Option<String>,
    group_by: Option<GroupBy>,
) -> Result<Report, ErrorBody> {
    let layout = ReportLayout { group_by, bands };
    super::get(&format!("/reports{}", query_string(request, &layout))).await
}
