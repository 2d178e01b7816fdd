//! The treaty section's view: the items in a column per status, a reason and source the
//! group shares said once, an item's own detail on demand.

use crate::app::staging::{Later, Staged};
use crate::app::AppState;
use crate::model::treaty::treaty_groups;
use crate::widgets::datatext::{Citation, DataText, RichText};
use leptos::prelude::*;

/// The section on the full page, mounting whole in its staged part.
pub fn page(staged: Staged, _scenario_link: Signal<String>) -> AnyView {
    view! { <Later revealed=staged.revealed part=staged.first><TreatySection /></Later> }.into_any()
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
                let since = d.text(lang, &key, "since", &t.since);
                let phrase = view! { <RichText rich=msg.treaty_since(t.status, &since) /> };
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
