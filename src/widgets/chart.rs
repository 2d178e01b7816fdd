//! A chart with its description beneath, as every chart on the page has, and the memos of a
//! chart that depends on the dataset only (`StaticChart`), which a section makes for its chart.

use super::echart::EChart;
use crate::app::AppState;
use crate::charts::ext::ChartExt;
use crate::charts::{chart_option, palette, ChartOption, Palette};
use crate::messages::{messages, Page};
use crate::model::Dataset;
use leptos::prelude::*;

/// A chart that depends on the dataset only: its option JSON and its text description.
#[derive(Clone, Copy)]
pub struct StaticChart {
    /// Option JSON for ECharts.
    pub option: Memo<ChartOption>,
    /// One-line description, shown under the chart and given to ECharts' ARIA.
    pub description: Memo<String>,
}

impl StaticChart {
    /// The memos of a chart built by `build` and described by `describe` from the dataset in
    /// use, in the page's language and theme. Plain function pointers, so every chart shares
    /// one instance of this code.
    pub fn new(
        state: AppState,
        build: fn(&dyn Page, &Dataset, &Palette) -> ChartExt,
        describe: fn(&dyn Page, &Dataset) -> String,
    ) -> StaticChart {
        let (dataset, theme, lang) = (state.dataset, state.theme.theme, state.lang.lang);
        let description = Memo::new(move |_| {
            let m = messages(lang.get());
            dataset.with(|d| describe(m, d))
        });
        let option = Memo::new(move |_| {
            let palette = palette(theme.get());
            let m = messages(lang.get());
            dataset.with(|d| chart_option(&build(m, d, palette), &description.get()))
        });
        StaticChart {
            option,
            description,
        }
    }
}

/// A chart with its description beneath, as every chart on the page has.
#[component]
pub fn ChartWithSummary(
    /// The chart's option and description.
    chart: StaticChart,
    /// Element id of the chart.
    id: &'static str,
    /// Short name for the fallback message.
    label: &'static str,
    /// Series-0 data index whose tooltip to show.
    #[prop(optional, into)]
    tip: Option<Signal<Option<usize>>>,
) -> impl IntoView {
    let summary_id = format!("{id}-summary");
    view! {
        {match tip {
            Some(tip) => view! { <EChart option=chart.option id=id label=label tip=tip /> }.into_any(),
            None => view! { <EChart option=chart.option id=id label=label /> }.into_any(),
        }}
        <p class="chart-summary" id=summary_id>{move || chart.description.get()}</p>
    }
}
