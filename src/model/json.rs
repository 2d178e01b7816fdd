//! Reading parsed JSON into typed values by hand, with the JSON path of every refusal.
//!
//! serde_json parses the text into a `Value`; the functions here check each field's type and
//! name. Derived deserializers with per-field path tracking (serde_path_to_error) did the same
//! job, but made the gzipped wasm 16 KB larger for fifteen structs.

use super::dataset::DataError;
use super::date::Date;
use serde_json::{Map, Value};

/// What reading a value gives: the value, or the one problem that stopped it.
pub type Read<T> = Result<T, DataError>;

/// The refusal for a value at `place` (empty for the whole dataset).
pub fn malformed(place: &str, message: String) -> DataError {
    DataError::Malformed {
        place: if place.is_empty() {
            "dataset".into()
        } else {
            place.into()
        },
        message,
    }
}

/// The place of field `key` inside the value at `place`.
pub fn field_place(place: &str, key: &str) -> String {
    if place.is_empty() {
        key.into()
    } else {
        format!("{place}.{key}")
    }
}

/// How a JSON value is named in a refusal: its type and, for scalars, the value itself.
fn unexpected(value: &Value) -> String {
    match value {
        Value::Null => "null".into(),
        Value::Bool(flag) => format!("boolean `{flag}`"),
        Value::Number(number) if number.is_f64() => format!("floating point `{number}`"),
        Value::Number(number) => format!("integer `{number}`"),
        Value::String(text) => format!("string \"{text}\""),
        Value::Array(_) => "sequence".into(),
        Value::Object(_) => "map".into(),
    }
}

/// The refusal for a value of the wrong type.
pub fn wrong_type(value: &Value, place: &str, expected: &str) -> DataError {
    malformed(
        place,
        format!("invalid type: {}, expected {expected}", unexpected(value)),
    )
}

/// A JSON object being read into a struct: it knows its place and refuses unknown fields.
pub struct Fields<'a> {
    map: &'a Map<String, Value>,
    place: &'a str,
}

impl<'a> Fields<'a> {
    /// Opens `value` as struct `name`, whose fields are exactly `known`.
    pub fn open(value: &'a Value, place: &'a str, name: &str, known: &[&str]) -> Read<Self> {
        let Value::Object(map) = value else {
            return Err(wrong_type(value, place, &format!("struct {name}")));
        };
        if let Some(key) = map.keys().find(|key| !known.contains(&key.as_str())) {
            let expected = known
                .iter()
                .map(|k| format!("`{k}`"))
                .collect::<Vec<_>>()
                .join(", ");
            return Err(malformed(
                &field_place(place, key),
                format!("unknown field `{key}`, expected one of {expected}"),
            ));
        }
        Ok(Fields { map, place })
    }

    /// Reads field `key`, which must be present.
    pub fn required<T>(&self, key: &str, read: impl Fn(&Value, &str) -> Read<T>) -> Read<T> {
        match self.map.get(key) {
            Some(value) => read(value, &field_place(self.place, key)),
            None => Err(malformed(self.place, format!("missing field `{key}`"))),
        }
    }

    /// Reads field `key`; a missing field or `null` is `None`.
    pub fn optional<T>(
        &self,
        key: &str,
        read: impl Fn(&Value, &str) -> Read<T>,
    ) -> Read<Option<T>> {
        match self.map.get(key) {
            None | Some(Value::Null) => Ok(None),
            Some(value) => read(value, &field_place(self.place, key)).map(Some),
        }
    }

    /// Reads field `key`, or gives `T::default()` when it is missing.
    pub fn or_default<T: Default>(
        &self,
        key: &str,
        read: impl Fn(&Value, &str) -> Read<T>,
    ) -> Read<T> {
        match self.map.get(key) {
            None => Ok(T::default()),
            Some(value) => read(value, &field_place(self.place, key)),
        }
    }
}

