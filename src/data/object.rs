//! Reading the dataset's objects. `object_reader!` writes a struct's serde
//! reader: one loop over the object's keys, where serde's derive writes a
//! table of field names three times over (as text, bytes and numbers), an
//! array form the file never uses and an `Option` reader per field type.
//! Measured: about 1 KB of compressed wasm per struct. The messages are
//! serde's own (`missing field`, `unknown field`, `invalid type`), so a
//! broken file reads the same; a key written twice keeps its last value.

/// `object_reader!(Value "a value" { required(period, value) optional(note) defaulted(conflicts) })`:
/// a required field must be in the object; an optional one (`Option<T>`) is
/// `None` when absent; a defaulted one takes its type's default.
macro_rules! object_reader {
    ($name:ident $expecting:literal {
        required($($required:ident),*)
        optional($($optional:ident),*)
        defaulted($($defaulted:ident),*)
    }) => {
        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<$name, D::Error> {
                struct Reader;
                impl<'de> serde::de::Visitor<'de> for Reader {
                    type Value = $name;

                    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                        f.write_str($expecting)
                    }

                    fn visit_map<M: serde::de::MapAccess<'de>>(self, mut map: M) -> Result<$name, M::Error> {
                        const FIELDS: &[&str] =
                            &[$(stringify!($required),)* $(stringify!($optional),)* $(stringify!($defaulted),)*];
                        $(let mut $required = None;)*
                        $(let mut $optional = None;)*
                        $(let mut $defaulted = None;)*
                        while let Some(key) = map.next_key::<String>()? {
                            match key.as_str() {
                                $(stringify!($required) => $required = Some(map.next_value()?),)*
                                $(stringify!($optional) => $optional = Some(map.next_value()?),)*
                                $(stringify!($defaulted) => $defaulted = Some(map.next_value()?),)*
                                other => return Err(serde::de::Error::unknown_field(other, FIELDS)),
                            }
                        }
                        Ok($name {
                            $($required: $required.ok_or_else(|| serde::de::Error::missing_field(stringify!($required)))?,)*
                            $($optional,)*
                            $($defaulted: $defaulted.unwrap_or_default(),)*
                        })
                    }
                }
                deserializer.deserialize_map(Reader)
            }
        }
    };
}
