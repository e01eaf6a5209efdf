//! Text metrics: the width estimate every layout decision uses, wrapping,
//! truncating and escaping. The same estimate natively and in the browser, so
//! both make the same decisions.

/// System fonts only: no web fonts, and CJK faces named for Chinese labels.
pub const FONT_STACK: &str =
    "system-ui, -apple-system, Segoe UI, Roboto, Noto Sans CJK SC, PingFang SC, Microsoft YaHei, sans-serif";

pub fn text_width(text: &str, size: f64) -> f64 {
    // 0.6 em is a little wider than most sans-serif Latin text, so layouts
    // err towards room to spare.
    text.chars().map(|c| if is_wide(c) { size } else { size * 0.6 }).sum()
}

pub(super) fn is_wide(c: char) -> bool {
    ('\u{2E80}'..='\u{9FFF}').contains(&c)
        || ('\u{F900}'..='\u{FAFF}').contains(&c)
        || ('\u{FF00}'..='\u{FFEF}').contains(&c)
}

/// Breaks text into lines no wider than `max_width` (CJK may break anywhere).
pub fn wrap(text: &str, size: f64, max_width: f64) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_inclusive(|c: char| c == ' ' || is_wide(c)) {
        if !line.is_empty() && text_width(&line, size) + text_width(word.trim_end(), size) > max_width {
            lines.push(line.trim_end().to_owned());
            line.clear();
        }
        line.push_str(word);
    }
    if !line.trim().is_empty() {
        lines.push(line.trim_end().to_owned());
    }
    lines
}

pub fn escape_xml(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

pub(super) fn truncate_to(text: &str, size: f64, max_width: f64) -> String {
    if text_width(text, size) <= max_width {
        return text.to_owned();
    }
    let mut out = String::new();
    for c in text.chars() {
        if text_width(&out, size) + text_width("…", size) + text_width(&c.to_string(), size) > max_width {
            break;
        }
        out.push(c);
    }
    out.push('…');
    out
}
