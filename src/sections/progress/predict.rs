//! Predict first: the student commits to a month before the projection appears.

use super::guess_comparison;
use super::state::ProgressState;
use crate::app::AppState;
use crate::model::Date;
use leptos::prelude::*;

/// The predict-mode toggle, the guess form (keyboard only is enough), and the comparison.
#[component]
pub fn PredictPanel(
    /// The section's memos: the guess is compared with its projection.
    progress: ProgressState,
) -> impl IntoView {
    let msg = crate::app::lang::use_messages();
    let state = expect_context::<AppState>();
    let first_year = move || progress.projection.with(|p| p.start.year());
    let month = RwSignal::new(1u32);
    let year = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<String>);
    let reveal = move || {
        let earliest = first_year();
        let parsed = year.get_untracked().trim().parse::<i32>().ok();
        match parsed.filter(|y| (earliest..=earliest + 80).contains(y)) {
            Some(y) => {
                problem.set(None);
                state.guess.set(Date::new(y, month.get_untracked(), 1));
            }
            None => problem.set(Some(msg.guess_year_problem(earliest, earliest + 80))),
        }
    };
    view! {
        <div class="predict" id="predict">
            <label class="predict__toggle">
                <input
                    type="checkbox"
                    id="predict-toggle"
                    prop:checked=move || state.predict.get()
                    on:change=move |ev| {
                        state.predict.set(event_target_checked(&ev));
                        state.guess.set(None);
                        state.after_revealed.set(false);
                    }
                />
                " "
                {msg.labels().label_predict_toggle}
            </label>
            <Show when=move || state.predict.get() && state.guess.with(Option::is_none)>
                <form
                    class="predict__form"
                    novalidate=true
                    aria-labelledby="predict-question"
                    on:submit=move |ev| {
                        ev.prevent_default();
                        reveal();
                    }
                >
                    <p id="predict-question" class="predict__question">
                        {move || state.dataset.with(|d| msg.guess_question(d.programs.count))}
                    </p>
                    <label for="guess-month">{msg.labels().label_month}</label>
                    <select id="guess-month" on:change=move |ev| {
                        if let Ok(m) = event_target_value(&ev).parse::<u32>() { month.set(m); }
                    }>
                        {(1..=12u32).map(|value| {
                            let name = msg.month_name(value);
                            view! { <option value=value.to_string() selected=move || month.get() == value>{name}</option> }
                        }).collect_view()}
                    </select>
                    <label for="guess-year">{msg.labels().label_year}</label>
                    <input
                        id="guess-year"
                        type="number"
                        inputmode="numeric"
                        min=first_year
                        max=move || first_year() + 80
                        placeholder=move || first_year().to_string()
                        prop:value=move || year.get()
                        on:input=move |ev| year.set(event_target_value(&ev))
                    />
                    <button type="submit" id="guess-reveal">{msg.labels().label_reveal}</button>
                    <p class="predict__problem" role="alert">{move || problem.get()}</p>
                </form>
            </Show>
            <Show when=move || state.predict.get() && state.guess.with(Option::is_some)>
                <p class="predict__result" id="guess-result" aria-live="polite">
                    {move || state.guess.get().map(|g| progress.projection.with(|p| guess_comparison(msg, g, p)))}
                </p>
                <button type="button" id="guess-again" on:click=move |_| state.guess.set(None)>{msg.labels().label_guess_again}</button>
            </Show>
        </div>
    }
}
