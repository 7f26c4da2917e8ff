//! Reports: SPEC section 7's figures for a scope and period, which every organisation role
//! reads for its units (figures carry no notes and no aliases); and the qualitative record,
//! which viewers do not read (notes are staff's).

use actix_web::{HttpResponse, get, put, web};
use logbook_shared::ids::OrganisationId;
use logbook_shared::reports::{
    AnalysisInput, AnnualReport, ExportFormat, ExportQuery, FileLanguage, RecordPage, Report,
    ReportLayout, ReportQuery, ReportSelection, TextFilter,
};
use logbook_shared::structure::AgeBand;
use logbook_shared::{ErrorBody, ListQuery};
use utoipa_actix_web::service_config::ServiceConfig;

use super::common::{FileBody, check_visible_unit_ids, download, file_texts, year_bounds};
use crate::auth::{Action, AuthUser};
use crate::db::queries::annual_reports;
use crate::db::queries::reports::selection::Selection;
use crate::db::{self, DbConn};
use crate::error::ApiError;
use crate::extract::{ValidJson, ValidQuery};
use crate::reports::{self, export};
use crate::state::AppState;

pub fn configure(cfg: &mut ServiceConfig) {
    cfg.service(get_report)
        .service(export_report)
        .service(get_record)
        .service(get_annual_report)
        .service(get_annual_report_pdf)
        .service(save_analysis);
}

/// Every figure of SPEC 7 for the sessions dated `from`–`to` of the listed units (or every
/// unit the caller may read), narrowed by the filters; grouped when `group_by` is given;
/// attendance by age in `bands` (default: the organisation's entry bands).
#[utoipa::path(tag = "reports", security(("bearer" = []), ("api_token" = ["reports:read"])), params(ReportQuery, ReportLayout),
    responses((status = 200, body = Report), (status = "4XX", body = ErrorBody)))]
#[get("/reports")]
async fn get_report(
    state: web::Data<AppState>,
    auth: AuthUser,
    query: ValidQuery<ReportQuery>,
    layout: ValidQuery<ReportLayout>,
) -> Result<web::Json<Report>, ApiError> {
    Ok(web::Json(
        build_report(&state, auth, &query, &layout).await?,
    ))
}

/// The same report as a file: a row for the total and one per group, a column per figure.
#[utoipa::path(tag = "reports", security(("bearer" = []), ("api_token" = ["reports:read"])), params(ReportQuery, ReportLayout, ExportQuery, FileLanguage),
    responses((status = 200, description = "The report as CSV or as an XLSX workbook (`format`)",
            content((String = "text/csv"), (FileBody = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))),
        (status = "4XX", body = ErrorBody)))]
#[get("/reports/export")]
async fn export_report(
    state: web::Data<AppState>,
    auth: AuthUser,
    query: ValidQuery<ReportQuery>,
    layout: ValidQuery<ReportLayout>,
    format: ValidQuery<ExportQuery>,
    language: ValidQuery<FileLanguage>,
) -> Result<HttpResponse, ApiError> {
    let texts = file_texts(&auth, &language);
    let report = build_report(&state, auth, &query, &layout).await?;
    let (body, content_type) = match format.format {
        ExportFormat::Csv => (export::csv(&report, &texts), "text/csv; charset=utf-8"),
        ExportFormat::Xlsx => (
            export::xlsx(&report, &texts),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ),
    };
    let body = body.map_err(ApiError::internal)?;
    let name = format!(
        "report-{}-{}.{}",
        report.from,
        report.to,
        format.format.as_str()
    );
    Ok(download(body, content_type, &name))
}

/// The report query and layout read once, every problem named together.
fn read_report(
    query: &ReportQuery,
    layout: &ReportLayout,
) -> Result<(ReportSelection, Option<Vec<AgeBand>>), ApiError> {
    match (query.parse(), layout.age_bands()) {
        (Ok(selection), Ok(bands)) => Ok((selection, bands)),
        (selection, bands) => {
            let mut errors = selection.err().unwrap_or_default();
            errors.extend(bands.err());
            Err(ApiError::invalid_fields(errors))
        }
    }
}

/// The report `GET /reports` answers and `GET /reports/export` writes.
async fn build_report(
    state: &AppState,
    auth: AuthUser,
    query: &ReportQuery,
    layout: &ReportLayout,
) -> Result<Report, ApiError> {
    let organisation = auth.require_organisation()?;
    auth.authorize(Action::ReadReports(organisation))?;
    let (asked, requested_bands) = read_report(query, layout)?;
    let group_by = layout.group_by;
    db::blocking(&state.pool, move |conn| {
        let selection = scoped(conn, &auth, organisation, &asked)?;
        let bands = reports::bands_or_default(conn, organisation, requested_bands)?;
        reports::report(conn, &selection, group_by, &bands)
    })
    .await
}

/// The qualitative record: notes and reflection answers of the selected sessions by
/// activity, only those containing `q` when given; a page of `limit` entries (default 50,
/// at most 200) at a time.
#[utoipa::path(tag = "reports", security(("bearer" = []), ("api_token" = ["sessions:read"])), params(ReportQuery, TextFilter, ListQuery),
    responses((status = 200, body = RecordPage), (status = "4XX", body = ErrorBody)))]
