//! The languages the product is written in, and dataset text given in one
//! or several of them.

use serde::Deserialize;
use std::collections::BTreeMap;

/// A language the product is written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    En,
    ZhCn,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::ZhCn];

    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::ZhCn => "zh-CN",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        match code.to_ascii_lowercase().as_str() {
            "en" | "en-us" | "en-gb" => Some(Lang::En),
            "zh-cn" | "zh" | "zh-hans" | "zh-hans-cn" => Some(Lang::ZhCn),
            _ => None,
        }
    }
}

/// Text that is either the same in every language or given per language
/// (`{"en": "...", "zh-CN": "..."}`); English is the fallback.
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
                .or_else(|| by_lang.get("en"))
                .or_else(|| by_lang.values().next())
                .map(String::as_str)
                .unwrap_or(""),
        }
    }
}
