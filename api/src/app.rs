//! Builds the actix App and the OpenAPI document together, from the same route registrations.

use std::net::TcpListener;
use std::path::PathBuf;

use actix_web::body::MessageBody;
use actix_web::dev::{Server, ServiceRequest, ServiceResponse};
use actix_web::http::header::{self, HeaderName, HeaderValue};
use actix_web::middleware::{Compress, ErrorHandlerResponse, ErrorHandlers, Next, from_fn};
use actix_web::{App, HttpMessage, HttpResponse, HttpServer, web};
use logbook_shared::auth::{
    Capabilities, LoginRequest, Me, OrganisationRef, RefreshRequest, TokenPair,
};
use logbook_shared::reports::ExportFormat;
use logbook_shared::surveys::Breakdown;
use logbook_shared::{ErrorBody, ErrorCode, FieldError, Role};
use tracing_actix_web::{RequestId, TracingLogger};
use utoipa::openapi::OpenApi as OpenApiDocument;
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};
use utoipa_actix_web::{AppExt, scope};
use utoipa_swagger_ui::SwaggerUi;

use crate::error::{ApiError, code_for_status};
use crate::state::AppState;
use crate::{contract, extract, routes, security_headers, web_app};

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Logbook API",
        description = "Documentation and follow-up of youth work. Errors always carry `ErrorBody`.",
        license(name = "AGPL-3.0-or-later")
    ),
    modifiers(&BearerScheme),
    paths(crate::surveys::answering::show, crate::surveys::answering::answer),
    components(schemas(ErrorBody, ErrorCode, FieldError, Role, LoginRequest, RefreshRequest, TokenPair, Me, OrganisationRef, Capabilities, ExportFormat, Breakdown))
)]
struct ApiDoc;

struct BearerScheme;

impl Modify for BearerScheme {
    fn modify(&self, openapi: &mut OpenApiDocument) {
        let scheme = HttpBuilder::new()
            .scheme(HttpAuthScheme::Bearer)
            .bearer_format("JWT")
            .build();
        let kiosk = HttpBuilder::new()
            .scheme(HttpAuthScheme::Bearer)
            .description(Some(
                "A kiosk token from `POST /kiosks`: check-ins at one unit only",
            ))
            .build();
        let api_token = HttpBuilder::new()
            .scheme(HttpAuthScheme::Bearer)
            .description(Some(
                "An integration token (`lbt_…`) from `POST /api-tokens`, in the same header as \
                 a login token. It acts as the admin who made it, within its scopes: \
                 `reports:read`, `sessions:read`, `sessions:write`, `structure:read` (an \
                 organisation's) or `statistics:read` (a network's); anything else is 403, and \
                 a revoked or expired token is 401",
            ))
            .build();
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme("bearer", SecurityScheme::Http(scheme));
        components.add_security_scheme("kiosk", SecurityScheme::Http(kiosk));
        components.add_security_scheme("api_token", SecurityScheme::Http(api_token));
    }
}

/// The OpenAPI document, as the server serves it and as `openapi/openapi.json` stores it.
pub fn openapi_document() -> serde_json::Value {
    let (_app, document) = App::new()
        .into_utoipa_app()
        .openapi(ApiDoc::openapi())
        .service(scope("/api/v1").configure(routes::configure))
        .split_for_parts();
    contract::finish(serde_json::to_value(document).unwrap_or_default())
}

/// Starts serving on `listener`; the returned future runs the server until it is stopped.
pub fn serve(state: AppState, listener: TcpListener, web_dir: PathBuf) -> std::io::Result<Server> {
    let state = web::Data::new(state);
    let document = openapi_document();
    let server = HttpServer::new(move || {
        App::new()
            .app_data(state.clone())
            .app_data(extract::payload_config())
            .app_data(extract::path_config())
            .wrap(ErrorHandlers::new().default_handler(ensure_json_error))
            .wrap(from_fn(add_request_id_header))
            .wrap(from_fn(security_headers::add))
            .wrap(TracingLogger::<crate::telemetry::RequestSpans>::new())
            // Answers in the encoding the client accepts (the web app's files come
            // pre-compressed and are left as they are).
            .wrap(Compress::default())
            // Before the `/api/v1` scope, which would otherwise claim the document's path.
            .service(
                SwaggerUi::new("/api/docs/{_:.*}")
                    .external_url_unchecked("/api/v1/openapi.json", document.clone()),
            )
            .into_utoipa_app()
            .service(scope("/api/v1").configure(routes::configure))
            .into_app()
            .configure(routes::health::configure)
            .configure(crate::surveys::answering::configure)
            .service(web::scope("/api").default_service(web::to(api_not_found)))
            .configure(|cfg| web_app::configure(cfg, &web_dir))
            .default_service(web::to(api_not_found))
    })
    // SIGTERM (systemd, Docker) stops taking connections and lets the requests in flight
    // finish, for up to this long; SIGINT and SIGQUIT stop at once.
    .shutdown_timeout(30)
    .listen(listener)?
    .run();
    Ok(server)
}

async fn api_not_found() -> Result<HttpResponse, ApiError> {
    Err(ApiError::new(
        ErrorCode::NotFound,
        "There is no such API route",
    ))
}

/// Errors that did not come from a handler (routing, actix's own extractors, panics) get the
/// same JSON envelope as the ones that did.
fn ensure_json_error<B: MessageBody + 'static>(
    response: ServiceResponse<B>,
) -> actix_web::Result<ErrorHandlerResponse<B>> {
    // JSON, or a page written for people (the survey pages), is already what it should be.
    let is_formed = response
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|value| {
            let value = value.as_bytes();
            value.starts_with(b"application/json") || value.starts_with(b"text/html")
        });
    if is_formed {
        return Ok(ErrorHandlerResponse::Response(
            response.map_into_left_body(),
        ));
    }
    let status = response.status();
    let code = code_for_status(status);
    let message = if code == ErrorCode::Internal {
        "Something went wrong on the server; the X-Request-Id header identifies it in the log"
    } else {
        status.canonical_reason().unwrap_or("Request failed")
    };
    let (request, _) = response.into_parts();
    let replaced = HttpResponse::build(status).json(ErrorBody::new(code, message));
    Ok(ErrorHandlerResponse::Response(
        ServiceResponse::new(request, replaced).map_into_right_body(),
    ))
}

/// Echoes the tracing request id, so a user's report can be matched to the log.
async fn add_request_id_header(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let request_id = req.extensions().get::<RequestId>().map(ToString::to_string);
    let mut response = next.call(req).await?;
    if let Some(value) = request_id.and_then(|id| HeaderValue::from_str(&id).ok()) {
        response
            .headers_mut()
            .insert(HeaderName::from_static("x-request-id"), value);
    }
    Ok(response)
}
