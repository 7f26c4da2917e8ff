//! The forms that add or change a unit and an activity, validated by the shared rules before
//! sending.

use logbook_shared::ErrorBody;
use logbook_shared::clock::hh_mm;
use logbook_shared::ids::UnitId;
use logbook_shared::structure::{
    Activity, ActivityInput, ActivityKind, CheckInSetting, DeliveryMode, ProjectDetails, Topic,
    Unit, UnitInput, UnitType,
};
use yew::prelude::*;

use crate::api;
use crate::components::errors::{ErrorBanner, FieldErrors};
use crate::components::form::{edit, edit_select, options, submit, toggle_in};
use crate::i18n::{I18n, use_i18n};

#[derive(Properties, PartialEq)]
pub struct UnitFormProps {
    /// The unit to change; none to add one.
    #[prop_or_default]
    pub existing: Option<Unit>,
    /// The unit's open activities: the choices for the session a check-in opens.
    #[prop_or_default]
    pub open_activities: Vec<Activity>,
    pub on_saved: Callback<()>,
}

#[component]
pub fn UnitForm(props: &UnitFormProps) -> Html {
    let i18n = use_i18n();
    let blank = || UnitInput {
        name: String::new(),
        unit_type: UnitType::YouthCentre,
        archived: false,
        check_in: CheckInSetting::default(),
    };
    let form = use_state(|| props.existing.as_ref().map_or_else(blank, UnitInput::from));
    let error = use_state(|| None::<ErrorBody>);
    let on_name = edit(&form, |form, value| form.name = value);
    let on_type = edit_select(&form, |form, value| {
        form.unit_type = UnitType::parse(&value).unwrap_or(form.unit_type)
    });
    let existing = props.existing.as_ref().map(|unit| unit.id);
    let title = match existing {
        Some(_) => i18n.t("structure.save"),
        None => i18n.t("structure.add_unit"),
    };
    let save = move |body: UnitInput| async move {
        match existing {
            Some(id) => api::structure::update_unit(id, &body).await,
            None => api::structure::create_unit(&body).await,
        }
    };
    let onsubmit = submit(
        &form,
        &error,
        save,
        &props.on_saved.reform(|_: Unit| ()),
        blank,
    );
    let prefix = props
        .existing
        .as_ref()
        .map_or_else(|| "unit".to_owned(), |unit| format!("unit-{}", unit.id));
    let id = |field: &str| format!("{prefix}-{field}");
    let error_now = (*error).clone();
    html! {
        <form class="card inline-form" {onsubmit} novalidate=true>
            if props.existing.is_none() { <h2>{ title.clone() }</h2> }
            <ErrorBanner error={error_now.clone()} />
            <label for={id("name")}>{ i18n.t("structure.name") }</label>
            <input id={id("name")} value={form.name.clone()} oninput={on_name} />
            <FieldErrors error={error_now.clone()} path="name" id={id("name-errors")} />
            <label for={id("type")}>{ i18n.t("structure.unit_type") }</label>
            <select id={id("type")} onchange={on_type}>
                { options(&i18n, UnitType::ALL, "unit_type", form.unit_type, |t| t.as_str()) }
            </select>
            if props.existing.is_some() {
                { check_in_setting(&i18n, &form, &props.open_activities, &id, &error_now) }
            }
            <button type="submit" id={id("save")}>{ title }</button>
        </form>
    }
}

/// What a kiosk check-in does when no session runs (SPEC 4).
fn check_in_setting(
    i18n: &I18n,
    form: &UseStateHandle<UnitInput>,
    open_activities: &[Activity],
    id: &dyn Fn(&str) -> String,
    error: &Option<ErrorBody>,
) -> Html {
    let setting = form.check_in;
    let on_opens = {
        let form = form.clone();
        Callback::from(move |_: Event| {
            let mut next = (*form).clone();
            next.check_in.check_in_opens_session = !next.check_in.check_in_opens_session;
            form.set(next);
        })
    };
    let on_activity = edit_select(form, |form, value| {
        form.check_in.default_open_activity_id = value.parse().ok()
    });
    let choices: Html = open_activities
        .iter()
        .map(|activity| {
            let selected = setting.default_open_activity_id == Some(activity.id);
            html! { <option value={activity.id.to_string()} {selected}>{ activity.name.clone() }</option> }
        })
        .collect();
    html! {
        <>
            <label class="check" for={id("opens-session")}>
                <input type="checkbox" id={id("opens-session")} checked={setting.check_in_opens_session} onchange={on_opens} />
                { i18n.t("structure.check_in_opens_session") }
            </label>
            <label for={id("default-activity")}>{ i18n.t("structure.default_open_activity") }</label>
            <select id={id("default-activity")} onchange={on_activity}>
                <option value="" selected={setting.default_open_activity_id.is_none()}>{ i18n.t("structure.no_default_activity") }</option>
                { choices }
            </select>
            <FieldErrors error={error.clone()} path="default_open_activity_id" id={id("default-activity-errors")} />
        </>
    }
}

