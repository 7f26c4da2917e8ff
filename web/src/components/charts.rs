//! Charts drawn as SVG: bars, stacked when a bar has several parts, on a value axis with
//! each bar's total above it. Each chart is an image
//! with a title for screen readers, and carries the same numbers as a table they can read.

use yew::prelude::*;

use crate::i18n::{I18n, use_i18n};

/// One bar: its label and its parts (part label, value); parts stack in order.
#[derive(Clone, PartialEq)]
pub struct Bar {
    pub label: String,
    pub parts: Vec<(String, f64)>,
}

#[derive(Properties, PartialEq)]
pub struct BarChartProps {
    pub id: AttrValue,
    pub title: AttrValue,
    pub bars: Vec<Bar>,
    /// How a value reads in the table and the tooltips.
    #[prop_or_default]
    pub format: ValueFormat,
}

#[derive(Clone, Copy, Default, PartialEq)]
pub enum ValueFormat {
    #[default]
    Count,
    /// Hours: one decimal.
    OneDecimal,
}

impl ValueFormat {
    fn show(self, i18n: &I18n, value: f64) -> String {
        match self {
            ValueFormat::Count => i18n.decimal(value, 0),
            ValueFormat::OneDecimal => i18n.decimal(value, 1),
        }
    }
}

/// Drawing space (the SVG scales to the width it is given): the value axis on the left, the
/// bars' labels below, room for each bar's total above.
const WIDTH: f64 = 360.0;
const HEIGHT: f64 = 180.0;
const AXIS: f64 = 24.0;
const LEFT: f64 = 36.0;
const TOP: f64 = 14.0;

/// `label` cut to what a bar's slot holds (a character is about 5.5 units wide at the labels'
/// size), with "…" where it was cut; the full label is the text's title.
fn fitted(label: &str, slot: f64) -> String {
    let room = ((slot / 5.5) as usize).max(3);
    if label.chars().count() <= room {
        return label.to_owned();
    }
    let kept: String = label.chars().take(room - 1).collect();
    format!("{}…", kept.trim_end())
}

#[component]
pub fn BarChart(props: &BarChartProps) -> Html {
    let i18n = use_i18n();
    let highest = props
        .bars
        .iter()
        .map(|bar| bar.parts.iter().map(|(_, value)| value).sum::<f64>())
        .fold(0.0, f64::max);
    let slot = (WIDTH - LEFT) / props.bars.len().max(1) as f64;
    let base = HEIGHT - AXIS;
    let scale = if highest > 0.0 {
        (base - TOP) / highest
    } else {
        0.0
    };
    // Lines at nothing, half and the highest value, each with its value.
    let grid: Html = [0.0, 0.5, 1.0]
        .iter()
        .map(|fraction| {
            let y = base - fraction * (base - TOP);
            html! {
                <g class="grid">
                    <line x1={LEFT.to_string()} x2={WIDTH.to_string()} y1={y.to_string()} y2={y.to_string()} />
                    <text x={(LEFT - 4.0).to_string()} y={(y + 3.0).to_string()} text-anchor="end">
                        { props.format.show(&i18n, fraction * highest) }
                    </text>
                </g>
            }
        })
        .collect();
    let bars: Html = props
        .bars
        .iter()
        .enumerate()
        .map(|(index, bar)| {
            let x = LEFT + index as f64 * slot + slot * 0.15;
            let mut top = base;
            let parts: Html = bar
                .parts
                .iter()
                .enumerate()
                .map(|(part, (label, value))| {
                    let height = value * scale;
                    top -= height;
                    html! {
                        <rect class={format!("part-{part}")} x={x.to_string()} y={top.to_string()}
                            width={(slot * 0.7).to_string()} height={height.to_string()}>
                            <title>{ format!("{}, {label}: {}", bar.label, props.format.show(&i18n, *value)) }</title>
                        </rect>
                    }
                })
                .collect();
            let total: f64 = bar.parts.iter().map(|(_, value)| value).sum();
            let middle = (x + slot * 0.35).to_string();
            html! {
                <g>
                    { parts }
                    <text class="value" x={middle.clone()} y={(top - 3.0).to_string()} text-anchor="middle">
                        { props.format.show(&i18n, total) }
                    </text>
                    <text x={middle} y={(HEIGHT - 8.0).to_string()} text-anchor="middle">
                        <title>{ bar.label.clone() }</title>
                        { fitted(&bar.label, slot) }
                    </text>
                </g>
            }
        })
        .collect();
    let part_labels: Vec<String> = props
        .bars
        .first()
        .map(|bar| bar.parts.iter().map(|(label, _)| label.clone()).collect())
        .unwrap_or_default();
    let legend: Html = part_labels
        .iter()
        .enumerate()
        .map(|(part, label)| html! { <li><span class={format!("swatch part-{part}")}></span>{ label.clone() }</li> })
        .collect();
    let header: Html = part_labels
        .iter()
        .map(|label| html! { <th scope="col">{ label.clone() }</th> })
        .collect();
    let rows: Html = props
        .bars
        .iter()
        .map(|bar| {
            let cells: Html = bar
                .parts
                .iter()
                .map(|(_, value)| html! { <td>{ props.format.show(&i18n, *value) }</td> })
                .collect();
            html! { <tr><th scope="row">{ bar.label.clone() }</th>{ cells }</tr> }
        })
        .collect();
    let title_id = format!("{}-title", props.id);
    html! {
        <figure class="chart" id={props.id.clone()}>
            <figcaption id={title_id.clone()}>{ props.title.clone() }</figcaption>
            <svg viewBox={format!("0 0 {WIDTH} {HEIGHT}")} role="img" aria-labelledby={title_id}>
                { grid }
                { bars }
            </svg>
            if part_labels.len() > 1 { <ul class="legend">{ legend }</ul> }
            <table class="visually-hidden">
                <caption>{ props.title.clone() }</caption>
                <tr><td></td>{ header }</tr>
                { rows }
            </table>
        </figure>
    }
}
