//! The form that makes a young person's alias — nickname, birth year, gender, an optional PIN
//! and, under the consent age, a guardian's confirmation — as the young person fills it in at
//! a kiosk or as staff fill it in for them. The parent sends it and passes back any error.

use logbook_shared::sessions::Gender;
use logbook_shared::visitors::{AliasInput, OLDEST_AGE, YOUNGEST_AGE, age_in, needs_guardian};
use logbook_shared::{ErrorBody, Rules, field_errors_body};
use yew::prelude::*;

use crate::components::errors::{ErrorBanner, FieldErrors};
use crate::components::form::{edit, edit_select};
use crate::i18n::use_i18n;

/// Who fills the form in: the texts speak to them (`kiosk.*` or `register.*`).
#[derive(Clone, Copy, PartialEq)]
pub enum Voice {
    YoungPerson,
    Staff,
}

impl Voice {
    fn key(self, name: &str) -> String {
        match self {
            Voice::YoungPerson => format!("kiosk.{name}"),
            Voice::Staff => format!("register.{name}"),
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct AliasFormProps {
    pub voice: Voice,
    /// Prefix of the fields' ids (`{id}-alias`, `{id}-save`, …).
    pub id: AttrValue,
    #[prop_or_default]
    pub class: Classes,
    pub this_year: i32,
    pub consent_age: i32,
    /// The organisation's guardian text; empty for the built-in one.
    pub consent_text: String,
    /// The answer to the last submit.
    pub error: Option<ErrorBody>,
    /// A valid alias to send.
    pub on_submit: Callback<AliasInput>,
    /// Further buttons after the save button.
    #[prop_or_default]
    pub children: Html,
}

fn empty() -> AliasInput {
    AliasInput {
        alias: String::new(),
        birth_year: 0,
        gender: Gender::NotStated,
        pin: None,
        guardian_confirmed: false,
    }
}

#[component]
pub fn AliasForm(props: &AliasFormProps) -> Html {
    let i18n = use_i18n();
    let text = |name: &str| i18n.t(&props.voice.key(name));
    let form = use_state(empty);
    let invalid = use_state(|| None::<ErrorBody>);
    let (this_year, consent_age) = (props.this_year, props.consent_age);
    let onsubmit = {
        let (form, invalid, on_submit) = (form.clone(), invalid.clone(), props.on_submit.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let body = (*form).clone();
            let mut fields = body.check().err().map(|e| e.fields).unwrap_or_default();
            fields.extend(body.check_against(this_year, consent_age));
            if fields.is_empty() {
                invalid.set(None);
                on_submit.emit(body);
            } else {
                invalid.set(Some(field_errors_body(fields)));
            }
        })
    };
    let id = |field: &str| format!("{}-{field}", props.id);
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
            let choice = id(&format!("gender-{}", gender.as_str()));
            html! {
                <label class="choice" for={choice.clone()}>
                    <input type="radio" name={id("gender")} id={choice} checked={form.gender == gender} {onchange} />
                    { i18n.t(&format!("gender.{}", gender.as_str())) }
                </label>
            }
        })
        .collect();
    let under_age =
        form.birth_year > 0 && needs_guardian(age_in(this_year, form.birth_year), consent_age);
    let consent_text = if props.consent_text.is_empty() {
        text("guardian_default")
    } else {
        props.consent_text.clone()
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
    let current = (*invalid).clone().or_else(|| props.error.clone());
    html! {
        <form class={props.class.clone()} {onsubmit} novalidate=true>
            <h2>{ text("new_title") }</h2>
            <p class="hint">{ text("alias_hint") }</p>
            <ErrorBanner error={current.clone()} />
            <label for={id("alias")}>{ text("alias") }</label>
            <input id={id("alias")} autocomplete="off" value={form.alias.clone()}
                oninput={edit(&form, |f, v| f.alias = v)} aria-describedby={id("alias-errors")} />
            <FieldErrors error={current.clone()} path="alias" id={id("alias-errors")} />
            <label for={id("birth-year")}>{ text("birth_year") }</label>
            <select id={id("birth-year")} aria-describedby={id("birth-year-errors")}
                onchange={edit_select(&form, |f, v| f.birth_year = v.parse().unwrap_or(0))}>
                <option value="0" selected={form.birth_year == 0}>{ text("choose") }</option>
                { years }
            </select>
            <FieldErrors error={current.clone()} path="birth_year" id={id("birth-year-errors")} />
            <fieldset class="choices">
                <legend>{ text("gender") }</legend>
                { genders }
            </fieldset>
            <label for={id("pin")}>{ text("new_pin") }</label>
            <input id={id("pin")} type="password" inputmode="numeric" maxlength="4" autocomplete="off"
                value={form.pin.clone().unwrap_or_default()}
                oninput={edit(&form, |f, v| f.pin = Some(v).filter(|pin| !pin.is_empty()))}
                aria-describedby={id("pin-errors")} />
            <FieldErrors error={current.clone()} path="pin" id={id("pin-errors")} />
            if under_age {
                <label class="choice" for={id("guardian")}>
                    <input type="checkbox" id={id("guardian")} checked={form.guardian_confirmed} onchange={on_guardian} />
                    { consent_text }
                </label>
                <FieldErrors error={current} path="guardian_confirmed" id={id("guardian-errors")} />
            }
            <button type="submit" id={id("save")}>{ text("new_save") }</button>
            { props.children.clone() }
        </form>
    }
}
