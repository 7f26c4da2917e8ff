//! A value that follows another once it has stopped changing: a search asks the server once
//! the person pauses typing, not at every key.

use gloo::timers::callback::Timeout;
use yew::prelude::*;

/// `value`, `millis` after its last change.
#[hook]
pub fn use_debounced<T: Clone + PartialEq + 'static>(value: T, millis: u32) -> T {
    let settled = use_state(|| value.clone());
    {
        let settled = settled.clone();
        use_effect_with(value, move |value| {
            let value = value.clone();
            let timeout = Timeout::new(millis, move || settled.set(value));
            // A newer value cancels the wait for this one.
            move || drop(timeout)
        });
    }
    (*settled).clone()
}
