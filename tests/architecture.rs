//! The floors of the crate (docs/architecture.md), checked from the source: every `crate::…`
//! path in `src/` (outside comments and `#[cfg(test)]` modules) is an edge from the top-level
//! module of its file to the module it names. The graph must have no cycle, the ground floor
//! (`vocab`) imports nothing, and nothing below `report/` imports `report/`.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Modules below `report/`: the stages that produce the report's data.
const BELOW_REPORT: &[&str] = &[
    "vocab", "error", "text", "lexicon", "article", "config", "analysis", "score",
];

fn src() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src")
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("src/ is readable") {
        let path = entry.expect("a folder entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The top-level module a file of `src/` belongs to (`src/analysis/tone.rs` → `analysis`,
/// `src/score.rs` → `score`); `None` for the crate roots.
fn module_of(path: &Path) -> Option<String> {
    let rel = path.strip_prefix(src()).expect("under src/");
    let first = rel
        .components()
        .next()?
        .as_os_str()
        .to_string_lossy()
        .into_owned();
    let name = first.trim_end_matches(".rs").to_string();
    (name != "lib" && name != "main").then_some(name)
}

/// The code lines of a file: comments, doc blocks and the `#[cfg(test)]` module left out.
fn code_lines(text: &str) -> Vec<&str> {
    let mut lines = Vec::new();
    let mut in_block = false;
    for line in text.lines() {
        let trimmed = line.trim_start();
        if in_block {
            in_block = !trimmed.contains("*/");
            continue;
        }
        if trimmed.starts_with("/*") {
            in_block = !trimmed.contains("*/");
            continue;
        }
        if trimmed.starts_with("#[cfg(test)]") {
            break;
        }
        if trimmed.starts_with("//") {
            continue;
        }
        lines.push(line);
    }
    lines
}

/// The names the crate root re-exports (`pub use analyzer::Analyzer;`), to the module they
/// come from, so `crate::Analyzer` counts as an edge to `analyzer`.
fn root_reexports() -> BTreeMap<String, String> {
    let lib = std::fs::read_to_string(src().join("lib.rs")).expect("src/lib.rs");
    let mut names = BTreeMap::new();
    for line in code_lines(&lib) {
        let Some(rest) = line.trim().strip_prefix("pub use ") else {
            continue;
        };
        let rest = rest.trim_end_matches(';');
        let (module, items) = rest.split_once("::").expect("pub use module::item");
        for item in items.trim_matches(|c| c == '{' || c == '}').split(',') {
            names.insert(item.trim().to_string(), module.to_string());
        }
    }
    names
}

/// The module → modules graph of `crate::` paths.
fn import_graph() -> BTreeMap<String, BTreeSet<String>> {
    let reexports = root_reexports();
    let mut files = Vec::new();
    rust_files(&src(), &mut files);
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for file in files {
        let Some(from) = module_of(&file) else {
            continue;
        };
        let text = std::fs::read_to_string(&file).expect("a source file");
        let edges = graph.entry(from.clone()).or_default();
        for line in code_lines(&text) {
            for (at, _) in line.match_indices("crate::") {
                let before = line[..at].chars().next_back();
                if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                    continue; // `slant_crate::`, not ours
                }
                let name: String = line[at + "crate::".len()..]
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                let to = reexports.get(&name).cloned().unwrap_or(name);
                if !to.is_empty() && to != from {
                    edges.insert(to);
                }
            }
        }
    }
    graph
}

/// A cycle of the graph, if it has one.
fn find_cycle(graph: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        node: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(i) = path.iter().position(|n| n == node) {
            let mut cycle = path[i..].to_vec();
            cycle.push(node.to_string());
            return Some(cycle);
        }
        if done.contains(node) {
            return None;
        }
        path.push(node.to_string());
        for next in graph.get(node).into_iter().flatten() {
            if let Some(cycle) = visit(next, graph, path, done) {
                return Some(cycle);
            }
        }
        path.pop();
        done.insert(node.to_string());
        None
    }
    let mut done = BTreeSet::new();
    for node in graph.keys() {
        if let Some(cycle) = visit(node, graph, &mut Vec::new(), &mut done) {
            return Some(cycle);
        }
    }
    None
}

#[test]
fn the_graph_sees_the_imports_it_should() {
    // The scan is only worth something if it finds edges: these exist by design.
    let graph = import_graph();
    assert!(graph["analysis"].contains("vocab"), "{graph:?}");
    assert!(graph["report"].contains("analysis"), "{graph:?}");
    assert!(graph["analyzer"].contains("report"), "{graph:?}");
}

#[test]
fn modules_import_without_cycles() {
    let graph = import_graph();
    if let Some(cycle) = find_cycle(&graph) {
        panic!("import cycle between modules: {}", cycle.join(" → "));
    }
}

#[test]
fn nothing_below_report_imports_report() {
    let graph = import_graph();
    for module in BELOW_REPORT {
        let imports = graph.get(*module).cloned().unwrap_or_default();
        assert!(
            !imports.contains("report"),
            "src/{module} imports report/, which only renders: {imports:?}"
        );
    }
}

#[test]
fn the_ground_floor_imports_nothing() {
    let graph = import_graph();
    assert_eq!(graph.get("vocab"), Some(&BTreeSet::new()), "{graph:?}");
}

