//! "What happened next": the projection held against the reports that came after the article.

use super::state::{use_after_state, AfterState};
use super::{
    after_rows, disagreement, fate, forecast_sentences, hundred_sentence, programs_sentence,
};
use crate::app::staging::{Later, Staged};
use crate::app::AppState;
use crate::messages::Rich;
use crate::model::backtest::as_of_choices;
use crate::model::Date;
use crate::widgets::chart::ChartWithSummary;
use crate::widgets::datatext::{Citation, DataText, Quotation, RichText};
use crate::widgets::echart::EChart;
use crate::widgets::table::DataDisclosure;
use leptos::prelude::*;

/// The section on the full page, mounting whole in its staged part.
pub fn page(staged: Staged, scenario_link: Signal<String>) -> AnyView {
    view! { <AfterSection staged=staged scenario_link=scenario_link /> }.into_any()
}

/// The section alone in an embed: one chart, the programs chart given as its text.
pub fn embed(scenario_link: Signal<String>) -> AnyView {
    view! { <AfterInteractive scenario_link=scenario_link embedded=true /> }.into_any()
}

/// The section on the page, mounting whole in its staged part as the sections above do.
#[component]
pub fn AfterSection(
    /// Where the section's staged part mounts.
    staged: Staged,
    /// The current page address, quoted in print.
    scenario_link: Signal<String>,
) -> impl IntoView {
    let msg = crate::app::lang::use_messages();
    view! {
        <Later revealed=staged.revealed part=staged.first>
            <section id="after" class="section after" aria-labelledby="after-title">
                <h2 id="after-title">{msg.labels().after_title}</h2>
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
    let msg = crate::app::lang::use_messages();
    let state = expect_context::<AppState>();
    let after = use_after_state(state);
    let shown = move || !state.predict.get() || state.after_revealed.get();
    let body = NodeRef::<leptos::html::Div>::new();
    crate::app::gate::track_near_viewport(body, after.near);
    view! {
        <div class="after__body" node_ref=body>
            <p class="after__note">
                {move || state.dataset.with(|d| {
                    let note = d.text(msg.lang(), "later", "note", &d.later.note);
                    view! { <DataText text=note /> }
                })}
            </p>
            <AsOfControl after=after />
            <Show
                when=shown
                fallback=move || view! {
                    <p class="after__hidden" id="after-hidden">{msg.labels().after_hidden}</p>
                    <button type="button" id="after-reveal" on:click=move |_| state.after_revealed.set(true)>
                        {msg.labels().after_reveal}
                    </button>
                }
            >
                <AfterRevealed after=after scenario_link=scenario_link embedded=embedded />
            </Show>
        </div>
    }
}

/// The `<select>` of dates the projection can be made as of.
#[component]
fn AsOfControl(
    /// The section's memos: the date in force is its backtest's.
    after: AfterState,
) -> impl IntoView {
    let msg = crate::app::lang::use_messages();
    let state = expect_context::<AppState>();
    let chosen = move || after.backtest.with(|b| b.as_of);
    // Named by the dataset's own article date: a loaded file's article may be another.
    let article = move || state.dataset.with(|d| msg.as_of_article(d.article.date));
    view! {
        <div class="after__control">
            <label for="as-of">{msg.labels().after_as_of}</label>
            <select
                id="as-of"
                on:change=move |ev| state.as_of.set(Date::parse(&event_target_value(&ev)).ok())
            >
                <option value="" selected=move || chosen().is_none()>{article}</option>
                {move || state.dataset.with(as_of_choices).into_iter().map(|date| view! {
                    <option value=date.to_string() selected=move || chosen() == Some(date)>
                        {msg.as_of_choice(date)}
                    </option>
                }).collect_view()}
            </select>
            <p class="print-only" id="as-of-printed">
                {move || chosen().map_or_else(article, |d| msg.as_of_choice(d))}
            </p>
        </div>
    }
}

/// Everything that shows what happened: shown at once outside predict mode.
#[component]
fn AfterRevealed(
    /// The section's memos.
    after: AfterState,
    /// The current page address, quoted in print.
    scenario_link: Signal<String>,
    /// In an embed: one chart only.
    embedded: bool,
) -> impl IntoView {
    let msg = crate::app::lang::use_messages();
    let state = expect_context::<AppState>();
    let fate = move || {
        state.dataset.with(|d| {
            after
                .backtest
                .with(|b| fate(msg, b, &d.localized(msg.lang())))
        })
    };
    let honesty = move || {
        state.dataset.with(|d| {
            // Who said what, in the page's language.
            let d = &*d.localized(msg.lang());
            let mut notes = vec![Rich::from(programs_sentence(msg, d))];
            notes.extend(disagreement(msg, d));
            notes.push(Rich::from(hundred_sentence(msg, d)));
            notes
        })
    };
    view! {
        <p class="after__fate" id="after-fate" aria-live="polite">
            {move || view! { <RichText rich=fate() /> }}
        </p>
        <EChart option=after.option id="after-chart" label=msg.labels().after_chart_label />
        <p class="chart-summary" id="after-chart-summary">{move || after.description.get()}</p>
        {if embedded {
            view! { <p class="chart-summary" id="programs-chart-summary">{move || after.programs.description.get()}</p> }.into_any()
        } else {
            view! { <ChartWithSummary chart=after.programs id="programs-chart" label=msg.labels().after_programs_chart_label /> }.into_any()
        }}
        <ul class="after__honesty" id="after-honesty">
            {move || honesty().into_iter().map(|note| view! { <li><RichText rich=note /></li> }).collect_view()}
        </ul>
        // Under an embed's h1 the next level is h2 (axe: heading-order); in the page, h3 under h2.
        {if embedded {
            view! { <h2 class="after__subheading">{msg.labels().after_forecasts_heading}</h2> }.into_any()
        } else {
            view! { <h3>{msg.labels().after_forecasts_heading}</h3> }.into_any()
        }}
        <ul class="after__forecasts" id="after-forecasts">
            {move || state.dataset.with(|d| forecast_sentences(msg, &d.localized(msg.lang()))).into_iter().map(|f| view! { <li><RichText rich=f /></li> }).collect_view()}
        </ul>
        // The table and its method on request, as every section's data (closed on a phone).
        <DataDisclosure id="after-data">
            <AfterTable after=after />
            <p class="method">{msg.labels().after_method}</p>
        </DataDisclosure>
        <p class="print-only" id="after-link">{msg.labels().label_scenario_online} {move || scenario_link.get()}</p>
    }
}

/// Every later report (and the article's own) with its source, layer, and the projection's error.
#[component]
fn AfterTable(
    /// The section's memos: each row's check is its backtest's.
    after: AfterState,
) -> impl IntoView {
    let msg = crate::app::lang::use_messages();
    let state = expect_context::<AppState>();
    let rows = move || {
        state
            .dataset
            .with(|d| after.backtest.with(|b| after_rows(msg, d, b)))
    };
    let m = msg;
    let [when, counts, figure, who, source, layer, projected_h, error_h] = [
        m.labels().after_when,
        m.labels().after_counts,
        m.labels().after_figure,
        m.labels().after_who_and_wording,
        m.labels().label_source,
        m.labels().after_layer,
        m.labels().after_projected,
        m.labels().after_error_points,
    ];
    let headers = [
        when,
        counts,
        figure,
        who,
        source,
        layer,
        projected_h,
        error_h,
    ];
    view! {
        <div class="table-scroll" role="region" aria-labelledby="after-table-caption" tabindex="0">
            <table class="data-table" id="after-table">
                <caption id="after-table-caption">{msg.labels().after_table_caption}</caption>
                <thead><tr>
                    {headers.map(|h| view! { <th scope="col">{h}</th> })}
                </tr></thead>
                <tbody>
                    {move || rows().into_iter().map(|row| {
                        // A dash where nothing is checked: a report before the projection, or a count of programs.
                        let (projected, error) = row.check.unwrap_or_else(|| ("—".into(), "—".into()));
                        // The article's rows name the outlet as who said it: a source name.
                        let who_shown = if row.in_article {
                            view! { <cite>{row.who_shown.text}</cite> }.into_any()
                        } else {
                            view! { <DataText text=row.who_shown /> }.into_any()
                        };
                        view! {
                            <tr data-id=row.id data-date=row.date.to_string() data-layer=if row.in_article { "article" } else { "after" }>
                                <td data-label=when>{row.when}</td>
                                <td data-label=counts>{row.counts}</td>
                                <td data-label=figure class="num">{row.figure}</td>
                                <td data-label=who>{who_shown}": "<Quotation quote=row.quote /></td>
                                <td data-label=source><Citation cited=row.cited /></td>
                                <td data-label=layer><span class="layer">{row.layer}</span></td>
                                <td data-label=projected_h class="num">{projected}</td>
                                <td data-label=error_h class="num">{error}</td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}
