//! The demo network's members: five more municipalities' youth services, large and small,
//! each with a year of sessions and its membership accepted, so the network's statistics
//! (small cells suppressed), the median comparison and the survey comparison show something
//! real. The demo
//! municipality itself is not a member: joining is for the visitor to try.

use logbook_shared::Role;
use logbook_shared::ids::{NetworkId, OrganisationId, UnitId, UserId};
use logbook_shared::networks::MembershipStatus;
use logbook_shared::structure::{ActivityKind, DEFAULT_AGE_BANDS, UnitType};

use super::parts::{account, activity_input, unit_input};
use super::sessions::{self, Turnout};
use super::surveys;
use crate::accounts::{self, Home};
use crate::db::DbConn;
use crate::db::queries::{activities, memberships, organisations, rollups, topics, units};

/// A unit of a member: its name, its type and its activities (name and kind).
type MemberUnit = (
    &'static str,
    UnitType,
    &'static [(&'static str, ActivityKind)],
);

/// One member: its name, its org admin, how many come (a divisor of the demo's turnout),
/// and its units with their activities.
struct Member {
    name: &'static str,
    admin: (&'static str, &'static str),
    divided_by: i32,
    units: &'static [MemberUnit],
}

const OPEN_AND_GROUP: &[(&str, ActivityKind)] = &[
    ("Open evenings", ActivityKind::Open),
    ("Wednesday group", ActivityKind::Group),
];

const MEMBERS: [Member; 5] = [
    Member {
        name: "Lakeside youth services",
        admin: ("admin@lakeside.demo.logbook.example", "Lea Lakeside"),
        divided_by: 1,
        units: &[
            (
                "Lakeside youth centre",
                UnitType::YouthCentre,
                OPEN_AND_GROUP,
            ),
            (
                "Lakeside street work",
                UnitType::Department,
                &[("Street work", ActivityKind::Outreach)],
            ),
        ],
    },
    Member {
        name: "Hillcrest youth services",
        admin: ("admin@hillcrest.demo.logbook.example", "Hugo Hillcrest"),
        divided_by: 2,
        units: &[(
            "Hillcrest youth centre",
            UnitType::YouthCentre,
            OPEN_AND_GROUP,
        )],
    },
    Member {
        name: "Riverside youth services",
        admin: ("admin@riverside.demo.logbook.example", "Rita Riverside"),
        divided_by: 2,
        units: &[(
            "Riverside meeting place",
            UnitType::MeetingPlace,
            &[("Open afternoons", ActivityKind::Open)],
        )],
    },
    Member {
        name: "Forest village youth club",
        admin: ("admin@forest.demo.logbook.example", "Frida Forest"),
        divided_by: 6,
        units: &[(
            "Forest village club room",
            UnitType::MeetingPlace,
            &[("Club evenings", ActivityKind::Open)],
        )],
    },
    Member {
        name: "Seaside youth services",
        admin: ("admin@seaside.demo.logbook.example", "Sami Seaside"),
        divided_by: 3,
        units: &[
            (
                "Seaside youth centre",
                UnitType::YouthCentre,
                OPEN_AND_GROUP,
            ),
            (
                "Seaside youth projects",
                UnitType::ProjectOffice,
                &[("Youth exchange", ActivityKind::Group)],
            ),
        ],
    },
];

/// The members with their data, each a member of `network` (invited by `invited_by`).
pub fn add_members(
    conn: &mut DbConn,
    network: NetworkId,
    invited_by: UserId,
) -> anyhow::Result<()> {
    for (index, member) in MEMBERS.iter().enumerate() {
        let organisation = organisations::insert(conn, member.name)?.id;
        topics::insert_built_in(conn, organisation)?;
        let (email, name) = member.admin;
        let admin = accounts::create(
            conn,
            Home::Organisation(organisation),
            &account(email, name),
            Role::OrgAdmin,
        )?;
        let mut first_unit = None;
        for (unit, unit_type, activities) in member.units {
            let unit = add_unit(conn, organisation, unit, *unit_type)?;
            first_unit.get_or_insert(unit);
            for (activity, kind) in *activities {
                add_activity(conn, organisation, unit, activity, *kind)?;
            }
        }
        if let Some(unit) = first_unit {
            // The smaller the member, the fewer answers; each still enough to show.
            let answers = 15 + 30 / member.divided_by as usize;
            let survey = surveys::meeting_place_copy(conn, organisation)?;
            let seed = 2027 + index as u64;
            surveys::autumn_round(
                conn,
                organisation,
                unit,
                (survey.0, &survey.1),
                answers,
                seed,
            )?;
        }
        let turnout = Turnout {
            seed: 2027 + index as u64,
            divided_by: member.divided_by,
        };
        sessions::add_year(conn, organisation, &DEFAULT_AGE_BANDS, turnout, |_| {
            admin.id
        })?;
        rollups::rebuild(conn, organisation)?;
        let membership = memberships::invite(conn, network, organisation, invited_by)?;
        memberships::change_status(
            conn,
            membership,
            &[MembershipStatus::Invited],
            MembershipStatus::Member,
        )?;
    }
    Ok(())
}

fn add_unit(
    conn: &mut DbConn,
    organisation: OrganisationId,
    name: &str,
    unit_type: UnitType,
) -> anyhow::Result<UnitId> {
    Ok(units::insert(conn, organisation, &unit_input(name, unit_type))?.id)
}

fn add_activity(
    conn: &mut DbConn,
    organisation: OrganisationId,
    unit: UnitId,
    name: &str,
    kind: ActivityKind,
) -> anyhow::Result<()> {
    activities::insert(conn, organisation, &activity_input(unit, name, kind))?;
    Ok(())
}
