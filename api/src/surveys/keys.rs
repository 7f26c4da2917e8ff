//! The keys of the survey pages: what the server keeps of a device that answered (a keyed
//! hash), and the signed moment a form was handed out.

use std::time::{SystemTime, UNIX_EPOCH};

use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};

/// Seconds a person needs at least between opening the form and sending it.
const MIN_SECONDS_TO_ANSWER: u64 = 3;
/// A form handed out longer ago than this is handed out again (a copied one cannot be
/// replayed for ever).
const MAX_SECONDS_TO_ANSWER: u64 = 24 * 60 * 60;

/// The keys of the survey pages, derived from the server's token secret under a purpose of
/// their own.
pub struct SurveyKeys {
    key: [u8; 32],
}

impl SurveyKeys {
    pub fn new(secret: &[u8]) -> SurveyKeys {
        let mut key = Sha256::new();
        key.update(b"logbook survey pages\0");
        key.update(secret);
        SurveyKeys {
            key: key.finalize().into(),
        }
    }

    fn mac(&self, parts: &[&str]) -> Option<Vec<u8>> {
        let mut mac = Hmac::<Sha256>::new_from_slice(&self.key).ok()?;
        for part in parts {
            mac.update(part.as_bytes());
            mac.update(b"\0");
        }
        Some(mac.finalize().into_bytes().to_vec())
    }

    /// What the server keeps of a device that answered a round.
    pub fn device_hash(&self, round: i64, device: &str) -> Option<String> {
        Some(hex::encode(self.mac(&[
            "device",
            &round.to_string(),
            device,
        ])?))
    }

    /// The moment a form was handed out, signed so that it cannot be made up.
    pub fn started(&self, round: i64, at: u64) -> String {
        let signature = self
            .mac(&["started", &round.to_string(), &at.to_string()])
            .unwrap_or_default();
        format!("{at}.{}", hex::encode(signature))
    }

    /// Whether `started` is one of ours for `round`, at least the minimum time ago.
    pub fn answered_slowly_enough(&self, round: i64, started: &str, now: u64) -> bool {
        let Some((at, _)) = started.split_once('.') else {
            return false;
        };
        let Ok(at_seconds) = at.parse::<u64>() else {
            return false;
        };
        self.started(round, at_seconds) == started
            && (at_seconds + MIN_SECONDS_TO_ANSWER..=at_seconds + MAX_SECONDS_TO_ANSWER)
                .contains(&now)
    }
}

/// Seconds since 1970, as the handed-out moments count.
pub fn unix_now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |since| since.as_secs())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_form_counts_as_answered_slowly_enough_only_when_signed_and_old_enough() {
        let keys = SurveyKeys::new(b"secret");
        let started = keys.started(7, 1000);
        assert!(keys.answered_slowly_enough(7, &started, 1000 + MIN_SECONDS_TO_ANSWER));
        assert!(!keys.answered_slowly_enough(7, &started, 1001));
        assert!(
            !keys.answered_slowly_enough(7, &started, 1001 + MAX_SECONDS_TO_ANSWER),
            "stale"
        );
        assert!(
            !keys.answered_slowly_enough(8, &started, 2000),
            "another round's"
        );
        assert!(!keys.answered_slowly_enough(7, "900.00", 2000), "made up");
        let other = SurveyKeys::new(b"other");
        assert_ne!(
            other.device_hash(7, "device"),
            keys.device_hash(7, "device")
        );
    }
}
