//! The "What happened next" section's derived state: the projection made as of the chosen
//! date, held against the later reports, and its two charts; memos over the shared core.

use crate::app::{gate, AppState};
use crate::charts::after::{after_chart, after_description, programs_chart, programs_description};
use crate::charts::{chart_option, palette, ChartOption};
use crate::messages::messages;
use crate::model::backtest::{snap_as_of, Backtest};
use crate::widgets::chart::StaticChart;
use leptos::prelude::*;

/// The section's memos, made by whichever view shows it (the page's section or its embed).
#[derive(Clone, Copy)]
pub struct AfterState {
    /// Whether the section is near the viewport: it follows every slider step only then, and
    /// otherwise the scenario as it settles (`app::gate`).
    pub near: RwSignal<bool>,
    /// The projection made as of the chosen date (snapped to a report date) and its errors.
    pub backtest: Memo<Backtest>,
    /// The "What happened next" chart: option JSON.
    pub option: Memo<ChartOption>,
    /// The "What happened next" chart's description.
    pub description: Memo<String>,
    /// The small chart of programs fully implemented.
    pub programs: StaticChart,
}

/// Makes the section's memos over the shared core; they compute when first read.
pub fn use_after_state(state: AppState) -> AfterState {
    let (dataset, scenario, as_of) = (state.dataset, state.scenario, state.as_of);
    let (lang, theme) = (state.lang.lang, state.theme.theme);
    // #after sits far below the slider: off-screen, its backtest, sentences, chart option
    // and table wait for the slider to settle instead of recomputing at every step.
    let near = RwSignal::new(false);
    let settled_scenario = gate::settled(scenario);
    let backtest = Memo::new(move |_| {
        let scenario = if near.get() {
            scenario.get()
        } else {
            settled_scenario.get()
        };
        let as_of = as_of.get();
        // Built on the page language's texts: the sentences and tooltips quote its reports,
        // so a language switch must rebuild it (reading the signal, not only `page_lang`).
        let lang = lang.get();
        dataset.with(|d| {
            let d = d.localized(lang);
            Backtest::new(&d, scenario, snap_as_of(&d, as_of))
        })
    });
    let description =
        Memo::new(move |_| backtest.with(|b| after_description(messages(lang.get()), b)));
    let option = Memo::new(move |_| {
        let palette = palette(theme.get());
        let m = messages(lang.get());
        dataset.with(|d| {
            backtest.with(|b| {
                let option = after_chart(m, d, b, palette);
                chart_option(&option, &description.get())
            })
        })
    });
    let programs = StaticChart::new(
        state,
        |m, d, p| programs_chart(m, d, p),
        |m, d| programs_description(m, d),
    );
    AfterState {
        near,
        backtest,
        option,
        description,
        programs,
    }
}
