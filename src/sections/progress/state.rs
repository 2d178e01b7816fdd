//! The progress section's derived state: the projection for the reader's scenario and what is
//! made of it (sentence, chart, description, table rows), memos over the shared core.

use super::{completion_rows, scenario_sentence, TableRow};
use crate::app::AppState;
use crate::charts::completion::{completion_chart, completion_description, predict_chart};
use crate::charts::{chart_option, palette, ChartOption};
use crate::messages::messages;
use crate::model::{Kind, Projection};
use leptos::prelude::*;

/// The section's memos, made by whichever view shows it (the page's section or its embed).
#[derive(Clone, Copy)]
pub struct ProgressState {
    /// The projection for the scenario.
    pub projection: Memo<Projection>,
    /// Whether the projection may be shown (always, outside predict mode).
    pub revealed: Memo<bool>,
    /// The scenario sentence.
    pub sentence: Memo<String>,
    /// The completion chart's option JSON.
    pub completion_option: Memo<ChartOption>,
    /// The completion chart's text description.
    pub completion_description: Memo<String>,
    /// Rows of the completion table.
    pub completion_rows: Memo<Vec<TableRow>>,
}

/// Makes the section's memos over the shared core; they compute when first read.
pub fn use_progress_state(state: AppState) -> ProgressState {
    let (dataset, scenario, predict, guess) =
        (state.dataset, state.scenario, state.predict, state.guess);
    let (lang, theme) = (state.lang.lang, state.theme.theme);
    let projection = Memo::new(move |_| dataset.with(|d| Projection::new(d, scenario.get())));
    let revealed = Memo::new(move |_| !predict.get() || guess.with(Option::is_some));
    let sentence =
        Memo::new(move |_| projection.with(|p| scenario_sentence(messages(lang.get()), p)));
    let completion_description = Memo::new(move |_| {
        let m = messages(lang.get());
        if revealed.get() {
            dataset.with(|d| projection.with(|p| completion_description(m, d, p)))
        } else {
            m.projection_hidden().to_string()
        }
    });
    let completion_option = Memo::new(move |_| {
        dataset.with(|d| {
            projection.with(|p| {
                let palette = palette(theme.get());
                let m = messages(lang.get());
                let chart = if predict.get() {
                    predict_chart(m, d, p, guess.get(), palette)
                } else {
                    completion_chart(m, d, p, palette)
                };
                chart_option(&chart, &completion_description.get())
            })
        })
    });
    let completion_rows = Memo::new(move |_| {
        let m = messages(lang.get());
        let mut rows = dataset.with(|d| projection.with(|p| completion_rows(m, d, p)));
        if !revealed.get() {
            rows.retain(|row| row.kind != Kind::Projected);
        }
        rows
    });
    ProgressState {
        projection,
        revealed,
        sentence,
        completion_option,
        completion_description,
        completion_rows,
    }
}
