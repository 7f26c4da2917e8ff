//! Reports: pick units and a period (or a shortcut), optionally a grouping and age bands; see
//! every figure, a table per group, and charts of visits over time by gender, the age
//! distribution, hours by kind and the youth-led share.

use chrono::{Datelike, NaiveDate};
use logbook_shared::ErrorBody;
use logbook_shared::reports::{
    ExportFormat, Figures, GroupBy, Report, ReportLayout, ReportSelection,
};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::api;
use crate::api::reports::{load_grouped, this_year};
use crate::clock::today;
use crate::components::charts::{Bar, BarChart, ValueFormat};
use crate::components::errors::{ErrorBanner, FieldErrors};
use crate::components::form::{act, edit_select};
use crate::components::loading::show;
use crate::components::qualitative_record::QualitativeRecord;
use crate::components::report_figures::{figures_table, percent, visits_by_gender_chart};
use crate::hooks::use_load;
use crate::i18n::{I18n, use_i18n};
use crate::state::session::{Session, use_session};
use crate::state::structure::use_structure;

/// What the page asks for.
#[derive(Clone, PartialEq)]
struct Request {
    query: ReportSelection,
    layout: ReportLayout,
}

/// The report, the two the charts need (by month and by kind), and the same period a year
/// earlier to compare with.
#[derive(Clone, PartialEq)]
struct Loaded {
    report: Report,
    by_month: Report,
    by_kind: Report,
    earlier: Report,
}

/// The same days a year earlier (29 February is the 28th then).
fn a_year_earlier(query: &ReportSelection) -> ReportSelection {
    let back = |day: NaiveDate| {
        day.with_year(day.year() - 1)
            .or_else(|| day.pred_opt().and_then(|eve| eve.with_year(day.year() - 1)))
            .unwrap_or(day)
    };
    ReportSelection {
        from: back(query.from),
        to: back(query.to),
        ..query.clone()
    }
}

async fn load(request: Request) -> Result<Loaded, ErrorBody> {
    let (query, bands, group_by) = (
        &request.query,
        &request.layout.bands,
        request.layout.group_by,
    );
    let report = load_grouped(query, bands.clone(), group_by).await?;
    // A chart's grouping that the page asked for anyway is not fetched twice.
    let grouped = |chart: GroupBy| {
        let report = (group_by == Some(chart)).then(|| report.clone());
        async move {
            match report {
                Some(report) => Ok(report),
                None => load_grouped(query, bands.clone(), Some(chart)).await,
            }
        }
    };
    // The charts' reports and last year's are asked for at once: each is a round trip.
    let earlier = a_year_earlier(query);
    let (by_month, by_kind, earlier) = futures::try_join!(
        grouped(GroupBy::Month),
        grouped(GroupBy::Kind),
        load_grouped(&earlier, bands.clone(), None),
    )?;
    Ok(Loaded {
        report,
        by_month,
        by_kind,
        earlier,
    })
}

