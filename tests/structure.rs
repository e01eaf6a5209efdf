//! The code stays in pieces a newcomer can read whole (issue 15): no source
//! file over 500 lines but the language catalogues. Functions over 150 lines are refused by clippy
//! (`too_many_lines`, Cargo.toml `[lints]`) unless they say why.
#![expect(clippy::expect_used, reason = "the helpers read the source tree; an unreadable file is a failed test")]

use std::fs;
use std::path::{Path, PathBuf};

const MAX_LINES: usize = 500;

/// A language's catalogue (`src/text/<language>.rs`) may be longer: it is a
/// flat list, one message per sentence the product writes, that grows with
/// the product, and "one file per language" is what makes adding a language
/// one new file (docs/i18n.md). Splitting it by concern would break that.
/// The catalogues are the files the `languages { En => en, ... }` list at the
/// end of `src/text/mod.rs` names.
fn is_language_catalogue(path: &Path) -> bool {
    let list =
        fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("src/text/mod.rs")).expect("src/text/mod.rs");
    let registered = list
        .rsplit("languages {")
        .next()
        .and_then(|rest| rest.split('}').next())
        .map(|block| block.split(',').filter_map(|entry| entry.split("=>").nth(1)).map(str::trim).collect::<Vec<_>>())
        .unwrap_or_default();
    path.parent().is_some_and(|dir| dir.ends_with("src/text"))
        && path.file_stem().and_then(|s| s.to_str()).is_some_and(|stem| registered.contains(&stem))
}

fn rust_files(dir: &Path, found: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).expect("readable source folder") {
        let path = entry.expect("readable entry").path();
        if path.is_dir() {
            rust_files(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            found.push(path);
        }
    }
}

#[test]
fn no_source_file_is_over_500_lines() {
    let mut files = Vec::new();
    rust_files(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut files);
    assert!(files.len() > 20, "found the sources");
    assert!(files.iter().filter(|f| is_language_catalogue(f)).count() > 1, "found the catalogues");
    let long: Vec<String> = files
        .iter()
        .map(|path| (path, fs::read_to_string(path).expect("readable source").lines().count()))
        .filter(|(path, lines)| *lines > MAX_LINES && !is_language_catalogue(path))
        .map(|(path, lines)| format!("{}: {lines} lines", path.display()))
        .collect();
    assert!(long.is_empty(), "split these by concern:\n{}", long.join("\n"));
}

/// The view modules a file names through `super::` (or, in a file nested
/// `depth` folders below `src/views`, through `super::super::`): in `use`
/// lines and in paths such as `super::share::chart_url`.
fn view_dependencies(source: &str, depth: usize) -> Vec<String> {
    let prefix = "super::".repeat(depth + 1);
    let mut found = Vec::new();
    for line in source.lines().filter(|l| !l.trim_start().starts_with("//")) {
        let mut rest = line;
        while let Some(at) = rest.find(&prefix) {
            rest = &rest[at + prefix.len()..];
            let names: Vec<&str> = match rest.strip_prefix('{') {
                Some(list) => list.split('}').next().unwrap_or("").split(',').collect(),
                None => vec![rest],
            };
            for name in names {
                let module: String =
                    name.trim().chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect();
                if !module.is_empty() && module != "super" && !found.contains(&module) {
                    found.push(module);
                }
            }
        }
    }
    found
}

/// Each module in the folder `src/<folder>` with the sibling modules it
/// names: a file, or a folder whose `mod.rs` and submodules together are one
/// module.
fn sibling_modules(folder: &str) -> Vec<(String, Vec<String>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src").join(folder);
    let mut graph: Vec<(String, Vec<String>)> = Vec::new();
    for entry in fs::read_dir(&dir).expect("the folder exists") {
        let path = entry.expect("readable entry").path();
        let Some(name) = path.file_stem().and_then(|s| s.to_str()).map(str::to_owned) else { continue };
        let mut dependencies = Vec::new();
        if path.is_dir() {
            let mut files = Vec::new();
            rust_files(&path, &mut files);
            for file in files {
                let depth = usize::from(file.file_stem().is_some_and(|s| s != "mod"));
                dependencies.extend(view_dependencies(&fs::read_to_string(&file).expect("readable source"), depth));
            }
        } else if path.extension().is_some_and(|e| e == "rs") && name != "mod" && name != "tests" {
            dependencies = view_dependencies(&fs::read_to_string(&path).expect("readable source"), 0);
        } else {
            continue;
        }
        graph.push((name, dependencies));
    }
    let names: Vec<String> = graph.iter().map(|(name, _)| name.clone()).collect();
    for (name, dependencies) in &mut graph {
        dependencies.retain(|d| d != name && names.contains(d));
    }
    graph
}

