//! The organisation's local time (its `time_zone` setting): what "now" and "today" mean when
//! a kiosk checks someone in.

use chrono::{NaiveDateTime, Utc};
use chrono_tz::Tz;
use logbook_shared::FieldError;

/// The zone a setting names, or the field error to answer.
pub fn zone(name: &str) -> Result<Tz, FieldError> {
    name.parse().map_err(|_| {
        FieldError::new(
            "time_zone",
            "unknown_time_zone",
            "Not an IANA time zone such as Europe/Helsinki",
        )
    })
}

/// The wall-clock time now in `zone`.
pub fn now_in(zone: Tz) -> NaiveDateTime {
    Utc::now().with_timezone(&zone).naive_local()
}
