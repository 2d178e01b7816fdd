//! The progress section: scenario controls, the completion chart and sentence, and its table.

use super::predict::PredictPanel;
use super::scenario_panel::ScenarioPanel;
use super::share::{file_note, ShareDialog};
use super::state::{use_progress_state, ProgressState};
use super::table::CompletionTable;
use crate::app::browser::{on_settled, OnSettledOptions};
use crate::app::staging::{Later, Staged};
use crate::app::AppState;
use crate::model::projection::BAND_SHARE;
use crate::widgets::echart::EChart;
use crate::widgets::key_figures::KeyFigures;
use crate::widgets::table::DataDisclosure;
use leptos::prelude::*;

/// The section on the full page, mounting in its staged parts.
pub fn page(staged: Staged, scenario_link: Signal<String>) -> AnyView {
    view! { <ProgressSection staged=staged scenario_link=scenario_link /> }.into_any()
}

/// The section alone in an embed: the chart, its sentence and the scenario controls.
pub fn embed(scenario_link: Signal<String>) -> AnyView {
    let progress = use_progress_state(expect_context::<AppState>());
    view! { <ProgressInteractive progress=progress scenario_link=scenario_link /> }.into_any()
}

/// The progress section on the page: its heading at once, then the controls and chart in one
/// staged part and the table in the next.
#[component]
pub fn ProgressSection(
    /// Where the section's staged parts mount.
    staged: Staged,
    /// The current page address, quoted in the printed handout and the share dialog.
    scenario_link: Signal<String>,
) -> impl IntoView {
    let msg = crate::app::lang::use_messages();
    let state = expect_context::<AppState>();
    let progress = use_progress_state(state);
    let count = move || state.dataset.with(|d| d.programs.count);
    view! {
        <section id="progress" class="section" aria-labelledby="progress-title">
            <h2 id="progress-title">{move || msg.progress_title(count())}</h2>
            <Later revealed=staged.revealed part=staged.first>
            <PredictPanel progress=progress />
            <ProgressInteractive progress=progress scenario_link=scenario_link />
            <ShareDialog scenario_link=scenario_link />
            <KeyFigures />
            </Later>
            <Later revealed=staged.revealed part=staged.first + 1>
            // The method belongs to the values in the table: it opens with them.
            <DataDisclosure id="completion-data">
            <CompletionTable progress=progress />
            <p class="method" id="derived-programs-note">{move || msg.derived_programs_note(count())}</p>
            <p class="method">
                {msg.labels().label_reported_method}
                {msg.projected_method(BAND_SHARE * 100.0)}
            </p>
            </DataDisclosure>
            </Later>
        </section>
    }
}

/// The sentence, the completion chart and its summary, with the scenario controls under or beside them.
#[component]
pub fn ProgressInteractive(
    /// The section's memos.
    progress: ProgressState,
    /// The current page address, quoted in the printed handout.
    scenario_link: Signal<String>,
) -> impl IntoView {
    let msg = crate::app::lang::use_messages();
    let state = expect_context::<AppState>();
    let announcement = settled_announcement(progress.sentence);
    let file_note = file_note(state);
    view! {
        // The chart first, then the sentence and the controls right under it, so on a phone
        // the reader sees the whole chart and its answer while moving the pace.
        <div class="progress-layout">
            <div class="progress-layout__chart">
                <EChart
                    option=progress.completion_option
                    id="completion-chart"
                    first=true
                    label=msg.labels().text_completion_chart
                />
                // The answer under the chart, next to the slider that changes it.
                <Show
                    when=move || progress.revealed.get()
                    fallback=|| view! { <p class="scenario-sentence scenario-sentence--hidden" id="scenario-hidden">{msg.labels().label_projection_hidden_sentence}</p> }
                >
                    <p class="scenario-sentence" id="scenario-sentence">
                        {move || progress.sentence.get()}
                        " "
                        <span class="kind kind--projected">{msg.labels().label_projected}</span>
                    </p>
                </Show>
                // Announced once the slider settles, not at every step of a drag.
                <p class="visually-hidden" id="scenario-announcement" aria-live="polite">
                    {move || announcement.get()}
                </p>
                <p class="chart-summary" id="completion-summary">
                    {move || progress.completion_description.get()}
                </p>
                <p class="print-only" id="scenario-link">
                    {msg.labels().label_scenario_online} {move || scenario_link.get()}
                </p>
                {move || file_note().map(|note| view! { <p class="print-only" id="scenario-link-file-note">{note}</p> })}
            </div>
            <ScenarioPanel progress=progress />
        </div>
    }
}

/// How long (ms) the sentence must stay unchanged before screen readers hear it.
const ANNOUNCE_AFTER_MS: f64 = 700.0;

/// `sentence` once it has stayed the same for `ANNOUNCE_AFTER_MS`; empty until it first
/// changes, so opening the page announces nothing the reader did not ask for.
fn settled_announcement(sentence: Memo<String>) -> ReadSignal<String> {
    let (announcement, set_announcement) = signal(String::new());
    on_settled(
        sentence.into(),
        move |text| set_announcement.set(text.to_string()),
        OnSettledOptions {
            quiet_ms: ANNOUNCE_AFTER_MS,
            ..OnSettledOptions::default()
        },
    );
    announcement
}