#[component]
pub fn ReportsPage() -> Html {
    let i18n = use_i18n();
    let structure = use_structure();
    let form = use_state(|| Request {
        query: this_year(),
        layout: ReportLayout::default(),
    });
    let asked = use_state(|| (*form).clone());
    let loaded = use_load((*asked).clone(), load);
    let error = use_state(|| None::<ErrorBody>);
    // Why the last export failed.
    let export_failed = use_state(|| None::<ErrorBody>);
    // The figures, or (for staff) the notes and reflections of the same period.
    let record_shown = use_state(|| false);
    let onsubmit = {
        let (form, asked, error) = (form.clone(), asked.clone(), error.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let request = (*form).clone();
            let mut problems = request.query.errors();
            problems.extend(request.layout.age_bands().err());
            if !problems.is_empty() {
                error.set(Some(logbook_shared::field_errors_body(problems)));
                return;
            }
            error.set(None);
            asked.set(request);
        })
    };
    let set_date = |apply: fn(&mut ReportSelection, NaiveDate)| {
        let form = form.clone();
        Callback::from(move |event: InputEvent| {
            let value = event.target_unchecked_into::<HtmlInputElement>().value();
            if let Ok(date) = value.parse::<NaiveDate>() {
                let mut next = (*form).clone();
                apply(&mut next.query, date);
                form.set(next);
            }
        })
    };
    let shortcut = |(from, to): (NaiveDate, NaiveDate)| {
        let (form, asked) = (form.clone(), asked.clone());
        Callback::from(move |_: MouseEvent| {
            let mut next = (*form).clone();
            next.query.from = from;
            next.query.to = to;
            form.set(next.clone());
            asked.set(next);
        })
    };
    let today = today();
    let year = today.year();
    let day = |y: i32, m: u32, d: u32| NaiveDate::from_ymd_opt(y, m, d).unwrap_or(today);
    let half_start = if today.month() <= 6 {
        day(year, 1, 1)
    } else {
        day(year, 7, 1)
    };
    let units = show(&structure, |loaded| {
        loaded
            .units
            .iter()
            .map(|unit| {
                let id = unit.id;
                let checked = form.query.unit_ids.as_ref().is_some_and(|ids| ids.contains(&id));
                let onchange = {
                    let form = form.clone();
                    Callback::from(move |_: Event| {
                        let mut next = (*form).clone();
                        let ids = next.query.unit_ids.get_or_insert_with(Vec::new);
                        match ids.iter().position(|unit| *unit == id) {
                            Some(position) => {
                                ids.remove(position);
                            }
                            None => ids.push(id),
                        }
                        form.set(next);
                    })
                };
                html! {
                    <label class="check" key={id.get()}>
                        <input type="checkbox" id={format!("report-unit-{id}")} {checked} {onchange} />
                        { unit.name.clone() }
                    </label>
                }
            })
            .collect()
    });
    // One organisation's report has one organisation: that grouping is for networks.
    let groupings: Html = GroupBy::ALL
        .iter()
        .filter(|group| **group != GroupBy::Organisation)
        .map(|group| {
            let selected = form.layout.group_by == Some(*group);
            html! { <option value={group.as_str()} {selected}>{ i18n.t(&format!("report.group.{}", group.as_str())) }</option> }
        })
        .collect();
    let on_group = edit_select(&form, |form, value| {
        form.layout.group_by = GroupBy::parse(&value)
    });
    let on_bands = {
        let form = form.clone();
        Callback::from(move |event: InputEvent| {
            let mut next = (*form).clone();
            next.layout.bands = Some(event.target_unchecked_into::<HtmlInputElement>().value());
            form.set(next);
        })
    };
    let current = (*error).clone();
    let body = show(&loaded, |loaded| results(&i18n, loaded));
    let session = use_session();
    let reads_notes =
        matches!(session.as_deref(), Some(Session::SignedIn(me)) if me.may.read_sessions);
    html! {
        <section>
            <h1>{ i18n.t("report.title") }</h1>
            <form class="card inline-form" {onsubmit} novalidate=true>
                <ErrorBanner error={current.clone()} />
                <div class="shortcuts">
                    <button type="button" class="secondary" id="report-this-month" onclick={shortcut((day(year, today.month(), 1), today))}>{ i18n.t("report.this_month") }</button>
                    <button type="button" class="secondary" id="report-half-year" onclick={shortcut((half_start, today))}>{ i18n.t("report.half_year") }</button>
                    <button type="button" class="secondary" id="report-this-year" onclick={shortcut((day(year, 1, 1), today))}>{ i18n.t("report.this_year") }</button>
                    <button type="button" class="secondary" id="report-last-year" onclick={shortcut((day(year - 1, 1, 1), day(year - 1, 12, 31)))}>{ i18n.t("report.last_year") }</button>
                </div>
                <label for="report-from">{ i18n.t("report.from") }</label>
                <input id="report-from" type="date" value={form.query.from.to_string()} oninput={set_date(|q, d| q.from = d)} />
                <label for="report-to">{ i18n.t("report.to") }</label>
                <input id="report-to" type="date" value={form.query.to.to_string()} oninput={set_date(|q, d| q.to = d)} />
                <FieldErrors error={current.clone()} path="to" id="report-to-errors" />
                <fieldset>
                    <legend>{ i18n.t("report.units") }</legend>
                    { units }
                </fieldset>
                <label for="report-group">{ i18n.t("report.group_by") }</label>
                <select id="report-group" onchange={on_group}>
                    <option value="" selected={form.layout.group_by.is_none()}>{ i18n.t("report.group.none") }</option>
                    { groupings }
                </select>
                <label for="report-bands">{ i18n.t("report.bands") }</label>
                <input id="report-bands" placeholder="7-12,13-26" value={form.layout.bands.clone().unwrap_or_default()} oninput={on_bands} />
                <FieldErrors error={current} path="bands" id="report-bands-errors" />
                <button type="submit" id="report-show">{ i18n.t("report.show") }</button>
            </form>
            <div class="exports">
                { export_button(&i18n, &asked, ExportFormat::Csv, &export_failed) }
                { export_button(&i18n, &asked, ExportFormat::Xlsx, &export_failed) }
            </div>
            <ErrorBanner error={(*export_failed).clone()} />
            if reads_notes {
                { tabs(&i18n, &record_shown) }
                if *record_shown {
                    <div role="tabpanel" id="panel-record" aria-labelledby="tab-record">
                        <QualitativeRecord query={asked.query.clone()} />
                    </div>
                } else {
                    <div role="tabpanel" id="panel-figures" aria-labelledby="tab-figures">{ body }</div>
                }
            } else {
                { body }
            }
        </section>
    }
}

