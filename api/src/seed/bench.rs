//! `logbook seed-bench --orgs N --years Y`: national-scale data for the report benchmarks —
//! per organisation 10 units with an open activity, a group and street work each, about
//! 3,700 sessions a year with 3–5 attendance cells, 200 aliases and two check-ins at every
//! open session. 300 organisations over 5 years make about 5.5 million sessions. Inserted in
//! batches, one transaction per organisation, with a progress bar.

use chrono::{Datelike, Duration, NaiveDate, Utc};
use indicatif::{ProgressBar, ProgressStyle};
use logbook_shared::Role;
use logbook_shared::ids::{AliasId, OrganisationId, SessionId, UnitId};
use logbook_shared::structure::{ActivityInput, ActivityKind, CheckInSetting, UnitInput, UnitType};
use logbook_shared::visitors::age_in;
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

use crate::db::DbConn;
use crate::db::queries::bulk::{self, AliasRecord, AttendanceRecord, CheckInRecord};
use crate::db::queries::sessions::SessionRow;
use crate::db::queries::users::NewUser;
use crate::db::queries::{activities, organisations, rollups, units, users};

/// How much to make.
#[derive(Debug, Clone, Copy)]
pub struct Scale {
    pub organisations: usize,
    pub years: u32,
}

/// What was made.
#[derive(Debug, Default)]
pub struct Made {
    pub sessions: usize,
    pub attendance_rows: usize,
    pub check_ins: usize,
}

const UNITS_PER_ORGANISATION: usize = 10;
const ALIASES_PER_ORGANISATION: usize = 200;
/// (kind, start minute, duration in minutes): one of each per unit.
const ACTIVITIES: [(ActivityKind, i32, i32); 3] = [
    (ActivityKind::Open, 15 * 60, 360),
    (ActivityKind::Group, 17 * 60, 120),
    (ActivityKind::Outreach, 21 * 60, 210),
];
/// An activity meets every third day.
const EVERY_NTH_DAY: i64 = 3;
const GENDERS: [&str; 4] = ["girl", "boy", "non_binary", "not_stated"];
const BANDS: [(i32, i32); 5] = [(6, 12), (13, 15), (16, 18), (19, 24), (25, 29)];

pub fn name(index: usize) -> String {
    format!("Bench organisation {index:03}")
}

pub fn seed(conn: &mut DbConn, scale: Scale) -> anyhow::Result<Made> {
    if organisations::find_by_name(conn, &name(1))?.is_some() {
        anyhow::bail!("bench data is there already; use a fresh database");
    }
    let to = Utc::now().date_naive() - Duration::days(1);
    let from = to - Duration::days(365 * i64::from(scale.years));
    let progress = ProgressBar::new(scale.organisations as u64);
    progress.set_style(ProgressStyle::with_template(
        "{bar:40} {pos}/{len} organisations, {msg} [{elapsed}, ~{eta} left]",
    )?);
    let mut made = Made::default();
    for index in 1..=scale.organisations {
        crate::db::write_transaction(conn, |conn| organisation(conn, index, from, to, &mut made))?;
        progress.set_message(format!("{} sessions", made.sessions));
        progress.inc(1);
    }
    progress.set_message("analysing");
    bulk::analyze(conn)?;
    progress.finish();
    Ok(made)
}

