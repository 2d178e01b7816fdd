//! The page's data tables: one table of reported and derived values (`DataTable`, which the
//! trade and balance sections share), the cell naming a value's kind, and the "Show the data"
//! disclosure every section's table sits behind.

use super::datatext::{Citation, NoteText};
use crate::app::AppState;
use crate::messages::Page;
use crate::model::dataset::Dataset;
use crate::model::Kind;
use crate::widgets::cells::ValueRow;
use leptos::prelude::*;

/// A table of yearly values with their kind, wording and source, scrollable on a phone: ids
/// `{id}-table` and `{id}-table-caption`; columns year, measure (if named), value, kind, wording
/// and source. One view for every such table (trade, balance): the rows are one plain type
/// from a plain function, so it is compiled once.
#[component]
pub fn DataTable(
    /// The section's id, the start of the table's element ids.
    id: &'static str,
    /// The table's caption.
    caption: &'static str,
    /// The measure column's header, if the table has one.
    #[prop(optional)]
    measure: Option<&'static str>,
    /// The value column's header.
    value: &'static str,
    /// The wording column's header.
    note: &'static str,
    /// The rows in the page's words, from the dataset in use.
    rows: fn(&dyn Page, &Dataset) -> Vec<ValueRow>,
) -> impl IntoView {
    let msg = crate::app::lang::use_messages();
    let state = expect_context::<AppState>();
    let caption_id = format!("{id}-table-caption");
    let labelled_by = caption_id.clone();
    let (year, kind, source) = (
        msg.labels().text_year,
        msg.labels().label_kind,
        msg.labels().label_source,
    );
    view! {
        <div class="table-scroll" role="region" aria-labelledby=labelled_by tabindex="0">
            <table class="data-table" id=format!("{id}-table")>
                <caption id=caption_id>{caption}</caption>
                <thead><tr>
                    <th scope="col">{year}</th>
                    {measure.map(|measure| view! { <th scope="col">{measure}</th> })}
                    <th scope="col">{value}</th><th scope="col">{kind}</th>
                    <th scope="col">{note}</th><th scope="col">{source}</th>
                </tr></thead>
                <tbody>
                    {move || state.dataset.with(|d| rows(msg, d)).into_iter().map(|row| {
                        let class = row.kind.css_class();
                        let shown = row.measure.zip(measure).map(|(text, label)| view! {
                            <td data-label=label>{text}</td>
                        });
                        view! {
                            <tr data-kind=class>
                                <td data-label=year>{row.year}</td>
                                {shown}
                                <td data-label=value class="num">{row.value}</td>
                                <KindCell kind=row.kind />
                                <td data-label=note><NoteText note=row.note /></td>
                                <td data-label=source><Citation cited=row.source /></td>
                            </tr>
                        }
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
        <td data-label=msg.labels().label_kind>
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
                {msg.labels().text_show_data}
            </button>
            <div class="disclosure__body" id=id class:is-open=move || open.get()>
                {children()}
            </div>
        </div>
    }
}
