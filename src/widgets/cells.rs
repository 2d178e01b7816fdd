//! A table's cells that say where a value comes from: its note (the source's words or how it
//! was derived) and its source. Host-compiled, so the sections' rows and the tests share them;
//! `widgets::datatext` marks them up.

use crate::messages::Messages;
use crate::model::dataset::{Cited, Localized, Quote};

/// A table's note on a value, in the page's language.
#[derive(Debug, Clone, PartialEq)]
pub enum Note {
    /// The source's words (a quotation, kept in English with its translation), and for a
    /// derived value how it follows.
    Quoted {
        /// The quotation.
        quote: Quote,
        /// The formula of a derived value.
        formula: Option<Localized>,
    },
    /// How a derived value follows, without a quotation.
    Derived(Localized),
    /// The page's own words (projected rows).
    Plain(String),
}

impl Note {
    /// The note as one line of text in `m`'s words (the English page shows exactly this).
    pub fn plain(&self, m: &(impl Messages + ?Sized)) -> String {
        match self {
            Note::Quoted { quote, formula } => {
                let translated = quote
                    .translation
                    .as_ref()
                    .map_or(String::new(), |t| format!(" ({})", m.quotation(t)));
                let formula = formula.as_ref().map(|f| f.text.as_str());
                m.quoted_note(&quote.original, formula).replacen(
                    &quote.original,
                    &format!("{}{translated}", quote.original),
                    1,
                )
            }
            Note::Derived(formula) => m.derived_note(&formula.text),
            Note::Plain(text) => text.clone(),
        }
    }
}

/// A table's source cell: a citation, or the page's own words for its projection.
#[derive(Debug, Clone, PartialEq)]
pub enum SourceCell {
    /// A source of the dataset.
    Cited(Cited),
    /// "This page's projection".
    Plain(String),
}

impl SourceCell {
    /// The cell as one line of text: on the English page, the citation as the article prints it.
    pub fn plain(&self) -> String {
        match self {
            SourceCell::Cited(c) => match &c.date {
                Some(date) => format!("{}, {date}", c.name),
                None => c.name.clone(),
            },
            SourceCell::Plain(text) => text.clone(),
        }
    }
}
