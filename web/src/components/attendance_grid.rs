//! Who came: a count per gender × age band (the organisation's entry bands and `unknown`),
//! each typed or changed with − and + buttons.

use logbook_shared::sessions::{AttendanceRow, Gender, MAX_COUNT};
use logbook_shared::structure::AgeBand;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::i18n::{I18n, use_i18n};

#[derive(Properties, PartialEq)]
pub struct AttendanceGridProps {
    pub bands: Vec<AgeBand>,
    pub rows: Vec<AttendanceRow>,
    pub on_change: Callback<Vec<AttendanceRow>>,
}

#[component]
pub fn AttendanceGrid(props: &AttendanceGridProps) -> Html {
    let i18n = use_i18n();
    let bands: Vec<Option<AgeBand>> = props
        .bands
        .iter()
        .copied()
        .map(Some)
        .chain([None])
        .collect();
    let total: i32 = props.rows.iter().map(|row| row.count).sum();
    let head: Html = Gender::ALL
        .iter()
        .map(|gender| html! { <th scope="col">{ i18n.t(&format!("gender.{}", gender.as_str())) }</th> })
        .collect();
    let body: Html = bands
        .iter()
        .map(|band| {
            let cells: Html = Gender::ALL
                .iter()
                .map(|gender| cell(&i18n, props, *gender, *band))
                .collect();
            html! {
                <tr key={band_key(*band)}>
                    <th scope="row">{ band_label(&i18n, *band) }</th>
                    { cells }
                </tr>
            }
        })
        .collect();
    html! {
        <fieldset class="attendance">
            <legend>{ i18n.t("session.attendance") }</legend>
            <div class="table-scroll">
                <table>
                    <thead><tr><th></th>{ head }</tr></thead>
                    <tbody>{ body }</tbody>
                </table>
            </div>
            <p class="muted" id="attendance-total">{ i18n.t_with("session.total", &[("count", &total.to_string())]) }</p>
        </fieldset>
    }
}

fn cell(i18n: &I18n, props: &AttendanceGridProps, gender: Gender, band: Option<AgeBand>) -> Html {
    let count = count_of(&props.rows, gender, band);
    let set = {
        let (rows, on_change) = (props.rows.clone(), props.on_change.clone());
        move |count: i32| on_change.emit(with_count(&rows, gender, band, count))
    };
    let (less, more, typed) = {
        let (set_less, set_more, set_typed) = (set.clone(), set.clone(), set);
        (
            Callback::from(move |_: MouseEvent| set_less(count - 1)),
            Callback::from(move |_: MouseEvent| set_more(count + 1)),
            Callback::from(move |event: InputEvent| {
                let value = event.target_unchecked_into::<HtmlInputElement>().value();
                set_typed(value.trim().parse().unwrap_or(0));
            }),
        )
    };
    let id = format!("cell-{}-{}", gender.as_str(), band_key(band));
    let label = format!(
        "{} {}",
        i18n.t(&format!("gender.{}", gender.as_str())),
        band_label(i18n, band)
    );
    let (fewer, more_label) = (
        i18n.t_with("session.fewer", &[("cell", &label)]),
        i18n.t_with("session.more", &[("cell", &label)]),
    );
    let shown = if count == 0 {
        String::new()
    } else {
        count.to_string()
    };
    html! {
        <td>
            <div class="stepper">
                <button type="button" class="step" aria-label={fewer}
                    onclick={less} disabled={count == 0}>{ "−" }</button>
                <input id={id} type="number" inputmode="numeric" min="0" placeholder="0"
                    aria-label={label} value={shown} oninput={typed} />
                <button type="button" class="step" aria-label={more_label}
                    onclick={more}>{ "+" }</button>
            </div>
        </td>
    }
}

fn band_key(band: Option<AgeBand>) -> String {
    band.map_or_else(|| "unknown".to_owned(), |band| band.min.to_string())
}

fn band_label(i18n: &I18n, band: Option<AgeBand>) -> String {
    match band {
        Some(band) => format!("{}–{}", band.min, band.max),
        None => i18n.t("session.age_unknown"),
    }
}

fn count_of(rows: &[AttendanceRow], gender: Gender, band: Option<AgeBand>) -> i32 {
    rows.iter()
        .find(|row| row.gender == gender && row.band() == band)
        .map_or(0, |row| row.count)
}

/// The rows with one cell set to `count` (kept within 0–MAX_COUNT; a zero cell is dropped).
fn with_count(
    rows: &[AttendanceRow],
    gender: Gender,
    band: Option<AgeBand>,
    count: i32,
) -> Vec<AttendanceRow> {
    let mut next: Vec<AttendanceRow> = rows
        .iter()
        .filter(|row| !(row.gender == gender && row.band() == band))
        .copied()
        .collect();
    let count = count.clamp(0, MAX_COUNT);
    if count > 0 {
        next.push(AttendanceRow {
            gender,
            age_min: band.map(|band| band.min),
            age_max: band.map(|band| band.max),
            count,
        });
    }
    next
}
