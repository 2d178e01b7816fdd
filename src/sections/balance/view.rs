//! The balance section's view: the chart of the trade balance by year and its table.

use super::balance_rows;
use crate::app::staging::{Later, Staged};
use crate::app::AppState;
use crate::charts::balance::{balance_chart, balance_description};
use crate::widgets::chart::{ChartWithSummary, StaticChart};
use crate::widgets::table::{DataDisclosure, DataTable};
use leptos::prelude::*;

/// The section on the full page, mounting whole in its staged part.
pub fn page(staged: Staged, _scenario_link: Signal<String>) -> AnyView {
    view! { <Later revealed=staged.revealed part=staged.first><BalanceSection /></Later> }
        .into_any()
}

/// The section alone in an embed: its chart and summary.
pub fn embed(_scenario_link: Signal<String>) -> AnyView {
    let msg = crate::app::lang::use_messages();
    let chart = use_balance_chart(expect_context::<AppState>());
    view! { <ChartWithSummary chart=chart id="balance-chart" label=msg.labels().text_balance_chart /> }
        .into_any()
}

/// The balance chart's memos over the shared core.
fn use_balance_chart(state: AppState) -> StaticChart {
    StaticChart::new(
        state,
        |m, d, p| balance_chart(m, d, p),
        |m, d| balance_description(m, d),
    )
}

/// Belarus's trade balance with Russia, with the 2022 surplus of unreported size.
#[component]
pub fn BalanceSection() -> impl IntoView {
    let msg = crate::app::lang::use_messages();
    let state = expect_context::<AppState>();
    let chart = use_balance_chart(state);
    view! {
        <section id="balance" class="section" aria-labelledby="balance-title">
            <h2 id="balance-title">{msg.labels().text_balance_title}</h2>
            <ChartWithSummary chart=chart id="balance-chart" label=msg.labels().text_balance_chart />
            <DataDisclosure id="balance-data">
                <DataTable id="balance" caption=msg.labels().text_balance_caption value=msg.labels().text_balance note=msg.labels().text_wording rows=|m, d| balance_rows(m, d) />
            </DataDisclosure>
        </section>
    }
}
