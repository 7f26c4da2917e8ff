//! The code's shape, checked: in the server, the web app and the shared crate no module uses,
//! directly or through others, a module that uses it back (an import cycle), and the web
//! app's components never use its pages. A module using its own child counts (a parent that
//! calls `routes::sessions::configure` depends on it); declaring the child does not.

// Test binaries: a panic is how a failure is reported.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Module path (`routes::sessions`, `` for the crate root) → source without comments.
type Modules = BTreeMap<String, String>;

fn modules(src: &Path) -> Modules {
    let mut found = Modules::new();
    let mut folders = vec![src.to_path_buf()];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                folders.push(path);
                continue;
            }
            if path.extension().is_none_or(|ext| ext != "rs") {
                continue;
            }
            let relative = path.strip_prefix(src).unwrap().with_extension("");
            let mut parts: Vec<String> = relative
                .components()
                .map(|part| part.as_os_str().to_string_lossy().into_owned())
                .collect();
            if parts.last().is_some_and(|last| last == "mod") {
                parts.pop();
            }
            if parts == ["main"] && src.join("lib.rs").exists() {
                continue; // A binary beside a library uses it as an outside crate.
            }
            if parts == ["lib"] || parts == ["main"] {
                parts.clear();
            }
            let text = std::fs::read_to_string(&path).unwrap();
            // Unit tests (at the end of a file, by habit) are not part of the module's shape.
            let text = text.split("#[cfg(test)]").next().unwrap_or("");
            let code: String = text
                .lines()
                .map(|line| line.split("//").next().unwrap_or(""))
                .collect::<Vec<_>>()
                .join("\n");
            found.insert(parts.join("::"), code);
        }
    }
    found
}

/// The paths a use tree names: `a::{b, c::{d, e}}` → `a::b`, `a::c::d`, `a::c::e`.
fn use_tree(text: &str) -> (Vec<String>, usize) {
    let mut paths = Vec::new();
    let mut prefix = String::new();
    for (at, c) in text.char_indices() {
        match c {
            c if c.is_alphanumeric() || c == '_' || c == ':' => prefix.push(c),
            '{' => {
                let mut rest = &text[at + 1..];
                let mut consumed = at + 1;
                loop {
                    let (inner, used) = use_tree(rest);
                    paths.extend(inner.into_iter().map(|path| format!("{prefix}{path}")));
                    consumed += used;
                    rest = &text[consumed..];
                    match rest.chars().next() {
                        Some(',') => {
                            consumed += 1;
                            rest = &text[consumed..];
                        }
                        Some('}') => return (paths, consumed + 1),
                        _ => return (paths, consumed),
                    }
                }
            }
            ' ' | '\n' if prefix.is_empty() => {}
            _ => {
                if !prefix.is_empty() {
                    paths.push(prefix.clone());
                }
                return (paths, at);
            }
        }
    }
    if !prefix.is_empty() {
        paths.push(prefix);
    }
    (paths, text.len())
}

/// Which modules `name` uses.
fn uses(name: &str, code: &str, all: &Modules) -> BTreeSet<String> {
    let here: Vec<&str> = name.split("::").filter(|part| !part.is_empty()).collect();
    let mut targets = BTreeSet::new();
    let mut resolve = |segments: Vec<String>| {
        let mut segments: Vec<String> = segments.into_iter().filter(|s| !s.is_empty()).collect();
        while !segments.is_empty() && !all.contains_key(&segments.join("::")) {
            segments.pop();
        }
        let target = segments.join("::");
        let own_child = target.starts_with(&format!("{name}::")) && !name.is_empty();
        if !target.is_empty() && target != name && !own_child {
            targets.insert(target);
        }
    };
    for (start, _) in code
        .match_indices("crate::")
        .chain(code.match_indices("super::"))
    {
        if code[..start].ends_with(|c: char| c.is_alphanumeric() || c == '_' || c == ':') {
            continue;
        }
        let (paths, _) = use_tree(&code[start..]);
        for path in paths {
            let mut parts: Vec<String> = path.split("::").map(str::to_owned).collect();
            let mut base: Vec<String> = Vec::new();
            if parts[0] == "super" {
                base = here.iter().map(|s| (*s).to_owned()).collect();
                while parts.first().is_some_and(|part| part == "super") {
                    base.pop();
                    parts.remove(0);
                }
            } else {
                parts.remove(0);
            }
            base.extend(parts);
            resolve(base);
        }
    }
    // Its own children by relative path (`auth::configure`).
    for child in all.keys() {
        let Some(last) = child
            .strip_prefix(&format!("{name}::"))
            .filter(|rest| !name.is_empty() && !rest.contains("::"))
        else {
            continue;
        };
        let used = code.match_indices(&format!("{last}::")).any(|(at, _)| {
            !code[..at].ends_with(|c: char| c.is_alphanumeric() || c == '_' || c == ':')
        });
        if used {
            targets.insert(child.clone());
        }
    }
    targets
}

