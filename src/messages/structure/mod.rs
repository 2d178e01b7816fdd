//! The sentence structure of every message, written once: each trait of `messages` implemented
//! for every language that [`Speaks`], from its phrases.

mod after;
mod charts;
mod data;
mod frame;
mod story;

use super::keys::K;
use super::phrase::{Arg, Speaks};

/// A count as a phrase argument.
fn int(count: u32) -> Arg<'static> {
    Arg::Int(count.into())
}

/// `text` ending with one full stop: a Russian or Belarusian date already ends in "г.", which
/// ends the sentence.
fn full_stop(mut text: String) -> String {
    if !text.ends_with('.') {
        text.push('.');
    }
    text
}

/// A description from its parts, joined by "; ", or the phrase for none.
fn parts_or<S: Speaks>(speaker: &S, parts: Vec<String>, some: K, none: K) -> String {
    if parts.is_empty() {
        return speaker.word(none).into();
    }
    speaker.say(some, &[("parts", Arg::Text(&parts.join("; ")))])
}

#[cfg(test)]
mod tests;
