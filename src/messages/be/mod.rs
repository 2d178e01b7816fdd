//! Belarusian (official orthography), for native readers: the terms are those of
//! `docs/glossary.md`, the words are `phrases.txt`, and the sentences they fill are written once
//! in `messages/structure`. Every word that follows a number agrees with it through
//! `model::plural` ("1 пункт", "2 пункты", "5 пунктаў"; a number shown with decimals takes the
//! genitive singular: "1,0 пункта", "1,5 пункта"). "у" becomes "ў" after a vowel, so each phrase
//! is written for the word it follows, and so are the dataset's own phrases (a treaty item's
//! date follows "узгоднена": "ў лютым 2023 г."); "з" before some clusters is the rule `z`.

/// The Belarusian messages.
pub struct Be;

impl crate::messages::phrase::Speaks for Be {
    const LANG: crate::model::lang::Lang = crate::model::lang::Lang::Be;
    const PHRASES: &'static crate::messages::phrase::Phrases =
        &crate::messages::phrase::Phrases::parse(include_str!("phrases.txt"));

    fn rule(&self, rule: &str, text: String) -> String {
        match rule {
            "z" => z(&text),
            _ => text,
        }
    }
}

/// The preposition "з" before `word`, spelled "са" before a cluster that starts with з, с, ж or
/// ш ("са студзеня", "са снежня", "са жніўня"), as the orthography asks; `word` follows it.
pub(super) fn z(word: &str) -> String {
    // Explicit letters, not char::is_alphabetic or to_lowercase: their Unicode tables would
    // cost the wasm several kilobytes for one preposition.
    const CONSONANTS: &str = "бвгджзйклмнпрстфхцчшўБВГДЖЗЙКЛМНПРСТФХЦЧШЎ";
    let mut chars = word.chars();
    let cluster = matches!(
        chars.next(),
        Some('з' | 'с' | 'ж' | 'ш' | 'З' | 'С' | 'Ж' | 'Ш')
    ) && chars.next().is_some_and(|c| CONSONANTS.contains(c));
    format!("{} {word}", if cluster { "са" } else { "з" })
}
