//! The page: header with key figures and navigation, the sections, and the article's credit.

use super::data_bar::{DataBar, EmbedDataNotice};
use super::data_table::CompletionTable;
use super::echart::EChart;
use super::predict::PredictPanel;
use super::scenario_panel::ScenarioPanel;
use super::sections::{
    BalanceSection, ChartWithSummary, KeyFigures, SectionNav, SourcesSection, TimelineSection,
    TradeSection, TreatySection,
};
use super::share::ShareDialog;
use super::theme_switch::ThemeSwitch;
use crate::app::embed::{embed_parameter, full_page_url, post_height_to_parent};
use crate::app::loading::{data_parameter, load_from_link};
use crate::app::offline::OfflineState;
use crate::app::url::{replace_location, scenario_href, section_from_location};
use crate::app::AppState;
use crate::model::format::number;
use crate::model::projection::BAND_SHARE;
use crate::model::query::EmbedSection;
use leptos::prelude::*;
use std::time::Duration;

/// The whole explainer page.
#[component]
pub fn App() -> impl IntoView {
    let state = AppState::new();
    provide_context(state);
    let offline = OfflineState::register();
    if let Some(url) = data_parameter() {
        load_from_link(state, url);
    }
    // The address always reopens what the reader sees; the printed handout and the share
    // dialog quote it. Derived here; the effect only tells the browser.
    let section = RwSignal::new(section_from_location());
    let scenario_link: Signal<String> = Signal::from(Memo::new(move |_| {
        let scenario = state.scenario.get();
        let predict = state.predict.get();
        state
            .dataset
            .with(|d| scenario_href(&scenario, &d.progress, predict, section.get()))
    }));
    // Chromium spends milliseconds on each replaceState (and throttles bursts), so a drag
    // writes the address once it pauses.
    on_settled(
        move || scenario_link.get(),
        URL_AFTER,
        false,
        |href| replace_location(&href),
    );
    let count = move || state.dataset.with(|d| d.programs.count);
    let lede = move || {
        state.dataset.with(|d| {
            let count = d.programs.count;
            let agreed = format!(
                "In {} Belarus and Russia agreed {count} sectoral programs to deepen their Union State. ",
                d.programs.date.month_year()
            );
            let latest = d.latest().map(|o| {
                format!(
                    "By {} {} percent were reported done (“{}”). Move the pace to see when all {count} would be finished.",
                    o.date.month_year(),
                    number(o.percent, 1),
                    o.wording
                )
            });
            agreed + &latest.unwrap_or_default()
        })
    };
    let credit = move || {
        state.dataset.with(|d| {
            let article = &d.article;
            format!(
                "Every figure comes from an article on {} published by {} ({}) on {}, and from the sources it cites.",
                article.subject,
                article.publisher,
                article.place,
                article.date.long()
            )
        })
    };
    if let Some(section) = embed_parameter() {
        post_height_to_parent();
        return view! { <EmbedView section=section scenario_link=scenario_link /> }.into_any();
    }
    // The first screen mounts at once; the rest follows one part per task, so no single task
    // keeps a slow phone from answering a tap for long. Once all are in the document: reopen
    // the section a link names, then follow the section in view.
    let revealed = RwSignal::new(0usize);
    Effect::new(move |_| {
        reveal_in_turn(revealed, LATER_PARTS, move || {
            track_section_in_view(section)
        })
    });
    view! {
        <a class="skip-link" href="#main">"Skip to the explainer"</a>
        <Show when=move || offline.update_ready.get()>
            <div class="update-banner" role="status">
                <span>"A new version of this explainer is ready."</span>
                <button type="button" on:click=move |_| offline.apply_update()>"Reload"</button>
            </div>
        </Show>
        <header class="masthead">
            <div class="masthead__top">
                <p class="masthead__kicker">"Union State Integration Explorer"</p>
                <ThemeSwitch />
            </div>
            <h1>{move || format!("When will Belarus and Russia finish their {} integration programs?", count())}</h1>
            <p class="masthead__lede">{lede}</p>
            <KeyFigures />
            <SectionNav />
            <DataBar />
        </header>
        <main id="main">
            <section id="progress" class="section" aria-labelledby="progress-title">
                <h2 id="progress-title">"Progress of the " {count} " programs"</h2>
                <Later revealed part=1>
                <PredictPanel />
                <ProgressInteractive scenario_link=scenario_link />
                <ShareDialog scenario_link=scenario_link />
                </Later>
                <Later revealed part=2>
                <CompletionTable />
                <p class="method">
                    "Reported values are the article's own figures. The derived starting point assumes nothing was implemented before the decree authorized the programs. "
                    {format!(
                        "Projected values extend the latest report at the chosen pace; the shaded band shows a pace {band} percent slower to {band} percent faster.",
                        band = number(BAND_SHARE * 100.0, 0)
                    )}
                </p>
                </Later>
            </section>
            <Later revealed part=3><TradeSection /></Later>
            <Later revealed part=4><BalanceSection /></Later>
            <Later revealed part=5><TimelineSection /></Later>
            <Later revealed part=6><TreatySection /></Later>
            <Later revealed part=7><SourcesSection /></Later>
        </main>
        <Later revealed part=7>
            <footer class="credit">
                <p>{credit}</p>
            </footer>
        </Later>
    }
    .into_any()
}

