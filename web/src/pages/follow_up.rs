//! Follow-up of aims (SPEC 5): for the organisation or one unit, every aim with each
//! indicator's value, target, status and trend, and its notes and action plan; who may set
//! aims there adopts the Good Enough aims here and opens the aim editor.

use logbook_shared::ErrorBody;
use logbook_shared::aims::Aim;
use logbook_shared::follow_up::{AdoptInput, AimFollowUp, AimTemplate, FollowUpQuery};
use logbook_shared::ids::UnitId;
use logbook_shared::periods::calendar_year;
use logbook_shared::surveys::SurveyTemplate;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::api;
use crate::clock::today;
use crate::components::errors::ErrorBanner;
use crate::components::form::unit_options;
use crate::components::indicator_view::indicator_view;
use crate::components::loading::show;
use crate::components::plan_editor::PlanEditor;
use crate::hooks::use_load;
use crate::i18n::{I18n, use_i18n};
use crate::route::Route;
use crate::state::session::{Session, use_session};
use crate::state::structure::use_structure;

#[component]
pub fn FollowUpPage() -> Html {
    let i18n = use_i18n();
    let session = use_session();
    let structure = use_structure();
    let (may, own_units) = match session.as_deref() {
        Some(Session::SignedIn(me)) => (me.may.clone(), me.unit_ids.clone()),
        _ => Default::default(),
    };
    // Those who read some units only start at their first; the organisation's aims are
    // followed over the whole organisation.
    let scope = use_state(|| own_units.first().copied());
    let follow_up = use_load(*scope, |unit_id| {
        api::aims::follow_up(FollowUpQuery {
            unit_id,
            archived: false,
        })
    });
    let surveys = use_load((), |()| api::surveys::templates());
    let notice = use_state(|| None::<String>);
    let on_scope = {
        let (scope, notice) = (scope.clone(), notice.clone());
        Callback::from(move |event: Event| {
            let value = event
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value();
            notice.set(None);
            scope.set(value.parse::<UnitId>().ok());
        })
    };
    let sets_here = match *scope {
        None => may.administer_organisation,
        Some(_) => may.manage_units,
    };
    let units: Html = show(&structure, |structure| {
        unit_options(&structure.units, &own_units, *scope)
    });
    let on_adopted = {
        let (notice, reload) = (notice.clone(), follow_up.reload.clone());
        let i18n = i18n.clone();
        Callback::from(move |aims: Vec<Aim>| {
            let titles: Vec<String> = aims.into_iter().map(|aim| aim.title).collect();
            notice.set(Some(
                i18n.t_with("follow.adopted", &[("title", titles.join(", "))]),
            ));
            reload.emit(());
        })
    };
    let survey_list: Vec<SurveyTemplate> = surveys.ready().cloned().unwrap_or_default();
    let body = show(&follow_up, |read| {
        let adopted: Vec<String> = read
            .aims
            .iter()
            .filter(|followed| followed.aim.period_to >= today())
            .filter_map(|followed| followed.aim.template.clone())
            .collect();
        html! {
            <>
                if read.aims.is_empty() { <p class="empty">{ i18n.t("follow.no_aims") }</p> }
                { for read.aims.iter().map(|followed| aim_card(&i18n, followed, &survey_list, sets_here)) }
                if sets_here {
                    <GoodEnough unit_id={*scope} {adopted} on_adopted={on_adopted.clone()} />
                }
            </>
        }
    });
    html! {
        <section class="follow-up">
            <div class="page-header">
                <h1>{ i18n.t("follow.title") }</h1>
                if sets_here {
                    <Link<Route> to={Route::NewAim} classes="button">{ i18n.t("follow.new_aim") }</Link<Route>>
                }
            </div>
            <p>{ i18n.t("follow.intro") }</p>
            <label for="follow-scope">{ i18n.t("follow.scope") }</label>
            <select id="follow-scope" onchange={on_scope}>
                if own_units.is_empty() {
                    <option value="" selected={scope.is_none()}>{ i18n.t("follow.organisation") }</option>
                }
                { units }
            </select>
            if let Some(text) = &*notice { <p class="notice" role="status">{ text.clone() }</p> }
            { body }
        </section>
    }
}