/// One organisation with its units, activities, aliases, sessions and check-ins.
fn organisation(
    conn: &mut DbConn,
    index: usize,
    from: NaiveDate,
    to: NaiveDate,
    made: &mut Made,
) -> anyhow::Result<()> {
    let mut random = StdRng::seed_from_u64(index as u64);
    let organisation = organisations::insert(conn, &name(index))?.id;
    let email = format!("bench-{index}@bench.logbook.example");
    let now = crate::db::queries::now();
    let user = users::insert(
        conn,
        &NewUser {
            organisation_id: Some(organisation),
            network_id: None,
            email: &email,
            // Nobody signs in as this account: it only logs the generated sessions.
            password_hash: "",
            display_name: "Bench",
            role: Role::OrgAdmin.as_str(),
            active: true,
            created_at: now,
        },
    )?
    .id;
    let (mut session_id, first_alias) = bulk::next_ids(conn)?;
    let aliases = aliases(&mut random, organisation, first_alias, from.year(), now);
    let mut sessions = Vec::new();
    let mut cells = Vec::new();
    let mut check_ins = Vec::new();
    for unit_index in 0..UNITS_PER_ORGANISATION {
        let unit = units::insert(
            conn,
            organisation,
            &UnitInput {
                name: format!("Unit {unit_index}"),
                unit_type: UnitType::YouthCentre,
                archived: false,
                check_in: CheckInSetting::default(),
            },
        )?
        .id;
        for (offset, (kind, start, minutes)) in ACTIVITIES.iter().enumerate() {
            let activity = activities::insert(conn, organisation, &activity_input(unit, *kind))?.id;
            let mut date = from + Duration::days(offset as i64);
            while date <= to {
                let end = (start + minutes) % (24 * 60);
                sessions.push(SessionRow {
                    id: SessionId(session_id),
                    organisation_id: organisation,
                    unit_id: unit,
                    activity_id: activity,
                    date,
                    start_minute: *start,
                    end_minute: end,
                    duration_minutes: *minutes,
                    youth_led: random.random_bool(0.2),
                    youth_producers: random.random_range(0..4),
                    staff_count: 2,
                    volunteer_count: random.random_range(0..3),
                    notes: String::new(),
                    created_by: user,
                    created_at: now,
                    updated_by: user,
                    updated_at: now,
                });
                attendance(&mut random, organisation, SessionId(session_id), &mut cells);
                if *kind == ActivityKind::Open {
                    visits(
                        &mut random,
                        organisation,
                        SessionId(session_id),
                        date,
                        &aliases,
                        &mut cells,
                        &mut check_ins,
                    );
                }
                session_id += 1;
                date += Duration::days(EVERY_NTH_DAY);
            }
        }
    }
    made.sessions += bulk::insert_sessions(conn, &sessions)?;
    bulk::insert_aliases(conn, &aliases)?;
    made.attendance_rows += bulk::insert_attendance(conn, &cells)?;
    made.check_ins += bulk::insert_check_ins(conn, &check_ins)?;
    // In the same transaction: a run stopped later leaves the sequences and roll-ups right.
    bulk::catch_up_sequences(conn)?;
    rollups::rebuild(conn, organisation)?;
    Ok(())
}

fn activity_input(unit_id: UnitId, kind: ActivityKind) -> ActivityInput {
    ActivityInput::new(unit_id, format!("{} activity", kind.as_str()), kind)
}

/// Aged 6 to 20 when the data starts.
fn aliases(
    random: &mut StdRng,
    organisation: OrganisationId,
    first_id: i64,
    first_year: i32,
    now: chrono::NaiveDateTime,
) -> Vec<AliasRecord> {
    (0..ALIASES_PER_ORGANISATION)
        .map(|index| {
            let alias = format!("Visitor {index}");
            AliasRecord {
                id: AliasId(first_id + index as i64),
                organisation_id: organisation,
                alias_key: alias.to_lowercase(),
                alias,
                birth_year: random.random_range(first_year - 20..=first_year - 6),
                gender: GENDERS[random.random_range(0..3)],
                pin_hash: None,
                visitor_key: format!("bench-{organisation}-{index}"),
                created_at: now,
                last_seen_at: now,
            }
        })
        .collect()
}

/// 3–5 cells entered by staff.
fn attendance(
    random: &mut StdRng,
    organisation: OrganisationId,
    session_id: SessionId,
    cells: &mut Vec<AttendanceRecord>,
) {
    for _ in 0..random.random_range(3..=5) {
        let (gender, band) = (
            GENDERS[random.random_range(0..GENDERS.len())],
            BANDS[random.random_range(0..BANDS.len())],
        );
        let known = random.random_bool(0.95);
        cells.push(AttendanceRecord {
            organisation_id: organisation,
            session_id,
            gender,
            age_min: known.then_some(band.0),
            age_max: known.then_some(band.1),
            count: random.random_range(1..=12),
            checked_in: false,
        });
    }
}

/// Two aliases check in, each counted in the session's attendance at their exact age.
fn visits(
    random: &mut StdRng,
    organisation: OrganisationId,
    session_id: SessionId,
    date: NaiveDate,
    aliases: &[AliasRecord],
    cells: &mut Vec<AttendanceRecord>,
    check_ins: &mut Vec<CheckInRecord>,
) {
    let first = random.random_range(0..aliases.len());
    let second = (first + random.random_range(1..aliases.len())) % aliases.len();
    for alias in [&aliases[first], &aliases[second]] {
        let age = age_in(date.year(), alias.birth_year);
        check_ins.push(CheckInRecord {
            organisation_id: organisation,
            session_id,
            alias_id: Some(alias.id),
            visitor_key: alias.visitor_key.clone(),
            gender: alias.gender,
            age,
            checked_in_at: date.and_hms_opt(16, 0, 0).unwrap_or_default(),
        });
        cells.push(AttendanceRecord {
            organisation_id: organisation,
            session_id,
            gender: alias.gender,
            age_min: Some(age),
            age_max: Some(age),
            count: 1,
            checked_in: true,
        });
    }
}
