//! A test that no words reach the screen past the catalogue: inside every `html!` of the web
//! app, a text child (`{ "Save" }`), a text attribute (`placeholder="Name"`) or a `format!`
//! with words in it fails, naming the file and the text. Punctuation and numbers may stay.

use std::path::{Path, PathBuf};
use std::str::FromStr;

use proc_macro2::{Delimiter, TokenStream, TokenTree};

/// Attributes a person reads or a screen reader speaks.
const TEXT_ATTRIBUTES: [&str; 5] = ["placeholder", "title", "alt", "label", "aria-label"];

/// Words that are the same in every language.
const EVERY_LANGUAGE: [&str; 1] = ["Logbook"];

fn sources(folder: &Path, found: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(folder).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            sources(&path, found);
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            found.push(path);
        }
    }
}

/// The text of a string literal token, without its quotes; `None` for other literals.
fn string_value(token: &TokenTree) -> Option<String> {
    let TokenTree::Literal(literal) = token else {
        return None;
    };
    let source = literal.to_string();
    let inner = source.strip_prefix('"')?.strip_suffix('"')?;
    Some(inner.to_owned())
}

/// The text a brace group puts on screen when it is only a string or a `format!`.
fn shown_text(inside: &[TokenTree]) -> Option<String> {
    match inside {
        [only] => string_value(only),
        [
            TokenTree::Ident(name),
            TokenTree::Punct(bang),
            TokenTree::Group(arguments),
        ] if name == "format" && bang.as_char() == '!' => {
            string_value(&arguments.stream().into_iter().next()?)
        }
        _ => None,
    }
}

/// Whether `text` (format placeholders taken out) has a word a person would read.
fn has_words(text: &str) -> bool {
    let mut outside = String::new();
    let mut depth = 0;
    for c in text.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            _ if depth == 0 => outside.push(c),
            _ => {}
        }
    }
    let mut rest = outside;
    for word in EVERY_LANGUAGE {
        rest = rest.replace(word, "");
    }
    rest.chars().any(char::is_alphabetic)
}

/// The texts with words in `stream`, the inside of an `html!` (nested ones included).
fn screen_texts(stream: TokenStream, found: &mut Vec<String>) {
    let tokens: Vec<TokenTree> = stream.into_iter().collect();
    // The attribute name being written: `aria-label` arrives as `aria`, `-`, `label`.
    let mut name = String::new();
    for (at, token) in tokens.iter().enumerate() {
        match token {
            TokenTree::Ident(ident) => {
                let ident = ident.to_string();
                if name.ends_with('-') {
                    name.push_str(&ident);
                } else {
                    name = ident;
                }
            }
            TokenTree::Punct(punct) if punct.as_char() == '-' => name.push('-'),
            TokenTree::Punct(punct) if punct.as_char() == '=' => {
                let text = match tokens.get(at + 1) {
                    Some(TokenTree::Group(group)) if group.delimiter() == Delimiter::Brace => {
                        shown_text(&group.stream().into_iter().collect::<Vec<_>>())
                    }
                    Some(other) => string_value(other),
                    None => None,
                };
                if TEXT_ATTRIBUTES.contains(&name.as_str()) {
                    found.extend(text.filter(|text| has_words(text)));
                }
                name.clear();
            }
            TokenTree::Group(group) => {
                let inside: Vec<TokenTree> = group.stream().into_iter().collect();
                let attribute_value =
                    at > 0 && matches!(&tokens[at - 1], TokenTree::Punct(p) if p.as_char() == '=');
                let child = group.delimiter() == Delimiter::Brace && !attribute_value;
                let lone_text = if child { shown_text(&inside) } else { None };
                found.extend(lone_text.filter(|text| has_words(text)));
                screen_texts(group.stream(), found);
            }
            _ => {}
        }
    }
}

/// Every `html!` in `stream`, searched.
fn html_texts(stream: TokenStream, found: &mut Vec<String>) {
    let tokens: Vec<TokenTree> = stream.into_iter().collect();
    for (at, token) in tokens.iter().enumerate() {
        let TokenTree::Group(group) = token else {
            continue;
        };
        let is_html = at >= 2
            && matches!(
                (&tokens[at - 2], &tokens[at - 1]),
                (TokenTree::Ident(name), TokenTree::Punct(bang))
                    if name == "html" && bang.as_char() == '!'
            );
        if is_html {
            screen_texts(group.stream(), found);
        } else {
            html_texts(group.stream(), found);
        }
    }
}

fn texts_in(source: &str) -> Vec<String> {
    let mut found = Vec::new();
    let tokens = TokenStream::from_str(source).unwrap_or_else(|error| panic!("{error:?}"));
    html_texts(tokens, &mut found);
    found
}

#[test]
fn no_words_reach_the_screen_past_the_catalogue() {
    let mut files = Vec::new();
    sources(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    assert!(
        files.len() > 20,
        "the web app's sources are not where the check looks"
    );
    let mut literal: Vec<String> = Vec::new();
    for file in files {
        let source = std::fs::read_to_string(&file).unwrap();
        // Unit tests, at a file's end by habit, put nothing on screen.
        let code = source.split("\n#[cfg(test)]").next().unwrap_or_default();
        let texts = std::panic::catch_unwind(|| texts_in(code))
            .unwrap_or_else(|_| panic!("{} does not read as Rust", file.display()));
        for text in texts {
            literal.push(format!("{}: {text:?}", file.display()));
        }
    }
    assert!(
        literal.is_empty(),
        "words outside the catalogue:\n{}",
        literal.join("\n")
    );
}

#[test]
fn the_check_finds_words_in_children_attributes_and_formats() {
    let found = texts_in(
        r#"fn view() -> Html { html! {
            <div title="Hello" aria-label="Menu" class="card wide">
                { "Save" } { "–" } { i18n.t("session.save") }
                <input placeholder={"Name"} id="name-field" />
                { format!("{} of {}", a, b) } { format!("{} · {}", a, b) }
                { for items.iter().map(|item| html! { <li>{ "Nested" }</li> }) }
                <p>{ "Logbook" }</p>
            </div>
        } }"#,
    );
    assert_eq!(
        found,
        ["Hello", "Menu", "Save", "Name", "{} of {}", "Nested"]
    );
}
