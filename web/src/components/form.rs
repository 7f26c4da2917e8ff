//! Small pieces every form uses: inputs bound to form state, enum selects, and submitting
//! with the shared rules checked first.

use logbook_shared::ids::UnitId;
use logbook_shared::structure::Unit;
use logbook_shared::{ErrorBody, Rules};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::i18n::I18n;

/// `<option>`s for every value of a text enum, labelled through `<prefix>.<value>`.
pub fn options<T: Copy + PartialEq>(
    i18n: &I18n,
    all: &[T],
    prefix: &str,
    selected: T,
    name: fn(T) -> &'static str,
) -> Html {
    all.iter()
        .map(|value| {
            let value = *value;
            html! {
                <option value={name(value)} selected={value == selected}>
                    { i18n.t(&format!("{prefix}.{}", name(value))) }
                </option>
            }
        })
        .collect()
}

/// `<option>`s for the units one may choose: all of them, or only `own` when that is not
/// empty (a unit's people).
pub fn unit_options(units: &[Unit], own: &[UnitId], selected: Option<UnitId>) -> Html {
    units
        .iter()
        .filter(|unit| own.is_empty() || own.contains(&unit.id))
        .map(|unit| {
            html! {
                <option value={unit.id.to_string()} selected={selected == Some(unit.id)}>{ unit.name.clone() }</option>
            }
        })
        .collect()
}

/// An input's handler that writes its text into the form state.
pub fn edit<T: Clone + 'static>(
    form: &UseStateHandle<T>,
    apply: fn(&mut T, String),
) -> Callback<InputEvent> {
    let form = form.clone();
    Callback::from(move |event: InputEvent| {
        let mut next = (*form).clone();
        apply(
            &mut next,
            event.target_unchecked_into::<HtmlInputElement>().value(),
        );
        form.set(next);
    })
}

/// A select's handler that writes its value into the form state.
pub fn edit_select<T: Clone + 'static>(
    form: &UseStateHandle<T>,
    apply: fn(&mut T, String),
) -> Callback<Event> {
    let form = form.clone();
    Callback::from(move |event: Event| {
        let mut next = (*form).clone();
        apply(
            &mut next,
            event.target_unchecked_into::<HtmlSelectElement>().value(),
        );
        form.set(next);
    })
}

/// A checkbox's handler that adds `value` to one list of the form state, or removes it.
pub fn toggle_in<T: Clone + 'static, V: PartialEq + Copy + 'static>(
    form: &UseStateHandle<T>,
    list: fn(&mut T) -> &mut Vec<V>,
    value: V,
) -> Callback<Event> {
    let form = form.clone();
    Callback::from(move |_: Event| {
        let mut next = (*form).clone();
        let items = list(&mut next);
        match items.iter().position(|item| *item == value) {
            Some(position) => {
                items.remove(position);
            }
            None => items.push(value),
        }
        form.set(next);
    })
}

/// Submits a form: the shared rules first, then `save` (an `api` operation); on success
/// the form resets and `on_saved` gets the saved record.
pub fn submit<B, T, Fut>(
    form: &UseStateHandle<B>,
    error: &UseStateHandle<Option<ErrorBody>>,
    save: impl Fn(B) -> Fut + 'static,
    on_saved: &Callback<T>,
    blank: impl Fn() -> B + 'static,
) -> Callback<SubmitEvent>
where
    B: Rules + Clone + 'static,
    T: 'static,
    Fut: std::future::Future<Output = Result<T, ErrorBody>> + 'static,
{
    let (form, error, on_saved) = (form.clone(), error.clone(), on_saved.clone());
    let (blank, save) = (std::rc::Rc::new(blank), std::rc::Rc::new(save));
    Callback::from(move |event: SubmitEvent| {
        event.prevent_default();
        let body = (*form).clone();
        if let Err(invalid) = body.check() {
            error.set(Some(invalid));
            return;
        }
        let (form, error, on_saved, blank, save) = (
            form.clone(),
            error.clone(),
            on_saved.clone(),
            blank.clone(),
            save.clone(),
        );
        wasm_bindgen_futures::spawn_local(async move {
            match save(body).await {
                Ok(created) => {
                    error.set(None);
                    form.set(blank());
                    on_saved.emit(created);
                }
                Err(failure) => error.set(Some(failure)),
            }
        });
    })
}

/// A button's click handler that runs a server action (`run`, an `api` operation): on
/// success `done` gets the answer and `failed` clears; on failure `failed` shows why.
pub fn act<T, Fut>(
    run: impl Fn() -> Fut + 'static,
    failed: &UseStateHandle<Option<ErrorBody>>,
    done: &Callback<T>,
) -> Callback<MouseEvent>
where
    T: 'static,
    Fut: std::future::Future<Output = Result<T, ErrorBody>> + 'static,
{
    let (failed, done) = (failed.clone(), done.clone());
    let run = std::rc::Rc::new(run);
    Callback::from(move |_: MouseEvent| {
        let (run, failed, done) = (run.clone(), failed.clone(), done.clone());
        wasm_bindgen_futures::spawn_local(async move {
            match run().await {
                Ok(answer) => {
                    failed.set(None);
                    done.emit(answer);
                }
                Err(error) => failed.set(Some(error)),
            }
        });
    })
}
