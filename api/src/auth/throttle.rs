//! Throttling of guesses: logins per client address and failed ones per account (passwords),
//! and alias attempts per kiosk, per staff account and per alias (aliases and PINs).

use logbook_shared::ids::{KioskId, OrganisationId, UserId};
use std::collections::{HashMap, VecDeque};
use std::net::IpAddr;
use std::num::NonZeroU32;
use std::sync::Mutex;
use std::time::Duration;
use std::time::Instant;

use governor::clock::{Clock, DefaultClock};
use governor::{DefaultKeyedRateLimiter, Quota};

use super::client_address::bucket;

/// Failed attempts per minute for one e-mail address.
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

/// One keyed quota; idle keys are forgotten once many are tracked.
struct Limiter<K: std::hash::Hash + Eq + Clone>(DefaultKeyedRateLimiter<K>);

impl<K: std::hash::Hash + Eq + Clone> Limiter<K> {
    fn new(quota: Quota) -> Self {
        Limiter(DefaultKeyedRateLimiter::keyed(quota))
    }

    /// Counts one attempt; `Err` carries how long to wait.
    fn check(&self, key: &K) -> Result<(), Duration> {
        if self.0.len() > PRUNE_ABOVE {
            self.0.retain_recent();
        }
        let now = DefaultClock::default().now();
        self.0
            .check_key(key)
            .map_err(|denied| denied.wait_time_from(now))
    }
}

/// Failed guesses per key in the last minute: at `most` of them the key waits until the
/// oldest is a minute old. An attempt counts as a miss from the moment it starts (so that
/// guesses sent in parallel cannot all pass before any has failed) until it succeeds;
/// successes never count, so nobody is slowed by their own use.
struct Misses<K: std::hash::Hash + Eq + Clone> {
    most: usize,
    times: Mutex<HashMap<K, VecDeque<Instant>>>,
}

const MISS_WINDOW: Duration = Duration::from_secs(60);

impl<K: std::hash::Hash + Eq + Clone> Misses<K> {
    fn new(most: NonZeroU32) -> Self {
        Misses {
            most: most.get() as usize,
            times: Mutex::new(HashMap::new()),
        }
    }

    /// Counts an attempt as a miss, unless `most` are already counted in the last minute:
    /// then `Err` with the wait.
    fn reserve(&self, key: &K) -> Result<(), Duration> {
        let now = Instant::now();
        let mut times = self
            .times
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if times.len() > PRUNE_ABOVE {
            times.retain(|_, missed| {
                missed
                    .back()
                    .is_some_and(|at| now.duration_since(*at) < MISS_WINDOW)
            });
        }
        let missed = times.entry(key.clone()).or_default();
        missed.retain(|at| now.duration_since(*at) < MISS_WINDOW);
        if let Some(oldest) = missed.front().filter(|_| missed.len() >= self.most) {
            return Err(MISS_WINDOW.saturating_sub(now.duration_since(*oldest)));
        }
        missed.push_back(now);
        Ok(())
    }

    /// The attempt `reserve` counted succeeded: it was no miss.
    fn succeeded(&self, key: &K) {
        let mut times = self
            .times
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if let Some(missed) = times.get_mut(key) {
            missed.pop_back();
        }
    }
}

/// Sign-ins (and current-password checks): every attempt counts per client address; per
/// account only failures count, and an account that failed too often still lets in a correct
/// password from a device it signed in on before — so nobody can lock a named person out.
pub struct LoginThrottle {
    by_address: Limiter<IpAddr>,
    account_misses: Misses<String>,
}

impl Default for LoginThrottle {
    fn default() -> Self {
        Self {
            by_address: Limiter::new(Quota::per_minute(PER_ADDRESS)),
            account_misses: Misses::new(PER_ACCOUNT),
        }
    }
}

impl LoginThrottle {
    /// Counts one attempt on `account` — as a miss until `succeeded`, except from a device
    /// the account signed in on before; `Err` carries how long to wait.
    pub fn attempt(
        &self,
        account: &str,
        address: Option<IpAddr>,
        known_device: bool,
    ) -> Result<(), Duration> {
        if let Some(address) = address {
            self.by_address.check(&bucket(address))?;
        }
        if known_device {
            return Ok(());
        }
        self.account_misses.reserve(&account.to_owned())
    }

    /// The attempt on `account` (from an unknown device) was right.
    pub fn succeeded(&self, account: &str) {
        self.account_misses.succeeded(&account.to_owned());
    }
}

/// Attempts a minute on one kiosk: a check-in takes a young person several seconds, so a
/// queue at the door stays well below this while guessing aliases hits it.
pub const PER_KIOSK: NonZeroU32 = non_zero(30);
/// Aliases a minute one staff account may try to make: far more than anyone registers by hand.
pub const PER_STAFF_ACCOUNT: NonZeroU32 = non_zero(30);
/// Attempts in a row on one alias (a PIN has 10,000 values) before one every few minutes.
pub const PER_ALIAS_BURST: NonZeroU32 = non_zero(5);
const ALIAS_REFILL: Duration = Duration::from_secs(180);

/// Check-ins and new aliases at kiosks and by staff: per device or account, and per alias
/// across the organisation, so neither aliases nor PINs can be guessed quickly. Staff
/// check-ins count per account only when they name no alias (a guess), so a busy evening or
/// an integration emptying its outbox is never slowed.
pub struct AliasThrottle {
    by_kiosk: Limiter<KioskId>,
    by_staff: Limiter<UserId>,
    by_alias: Limiter<(OrganisationId, String)>,
    staff_misses: Misses<UserId>,
}

