//! The contract check every API test runs through: the test client's middleware holds each
//! request and answer against the OpenAPI document the server publishes, as a generated
//! client would. It fails the test on an answer whose status, content type or body the
//! document does not declare, and on a request the document refuses that the server accepts.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

use http::Extensions;
use jsonschema::Validator;
use reqwest::{Request, Response};
use reqwest_middleware::{Middleware, Next};
use serde_json::{Value, json};

/// The middleware; see the module comment.
pub struct ContractCheck;

#[async_trait::async_trait]
impl Middleware for ContractCheck {
    async fn handle(
        &self,
        request: Request,
        extensions: &mut Extensions,
        next: Next<'_>,
    ) -> reqwest_middleware::Result<Response> {
        let method = request.method().as_str().to_lowercase();
        let url = request.url().clone();
        let sent = request
            .body()
            .and_then(|body| body.as_bytes())
            .map(<[u8]>::to_vec);
        let response = next.run(request, extensions).await?;
        let Some((template, operation)) = contract().operation(&method, url.path()) else {
            let outside =
                !url.path().starts_with("/api/v1/") || url.path() == "/api/v1/openapi.json";
            assert!(
                !response.status().is_success() || outside,
                "{method} {} answered {} but the document has no such operation",
                url.path(),
                response.status()
            );
            return Ok(response);
        };
        let refused = contract().request_faults(operation, &url, sent.as_deref());
        let status = response.status();
        let headers = response.headers().clone();
        let version = response.version();
        let body = response.bytes().await?;
        let what = format!("{} {template} → {status}", method.to_uppercase());
        assert!(
            refused.is_empty() || !status.is_success(),
            "{what}: the server accepted a request the document refuses: {refused:?}"
        );
        let content_type = headers
            .get(http::header::CONTENT_TYPE)
            .and_then(|value| value.to_str().ok())
            .map(|value| value.split(';').next().unwrap_or("").trim().to_owned());
        contract().check_response(&what, operation, status.as_u16(), content_type, &body);
        let mut rebuilt = http::Response::builder().status(status).version(version);
        if let Some(all) = rebuilt.headers_mut() {
            *all = headers;
        }
        let rebuilt = rebuilt
            .body(body)
            .map_err(|error| reqwest_middleware::Error::Middleware(error.into()))?;
        Ok(Response::from(rebuilt))
    }
}

/// Holds one answer against the document, as the middleware does (to test the check itself).
pub fn check_answer(method: &str, path: &str, status: u16, content_type: &str, body: &[u8]) {
    let (template, operation) = contract()
        .operation(method, path)
        .unwrap_or_else(|| panic!("no operation {method} {path}"));
    let what = format!("{method} {template} → {status}");
    contract().check_response(
        &what,
        operation,
        status,
        Some(content_type.to_owned()),
        body,
    );
}

/// What the document says is wrong with a request (to test the check itself).
pub fn request_faults(method: &str, url: &str, body: &serde_json::Value) -> Vec<String> {
    let url = reqwest::Url::parse(url).expect("a whole URL");
    let (_, operation) = contract()
        .operation(method, url.path())
        .unwrap_or_else(|| panic!("no operation {method} {url}"));
    contract().request_faults(operation, &url, Some(body.to_string().as_bytes()))
}

/// The document and the validators compiled from it so far.
struct Contract {
    document: Value,
    validators: Mutex<HashMap<String, Arc<Validator>>>,
}

fn contract() -> &'static Contract {
    static CONTRACT: OnceLock<Contract> = OnceLock::new();
    CONTRACT.get_or_init(|| Contract {
        document: logbook_api::app::openapi_document(),
        validators: Mutex::new(HashMap::new()),
    })
}

impl Contract {
    /// The operation of `method` on `path`; of several matching templates, the one with the
    /// most literal segments (`/sessions/{id}` loses to a literal `/sessions/check-ins`).
    fn operation(&self, method: &str, path: &str) -> Option<(&str, &Value)> {
        let segments: Vec<&str> = path.trim_end_matches('/').split('/').collect();
        self.document["paths"]
            .as_object()?
            .iter()
            .filter_map(|(template, item)| {
                let parts: Vec<&str> = template.split('/').collect();
                let matches = parts.len() == segments.len()
                    && parts.iter().zip(&segments).all(|(part, segment)| {
                        part == segment || (part.starts_with('{') && !segment.is_empty())
                    });
                let literal = parts.iter().filter(|part| !part.starts_with('{')).count();
                (matches && item.get(method).is_some())
                    .then(|| (literal, template.as_str(), &item[method]))
            })
            .max_by_key(|(literal, _, _)| *literal)
            .map(|(_, template, operation)| (template, operation))
    }