/// A string.
pub fn text(value: &Value, place: &str) -> Read<String> {
    match value {
        Value::String(text) => Ok(text.clone()),
        other => Err(wrong_type(other, place, "a string")),
    }
}

/// Any JSON number, as f64.
pub fn number(value: &Value, place: &str) -> Read<f64> {
    match value.as_f64() {
        Some(number) if value.is_number() => Ok(number),
        _ => Err(wrong_type(value, place, "f64")),
    }
}

/// A whole number that fits `T`; `name` is the type's name for the refusal.
fn whole<T: TryFrom<i64>>(value: &Value, place: &str, name: &str) -> Read<T> {
    let Value::Number(number) = value else {
        return Err(wrong_type(value, place, name));
    };
    let fits = match (number.as_i64(), number.as_u64()) {
        (Some(small), _) => T::try_from(small).ok(),
        (None, Some(_)) => None,
        (None, None) => return Err(wrong_type(value, place, name)),
    };
    fits.ok_or_else(|| {
        malformed(
            place,
            format!("invalid value: integer `{number}`, expected {name}"),
        )
    })
}

/// A whole number from 0 to 4294967295.
pub fn unsigned(value: &Value, place: &str) -> Read<u32> {
    whole(value, place, "u32")
}

/// A whole number that fits 32 bits, such as a year.
pub fn integer(value: &Value, place: &str) -> Read<i32> {
    whole(value, place, "i32")
}

/// An ISO date, "YYYY-MM-DD".
pub fn date(value: &Value, place: &str) -> Read<Date> {
    match value {
        Value::String(text) => Date::parse(text).map_err(|err| malformed(place, err.to_string())),
        other => Err(wrong_type(other, place, "a date string")),
    }
}

/// A list whose every item is read by `read`.
pub fn list<T>(value: &Value, place: &str, read: impl Fn(&Value, &str) -> Read<T>) -> Read<Vec<T>> {
    let Value::Array(items) = value else {
        return Err(wrong_type(value, place, "a sequence"));
    };
    items
        .iter()
        .enumerate()
        .map(|(index, item)| read(item, &format!("{place}[{index}]")))
        .collect()
}

/// One of `variants`, written as its `label`: the same words the app writes and shows.
pub fn variant<T: Clone>(
    value: &Value,
    place: &str,
    variants: &[T],
    label: impl Fn(&T) -> &'static str,
) -> Read<T> {
    let Value::String(word) = value else {
        return Err(wrong_type(value, place, "a word"));
    };
    variants
        .iter()
        .find(|variant| label(variant) == word)
        .cloned()
        .ok_or_else(|| {
            let expected = variants
                .iter()
                .map(|variant| format!("`{}`", label(variant)))
                .collect::<Vec<_>>()
                .join(", ");
            malformed(
                place,
                format!("unknown variant `{word}`, expected one of {expected}"),
            )
        })
}

/// The JSON path of the value being read at byte `offset` of `text`, such as
/// `progress[1].percent`, for syntax errors, which serde_json reports by line and column only.
/// Empty at the top level.
pub fn place_at(text: &str, offset: usize) -> String {
    enum Open<'t> {
        Object(Option<&'t str>),
        Array(usize),
    }
    let bytes = text.as_bytes();
    let end = offset.min(bytes.len());
    let mut open: Vec<Open> = Vec::new();
    let mut expecting_key = false;
    let mut at = 0;
    while at < end {
        match bytes[at] {
            b'"' => {
                let start = at + 1;
                at = start;
                while at < bytes.len() && bytes[at] != b'"' {
                    at += if bytes[at] == b'\\' { 2 } else { 1 };
                }
                if expecting_key {
                    if let Some(Open::Object(key)) = open.last_mut() {
                        // Quotes and backslashes are ASCII, so both ends are char boundaries.
                        *key = text.get(start..at.min(bytes.len()));
                    }
                    expecting_key = false;
                }
            }
            b'{' => {
                open.push(Open::Object(None));
                expecting_key = true;
            }
            b'[' => open.push(Open::Array(0)),
            b'}' | b']' => {
                open.pop();
                expecting_key = false;
            }
            b',' => match open.last_mut() {
                Some(Open::Array(index)) => *index += 1,
                Some(Open::Object(key)) => {
                    *key = None;
                    expecting_key = true;
                }
                None => {}
            },
            _ => {}
        }
        at += 1;
    }
    let mut place = String::new();
    for part in &open {
        match part {
            Open::Object(Some(key)) => place = field_place(&place, key),
            Open::Object(None) => {}
            Open::Array(index) => place.push_str(&format!("[{index}]")),
        }
    }
    place
}

