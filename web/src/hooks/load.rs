//! One way to load: a request per change of what it depends on, its state (loading, failed,
//! ready), a retry, and no stale answer — an answer to an earlier request that arrives after
//! a later one was made is dropped, so the page never shows figures of a period or a search
//! it no longer asks for.

use std::cell::RefCell;
use std::future::Future;
use std::rc::Rc;

use logbook_shared::{ErrorBody, ErrorCode};
use serde::Serialize;
use serde::de::DeserializeOwned;
use yew::prelude::*;

use crate::api;

/// Where a load stands.
#[derive(Clone, PartialEq)]
pub enum Load<T> {
    Loading,
    Failed(ErrorBody),
    Ready(T),
}

/// A load and the way to run it again (after a failure, or after a change the page made).
#[derive(Clone)]
pub struct Loader<T> {
    pub state: Rc<Load<T>>,
    pub reload: Callback<()>,
}

impl<T> Loader<T> {
    pub fn ready(&self) -> Option<&T> {
        match &*self.state {
            Load::Ready(data) => Some(data),
            _ => None,
        }
    }
}

/// Loads with `load(deps)` whenever `deps` change, and again on `reload`. On a change of
/// `deps` the old data goes (it answered another question); on a reload it stays in view
/// until the new answer replaces it.
#[hook]
pub fn use_load<D, T, F, Fut>(deps: D, load: F) -> Loader<T>
where
    D: PartialEq + Clone + 'static,
    T: 'static,
    F: FnOnce(D) -> Fut + 'static,
    Fut: Future<Output = Result<T, ErrorBody>> + 'static,
{
    use_load_from(|_| None, deps, load)
}

/// [`use_load`] for what the device keeps (`api::kept`) under `name`: the kept answer shows at
/// once, the server's replaces it when it comes (and is kept), and without a connection the
/// kept one stays.
#[hook]
pub fn use_kept_load<D, T, F, Fut>(name: &'static str, deps: D, load: F) -> Loader<T>
where
    D: PartialEq + Clone + Serialize + DeserializeOwned + 'static,
    T: Serialize + DeserializeOwned + 'static,
    F: FnOnce(D) -> Fut + 'static,
    Fut: Future<Output = Result<T, ErrorBody>> + 'static,
{
    use_load_from(
        move |deps| api::kept::read(name, deps),
        deps,
        move |deps| async move {
            match load(deps.clone()).await {
                Ok(answer) => {
                    api::kept::keep(name, &deps, &answer);
                    Ok(answer)
                }
                Err(error) if error.code == ErrorCode::Unavailable => {
                    api::kept::read(name, &deps).ok_or(error)
                }
                Err(error) => Err(error),
            }
        },
    )
}

/// [`use_load`] starting from `initial(&deps)` when it has something (ready, not loading).
#[hook]
fn use_load_from<D, T, I, F, Fut>(initial: I, deps: D, load: F) -> Loader<T>
where
    D: PartialEq + Clone + 'static,
    T: 'static,
    I: FnOnce(&D) -> Option<T>,
    F: FnOnce(D) -> Fut + 'static,
    Fut: Future<Output = Result<T, ErrorBody>> + 'static,
{
    let state = use_state(|| Rc::new(initial(&deps).map_or(Load::Loading, Load::Ready)));
    let (reloads, reload) = use_reloads();
    // The number of the latest request: only its answer is taken.
    let latest = use_mut_ref(|| 0u64);
    let last_deps: Rc<RefCell<Option<D>>> = use_mut_ref(|| None);
    {
        let state = state.clone();
        let failed = matches!(**state, Load::Failed(_));
        use_effect_with((deps, reloads), move |(deps, _)| {
            let first = last_deps.borrow().is_none();
            let changed = last_deps.borrow().as_ref() != Some(deps);
            // New deps ask another question; after a failure "Try again" shows it is trying.
            // The first question keeps what it started from until the answer comes.
            if changed || failed {
                *last_deps.borrow_mut() = Some(deps.clone());
            }
            if (changed && !first) || failed {
                state.set(Rc::new(Load::Loading));
            }
            let ticket = {
                let mut latest = latest.borrow_mut();
                *latest += 1;
                *latest
            };
            let future = load(deps.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let answer = future.await;
                if *latest.borrow() == ticket {
                    state.set(Rc::new(match answer {
                        Ok(data) => Load::Ready(data),
                        Err(error) => Load::Failed(error),
                    }));
                }
            });
        });
    }
    Loader {
        state: (*state).clone(),
        reload,
    }
}

/// How many reloads were asked for. A reducer, not a state: two reloads asked before the page
/// renders again (two quick check-ins) must count as two, not both as "one more than now".
#[derive(Default, PartialEq)]
struct Reloads(u32);

impl Reducible for Reloads {
    type Action = ();

    fn reduce(self: Rc<Self>, (): ()) -> Rc<Self> {
        Rc::new(Reloads(self.0.wrapping_add(1)))
    }
}

/// A load's reload count and the callback that asks for one more.
#[hook]
pub fn use_reloads() -> (u32, Callback<()>) {
    let reloads = use_reducer(Reloads::default);
    let count = reloads.0;
    (count, Callback::from(move |()| reloads.dispatch(())))
}
