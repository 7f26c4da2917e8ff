//! Times of day to the minute ("18:30"), and how long a session lasts when it may cross midnight.

use chrono::{NaiveDate, NaiveDateTime, NaiveTime, TimeDelta, Timelike};
use serde::{Deserialize, Deserializer, Serializer};

const MINUTES_PER_DAY: i32 = 24 * 60;

/// Minutes after midnight.
pub fn minute_of_day(time: NaiveTime) -> i32 {
    i32::try_from(time.hour() * 60 + time.minute()).unwrap_or(0)
}

/// The time `minute` minutes after midnight (taken modulo a day).
pub fn time_of_minute(minute: i32) -> NaiveTime {
    let minute = u32::try_from(minute.rem_euclid(MINUTES_PER_DAY)).unwrap_or(0);
    NaiveTime::from_hms_opt(minute / 60, minute % 60, 0).unwrap_or(NaiveTime::MIN)
}

/// An end earlier than the start means the next day (SPEC 7's counting rules).
pub fn ends_next_day(start: NaiveTime, end: NaiveTime) -> bool {
    minute_of_day(end) < minute_of_day(start)
}

/// Exact minutes from `start` to `end`, across midnight when `end` is earlier. Equal times
/// give 0, which the session rules refuse.
pub fn duration_minutes(start: NaiveTime, end: NaiveTime) -> i32 {
    (minute_of_day(end) - minute_of_day(start)).rem_euclid(MINUTES_PER_DAY)
}

/// Whether a session on `date` from `start` to `end` (the next day when earlier) is running
/// at `at`: from its start up to, not including, its end.
pub fn runs_at(date: NaiveDate, start: NaiveTime, end: NaiveTime, at: NaiveDateTime) -> bool {
    let begins = date.and_time(start);
    let ends = begins + TimeDelta::minutes(i64::from(duration_minutes(start, end)));
    begins <= at && at < ends
}

/// Serde for a time of day as "HH:MM"; "HH:MM:SS" is read too, its seconds dropped.
pub mod hh_mm {
    use super::*;

    pub fn serialize<S: Serializer>(time: &NaiveTime, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(&time.format("%H:%M"))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<NaiveTime, D::Error> {
        let text = String::deserialize(deserializer)?;
        parse(&text).ok_or_else(|| serde::de::Error::custom("expected a time of day as HH:MM"))
    }

    /// Parses "HH:MM" or "HH:MM:SS" to the minute.
    pub fn parse(text: &str) -> Option<NaiveTime> {
        let time = NaiveTime::parse_from_str(text, "%H:%M")
            .or_else(|_| NaiveTime::parse_from_str(text, "%H:%M:%S"))
            .ok()?;
        Some(time_of_minute(minute_of_day(time)))
    }
}

/// The same as [`hh_mm`] for an optional time.
pub mod hh_mm_option {
    use super::*;

    pub fn serialize<S: Serializer>(
        time: &Option<NaiveTime>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        match time {
            Some(time) => hh_mm::serialize(time, serializer),
            None => serializer.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Option<NaiveTime>, D::Error> {
        match Option::<String>::deserialize(deserializer)? {
            Some(text) => hh_mm::parse(&text)
                .map(Some)
                .ok_or_else(|| serde::de::Error::custom("expected a time of day as HH:MM")),
            None => Ok(None),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_session_runs_from_its_start_to_its_end_also_across_midnight() {
        let day = NaiveDate::from_ymd_opt(2026, 11, 20).unwrap();
        let on = |date: NaiveDate, time: &str| date.and_time(at(time));
        let next = day.succ_opt().unwrap();
        assert!(runs_at(day, at("15:00"), at("21:00"), on(day, "15:00")));
        assert!(!runs_at(day, at("15:00"), at("21:00"), on(day, "21:00")));
        assert!(!runs_at(day, at("15:00"), at("21:00"), on(day, "14:59")));
        assert!(runs_at(day, at("21:00"), at("00:30"), on(next, "00:10")));
        assert!(!runs_at(day, at("21:00"), at("00:30"), on(next, "00:30")));
    }

    fn at(text: &str) -> NaiveTime {
        hh_mm::parse(text).unwrap()
    }

    #[test]
    fn a_session_across_midnight_lasts_into_the_next_day() {
        assert_eq!(duration_minutes(at("18:00"), at("21:30")), 210);
        assert_eq!(duration_minutes(at("22:00"), at("02:15")), 255);
        assert!(ends_next_day(at("22:00"), at("02:15")));
        assert!(!ends_next_day(at("18:00"), at("21:30")));
        assert_eq!(duration_minutes(at("10:00"), at("10:00")), 0);
    }

    #[test]
    fn times_read_with_or_without_seconds() {
        assert_eq!(at("07:05:59"), at("07:05"));
        assert_eq!(hh_mm::parse("25:00"), None);
        assert_eq!(time_of_minute(minute_of_day(at("23:59"))), at("23:59"));
    }
}
