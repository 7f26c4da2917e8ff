//! The forms that add a unit and add an activity, validated by the shared rules before sending.

use logbook_shared::ErrorBody;
use logbook_shared::structure::{
    Activity, ActivityInput, ActivityKind, DeliveryMode, ProjectDetails, Unit, UnitInput, UnitType,
};
use yew::prelude::*;

use crate::components::errors::{ErrorBanner, FieldErrors};
use crate::components::form::{edit, edit_select, options, submit};
use crate::i18n::use_i18n;

#[derive(Properties, PartialEq)]
pub struct UnitFormProps {
    pub on_saved: Callback<()>,
}

#[component]
pub fn UnitForm(props: &UnitFormProps) -> Html {
    let i18n = use_i18n();
    let form = use_state(|| UnitInput {
        name: String::new(),
        unit_type: UnitType::YouthCentre,
        archived: false,
    });
    let error = use_state(|| None::<ErrorBody>);
    let on_name = edit(&form, |form, value| form.name = value);
    let on_type = edit_select(&form, |form, value| {
        form.unit_type = UnitType::parse(&value).unwrap_or(form.unit_type)
    });
    let onsubmit = submit(
        &form,
        &error,
        "/units",
        &props.on_saved.reform(|_: Unit| ()),
        || UnitInput {
            name: String::new(),
            unit_type: UnitType::YouthCentre,
            archived: false,
        },
    );
    let error_now = (*error).clone();
    html! {
        <form class="card inline-form" {onsubmit} novalidate=true>
            <h2>{ i18n.t("structure.add_unit") }</h2>
            <ErrorBanner error={error_now.clone()} />
            <label for="unit-name">{ i18n.t("structure.name") }</label>
            <input id="unit-name" value={form.name.clone()} oninput={on_name} aria-describedby="unit-name-errors" />
            <FieldErrors error={error_now} path="name" id="unit-name-errors" />
            <label for="unit-type">{ i18n.t("structure.unit_type") }</label>
            <select id="unit-type" onchange={on_type}>
                { options(&i18n, UnitType::ALL, "unit_type", form.unit_type, |t| t.as_str()) }
            </select>
            <button type="submit" id="add-unit">{ i18n.t("structure.add_unit") }</button>
        </form>
    }
}

#[derive(Properties, PartialEq)]
pub struct ActivityFormProps {
    pub unit_id: i64,
    pub on_saved: Callback<()>,
}

#[component]
pub fn ActivityForm(props: &ActivityFormProps) -> Html {
    let i18n = use_i18n();
    let unit_id = props.unit_id;
    let blank = move || ActivityInput {
        unit_id,
        name: String::new(),
        kind: ActivityKind::Open,
        delivery_mode: DeliveryMode::OnSite,
        platform: None,
        topic_ids: Vec::new(),
        active_from: None,
        active_to: None,
        archived: false,
        project: None,
    };
    let form = use_state(blank);
    let error = use_state(|| None::<ErrorBody>);
    let on_name = edit(&form, |form, value| form.name = value);
    let on_kind = edit_select(&form, |form, value| {
        form.kind = ActivityKind::parse(&value).unwrap_or(form.kind);
        // Project details belong to projects only.
        form.project =
            (form.kind == ActivityKind::Project).then(|| form.project.clone().unwrap_or_default());
    });
    let on_mode = edit_select(&form, |form, value| {
        form.delivery_mode = DeliveryMode::parse(&value).unwrap_or(form.delivery_mode);
    });
    let on_platform = edit(&form, |form, value| {
        form.platform = Some(value).filter(|v| !v.trim().is_empty())
    });
    let on_start = edit(&form, |form, value| {
        project_of(form).start_date = value.parse().unwrap_or_default()
    });
    let on_end = edit(&form, |form, value| {
        project_of(form).end_date = value.parse().unwrap_or_default()
    });
    let on_goals = edit(&form, |form, value| project_of(form).goals = value);
    let onsubmit = submit(
        &form,
        &error,
        "/activities",
        &props.on_saved.reform(|_: Activity| ()),
        blank,
    );
    let id = |field: &str| format!("activity-{field}-{unit_id}");
    let error_now = (*error).clone();
    html! {
        <form class="inline-form activity-form" {onsubmit} novalidate=true>
            <ErrorBanner error={error_now.clone()} />
            <label for={id("name")}>{ i18n.t("structure.activity_name") }</label>
            <input id={id("name")} value={form.name.clone()} oninput={on_name} />
            <FieldErrors error={error_now.clone()} path="name" id={id("name-errors")} />
            <label for={id("kind")}>{ i18n.t("structure.kind") }</label>
            <select id={id("kind")} onchange={on_kind}>
                { options(&i18n, ActivityKind::ALL, "kind", form.kind, |k| k.as_str()) }
            </select>
            <label for={id("mode")}>{ i18n.t("structure.delivery_mode") }</label>
            <select id={id("mode")} onchange={on_mode}>
                { options(&i18n, DeliveryMode::ALL, "delivery", form.delivery_mode, |m| m.as_str()) }
            </select>
            if form.delivery_mode != DeliveryMode::OnSite {
                <label for={id("platform")}>{ i18n.t("structure.platform") }</label>
                <input id={id("platform")} value={form.platform.clone().unwrap_or_default()} oninput={on_platform} />
            }
            if form.kind == ActivityKind::Project {
                <label for={id("start")}>{ i18n.t("structure.project_start") }</label>
                <input id={id("start")} type="date" oninput={on_start} />
                <label for={id("end")}>{ i18n.t("structure.project_end") }</label>
                <input id={id("end")} type="date" oninput={on_end} />
                <FieldErrors error={error_now.clone()} path="project.end_date" id={id("end-errors")} />
                <label for={id("goals")}>{ i18n.t("structure.project_goals") }</label>
                <input id={id("goals")} oninput={on_goals} />
            }
            <button type="submit" id={id("add")} class="secondary">{ i18n.t("structure.add_activity") }</button>
        </form>
    }
}

fn project_of(form: &mut ActivityInput) -> &mut ProjectDetails {
    form.project.get_or_insert_with(ProjectDetails::default)
}