/// The scenario controls beside the sentence, the completion chart and its summary.
#[component]
fn ProgressInteractive(
    /// The current page address, quoted in the printed handout.
    scenario_link: Signal<String>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let announcement = settled_announcement(state.sentence);
    view! {
        <div class="progress-layout">
            <ScenarioPanel />
            <div class="progress-layout__chart">
                <Show
                    when=move || state.revealed.get()
                    fallback=|| view! { <p class="scenario-sentence scenario-sentence--hidden" id="scenario-hidden">"The projection is hidden until you make your guess."</p> }
                >
                    <p class="scenario-sentence" id="scenario-sentence">
                        {move || state.sentence.get()}
                        " "
                        <span class="kind kind--projected">"projected"</span>
                    </p>
                </Show>
                // Announced once the slider settles, not at every step of a drag.
                <p class="visually-hidden" id="scenario-announcement" aria-live="polite">
                    {move || announcement.get()}
                </p>
                <EChart
                    option=state.completion_option
                    id="completion-chart"
                    label="completion chart"
                />
                <p class="chart-summary" id="completion-summary">
                    {move || state.completion_description.get()}
                </p>
                <p class="print-only" id="scenario-link">
                    "This scenario online: " {move || scenario_link.get()}
                </p>
            </div>
        </div>
    }
}

/// How long the sentence must stay unchanged before screen readers hear it.
const ANNOUNCE_AFTER: Duration = Duration::from_millis(700);
/// How long the scenario must stay unchanged before the address is rewritten.
const URL_AFTER: Duration = Duration::from_millis(250);

/// `sentence` once it has stayed the same for `ANNOUNCE_AFTER`; empty until it first changes,
/// so opening the page announces nothing the reader did not ask for.
fn settled_announcement(sentence: Memo<String>) -> ReadSignal<String> {
    let (announcement, set_announcement) = signal(String::new());
    on_settled(
        move || sentence.get(),
        ANNOUNCE_AFTER,
        true,
        move |text| set_announcement.set(text),
    );
    announcement
}

/// Calls `act` with `source`'s value once it has stayed unchanged for `delay` (a burst of
/// changes makes one call); `skip_first` ignores the value at start.
fn on_settled<T: 'static>(
    source: impl Fn() -> T + 'static,
    delay: Duration,
    skip_first: bool,
    act: impl Fn(T) + Copy + 'static,
) {
    let pending = StoredValue::new_local(None::<TimeoutHandle>);
    Effect::new(move |ran_before: Option<()>| {
        let value = source();
        if skip_first && ran_before.is_none() {
            return;
        }
        if let Some(handle) = pending.get_value() {
            handle.clear();
        }
        let handle = set_timeout_with_handle(move || act(value), delay);
        pending.set_value(handle.ok());
    });
}

