//! `logbook seed-demo`: a demo municipality to click through — three youth centres,
//! activities of every kind, accounts of every role, a year of sessions, surveys and aims
//! followed up (`aims.rs`) — and a national network of five other municipalities with their
//! year (`network.rs`). Running it twice changes nothing.

use logbook_shared::ids::{OrganisationId, UnitId, UserId};
mod aims;
pub mod bench;
mod network;
mod parts;
mod sessions;
mod surveys;
mod visitors;

use chrono::NaiveDate;
use logbook_shared::structure::{
    ActivityFilter, ActivityInput, ActivityKind, CheckInSetting, DEFAULT_AGE_BANDS, DeliveryMode,
    ProjectDetails, UnitInput, UnitType,
};
use logbook_shared::{ListQuery, Role};

use crate::accounts::{self, Home};
use crate::db::DbConn;
use crate::db::queries::{activities, networks, organisations, rollups, topics, units, users};
use parts::{account, activity_input, unit_input};
use sessions::Turnout;

pub const DEMO_ORGANISATION: &str = "Demo municipality youth services";
pub const DEMO_NETWORK: &str = "Demo national youth work network";
pub const DEMO_EMAIL: &str = "mentor@demo.logbook.example";
pub use parts::DEMO_PASSWORD;

const UNITS: [&str; 3] = [
    "Northside youth centre",
    "Harbour youth centre",
    "Old Town youth centre",
];

/// (unit index, name, kind, delivery mode, platform, topic keys)
type ActivitySeed = (
    usize,
    &'static str,
    ActivityKind,
    DeliveryMode,
    Option<&'static str>,
    &'static [&'static str],
);

const ACTIVITIES: [ActivitySeed; 8] = [
    (
        0,
        "Open evenings",
        ActivityKind::Open,
        DeliveryMode::OnSite,
        None,
        &["leisure"],
    ),
    (
        0,
        "Girls' group",
        ActivityKind::Group,
        DeliveryMode::OnSite,
        None,
        &["culture", "counselling"],
    ),
    (
        0,
        "Summer festival",
        ActivityKind::Event,
        DeliveryMode::OnSite,
        None,
        &["culture"],
    ),
    (
        1,
        "Open afternoons",
        ActivityKind::Open,
        DeliveryMode::OnSite,
        None,
        &["leisure", "sport"],
    ),
    (
        1,
        "Street work in the harbour",
        ActivityKind::Outreach,
        DeliveryMode::OnSite,
        None,
        &["information"],
    ),
    (
        1,
        "Gaming nights online",
        ActivityKind::Open,
        DeliveryMode::Digital,
        Some("Discord"),
        &["leisure"],
    ),
    (
        2,
        "Homework help",
        ActivityKind::Group,
        DeliveryMode::Hybrid,
        Some("Teams"),
        &["learning_support"],
    ),
    (
        2,
        "Youth council project",
        ActivityKind::Project,
        DeliveryMode::OnSite,
        None,
        &["volunteering"],
    ),
];

/// (e-mail, name, role, unit indexes: empty for the whole organisation)
const ORGANISATION_USERS: [(&str, &str, Role, &[usize]); 5] = [
    (DEMO_EMAIL, "Maja Mentor", Role::OrgAdmin, &[]),
    (
        "manager@demo.logbook.example",
        "Mats Manager",
        Role::UnitManager,
        &[0],
    ),
    (
        "worker@demo.logbook.example",
        "Wille Worker",
        Role::YouthWorker,
        &[0],
    ),
    (
        "harbour@demo.logbook.example",
        "Hanna Harbour",
        Role::YouthWorker,
        &[1, 2],
    ),
    (
        "viewer@demo.logbook.example",
        "Vera Viewer",
        Role::Viewer,
        &[],
    ),
];

