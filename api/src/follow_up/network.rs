//! Where a network's members stand on the Good Enough indicators in a year: each member
//! measured over the whole organisation against the template's own target (the same bar for
//! everyone), shown as counts of members only.

use chrono::NaiveDate;
use logbook_shared::aims::Indicator;
use logbook_shared::follow_up::{NetworkIndicator, Status};
use logbook_shared::ids::OrganisationId;

use super::metrics::Measurer;
use super::periods::Period;
use super::templates;
use crate::db::DbConn;
use crate::db::queries::organisations;
use crate::error::ApiError;

/// A member: its organisation and the smallest number it allows shown.
pub struct Member {
    pub organisation_id: OrganisationId,
    pub min: i32,
}

/// The counts per Good Enough indicator for the network's admins; for a member's admin
/// (`member_reader`, their organisation) only their own status — beside it, any count would
/// give other members' away (all in one box, or before and after someone joins).
pub fn overview(
    conn: &mut DbConn,
    members: &[Member],
    year: (NaiveDate, NaiveDate),
    language: &str,
    member_reader: Option<OrganisationId>,
) -> Result<Vec<NetworkIndicator>, ApiError> {
    let period = Period {
        from: year.0,
        to: year.1,
    };
    let mut statuses: Vec<Vec<Status>> = Vec::new();
    for member in members {
        let home = organisations::get(conn, member.organisation_id)?.ok_or(diesel::NotFound)?;
        let mut measurer = Measurer::new(&home)?.with_smallest(member.min);
        let mut own = Vec::new();
        for template in templates::all() {
            for (index, input) in template.indicators.iter().enumerate() {
                let indicator = Indicator {
                    id: index as i32 + 1,
                    metric: input.metric,
                    survey_question: input.survey_question.clone(),
                    comparator: input.comparator,
                    targets: vec![logbook_shared::aims::TargetFrom {
                        from: year.0,
                        target: input.target,
                    }],
                    baseline: None,
                    grain: input.grain,
                    min_denominator: input.min_denominator.max(member.min),
                };
                own.push(measurer.value(conn, None, &indicator, period)?.status);
            }
        }
        statuses.push(own);
    }
    let mut shown = Vec::new();
    let mut index = 0;
    for template in templates::all() {
        for input in &template.indicators {
            let count =
                |status: Status| statuses.iter().filter(|own| own[index] == status).count() as i64;
            let counted = |status| member_reader.is_none().then(|| count(status));
            let own = member_reader.and_then(|reader| {
                let at = members
                    .iter()
                    .position(|member| member.organisation_id == reader)?;
                Some(statuses[at][index])
            });
            shown.push(NetworkIndicator {
                template: template.key.clone(),
                title: template.title(language).to_owned(),
                metric: input.metric,
                survey_question: input.survey_question.clone(),
                comparator: input.comparator,
                target: input.target,
                met: counted(Status::Met),
                close: counted(Status::Close),
                not_met: counted(Status::NotMet),
                not_enough_data: counted(Status::NotEnoughData),
                own,
            });
            index += 1;
        }
    }
    Ok(shown)
}
