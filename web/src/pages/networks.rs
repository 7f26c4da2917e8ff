//! The org admin's networks (SPEC 8): answer invitations, end a membership, see the
//! organisation beside each network's median, and every pull that included its figures.

use logbook_shared::ErrorBody;
use logbook_shared::networks::{Comparison, Membership, MembershipStatus, Pull};
use yew::prelude::*;

use crate::api;
use crate::components::errors::ErrorBanner;
use crate::components::form::act;
use crate::components::loading::show;
use crate::components::network_figures::{comparison, pulls};
use crate::hooks::use_load;
use crate::i18n::{I18n, use_i18n};

#[derive(Clone, PartialEq)]
struct Loaded {
    memberships: Vec<Membership>,
    /// This year's comparison for each current membership.
    comparisons: Vec<(String, Comparison)>,
    pulls: Vec<Pull>,
}

#[component]
pub fn NetworksPage() -> Html {
    let i18n = use_i18n();
    let loader = use_load((), |()| load());
    // Why the last answer to an invitation, or ending a membership, failed.
    let failed = use_state(|| None::<ErrorBody>);
    let Some(loaded) = loader.ready() else {
        return show(&loader, |_| html! {});
    };
    let rows: Html = loaded
        .memberships
        .iter()
        .map(|membership| membership_row(&i18n, membership, &failed, &loader.reload))
        .collect();
    let comparisons: Html = loaded
        .comparisons
        .iter()
        .map(|(network, compared)| {
            html! {
                <>
                    <h2>{ i18n.t_with("networks.comparison", &[("network", network)]) }</h2>
                    { comparison(&i18n, compared) }
                </>
            }
        })
        .collect();
    html! {
        <section class="networks">
            <h1>{ i18n.t("networks.title") }</h1>
            <p class="muted">{ i18n.t("networks.intro") }</p>
            if loaded.memberships.is_empty() {
                <p>{ i18n.t("networks.none") }</p>
            }
            <ErrorBanner error={(*failed).clone()} />
            <ul id="memberships" class="plain">{ rows }</ul>
            { comparisons }
            <h2>{ i18n.t("networks.pulls") }</h2>
            { pulls(&i18n, &loaded.pulls) }
        </section>
    }
}

async fn load() -> Result<Loaded, ErrorBody> {
    let memberships = api::networks::own_memberships().await?;
    let query = api::networks::this_calendar_year();
    let mut comparisons = Vec::new();
    for membership in memberships
        .iter()
        .filter(|m| m.status == MembershipStatus::Member)
    {
        let compared = api::networks::comparison(membership.network_id, &query).await?;
        comparisons.push((membership.network_name.clone(), compared));
    }
    Ok(Loaded {
        memberships,
        comparisons,
        pulls: api::networks::own_pulls().await?,
    })
}

fn membership_row(
    i18n: &I18n,
    membership: &Membership,
    failed: &UseStateHandle<Option<ErrorBody>>,
    reload: &Callback<()>,
) -> Html {
    let id = membership.id;
    // Either way the reloaded list shows where the membership stands.
    let done = reload.reform(|_: Membership| ());
    let accept = act(move || api::networks::accept(id), failed, &done);
    let decline = act(move || api::networks::decline(id), failed, &done);
    let end = act(move || api::networks::end(id), failed, &done);
    html! {
        <li key={membership.id.get()} id={format!("membership-{}", membership.network_id)}>
            <strong>{ membership.network_name.clone() }</strong>
            <span class="tag status">{ i18n.t(&format!("membership.{}", membership.status.as_str())) }</span>
            if membership.status == MembershipStatus::Invited {
                <button type="button" class="accept" onclick={accept}>{ i18n.t("membership.accept") }</button>
                <button type="button" class="secondary" onclick={decline}>{ i18n.t("membership.decline") }</button>
            }
            if membership.status == MembershipStatus::Member {
                <button type="button" class="link" onclick={end}>{ i18n.t("membership.end") }</button>
            }
        </li>
    }
}