fn view_modules() -> Vec<(String, Vec<String>)> {
    sibling_modules("views")
}

/// The modules of a folder left after removing, again and again, those that
/// depend on no remaining module: what is left is in a cycle.
fn modules_in_a_cycle(graph: Vec<(String, Vec<String>)>) -> Vec<String> {
    let mut remaining = graph;
    loop {
        let names: Vec<String> = remaining.iter().map(|(n, _)| n.clone()).collect();
        let before = remaining.len();
        remaining.retain(|(_, deps)| deps.iter().any(|d| names.contains(d)));
        if remaining.len() == before {
            break;
        }
    }
    remaining.iter().map(|(n, deps)| format!("{n} -> {}", deps.join(", "))).collect()
}

#[test]
fn the_view_modules_depend_on_each_other_without_a_cycle() {
    let graph = view_modules();
    assert!(graph.len() > 5, "found the view modules");
    let cycle = modules_in_a_cycle(graph);
    assert!(cycle.is_empty(), "view modules in a cycle:\n{}", cycle.join("\n"));
}

#[test]
fn the_modules_of_each_layer_depend_on_each_other_without_a_cycle() {
    for folder in ["data", "analysis", "charts", "charts/render", "text"] {
        let graph = sibling_modules(folder);
        assert!(graph.len() > 1, "found the modules of src/{folder}");
        let cycle = modules_in_a_cycle(graph);
        assert!(cycle.is_empty(), "modules of src/{folder} in a cycle:\n{}", cycle.join("\n"));
    }
}

#[test]
fn the_dependency_reader_sees_lists_and_paths() {
    let source = "use super::{browser, export};\nuse super::share::{self, ShareTools};\nlet url = super::pages::link();\n// super::commented";
    assert_eq!(view_dependencies(source, 0), ["browser", "export", "share", "pages"]);
    let nested = "use super::super::browser;\nuse super::sources::source_links;";
    assert_eq!(view_dependencies(nested, 1), ["browser"], "a sibling inside the folder is not another view");
}

#[test]
fn a_view_folder_is_one_module_with_its_submodules_dependencies() {
    let graph = view_modules();
    let card = graph.iter().find(|(name, _)| name == "chart_card").expect("chart_card is a view module");
    for needed in ["browser", "context", "share"] {
        assert!(card.1.iter().any(|d| d == needed), "chart_card depends on {needed}: {:?}", card.1);
    }
}

/// The crate's modules from the bottom up: each may name only those before
/// it. `text` is the bottom so the dataset can name a language; the brief's
/// order (data, analysis, charts, views) follows, with the small helpers
/// where they are used.
const LAYERS: [&str; 11] =
    ["text", "sort", "csv", "data", "format", "analysis", "charts", "route", "custom_data", "views", "site"];

/// The crate modules a source names as `crate::<module>`, outside its tests.
fn crate_dependencies(source: &str) -> Vec<String> {
    let code = source.split("#[cfg(test)]\nmod tests {").next().unwrap_or_default();
    let mut found: Vec<String> = Vec::new();
    for line in code.lines().filter(|l| !l.trim_start().starts_with("//")) {
        for (_, rest) in line.match_indices("crate::").map(|(at, _)| line.split_at(at + "crate::".len())) {
            let module: String = rest.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect();
            if !module.is_empty() && !found.contains(&module) {
                found.push(module);
            }
        }
    }
    found
}

#[test]
fn each_layer_names_only_the_layers_below_it() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut upward = Vec::new();
    for (level, layer) in LAYERS.iter().enumerate() {
        let mut files = Vec::new();
        let folder = src.join(layer);
        if folder.is_dir() {
            rust_files(&folder, &mut files);
        } else {
            files.push(src.join(format!("{layer}.rs")));
        }
        assert!(!files.is_empty(), "found src/{layer}");
        for file in files.iter().filter(|f| f.file_stem().is_some_and(|s| s != "tests" && s != "test_datasets")) {
            let source = fs::read_to_string(file).expect("readable source");
            for module in crate_dependencies(&source) {
                let above = LAYERS.iter().position(|l| *l == module).is_some_and(|at| at > level);
                if above {
                    upward.push(format!("{} names crate::{module}", file.display()));
                }
            }
        }
    }
    assert!(upward.is_empty(), "a layer reaches up:\n{}", upward.join("\n"));
}

