//! The query string, read and written in one place: every parameter the app
//! reads (`Route::from_query`, the browser boundary's `query_param`) and every
//! address it writes with one parameter changed goes through here, in the
//! browser and on the host alike.

/// The `name=value` pairs of `?a=b&c=d` (with or without the `?`), in order,
/// each percent-decoded (`%XX` and `+`).
pub fn query_pairs(query: &str) -> Vec<(String, String)> {
    let query = query.split('#').next().unwrap_or_default();
    query
        .trim_start_matches('?')
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
            (percent_decode(name), percent_decode(value))
        })
        .collect()
}

/// The first value of parameter `name`, decoded.
pub fn query_value(query: &str, name: &str) -> Option<String> {
    query_pairs(query).into_iter().find(|(n, _)| n == name).map(|(_, value)| value)
}

/// `query` with parameter `name` set to `value` (in its place if it was
/// there, else last), as `?a=b&name=value`.
pub fn query_with(query: &str, name: &str, value: &str) -> String {
    let mut pairs = query_pairs(query);
    match pairs.iter_mut().find(|(n, _)| n == name) {
        Some(pair) => pair.1 = value.to_owned(),
        None => pairs.push((name.to_owned(), value.to_owned())),
    }
    pairs.retain(|(n, v)| n != name || v == value);
    written(&pairs)
}

/// `query` without parameter `name`: `?a=b`, or `""` when nothing is left.
pub fn query_without(query: &str, name: &str) -> String {
    let mut pairs = query_pairs(query);
    pairs.retain(|(n, _)| n != name);
    if pairs.is_empty() {
        String::new()
    } else {
        written(&pairs)
    }
}

fn written(pairs: &[(String, String)]) -> String {
    let pairs: Vec<String> =
        pairs.iter().map(|(name, value)| format!("{}={}", percent_encode(name), percent_encode(value))).collect();
    format!("?{}", pairs.join("&"))
}

/// Escapes all but the characters an address keeps as they are in a query
/// value (letters, digits, `-_.~`, and `,:` of a deck such as `target,competitors:2024`).
fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-_.~,:".contains(&byte) {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// Decodes `%XX` escapes and `+`; invalid escapes and invalid UTF-8 are kept
/// as replacement characters rather than rejected.
fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&byte) = bytes.get(i) {
        match byte {
            b'+' => out.push(b' '),
            b'%' => {
                let hex = bytes.get(i + 1..i + 3).and_then(|h| std::str::from_utf8(h).ok());
                match hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                    Some(byte) => {
                        out.push(byte);
                        i += 2;
                    }
                    None => out.push(b'%'),
                }
            }
            byte => out.push(byte),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn parameters_are_read_decoded_in_order() {
        let pairs =
            query_pairs("?data=https%3A%2F%2Fexample.org%2Fa%20b.json&q=a+b&flag&slides=target,competitors:2024#top");
        assert_eq!(pairs[0], ("data".to_owned(), "https://example.org/a b.json".to_owned()));
        assert_eq!(pairs[1], ("q".to_owned(), "a b".to_owned()));
        assert_eq!(pairs[2], ("flag".to_owned(), String::new()));
        assert_eq!(pairs[3].1, "target,competitors:2024", "the fragment is not part of the query");
        assert_eq!(query_value("lang=zh-CN&by=month", "by").as_deref(), Some("month"));
        assert_eq!(query_value("?by=month", "lang"), None);
    }

    #[test]
    fn one_parameter_is_set_or_removed_and_the_rest_kept() {
        assert_eq!(query_with("?view=embed&lang=en&by=year", "lang", "zh-CN"), "?view=embed&lang=zh-CN&by=year");
        assert_eq!(query_with("", "slide", "3"), "?slide=3");
        assert_eq!(query_with("?by=year&by=month", "by", "quarter"), "?by=quarter");
        assert_eq!(query_without("?data=x.json&lang=en", "data"), "?lang=en");
        assert_eq!(query_without("?data=x.json", "data"), "");
    }

    #[test]
    fn a_written_value_reads_back_the_same() {
        let address = "https://example.org/data set.json?x=1&y=2#z";
        let query = query_with("?lang=zh-CN", "data", address);
        assert!(!query.contains(' ') && !query.contains('#'), "{query}");
        assert_eq!(query_value(&query, "data").as_deref(), Some(address));
    }

    proptest! {
        #[test]
        fn any_value_round_trips(value in ".{0,60}") {
            prop_assert_eq!(query_value(&query_with("?a=b", "v", &value), "v"), Some(value));
        }
    }
}
