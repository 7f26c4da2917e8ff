//! The kiosk (SPEC 4): a tablet at a unit's door, full screen, in the language it was
//! registered with. A returning young person types alias and PIN and taps once; someone new
//! makes an alias. It works with the device's kiosk token only, never an account.

use gloo::timers::callback::Timeout;
use logbook_shared::sessions::Gender;
use logbook_shared::visitors::{
    AliasInput, CheckInInput, CheckInReceipt, KioskInfo, OLDEST_AGE, YOUNGEST_AGE, age_in,
    needs_guardian,
};
use logbook_shared::{ErrorBody, ErrorCode, Rules};
use yew::prelude::*;

use crate::api::kiosk;
use crate::components::errors::{ErrorBanner, FieldErrors};
use crate::components::form::edit;
use crate::i18n::{I18n, kiosk_i18n, use_i18n};

/// How long the welcome stays before the next young person's turn.
const WELCOME_MILLIS: u32 = 4_000;

#[component]
pub fn KioskPage() -> Html {
    let token = use_state(kiosk::token);
    let info = use_state(|| None::<Result<KioskInfo, ErrorBody>>);
    {
        let (token, info) = (token.clone(), info.clone());
        use_effect_with((), move |_| {
            if let Some(token) = (*token).clone() {
                wasm_bindgen_futures::spawn_local(async move {
                    let answer = kiosk::get(&token, "/kiosk").await;
                    if answer
                        .as_ref()
                        .is_err_and(|error| error.code == ErrorCode::Unauthorized)
                    {
                        // Revoked: the device forgets it, and says so.
                        kiosk::forget();
                    }
                    info.set(Some(answer));
                });
            }
        });
    }
    let english = use_i18n();
    match ((*token).clone(), (*info).clone()) {
        (Some(token), Some(Ok(info))) => html! {
            <ContextProvider<I18n> context={kiosk_i18n(&info.language)}>
                <KioskScreen {token} {info} />
            </ContextProvider<I18n>>
        },
        (_, Some(Err(error))) if error.code == ErrorCode::Unauthorized => not_a_kiosk(&english),
        (_, Some(Err(error))) => html! { <ErrorBanner error={Some(error)} /> },
        (Some(_), None) => html! { <p>{ english.t("app.loading") }</p> },
        (None, _) => not_a_kiosk(&english),
    }
}

fn not_a_kiosk(i18n: &I18n) -> Html {
    html! {
        <main class="kiosk"><p id="kiosk-not-registered">{ i18n.t("kiosk.not_registered") }</p></main>
    }
}

#[derive(Clone, PartialEq)]
enum Screen {
    CheckIn,
    NewAlias,
    Welcome(CheckInReceipt),
}

#[derive(Properties, PartialEq)]
struct KioskScreenProps {
    token: String,
    info: KioskInfo,
}

#[component]
fn KioskScreen(props: &KioskScreenProps) -> Html {
    let i18n = use_i18n();
    let screen = use_state(|| Screen::CheckIn);
    // The welcome's way back; dropping it (on any change of screen) cancels it, so an old
    // timer never cuts the next young person's welcome short.
    let back_timer = use_mut_ref(|| None::<Timeout>);
    let show = |next: Screen| {
        let (screen, back_timer) = (screen.clone(), back_timer.clone());
        Callback::from(move |()| {
            back_timer.borrow_mut().take();
            screen.set(next.clone())
        })
    };
    let welcomed = {
        let (screen, back_timer) = (screen.clone(), back_timer.clone());
        Callback::from(move |receipt: CheckInReceipt| {
            screen.set(Screen::Welcome(receipt));
            let screen = screen.clone();
            let timer = Timeout::new(WELCOME_MILLIS, move || screen.set(Screen::CheckIn));
            *back_timer.borrow_mut() = Some(timer);
        })
    };
    let fullscreen = Callback::from(|_: MouseEvent| {
        if let Some(root) = web_sys::window()
            .and_then(|window| window.document())
            .and_then(|document| document.document_element())
        {
            let _ = root.request_fullscreen();
        }
    });
    let body = match &*screen {
        Screen::CheckIn => html! {
            <CheckInForm token={props.token.clone()} on_done={welcomed} on_new={show(Screen::NewAlias)} />
        },
        Screen::NewAlias => html! {
            <NewAliasForm token={props.token.clone()} info={props.info.clone()}
                on_done={welcomed} on_cancel={show(Screen::CheckIn)} />
        },
        Screen::Welcome(receipt) => welcome(&i18n, receipt, show(Screen::CheckIn)),
    };
    html! {
        <main class="kiosk" lang={props.info.language.clone()}>
            <header class="kiosk-header">
                <h1 id="kiosk-unit">{ &props.info.unit_name }</h1>
                <button type="button" class="secondary" id="kiosk-fullscreen" onclick={fullscreen}>
                    { i18n.t("kiosk.fullscreen") }
                </button>
            </header>
            { body }
        </main>
    }
}

