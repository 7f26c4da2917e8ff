//! Youth surveys (SPEC 6) beyond the SQL: the built-in templates, the public answering page,
//! and how a stored round is shown.

pub mod answering;
pub mod comparison;
pub mod export;
pub mod keys;
pub mod page;
pub mod poster;
pub mod results;
pub mod templates;

use logbook_shared::ids::OrganisationId;
use logbook_shared::surveys::{RoundStatus, SurveyRound};

use crate::db::DbConn;
use crate::db::queries::organisations::{self, Organisation};
use crate::db::queries::survey_rounds::RoundRecord;

/// The public page's address for a token.
pub fn link(token: &str) -> String {
    format!("/s/{token}")
}

/// Where `round` stands on `today` (the organisation's day).
pub fn status(round: &RoundRecord, today: chrono::NaiveDate) -> RoundStatus {
    RoundStatus::on(
        today,
        round.opens_on,
        round.closes_on,
        round.closed_at.is_some(),
    )
}

/// Whether `round` of the organisation `home` has closed and its last day (or the day it was
/// closed early, where the organisation is) falls in `from`–`to`: what a year's report and a
/// network's comparison count.
pub fn closed_within(
    round: &RoundRecord,
    home: &Organisation,
    from: chrono::NaiveDate,
    to: chrono::NaiveDate,
) -> diesel::QueryResult<bool> {
    let ended = match round.closed_at {
        Some(at) => home.local_day_of(at)?.min(round.closes_on),
        None => round.closes_on,
    };
    let today = home.local_now()?.date();
    Ok((from..=to).contains(&ended) && status(round, today) == RoundStatus::Closed)
}

/// The round as the API shows it to staff; the kiosk link only to those who may run it.
pub fn shown(round: RoundRecord, today: chrono::NaiveDate, runs_it: bool) -> SurveyRound {
    SurveyRound {
        status: status(&round, today),
        id: round.id,
        questionnaire_id: round.questionnaire_id,
        title: round.title,
        opens_on: round.opens_on,
        closes_on: round.closes_on,
        closed_at: round.closed_at,
        language: round.language,
        unit_ids: round.unit_ids,
        activity_ids: round.activity_ids,
        link: link(&round.link_token),
        kiosk_link: runs_it.then(|| link(&round.kiosk_token)),
        responses: round.responses,
        form: round.form,
        created_at: round.created_at,
    }
}

/// Today in the organisation's time zone: a round opens and closes on its days.
pub fn today_of(
    conn: &mut DbConn,
    organisation: OrganisationId,
) -> diesel::QueryResult<chrono::NaiveDate> {
    let organisation = organisations::get(conn, organisation)?.ok_or(diesel::NotFound)?;
    Ok(organisation.local_now()?.date())
}

/// `address` as a QR code, an SVG that scales to its box.
pub fn qr_svg(address: &str) -> String {
    match qrcode::QrCode::new(address.as_bytes()) {
        Ok(code) => code
            .render::<qrcode::render::svg::Color>()
            .min_dimensions(256, 256)
            .quiet_zone(true)
            .build(),
        // A link of our own is far below the largest a QR code holds.
        Err(_) => String::new(),
    }
}