#[derive(Properties, PartialEq)]
pub struct ActivityFormProps {
    pub unit_id: UnitId,
    /// The activity to change; none to add one to the unit.
    #[prop_or_default]
    pub existing: Option<Activity>,
    /// The organisation's current topics to choose from.
    pub topics: Vec<Topic>,
    /// The units an existing activity may move to (the server checks the caller may).
    #[prop_or_default]
    pub units: Vec<Unit>,
    pub on_saved: Callback<()>,
}

#[component]
pub fn ActivityForm(props: &ActivityFormProps) -> Html {
    let i18n = use_i18n();
    let unit_id = props.unit_id;
    let blank = move || ActivityInput::new(unit_id, String::new(), ActivityKind::Open);
    let form = use_state(|| {
        props
            .existing
            .as_ref()
            .map_or_else(blank, ActivityInput::from)
    });
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
    let on_from = edit(&form, |form, value| form.active_from = value.parse().ok());
    let on_to = edit(&form, |form, value| form.active_to = value.parse().ok());
    let on_usual_start = edit(&form, |form, value| {
        form.usual_start_time = hh_mm::parse(&value)
    });
    let on_usual_end = edit(&form, |form, value| {
        form.usual_end_time = hh_mm::parse(&value)
    });
    let on_unit = edit_select(&form, |form, value| {
        form.unit_id = value.parse().unwrap_or(form.unit_id);
    });
    let unit_name = |id: UnitId| {
        props
            .units
            .iter()
            .find(|unit| unit.id == id)
            .map_or_else(|| format!("#{id}"), |unit| unit.name.clone())
    };
    // Sessions stay with the unit where they happened (docs/api.md): say so before the move.
    let moving = props
        .existing
        .as_ref()
        .filter(|activity| activity.unit_id != form.unit_id)
        .map(|activity| {
            let (from, to) = (unit_name(activity.unit_id), unit_name(form.unit_id));
            i18n.t_with(
                "structure.move_keeps_sessions",
                &[("from", &from), ("to", &to)],
            )
        });
    let existing = props.existing.as_ref().map(|activity| activity.id);
    let label = match existing {
        Some(_) => i18n.t("structure.save"),
        None => i18n.t("structure.add_activity"),
    };
    let save = move |body: ActivityInput| async move {
        match existing {
            Some(id) => api::structure::update_activity(id, &body).await,
            None => api::structure::create_activity(&body).await,
        }
    };
    let onsubmit = submit(
        &form,
        &error,
        save,
        &props.on_saved.reform(|_: Activity| ()),
        blank,
    );
    let prefix = match &props.existing {
        Some(activity) => format!("activity-{}", activity.id),
        None => format!("new-activity-{unit_id}"),
    };
    let id = |field: &str| format!("{prefix}-{field}");
    let date = |value: Option<chrono::NaiveDate>| value.map(|d| d.to_string()).unwrap_or_default();
    let time = |value: Option<chrono::NaiveTime>| {
        value
            .map(|t| t.format("%H:%M").to_string())
            .unwrap_or_default()
    };
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
            if props.existing.is_some() && props.units.len() > 1 {
                <label for={id("unit")}>{ i18n.t("structure.unit") }</label>
                <select id={id("unit")} onchange={on_unit}
                    aria-describedby={moving.is_some().then(|| id("unit-note"))}>
                    { for props.units.iter().map(|unit| html! {
                        <option value={unit.id.to_string()} selected={unit.id == form.unit_id}>{ unit.name.clone() }</option>
                    }) }
                </select>
                if let Some(note) = moving {
                    <p class="hint" id={id("unit-note")}>{ note }</p>
                }
                <FieldErrors error={error_now.clone()} path="unit_id" id={id("unit-errors")} />
            }
            <label for={id("mode")}>{ i18n.t("structure.delivery_mode") }</label>
            <select id={id("mode")} onchange={on_mode}>
                { options(&i18n, DeliveryMode::ALL, "delivery", form.delivery_mode, |m| m.as_str()) }
            </select>
            if form.delivery_mode != DeliveryMode::OnSite {
                <label for={id("platform")}>{ i18n.t("structure.platform") }</label>
                <input id={id("platform")} value={form.platform.clone().unwrap_or_default()} oninput={on_platform} />
                <FieldErrors error={error_now.clone()} path="platform" id={id("platform-errors")} />
            }
            if !props.topics.is_empty() {
                <fieldset>
                    <legend>{ i18n.t("structure.topics") }</legend>
                    { topic_choices(&i18n, &props.topics, &form) }
                </fieldset>
            }
            <label for={id("from")}>{ i18n.t("structure.active_from") }</label>
            <input id={id("from")} type="date" value={date(form.active_from)} oninput={on_from} />
            <label for={id("to")}>{ i18n.t("structure.active_to") }</label>
            <input id={id("to")} type="date" value={date(form.active_to)} oninput={on_to} />
            <FieldErrors error={error_now.clone()} path="active_to" id={id("to-errors")} />
            <label for={id("usual-start")}>{ i18n.t("structure.usual_start_time") }</label>
            <input id={id("usual-start")} type="time" value={time(form.usual_start_time)} oninput={on_usual_start} />
            <FieldErrors error={error_now.clone()} path="usual_start_time" id={id("usual-start-errors")} />
            <label for={id("usual-end")}>{ i18n.t("structure.usual_end_time") }</label>
            <input id={id("usual-end")} type="time" value={time(form.usual_end_time)} oninput={on_usual_end} />
            <FieldErrors error={error_now.clone()} path="usual_end_time" id={id("usual-end-errors")} />
            if form.kind == ActivityKind::Project {
                { project_fields(&i18n, &form, &error_now, &id) }
            }
            <button type="submit" id={id("save")} class="secondary">{ label }</button>
        </form>
    }
}