impl Default for AliasThrottle {
    fn default() -> Self {
        let per_alias = Quota::with_period(ALIAS_REFILL)
            .unwrap_or_else(|| Quota::per_minute(PER_ALIAS_BURST))
            .allow_burst(PER_ALIAS_BURST);
        Self {
            by_kiosk: Limiter::new(Quota::per_minute(PER_KIOSK)),
            by_staff: Limiter::new(Quota::per_minute(PER_STAFF_ACCOUNT)),
            by_alias: Limiter::new(per_alias),
            staff_misses: Misses::new(PER_STAFF_ACCOUNT),
        }
    }
}

impl AliasThrottle {
    /// Counts one attempt at `alias_key` of the organisation from `kiosk`.
    pub fn at_kiosk(
        &self,
        kiosk: KioskId,
        organisation: OrganisationId,
        alias_key: &str,
    ) -> Result<(), Duration> {
        self.by_kiosk.check(&kiosk)?;
        self.by_alias.check(&(organisation, alias_key.to_owned()))
    }

    /// Counts one attempt at `alias_key` by a staff account (`user`), as a kiosk would: making
    /// an alias tells whether it is taken.
    pub fn by_staff(
        &self,
        user: UserId,
        organisation: OrganisationId,
        alias_key: &str,
    ) -> Result<(), Duration> {
        self.by_staff.check(&user)?;
        self.by_alias.check(&(organisation, alias_key.to_owned()))
    }

    /// Counts a staff check-in by `user` as a miss until it finds its alias: refused while
    /// the account has missed 30 times in the last minute. Found aliases never count, so a
    /// busy evening or an integration emptying its outbox is never slowed.
    pub fn staff_check_in(&self, user: UserId) -> Result<(), Duration> {
        self.staff_misses.reserve(&user)
    }

    /// The staff check-in found its alias.
    pub fn staff_found(&self, user: UserId) {
        self.staff_misses.succeeded(&user);
    }
}

/// Survey answers per client address (a school class behind one address answers together),
/// kept in memory only and forgotten as they age: nothing is stored about who answered.
pub struct SurveyThrottle {
    by_address: Limiter<IpAddr>,
}

/// Answers per minute, and at once, from one address.
const SURVEY_ANSWERS_PER_ADDRESS: NonZeroU32 = non_zero(40);

impl Default for SurveyThrottle {
    fn default() -> Self {
        Self {
            by_address: Limiter::new(Quota::per_minute(SURVEY_ANSWERS_PER_ADDRESS)),
        }
    }
}

impl SurveyThrottle {
    /// Counts one answer from `address` (`None`: unknown, counted together).
    pub fn answer(&self, address: Option<IpAddr>) -> Result<(), Duration> {
        let address = address.map_or(IpAddr::from([0, 0, 0, 0]), bucket);
        self.by_address.check(&address)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use logbook_shared::ids::{KioskId, UserId};

    #[test]
    fn sixth_guess_at_one_alias_waits_on_any_kiosk_or_account() {
        let throttle = AliasThrottle::default();
        for kiosk in 1..=4 {
            assert!(
                throttle
                    .at_kiosk(KioskId(kiosk), OrganisationId(1), "fox")
                    .is_ok()
            );
        }
        assert!(
            throttle
                .by_staff(UserId(1), OrganisationId(1), "fox")
                .is_ok()
        );
        let wait = throttle
            .at_kiosk(KioskId(6), OrganisationId(1), "fox")
            .unwrap_err();
        assert!(wait > Duration::from_secs(60));
        assert!(
            throttle
                .by_staff(UserId(2), OrganisationId(1), "fox")
                .is_err()
        );
        assert!(
            throttle
                .at_kiosk(KioskId(6), OrganisationId(2), "fox")
                .is_ok()
        );
    }

    #[test]
    fn staff_wait_after_thirty_check_ins_that_name_no_alias() {
        let throttle = AliasThrottle::default();
        let user = UserId(1);
        for _ in 0..30 {
            assert!(throttle.staff_check_in(user).is_ok());
        }
        // Thirty at once, none answered yet: the next waits.
        let wait = throttle.staff_check_in(user).unwrap_err();
        assert!(wait > Duration::ZERO && wait <= Duration::from_secs(60));
        // Another account is not held, and check-ins that find their alias never count.
        assert!(throttle.staff_check_in(UserId(2)).is_ok());
        let busy = AliasThrottle::default();
        for _ in 0..100 {
            assert!(busy.staff_check_in(user).is_ok());
            busy.staff_found(user);
        }
    }

    #[test]
    fn after_five_failures_an_account_waits_except_on_a_known_device() {
        let throttle = LoginThrottle::default();
        let address = Some(IpAddr::from([10, 0, 0, 1]));
        // Signing in successfully never counts.
        for _ in 0..10 {
            assert!(throttle.attempt("a@example.org", address, false).is_ok());
            throttle.succeeded("a@example.org");
        }
        // Five guesses in flight at once count before any has failed.
        for _ in 0..5 {
            assert!(throttle.attempt("a@example.org", address, false).is_ok());
        }
        let wait = throttle
            .attempt("a@example.org", address, false)
            .unwrap_err();
        assert!(wait > Duration::ZERO && wait <= Duration::from_secs(60));
        assert!(throttle.attempt("a@example.org", address, true).is_ok());
        assert!(throttle.attempt("b@example.org", address, false).is_ok());
    }
}