#[test]
fn the_cycle_finder_finds_a_cycle() {
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    graph.entry("a".into()).or_default().insert("b".into());
    graph.entry("b".into()).or_default().insert("c".into());
    graph.entry("c".into()).or_default().insert("a".into());
    assert_eq!(
        find_cycle(&graph),
        Some(vec!["a".into(), "b".into(), "c".into(), "a".into()])
    );
    graph.get_mut("c").unwrap().clear();
    assert_eq!(find_cycle(&graph), None);
}

/// The string literals of some code (escapes left as written; raw strings included).
fn string_literals(code: &str) -> Vec<String> {
    let chars: Vec<char> = code.chars().collect();
    let mut literals = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        match chars[i] {
            // A character literal ('"', '\'', '\\'), not a lifetime.
            '\'' if chars.get(i + 2) == Some(&'\'') => i += 3,
            '\'' if chars.get(i + 1) == Some(&'\\') => {
                i += 2;
                while i < chars.len() && chars[i] != '\'' {
                    i += 1;
                }
                i += 1;
            }
            'r' if matches!(chars.get(i + 1), Some('"' | '#'))
                && !chars[..i]
                    .last()
                    .is_some_and(|c| c.is_alphanumeric() || *c == '_') =>
            {
                let hashes = chars[i + 1..].iter().take_while(|c| **c == '#').count();
                let start = i + 1 + hashes + 1;
                let close: String = std::iter::once('"')
                    .chain(std::iter::repeat_n('#', hashes))
                    .collect();
                let rest: String = chars[start.min(chars.len())..].iter().collect();
                let end = rest.find(&close).unwrap_or(rest.len());
                literals.push(rest[..end].to_string());
                i = start + rest[..end].chars().count() + close.chars().count();
            }
            '"' => {
                let mut literal = String::new();
                i += 1;
                while i < chars.len() && chars[i] != '"' {
                    if chars[i] == '\\' {
                        literal.push(chars[i]);
                        i += 1;
                    }
                    if let Some(&c) = chars.get(i) {
                        literal.push(c);
                    }
                    i += 1;
                }
                literals.push(literal);
                i += 1;
            }
            _ => i += 1,
        }
    }
    literals
}

/// The category names of the default lexicon pack (`category = "…"` in the headers).
fn category_names() -> BTreeSet<String> {
    let mut files = Vec::new();
    let mut pending = vec![PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("lexicons")];
    while let Some(dir) = pending.pop() {
        for entry in std::fs::read_dir(dir).expect("lexicons/ is readable") {
            let path = entry.expect("a folder entry").path();
            if path.is_dir() {
                pending.push(path);
            } else if path.extension().is_some_and(|e| e == "toml") {
                files.push(path);
            }
        }
    }
    let mut names = BTreeSet::new();
    for file in files {
        let text = std::fs::read_to_string(&file).expect("a lexicon file");
        let header = text.split("[[").next().unwrap_or_default();
        for line in header.lines() {
            if let Some(value) = line.trim().strip_prefix("category = ") {
                names.insert(value.trim_matches('"').to_string());
            }
        }
    }
    names
}

#[test]
fn no_category_name_is_a_string_literal_in_src() {
    // What a category means is in its lexicon header (`role`, `title`, `summary`, `colour`);
    // code that names a category instead would stop working when a team renames or adds one.
    let names = category_names();
    assert!(
        names.len() >= 10,
        "the lexicon headers were not read: {names:?}"
    );
    let mut files = Vec::new();
    rust_files(&src(), &mut files);
    files.sort();
    let mut found = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).expect("a source file");
        let code = code_lines(&text).join("\n");
        for literal in string_literals(&code) {
            if names.contains(&literal) {
                found.push(format!("{}: \"{literal}\"", file.display()));
            }
        }
    }
    assert!(
        found.is_empty(),
        "category names written in code (ask for a role instead):\n{}",
        found.join("\n")
    );
}

#[test]
fn the_literal_scanner_finds_literals() {
    let code = "let c = '\"'; let s = \"hedge\"; f('\\\\', r#\"la\"bel\"#, \"a\\\"b\"); x::<'a>(\"loaded\")";
    assert_eq!(
        string_literals(code),
        vec!["hedge", "la\"bel", "a\\\"b", "loaded"]
    );
}

#[test]
fn renderers_take_their_layout_from_data_not_from_the_run() {
    // What a batch shows is `RenderContext::batch` (gates, top); the run's name is only
    // printed. A renderer that compares the name would lay out `check` differently from a gated
    // run under another name, and know the command line again.
    let mut files = Vec::new();
    rust_files(&src().join("report"), &mut files);
    files.sort();
    let mut found = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).expect("a source file");
        for line in code_lines(&text) {
            let squeezed: String = line.split_whitespace().collect();
            if ["run==", "==ctx.run", "matchctx.run", "Command::"]
                .iter()
                .any(|p| squeezed.contains(p))
            {
                found.push(format!("{}: {}", file.display(), line.trim()));
            }
        }
    }
    assert!(
        found.is_empty(),
        "renderers choosing a layout from the run's name (use RenderContext::batch):\n{}",
        found.join("\n")
    );
}
