//! Loading a dataset from `?data=<url>`: which origins are allowed, and how
//! each way of failing is told to the reader. The fetch itself is in the
//! views; everything that decides is here, pure and tested natively.

use crate::data::{parse_dataset, DataError, Dataset};
use crate::text::messages;
use crate::text::Lang;

/// The largest dataset accepted, in bytes.
pub const MAX_BYTES: usize = 1024 * 1024;
/// How long a fetch may take before it is abandoned.
pub const TIMEOUT_MS: i32 = 10_000;

/// Origins allowed besides the page's own, fixed at build time:
/// `XIAOMI_EV_DATA_ORIGINS="https://data.example.org,https://cdn.example.com"`.
pub fn build_allow_list() -> Vec<String> {
    option_env!("XIAOMI_EV_DATA_ORIGINS")
        .unwrap_or("")
        .split(',')
        .map(|o| o.trim().trim_end_matches('/').to_owned())
        .filter(|o| !o.is_empty())
        .collect()
}

#[derive(Clone, Debug, PartialEq)]
pub enum LoadError {
    /// The address is not a URL at all.
    BadUrl(String),
    /// Not the page's own origin nor on the allow-list.
    OriginNotAllowed(String),
    Network(String),
    Timeout,
    HttpStatus(u16),
    WrongContentType(String),
    TooLarge(usize),
    /// JSON or schema errors, each with where and why.
    Invalid(Vec<DataError>),
}

impl LoadError {
    /// One sentence for the reader, in their language.
    pub fn message(&self, lang: Lang) -> String {
        let text = messages(lang);
        match self {
            LoadError::BadUrl(url) => text.bad_url(url),
            LoadError::OriginNotAllowed(origin) => text.origin_not_allowed(origin),
            LoadError::Network(detail) => text.network_error(detail),
            LoadError::Timeout => text.timed_out(TIMEOUT_MS / 1000),
            LoadError::HttpStatus(status) => text.http_status(*status),
            LoadError::WrongContentType(kind) => text.wrong_content_type(kind),
            LoadError::TooLarge(bytes) => text.too_large(*bytes, MAX_BYTES),
            LoadError::Invalid(errors) => text.invalid_dataset(errors.len()),
        }
    }

    /// The precise problems, for a list under the message.
    pub fn details(&self) -> Vec<String> {
        match self {
            LoadError::Invalid(errors) => errors.iter().take(50).map(ToString::to_string).collect(),
            _ => Vec::new(),
        }
    }
}

/// The origin (`scheme://host[:port]`) of an absolute http(s) URL.
pub fn origin_of(url: &str) -> Option<String> {
    let (scheme, rest) = url.split_once("://")?;
    let scheme = scheme.to_ascii_lowercase();
    if scheme != "http" && scheme != "https" {
        return None;
    }
    let authority = rest.split(['/', '?', '#']).next()?;
    // Credentials in a URL (user:pass@host) are refused outright.
    if authority.is_empty() || authority.contains('@') {
        return None;
    }
    Some(format!("{scheme}://{}", authority.to_ascii_lowercase()))
}

/// Whether `url` (absolute, already resolved against the page) may be loaded.
pub fn check_url(url: &str, page_origin: &str, allowed: &[String]) -> Result<(), LoadError> {
    let origin = origin_of(url).ok_or_else(|| LoadError::BadUrl(url.chars().take(200).collect()))?;
    if origin == page_origin || allowed.iter().any(|a| a.eq_ignore_ascii_case(&origin)) {
        Ok(())
    } else {
        Err(LoadError::OriginNotAllowed(origin))
    }
}

