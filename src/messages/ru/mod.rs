//! Russian, for native readers: the terms are those of `docs/glossary.md`, the words are
//! `phrases.txt` (every word that follows a number agrees with it as shown, through
//! `model::plural`), and the sentences they fill are written once in `messages/structure`.

/// The Russian messages.
pub struct Ru;

impl crate::messages::phrase::Speaks for Ru {
    const LANG: crate::model::lang::Lang = crate::model::lang::Lang::Ru;
    const PHRASES: &'static crate::messages::phrase::Phrases =
        &crate::messages::phrase::Phrases::parse(include_str!("phrases.txt"));
}
