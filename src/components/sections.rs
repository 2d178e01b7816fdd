//! The story's sections: the views beside each entry of `model::sections::SECTIONS`, the
//! navigation, key figures, and the sections besides progress (trade, balance, timeline,
//! treaty, sources). Views only; every text and number comes from the model.

use super::after::{AfterInteractive, AfterSection};
use super::data_table::{DataDisclosure, KindCell};
use super::datatext::{around, Citation, DataText, NoteText};
use super::echart::EChart;
use super::progress::{ProgressInteractive, ProgressSection};
use crate::app::staging::{Later, Staged};
use crate::app::{AppState, StaticChart};
use crate::model::sections::{sections_using, SECTIONS};
use crate::model::treaty::treaty_groups;
use crate::sections::tables::{balance_rows, key_figures, source_index, trade_rows};
use leptos::prelude::*;

/// A section's views, beside its entry in `model::sections::SECTIONS` (same order).
pub struct SectionView {
    /// The entry's id, checked at compile time against the model's list.
    pub id: &'static str,
    /// The section on the full page, mounting in its staged parts; given the scenario's link.
    pub page: fn(Staged, Signal<String>) -> AnyView,
    /// The section alone in an embed, given the scenario's link; `Some` exactly when the entry
    /// has an embed title.
    pub embed: Option<fn(Signal<String>) -> AnyView>,
}

/// Every section's views, in the order of `model::sections::SECTIONS`.
pub const SECTION_VIEWS: [SectionView; SECTIONS.len()] = [
    SectionView {
        id: "progress",
        page: |staged, link| {
            view! { <ProgressSection staged=staged scenario_link=link /> }.into_any()
        },
        embed: Some(|link| view! { <ProgressInteractive scenario_link=link /> }.into_any()),
    },
    SectionView {
        id: "trade",
        page: |staged, _| {
            view! { <Later revealed=staged.revealed part=staged.first><TradeSection /></Later> }
                .into_any()
        },
        embed: Some(|_| {
            let state = expect_context::<AppState>();
            view! { <ChartWithSummary chart=state.trade id="trade-chart" label=crate::app::lang::use_messages().labels().text_trade_chart /> }
                .into_any()
        }),
    },
    SectionView {
        id: "balance",
        page: |staged, _| {
            view! { <Later revealed=staged.revealed part=staged.first><BalanceSection /></Later> }
                .into_any()
        },
        embed: Some(|_| {
            let state = expect_context::<AppState>();
            view! { <ChartWithSummary chart=state.balance id="balance-chart" label=crate::app::lang::use_messages().labels().text_balance_chart /> }.into_any()
        }),
    },
    SectionView {
        id: "timeline",
        page: |staged, _| {
            view! { <Later revealed=staged.revealed part=staged.first><TimelineSection /></Later> }
                .into_any()
        },
        embed: Some(|_| {
            let state = expect_context::<AppState>();
            view! { <ChartWithSummary chart=state.timeline id="timeline-chart" label=crate::app::lang::use_messages().labels().text_timeline_chart /> }
                .into_any()
        }),
    },
    SectionView {
        id: "treaty",
        page: |staged, _| {
            view! { <Later revealed=staged.revealed part=staged.first><TreatySection /></Later> }
                .into_any()
        },
        embed: None,
    },
    SectionView {
        id: "after",
        page: |staged, link| view! { <AfterSection staged=staged scenario_link=link /> }.into_any(),
        embed: Some(|link| {
            view! { <AfterInteractive scenario_link=link embedded=true /> }.into_any()
        }),
    },
    SectionView {
        id: "sources",
        page: |staged, _| {
            view! { <Later revealed=staged.revealed part=staged.first><SourcesSection /></Later> }
                .into_any()
        },
        embed: None,
    },
];

/// Whether two strings are equal, in a const context.
const fn same(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut at = 0;
    while at < a.len() {
        if a[at] != b[at] {
            return false;
        }
        at += 1;
    }
    true
}

