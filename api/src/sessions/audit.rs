//! What an audit entry says changed: the session's recorded fields before and after.

use std::collections::BTreeMap;

use logbook_shared::sessions::{FieldChange, Session};
use serde_json::Value;

/// Fields that say who saved when, or follow from others: the entry records those itself.
/// Check-ins are their own record (`check_ins`), not a change staff made.
const NOT_RECORDED: [&str; 7] = [
    "checked_in",
    "id",
    "created_by",
    "created_at",
    "updated_by",
    "updated_at",
    "activity_kind",
];

/// Field → before/after for every recorded field that differs; a missing side (create,
/// delete) records every field.
pub fn changes(before: Option<&Session>, after: Option<&Session>) -> BTreeMap<String, FieldChange> {
    let (before, after) = (fields(before), fields(after));
    let names: std::collections::BTreeSet<&String> = before.keys().chain(after.keys()).collect();
    names
        .into_iter()
        .filter(|name| before.get(*name) != after.get(*name))
        .map(|name| {
            let change = FieldChange {
                before: before.get(name).cloned(),
                after: after.get(name).cloned(),
            };
            (name.clone(), change)
        })
        .collect()
}

fn fields(session: Option<&Session>) -> serde_json::Map<String, Value> {
    let Some(Value::Object(mut map)) = session.and_then(|s| serde_json::to_value(s).ok()) else {
        return serde_json::Map::new();
    };
    for name in NOT_RECORDED {
        map.remove(name);
    }
    map
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;
    use logbook_shared::clock::hh_mm;
    use logbook_shared::ids::{ActivityId, SessionId, UnitId, UserId};
    use logbook_shared::structure::ActivityKind;

    fn session() -> Session {
        let at = NaiveDate::from_ymd_opt(2026, 11, 20)
            .unwrap()
            .and_hms_opt(20, 0, 0)
            .unwrap();
        Session {
            id: SessionId(7),
            activity_id: ActivityId(1),
            unit_id: UnitId(2),
            activity_kind: ActivityKind::Open,
            date: at.date(),
            start_time: hh_mm::parse("18:00").unwrap(),
            end_time: hh_mm::parse("21:00").unwrap(),
            duration_minutes: 180,
            attendance: Vec::new(),
            checked_in: Vec::new(),
            visits: 0,
            youth_led: false,
            youth_producers: 0,
            staff_count: 2,
            volunteer_count: 0,
            notes: "Quiet evening".into(),
            reflection_answers: Vec::new(),
            aim_ids: Vec::new(),
            created_by: UserId(1),
            created_at: at,
            updated_by: UserId(1),
            updated_at: at,
        }
    }

    #[test]
    fn an_update_records_only_what_differs() {
        let before = session();
        let after = Session {
            notes: "Busy evening".into(),
            staff_count: 3,
            updated_by: UserId(9),
            ..before.clone()
        };
        let changes = changes(Some(&before), Some(&after));
        assert_eq!(changes.keys().collect::<Vec<_>>(), ["notes", "staff_count"]);
        assert_eq!(changes["notes"].before, Some(Value::from("Quiet evening")));
        assert_eq!(changes["notes"].after, Some(Value::from("Busy evening")));
    }

    #[test]
    fn a_create_records_every_field() {
        let created = changes(None, Some(&session()));
        assert!(created.contains_key("notes") && !created.contains_key("updated_at"));
        assert!(created.values().all(|change| change.before.is_none()));
    }
}
