//! A round's printable A4 poster: a call to answer, the round's title, its QR code large
//! enough to scan from a step away, the last day, and the link to type by hand.

use chrono::NaiveDate;

use logbook_shared::ErrorCode;

use crate::error::ApiError;
use crate::pdf::{BODY, HEADING, TITLE};
use crate::texts::Texts;

/// The QR code's side, in millimetres.
const CODE_SIDE: f32 = 110.0;
const CALL: f32 = 30.0;

pub fn poster(
    title: &str,
    closes_on: NaiveDate,
    address: &str,
    texts: &Texts,
) -> Result<Vec<u8>, ApiError> {
    // The address comes from the request's host: one too long for a code is the caller's.
    let code = qrcode::QrCode::new(address.as_bytes()).map_err(|_| {
        ApiError::new(
            ErrorCode::BadRequest,
            "The address this server was reached by is too long for a QR code",
        )
    })?;
    let dark: Vec<bool> = code
        .to_colors()
        .iter()
        .map(|color| *color == qrcode::Color::Dark)
        .collect();
    let open_until = texts.text(
        "survey-poster-open",
        &[("date", texts.formats.date(closes_on))],
    );
    crate::pdf::write(title, |pages| {
        pages.centred(&texts.label("survey-poster-title"), CALL);
        pages.gap();
        pages.centred(title, TITLE);
        pages.gap();
        pages.centred(&texts.label("survey-poster-text"), HEADING);
        pages.gap();
        pages.gap();
        pages.modules(&dark, code.width(), CODE_SIDE);
        pages.gap();
        pages.gap();
        pages.centred(&open_until, HEADING);
        pages.centred(address, BODY);
    })
}
