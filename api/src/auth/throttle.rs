//! Login throttling per account and per client address, so neither one account nor one
//! address can be used to guess passwords quickly.

use std::net::IpAddr;
use std::num::NonZeroU32;
use std::time::Duration;

use governor::clock::{Clock, DefaultClock};
use governor::{DefaultKeyedRateLimiter, Quota};

/// Attempts per minute (and burst) for one e-mail address.
const PER_ACCOUNT: NonZeroU32 = non_zero(5);
/// Attempts per minute (and burst) from one client address: a shared office NAT needs room.
const PER_ADDRESS: NonZeroU32 = non_zero(30);
/// Forget idle keys once this many are tracked.
const PRUNE_ABOVE: usize = 10_000;

const fn non_zero(n: u32) -> NonZeroU32 {
    match NonZeroU32::new(n) {
        Some(n) => n,
        None => panic!("a quota must be positive"),
    }
}

pub struct LoginThrottle {
    by_account: DefaultKeyedRateLimiter<String>,
    by_address: DefaultKeyedRateLimiter<IpAddr>,
}

impl Default for LoginThrottle {
    fn default() -> Self {
        Self {
            by_account: DefaultKeyedRateLimiter::keyed(Quota::per_minute(PER_ACCOUNT)),
            by_address: DefaultKeyedRateLimiter::keyed(Quota::per_minute(PER_ADDRESS)),
        }
    }
}

impl LoginThrottle {
    /// Counts one attempt; `Err` carries how long to wait.
    pub fn attempt(&self, account: &str, address: Option<IpAddr>) -> Result<(), Duration> {
        self.prune();
        let now = DefaultClock::default().now();
        if let Some(address) = address {
            self.by_address
                .check_key(&address)
                .map_err(|denied| denied.wait_time_from(now))?;
        }
        self.by_account
            .check_key(&account.to_owned())
            .map_err(|denied| denied.wait_time_from(now))
    }

    fn prune(&self) {
        if self.by_account.len() > PRUNE_ABOVE {
            self.by_account.retain_recent();
        }
        if self.by_address.len() > PRUNE_ABOVE {
            self.by_address.retain_recent();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sixth_attempt_on_one_account_waits() {
        let throttle = LoginThrottle::default();
        let address = Some(IpAddr::from([10, 0, 0, 1]));
        for _ in 0..5 {
            assert!(throttle.attempt("a@example.org", address).is_ok());
        }
        let wait = throttle.attempt("a@example.org", address).unwrap_err();
        assert!(wait > Duration::ZERO && wait <= Duration::from_secs(60));
        assert!(throttle.attempt("b@example.org", address).is_ok());
    }
}
