//! The dataset's own text on the page: prose in the page's language (English marked where a
//! file has no translation), quotations kept in English with their translation beside them, and
//! citations with the outlet in `<cite>`. The texts are picked by the model
//! (`Dataset::text`, `Dataset::quote`, `dataset::cited`); these views only mark them up.

use crate::messages::{messages, Lang};
pub use crate::model::dataset::around;
use crate::model::dataset::{outlet_runs, Cited, Localized, Quote};
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

/// A sentence of the page's own words that may name sources: each outlet of `dataset` in it
/// sits in `<cite>`.
#[component]
pub fn NamingSources(
    /// The sentence.
    text: String,
    /// The outlets to look for.
    outlets: Vec<String>,
) -> impl IntoView {
    let names: Vec<&str> = outlets.iter().map(String::as_str).collect();
    outlet_runs(&text, &names)
        .into_iter()
        .map(|(run, cite)| {
            if cite {
                view! { <cite>{run}</cite> }.into_any()
            } else {
                run.into_any()
            }
        })
        .collect_view()
}

/// The outlets `dataset` cites, the later layer's too, as it names them and as its
/// translations do, for [`NamingSources`].
pub fn outlets(dataset: &crate::model::Dataset) -> Vec<String> {
    dataset.outlet_names()
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
        Note::Derived(formula) => {
            let (before, after) = around(|arg| msg.derived_note(arg));
            view! { {before}<DataText text=formula />{after} }.into_any()
        }
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

/// `text` with the first `name` in it set as a <cite>: a source's name inside a sentence of the
/// page's language, which stays as the source spells it (the English contract of issue #20).
pub fn with_cite(text: String, name: &str) -> impl IntoView {
    match text.split_once(name).filter(|_| !name.is_empty()) {
        Some((before, after)) => {
            let (before, after) = (before.to_string(), after.to_string());
            view! { {before}<cite>{name.to_string()}</cite>{after} }.into_any()
        }
        None => text.into_any(),
    }
}
