//! Young people for the demo: aliases who check in to the open activities' sessions, a few
//! regulars and many who come now and then, so visitor figures mean something.

use logbook_shared::ids::{AliasId, OrganisationId};
use std::collections::HashMap;

use chrono::{Datelike, NaiveDate};
use logbook_shared::sessions::Gender;
use logbook_shared::visitors::{age_in, alias_key};
use rand::rngs::StdRng;
use rand::seq::IndexedRandom;
use rand::{Rng, SeedableRng};

use super::sessions::OpenSession;
use crate::auth::secret;
use crate::db::DbConn;
use crate::db::queries::aliases::{self, NewAlias};
use crate::db::queries::check_ins::{self, NewCheckIn};

const FIRST: [&str; 8] = [
    "Star", "Pixel", "Storm", "Moss", "Frost", "Echo", "Ember", "Nova",
];
const SECOND: [&str; 8] = ["fox", "owl", "lynx", "wave", "hawk", "bear", "wren", "moth"];
/// Most check-ins come from the first few aliases: a youth centre has its regulars.
const REGULARS: usize = 12;

/// 64 aliases checking in to the open sessions; answers how many check-ins were made.
pub fn add(
    conn: &mut DbConn,
    organisation: OrganisationId,
    open_sessions: &[OpenSession],
) -> anyhow::Result<usize> {
    let mut random = StdRng::seed_from_u64(4);
    let mut people = Vec::new();
    for (first, second) in FIRST
        .iter()
        .flat_map(|f| SECOND.iter().map(move |s| (f, s)))
    {
        let alias = format!("{first}{second}");
        let visitor_key = secret::new_id();
        let gender = *[
            Gender::Girl,
            Gender::Boy,
            Gender::Girl,
            Gender::Boy,
            Gender::NonBinary,
        ]
        .choose(&mut random)
        .unwrap_or(&Gender::NotStated);
        let new = NewAlias {
            alias: &alias,
            alias_key: &alias_key(&alias),
            birth_year: random.random_range(2008..=2014),
            gender,
            pin_hash: None,
            visitor_key: &visitor_key,
        };
        people.push(aliases::insert(conn, organisation, &new)?);
    }
    let mut last_seen: HashMap<AliasId, NaiveDate> = HashMap::new();
    let mut made = 0;
    for (session_id, date) in open_sessions {
        let mut chosen: Vec<usize> = Vec::new();
        for _ in 0..random.random_range(1..=6) {
            let pool = if random.random_bool(0.7) {
                REGULARS
            } else {
                people.len()
            };
            let person = random.random_range(0..pool);
            if !chosen.contains(&person) {
                chosen.push(person);
            }
        }
        for person in chosen {
            let alias = &people[person];
            check_ins::insert(
                conn,
                &NewCheckIn {
                    organisation_id: organisation,
                    session_id: *session_id,
                    alias_id: alias.id,
                    visitor_key: &alias.visitor_key,
                    gender: alias.gender()?,
                    age: age_in(date.year(), alias.birth_year),
                },
            )?;
            last_seen.insert(alias.id, *date);
            made += 1;
        }
    }
    for (alias_id, date) in last_seen {
        if let Some(evening) = date.and_hms_opt(18, 0, 0) {
            aliases::touch(conn, alias_id, evening)?;
        }
    }
    Ok(made)
}