pub fn demo(conn: &mut DbConn) -> anyhow::Result<()> {
    crate::db::write_transaction(conn, |conn| {
        if organisations::find_by_name(conn, DEMO_ORGANISATION)?.is_some() {
            return Ok(());
        }
        let organisation = organisations::insert(conn, DEMO_ORGANISATION)?.id;
        topics::insert_built_in(conn, organisation)?;
        let unit_ids = UNITS
            .iter()
            .map(|name| {
                let input = unit_input(name, UnitType::YouthCentre);
                units::insert(conn, organisation, &input).map(|unit| unit.id)
            })
            .collect::<Result<Vec<_>, _>>()?;
        add_activities(conn, organisation, &unit_ids)?;
        open_sessions_on_check_in(conn, organisation, unit_ids[0])?;
        let mut workers = Vec::new();
        let mut admin = UserId(0);
        for (email, name, role, units) in ORGANISATION_USERS {
            let user = accounts::create(
                conn,
                Home::Organisation(organisation),
                &account(email, name),
                role,
            )?;
            let scope: Vec<UnitId> = units.iter().map(|index| unit_ids[*index]).collect();
            users::set_unit_ids(conn, organisation, user.id, &scope)?;
            match role {
                Role::YouthWorker => workers.push((user.id, scope)),
                Role::OrgAdmin => admin = user.id,
                _ => {}
            }
        }
        // Each unit's sessions are logged by its youth worker.
        let logger = |unit: UnitId| {
            workers
                .iter()
                .find(|(_, scope)| scope.contains(&unit))
                .map_or(UserId(0), |(id, _)| *id)
        };
        let open_sessions = sessions::add_year(
            conn,
            organisation,
            &DEFAULT_AGE_BANDS,
            Turnout::DEMO,
            logger,
        )?;
        visitors::add(conn, organisation, &open_sessions)?;
        let today = organisations::get(conn, organisation)?
            .ok_or(diesel::NotFound)?
            .local_now()?
            .date();
        surveys::add(conn, organisation, unit_ids[0], today)?;
        // Stored straight, not through the API: sum up the reports' months once.
        rollups::rebuild(conn, organisation)?;
        aims::add(conn, organisation, unit_ids[0], admin, today)?;
        let network = networks::insert(conn, DEMO_NETWORK)?.id;
        let network_staff = account("network@demo.logbook.example", "Nora Network");
        let network_admin = accounts::create(
            conn,
            Home::Network(network),
            &network_staff,
            Role::NetworkAdmin,
        )?;
        network::add_members(conn, network, network_admin.id)?;
        let admin = account("admin@demo.logbook.example", "Sam Sysadmin");
        accounts::create(conn, Home::Instance, &admin, Role::SystemAdmin)?;
        Ok(())
    })
}

/// Northside's kiosk opens the day's open evening when nobody has logged it yet, so the demo
/// kiosk works at any hour.
fn open_sessions_on_check_in(
    conn: &mut DbConn,
    organisation: OrganisationId,
    unit: UnitId,
) -> anyhow::Result<()> {
    let all = ListQuery {
        limit: Some(200),
        cursor: None,
    };
    let filter = ActivityFilter {
        unit_id: Some(unit),
        ..ActivityFilter::default()
    };
    let open = activities::list(conn, organisation, None, &filter, &all)?
        .into_iter()
        .find(|activity| activity.kind == ActivityKind::Open);
    if let Some(row) = units::get(conn, organisation, unit)? {
        let mut input = UnitInput::from(&row.into_dto()?);
        input.check_in = CheckInSetting {
            check_in_opens_session: open.is_some(),
            default_open_activity_id: open.map(|activity| activity.id),
        };
        units::update(conn, organisation, unit, &input)?;
    }
    Ok(())
}

fn add_activities(
    conn: &mut DbConn,
    organisation: OrganisationId,
    unit_ids: &[UnitId],
) -> anyhow::Result<()> {
    let all_topics = ListQuery {
        limit: Some(200),
        cursor: None,
    };
    let topic_list = topics::list(conn, organisation, None, &all_topics)?;
    for (unit, name, kind, delivery_mode, platform, topic_keys) in ACTIVITIES {
        let topic_ids = topic_list
            .iter()
            .filter(|topic| {
                topic
                    .key
                    .as_deref()
                    .is_some_and(|key| topic_keys.contains(&key))
            })
            .map(|topic| topic.id)
            .collect();
        let input = ActivityInput {
            delivery_mode,
            platform: platform.map(str::to_owned),
            topic_ids,
            project: (kind == ActivityKind::Project).then(youth_council),
            ..activity_input(unit_ids[unit], name, kind)
        };
        activities::insert(conn, organisation, &input)?;
    }
    Ok(())
}

fn youth_council() -> ProjectDetails {
    ProjectDetails {
        start_date: NaiveDate::from_ymd_opt(2026, 2, 1).unwrap_or_default(),
        end_date: NaiveDate::from_ymd_opt(2026, 12, 15).unwrap_or_default(),
        goals: "Young people run a council that advises the municipality on leisure spending."
            .into(),
        target_group: "Young people aged 13-19 in Old Town".into(),
        description: "Monthly council meetings prepared with youth workers; two proposals a term."
            .into(),
        partners: "Old Town school, municipal leisure department".into(),
        funding_programme: "Erasmus+ Youth Participation".into(),
        contact_person: "Maja Mentor".into(),
    }
}
