//! The scenario controls: pace, slowdown, which reports set the default pace, and reset.

use super::state::ProgressState;
use crate::app::AppState;
use crate::model::format::{number, parse_decimal};
use crate::model::projection::{
    default_pace, PaceBasis, PACE_RANGE, PACE_STEP, SLOWDOWN_RANGE, SLOWDOWN_STEP,
};
use crate::model::Scenario;
use leptos::prelude::*;

/// Labelled sliders and a select that change the scenario; values are shown with their units.
#[component]
pub fn ScenarioPanel(
    /// The section's memos: the pace shown is its projection's.
    progress: ProgressState,
) -> impl IntoView {
    let msg = crate::app::lang::use_messages();
    let state = expect_context::<AppState>();
    let scenario = state.scenario;
    let pace = Memo::new(move |_| progress.projection.with(|p| p.pace));
    let slowdown_percent = Memo::new(move |_| scenario.with(|s| s.clamped().slowdown * 100.0));

    let on_pace = move |ev: leptos::ev::Event| {
        if let Some(value) = parse_decimal(&event_target_value(&ev)) {
            scenario.update(|s| s.pace = Some(value));
        }
    };
    let on_slowdown = move |ev: leptos::ev::Event| {
        if let Some(value) = parse_decimal(&event_target_value(&ev)) {
            scenario.update(|s| s.slowdown = value / 100.0);
        }
    };
    let on_basis = move |ev: leptos::ev::Event| {
        if let Some(basis) = PaceBasis::from_key(&event_target_value(&ev)) {
            // A new basis means its own default pace, not the pace chosen for the old one.
            scenario.update(|s| {
                s.basis = basis;
                s.pace = None;
            });
        }
    };
    // The pace follows the dataset in view: a loaded file has paces of its own.
    let basis_option = move |basis: PaceBasis| {
        let text = move || {
            let pace = state.dataset.with(|d| default_pace(&d.progress, basis));
            msg.basis_choice(basis, pace)
        };
        view! {
            <option value=basis.key() selected=move || scenario.with(|s| s.basis == basis)>
                {text}
            </option>
        }
    };

    view! {
        <form class="scenario" on:submit=|ev| ev.prevent_default() aria-labelledby="scenario-title">
            <h3 id="scenario-title" class="scenario__title">{msg.labels().label_scenario_title}</h3>
            <div class="scenario__field">
                <label for="pace">{msg.labels().label_pace}</label>
                <input
                    type="range"
                    id="pace"
                    name="pace"
                    min=number(PACE_RANGE.0, 6)
                    max=number(PACE_RANGE.1, 6)
                    step=number(PACE_STEP, 6)
                    prop:value=move || number(pace.get(), 6)
                    aria-valuetext=move || msg.pace_value(pace.get())
                    on:input=on_pace
                />
                <output for="pace" id="pace-value">
                    {move || msg.pace_value(pace.get())}
                </output>
            </div>
            <div class="scenario__field">
                <label for="slowdown">{msg.labels().label_slowdown}</label>
                <input
                    type="range"
                    id="slowdown"
                    name="slowdown"
                    min=number(SLOWDOWN_RANGE.0 * 100.0, 6)
                    max=number(SLOWDOWN_RANGE.1 * 100.0, 6)
                    step=number(SLOWDOWN_STEP * 100.0, 6)
                    prop:value=move || number(slowdown_percent.get(), 0)
                    aria-valuetext=move || msg.slowdown_spoken(slowdown_percent.get())
                    on:input=on_slowdown
                />
                <output for="slowdown" id="slowdown-value">
                    {move || msg.slowdown_value(slowdown_percent.get())}
                </output>
            </div>
            <div class="scenario__field">
                <label for="basis">{msg.labels().label_basis}</label>
                <select id="basis" name="basis" on:change=on_basis>
                    {basis_option(PaceBasis::LatestTwo)}
                    {basis_option(PaceBasis::FirstToLast)}
                </select>
            </div>
            <button
                type="button"
                class="scenario__reset"
                disabled=move || scenario.get() == Scenario::default()
                on:click=move |_| scenario.set(Scenario::default())
            >
                {msg.labels().label_reset}
            </button>
        </form>
    }
}
