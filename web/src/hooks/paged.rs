//! A list read a page at a time: the first page whenever what it depends on changes, the
//! next on "more". Like [`super::use_load`], an answer that belongs to an earlier question
//! (another filter, another search) is dropped.

use std::cell::RefCell;
use std::future::Future;
use std::rc::Rc;

use logbook_shared::{ErrorBody, Page};
use yew::prelude::*;

use super::load::Load;

/// The list so far and how to extend it.
#[derive(Clone)]
pub struct Paged<T> {
    pub items: Rc<Load<Vec<T>>>,
    /// Fetches the next page; `None` on the last page or while one is being fetched.
    pub more: Option<Callback<()>>,
    /// Why the last "more" failed (the list so far stays).
    pub more_failed: Option<ErrorBody>,
    pub reload: Callback<()>,
}

struct Progress<T> {
    items: Rc<Load<Vec<T>>>,
    next: Option<i64>,
    fetching: bool,
    more_failed: Option<ErrorBody>,
}

type PageFuture<T> = std::pin::Pin<Box<dyn Future<Output = Result<Page<T>, ErrorBody>>>>;
type Fetch<D, T> = Rc<dyn Fn(D, Option<i64>) -> PageFuture<T>>;
/// What the latest render asked for, and how: what "more" extends.
type Latest<D, T> = Rc<RefCell<Option<(D, Fetch<D, T>)>>>;

/// Pages of `fetch(deps, cursor)`, the first at once, the rest on `more`.
#[hook]
pub fn use_paged<D, T, F, Fut>(deps: D, fetch: F) -> Paged<T>
where
    D: PartialEq + Clone + 'static,
    T: Clone + 'static,
    F: Fn(D, Option<i64>) -> Fut + 'static,
    Fut: Future<Output = Result<Page<T>, ErrorBody>> + 'static,
{
    let progress = use_state(|| {
        Rc::new(Progress {
            items: Rc::new(Load::Loading),
            next: None,
            fetching: false,
            more_failed: None,
        })
    });
    let generation = use_state(|| 0u32);
    let latest = use_mut_ref(|| 0u64);
    let fetch: Fetch<D, T> = Rc::new(move |deps, cursor| Box::pin(fetch(deps, cursor)));
    let current: Latest<D, T> = use_mut_ref(|| None);
    *current.borrow_mut() = Some((deps.clone(), fetch.clone()));
    {
        let (progress, latest) = (progress.clone(), latest.clone());
        use_effect_with((deps, *generation), move |(deps, _)| {
            let ticket = {
                let mut latest = latest.borrow_mut();
                *latest += 1;
                *latest
            };
            progress.set(Rc::new(Progress {
                items: Rc::new(Load::Loading),
                next: None,
                fetching: true,
                more_failed: None,
            }));
            let first = fetch(deps.clone(), None);
            wasm_bindgen_futures::spawn_local(async move {
                let answer = first.await;
                if *latest.borrow() == ticket {
                    progress.set(Rc::new(match answer {
                        Ok(page) => Progress {
                            items: Rc::new(Load::Ready(page.items)),
                            next: page.next_cursor,
                            fetching: false,
                            more_failed: None,
                        },
                        Err(error) => Progress {
                            items: Rc::new(Load::Failed(error)),
                            next: None,
                            fetching: false,
                            more_failed: None,
                        },
                    }));
                }
            });
        });
    }
    let more = match (&*progress.items, progress.next, progress.fetching) {
        (Load::Ready(shown), Some(cursor), false) => {
            let shown = shown.clone();
            let (progress, latest, current) = (progress.clone(), latest.clone(), current.clone());
            Some(Callback::from(move |()| {
                let Some((deps, fetch)) = current.borrow().clone() else {
                    return;
                };
                let ticket = *latest.borrow();
                progress.set(Rc::new(Progress {
                    items: Rc::new(Load::Ready(shown.clone())),
                    next: Some(cursor),
                    fetching: true,
                    more_failed: None,
                }));
                let (progress, latest, shown) = (progress.clone(), latest.clone(), shown.clone());
                wasm_bindgen_futures::spawn_local(async move {
                    let answer = fetch(deps, Some(cursor)).await;
                    if *latest.borrow() != ticket {
                        return;
                    }
                    progress.set(Rc::new(match answer {
                        Ok(page) => Progress {
                            items: Rc::new(Load::Ready(
                                shown.into_iter().chain(page.items).collect(),
                            )),
                            next: page.next_cursor,
                            fetching: false,
                            more_failed: None,
                        },
                        Err(error) => Progress {
                            items: Rc::new(Load::Ready(shown)),
                            next: Some(cursor),
                            fetching: false,
                            more_failed: Some(error),
                        },
                    }));
                });
            }))
        }
        _ => None,
    };
    let reload = Callback::from(move |()| generation.set(*generation + 1));
    Paged {
        items: progress.items.clone(),
        more,
        more_failed: progress.more_failed.clone(),
        reload,
    }
}
