//! A list read a page at a time: the first page whenever what it depends on changes, the
//! next on "more". Like [`super::use_load`], an answer that belongs to an earlier question
//! (another filter, another search) is dropped.

use std::future::Future;
use std::rc::Rc;

use logbook_shared::{ErrorBody, Page};
use yew::prelude::*;

use super::load::{Load, use_reloads};

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
    let (reloads, reload) = use_reloads();
    let latest = use_mut_ref(|| 0u64);
    let fetch: Fetch<D, T> = Rc::new(move |deps, cursor| Box::pin(fetch(deps, cursor)));
    // What "more" extends: this render's question, and the first-page request it answers.
    let (asked, fetch_more, shown_ticket) = (deps.clone(), fetch.clone(), *latest.borrow());
    {
        let (progress, latest) = (progress.clone(), latest.clone());
        use_effect_with((deps, reloads), move |(deps, _)| {
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
            let (progress, latest) = (progress.clone(), latest.clone());
            Some(Callback::from(move |()| {
                // The list was asked again since this button was drawn: it extends nothing.
                if *latest.borrow() != shown_ticket {
                    return;
                }
                let (deps, fetch, ticket) = (asked.clone(), fetch_more.clone(), shown_ticket);
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
    Paged {
        items: progress.items.clone(),
        more,
        more_failed: progress.more_failed.clone(),
        reload,
    }
}
