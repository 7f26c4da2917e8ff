//! Throttling of guesses: logins per account and per client address (passwords), and alias
//! attempts per kiosk, per staff account and per alias (aliases and PINs).

use logbook_shared::ids::{KioskId, OrganisationId, UserId};
use std::collections::HashMap;
use std::net::IpAddr;
use std::num::NonZeroU32;
use std::sync::Mutex;
use std::time::Duration;
use std::time::Instant;

use governor::clock::{Clock, DefaultClock};
use governor::{DefaultKeyedRateLimiter, Quota};

use super::client_address::bucket;

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

pub struct LoginThrottle {
    by_account: Limiter<String>,
    by_address: Limiter<IpAddr>,
}

impl Default for LoginThrottle {
    fn default() -> Self {
        Self {
            by_account: Limiter::new(Quota::per_minute(PER_ACCOUNT)),
            by_address: Limiter::new(Quota::per_minute(PER_ADDRESS)),
        }
    }
}

impl LoginThrottle {
    /// Counts one attempt; `Err` carries how long to wait.
    pub fn attempt(&self, account: &str, address: Option<IpAddr>) -> Result<(), Duration> {
        if let Some(address) = address {
            self.by_address.check(&bucket(address))?;
        }
        self.by_account.check(&account.to_owned())
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
    staff_misses: Limiter<UserId>,
    /// Accounts that missed too often, and until when they wait.
    held: Mutex<HashMap<UserId, Instant>>,
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
            staff_misses: Limiter::new(Quota::per_minute(PER_STAFF_ACCOUNT)),
            held: Mutex::new(HashMap::new()),
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

    /// Counts a staff check-in at `alias_key`: refused while the account is held for missing
    /// too often, and like any attempt on the alias.
    pub fn staff_check_in(
        &self,
        user: UserId,
        organisation: OrganisationId,
        alias_key: &str,
    ) -> Result<(), Duration> {
        let now = Instant::now();
        let mut held = self
            .held
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        match held.get(&user) {
            Some(until) if *until > now => return Err(*until - now),
            Some(_) => {
                held.remove(&user);
            }
            None => {}
        }
        drop(held);
        self.by_alias.check(&(organisation, alias_key.to_owned()))
    }

    /// A staff check-in named no alias: past the quota, the account waits.
    pub fn staff_missed(&self, user: UserId) {
        if let Err(wait) = self.staff_misses.check(&user) {
            let mut held = self
                .held
                .lock()
                .unwrap_or_else(|poisoned| poisoned.into_inner());
            held.insert(user, Instant::now() + wait.max(Duration::from_secs(1)));
        }
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
        let (user, organisation) = (UserId(1), OrganisationId(1));
        for guess in 0..30 {
            let key = format!("guess {guess}");
            assert!(throttle.staff_check_in(user, organisation, &key).is_ok());
            throttle.staff_missed(user);
        }
        throttle.staff_missed(user);
        assert!(
            throttle
                .staff_check_in(user, organisation, "one more")
                .is_err()
        );
        // Another account, and check-ins that find their alias, are not held.
        assert!(
            throttle
                .staff_check_in(UserId(2), organisation, "fox")
                .is_ok()
        );
        let busy = AliasThrottle::default();
        for visitor in 0..100 {
            assert!(
                busy.staff_check_in(user, organisation, &format!("visitor {visitor}"))
                    .is_ok()
            );
        }
    }

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