/// The two views of the period: its figures, and its notes and reflections.
fn tabs(i18n: &I18n, record_shown: &UseStateHandle<bool>) -> Html {
    let tab = |id: &'static str, panel: &'static str, label: String, record: bool| {
        let record_shown = record_shown.clone();
        let selected = *record_shown == record;
        let onclick = Callback::from(move |_: MouseEvent| record_shown.set(record));
        html! {
            <button type="button" role="tab" {id} aria-controls={panel} class="tab"
                aria-selected={selected.to_string()} {onclick}>
                { label }
            </button>
        }
    };
    html! {
        <div role="tablist" class="tabs" aria-label={i18n.t("report.views")}>
            { tab("tab-figures", "panel-figures", i18n.t("report.figures"), false) }
            { tab("tab-record", "panel-record", i18n.t("record.tab"), true) }
        </div>
    }
}

/// Downloads the report the page shows as a file.
fn export_button(
    i18n: &I18n,
    asked: &Request,
    format: ExportFormat,
    failed: &UseStateHandle<Option<ErrorBody>>,
) -> Html {
    let asked = asked.clone();
    let export = move || {
        let asked = asked.clone();
        async move { api::reports::export(&asked.query, &asked.layout, format).await }
    };
    let onclick = act(export, failed, &Callback::noop());
    html! {
        <button type="button" class="secondary" id={format!("report-export-{}", format.as_str())} {onclick}>
            { i18n.t(&format!("report.export.{}", format.as_str())) }
        </button>
    }
}

