//! Reports: figures, exports, the qualitative record, annual reports and key figures.

use chrono::{Datelike, NaiveDate};
use logbook_shared::ErrorBody;
use logbook_shared::key_figures::{KeyFigures, Rates};
use logbook_shared::reports::{
    AnalysisInput, AnnualReport, ExportFormat, GroupBy, RecordPage, Report, ReportLayout,
    ReportSelection,
};

use super::client::{download, get, put};
use crate::clock::today;

pub fn this_year() -> ReportSelection {
    let today = today();
    ReportSelection::period(
        NaiveDate::from_ymd_opt(today.year(), 1, 1).unwrap_or(today),
        today,
    )
}

/// `?from=…&to=…` and the other parameters that are set.
fn query_string(selection: &ReportSelection, layout: &ReportLayout) -> String {
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
    get(&format!("/reports{}", query_string(request, &layout))).await
}

/// The report as a CSV or XLSX file the browser saves.
pub async fn export(
    selection: &ReportSelection,
    layout: &ReportLayout,
    format: ExportFormat,
) -> Result<(), ErrorBody> {
    let path = format!(
        "/reports/export{}&format={}",
        query_string(selection, layout),
        format.as_str()
    );
    let name = format!(
        "report-{}-{}.{}",
        selection.from,
        selection.to,
        format.as_str()
    );
    download(&path, &name).await
}

/// A page of `limit` entries of the notes and reflections of the selected sessions, only
/// those containing `text` when it is not empty; from `cursor` when given.
pub async fn record(
    selection: &ReportSelection,
    text: &str,
    limit: i64,
    cursor: Option<i64>,
) -> Result<RecordPage, ErrorBody> {
    let mut path = format!(
        "/reports/record{}&limit={limit}",
        query_string(selection, &ReportLayout::default())
    );
    if !text.trim().is_empty() {
        path.push_str(&format!("&q={}", js_sys::encode_uri_component(text)));
    }
    if let Some(cursor) = cursor {
        path.push_str(&format!("&cursor={cursor}"));
    }
    get(&path).await
}

pub async fn annual(year: i32) -> Result<AnnualReport, ErrorBody> {
    get(&format!("/annual-reports/{year}")).await
}

pub async fn save_analysis(year: i32, input: &AnalysisInput) -> Result<(), ErrorBody> {
    put(&format!("/annual-reports/{year}/analysis"), input).await
}

/// The annual report as a PDF the browser saves.
pub async fn download_annual(year: i32) -> Result<(), ErrorBody> {
    download(
        &format!("/annual-reports/{year}/pdf"),
        &format!("annual-report-{year}.pdf"),
    )
    .await
}

pub async fn key_figures(year: i32) -> Result<KeyFigures, ErrorBody> {
    get(&format!("/key-figures/{year}")).await
}

pub async fn save_key_figures(year: i32, input: &KeyFigures) -> Result<(), ErrorBody> {
    put(&format!("/key-figures/{year}"), input).await
}

pub async fn rates(year: i32) -> Result<Rates, ErrorBody> {
    get(&format!("/key-figures/{year}/rates")).await
}