/// The groups of modules that use each other in a circle (Tarjan's strongly connected parts).
fn cycles(graph: &BTreeMap<String, BTreeSet<String>>) -> Vec<Vec<String>> {
    struct Walk<'a> {
        graph: &'a BTreeMap<String, BTreeSet<String>>,
        index: BTreeMap<&'a str, usize>,
        low: BTreeMap<&'a str, usize>,
        stack: Vec<&'a str>,
        found: Vec<Vec<String>>,
    }
    fn visit<'a>(walk: &mut Walk<'a>, node: &'a str) {
        let number = walk.index.len();
        walk.index.insert(node, number);
        walk.low.insert(node, number);
        walk.stack.push(node);
        for next in &walk.graph[node] {
            if !walk.index.contains_key(next.as_str()) {
                visit(walk, next);
                let low = walk.low[node].min(walk.low[next.as_str()]);
                walk.low.insert(node, low);
            } else if walk.stack.contains(&next.as_str()) {
                let low = walk.low[node].min(walk.index[next.as_str()]);
                walk.low.insert(node, low);
            }
        }
        if walk.low[node] == walk.index[node] {
            let mut group = Vec::new();
            while let Some(member) = walk.stack.pop() {
                group.push(member.to_owned());
                if member == node {
                    break;
                }
            }
            if group.len() > 1 {
                group.sort();
                walk.found.push(group);
            }
        }
    }
    let mut walk = Walk {
        graph,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        found: Vec::new(),
    };
    for node in graph.keys() {
        if !walk.index.contains_key(node.as_str()) {
            visit(&mut walk, node);
        }
    }
    walk.found
}

fn graph_of(crate_dir: &str) -> BTreeMap<String, BTreeSet<String>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    let all = modules(&root.join(crate_dir).join("src"));
    all.iter()
        .map(|(name, code)| (name.clone(), uses(name, code, &all)))
        .collect()
}

#[test]
fn no_module_uses_a_module_that_uses_it_back() {
    for crate_dir in ["api", "web", "shared"] {
        let found = cycles(&graph_of(crate_dir));
        assert!(
            found.is_empty(),
            "import cycles in {crate_dir}/src: {found:#?}"
        );
    }
}

#[test]
fn web_components_never_use_pages() {
    let graph = graph_of("web");
    let wrong: Vec<String> = graph
        .iter()
        .filter(|(name, _)| name.starts_with("components"))
        .flat_map(|(name, targets)| {
            targets
                .iter()
                .filter(|target| target.starts_with("pages"))
                .map(move |target| format!("{name} → {target}"))
        })
        .collect();
    assert!(wrong.is_empty(), "components using pages: {wrong:?}");
}

#[test]
fn the_check_sees_a_cycle_through_a_parent_and_its_child() {
    let all: Modules = [
        ("app", "use crate::{routes, state};"),
        (
            "routes",
            "pub mod sessions;\nfn f() { sessions::configure(); }",
        ),
        ("routes::sessions", "use crate::app::AppState;"),
        ("state", ""),
    ]
    .into_iter()
    .map(|(name, code)| (name.to_owned(), code.to_owned()))
    .collect();
    let graph = all
        .iter()
        .map(|(name, code)| (name.clone(), uses(name, code, &all)))
        .collect();
    assert_eq!(cycles(&graph), [vec!["app", "routes", "routes::sessions"]]);
}
