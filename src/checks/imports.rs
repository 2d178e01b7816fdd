//! The view files import one way: components → sections → widgets, a section never another
//! section, and no cycle among them. Read from the source, so a new `use` that closes a circle
//! fails here rather than in a reader's head.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Every `.rs` file under `dir`.
fn rust_files(dir: &Path, found: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("a source folder").flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            found.push(path);
        }
    }
}

/// A file's module path below `src`, such as `sections::after::view`.
fn module_of(src: &Path, file: &Path) -> Vec<String> {
    let mut parts: Vec<String> = file
        .strip_prefix(src)
        .expect("under src")
        .with_extension("")
        .iter()
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    if parts.last().is_some_and(|p| p == "mod" || p == "lib") {
        parts.pop();
    }
    parts
}

/// The view modules (components, sections, widgets) each view module names, by the longest
/// module path its `crate::`/`super::` paths reach; comments are skipped.
fn view_graph() -> BTreeMap<String, BTreeSet<String>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let modules: BTreeMap<Vec<String>, PathBuf> = files
        .into_iter()
        .map(|f| (module_of(&src, &f), f))
        .collect();
    let is_view = |m: &[String]| {
        matches!(
            m.first().map(String::as_str),
            Some("components" | "sections" | "widgets")
        )
    };
    let mut graph = BTreeMap::new();
    for (module, file) in &modules {
        if !is_view(module) {
            continue;
        }
        let code: String = std::fs::read_to_string(file)
            .expect("readable")
            .lines()
            .filter(|line| !line.trim_start().starts_with("//"))
            .collect::<Vec<_>>()
            .join("\n");
        let mut names = BTreeSet::new();
        for (at, _) in code
            .match_indices("crate::")
            .chain(code.match_indices("super::"))
        {
            let path: Vec<String> = code[at..]
                .split(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
                .next()
                .unwrap_or_default()
                .split("::")
                .filter(|p| !p.is_empty())
                .map(String::from)
                .collect();
            let target: Vec<String> = if path[0] == "super" {
                // `super` is the module above, whether the file is a folder's mod.rs or not.
                let mut base = module.clone();
                base.pop();
                base.into_iter().chain(path[1..].iter().cloned()).collect()
            } else {
                path[1..].to_vec()
            };
            let reached = (1..=target.len())
                .rev()
                .map(|k| target[..k].to_vec())
                .find(|prefix| modules.contains_key(prefix));
            if let Some(reached) = reached {
                if is_view(&reached) && !module.starts_with(&reached) && reached != *module {
                    names.insert(reached.join("::"));
                }
            }
        }
        graph.insert(module.join("::"), names);
    }
    graph
}

// Guards against views importing each other in a circle (sections.rs, after.rs and progress.rs
// once did), which makes a section impossible to move or test alone.
#[test]
fn view_modules_import_one_way_without_cycles() {
    let graph = view_graph();
    assert!(graph.len() > 20, "the view modules are found: {graph:?}");
    // Depth-first search for a module that reaches itself.
    fn reaches(
        graph: &BTreeMap<String, BTreeSet<String>>,
        from: &str,
        goal: &str,
        seen: &mut BTreeSet<String>,
    ) -> bool {
        graph.get(from).into_iter().flatten().any(|next| {
            next == goal || (seen.insert(next.clone()) && reaches(graph, next, goal, seen))
        })
    }
    for module in graph.keys() {
        assert!(
            !reaches(&graph, module, module, &mut BTreeSet::new()),
            "{module} imports itself in a circle"
        );
    }
    let layer = |m: &str| m.split("::").next().unwrap_or_default().to_string();
    let section = |m: &str| m.split("::").nth(1).map(String::from);
    for (module, names) in &graph {
        for name in names {
            let (from, to) = (layer(module), layer(name));
            let upward = (from == "widgets" && to != "widgets")
                || (from == "sections" && to == "components");
            assert!(
                !upward,
                "{module} imports {name}: components -> sections -> widgets only"
            );
            if from == "sections" && to == "sections" {
                assert!(
                    section(module) == section(name) || name == "sections",
                    "{module} imports another section, {name}"
                );
            }
        }
    }
}
