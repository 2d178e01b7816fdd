//! One section alone, for an iframe (`?embed=`).

use super::data_bar::EmbedDataNotice;
use crate::app::embed::full_page_url;
use crate::app::AppState;
use crate::model::sections::EmbedSection;
use crate::sections::embed_view;
use crate::widgets::datatext::RichText;
use leptos::prelude::*;

/// One section alone: title, chart (with controls for progress), summary, source line and a
/// link to the full explainer on the same scenario; no navigation.
#[component]
pub fn EmbedView(
    /// Which section to show.
    section: EmbedSection,
    /// The current page address, from which the full explainer's link is made.
    scenario_link: Signal<String>,
) -> impl IntoView {
    let msg = crate::app::lang::use_messages();
    let state = expect_context::<AppState>();
    let body = embed_view(section.section()).map(|embed| embed(scenario_link));
    let source = move || {
        state.dataset.with(|d| {
            let source = msg.embed_source(&d.article.publisher, d.article.date);
            view! { <RichText rich=source /> }
        })
    };
    view! {
        <main class="embed" id=section.key() data-embed=section.key()>
            <h1 class="embed__title">{crate::messages::StoryMessages::embed_title(msg, section.section())}</h1>
            <EmbedDataNotice />
            {body}
            <p class="embed__source">
                {source}
                <a href=move || full_page_url(&scenario_link.get()) target="_blank" rel="noopener">
                    {msg.labels().label_open_full}
                </a>
            </p>
        </main>
    }
}
