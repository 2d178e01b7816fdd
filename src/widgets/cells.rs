//! A table's cells that say where a value comes from: its note (the source's words or how it
//! was derived) and its source, and the row of a table of yearly values. Host-compiled, so the
//! sections' rows and the tests share them; `widgets::datatext` and `widgets::table` show them.

use crate::messages::Messages;
use crate::model::dataset::{Cited, Kind, Localized, Quote};

/// One row of a table of yearly values (trade, balance), as `widgets::table::DataTable` shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct ValueRow {
    /// Calendar year.
    pub year: i32,
    /// What the value measures, where the table has that column ("Goods", "Growth").
    pub measure: Option<String>,
    /// The value as shown ("$45 billion", "+35%", "surplus, amount not reported").
    pub value: String,
    /// Reported or derived.
    pub kind: Kind,
    /// The source's wording, or how the value was derived.
    pub note: Note,
    /// The citation.
    pub source: Cited,
}

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
            Note::Quoted { quote, formula } => m.quoted_note_rich(quote, formula.as_ref()).plain(),
            Note::Derived(formula) => m.derived_note(formula).plain(),
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
