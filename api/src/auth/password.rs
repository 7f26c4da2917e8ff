//! argon2id password hashes (PHC strings with their own salt and parameters).

use std::sync::{LazyLock, OnceLock};

use argon2::password_hash::phc::PasswordHash;
use argon2::{Argon2, PasswordHasher, PasswordVerifier};

use crate::error::ApiError;

pub fn hash(password: &str) -> anyhow::Result<String> {
    let hash = Argon2::default()
        .hash_password(password.as_bytes())
        .map_err(|e| anyhow::anyhow!("hashing a password failed: {e}"))?;
    Ok(hash.to_string())
}

fn verify(password: &str, stored: &str) -> bool {
    PasswordHash::new(stored).is_ok_and(|parsed| {
        Argon2::default()
            .verify_password(password.as_bytes(), &parsed)
            .is_ok()
    })
}

/// Spends the same time as a real check, so a login for an unknown e-mail address cannot be
/// told apart from a wrong password by its timing.
fn verify_against_nothing(password: &str) {
    static DUMMY: OnceLock<Option<String>> = OnceLock::new();
    if let Some(dummy) = DUMMY.get_or_init(|| hash("not a real password").ok()) {
        verify(password, dummy);
    }
}

/// Hashes running at once: one core fewer than the machine has (at least one), so a burst of
/// sign-ins queues here and every other request still finds a core.
static HASHING: LazyLock<tokio::sync::Semaphore> = LazyLock::new(|| {
    let cores = std::thread::available_parallelism().map_or(1, usize::from);
    tokio::sync::Semaphore::new(cores.saturating_sub(1).max(1))
});

/// `work` on the blocking pool once a hashing slot is free, holding no database connection:
/// argon2 takes its time by design, and a burst of logins must not starve the pool or the
/// cores.
async fn apart<T: Send + 'static>(
    work: impl FnOnce() -> T + Send + 'static,
) -> Result<T, ApiError> {
    let _slot = HASHING.acquire().await.map_err(ApiError::internal)?;
    actix_web::web::block(work)
        .await
        .map_err(ApiError::internal)
}

/// [`hash`] apart from the request's worker and connection.
pub async fn hash_apart(password: String) -> Result<String, ApiError> {
    apart(move || hash(&password))
        .await?
        .map_err(ApiError::internal)
}

/// [`verify`] on the blocking pool, holding no database connection; with nothing `stored`, or
/// no hash (an account whose invitation is pending has an empty one), it spends the same time
/// and answers `false`, so the timing tells none of these apart from a wrong password.
pub async fn verify_apart(password: String, stored: Option<String>) -> Result<bool, ApiError> {
    apart(
        move || match stored.filter(|stored| PasswordHash::new(stored).is_ok()) {
            Some(stored) => verify(&password, &stored),
            None => {
                verify_against_nothing(&password);
                false
            }
        },
    )
    .await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_verify_and_differ_per_salt() {
        let first = hash("correct horse").unwrap();
        let second = hash("correct horse").unwrap();
        assert!(first.starts_with("$argon2id$"));
        assert_ne!(first, second);
        assert!(verify("correct horse", &first));
        assert!(!verify("wrong horse", &first));
        assert!(!verify("correct horse", "not a hash"));
    }
}