#[get("/reports/record")]
async fn get_record(
    state: web::Data<AppState>,
    auth: AuthUser,
    query: ValidQuery<ReportQuery>,
    text: ValidQuery<TextFilter>,
    page: ValidQuery<ListQuery>,
) -> Result<web::Json<RecordPage>, ApiError> {
    let organisation = auth.require_organisation()?;
    auth.authorize(Action::ReadSessions(organisation))?;
    let asked = query.parse().map_err(ApiError::invalid_fields)?;
    let text = text.into_inner().q.filter(|q| !q.trim().is_empty());
    let page = page.into_inner();
    let record = db::blocking(&state.pool, move |conn| {
        let selection = scoped(conn, &auth, organisation, &asked)?;
        reports::record(conn, &selection, text.as_deref(), &page)
    })
    .await?;
    Ok(web::Json(record))
}

/// The sessions asked for, within the caller's units: a unit one may not read is refused.
fn scoped(
    conn: &mut DbConn,
    auth: &AuthUser,
    organisation: OrganisationId,
    asked: &ReportSelection,
) -> Result<Selection, ApiError> {
    let unit_ids = match &asked.unit_ids {
        Some(ids) => {
            check_visible_unit_ids(conn, auth, organisation, ids)?;
            Some(ids.clone())
        }
        None => auth.scope.unit_ids(),
    };
    Ok(Selection {
        organisation_ids: vec![organisation],
        sessions: ReportSelection {
            unit_ids,
            ..asked.clone()
        },
    })
}

/// The annual report: the year's figures by month for the caller's units, the aims whose
/// period overlaps the year, and the organisation's written analysis.
#[utoipa::path(tag = "reports", security(("bearer" = []), ("api_token" = ["reports:read"])), params(("year" = i32, Path)),
    responses((status = 200, body = AnnualReport), (status = "4XX", body = ErrorBody)))]
#[get("/annual-reports/{year}")]
async fn get_annual_report(
    state: web::Data<AppState>,
    auth: AuthUser,
    year: web::Path<i32>,
) -> Result<web::Json<AnnualReport>, ApiError> {
    Ok(web::Json(
        annual_report(&state, auth, year.into_inner()).await?,
    ))
}

/// The same annual report as a PDF, to send or to archive.
#[utoipa::path(tag = "reports", security(("bearer" = []), ("api_token" = ["reports:read"])), params(("year" = i32, Path), FileLanguage),
    responses((status = 200, description = "The annual report", content((FileBody = "application/pdf"))),
        (status = "4XX", body = ErrorBody)))]
#[get("/annual-reports/{year}/pdf")]
async fn get_annual_report_pdf(
    state: web::Data<AppState>,
    auth: AuthUser,
    year: web::Path<i32>,
    language: ValidQuery<FileLanguage>,
) -> Result<HttpResponse, ApiError> {
    let texts = file_texts(&auth, &language);
    let organisation = auth
        .organisation
        .as_ref()
        .map(|organisation| organisation.name.clone())
        .unwrap_or_default();
    let annual = annual_report(&state, auth, year.into_inner()).await?;
    let name = format!("annual-report-{}.pdf", annual.year);
    // Laying out pages is CPU work: off the request threads.
    let pdf = web::block(move || reports::pdf::annual_report(&organisation, &annual, &texts))
        .await
        .map_err(ApiError::internal)??;
    Ok(download(pdf, "application/pdf", &name))
}

/// What `GET /annual-reports/{year}` answers and its PDF prints.
async fn annual_report(
    state: &AppState,
    auth: AuthUser,
    year: i32,
) -> Result<AnnualReport, ApiError> {
    let organisation = auth.require_organisation()?;
    auth.authorize(Action::ReadReports(organisation))?;
    let (from, to) = year_bounds(year)?;
    db::blocking(&state.pool, move |conn| {
        let selection = scoped(
            conn,
            &auth,
            organisation,
            &ReportSelection::period(from, to),
        )?;
        reports::annual::assemble(conn, organisation, year, &selection)
    })
    .await
}

/// Write the year's analysis (org admin); it replaces the earlier text.
#[utoipa::path(tag = "reports", security(("bearer" = [])), params(("year" = i32, Path)),
    request_body = AnalysisInput,
    responses((status = 204), (status = "4XX", body = ErrorBody)))]
#[put("/annual-reports/{year}/analysis")]
async fn save_analysis(
    state: web::Data<AppState>,
    auth: AuthUser,
    year: web::Path<i32>,
    body: ValidJson<AnalysisInput>,
) -> Result<HttpResponse, ApiError> {
    let organisation = auth.require_organisation()?;
    auth.authorize(Action::AdministerOrganisation(organisation))?;
    let year = year.into_inner();
    year_bounds(year)?;
    let (text, user) = (body.0.analysis, auth.user.id);
    db::blocking(&state.pool, move |conn| {
        Ok(annual_reports::save(
            conn,
            organisation,
            year,
            text.trim(),
            user,
        )?)
    })
    .await?;
    Ok(HttpResponse::NoContent().finish())
}