// The views and the model's list agree entry by entry: a build with a view out of order, or an
// embed without a title (or the reverse), fails here.
const _: () = {
    let mut at = 0;
    while at < SECTIONS.len() {
        assert!(
            same(SECTION_VIEWS[at].id, SECTIONS[at].id),
            "SECTION_VIEWS follows SECTIONS"
        );
        assert!(
            SECTION_VIEWS[at].embed.is_some() == SECTIONS[at].embeddable,
            "a section has an embed view exactly when it has an embed title"
        );
        at += 1;
    }
};

/// Links to every section.
#[component]
pub fn SectionNav() -> impl IntoView {
    let msg = crate::app::lang::use_messages();
    view! {
        <nav class="section-nav" aria-label=msg.labels().text_sections_nav>
            <ul>
                {SECTIONS
                    .iter()
                    .map(|section| view! { <li><a href=format!("#{}", section.id)>{msg.section_nav(section.name)}</a></li> })
                    .collect_view()}
            </ul>
        </nav>
    }
}

/// The key figures as a compact strip under the chart, each a number, a label and its source.
#[component]
pub fn KeyFigures() -> impl IntoView {
    let msg = crate::app::lang::use_messages();
    let state = expect_context::<AppState>();
    view! {
        <ul class="key-figures" aria-label=msg.labels().text_key_figures>
            {move || state.dataset.with(|d| key_figures(msg, d))
                .into_iter()
                .map(|figure| {
                    let quote = figure.quote.clone();
                    view! {
                        <li class="key-figure" title=figure.quote>
                            <span class="key-figure__value">{figure.value}</span>
                            <span class="key-figure__label">
                                {figure.label}
                                {quote.map(|q| view! { <span class="visually-hidden">" " {q}</span> })}
                            </span>
                            <span class="key-figure__source"><Citation cited=figure.source /></span>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
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

/// Trade volume by year: reported and derived, goods and services.
#[component]
pub fn TradeSection() -> impl IntoView {
    let msg = crate::app::lang::use_messages();
    let state = expect_context::<AppState>();
    let note = move || {
        state
            .dataset
            .with(|d| d.text(msg.lang(), "trade", "note", &d.trade.note))
    };
    view! {
        <section id="trade" class="section" aria-labelledby="trade-title">
            <h2 id="trade-title">{msg.labels().text_trade_title}</h2>
            <ChartWithSummary chart=state.trade id="trade-chart" label=msg.labels().text_trade_chart />
            <p class="method">{move || view! { <DataText text=note() /> }}</p>
            <DataDisclosure id="trade-data">
            <div class="table-scroll" role="region" aria-labelledby="trade-table-caption" tabindex="0">
                <table class="data-table" id="trade-table">
                    <caption id="trade-table-caption">{msg.labels().text_trade_caption}</caption>
                    <thead><tr>
                        <th scope="col">{msg.labels().text_year}</th><th scope="col">{msg.labels().text_measure}</th><th scope="col">{msg.labels().text_value}</th>
                        <th scope="col">{msg.labels().label_kind}</th><th scope="col">{msg.labels().label_wording_or_method}</th><th scope="col">{msg.labels().label_source}</th>
                    </tr></thead>
                    <tbody>
                        {move || state.dataset.with(|d| trade_rows(msg, d)).into_iter().map(|row| {
                            let class = row.kind.css_class();
                            let kind = row.kind;
                            view! {
                                <tr data-kind=class>
                                    <td data-label=msg.labels().text_year>{row.year}</td>
                                    <td data-label=msg.labels().text_measure>{row.measure}</td>
                                    <td data-label=msg.labels().text_value class="num">{row.value}</td>
                                    <KindCell kind=kind />
                                    <td data-label=msg.labels().label_wording_or_method><NoteText note=row.note /></td>
                                    <td data-label=msg.labels().label_source><Citation cited=row.source /></td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
            </DataDisclosure>
        </section>
    }
}

/// Belarus's trade balance with Russia, with the 2022 surplus of unreported size.
#[component]
pub fn BalanceSection() -> impl IntoView {
    let msg = crate::app::lang::use_messages();
    let state = expect_context::<AppState>();
    view! {
        <section id="balance" class="section" aria-labelledby="balance-title">
            <h2 id="balance-title">{msg.labels().text_balance_title}</h2>
            <ChartWithSummary chart=state.balance id="balance-chart" label=msg.labels().text_balance_chart />
            <DataDisclosure id="balance-data">
            <div class="table-scroll" role="region" aria-labelledby="balance-table-caption" tabindex="0">
                <table class="data-table" id="balance-table">
                    <caption id="balance-table-caption">{msg.labels().text_balance_caption}</caption>
                    <thead><tr>
                        <th scope="col">{msg.labels().text_year}</th><th scope="col">{msg.labels().text_balance}</th><th scope="col">{msg.labels().label_kind}</th>
                        <th scope="col">{msg.labels().text_wording}</th><th scope="col">{msg.labels().label_source}</th>
                    </tr></thead>
                    <tbody>
                        {move || state.dataset.with(|d| balance_rows(msg, d)).into_iter().map(|row| {
                            let class = row.kind.css_class();
                            let kind = row.kind;
                            view! {
                                <tr data-kind=class>
                                    <td data-label=msg.labels().text_year>{row.year}</td>
                                    <td data-label=msg.labels().text_balance class="num">{row.balance}</td>
                                    <KindCell kind=kind />
                                    <td data-label=msg.labels().text_wording><NoteText note=row.note /></td>
                                    <td data-label=msg.labels().label_source><Citation cited=row.source /></td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
            </DataDisclosure>
        </section>
    }
}

/// The milestones: a chart, and a table whose rows show their event on the chart when focused.
#[component]
pub fn TimelineSection() -> impl IntoView {
    let msg = crate::app::lang::use_messages();
    let state = expect_context::<AppState>();
    let focused = RwSignal::new(None::<usize>);
    // One Tab stop for the whole table (the last row focused); the arrow keys move within it.
    let tab_stop = RwSignal::new(0_usize);
    view! {
        <section id="timeline" class="section" aria-labelledby="timeline-title">
            <h2 id="timeline-title">{msg.labels().text_timeline_title}</h2>
            <ChartWithSummary chart=state.timeline id="timeline-chart" label=msg.labels().text_timeline_chart tip=focused />
            <DataDisclosure id="timeline-data">
                <p class="hint">{msg.labels().text_timeline_hint}</p>
            <div class="table-scroll" role="region" aria-labelledby="timeline-table-caption" tabindex="0">
                <table class="data-table" id="timeline-table">
                    <caption id="timeline-table-caption">{msg.labels().text_timeline_caption}</caption>
                    <thead><tr>
                        <th scope="col">{msg.labels().text_number}</th><th scope="col">{msg.labels().text_when}</th><th scope="col">{msg.labels().text_event}</th><th scope="col">{msg.labels().label_source}</th>
                    </tr></thead>
                    <tbody>
                        {move || state.dataset.with(|d| milestone_rows(msg.lang(), d)).into_iter().enumerate().map(|(index, m)| view! {
                            <tr
                                tabindex=move || if tab_stop.get() == index { "0" } else { "-1" }
                                data-id=m.id
                                class:is-focused=move || focused.get() == Some(index)
                                on:focus=move |_| { focused.set(Some(index)); tab_stop.set(index); }
                                on:mouseenter=move |_| focused.set(Some(index))
                                on:blur=move |_| focused.set(None)
                                on:mouseleave=move |_| focused.set(None)
                                on:keydown=move |ev: leptos::ev::KeyboardEvent| match ev.key().as_str() {
                                    "Escape" => focused.set(None),
                                    "ArrowDown" => { ev.prevent_default(); focus_sibling_row(&ev, true); }
                                    "ArrowUp" => { ev.prevent_default(); focus_sibling_row(&ev, false); }
                                    "Home" => { ev.prevent_default(); focus_end_row(&ev, true); }
                                    "End" => { ev.prevent_default(); focus_end_row(&ev, false); }
                                    _ => {}
                                }
                            >
                                <td data-label="#" class="num">{index + 1}</td>
                                <td data-label=msg.labels().text_when><DataText text=m.when /></td>
                                <td data-label=msg.labels().text_event><strong><DataText text=m.title /></strong>" — "<DataText text=m.detail /></td>
                                <td data-label=msg.labels().label_source><Citation cited=m.cited /></td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
            </DataDisclosure>
        </section>
    }
}

/// A milestone as the timeline table shows it, in the page's language.
struct MilestoneRow {
    id: String,
    when: crate::model::dataset::Localized,
    title: crate::model::dataset::Localized,
    detail: crate::model::dataset::Localized,
    cited: crate::model::dataset::Cited,
}

/// The timeline table's rows: each milestone's texts picked for the page's language.
fn milestone_rows(lang: crate::model::lang::Lang, d: &crate::model::Dataset) -> Vec<MilestoneRow> {
    d.milestones
        .iter()
        .map(|m| {
            let key = m.key();
            MilestoneRow {
                id: m.id.clone(),
                when: d.text(lang, &key, "when", &m.when),
                title: d.text(lang, &key, "title", &m.title),
                detail: d.text(lang, &key, "detail", &m.detail),
                cited: d.cited(lang, &m.source),
            }
        })
        .collect()
}

/// The table row a keyboard event came from.
fn event_row(ev: &leptos::ev::KeyboardEvent) -> Option<web_sys::Element> {
    use wasm_bindgen::JsCast;
    ev.current_target()?.dyn_into::<web_sys::Element>().ok()
}

/// Focuses `element` if it is an HTML element (a row).
fn focus_element(element: Option<web_sys::Element>) {
    use wasm_bindgen::JsCast;
    if let Some(element) = element.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = element.focus();
    }
}

/// Moves keyboard focus from the row an event came from to the next (or previous) row.
fn focus_sibling_row(ev: &leptos::ev::KeyboardEvent, next: bool) {
    let Some(row) = event_row(ev) else { return };
    focus_element(if next {
        row.next_element_sibling()
    } else {
        row.previous_element_sibling()
    });
}

/// Moves keyboard focus to the first (or last) row of the event's table body.
fn focus_end_row(ev: &leptos::ev::KeyboardEvent, first: bool) {
    let Some(body) = event_row(ev).and_then(|row| row.parent_element()) else {
        return;
    };
    focus_element(if first {
        body.first_element_child()
    } else {
        body.last_element_child()
    });
}

/// The treaty's items, one line each (status, name, since when), grouped by status; a reason
/// and source the whole group shares are said once, an item's own detail on demand.
#[component]
pub fn TreatySection() -> impl IntoView {
    let msg = crate::app::lang::use_messages();
    let state = expect_context::<AppState>();
    let board = move || {
        let lang = msg.lang();
        state.dataset.with(|d| treaty_groups(d).into_iter().map(|group| {
            let status = group.status;
            let shared_source = group.shared_source.clone();
            let shared_cited = group.items.first().map(|t| d.cited(lang, &t.source));
            let shared_detail = group.items.first().filter(|_| group.shared_detail.is_some())
                .map(|t| d.text(lang, &t.key(), "detail", &t.detail));
            let items = group.items.into_iter().map(|t| {
                let key = t.key();
                let (before, after) = around(|since| msg.treaty_since(t.status, since));
                let since = d.text(lang, &key, "since", &t.since);
                let phrase = view! { {before}<DataText text=since />{after} };
                let item = d.text(lang, &key, "item", &t.item);
                let detail = d.text(lang, &key, "detail", &t.detail);
                let own = shared_source.is_none().then(|| view! {
                    <details class="treaty-card__more">
                        <summary>{msg.labels().text_detail}</summary>
                        <p><DataText text=detail /></p>
                    </details>
                });
                let source = d.cited(lang, &t.source);
                view! {
                    <li class=format!("treaty-card treaty-card--{}", status.css_class()) data-id=t.id>
                        <span class="treaty-card__status">{msg.treaty_status(status)}</span>
                        " "
                        <span class="treaty-card__item"><DataText text=item /></span>
                        " "
                        <span class="treaty-card__since">{phrase}</span>
                        // Each item keeps its source: on the line when the group has none in
                        // common, else told to screen readers only (it is shown once below).
                        <span class=if shared_source.is_some() { "visually-hidden" } else { "treaty-card__source" }>
                            " "{msg.labels().text_source_prefix}<Citation cited=source />
                        </span>
                        {own}
                    </li>
                }
            }).collect_view();
            let title = match status {
                crate::model::dataset::TreatyStatus::Stalled => msg.labels().text_stalled_column,
                crate::model::dataset::TreatyStatus::Agreed => msg.labels().text_agreed_column,
            };
            let shared = (shared_detail.is_some() || shared_source.is_some()).then(|| view! {
                <p class="treaty-board__shared">
                    {shared_detail.map(|text| view! { <DataText text=text /> })}
                    {shared_source.and(shared_cited).map(|source| view! { " " <span class="treaty-card__source">{msg.labels().text_source_prefix}<Citation cited=source /></span> })}
                </p>
            });
            view! {
                <div class="treaty-board__column">
                    <h3>{title}</h3>
                    {shared}
                    <ul class="treaty-board__list">{items}</ul>
                </div>
            }
        }).collect_view())
    };
    view! {
        <section id="treaty" class="section" aria-labelledby="treaty-title">
            <h2 id="treaty-title">{msg.labels().text_treaty_title}</h2>
            <div class="treaty-board">{board}</div>
        </section>
    }
}

/// Every source the article cites, with what it supports on this page.
#[component]
pub fn SourcesSection() -> impl IntoView {
    let msg = crate::app::lang::use_messages();
    let state = expect_context::<AppState>();
    // The article's subject and place in the page's language.
    let article = move || {
        state
            .dataset
            .with(|d| d.localized(msg.lang()).article.clone())
    };
    view! {
        <section id="sources" class="section" aria-labelledby="sources-title">
            <h2 id="sources-title">{msg.labels().text_sources_title}</h2>
            <p>
                {move || {
                    let article = article();
                    with_cite(msg.sources_intro(&article.subject, &article.publisher, &article.place, article.date), &article.publisher)
                }}
                {msg.labels().text_publisher}
                <a href="https://jamestown.org/"><cite>"The Jamestown Foundation (jamestown.org)"</cite></a>
                "."
            </p>
            <ul class="sources" id="sources-list">
                {move || state.dataset.with(|d| source_index(msg, d)).into_iter().map(|source| {
                    let used_in = sections_using(source.supports.iter().map(|(datum, _)| *datum))
                        .into_iter()
                        .enumerate()
                        .map(|(at, section)| view! {
                            {(at > 0).then_some(", ")}
                            <a href=format!("#{}", section.id)>{msg.section_nav(section.name)}</a>
                        })
                        .collect_view();
                    // Beside the outlet and date in the page's language, the citation as the
                    // article prints it, in English.
                    let as_cited = source.cited.date.is_some().then(|| view! {
                        <span class="sources__as-cited">
                            {msg.labels().text_as_cited}<span lang="en">{source.cited_as.clone()}</span>
                        </span>
                    });
                    view! {
                        <li>
                            <Citation cited=source.cited />
                            {as_cited}
                            // What it supports and where, run on in one line: the list is long on a phone.
                            <span class="sources__supports">
                                {source.supports.iter().map(|(_, fact)| fact.as_str()).collect::<Vec<_>>().join("; ")}
                            </span>
                            <span class="sources__used-in">{msg.labels().text_used_in} {used_in}</span>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </section>
    }
}

/// `text` with the first `name` in it set as a <cite>: a source's name inside a sentence of the
/// page's language, which stays as the source spells it (the English contract of issue #20).
pub fn with_cite(text: String, name: &str) -> impl IntoView {
    match text.split_once(name).filter(|_| !name.is_empty()) {
        Some((before, after)) => {
            let (before, after) = (before.to_string(), after.to_string());
            view! { {before}<cite>{name.to_string()}</cite>{after} }.into_any()
        }
        None => text.into_any(),
    }
}