/// The byte offset of 1-based `line` and `column` in `text`, as serde_json counts them.
pub fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let line_start = text
        .match_indices('\n')
        .nth(line.saturating_sub(2))
        .map_or(0, |(at, _)| at + 1);
    let line_start = if line <= 1 { 0 } else { line_start };
    (line_start + column.saturating_sub(1)).min(text.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_path_of_a_position() {
        let text = r#"{"a": 1, "list": [{"x": 2}, {"y": [3, 4, oops]}], "b": "#;
        let at = |needle: &str| text.find(needle).unwrap();
        assert_eq!(place_at(text, at("1")), "a");
        assert_eq!(place_at(text, at("oops")), "list[1].y[2]");
        assert_eq!(place_at(text, at("2")), "list[0].x");
        assert_eq!(place_at(text, text.len()), "b");
        assert_eq!(place_at(text, 0), "");
        assert_eq!(place_at(r#"{"a\"b": x"#, 9), "a\\\"b");
        assert_eq!(place_at(r#"{"é": [1, "#, 20), "é[1]");
    }

    #[test]
    fn converts_line_and_column_to_an_offset() {
        let text = "ab\ncd\nef";
        assert_eq!(&text[offset_of(text, 1, 2)..], "b\ncd\nef");
        assert_eq!(&text[offset_of(text, 2, 1)..], "cd\nef");
        assert_eq!(&text[offset_of(text, 3, 2)..], "f");
        assert_eq!(offset_of(text, 9, 9), text.len());
        assert_eq!(offset_of(text, 1, 0), 0);
    }

    #[test]
    fn names_wrong_types_and_unknown_words_like_the_reader_expects() {
        let value: Value = serde_json::from_str(r#"{"n": "70", "c": -3, "k": "guessed"}"#).unwrap();
        let fields = Fields::open(&value, "", "Test", &["n", "c", "k"]).unwrap();
        let error = |result: Read<()>| result.unwrap_err().to_string();
        assert_eq!(
            error(fields.required("n", number).map(drop)),
            "n: invalid type: string \"70\", expected f64"
        );
        assert_eq!(
            error(fields.required("c", unsigned).map(drop)),
            "c: invalid value: integer `-3`, expected u32"
        );
        assert_eq!(
            error(
                fields
                    .required("k", |v, p| variant(v, p, &[1, 2], |n| ["", "a", "b"][*n]))
                    .map(drop)
            ),
            "k: unknown variant `guessed`, expected one of `a`, `b`"
        );
        assert_eq!(
            error(fields.required("z", text).map(drop)),
            "dataset: missing field `z`"
        );
        assert_eq!(fields.optional("z", text), Ok(None));
        assert_eq!(
            error(Fields::open(&value, "p[0]", "Test", &["n"]).map(drop)),
            "p[0].c: unknown field `c`, expected one of `n`"
        );
        assert_eq!(integer(&Value::from(2023), "y"), Ok(2023));
        assert!(integer(&Value::from(1u64 << 40), "y").is_err());
        assert!(integer(&Value::from(2.5), "y").is_err());
        assert_eq!(number(&Value::from(3), "n"), Ok(3.0));
    }
}
