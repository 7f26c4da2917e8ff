//! The year's key figures (org admin): the municipality's residents by age, cost, staff and
//! opening weeks — and the rates they give: visits per 1,000 residents aged 6–20 and cost per
//! visit (SPEC 8).

use chrono::Datelike;
use logbook_shared::key_figures::{KeyFigures, Residents};
use logbook_shared::{ErrorBody, Rules};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::api;
use crate::clock::today;
use crate::components::errors::ErrorBanner;
use crate::components::loading::show;
use crate::hooks::use_load;
use crate::i18n::use_i18n;

/// Ages offered for residents: youth work's, from birth to 29.
const AGES: std::ops::RangeInclusive<i32> = 0..=29;

#[component]
pub fn KeyFiguresPage() -> Html {
    let i18n = use_i18n();
    let this_year = today().year();
    let year = use_state(|| this_year - 1);
    let loaded = use_load(*year, api::reports::key_figures);
    // Loaded apart: a failure of the rates leaves the form to edit.
    let rates = use_load(*year, api::reports::rates);
    // The form: the loaded year's figures as the admin edits them.
    let figures = use_state(|| None::<KeyFigures>);
    let error = use_state(|| None::<ErrorBody>);
    let saved = use_state(|| false);
    {
        let figures = figures.clone();
        let stored = loaded.ready().cloned();
        use_effect_with(stored, move |stored| {
            if stored.is_some() {
                figures.set(stored.clone());
            }
        });
    }
    let Some(current) = (*figures).clone() else {
        return show(&loaded, |_| html! {});
    };
    let years: Html = (this_year - 4..=this_year)
        .rev()
        .map(|y| html! { <option value={y.to_string()} selected={*year == y}>{ y }</option> })
        .collect();
    let on_year = {
        let (year, figures, saved, error) =
            (year.clone(), figures.clone(), saved.clone(), error.clone());
        Callback::from(move |event: Event| {
            let value = event
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value();
            if let Ok(chosen) = value.parse() {
                figures.set(None);
                saved.set(false);
                error.set(None);
                year.set(chosen);
            }
        })
    };
    let number = |value: &str| value.trim().parse::<f64>().ok();
    let residents: Html = AGES
        .map(|age| {
            let value = current
                .population
                .iter()
                .find(|row| row.age == age)
                .map(|row| row.residents.to_string())
                .unwrap_or_default();
            let oninput = {
                let figures = figures.clone();
                Callback::from(move |event: InputEvent| {
                    let Some(mut next) = (*figures).clone() else {
                        return;
                    };
                    let text = event.target_unchecked_into::<HtmlInputElement>().value();
                    next.population.retain(|row| row.age != age);
                    if let Some(count) = number(&text) {
                        next.population.push(Residents {
                            age,
                            residents: count as i32,
                        });
                        next.population.sort_by_key(|row| row.age);
                    }
                    figures.set(Some(next));
                })
            };
            let id = format!("residents-{age}");
            html! {
                <label for={id.clone()} class="age">
                    { age }
                    <input id={id} type="number" min="0" inputmode="numeric" {value} {oninput} />
                </label>
            }
        })
        .collect();
    let field = |id: &'static str, value: String, set: fn(&mut KeyFigures, Option<f64>)| {
        let figures = figures.clone();
        let oninput = Callback::from(move |event: InputEvent| {
            let Some(mut next) = (*figures).clone() else {
                return;
            };
            set(
                &mut next,
                number(&event.target_unchecked_into::<HtmlInputElement>().value()),
            );
            figures.set(Some(next));
        });
        html! {
            <>
                <label for={id}>{ i18n.t(&format!("key_figures.{id}")) }</label>
                <input id={id} type="number" min="0" {value} {oninput} />
            </>
        }
    };
    let shown = |value: Option<String>| value.unwrap_or_default();
    let save = {
        let (figures, error, saved, reload, year) = (
            figures.clone(),
            error.clone(),
            saved.clone(),
            rates.reload.clone(),
            *year,
        );
        Callback::from(move |_: MouseEvent| {
            let Some(input) = (*figures).clone() else {
                return;
            };
            if let Err(body) = input.check() {
                error.set(Some(body));
                return;
            }
            let (error, saved, reload) = (error.clone(), saved.clone(), reload.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match api::reports::save_key_figures(year, &input).await {
                    Ok(()) => {
                        error.set(None);
                        saved.set(true);
                        // The rates follow from what was saved.
                        reload.emit(());
                    }
                    Err(body) => error.set(Some(body)),
                }
            });
        })
    };
    let rate_rows = show(&rates, |rates| {
        let per_1000 = rates
            .visits_per_1000_residents
            .map_or("–".to_owned(), |v| i18n.decimal(v, 1));
        let per_visit = rates
            .cost_per_visit
            .map_or("–".to_owned(), |v| i18n.decimal(v, 2));
        html! {
            <table id="key-figures-rates">
                <tr><th scope="row">{ i18n.t_with("key_figures.per_1000", &[("min", &rates.ages.min.to_string()), ("max", &rates.ages.max.to_string())]) }</th><td>{ per_1000 }</td></tr>
                <tr><th scope="row">{ i18n.t("key_figures.cost_per_visit") }</th><td>{ per_visit }</td></tr>
            </table>
        }
    });
    html! {
        <section class="key-figures">
            <h1>{ i18n.t("key_figures.title") }</h1>
            <p class="muted">{ i18n.t("key_figures.intro") }</p>
            <label for="key-figures-year">{ i18n.t("annual.year") }</label>
            <select id="key-figures-year" onchange={on_year}>{ years }</select>
            <ErrorBanner error={(*error).clone()} />
            <h2>{ i18n.t("key_figures.residents") }</h2>
            <div class="ages">{ residents }</div>
            { field("cost", shown(current.cost.map(|v| v.to_string())), |f, v| f.cost = v.map(|v| v as i64)) }
            { field("staff", shown(current.staff.map(|v| v.to_string())), |f, v| f.staff = v) }
            { field("opening_weeks", shown(current.opening_weeks.map(|v| v.to_string())), |f, v| f.opening_weeks = v.map(|v| v as i32)) }
            <button type="button" id="key-figures-save" onclick={save}>{ i18n.t("key_figures.save") }</button>
            if *saved { <p role="status" id="key-figures-saved">{ i18n.t("annual.saved") }</p> }
            <h2>{ i18n.t("key_figures.rates") }</h2>
            { rate_rows }
        </section>
    }
}