fn welcome(i18n: &I18n, receipt: &CheckInReceipt, next: Callback<()>) -> Html {
    let alias = receipt.alias.clone();
    let key = if receipt.already_checked_in {
        "kiosk.already_checked_in"
    } else {
        "kiosk.welcome"
    };
    html! {
        <section class="kiosk-card" role="status">
            <p class="kiosk-welcome" id="kiosk-welcome">{ i18n.t_with(key, &[("alias", &alias)]) }</p>
            <p>{ &receipt.activity_name }</p>
            <button type="button" id="kiosk-next" onclick={move |_| next.emit(())}>
                { i18n.t("kiosk.next") }
            </button>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct CheckInFormProps {
    token: String,
    on_done: Callback<CheckInReceipt>,
    on_new: Callback<()>,
}

/// Alias, PIN (when the alias has one), one tap.
#[component]
fn CheckInForm(props: &CheckInFormProps) -> Html {
    let i18n = use_i18n();
    let form = use_state(|| CheckInInput {
        alias: String::new(),
        pin: None,
    });
    let error = use_state(|| None::<ErrorBody>);
    let onsubmit = {
        let (form, error, token, on_done) = (
            form.clone(),
            error.clone(),
            props.token.clone(),
            props.on_done.clone(),
        );
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let body = (*form).clone();
            if let Err(invalid) = body.check() {
                error.set(Some(invalid));
                return;
            }
            let (error, token, on_done) = (error.clone(), token.clone(), on_done.clone());
            let form = form.clone();
            wasm_bindgen_futures::spawn_local(async move {
                match kiosk::post(&token, "/kiosk/check-ins", &body).await {
                    Ok(receipt) => on_done.emit(receipt),
                    Err(failure) => {
                        // The PIN never stays on screen for whoever comes next.
                        form.set(CheckInInput { pin: None, ..body });
                        error.set(Some(failure));
                    }
                }
            });
        })
    };
    let current = (*error).clone();
    let on_new = props.on_new.clone();
    html! {
        <form class="kiosk-card" {onsubmit} novalidate=true>
            <h2>{ i18n.t("kiosk.check_in_title") }</h2>
            <ErrorBanner error={current.clone()} />
            <label for="kiosk-alias">{ i18n.t("kiosk.alias") }</label>
            <input id="kiosk-alias" autocomplete="off" autocapitalize="off" value={form.alias.clone()}
                oninput={edit(&form, |f, v| f.alias = v)} aria-describedby="kiosk-alias-errors" />
            <FieldErrors error={current.clone()} path="alias" id="kiosk-alias-errors" />
            <label for="kiosk-pin">{ i18n.t("kiosk.pin_if_any") }</label>
            <input id="kiosk-pin" type="password" inputmode="numeric" maxlength="4" autocomplete="off"
                value={form.pin.clone().unwrap_or_default()}
                oninput={edit(&form, |f, v| f.pin = Some(v).filter(|pin| !pin.is_empty()))}
                aria-describedby="kiosk-pin-errors" />
            <FieldErrors error={current} path="pin" id="kiosk-pin-errors" />
            <button type="submit" id="kiosk-check-in">{ i18n.t("kiosk.check_in") }</button>
            <button type="button" class="secondary" id="kiosk-new" onclick={move |_| on_new.emit(())}>
                { i18n.t("kiosk.new_here") }
            </button>
        </form>
    }
}

#[derive(Properties, PartialEq)]
struct NewAliasFormProps {
    token: String,
    info: KioskInfo,
    on_done: Callback<CheckInReceipt>,
    on_cancel: Callback<()>,
}

