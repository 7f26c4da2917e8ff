use yew_router::prelude::*;

#[derive(Debug, Clone, PartialEq, Routable)]
pub enum Route {
    #[at("/")]
    Home,
    #[at("/login")]
    Login,
    #[at("/me")]
    Me,
    #[not_found]
    #[at("/404")]
    NotFound,
}
