//! The page's header (headline, lede, navigation, data bar) and its credit line.

use super::data_bar::DataBar;
use super::sections::SectionNav;
use super::theme_switch::ThemeSwitch;
use crate::app::AppState;
use crate::model::format::number;
use leptos::prelude::*;

/// The header: headline and lede from the dataset, navigation and data bar.
#[component]
pub fn Masthead() -> impl IntoView {
    let state = expect_context::<AppState>();
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
    view! {
        <header class="masthead">
            <div class="masthead__top">
                <p class="masthead__kicker">"Union State Integration Explorer"</p>
                <ThemeSwitch />
            </div>
            <h1>{move || format!("When will Belarus and Russia finish their {} integration programs?", count())}</h1>
            <p class="masthead__lede">{lede}</p>
            <SectionNav />
            <DataBar />
        </header>
    }
}

/// The article's credit under the last section.
#[component]
pub fn Credit() -> impl IntoView {
    let state = expect_context::<AppState>();
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
    view! {
        <footer class="credit">
            <p>{credit}</p>
        </footer>
    }
}
