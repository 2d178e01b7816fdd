//! The trade section's view: the chart of trade by year, its method note and its table.

use super::trade_rows;
use crate::app::staging::{Later, Staged};
use crate::app::AppState;
use crate::charts::trade::{trade_chart, trade_description};
use crate::widgets::chart::{ChartWithSummary, StaticChart};
use crate::widgets::datatext::DataText;
use crate::widgets::table::{DataDisclosure, DataTable};
use leptos::prelude::*;

/// The section on the full page, mounting whole in its staged part.
pub fn page(staged: Staged, _scenario_link: Signal<String>) -> AnyView {
    view! { <Later revealed=staged.revealed part=staged.first><TradeSection /></Later> }.into_any()
}

/// The section alone in an embed: its chart and summary.
pub fn embed(_scenario_link: Signal<String>) -> AnyView {
    let msg = crate::app::lang::use_messages();
    let chart = use_trade_chart(expect_context::<AppState>());
    view! { <ChartWithSummary chart=chart id="trade-chart" label=msg.labels().text_trade_chart /> }
        .into_any()
}

/// The trade chart's memos over the shared core.
fn use_trade_chart(state: AppState) -> StaticChart {
    StaticChart::new(
        state,
        |m, d, p| trade_chart(m, d, p),
        |m, d| trade_description(m, d),
    )
}

/// Trade volume by year: reported and derived, goods and services.
#[component]
pub fn TradeSection() -> impl IntoView {
    let msg = crate::app::lang::use_messages();
    let state = expect_context::<AppState>();
    let chart = use_trade_chart(state);
    let note = move || {
        state
            .dataset
            .with(|d| d.text(msg.lang(), "trade", "note", &d.trade.note))
    };
    view! {
        <section id="trade" class="section" aria-labelledby="trade-title">
            <h2 id="trade-title">{msg.labels().text_trade_title}</h2>
            <ChartWithSummary chart=chart id="trade-chart" label=msg.labels().text_trade_chart />
            <p class="method">{move || view! { <DataText text=note() /> }}</p>
            <DataDisclosure id="trade-data">
                <DataTable id="trade" caption=msg.labels().text_trade_caption measure=msg.labels().text_measure value=msg.labels().text_value note=msg.labels().label_wording_or_method rows=|m, d| trade_rows(m, d) />
            </DataDisclosure>
        </section>
    }
}
