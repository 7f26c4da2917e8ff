use yew::prelude::*;
use yew_router::prelude::*;

use crate::api;
use crate::components::account_language::AccountLanguage;
use crate::components::loading::{LoadFailed, Loading};
use crate::components::shell::Shell;
use crate::i18n::I18nProvider;
use crate::pages::aim_editor::AimEditorPage;
use crate::pages::aliases::AliasesPage;
use crate::pages::annual_report::AnnualReportPage;
use crate::pages::api_tokens::ApiTokensPage;
use crate::pages::follow_up::FollowUpPage;
use crate::pages::invitation::InvitationPage;
use crate::pages::key_figures::KeyFiguresPage;
use crate::pages::kiosk::KioskPage;
use crate::pages::kiosks::KiosksPage;
use crate::pages::log_session::LogSessionPage;
use crate::pages::network::NetworkPage;
use crate::pages::networks::NetworksPage;
use crate::pages::questionnaire::QuestionnairePage;
use crate::pages::reports::ReportsPage;
use crate::pages::sessions::{EditSessionPage, SessionsPage};
use crate::pages::settings::SettingsPage;
use crate::pages::structure::StructurePage;
use crate::pages::survey_results::SurveyResultsPage;
use crate::pages::surveys::SurveysPage;
use crate::pages::users::UsersPage;
use crate::pages::{home::HomePage, login::LoginPage, me::MePage, not_found::NotFoundPage};
use crate::route::Route;
use crate::state::session::Session;

#[component]
pub fn App() -> Html {
    // Who signed in here last shows at once (and with no signal); the server is asked again.
    let session = use_state(|| match api::kept_me() {
        Some(me) => Session::SignedIn(me),
        None if api::has_session() => Session::Loading,
        None => Session::SignedOut,
    });
    {
        let session = session.clone();
        use_effect_with((), move |()| {
            if let Session::SignedIn(kept) = (*session).clone() {
                wasm_bindgen_futures::spawn_local(async move {
                    match api::me().await {
                        Ok(me) if me != kept => session.set(Session::SignedIn(me)),
                        Err(error) if api::refuses_sign_in(&error) => {
                            session.set(Session::SignedOut)
                        }
                        _ => {}
                    }
                });
            }
        });
    }
    {
        // Checks the stored login on start, and again when "Try again" sets `Loading`.
        let checking = *session == Session::Loading;
        let session = session.clone();
        use_effect_with(checking, move |checking| {
            if *checking {
                wasm_bindgen_futures::spawn_local(async move {
                    session.set(match api::me().await {
                        Ok(me) => Session::SignedIn(me),
                        Err(error) if api::refuses_sign_in(&error) => Session::SignedOut,
                        Err(error) => Session::Unreachable(error),
                    });
                });
            }
        });
    }
    html! {
        <I18nProvider>
            <ContextProvider<UseStateHandle<Session>> context={session}>
                <AccountLanguage />
                <BrowserRouter>
                    <Switch<Route> render={switch} />
                </BrowserRouter>
            </ContextProvider<UseStateHandle<Session>>>
        </I18nProvider>
    }
}

/// The page of a route: the field bundle's own, or (in the field bundle) a reload into the
/// whole app for the rest.
fn switch(route: Route) -> Html {
    field_page(&route).unwrap_or_else(|| other_page(route))
}

/// The pages of the field bundle: what a youth worker opens on a phone.
fn field_page(route: &Route) -> Option<Html> {
    Some(match route {
        Route::Login => html! { <LoginPage /> },
        Route::Home => html! { <SignedIn><HomePage /></SignedIn> },
        Route::Me => html! { <SignedIn><MePage /></SignedIn> },
        Route::LogSession => html! { <SignedIn><LogSessionPage /></SignedIn> },
        Route::Sessions => html! { <SignedIn><SessionsPage /></SignedIn> },
        Route::EditSession { id } => html! { <SignedIn><EditSessionPage id={*id} /></SignedIn> },
        Route::Kiosk => html! { <KioskPage /> },
        Route::Invitation { token } => html! { <InvitationPage token={token.clone()} /> },
        _ => return None,
    })
}

#[cfg(feature = "field")]
fn other_page(_: Route) -> Html {
    let path = web_sys::window()
        .and_then(|window| window.location().pathname().ok())
        .unwrap_or_default();
    html! { <WholeApp {path} /> }
}

