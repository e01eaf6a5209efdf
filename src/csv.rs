//! CSV cells, the one way every CSV the product writes quotes its fields: a
//! chart's points (`charts::export`) and the data package (`data::package`).
//! RFC 4180 quoting; text a spreadsheet would run as a formula is neutralised.

/// A plain number: no grouping, so spreadsheets read it as a number.
pub fn number_cell(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        format!("{value:.0}")
    } else {
        let text = format!("{value:.4}");
        text.trim_end_matches('0').trim_end_matches('.').to_owned()
    }
}

/// Quotes a field when needed, and prefixes `'` to text starting with a
/// character spreadsheets treat as a formula (`= + - @`, tab, carriage return).
pub fn text_cell(text: &str) -> String {
    let neutral = match text.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{text}"),
        _ => text.to_owned(),
    };
    if neutral.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", neutral.replace('"', "\"\""))
    } else {
        neutral
    }
}

/// One CSV row, ended as RFC 4180 ends rows.
pub fn row(cells: &[String]) -> String {
    format!("{}\r\n", cells.join(","))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_quotes_and_neutralises_formulas() {
        assert_eq!(text_cell("plain"), "plain");
        assert_eq!(text_cell("a,b"), "\"a,b\"");
        assert_eq!(text_cell("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(text_cell("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(text_cell("+1"), "'+1");
        assert_eq!(text_cell("-2"), "'-2");
        assert_eq!(text_cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(text_cell("line\nbreak"), "\"line\nbreak\"");
        assert_eq!(number_cell(-1_800_000_000.0), "-1800000000");
        assert_eq!(number_cell(15.4), "15.4");
    }
}
