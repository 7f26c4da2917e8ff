//! The org admin's accounts page: who has access with which role and scope, changing them,
//! invitations to hand over as links, deactivation.

use logbook_shared::ids::UserId;
use logbook_shared::structure::{ArchivedFilter, Unit};
use logbook_shared::users::{InvitationLink, InvitedUser, User, UserFilter, UserInput};
use logbook_shared::{ErrorBody, Role};
use yew::prelude::*;

use crate::api;
use crate::components::errors::{ErrorBanner, FieldErrors};
use crate::components::form::{act, edit, edit_select, options, submit, toggle_in};
use crate::components::loading::show;
use crate::hooks::use_load;
use crate::i18n::use_i18n;

const ORGANISATION_ROLES: [Role; 4] = [
    Role::OrgAdmin,
    Role::UnitManager,
    Role::YouthWorker,
    Role::Viewer,
];

/// The organisation's accounts, and its units (to name and choose scopes).
async fn load() -> Result<(Vec<User>, Vec<Unit>), ErrorBody> {
    let users = api::people::users(&UserFilter::default()).await?;
    let units = api::structure::units(&ArchivedFilter::default()).await?;
    Ok((users, units))
}

#[component]
pub fn UsersPage() -> Html {
    let i18n = use_i18n();
    let loaded = use_load((), |()| load());
    let link = use_state(|| None::<InvitationLink>);
    let editing = use_state(|| None::<UserId>);
    let reload = {
        let (reload, editing) = (loaded.reload.clone(), editing.clone());
        Callback::from(move |()| {
            editing.set(None);
            reload.emit(());
        })
    };
    let show_link = {
        let (link, reload) = (link.clone(), reload.clone());
        Callback::from(move |fresh: InvitationLink| {
            link.set(Some(fresh));
            reload.emit(());
        })
    };
    let Some((users, units)) = loaded.ready() else {
        return show(&loaded, |_| html! {});
    };
    let rows: Html = users
        .iter()
        .map(|user| html! {
            <UserRow key={user.id.get()} user={user.clone()} units={units.clone()} editing={editing.clone()} show_link={show_link.clone()} reload={reload.clone()} />
        })
        .collect();
    let origin = web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default();
    html! {
        <section>
            <h1>{ i18n.t("users.title") }</h1>
            if let Some(link) = &*link {
                <div class="card notice" role="status">
                    <label for="invitation-link">{ i18n.t("users.link_hint") }</label>
                    <input id="invitation-link" readonly=true value={format!("{origin}{}", link.path)} />
                </div>
            }
            <div class="table-scroll" tabindex="0">
                <table class="users">
                    <thead><tr>
                        <th>{ i18n.t("users.name") }</th><th>{ i18n.t("users.role") }</th>
                        <th>{ i18n.t("users.units") }</th><th>{ i18n.t("users.status") }</th><th></th>
                    </tr></thead>
                    <tbody>{ rows }</tbody>
                </table>
            </div>
            <UserForm units={units.clone()} on_invited={show_link} on_saved={reload} />
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct UserRowProps {
    user: User,
    units: Vec<Unit>,
    /// The account whose form is open, if any.
    editing: UseStateHandle<Option<UserId>>,
    show_link: Callback<InvitationLink>,
    reload: Callback<()>,
}

#[component]
fn UserRow(props: &UserRowProps) -> Html {
    let i18n = use_i18n();
    let user = &props.user;
    // Why the last new link or (de)activation failed.
    let failed = use_state(|| None::<ErrorBody>);
    let id = user.id;
    let new_link = act(
        move || api::people::new_invitation(id),
        &failed,
        &props.show_link,
    );
    let toggle_active = {
        let body = UserInput {
            active: !user.active,
            ..UserInput::from(user)
        };
        let save = move || {
            let body = body.clone();
            async move { api::people::update_user(id, &body).await }
        };
        act(save, &failed, &props.reload.reform(|_: User| ()))
    };
    let scope = if user.unit_ids.is_empty() {
        i18n.t("users.whole_organisation")
    } else {
        let names: Vec<_> = props
            .units
            .iter()
            .filter(|unit| user.unit_ids.contains(&unit.id))
            .map(|unit| unit.name.clone())
            .collect();
        names.join(", ")
    };
    let is_open = *props.editing == Some(user.id);
    let toggle_edit = {
        let (editing, id) = (props.editing.clone(), user.id);
        Callback::from(move |_: MouseEvent| editing.set((!is_open).then_some(id)))
    };
    let status = match (user.active, user.invitation_pending) {
        (false, _) => i18n.t("users.inactive"),
        (true, true) => i18n.t("users.pending"),
        (true, false) => i18n.t("users.active"),
    };
    html! {
        <>
        <tr class="user-row">
            <td><strong>{ user.display_name.clone() }</strong><br/><span class="muted">{ user.email.clone() }</span></td>
            <td>{ i18n.t(&format!("role.{}", user.role.as_str())) }</td>
            <td>{ scope }</td>
            <td>{ status }</td>
            <td class="actions">
                <button type="button" class="link" onclick={toggle_edit} aria-expanded={is_open.to_string()}>
                    { i18n.t("structure.edit") }
                </button>
                <button type="button" class="link" onclick={new_link}>{ i18n.t("users.new_link") }</button>
                <button type="button" class="link" onclick={toggle_active}>
                    { if user.active { i18n.t("users.deactivate") } else { i18n.t("users.activate") } }
                </button>
                <ErrorBanner error={(*failed).clone()} />
            </td>
        </tr>
        if is_open {
            <tr class="user-edit"><td colspan="5">
                <UserForm existing={user.clone()} units={props.units.clone()} on_invited={props.show_link.clone()} on_saved={props.reload.clone()} />
            </td></tr>
        }
        </>
    }
}

#[derive(Properties, PartialEq)]
struct UserFormProps {
    /// The account to change; none to invite a new person.
    #[prop_or_default]
    existing: Option<User>,
    units: Vec<Unit>,
    on_invited: Callback<InvitationLink>,
    on_saved: Callback<()>,
}

fn blank_user() -> UserInput {
    UserInput {
        email: String::new(),
        display_name: String::new(),
        role: Role::YouthWorker,
        unit_ids: Vec::new(),
        active: true,
    }
}

#[component]
fn UserForm(props: &UserFormProps) -> Html {
    let i18n = use_i18n();
    let form = use_state(|| {
        props
            .existing
            .as_ref()
            .map_or_else(blank_user, UserInput::from)
    });
    let error = use_state(|| None::<ErrorBody>);
    let on_email = edit(&form, |form, value| form.email = value);
    let on_name = edit(&form, |form, value| form.display_name = value);
    let on_role = edit_select(&form, |form, value| {
        form.role = Role::parse(&value).unwrap_or(form.role);
        if form.role == Role::OrgAdmin {
            form.unit_ids.clear();
        }
    });
    let (onsubmit, title) = match &props.existing {
        None => {
            let on_invited = props
                .on_invited
                .reform(|invited: InvitedUser| invited.invitation);
            let save = |body: UserInput| async move { api::people::invite_user(&body).await };
            let onsubmit = submit(&form, &error, save, &on_invited, blank_user);
            (onsubmit, i18n.t("users.invite"))
        }
        Some(user) => {
            let on_saved = props.on_saved.reform(|_: User| ());
            let id = user.id;
            let save =
                move |body: UserInput| async move { api::people::update_user(id, &body).await };
            let onsubmit = submit(&form, &error, save, &on_saved, blank_user);
            (onsubmit, i18n.t("structure.save"))
        }
    };
    let prefix = props
        .existing
        .as_ref()
        .map_or_else(|| "invite".to_owned(), |user| format!("user-{}", user.id));
    let id = |field: &str| format!("{prefix}-{field}");
    let unit_choices: Html = props
        .units
        .iter()
        .filter(|unit| !unit.archived)
        .map(|unit| {
            let onchange = toggle_in(&form, |form| &mut form.unit_ids, unit.id);
            let id = id(&format!("unit-{}", unit.id));
            html! {
                <label class="check" for={id.clone()}>
                    <input type="checkbox" id={id} checked={form.unit_ids.contains(&unit.id)} {onchange} />
                    { unit.name.clone() }
                </label>
            }
        })
        .collect();
    let error_now = (*error).clone();
    html! {
        <form class="card inline-form" {onsubmit} novalidate=true>
            if props.existing.is_none() { <h2>{ title.clone() }</h2> }
            <ErrorBanner error={error_now.clone()} />
            <label for={id("email")}>{ i18n.t("login.email") }</label>
            <input id={id("email")} type="email" value={form.email.clone()} oninput={on_email} />
            <FieldErrors error={error_now.clone()} path="email" id={id("email-errors")} />
            <label for={id("name")}>{ i18n.t("users.name") }</label>
            <input id={id("name")} value={form.display_name.clone()} oninput={on_name} />
            <FieldErrors error={error_now.clone()} path="display_name" id={id("name-errors")} />
            <label for={id("role")}>{ i18n.t("users.role") }</label>
            <select id={id("role")} onchange={on_role}>
                { options(&i18n, &ORGANISATION_ROLES, "role", form.role, |r| r.as_str()) }
            </select>
            <FieldErrors error={error_now.clone()} path="role" id={id("role-errors")} />
            if form.role != Role::OrgAdmin {
                <fieldset>
                    <legend>{ i18n.t("users.units_hint") }</legend>
                    { unit_choices }
                </fieldset>
            }
            <FieldErrors error={error_now} path="unit_ids" id={id("units-errors")} />
            <button type="submit" id={id("save")}>{ title }</button>
        </form>
    }
}
