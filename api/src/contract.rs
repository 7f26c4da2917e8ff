//! The OpenAPI document as published: what utoipa derives from the handlers, finished with
//! what its attributes cannot say once for every operation — response descriptions, the
//! headers every answer carries, list pages named after their items, and the tags.

use serde_json::{Map, Value, json};

/// The tags operations use, with what they hold.
const TAGS: &[(&str, &str)] = &[
    ("auth", "Sign in, tokens and the signed-in user"),
    (
        "organisations",
        "The instance's organisations and their settings",
    ),
    (
        "networks",
        "Partner networks: members, statistics, comparison and pulls",
    ),
    (
        "structure",
        "Units, activities, topics and reflection questions",
    ),
    (
        "users",
        "People of an organisation, their roles and invitations",
    ),
    (
        "sessions",
        "Logged sessions, their check-ins and audit trail",
    ),
    ("visitors", "Aliases of young people and kiosk devices"),
    ("kiosk", "What a kiosk device does with its kiosk token"),
    (
        "reports",
        "Report figures, exports, the qualitative record and annual reports",
    ),
    ("api-tokens", "Integration tokens"),
    (
        "aims",
        "Aims, their indicators, follow-up, action plans and the Good Enough templates",
    ),
    (
        "surveys",
        "Youth surveys: questionnaires, rounds, the answering page and results",
    ),
];

const SCHEMAS: &str = "#/components/schemas/";

/// Finishes the document utoipa built.
pub fn finish(mut document: Value) -> Value {
    add_common_headers(&mut document);
    for operation in operations(&mut document) {
        // Any request can be refused (a body too large, a wrong content type, a revoked
        // token) or meet a server fault, always with `ErrorBody`.
        if let Some(responses) = operation["responses"].as_object_mut() {
            for class in ["4XX", "5XX"] {
                responses.entry(class).or_insert_with(|| {
                    json!({ "content": { "application/json": {
                        "schema": { "$ref": format!("{SCHEMAS}ErrorBody") } } } })
                });
            }
        }
        for (status, response) in operation
            .get_mut("responses")
            .and_then(Value::as_object_mut)
            .into_iter()
            .flatten()
        {
            describe_response(status, response);
        }
    }
    name_pages(&mut document);
    document["tags"] = TAGS
        .iter()
        .map(|(name, description)| json!({ "name": name, "description": description }))
        .collect();
    document
}

const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

fn operations(document: &mut Value) -> impl Iterator<Item = &mut Value> {
    document
        .get_mut("paths")
        .and_then(Value::as_object_mut)
        .into_iter()
        .flat_map(|paths| paths.values_mut())
        .filter_map(Value::as_object_mut)
        .flat_map(|item| item.iter_mut())
        .filter(|(key, _)| METHODS.contains(&key.as_str()))
        .map(|(_, operation)| operation)
}

fn add_common_headers(document: &mut Value) {
    document["components"]["headers"] = json!({
        "X-Request-Id": {
            "description": "Identifies the request in the server's log; quote it when reporting a problem",
            "schema": { "type": "string" }
        },
        "Retry-After": {
            "description": "On 429: whole seconds to wait before trying again",
            "schema": { "type": "integer", "minimum": 0 }
        }
    });
}

/// A description for every response (OpenAPI requires one), and the headers it carries.
fn describe_response(status: &str, response: &mut Value) {
    let Some(response) = response.as_object_mut() else {
        return;
    };
    if !response.contains_key("description") || response["description"] == "" {
        response.insert("description".into(), status_description(status).into());
    }
    let headers = response
        .entry("headers")
        .or_insert_with(|| Value::Object(Map::new()));
    headers["X-Request-Id"] = json!({ "$ref": "#/components/headers/X-Request-Id" });
    if status == "429" || status == "4XX" {
        headers["Retry-After"] = json!({ "$ref": "#/components/headers/Retry-After" });
    }
}

fn status_description(status: &str) -> String {
    match status {
        "5XX" => "A server fault (`internal`) or the database out of reach (`unavailable`); \
                  the `X-Request-Id` finds it in the log"
            .to_owned(),
        "4XX" => "A client error; `ErrorBody` has a code and names every field or parameter \
                  at fault"
            .to_owned(),
        "429" => "Too many attempts; wait `Retry-After` seconds".to_owned(),
        _ => status
            .parse::<u16>()
            .ok()
            .and_then(|code| actix_web::http::StatusCode::from_u16(code).ok())
            .and_then(|code| code.canonical_reason())
            .unwrap_or("Answer")
            .to_owned(),
    }
}

/// utoipa names `Page<Session>` `Page_Session` and inlines the item; generated clients then
/// invent a type for the item. Publish `SessionPage` whose items refer to `Session`.
fn name_pages(document: &mut Value) {
    let Some(schemas) = document["components"]["schemas"].as_object_mut() else {
        return;
    };
    let pages: Vec<String> = schemas
        .keys()
        .filter(|name| name.starts_with("Page_"))
        .cloned()
        .collect();
    let mut renamed = Vec::new();
    for old in pages {
        let Some(mut page) = schemas.remove(&old) else {
            continue;
        };
        let item = old.trim_start_matches("Page_").to_owned();
        let inline = page["properties"]["items"]["items"].take();
        schemas.entry(item.clone()).or_insert(inline);
        page["properties"]["items"]["items"] = json!({ "$ref": format!("{SCHEMAS}{item}") });
        let new = format!("{item}Page");
        schemas.insert(new.clone(), page);
        renamed.push((format!("{SCHEMAS}{old}"), format!("{SCHEMAS}{new}")));
    }
    rename_refs(document, &renamed);
}

fn rename_refs(value: &mut Value, renamed: &[(String, String)]) {
    match value {
        Value::Object(object) => {
            for (key, value) in object.iter_mut() {
                match value {
                    Value::String(target) if key == "$ref" => {
                        if let Some((_, new)) = renamed.iter().find(|(old, _)| old == target) {
                            *target = new.clone();
                        }
                    }
                    _ => rename_refs(value, renamed),
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|item| rename_refs(item, renamed)),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_are_named_after_their_items_and_refer_to_them() {
        let session = json!({ "type": "object", "properties": { "id": { "type": "integer" } } });
        let document = finish(json!({
            "paths": { "/sessions": { "get": { "responses": { "200": {
                "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Page_Session" } } }
            } } } } },
            "components": { "schemas": {
                "Page_Session": { "type": "object", "properties": { "items": { "type": "array", "items": session } } }
            } }
        }));
        let schemas = &document["components"]["schemas"];
        assert_eq!(schemas["Session"], session);
        assert_eq!(
            schemas["SessionPage"]["properties"]["items"]["items"]["$ref"],
            "#/components/schemas/Session"
        );
        assert!(schemas.get("Page_Session").is_none());
        let response = &document["paths"]["/sessions"]["get"]["responses"]["200"];
        assert_eq!(
            response["content"]["application/json"]["schema"]["$ref"],
            "#/components/schemas/SessionPage"
        );
        assert_eq!(response["description"], "OK");
        assert!(response["headers"]["X-Request-Id"].is_object());
    }
}
