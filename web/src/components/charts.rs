//! Charts drawn as SVG: bars, stacked when a bar has several parts. Each chart is an image
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

/// Drawing space (the SVG scales to the width it is given).
const WIDTH: f64 = 360.0;
const HEIGHT: f64 = 180.0;
const AXIS: f64 = 24.0;

#[component]
pub fn BarChart(props: &BarChartProps) -> Html {
    let i18n = use_i18n();
    let highest = props
        .bars
        .iter()
        .map(|bar| bar.parts.iter().map(|(_, value)| value).sum::<f64>())
        .fold(0.0, f64::max);
    let slot = WIDTH / props.bars.len().max(1) as f64;
    let scale = if highest > 0.0 {
        (HEIGHT - AXIS) / highest
    } else {
        0.0
    };
    let bars: Html = props
        .bars
        .iter()
        .enumerate()
        .map(|(index, bar)| {
            let x = index as f64 * slot + slot * 0.15;
            let mut top = HEIGHT - AXIS;
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
            html! {
                <g>
                    { parts }
                    <text x={(x + slot * 0.35).to_string()} y={(HEIGHT - 8.0).to_string()} text-anchor="middle">
                        { bar.label.clone() }
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
