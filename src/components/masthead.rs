//! The page's header (headline, lede, navigation, data bar) and its credit line.

use super::data_bar::DataBar;
use super::lang_switch::LangSwitch;
use super::theme_switch::ThemeSwitch;
use crate::app::AppState;
use crate::model::sections::SECTIONS;
use leptos::prelude::*;

/// The header: headline and lede from the dataset, navigation and data bar.
#[component]
pub fn Masthead() -> impl IntoView {
    let msg = crate::app::lang::use_messages();
    let state = expect_context::<AppState>();
    let count = move || state.dataset.with(|d| d.programs.count);
    let m = msg;
    // The header shell (src/bin/shell.rs) writes the same messages before the wasm arrives.
    let lede = move || {
        state.dataset.with(|d| {
            m.lede(
                d.programs.count,
                d.programs.date,
                d.localized(m.lang()).latest(),
            )
        })
    };
    view! {
        <header class="masthead">
            <div class="masthead__top">
                <p class="masthead__kicker">{m.kicker()}</p>
                <div class="masthead__switches">
                    <LangSwitch />
                    <ThemeSwitch />
                </div>
            </div>
            <h1>{move || m.headline(count())}</h1>
            <p class="masthead__lede">{lede}</p>
            <SectionNav />
            <DataBar />
        </header>
    }
}

/// The article's credit under the last section.
#[component]
pub fn Credit() -> impl IntoView {
    let msg = crate::app::lang::use_messages();
    let state = expect_context::<AppState>();
    let m = msg;
    let credit = move || {
        state.dataset.with(|d| {
            let local = d.localized(m.lang());
            let a = &local.article;
            let rich = m.credit(&a.subject, &a.publisher, &a.place, a.date);
            view! { <crate::widgets::datatext::RichText rich=rich /> }
        })
    };
    view! {
        <footer class="credit">
            <p>{credit}</p>
        </footer>
    }
}

/// Links to every section.
#[component]
pub fn SectionNav() -> impl IntoView {
    let msg = crate::app::lang::use_messages();
    view! {
        <nav class="section-nav" aria-label=msg.labels().text_sections_nav>
            <ul>
                {SECTIONS
                    .into_iter()
                    .map(|section| view! { <li><a href=format!("#{}", section.id())>{msg.section_nav(section)}</a></li> })
                    .collect_view()}
            </ul>
        </nav>
    }
}
