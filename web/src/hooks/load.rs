//! One way to load: a request per change of what it depends on, its state (loading, failed,
//! ready), a retry, and no stale answer — an answer to an earlier request that arrives after
//! a later one was made is dropped, so the page never shows figures of a period or a search
//! it no longer asks for.

use std::cell::RefCell;
use std::future::Future;
use std::rc::Rc;

use logbook_shared::ErrorBody;
use yew::prelude::*;

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
    let state = use_state(|| Rc::new(Load::Loading));
    let (reloads, reload) = use_reloads();
    // The number of the latest request: only its answer is taken.
    let latest = use_mut_ref(|| 0u64);
    let last_deps: Rc<RefCell<Option<D>>> = use_mut_ref(|| None);
    {
        let state = state.clone();
        let failed = matches!(**state, Load::Failed(_));
        use_effect_with((deps, reloads), move |(deps, _)| {
            let changed = last_deps.borrow().as_ref() != Some(deps);
            // New deps ask another question; after a failure "Try again" shows it is trying.
            if changed || failed {
                *last_deps.borrow_mut() = Some(deps.clone());
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
