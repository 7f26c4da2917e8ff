//! The kiosk (SPEC 4): a tablet at a unit's door, full screen, in the language it was
//! registered with. A returning young person types alias and PIN and taps once; someone new
//! makes an alias. It works with the device's kiosk token only, never an account.

use gloo::timers::callback::Timeout;
use logbook_shared::visitors::{AliasInput, CheckInInput, CheckInReceipt, KioskInfo};
use logbook_shared::{ErrorBody, ErrorCode, Rules};
use yew::prelude::*;

use crate::api::kiosk;
use crate::components::alias_form::{AliasForm, Voice};
use crate::components::errors::{ErrorBanner, FieldErrors};
use crate::components::form::edit;
use crate::components::loading::{Loading, show};
use crate::hooks::{Load, use_load};
use crate::i18n::{I18n, Language, use_i18n, use_language_texts};

/// How long the welcome stays before the next young person's turn.
const WELCOME_MILLIS: u32 = 4_000;

#[component]
pub fn KioskPage() -> Html {
    let token = use_state(kiosk::token);
    let info = use_load((*token).clone(), |token| async move {
        let token = token
            .ok_or_else(|| ErrorBody::new(ErrorCode::Unauthorized, "This device is not a kiosk"))?;
        let answer = kiosk::info(&token).await;
        if answer
            .as_ref()
            .is_err_and(|error| error.code == ErrorCode::Unauthorized)
        {
            // Revoked: the device forgets it, and says so.
            kiosk::forget();
        }
        answer
    });
    let english = use_i18n();
    match ((*token).clone(), &*info.state) {
        (Some(token), Load::Ready(info)) => html! {
            <KioskInLanguage {token} info={info.clone()} />
        },
        (_, Load::Failed(error)) if error.code == ErrorCode::Unauthorized => not_a_kiosk(&english),
        (None, _) => not_a_kiosk(&english),
        _ => show(&info, |_| html! {}),
    }
}

#[derive(Properties, PartialEq)]
struct KioskInLanguageProps {
    token: String,
    info: KioskInfo,
}

/// The kiosk in the language it was registered with, once that language's texts are here.
#[component]
fn KioskInLanguage(props: &KioskInLanguageProps) -> Html {
    let language = Language::from_tag(&props.info.language).unwrap_or(Language::ENGLISH);
    match use_language_texts(language) {
        Some(texts) => html! {
            <ContextProvider<I18n> context={texts}>
                <KioskScreen token={props.token.clone()} info={props.info.clone()} />
            </ContextProvider<I18n>>
        },
        None => html! { <Loading /> },
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
                match kiosk::check_in(&token, &body).await {
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
    let error = use_state(|| None::<ErrorBody>);
    let on_submit = {
        let (error, token, on_done) = (error.clone(), props.token.clone(), props.on_done.clone());
        Callback::from(move |body: AliasInput| {
            let (error, token, on_done) = (error.clone(), token.clone(), on_done.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match kiosk::register(&token, &body).await {
                    Ok(receipt) => on_done.emit(receipt),
                    Err(failure) => error.set(Some(failure)),
                }
            });
        })
    };
    let on_cancel = props.on_cancel.clone();
    html! {
        <AliasForm voice={Voice::YoungPerson} id="new" class="kiosk-card"
            this_year={props.info.this_year} consent_age={props.info.digital_consent_age}
            consent_text={props.info.consent_text.clone()} error={(*error).clone()} {on_submit}>
            <button type="button" class="secondary" id="new-cancel" onclick={move |_| on_cancel.emit(())}>
                { i18n.t("kiosk.back") }
            </button>
        </AliasForm>
    }
}
