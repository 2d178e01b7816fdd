//! The sources section's view: the article, and every source it cites with what it supports
//! and links to the sections that show it.

use super::source_index;
use crate::app::staging::{Later, Staged};
use crate::app::AppState;
use crate::model::sections::sections_using;
use crate::widgets::datatext::{Citation, RichText};
use leptos::prelude::*;

/// The section on the full page, mounting whole in its staged part.
pub fn page(staged: Staged, _scenario_link: Signal<String>) -> AnyView {
    view! { <Later revealed=staged.revealed part=staged.first><SourcesSection /></Later> }
        .into_any()
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
                    let intro = msg.sources_intro(&article.subject, &article.publisher, &article.place, article.date);
                    view! { <RichText rich=intro /> }
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
                            <a href=format!("#{}", section.id())>{msg.section_nav(section)}</a>
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
