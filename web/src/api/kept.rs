//! Answers kept on the device between visits: who signed in and what the session form needs,
//! so that "Log a session" opens at once, and with no signal at all. Each is kept with what
//! it answered (an organisation, a filter) and read back only for the same question; every
//! start asks the server again. Signing out, or a sign-in the server no longer accepts,
//! forgets them all.

use gloo::storage::{LocalStorage, Storage};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

const PREFIX: &str = "logbook.kept.";

#[derive(Serialize, Deserialize)]
struct Kept<Q, T> {
    question: Q,
    answer: T,
}

/// The answer kept under `name` for `question`, if any.
pub fn read<Q, T>(name: &str, question: &Q) -> Option<T>
where
    Q: Serialize + DeserializeOwned + PartialEq,
    T: DeserializeOwned,
{
    let kept: Kept<Q, T> = LocalStorage::get(format!("{PREFIX}{name}")).ok()?;
    (kept.question == *question).then_some(kept.answer)
}

/// Keeps `answer` to `question` under `name`, in place of the one before.
pub fn keep<Q: Serialize, T: Serialize>(name: &str, question: &Q, answer: &T) {
    // A full or refused storage only costs the next quick start.
    let _ = LocalStorage::set(format!("{PREFIX}{name}"), Kept { question, answer });
}

/// Forgets every kept answer.
pub fn forget_all() {
    let Some(storage) = web_sys::window().and_then(|window| window.local_storage().ok().flatten())
    else {
        return;
    };
    let names: Vec<String> = (0..storage.length().unwrap_or(0))
        .filter_map(|index| storage.key(index).ok().flatten())
        .filter(|name| name.starts_with(PREFIX))
        .collect();
    for name in names {
        let _ = storage.remove_item(&name);
    }
}
