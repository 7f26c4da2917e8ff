//! The org admin's networks (SPEC 8): answer invitations, end a membership, see the
//! organisation beside each network's median, and every pull that included its figures.

use logbook_shared::ErrorBody;
use logbook_shared::networks::{Comparison, Membership, MembershipStatus, Pull};
use yew::prelude::*;

use crate::api;
use crate::api::reports::this_year;
use crate::components::errors::ErrorBanner;
use crate::components::network_figures::{comparison, pulls};
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
    let generation = use_state(|| 0u32);
    let loaded = use_state(|| None::<Result<Loaded, ErrorBody>>);
    {
        let loaded = loaded.clone();
        use_effect_with(*generation, move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                loaded.set(Some(load().await));
            });
        });
    }
    let reload = {
        let generation = generation.clone();
        Callback::from(move |()| generation.set(*generation + 1))
    };
    let loaded = match &*loaded {
        None => return html! { <p>{ i18n.t("app.loading") }</p> },
        Some(Err(error)) => return html! { <ErrorBanner error={Some(error.clone())} /> },
        Some(Ok(loaded)) => loaded.clone(),
    };
    let rows: Html = loaded
        .memberships
        .iter()
        .map(|membership| membership_row(&i18n, membership, &reload))
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
            <ul id="memberships" class="plain">{ rows }</ul>
            { comparisons }
            <h2>{ i18n.t("networks.pulls") }</h2>
            { pulls(&i18n, &loaded.pulls) }
        </section>
    }
}

async fn load() -> Result<Loaded, ErrorBody> {
    let memberships: Vec<Membership> = api::get("/network-memberships").await?;
    let period = this_year();
    let mut comparisons = Vec::new();
    for membership in memberships
        .iter()
        .filter(|m| m.status == MembershipStatus::Member)
    {
        let path = format!(
            "/networks/{}/comparison?from={}&to={}",
            membership.network_id, period.from, period.to
        );
        comparisons.push((membership.network_name.clone(), api::get(&path).await?));
    }
    Ok(Loaded {
        memberships,
        comparisons,
        pulls: api::get("/network-pulls").await?,
    })
}

fn membership_row(i18n: &I18n, membership: &Membership, reload: &Callback<()>) -> Html {
    let act = |path: String, delete: bool| {
        let reload = reload.clone();
        Callback::from(move |_: MouseEvent| {
            let (reload, path) = (reload.clone(), path.clone());
            wasm_bindgen_futures::spawn_local(async move {
                // Either way the reloaded list shows where the membership stands.
                if delete {
                    let _ = api::delete(&path).await;
                } else {
                    let _: Result<Membership, ErrorBody> = api::post(&path, &()).await;
                }
                reload.emit(());
            });
        })
    };
    let base = format!("/network-memberships/{}", membership.id);
    html! {
        <li key={membership.id.get()} id={format!("membership-{}", membership.network_id)}>
            <strong>{ membership.network_name.clone() }</strong>
            <span class="tag status">{ i18n.t(&format!("membership.{}", membership.status.as_str())) }</span>
            if membership.status == MembershipStatus::Invited {
                <button type="button" class="accept" onclick={act(format!("{base}/accept"), false)}>{ i18n.t("membership.accept") }</button>
                <button type="button" class="secondary" onclick={act(format!("{base}/decline"), false)}>{ i18n.t("membership.decline") }</button>
            }
            if membership.status == MembershipStatus::Member {
                <button type="button" class="link" onclick={act(base.clone(), true)}>{ i18n.t("membership.end") }</button>
            }
        </li>
    }
}