/// One aim: its period, each indicator followed up, and its plan.
fn aim_card(i18n: &I18n, followed: &AimFollowUp, surveys: &[SurveyTemplate], writes: bool) -> Html {
    let aim = &followed.aim;
    let id = aim.id;
    let indicators: Html = aim
        .indicators
        .iter()
        .filter_map(|indicator| {
            let read = followed
                .indicators
                .iter()
                .find(|read| read.indicator_id == indicator.id)?;
            Some(indicator_view(
                i18n,
                indicator,
                read,
                surveys,
                &format!("aim-{id}-indicator-{}", indicator.id),
            ))
        })
        .collect();
    html! {
        <article class="card aim" id={format!("aim-{id}")} key={id.get()}>
            <h2>{ aim.title.clone() }</h2>
            <p class="muted">{ format!("{} – {}", i18n.date(aim.period_from), i18n.date(aim.period_to)) }</p>
            if writes {
                <Link<Route> to={Route::EditAim { id }}>{ i18n.t("follow.edit_aim") }</Link<Route>>
            }
            if aim.indicators.is_empty() { <p>{ i18n.t("follow.no_indicators") }</p> }
            { indicators }
            <PlanEditor aim_id={id} plan={followed.plan.clone()} {writes} />
        </article>
    }
}

#[derive(Properties, PartialEq)]
struct GoodEnoughProps {
    unit_id: Option<UnitId>,
    /// Templates already adopted for a period not yet over.
    adopted: Vec<String>,
    on_adopted: Callback<Vec<Aim>>,
}

/// The Good Enough aims to adopt for this calendar year, one at a time or all at once.
#[component]
fn GoodEnough(props: &GoodEnoughProps) -> Html {
    let i18n = use_i18n();
    let language = i18n.language.tag();
    let templates = use_load(language, api::aims::templates);
    let failed = use_state(|| None::<ErrorBody>);
    // While adopting, the buttons wait: a second click would adopt the same aim twice.
    let busy = use_state(|| false);
    let adopt = |keys: Vec<String>| {
        let (failed, done, unit_id) = (failed.clone(), props.on_adopted.clone(), props.unit_id);
        let busy = busy.clone();
        Callback::from(move |_: MouseEvent| {
            if *busy {
                return;
            }
            busy.set(true);
            let (failed, done, keys, busy) =
                (failed.clone(), done.clone(), keys.clone(), busy.clone());
            let (period_from, period_to) = calendar_year(today());
            let input = AdoptInput {
                unit_id,
                period_from,
                period_to,
            };
            wasm_bindgen_futures::spawn_local(async move {
                let mut made = Vec::new();
                for key in keys {
                    match api::aims::adopt(&key, &input, language).await {
                        Ok(aim) => made.push(aim),
                        Err(error) => {
                            failed.set(Some(error));
                            break;
                        }
                    }
                }
                busy.set(false);
                if !made.is_empty() {
                    done.emit(made);
                }
            });
        })
    };
    let list = show(&templates, |templates: &Vec<AimTemplate>| {
        let open: Vec<String> = templates
            .iter()
            .map(|template| template.key.clone())
            .filter(|key| !props.adopted.contains(key))
            .collect();
        let items: Html = templates
            .iter()
            .map(|template| {
                let in_use = props.adopted.contains(&template.key);
                html! {
                    <li key={template.key.clone()} class="card template">
                        <h3>{ template.title.clone() }</h3>
                        <p>{ template.description.clone() }</p>
                        if in_use {
                            <p class="tag">{ i18n.t("follow.in_use") }</p>
                        } else {
                            <button type="button" class="secondary" id={format!("adopt-{}", template.key)} disabled={*busy}
                                aria-label={format!("{}: {}", i18n.t("follow.adopt"), template.title)}
                                onclick={adopt(vec![template.key.clone()])}>{ i18n.t("follow.adopt") }</button>
                        }
                    </li>
                }
            })
            .collect();
        html! {
            <>
                if open.len() > 1 {
                    <button type="button" id="adopt-all" disabled={*busy} onclick={adopt(open.clone())}>{ i18n.t("follow.adopt_all") }</button>
                }
                <ul class="plain templates">{ items }</ul>
            </>
        }
    });
    html! {
        <section class="good-enough">
            <h2>{ i18n.t("follow.good_enough") }</h2>
            <p>{ i18n.t("follow.good_enough_intro") }</p>
            <ErrorBanner error={(*failed).clone()} />
            { list }
        </section>
    }
}