/// One section alone, for an iframe: title, chart (with controls for progress), summary,
/// source line and a link to the full explainer; no navigation.
#[component]
fn EmbedView(
    /// Which section to show.
    section: EmbedSection,
    /// The current page address, from which the full explainer's link is made.
    scenario_link: Signal<String>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let body = match section {
        EmbedSection::Progress => view! { <ProgressInteractive scenario_link=scenario_link /> }.into_any(),
        EmbedSection::Trade => view! { <ChartWithSummary chart=state.trade id="trade-chart" label="trade chart" /> }.into_any(),
        EmbedSection::Balance => view! { <ChartWithSummary chart=state.balance id="balance-chart" label="trade balance chart" /> }.into_any(),
        EmbedSection::Timeline => view! { <ChartWithSummary chart=state.timeline id="timeline-chart" label="timeline" /> }.into_any(),
    };
    let source = move || {
        state.dataset.with(|d| {
            format!(
                "Source: {}, {}, and the sources it cites. ",
                d.article.publisher,
                d.article.date.long()
            )
        })
    };
    view! {
        <main class="embed" id=section.key() data-embed=section.key()>
            <h1 class="embed__title">{section.title()}</h1>
            <EmbedDataNotice />
            {body}
            <p class="embed__source">
                {source}
                <a href=move || full_page_url(&scenario_link.get()) target="_blank" rel="noopener">
                    "Open the full explainer"
                </a>
            </p>
        </main>
    }
}

/// How many parts of the page mount after the first screen, one per task.
const LATER_PARTS: usize = 7;

/// Mounts its children once `revealed` reaches `part` (see `reveal_in_turn`).
#[component]
fn Later(
    /// How many later parts may be in the document.
    revealed: RwSignal<usize>,
    /// This part's turn, from 1.
    part: usize,
    /// What to mount.
    children: ChildrenFn,
) -> impl IntoView {
    let shown = Memo::new(move |_| revealed.get() >= part);
    move || shown.get().then(|| children())
}

/// Counts `revealed` up to `parts`, one step per task, then calls `then` in a task of its own
/// (after the last part's view, which Leptos builds in a microtask, is in the document).
fn reveal_in_turn(revealed: RwSignal<usize>, parts: usize, then: impl FnOnce() + 'static) {
    set_timeout(
        move || {
            if revealed.get_untracked() >= parts {
                then();
                return;
            }
            revealed.update(|count| *count += 1);
            reveal_in_turn(revealed, parts, then);
        },
        Duration::ZERO,
    );
}

/// Scrolls to the section `?section=` names, then keeps `section` on the section in the middle
/// of the viewport (`None` at the top of the page).
fn track_section_in_view(section: RwSignal<Option<&'static str>>) {
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(id) = section.get_untracked() {
        if let Some(element) = document.get_element_by_id(id) {
            element.scroll_into_view();
        }
    }
    let on_change = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
        for entry in entries.iter() {
            let Ok(entry) = entry.dyn_into::<web_sys::IntersectionObserverEntry>() else {
                continue;
            };
            if entry.is_intersecting() {
                let id = entry.target().id();
                section.set(crate::model::query::section_from_query(&id));
            }
        }
    });
    let options = web_sys::IntersectionObserverInit::new();
    // A thin band across the middle of the viewport: the section crossing it is "in view".
    options.set_root_margin("-45% 0px -54% 0px");
    let Ok(observer) = web_sys::IntersectionObserver::new_with_options(
        on_change.as_ref().unchecked_ref(),
        &options,
    ) else {
        return;
    };
    if let Ok(targets) = document.query_selector_all("header.masthead, main > section") {
        for index in 0..targets.length() {
            if let Some(target) = targets
                .item(index)
                .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
            {
                observer.observe(&target);
            }
        }
    }
    // Both live as long as the page.
    std::mem::forget(observer);
    on_change.forget();
}
