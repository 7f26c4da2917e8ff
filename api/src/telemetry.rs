//! Structured logs: `RUST_LOG` filters (default `info`); `LOGBOOK_LOG_FORMAT=json` for machines.

use tracing_subscriber::EnvFilter;

pub fn init() {
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    if std::env::var("LOGBOOK_LOG_FORMAT").is_ok_and(|format| format == "json") {
        builder.json().init();
    } else {
        builder.init();
    }
}

/// Request spans as `tracing-actix-web` makes them, except on the survey pages young people
/// answer on: there no address, browser or link token goes into the log, only that the
/// survey page was asked for and how it answered.
pub struct RequestSpans;

impl tracing_actix_web::RootSpanBuilder for RequestSpans {
    fn on_request_start(request: &actix_web::dev::ServiceRequest) -> tracing::Span {
        if !request.path().starts_with("/s/") {
            return tracing_actix_web::DefaultRootSpanBuilder::on_request_start(request);
        }
        tracing::info_span!(
            "HTTP request",
            http.method = %request.method(),
            http.route = "/s/{token}",
            http.status_code = tracing::field::Empty,
            otel.status_code = tracing::field::Empty,
            exception.message = tracing::field::Empty,
            exception.details = tracing::field::Empty,
        )
    }

    fn on_request_end<B: actix_web::body::MessageBody>(
        span: tracing::Span,
        outcome: &Result<actix_web::dev::ServiceResponse<B>, actix_web::Error>,
    ) {
        tracing_actix_web::DefaultRootSpanBuilder::on_request_end(span, outcome);
    }
}

#[cfg(test)]
mod tests {
    use actix_web::test::TestRequest;
    use tracing_actix_web::RootSpanBuilder;

    use super::*;

    fn fields(path: &str) -> Vec<String> {
        let request = TestRequest::get()
            .uri(path)
            .insert_header(("User-Agent", "phone"))
            .to_srv_request();
        let span = RequestSpans::on_request_start(&request);
        let metadata = span.metadata().expect("a span's metadata");
        metadata
            .fields()
            .iter()
            .map(|field| field.name().to_owned())
            .collect()
    }

    #[test]
    fn the_survey_pages_log_no_address_browser_or_link() {
        let survey = fields("/s/secret-token");
        for kept_out in [
            "http.client_ip",
            "http.user_agent",
            "http.target",
            "http.host",
        ] {
            assert!(
                !survey.iter().any(|name| name == kept_out),
                "{kept_out} in {survey:?}"
            );
        }
        assert!(
            survey.iter().any(|name| name == "http.status_code"),
            "{survey:?}"
        );
    }
}
