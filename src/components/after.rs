//! "What happened next": the projection held against the reports that came after the article.

use super::data_table::DataDisclosure;
use super::echart::EChart;
use super::sections::ChartWithSummary;
use crate::app::staging::{Later, Staged};
use crate::app::AppState;
use crate::model::after_text as text;
use crate::model::backtest::{
    after_rows, as_of_choices, disagreement, forecast_sentences, hundred_sentence,
    programs_sentence,
};
use crate::model::Date;
use leptos::prelude::*;

/// The section on the page, mounting whole in its staged part as the sections above do.
#[component]
pub fn AfterSection(
    /// Where the section's staged part mounts.
    staged: Staged,
    /// The current page address, quoted in print.
    scenario_link: Signal<String>,
) -> impl IntoView {
    view! {
        <Later revealed=staged.revealed part=staged.first>
            <section id="after" class="section after" aria-labelledby="after-title">
                <h2 id="after-title">{text::TITLE}</h2>
                <AfterInteractive scenario_link=scenario_link />
            </section>
        </Later>
    }
}

/// The as-of control, the fate sentence, both charts, the honesty notes and the table; in
/// predict mode all but the control stay hidden until the reader asks to see them.
#[component]
pub fn AfterInteractive(
    /// The current page address, quoted in print.
    scenario_link: Signal<String>,
    /// In an embed: one chart only (an embed holds one), the programs chart given as its text.
    #[prop(optional)]
    embedded: bool,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let shown = move || !state.predict.get() || state.after_revealed.get();
    view! {
        <div class="after__body">
            <p class="after__note">{move || state.dataset.with(|d| d.later.note.clone())}</p>
            <AsOfControl />
            <Show
                when=shown
                fallback=move || view! {
                    <p class="after__hidden" id="after-hidden">{text::HIDDEN}</p>
                    <button type="button" id="after-reveal" on:click=move |_| state.after_revealed.set(true)>
                        {text::REVEAL_WHAT_HAPPENED}
                    </button>
                }
            >
                <AfterRevealed scenario_link=scenario_link embedded=embedded />
            </Show>
        </div>
    }
}

/// The `<select>` of dates the projection can be made as of.
#[component]
fn AsOfControl() -> impl IntoView {
    let state = expect_context::<AppState>();
    let chosen = move || state.backtest.with(|b| b.as_of);
    view! {
        <div class="after__control">
            <label for="as-of">{text::AS_OF_LABEL}</label>
            <select
                id="as-of"
                on:change=move |ev| state.as_of.set(Date::parse(&event_target_value(&ev)).ok())
            >
                <option value="" selected=move || chosen().is_none()>{text::AS_OF_ARTICLE}</option>
                {move || state.dataset.with(as_of_choices).into_iter().map(|date| view! {
                    <option value=date.to_string() selected=move || chosen() == Some(date)>
                        {text::as_of_choice(&date.long())}
                    </option>
                }).collect_view()}
            </select>
            <p class="print-only" id="as-of-printed">
                {move || chosen().map_or(text::AS_OF_ARTICLE.to_string(), |d| text::as_of_choice(&d.long()))}
            </p>
        </div>
    }
}

/// Everything that shows what happened: shown at once outside predict mode.
#[component]
fn AfterRevealed(scenario_link: Signal<String>, embedded: bool) -> impl IntoView {
    let state = expect_context::<AppState>();
    let fate = move || state.dataset.with(|d| state.backtest.with(|b| b.fate(d)));
    let honesty = move || {
        state.dataset.with(|d| {
            let mut notes = vec![programs_sentence(d)];
            notes.extend(disagreement(d));
            notes.push(hundred_sentence(d));
            notes
        })
    };
    view! {
        <p class="after__fate" id="after-fate" aria-live="polite">{fate}</p>
        <EChart option=state.after_option id="after-chart" label="chart of what happened next" />
        <p class="chart-summary" id="after-chart-summary">{move || state.after_description.get()}</p>
        {if embedded {
            view! { <p class="chart-summary" id="programs-chart-summary">{move || state.programs.description.get()}</p> }.into_any()
        } else {
            view! { <ChartWithSummary chart=state.programs id="programs-chart" label="chart of programs fully implemented" /> }.into_any()
        }}
        <ul class="after__honesty" id="after-honesty">
            {move || honesty().into_iter().map(|note| view! { <li>{note}</li> }).collect_view()}
        </ul>
        <h3>"Forecasts made before, against what happened"</h3>
        <ul class="after__forecasts" id="after-forecasts">
            {move || state.dataset.with(forecast_sentences).into_iter().map(|f| view! { <li>{f}</li> }).collect_view()}
        </ul>
        // The table and its method on request, as every section's data (closed on a phone).
        <DataDisclosure id="after-data">
            <AfterTable />
            <p class="method">{text::METHOD}</p>
        </DataDisclosure>
        <p class="print-only" id="after-link">"This scenario online: " {move || scenario_link.get()}</p>
    }
}

/// Every later report (and the article's own) with its source, layer, and the projection's error.
#[component]
fn AfterTable() -> impl IntoView {
    let state = expect_context::<AppState>();
    let rows = move || {
        state
            .dataset
            .with(|d| state.backtest.with(|b| after_rows(d, b)))
    };
    view! {
        <div class="table-scroll" role="region" aria-labelledby="after-table-caption" tabindex="0">
            <table class="data-table" id="after-table">
                <caption id="after-table-caption">{text::TABLE_CAPTION}</caption>
                <thead><tr>
                    <th scope="col">"When"</th><th scope="col">"Counts"</th><th scope="col">"Figure"</th>
                    <th scope="col">"Who and wording"</th><th scope="col">"Source"</th><th scope="col">"Layer"</th>
                    <th scope="col">"Projected"</th><th scope="col">"Error (points)"</th>
                </tr></thead>
                <tbody>
                    {move || rows().into_iter().map(|row| {
                        // A dash where nothing is checked: a report before the projection, or a count of programs.
                        let (projected, error) = row.check.unwrap_or_else(|| ("—".into(), "—".into()));
                        let source = match row.url {
                            Some(url) => view! { <a href=url>{row.cited_as}</a> }.into_any(),
                            None => row.cited_as.into_any(),
                        };
                        view! {
                            <tr data-id=row.id data-date=row.date.to_string() data-layer=if row.in_article { "article" } else { "after" }>
                                <td data-label="When">{row.when}</td>
                                <td data-label="Counts">{row.counts}</td>
                                <td data-label="Figure" class="num">{row.figure}</td>
                                <td data-label="Who and wording">{row.who}": “"{row.wording}"”"</td>
                                <td data-label="Source">{source}</td>
                                <td data-label="Layer"><span class="layer">{row.layer}</span></td>
                                <td data-label="Projected" class="num">{projected}</td>
                                <td data-label="Error (points)" class="num">{error}</td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}
