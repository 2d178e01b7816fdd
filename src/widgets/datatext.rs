//! The dataset's own text on the page: prose in the page's language (English marked where a
//! file has no translation), quotations kept in English with their translation beside them, and
//! citations with the outlet in `<cite>`, and the page's messages as typed pieces
//! ([`RichText`]). The texts are picked by the model (`Dataset::text`, `Dataset::quote`,
//! `dataset::cited`) and the messages; these views only mark them up.

use crate::messages::{messages, Lang, Piece, Rich};
use crate::model::dataset::{Cited, Localized, Quote};
use crate::widgets::cells::{Note, SourceCell};
use leptos::prelude::*;

/// A prose text of the dataset: `lang="en"` when it is the English original on a page in
/// another language.
#[component]
pub fn DataText(
    /// The text and whether it fell back to English.
    text: Localized,
) -> impl IntoView {
    view! { <span lang=text.english.then_some("en")>{text.text}</span> }
}

/// A quotation: the source's English words in English quotation marks, marked `lang="en"`,
/// and on a page in another language its translation beside it, marked as a translation.
#[component]
pub fn Quotation(
    /// The original and its translation.
    quote: Quote,
) -> impl IntoView {
    let msg = crate::app::lang::use_messages();
    let original = messages(Lang::En).quotation(&quote.original);
    let translation = quote.translation.map(|text| {
        let m = msg;
        view! {
            " "
            <span class="quote__translation">
                "(" <span class="quote__mark">{m.labels().text_translation}</span> ": " {m.quotation(&text)} ")"
            </span>
        }
    });
    view! {
        <span class="quote" lang="en">{original}</span>
        {translation}
    }
}

/// A citation: the outlet (linked where the source has an address) in `<cite>`, then the date in
/// the page's language; on the English page, the citation as the article prints it.
#[component]
pub fn Citation(
    /// The citation.
    cited: Cited,
) -> impl IntoView {
    let name = match cited.url {
        Some(url) => view! { <a href=url>{cited.name}</a> }.into_any(),
        None => cited.name.into_any(),
    };
    view! {
        <cite>{name}</cite>
        {cited.date.map(|date| view! { ", " {date} })}
    }
}

/// A message as its typed pieces: names in `<cite>`, a quotation in another language than the
/// page's marked with its `lang`, the dataset's text as [`DataText`]. The one view of
/// [`Rich`]; `shell::rich_html` writes the same markup.
#[component]
pub fn RichText(
    /// The message.
    rich: Rich,
) -> impl IntoView {
    let page = crate::app::lang::use_messages().lang();
    rich.0
        .into_iter()
        .map(|piece| match piece {
            Piece::Text(text) => text.into_any(),
            Piece::Cite(name) => view! { <cite>{name}</cite> }.into_any(),
            Piece::Quote { text, lang } if lang == page => text.into_any(),
            Piece::Quote { text, lang } => {
                view! { <span lang=lang.code()>{text}</span> }.into_any()
            }
            Piece::Data(text) => view! { <DataText text=text /> }.into_any(),
        })
        .collect_view()
}

/// A table's note: a quotation and formula, a formula, or the page's own words.
#[component]
pub fn NoteText(
    /// The note.
    note: Note,
) -> impl IntoView {
    let msg = crate::app::lang::use_messages();
    match note {
        Note::Quoted { quote, formula } => view! {
            <Quotation quote=quote />
            {formula.map(|f| view! { " — " <DataText text=f /> })}
        }
        .into_any(),
        Note::Derived(formula) => view! { <RichText rich=msg.derived_note(&formula) /> }.into_any(),
        Note::Plain(text) => text.into_any(),
    }
}

/// A table's source cell.
#[component]
pub fn SourceText(
    /// The citation or the page's own words.
    source: SourceCell,
) -> impl IntoView {
    match source {
        SourceCell::Cited(cited) => view! { <Citation cited=cited /> }.into_any(),
        SourceCell::Plain(text) => text.into_any(),
    }
}