/// A checkbox per topic; built-in topics show their translated name.
fn topic_choices(i18n: &I18n, topics: &[Topic], form: &UseStateHandle<ActivityInput>) -> Html {
    topics
        .iter()
        .map(|topic| {
            let onchange = toggle_in(form, |form| &mut form.topic_ids, topic.id);
            html! {
                <label class="check" key={topic.id.get()}>
                    <input type="checkbox" checked={form.topic_ids.contains(&topic.id)} {onchange} />
                    { topic_name(i18n, topic) }
                </label>
            }
        })
        .collect()
}

pub fn topic_name(i18n: &I18n, topic: &Topic) -> String {
    match &topic.key {
        Some(key) => i18n.t(&format!("topic.{key}")),
        None => topic.name.clone(),
    }
}

fn project_fields(
    i18n: &I18n,
    form: &UseStateHandle<ActivityInput>,
    error: &Option<ErrorBody>,
    id: &dyn Fn(&str) -> String,
) -> Html {
    let project = form.project.clone().unwrap_or_default();
    let date = |value: chrono::NaiveDate| {
        if value == chrono::NaiveDate::default() {
            String::new()
        } else {
            value.to_string()
        }
    };
    let on_start = edit(form, |form, value| {
        project_of(form).start_date = value.parse().unwrap_or_default()
    });
    let on_end = edit(form, |form, value| {
        project_of(form).end_date = value.parse().unwrap_or_default()
    });
    let texts: [(&str, String, Callback<InputEvent>); 6] = [
        (
            "goals",
            project.goals.clone(),
            edit(form, |form, value| project_of(form).goals = value),
        ),
        (
            "target_group",
            project.target_group.clone(),
            edit(form, |form, value| project_of(form).target_group = value),
        ),
        (
            "description",
            project.description.clone(),
            edit(form, |form, value| project_of(form).description = value),
        ),
        (
            "partners",
            project.partners.clone(),
            edit(form, |form, value| project_of(form).partners = value),
        ),
        (
            "funding_programme",
            project.funding_programme.clone(),
            edit(form, |form, value| {
                project_of(form).funding_programme = value
            }),
        ),
        (
            "contact_person",
            project.contact_person.clone(),
            edit(form, |form, value| project_of(form).contact_person = value),
        ),
    ];
    let texts: Html = texts
        .into_iter()
        .map(|(field, value, oninput)| html! {
            <>
                <label for={id(field)}>{ i18n.t(&format!("project.{field}")) }</label>
                <input id={id(field)} {value} {oninput} />
                <FieldErrors error={error.clone()} path={format!("project.{field}")} id={id(&format!("{field}-errors"))} />
            </>
        })
        .collect();
    html! {
        <fieldset>
            <legend>{ i18n.t("kind.project") }</legend>
            <label for={id("start")}>{ i18n.t("project.start_date") }</label>
            <input id={id("start")} type="date" value={date(project.start_date)} oninput={on_start} />
            <label for={id("end")}>{ i18n.t("project.end_date") }</label>
            <input id={id("end")} type="date" value={date(project.end_date)} oninput={on_end} />
            <FieldErrors error={error.clone()} path="project.end_date" id={id("end-errors")} />
            <FieldErrors error={error.clone()} path="project" id={id("project-errors")} />
            { texts }
        </fieldset>
    }
}

fn project_of(form: &mut ActivityInput) -> &mut ProjectDetails {
    form.project.get_or_insert_with(ProjectDetails::default)
}