    /// What the document says is wrong with the request: its JSON body against the request
    /// schema, and each declared query parameter against the parameter's schema.
    fn request_faults(
        &self,
        operation: &Value,
        url: &reqwest::Url,
        body: Option<&[u8]>,
    ) -> Vec<String> {
        let mut faults = Vec::new();
        let schema = &operation["requestBody"]["content"]["application/json"]["schema"];
        if let (false, Some(Ok(sent))) =
            (schema.is_null(), body.map(serde_json::from_slice::<Value>))
        {
            faults.extend(self.faults(schema, &sent));
        }
        let parameters = operation["parameters"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        let declared = |name: &str| {
            parameters
                .iter()
                .any(|p| p["in"] == "query" && p["name"] == name)
        };
        for (name, _) in url.query_pairs() {
            if !declared(&name) {
                faults.push(format!("query parameter {name} is not in the document"));
            }
        }
        for parameter in parameters.iter().filter(|p| p["in"] == "query") {
            let name = parameter["name"].as_str().unwrap_or("");
            let values: Vec<String> = url
                .query_pairs()
                .filter(|(key, _)| key == name)
                .map(|(_, value)| value.into_owned())
                .collect();
            if values.is_empty() && parameter["required"] == true {
                faults.push(format!("query parameter {name} is required"));
            }
            for value in values {
                // A query string is text: a number or a flag in it is valid as either.
                let schema = &parameter["schema"];
                let parsed = serde_json::from_str::<Value>(&value)
                    .ok()
                    .filter(|typed| typed.is_number() || typed.is_boolean());
                let valid = self
                    .faults(schema, &Value::String(value.clone()))
                    .is_empty()
                    || parsed.is_some_and(|typed| self.faults(schema, &typed).is_empty());
                if !valid {
                    faults.push(format!(
                        "query parameter {name}={value} does not match {schema}"
                    ));
                }
            }
        }
        faults
    }

    fn check_response(
        &self,
        what: &str,
        operation: &Value,
        status: u16,
        content_type: Option<String>,
        body: &[u8],
    ) {
        let responses = &operation["responses"];
        let class = format!("{}XX", status / 100);
        let declared = [status.to_string(), class, "default".to_owned()]
            .into_iter()
            .find_map(|key| responses.get(&key))
            .unwrap_or_else(|| panic!("{what}: the document declares no such status"));
        let Some(content) = declared["content"].as_object() else {
            assert!(
                body.is_empty(),
                "{what}: a body where the document declares none"
            );
            return;
        };
        let content_type = content_type
            .unwrap_or_else(|| panic!("{what}: no Content-Type, the document declares one"));
        let media = content.get(&content_type).unwrap_or_else(|| {
            panic!(
                "{what}: Content-Type {content_type} is not one the document declares ({:?})",
                content.keys().collect::<Vec<_>>()
            )
        });
        if content_type != "application/json" {
            return;
        }
        let answer: Value = serde_json::from_slice(body)
            .unwrap_or_else(|error| panic!("{what}: the JSON body does not parse: {error}"));
        let faults = self.faults(&media["schema"], &answer);
        assert!(
            faults.is_empty(),
            "{what}: the body does not match the document:\n  {}\nbody: {answer}",
            faults.join("\n  ")
        );
    }

    /// Every way `instance` fails `schema` (which may refer to the document's components).
    fn faults(&self, schema: &Value, instance: &Value) -> Vec<String> {
        let validator = self.validator(schema);
        validator
            .iter_errors(instance)
            .map(|error| format!("at {}: {error}", error.instance_path()))
            .collect()
    }

    fn validator(&self, schema: &Value) -> Arc<Validator> {
        let key = schema.to_string();
        let mut validators = self
            .validators
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        validators
            .entry(key)
            .or_insert_with(|| {
                // The schema with the document's components beside it, so `#/components/…`
                // references resolve as they do in the document.
                let rooted = json!({
                    "$schema": "https://json-schema.org/draft/2020-12/schema",
                    "components": self.document["components"],
                    "allOf": [schema],
                });
                let validator = jsonschema::draft202012::options()
                    .should_validate_formats(true)
                    .build(&rooted)
                    .unwrap_or_else(|error| {
                        panic!("the document's schema {schema} does not compile: {error}")
                    });
                Arc::new(validator)
            })
            .clone()
    }
}