#[cfg(not(feature = "field"))]
fn other_page(route: Route) -> Html {
    match route {
        Route::Structure => html! { <SignedIn><StructurePage /></SignedIn> },
        Route::Users => html! { <SignedIn><UsersPage /></SignedIn> },
        Route::Settings => html! { <SignedIn><SettingsPage /></SignedIn> },
        Route::Reports => html! { <SignedIn><ReportsPage /></SignedIn> },
        Route::AnnualReport => html! { <SignedIn><AnnualReportPage /></SignedIn> },
        Route::Kiosks => html! { <SignedIn><KiosksPage /></SignedIn> },
        Route::Aliases => html! { <SignedIn><AliasesPage /></SignedIn> },
        Route::Network => html! { <SignedIn><NetworkPage /></SignedIn> },
        Route::ApiTokens => html! { <SignedIn><ApiTokensPage /></SignedIn> },
        Route::KeyFigures => html! { <SignedIn><KeyFiguresPage /></SignedIn> },
        Route::Networks => html! { <SignedIn><NetworksPage /></SignedIn> },
        Route::Surveys => html! { <SignedIn><SurveysPage /></SignedIn> },
        Route::SurveyResults { id } => html! { <SignedIn><SurveyResultsPage id={id} /></SignedIn> },
        Route::FollowUp => html! { <SignedIn><FollowUpPage /></SignedIn> },
        Route::NewAim => html! { <SignedIn><AimEditorPage id={None} /></SignedIn> },
        Route::EditAim { id } => html! { <SignedIn><AimEditorPage id={Some(id)} /></SignedIn> },
        Route::NewQuestionnaire => html! { <SignedIn><QuestionnairePage id={None} /></SignedIn> },
        Route::EditQuestionnaire { id } => {
            html! { <SignedIn><QuestionnairePage id={Some(id)} /></SignedIn> }
        }
        Route::Login
        | Route::Home
        | Route::Me
        | Route::LogSession
        | Route::Sessions
        | Route::EditSession { .. }
        | Route::Kiosk
        | Route::Invitation { .. }
        | Route::NotFound => html! { <SignedIn><NotFoundPage /></SignedIn> },
    }
}

/// The key under which the field bundle notes the address it reloaded into the whole app.
#[cfg(feature = "field")]
const WHOLE_APP_RELOAD: &str = "logbook.whole_app";

#[cfg(feature = "field")]
thread_local! {
    /// The address the last page reloaded into the whole app, when this page is what came
    /// back: the field bundle again there means the server and this bundle disagree.
    static CAME_BACK: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// On start: takes the note of the last reload (so that a reload that never arrived, say
/// offline, cannot stop the next one).
#[cfg(feature = "field")]
pub fn note_arrival() {
    let storage = web_sys::window().and_then(|window| window.session_storage().ok().flatten());
    let Some(storage) = storage else {
        return;
    };
    let noted = storage.get_item(WHOLE_APP_RELOAD).ok().flatten();
    let _ = storage.remove_item(WHOLE_APP_RELOAD);
    CAME_BACK.with(|came_back| *came_back.borrow_mut() = noted);
}

#[cfg(feature = "field")]
#[derive(Properties, PartialEq)]
struct WholeAppProps {
    path: String,
}

/// In the field bundle, a page it does not have: once any refresh of the sign-in has
/// answered, the page is loaded again and the server (or the device's copy) answers it with
/// the whole app. Where that brought the field bundle back, "not found" instead of a loop.
#[cfg(feature = "field")]
#[component]
fn WholeApp(props: &WholeAppProps) -> Html {
    let looped =
        CAME_BACK.with(|came_back| came_back.borrow().as_deref() == Some(props.path.as_str()));
    use_effect_with((props.path.clone(), looped), |(path, looped)| {
        if *looped {
            return;
        }
        let path = path.clone();
        wasm_bindgen_futures::spawn_local(async move {
            api::settle_sign_in().await;
            let Some(window) = web_sys::window() else {
                return;
            };
            if let Ok(Some(storage)) = window.session_storage() {
                let _ = storage.set_item(WHOLE_APP_RELOAD, &path);
            }
            let _ = window.location().reload();
        });
    });
    if looped {
        html! { <SignedIn><NotFoundPage /></SignedIn> }
    } else {
        html! { <SignedIn><Loading /></SignedIn> }
    }
}

#[derive(Properties, PartialEq)]
struct SignedInProps {
    children: Html,
}

/// Pages behind sign-in: the shell around them, or the login page when signed out.
#[component]
fn SignedIn(props: &SignedInProps) -> Html {
    let session = crate::state::session::use_session();
    match session.as_deref() {
        Some(Session::SignedIn(_)) => html! { <Shell>{ props.children.clone() }</Shell> },
        Some(Session::Loading) => html! { <Loading /> },
        Some(Session::Unreachable(error)) => {
            let retry = session.clone().map_or_else(Callback::noop, |session| {
                Callback::from(move |()| session.set(Session::Loading))
            });
            html! { <main class="login"><LoadFailed error={error.clone()} {retry} /></main> }
        }
        _ => html! { <Redirect<Route> to={Route::Login} /> },
    }
}
