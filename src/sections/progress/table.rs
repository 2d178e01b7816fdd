//! The completion table: every observed and projected value with its kind and source.

use super::state::ProgressState;
use super::TableRow;
use crate::app::AppState;
use crate::model::Kind;
use crate::widgets::datatext::{NoteText, SourceText};
use crate::widgets::table::KindCell;
use leptos::prelude::*;

/// The observed and projected values under the completion chart.
#[component]
pub fn CompletionTable(
    /// The section's memos: the rows come from its projection.
    progress: ProgressState,
) -> impl IntoView {
    let msg = crate::app::lang::use_messages();
    let state = expect_context::<AppState>();
    let count = move || state.dataset.with(|d| d.programs.count);
    // The reported and derived rows apart from the projected ones: a slider step rebuilds
    // only the projected rows (each memo notifies only when its rows change).
    let part = move |projected: bool| {
        Memo::new(move |_| {
            progress.completion_rows.with(|rows| {
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