/// A nickname, birth year and gender, an optional PIN; under the consent age, a guardian
/// confirmation with the organisation's text.
#[component]
fn NewAliasForm(props: &NewAliasFormProps) -> Html {
    let i18n = use_i18n();
    let this_year = props.info.this_year;
    let form = use_state(|| AliasInput {
        alias: String::new(),
        birth_year: 0,
        gender: Gender::NotStated,
        pin: None,
        guardian_confirmed: false,
    });
    let error = use_state(|| None::<ErrorBody>);
    let consent_age = props.info.digital_consent_age;
    let onsubmit = {
        let (form, error, token, on_done) = (
            form.clone(),
            error.clone(),
            props.token.clone(),
            props.on_done.clone(),
        );
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let body = (*form).clone();
            let mut invalid = body.check().err();
            let later = body.check_against(this_year, consent_age);
            if !later.is_empty() {
                let mut all = invalid.unwrap_or_else(|| logbook_shared::field_errors_body(vec![]));
                all.fields.extend(later);
                invalid = Some(all);
            }
            if invalid.is_some() {
                error.set(invalid);
                return;
            }
            let (error, token, on_done) = (error.clone(), token.clone(), on_done.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match kiosk::post(&token, "/kiosk/aliases", &body).await {
                    Ok(receipt) => on_done.emit(receipt),
                    Err(failure) => error.set(Some(failure)),
                }
            });
        })
    };
    let years: Html = (this_year - OLDEST_AGE..=this_year - YOUNGEST_AGE)
        .rev()
        .map(|year| {
            html! { <option value={year.to_string()} selected={form.birth_year == year}>{ year }</option> }
        })
        .collect();
    let genders: Html = Gender::ALL
        .iter()
        .map(|gender| {
            let gender = *gender;
            let onchange = {
                let form = form.clone();
                Callback::from(move |_: Event| {
                    form.set(AliasInput {
                        gender,
                        ..(*form).clone()
                    })
                })
            };
            let id = format!("new-gender-{}", gender.as_str());
            html! {
                <label class="kiosk-choice" for={id.clone()}>
                    <input type="radio" name="gender" id={id} checked={form.gender == gender} {onchange} />
                    { i18n.t(&format!("gender.{}", gender.as_str())) }
                </label>
            }
        })
        .collect();
    let under_age =
        form.birth_year > 0 && needs_guardian(age_in(this_year, form.birth_year), consent_age);
    let consent_text = if props.info.consent_text.is_empty() {
        i18n.t("kiosk.guardian_default")
    } else {
        props.info.consent_text.clone()
    };
    let on_guardian = {
        let form = form.clone();
        Callback::from(move |_: Event| {
            form.set(AliasInput {
                guardian_confirmed: !form.guardian_confirmed,
                ..(*form).clone()
            })
        })
    };
    let current = (*error).clone();
    let on_cancel = props.on_cancel.clone();
    html! {
        <form class="kiosk-card" {onsubmit} novalidate=true>
            <h2>{ i18n.t("kiosk.new_title") }</h2>
            <p class="hint">{ i18n.t("kiosk.alias_hint") }</p>
            <ErrorBanner error={current.clone()} />
            <label for="new-alias">{ i18n.t("kiosk.alias") }</label>
            <input id="new-alias" autocomplete="off" value={form.alias.clone()}
                oninput={edit(&form, |f, v| f.alias = v)} aria-describedby="new-alias-errors" />
            <FieldErrors error={current.clone()} path="alias" id="new-alias-errors" />
            <label for="new-birth-year">{ i18n.t("kiosk.birth_year") }</label>
            <select id="new-birth-year" aria-describedby="new-birth-year-errors"
                onchange={crate::components::form::edit_select(&form, |f, v| f.birth_year = v.parse().unwrap_or(0))}>
                <option value="0" selected={form.birth_year == 0}>{ i18n.t("kiosk.choose") }</option>
                { years }
            </select>
            <FieldErrors error={current.clone()} path="birth_year" id="new-birth-year-errors" />
            <fieldset class="kiosk-choices">
                <legend>{ i18n.t("kiosk.gender") }</legend>
                { genders }
            </fieldset>
            <label for="new-pin">{ i18n.t("kiosk.new_pin") }</label>
            <input id="new-pin" type="password" inputmode="numeric" maxlength="4" autocomplete="off"
                value={form.pin.clone().unwrap_or_default()}
                oninput={edit(&form, |f, v| f.pin = Some(v).filter(|pin| !pin.is_empty()))}
                aria-describedby="new-pin-errors" />
            <FieldErrors error={current.clone()} path="pin" id="new-pin-errors" />
            if under_age {
                <label class="kiosk-choice" for="new-guardian">
                    <input type="checkbox" id="new-guardian" checked={form.guardian_confirmed} onchange={on_guardian} />
                    { consent_text }
                </label>
                <FieldErrors error={current} path="guardian_confirmed" id="new-guardian-errors" />
            }
            <button type="submit" id="new-save">{ i18n.t("kiosk.new_save") }</button>
            <button type="button" class="secondary" id="new-cancel" onclick={move |_| on_cancel.emit(())}>
                { i18n.t("kiosk.back") }
            </button>
        </form>
    }
}