#[test]
fn the_layer_reader_sees_paths_and_skips_tests() {
    let source = "use crate::text::Lang;\nlet x = crate::format::date(d, crate::text::Lang::DEFAULT);\n// crate::views\n#[cfg(test)]\nmod tests {\n    use crate::views;\n}";
    assert_eq!(crate_dependencies(source), ["text", "format"]);
}

/// The public functions a file of the browser boundary declares, each as its
/// signature without spaces or the `_` of an unused parameter.
fn boundary_signatures(source: &str) -> Vec<String> {
    let code = source.split("#[cfg(test)]").next().unwrap_or_default();
    let mut signatures = Vec::new();
    let mut current: Option<String> = None;
    for line in code.lines().map(str::trim) {
        if line.starts_with("pub fn ") || line.starts_with("pub async fn ") {
            current = Some(String::new());
        }
        if let Some(signature) = current.as_mut() {
            signature.push_str(line);
            if let Some(head) = signature.split(" {").next().filter(|_| line.ends_with('{') || line.ends_with('}')) {
                let compact: String = head.chars().filter(|c| !c.is_whitespace()).collect();
                signatures.push(compact.replace("(_", "(").replace(",_", ","));
                current = None;
            }
        }
    }
    signatures.sort();
    signatures
}

#[test]
fn the_browser_boundary_has_the_same_functions_on_the_host_and_in_the_browser() {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/views/browser");
    let mut files = Vec::new();
    rust_files(&folder, &mut files);
    let (mut browser, mut host) = (Vec::new(), Vec::new());
    for file in files.iter().filter(|f| !f.ends_with("mod.rs")) {
        let signatures = boundary_signatures(&fs::read_to_string(file).expect("readable source"));
        if file.ends_with("host.rs") {
            host.extend(signatures);
        } else {
            browser.extend(signatures);
        }
    }
    browser.sort();
    let only_browser: Vec<_> = browser.iter().filter(|s| !host.contains(s)).collect();
    let only_host: Vec<_> = host.iter().filter(|s| !browser.contains(s)).collect();
    assert!(browser.len() > 30, "read the browser's functions: {browser:?}");
    assert!(
        only_browser.is_empty() && only_host.is_empty(),
        "in the browser only: {only_browser:#?}\non the host only: {only_host:#?}"
    );
}

#[test]
fn a_boundary_signature_ignores_layout_and_unused_parameter_names() {
    let browser = "pub fn observe_width(element: &Element,\n    on_width: impl Fn(u32)) {\n}\npub async fn copy_text(text: &str) -> Result<(), Failure> { x }";
    let host = "pub fn observe_width(_element: &Element, _on_width: impl Fn(u32)) {}\npub async fn copy_text(_text: &str) -> Result<(), Failure> {\n}";
    assert_eq!(boundary_signatures(browser), boundary_signatures(host));
    assert_eq!(boundary_signatures(host).len(), 2);
}

/// The backticked names of `text`, in order.
fn backticked(text: &str) -> Vec<String> {
    text.split('`').skip(1).step_by(2).map(str::to_owned).collect()
}

#[test]
fn the_layer_list_is_quoted_the_same_by_lib_rs_the_architecture_and_the_readme() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let read = |file: &str| fs::read_to_string(root.join(file)).expect("readable file");
    let lib: Vec<String> = read("src/lib.rs")
        .lines()
        .filter_map(|line| line.strip_prefix("//! - [`"))
        .filter_map(|rest| rest.split('`').next().map(str::to_owned))
        .collect();
    assert_eq!(lib, LAYERS, "src/lib.rs");
    let architecture = read("docs/architecture.md");
    let table = architecture.split("| module | what it is | may use |").nth(1).expect("the layer table");
    let rows: Vec<String> = table
        .lines()
        .skip(2)
        .take_while(|line| line.starts_with('|'))
        .filter_map(|line| backticked(line).into_iter().next())
        .collect();
    assert_eq!(rows, LAYERS, "docs/architecture.md's layer table");
    let readme = read("README.md");
    let line = readme.lines().find(|l| l.starts_with("Layers, from the bottom:")).expect("the README's layer line");
    assert_eq!(backticked(line), LAYERS, "the README's layer line");
}
