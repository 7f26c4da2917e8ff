//! Timestamps on the wire: the server keeps them in UTC without a zone (`NaiveDateTime`), and
//! sends them as RFC 3339 with `Z`, as OpenAPI's `date-time` requires. Use on a field with
//! `#[serde(with = "crate::utc")]` (or `crate::utc::option`).

use chrono::{DateTime, NaiveDateTime, SecondsFormat};
use serde::{Deserialize, Deserializer, Serializer};

pub fn serialize<S: Serializer>(at: &NaiveDateTime, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(&at.and_utc().to_rfc3339_opts(SecondsFormat::AutoSi, true))
}

/// Any RFC 3339 time, turned into UTC.
pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<NaiveDateTime, D::Error> {
    parse(&String::deserialize(deserializer)?)
}

fn parse<E: serde::de::Error>(text: &str) -> Result<NaiveDateTime, E> {
    DateTime::parse_from_rfc3339(text)
        .map(|at| at.naive_utc())
        .map_err(E::custom)
}

/// The same for an optional timestamp (`null` when absent).
pub mod option {
    use super::*;

    pub fn serialize<S: Serializer>(
        at: &Option<NaiveDateTime>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        match at {
            Some(at) => super::serialize(at, serializer),
            None => serializer.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Option<NaiveDateTime>, D::Error> {
        Option::<String>::deserialize(deserializer)?
            .map(|text| super::parse(&text))
            .transpose()
    }
}

#[cfg(test)]
mod tests {
    use serde::{Deserialize, Serialize};

    #[derive(Serialize, Deserialize, PartialEq, Debug)]
    struct Stamped {
        #[serde(with = "crate::utc")]
        at: chrono::NaiveDateTime,
        #[serde(with = "crate::utc::option")]
        maybe: Option<chrono::NaiveDateTime>,
    }

    #[test]
    fn timestamps_carry_z_and_read_back() {
        let at = chrono::DateTime::from_timestamp(1_764_625_000, 123_000_000)
            .unwrap()
            .naive_utc();
        let json = serde_json::to_value(Stamped { at, maybe: None }).unwrap();
        assert_eq!(json["at"], "2025-12-01T21:36:40.123Z");
        assert_eq!(json["maybe"], serde_json::Value::Null);
        let back: Stamped = serde_json::from_value(json).unwrap();
        assert_eq!(back.at, at);
        let shifted: Stamped =
            serde_json::from_str(r#"{"at":"2025-12-01T23:36:40.123+02:00","maybe":null}"#).unwrap();
        assert_eq!(shifted.at, at);
    }
}
