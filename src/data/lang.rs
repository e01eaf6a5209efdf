//! Dataset text given in one or several of the product's languages.

use crate::text::Lang;
use serde::Deserialize;
use std::collections::BTreeMap;

/// Text that is either the same in every language or given per language
/// (`{"en": "...", "zh-CN": "..."}`); the default language is the fallback.
#[derive(Clone, Debug, PartialEq)]
pub enum Text {
    Plain(String),
    Localized(BTreeMap<String, String>),
}

// Written by hand rather than `#[serde(untagged)]`, which buffers every value
// and tries each variant in turn: that costs about 10 KB of wasm.
impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Text, D::Error> {
        struct TextVisitor;
        impl<'de> serde::de::Visitor<'de> for TextVisitor {
            type Value = Text;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a string, or an object of strings by language code")
            }
            fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<Text, E> {
                Ok(Text::Plain(text.to_owned()))
            }
            fn visit_map<M: serde::de::MapAccess<'de>>(self, mut map: M) -> Result<Text, M::Error> {
                let mut by_lang = BTreeMap::new();
                while let Some((code, text)) = map.next_entry::<String, String>()? {
                    by_lang.insert(code, text);
                }
                Ok(Text::Localized(by_lang))
            }
        }
        deserializer.deserialize_any(TextVisitor)
    }
}

impl Text {
    pub fn get(&self, lang: Lang) -> &str {
        match self {
            Text::Plain(text) => text,
            Text::Localized(by_lang) => by_lang
                .get(lang.code())
                .or_else(|| by_lang.get(Lang::DEFAULT.code()))
                .or_else(|| by_lang.values().next())
                .map(String::as_str)
                .unwrap_or(""),
        }
    }
}