/// Checks a response's status, content type and declared length.
pub fn check_response(status: u16, content_type: Option<&str>, content_length: Option<usize>) -> Result<(), LoadError> {
    if !(200..300).contains(&status) {
        return Err(LoadError::HttpStatus(status));
    }
    let kind = content_type.unwrap_or("").to_ascii_lowercase();
    let essence = kind.split(';').next().unwrap_or("").trim();
    if !(essence == "application/json" || essence.ends_with("+json") || essence == "text/json") {
        return Err(LoadError::WrongContentType(if essence.is_empty() {
            "no content type".into()
        } else {
            essence.into()
        }));
    }
    match content_length {
        Some(length) if length > MAX_BYTES => Err(LoadError::TooLarge(length)),
        _ => Ok(()),
    }
}

/// Parses and validates a fetched body.
pub fn parse_body(body: &str) -> Result<Dataset, LoadError> {
    if body.len() > MAX_BYTES {
        return Err(LoadError::TooLarge(body.len()));
    }
    parse_dataset(body).map_err(LoadError::Invalid)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn only_the_pages_origin_and_listed_origins_are_allowed() {
        let page = "https://charts.example.org";
        let allowed = vec!["https://data.example.com".to_owned()];
        assert_eq!(check_url("https://charts.example.org/data/custom.json", page, &allowed), Ok(()));
        assert_eq!(check_url("https://DATA.example.com/x.json", page, &allowed), Ok(()));
        assert_eq!(
            check_url("https://evil.example.net/x.json", page, &allowed),
            Err(LoadError::OriginNotAllowed("https://evil.example.net".into()))
        );
        assert_eq!(
            check_url("http://charts.example.org/x.json", page, &allowed),
            Err(LoadError::OriginNotAllowed("http://charts.example.org".into()))
        );
        assert!(matches!(check_url("javascript:alert(1)", page, &allowed), Err(LoadError::BadUrl(_))));
        assert!(matches!(check_url("https://user:pw@charts.example.org/x", page, &allowed), Err(LoadError::BadUrl(_))));
        assert!(matches!(check_url("data:application/json,{}", page, &allowed), Err(LoadError::BadUrl(_))));
    }

    #[test]
    fn responses_are_checked_for_status_type_and_size() {
        assert_eq!(check_response(200, Some("application/json; charset=utf-8"), Some(100)), Ok(()));
        assert_eq!(check_response(404, Some("application/json"), None), Err(LoadError::HttpStatus(404)));
        assert_eq!(check_response(200, Some("text/html"), None), Err(LoadError::WrongContentType("text/html".into())));
        assert_eq!(check_response(200, None, None), Err(LoadError::WrongContentType("no content type".into())));
        assert_eq!(
            check_response(200, Some("application/json"), Some(MAX_BYTES + 1)),
            Err(LoadError::TooLarge(MAX_BYTES + 1))
        );
    }

    #[test]
    fn bodies_are_limited_parsed_and_validated() {
        assert!(matches!(parse_body(&"x".repeat(MAX_BYTES + 1)), Err(LoadError::TooLarge(_))));
        match parse_body("{ nope") {
            Err(LoadError::Invalid(errors)) => assert!(errors[0].location.starts_with("line 1, column")),
            other => panic!("{other:?}"),
        }
        assert!(parse_body(crate::data::BUILTIN_JSON).is_ok());
    }

    #[test]
    fn every_failure_has_a_message_in_both_languages() {
        let failures = [
            LoadError::BadUrl("x".into()),
            LoadError::OriginNotAllowed("https://a".into()),
            LoadError::Network("refused".into()),
            LoadError::Timeout,
            LoadError::HttpStatus(500),
            LoadError::WrongContentType("text/html".into()),
            LoadError::TooLarge(2_000_000),
            LoadError::Invalid(vec![DataError::new("line 1, column 1", "invalid JSON")]),
        ];
        for failure in failures {
            for lang in Lang::ALL {
                assert!(failure.message(lang).len() > 10, "{failure:?}");
            }
        }
    }

    proptest! {
        #[test]
        fn any_url_is_checked_without_panic(url in ".{0,200}") {
            let _ = check_url(&url, "https://a.example", &[]);
        }
    }
}