fn results(i18n: &I18n, loaded: &Loaded) -> Html {
    let total = &loaded.report.total;
    let groups: Html = loaded
        .report
        .groups
        .iter()
        .map(|group| {
            let label = match (&group.text_key, loaded.report.group_by) {
                (Some(text_key), _) => i18n.t(text_key),
                (None, Some(GroupBy::Month)) => i18n.month_key(&group.key),
                (None, _) => group.label.clone(),
            };
            let figures = &group.figures;
            html! {
                <tr>
                    <th scope="row">{ label }</th>
                    <td>{ i18n.count(figures.sessions) }</td>
                    <td>{ i18n.count(figures.visits) }</td>
                    <td>{ i18n.count(figures.unique_visitors) }</td>
                    <td>{ i18n.decimal(figures.activity_hours, 1) }</td>
                    <td>{ percent(i18n, figures.youth_led_share) }</td>
                </tr>
            }
        })
        .collect();
    html! {
        <>
            <h2>{ i18n.t("report.figures") }</h2>
            { figures_table(i18n, total, Some(&loaded.earlier.total)) }
            if !loaded.report.groups.is_empty() {
                <div class="table-scroll" tabindex="0">
                    <table class="report-groups" id="report-groups">
                        <tr>
                            <th scope="col">{ i18n.t(&format!("report.group.{}", loaded.report.group_by.map_or("none", GroupBy::as_str))) }</th>
                            <th scope="col">{ i18n.t("report.figure.sessions") }</th>
                            <th scope="col">{ i18n.t("report.figure.visits") }</th>
                            <th scope="col">{ i18n.t("report.figure.unique_visitors") }</th>
                            <th scope="col">{ i18n.t("report.figure.activity_hours") }</th>
                            <th scope="col">{ i18n.t("report.figure.youth_led_share") }</th>
                        </tr>
                        { groups }
                    </table>
                </div>
            }
            <div class="charts">
                { visits_by_gender_chart(i18n, &loaded.by_month) }
                { age_chart(i18n, total) }
                { hours_by_kind_chart(i18n, &loaded.by_kind) }
                { youth_led_chart(i18n, &loaded.by_kind) }
            </div>
        </>
    }
}

fn age_chart(i18n: &I18n, total: &Figures) -> Html {
    let ages = &total.visits_by_age;
    let mut bars: Vec<Bar> = ages
        .bands
        .iter()
        .map(|band| Bar {
            label: format!("{}–{}", band.min, band.max),
            parts: vec![(i18n.t("report.figure.visits"), band.visits as f64)],
        })
        .collect();
    for (name, visits) in [
        ("unbanded", ages.unbanded),
        ("outside", ages.outside),
        ("unknown", ages.unknown),
    ] {
        if visits > 0 {
            bars.push(Bar {
                label: i18n.t(&format!("report.age.{name}")),
                parts: vec![(i18n.t("report.figure.visits"), visits as f64)],
            });
        }
    }
    html! { <BarChart id="chart-ages" title={i18n.t("report.chart.ages")} {bars} /> }
}

fn hours_by_kind_chart(i18n: &I18n, by_kind: &Report) -> Html {
    let bars: Vec<Bar> = by_kind
        .groups
        .iter()
        .map(|group| Bar {
            label: i18n.t(&format!("kind.{}", group.key)),
            parts: vec![(
                i18n.t("report.figure.activity_hours"),
                group.figures.activity_hours,
            )],
        })
        .collect();
    html! { <BarChart id="chart-hours" title={i18n.t("report.chart.hours_by_kind")} {bars} format={ValueFormat::OneDecimal} /> }
}

/// Per kind of activity, its youth-led hours on top of the rest, the share in the label.
fn youth_led_chart(i18n: &I18n, by_kind: &Report) -> Html {
    let bars: Vec<Bar> = by_kind
        .groups
        .iter()
        .map(|group| {
            let figures = &group.figures;
            Bar {
                label: format!(
                    "{} {}",
                    i18n.t(&format!("kind.{}", group.key)),
                    percent(i18n, figures.youth_led_share)
                ),
                parts: vec![
                    (
                        i18n.t("report.figure.youth_led_hours"),
                        figures.youth_led_hours,
                    ),
                    (
                        i18n.t("report.other_hours"),
                        figures.activity_hours - figures.youth_led_hours,
                    ),
                ],
            }
        })
        .collect();
    html! { <BarChart id="chart-youth-led" title={i18n.t("report.chart.youth_led")} {bars} format={ValueFormat::OneDecimal} /> }
}
