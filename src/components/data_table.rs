//! The completion table: every observed and projected value with its kind and source.

use super::datatext::{NoteText, SourceText};
use crate::app::AppState;
use crate::model::Kind;
use crate::sections::tables::TableRow;
use leptos::prelude::*;

/// The observed and projected values under the completion chart.
#[component]
pub fn CompletionTable() -> impl IntoView {
    let msg = crate::app::lang::use_messages();
    let state = expect_context::<AppState>();
    let count = move || state.dataset.with(|d| d.programs.count);
    // The reported and derived rows apart from the projected ones: a slider step rebuilds
    // only the projected rows (each memo notifies only when its rows change).
    let part = move |projected: bool| {
        Memo::new(move |_| {
            state.completion_rows.with(|rows| {
                rows.iter()
                    .filter(|row| (row.kind == Kind::Projected) == projected)
                    .cloned()
                    .collect::<Vec<_>>()
            })
        })
    };
    let (observed, projected) = (part(false), part(true));
    let render = move |rows: Memo<Vec<TableRow>>| {
        move || {
            rows.get()
                .into_iter()
                .map(|row| {
                    let class = row.kind.css_class();
                    let kind = row.kind;
                    view! {
                        <tr data-kind=class>
                            <td data-label=msg.labels().label_date data-date=row.date.to_string()>{msg.long_date(row.date)}</td>
                            <td data-label=msg.labels().label_implemented class="num">{msg.figure_percent_value(row.percent)}</td>
                            <td data-label=msg.labels().text_derived_programs class="num">{msg.number(row.programs, 1)}</td>
                            <KindCell kind=kind />
                            <td data-label=msg.labels().label_wording_or_method><NoteText note=row.note /></td>
                            <td data-label=msg.labels().label_source><SourceText source=row.source /></td>
                        </tr>
                    }
                })
                .collect_view()
        }
    };
    view! {
        <div class="table-scroll" role="region" aria-labelledby="completion-table-caption" tabindex="0">
            <table class="data-table" id="completion-table">
                <caption id="completion-table-caption">
                    {move || msg.completion_caption(count())}
                </caption>
                <thead>
                    <tr>
                        <th scope="col">{msg.labels().label_date}</th>
                        <th scope="col">{msg.labels().label_implemented}</th>
                        <th scope="col">{move || msg.programs_column(count())}</th>
                        <th scope="col">{msg.labels().label_kind}</th>
                        <th scope="col">{msg.labels().label_wording_or_method}</th>
                        <th scope="col">{msg.labels().label_source}</th>
                    </tr>
                </thead>
                <tbody>{render(observed)}{render(projected)}</tbody>
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
