//! The parts the demo's organisations are built from: accounts with the demo password, units,
//! and activities at their kind's usual times.

use chrono::NaiveDate;
use logbook_shared::auth::NewAccount;
use logbook_shared::clock::hh_mm;
use logbook_shared::ids::UnitId;
use logbook_shared::structure::{
    ActivityInput, ActivityKind, CheckInSetting, DeliveryMode, UnitInput, UnitType,
};

/// Every demo account's password. Public on purpose: it is printed by the run script and
/// written in the README.
pub const DEMO_PASSWORD: &str = "demo-logbook-2026";

pub fn account(email: &str, name: &str) -> NewAccount {
    NewAccount {
        email: email.to_owned(),
        display_name: name.to_owned(),
        password: DEMO_PASSWORD.to_owned(),
    }
}

pub fn unit_input(name: &str, unit_type: UnitType) -> UnitInput {
    UnitInput {
        name: name.to_owned(),
        unit_type,
        archived: false,
        check_in: CheckInSetting::default(),
    }
}

/// An activity as the demo starts one: on site, running since 2025, at its kind's usual times.
pub fn activity_input(unit_id: UnitId, name: &str, kind: ActivityKind) -> ActivityInput {
    ActivityInput {
        unit_id,
        name: name.to_owned(),
        kind,
        delivery_mode: DeliveryMode::OnSite,
        platform: None,
        topic_ids: Vec::new(),
        active_from: NaiveDate::from_ymd_opt(2025, 1, 1),
        active_to: None,
        archived: false,
        project: None,
        usual_start_time: usual_times(kind).and_then(|(start, _)| hh_mm::parse(start)),
        usual_end_time: usual_times(kind).and_then(|(_, end)| hh_mm::parse(end)),
    }
}

/// When sessions of each kind usually run; street work goes on past midnight, a one-off event
/// has no usual time.
fn usual_times(kind: ActivityKind) -> Option<(&'static str, &'static str)> {
    match kind {
        ActivityKind::Open => Some(("15:00", "21:00")),
        ActivityKind::Group => Some(("17:00", "19:00")),
        ActivityKind::Project => Some(("16:00", "18:00")),
        ActivityKind::Outreach => Some(("21:00", "00:30")),
        ActivityKind::Event => None,
    }
}
