//! The page's data tables: one table of reported and derived values (`DataTable`, which the
//! trade and balance sections share), the cell naming a value's kind, and the "Show the data"
//! disclosure every section's table sits behind.

use super::datatext::{Citation, NoteText};
use crate::messages::{Label, Text};
use crate::model::dataset::Cited;
use crate::model::Kind;
use crate::widgets::cells::Note;
use leptos::prelude::*;

/// One cell of a [`DataTable`] row; its `data-label` is its column's header.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    /// Plain text.
    Text(String),
    /// A number, aligned as one (`class="num"`).
    Num(String),
    /// The value's kind, in words (see [`KindCell`]).
    Kind(Kind),
    /// The source's wording or how a value was derived.
    Note(Note),
    /// The citation.
    Source(Cited),
}

/// One row of a [`DataTable`]: its kind (the row's `data-kind`) and its cells, one per column.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// Reported or derived: styles the row.
    pub kind: Kind,
    /// The cells, in the columns' order.
    pub cells: Vec<Cell>,
}

/// A table of values with their kind, wording and source, scrollable on a phone: ids
/// `{id}-table` and `{id}-table-caption`. Rows come as plain cells (no row type parameter), so
/// every table shares one instance of this view.
#[component]
pub fn DataTable(
    /// The section's id, the start of the table's element ids.
    id: &'static str,
    /// The table's caption.
    caption: &'static str,
    /// Each column's header, also each cell's `data-label` (for the stacked phone layout).
    columns: Vec<&'static str>,
    /// The rows, rebuilt when the dataset or the language changes.
    rows: Signal<Vec<Row>>,
) -> impl IntoView {
    let caption_id = format!("{id}-table-caption");
    let labelled_by = caption_id.clone();
    let headers = columns.clone();
    view! {
        <div class="table-scroll" role="region" aria-labelledby=labelled_by tabindex="0">
            <table class="data-table" id=format!("{id}-table")>
                <caption id=caption_id>{caption}</caption>
                <thead><tr>
                    {headers.into_iter().map(|h| view! { <th scope="col">{h}</th> }).collect_view()}
                </tr></thead>
                <tbody>
                    {move || rows.get().into_iter().map(|row| {
                        let cells = row.cells.into_iter().zip(columns.clone()).map(|(cell, label)| match cell {
                            Cell::Text(text) => view! { <td data-label=label>{text}</td> }.into_any(),
                            Cell::Num(text) => view! { <td data-label=label class="num">{text}</td> }.into_any(),
                            Cell::Kind(kind) => view! { <KindCell kind=kind /> }.into_any(),
                            Cell::Note(note) => view! { <td data-label=label><NoteText note=note /></td> }.into_any(),
                            Cell::Source(cited) => view! { <td data-label=label><Citation cited=cited /></td> }.into_any(),
                        }).collect_view();
                        view! { <tr data-kind=row.kind.css_class()>{cells}</tr> }
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}

/// A table cell naming a value's kind (reported, derived, projected) in words, styled per kind.
#[component]
pub fn KindCell(
    /// The value's kind.
    kind: Kind,
) -> impl IntoView {
    let msg = crate::app::lang::use_messages();
    view! {
        <td data-label=msg.label(Label::Kind)>
            <span class=format!("kind kind--{}", kind.css_class())>{msg.kind(&kind)}</span>
        </td>
    }
}

/// Whether the screen is wide enough (48rem) for the data tables to start open.
fn wide_screen() -> bool {
    window()
        .match_media("(min-width: 48rem)")
        .ok()
        .flatten()
        .is_none_or(|query| query.matches())
}

/// A data table behind a "Show the data" button: closed on phones, open on wide screens, and
/// always printed (the stylesheet shows the body on paper whatever the state).
#[component]
pub fn DataDisclosure(
    /// Element id of the body, named by the button's `aria-controls`.
    id: &'static str,
    /// The table.
    children: Children,
) -> impl IntoView {
    let msg = crate::app::lang::use_messages();
    // Decided once, before the first paint, so the page does not jump; the reader's choice
    // stands from then on.
    let open = RwSignal::new(wide_screen());
    view! {
        <div class="disclosure">
            <button
                type="button"
                class="disclosure__toggle"
                aria-expanded=move || if open.get() { "true" } else { "false" }
                aria-controls=id
                on:click=move |_| open.update(|o| *o = !*o)
            >
                {msg.text(Text::ShowData)}
            </button>
            <div class="disclosure__body" id=id class:is-open=move || open.get()>
                {children()}
            </div>
        </div>
    }
}
