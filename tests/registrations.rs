//! Every browser callback a view registers is released with its component
//! (docs/security.md, "Reliability"). A callback left behind can reach a
//! disposed signal, and with `panic = "abort"` that panic kills the whole app.
//! The views are wasm-only, so this reads their source: it keeps each kind of
//! registration on the one path that releases it.
#![expect(clippy::expect_used, reason = "the helpers read the source tree; an unreadable file is a failed test")]

use std::fs;
use std::path::{Path, PathBuf};

/// Every source file under src/views, its folders included.
fn view_sources() -> Vec<(PathBuf, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/views");
    let mut paths = Vec::new();
    rust_files(&dir, &mut paths);
    let mut files: Vec<_> = paths
        .into_iter()
        .map(|path| {
            let text = fs::read_to_string(&path).expect("readable source");
            (path, text)
        })
        .collect();
    files.sort();
    assert!(files.iter().any(|(p, _)| p.ends_with("chart_card/mod.rs")), "found the views' folders");
    files
}

fn rust_files(dir: &Path, found: &mut Vec<PathBuf>) {
    for path in fs::read_dir(dir).expect("readable folder").map(|entry| entry.expect("readable entry").path()) {
        if path.is_dir() {
            rust_files(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            found.push(path);
        }
    }
}

/// Whether `path` is in the browser boundary, src/views/browser/.
fn in_browser(path: &Path) -> bool {
    path.components().any(|c| c.as_os_str() == "browser")
}

fn code_lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines().enumerate().filter(|(_, line)| !line.trim_start().starts_with("//")).map(|(i, line)| (i + 1, line))
}

#[test]
fn no_view_keeps_a_browser_callback_alive_forever() {
    // Each of these hands a callback to the browser with no way to take it back.
    let forbidden = [".forget()", "once_into_js", "into_js_value", "set_timeout_with_callback", "set_interval("];
    // The one exception: the app's root, kept mounted for the page's life as
    // Leptos documents (`UnmountHandle::forget`), which holds no callback.
    let root = |path: &Path, line: &str| path.ends_with("browser/takeover.rs") && line.trim() == "mounted.forget();";
    let mut found = Vec::new();
    for (path, text) in view_sources() {
        for (number, line) in code_lines(&text).filter(|(_, line)| !root(&path, line)) {
            for pattern in forbidden.iter().filter(|p| line.contains(**p)) {
                found.push(format!("{}:{number}: {pattern}", path.display()));
            }
        }
    }
    assert!(found.is_empty(), "unreleasable browser callbacks:\n{}", found.join("\n"));
}

#[test]
fn listeners_and_observers_are_made_only_where_they_are_released() {
    // The browser boundary pairs each of these with `release_on_cleanup`;
    // elsewhere they would bypass it.
    let registrations =
        ["add_event_listener", "ResizeObserver::new", "MutationObserver", "IntersectionObserver", "set_onmessage(Some"];
    let mut outside = Vec::new();
    let mut in_browser = 0;
    let mut releases = 0;
    for (path, text) in view_sources() {
        let is_browser = self::in_browser(&path);
        for (number, line) in code_lines(&text) {
            let registers = registrations.iter().any(|r| line.contains(r));
            match (registers, is_browser) {
                (true, true) => in_browser += 1,
                (true, false) => outside.push(format!("{}:{number}", path.display())),
                _ => {}
            }
            if is_browser && line.contains("release_on_cleanup(move") {
                releases += 1;
            }
        }
    }
    assert!(outside.is_empty(), "browser registrations outside src/views/browser/:\n{}", outside.join("\n"));
    assert!(
        in_browser > 0 && releases >= in_browser,
        "{in_browser} registrations in src/views/browser/ but {releases} releases"
    );
}

#[test]
fn leptos_handles_are_released_in_the_same_file() {
    // The Leptos helpers return a handle; the component must release it on cleanup.
    for (path, text) in view_sources() {
        let code: String = code_lines(&text).map(|(_, line)| format!("{line}\n")).collect();
        let listeners = code.matches("window_event_listener(").count();
        if listeners > 0 {
            assert!(
                code.matches(".remove()").count() >= listeners && code.contains("on_cleanup("),
                "{}: window_event_listener without handle.remove() in on_cleanup",
                path.display()
            );
        }
        let timers = [
            "set_timeout_with_handle(",
            "set_interval_with_handle(",
            "animation_frame_with_handle(",
            "idle_callback_with_handle(",
        ]
        .iter()
        .map(|helper| code.matches(helper).count())
        .sum::<usize>();
        if timers > 0 {
            assert!(
                code.matches(".clear()").count() + code.matches(".cancel()").count() >= timers,
                "{}: a timer or frame request with a handle that is never cleared",
                path.display()
            );
        }
    }
}
