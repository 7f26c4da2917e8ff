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
    #[at("/invitation/:token")]
    Invitation { token: String },
    #[not_found]
    #[at("/404")]
    NotFound,
}
