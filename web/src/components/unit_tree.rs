//! The organisation's structure as a tree: units and, under each, its activities. With
//! `editable`, those allowed get the forms to add and the buttons to archive (the server
//! checks every change again).

use logbook_shared::ErrorBody;
use logbook_shared::auth::Me;
use logbook_shared::ids::{ActivityId, UnitId};
use logbook_shared::structure::{Activity, ActivityInput, ActivityKind, Unit, UnitInput};
use yew::prelude::*;

use crate::api;
use crate::components::errors::ErrorBanner;
use crate::components::form::act;
use crate::components::loading::show;
use crate::components::structure_forms::{ActivityForm, UnitForm};
use crate::i18n::{I18n, use_i18n};
use crate::state::session::{Session, use_session};
use crate::state::structure::{Structure, use_structure};

#[derive(Properties, PartialEq)]
pub struct UnitTreeProps {
    #[prop_or_default]
    pub editable: bool,
}

/// Whether the signed-in person may change the unit: the server's word (`Me::may`) for the
/// units of their scope.
fn may_manage(me: &Me, unit_id: UnitId) -> bool {
    me.may.manage_units && (me.unit_ids.is_empty() || me.unit_ids.contains(&unit_id))
}

#[component]
pub fn UnitTree(props: &UnitTreeProps) -> Html {
    let i18n = use_i18n();
    let session = use_session();
    let structure = use_structure();
    // The unit or activity whose edit form is open.
    let editing = use_state(|| None::<Editing>);
    // Why the last archive or restore failed.
    let failed = use_state(|| None::<ErrorBody>);
    let Some(Session::SignedIn(me)) = session.as_deref() else {
        return html! {};
    };
    let Some(loaded) = structure.ready() else {
        return show(&structure, |_| html! {});
    };
    let editable_for = |unit_id: UnitId| props.editable && may_manage(me, unit_id);
    let units: Html = loaded
        .units
        .iter()
        .map(|unit| {
            let branch = Branch {
                loaded,
                unit,
                editable: editable_for(unit.id),
                reload: &structure.reload,
                editing: &editing,
                failed: &failed,
            };
            branch.render(&i18n)
        })
        .collect();
    html! {
        <div class="unit-tree">
            <ErrorBanner error={(*failed).clone()} />
            if loaded.units.is_empty() {
                <p>{ i18n.t("structure.no_units") }</p>
            }
            <ul class="tree" id="unit-tree">{ units }</ul>
            if EDITS && props.editable && me.may.administer_organisation {
                <UnitForm on_saved={structure.reload.clone()} />
            }
        </div>
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Editing {
    Unit(UnitId),
    Activity(ActivityId),
}

/// One unit of the tree with everything its rendering needs.
/// Whether this build has the forms that change the structure: the field bundle's home lists
/// the units read-only (the structure page is the whole app's), and the linker leaves the
/// forms out of the phone's download.
const EDITS: bool = cfg!(not(feature = "field"));

struct Branch<'a> {
    loaded: &'a Structure,
    unit: &'a Unit,
    editable: bool,
    reload: &'a Callback<()>,
    editing: &'a UseStateHandle<Option<Editing>>,
    failed: &'a UseStateHandle<Option<ErrorBody>>,
}

impl Branch<'_> {
    /// Saving closes the edit form and reloads the tree.
    fn after_save(&self) -> Callback<()> {
        let (editing, reload) = (self.editing.clone(), self.reload.clone());
        Callback::from(move |()| {
            editing.set(None);
            reload.emit(());
        })
    }

    fn edit_button(&self, i18n: &I18n, target: Editing) -> Html {
        let editing = self.editing.clone();
        let open = *editing != Some(target);
        let onclick = Callback::from(move |_: MouseEvent| editing.set(open.then_some(target)));
        html! {
            <button type="button" class="link" {onclick}>
                { if open { i18n.t("structure.edit") } else { i18n.t("structure.close") } }
            </button>
        }
    }

    fn render(&self, i18n: &I18n) -> Html {
        let (unit, reload) = (self.unit, self.reload);
        let archive_unit = EDITS.then(|| {
            let body = UnitInput {
                archived: !unit.archived,
                ..UnitInput::from(unit)
            };
            let id = unit.id;
            let save = move || {
                let body = body.clone();
                async move { api::structure::update_unit(id, &body).await }
            };
            act(save, self.failed, &reload.reform(|_: Unit| ()))
        });
        let activities: Html = self
            .loaded
            .activities_of(unit.id)
            .map(|activity| self.activity(i18n, activity))
            .collect();
        html! {
            // Keyed: each unit keeps its own activity form (and its state) when the list changes.
            <li key={unit.id.get()} class={classes!("unit", unit.archived.then_some("archived"))}>
                <div class="unit-head">
                    <strong class="name">{ unit.name.clone() }</strong>
                    <span class="tag">{ i18n.t(&format!("unit_type.{}", unit.unit_type.as_str())) }</span>
                    if unit.archived { <span class="tag">{ i18n.t("structure.archived") }</span> }
                    if EDITS && self.editable {
                        { self.edit_button(i18n, Editing::Unit(unit.id)) }
                        <button type="button" class="link" onclick={archive_unit}>
                            { if unit.archived { i18n.t("structure.restore") } else { i18n.t("structure.archive") } }
                        </button>
                    }
                </div>
                if EDITS && **self.editing == Some(Editing::Unit(unit.id)) {
                    <UnitForm existing={unit.clone()} on_saved={self.after_save()}
                        open_activities={self.loaded.activities_of(unit.id)
                            .filter(|a| a.kind == ActivityKind::Open && !a.archived).cloned().collect::<Vec<_>>()} />
                }
                <ul>{ activities }</ul>
                if EDITS && self.editable && !unit.archived {
                    <ActivityForm unit_id={unit.id} topics={self.loaded.topics.clone()} on_saved={reload.clone()} />
                }
            </li>
        }
    }

    fn activity(&self, i18n: &I18n, activity: &Activity) -> Html {
        let archive = EDITS.then(|| {
            let body = ActivityInput {
                archived: !activity.archived,
                ..ActivityInput::from(activity)
            };
            let id = activity.id;
            let save = move || {
                let body = body.clone();
                async move { api::structure::update_activity(id, &body).await }
            };
            act(save, self.failed, &self.reload.reform(|_: Activity| ()))
        });
        html! {
            <li key={activity.id.get()} class={classes!("activity", activity.archived.then_some("archived"))}>
                <span class="name">{ activity.name.clone() }</span>
                <span class="tag">{ i18n.t(&format!("kind.{}", activity.kind.as_str())) }</span>
                <span class="tag">{ i18n.t(&format!("delivery.{}", activity.delivery_mode.as_str())) }</span>
                if activity.archived { <span class="tag">{ i18n.t("structure.archived") }</span> }
                if EDITS && self.editable {
                    { self.edit_button(i18n, Editing::Activity(activity.id)) }
                    <button type="button" class="link" onclick={archive}>
                        { if activity.archived { i18n.t("structure.restore") } else { i18n.t("structure.archive") } }
                    </button>
                }
                if EDITS && **self.editing == Some(Editing::Activity(activity.id)) {
                    <ActivityForm unit_id={activity.unit_id} existing={activity.clone()}
                        topics={self.loaded.topics.clone()} units={self.loaded.units.clone()}
                        on_saved={self.after_save()} />
                }
            </li>
        }
    }
}
