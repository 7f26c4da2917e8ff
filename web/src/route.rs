use logbook_shared::ids::{AimId, QuestionnaireId, SessionId, SurveyRoundId};
use yew_router::prelude::*;

#[derive(Debug, Clone, PartialEq, Routable)]
pub enum Route {
    #[at("/")]
    Home,
    #[at("/login")]
    Login,
    #[at("/me")]
    Me,
    #[at("/structure")]
    Structure,
    #[at("/users")]
    Users,
    #[at("/settings")]
    Settings,
    #[at("/log")]
    LogSession,
    #[at("/sessions")]
    Sessions,
    #[at("/sessions/:id")]
    EditSession { id: SessionId },
    #[at("/reports")]
    Reports,
    #[at("/annual-report")]
    AnnualReport,
    #[at("/kiosk")]
    Kiosk,
    #[at("/kiosks")]
    Kiosks,
    #[at("/aliases")]
    Aliases,
    #[at("/network")]
    Network,
    #[at("/api-tokens")]
    ApiTokens,
    #[at("/key-figures")]
    KeyFigures,
    #[at("/networks")]
    Networks,
    #[at("/surveys")]
    Surveys,
    #[at("/surveys/:id")]
    SurveyResults { id: SurveyRoundId },
    #[at("/questionnaires/new")]
    NewQuestionnaire,
    #[at("/questionnaires/:id")]
    EditQuestionnaire { id: QuestionnaireId },
    #[at("/follow-up")]
    FollowUp,
    #[at("/aims/new")]
    NewAim,
    #[at("/aims/:id")]
    EditAim { id: AimId },
    #[at("/invitation/:token")]
    Invitation { token: String },
    #[not_found]
    #[at("/404")]
    NotFound,
}
