//! The page, composed: state, hooks, and either one embedded section or the whole story.

use super::embed::EmbedView;
use super::masthead::{Credit, Masthead};
use crate::app::embed::{embed_parameter, use_height_for_parent};
use crate::app::loading::use_dataset_link;
use crate::app::staging::{use_staged_mounting, Later, Staged};
use crate::app::url::{use_scenario_url, use_section_in_view};
use crate::app::{use_service_worker, AppState};
use crate::model::sections::{first_part, LATER_PARTS, SECTIONS};
use crate::sections::page_view;
use leptos::prelude::*;

/// The whole explainer page, rebuilt in full when the reader switches language: every view
/// reads its words as it is built, and the state (scenario, predict mode, as-of date, loaded
/// data) lives outside, in `AppState`, so it survives the switch.
#[component]
pub fn App() -> impl IntoView {
    let state = AppState::new();
    provide_context(state);
    let offline = use_service_worker();
    use_dataset_link(state);
    let url = use_scenario_url(state);
    let lang = state.lang.lang;
    if let Some(section) = embed_parameter() {
        use_height_for_parent();
        return (move || {
            lang.track();
            view! { <EmbedView section=section scenario_link=url.link /> }.into_any()
        })
        .into_any();
    }
    // Once every section is in the document: reopen the section a link names, then follow
    // the section in view; after a switch, the same again for the rebuilt sections.
    let mounted = RwSignal::new(false);
    let revealed = use_staged_mounting(move || mounted.set(true));
    let rebuilt = use_rebuilt_after_switch(lang);
    use_section_in_view(url.section, mounted.into(), rebuilt.into());
    let page = move || {
        // Read here, not once above: a switch rebuilds the page under the new language.
        let msg = crate::messages::messages(lang.get());
        let sections = SECTIONS
            .into_iter()
            .map(|section| {
                let staged = Staged {
                    revealed,
                    first: first_part(section.index()),
                };
                page_view(section)(staged, url.link)
            })
            .collect_view();
        view! {
            <a class="skip-link" href="#main">{msg.labels().label_skip_link}</a>
            <Show when=move || offline.update_ready.get()>
                <div class="update-banner" role="status">
                    <span>{msg.labels().label_update_ready}</span>
                    <button type="button" on:click=move |_| offline.apply_update()>{msg.labels().label_reload}</button>
                </div>
            </Show>
            <Masthead />
            <main id="main">{sections}</main>
            <Later revealed part=LATER_PARTS>
                <Credit />
            </Later>
        }
        // Erased, so the rebuild replaces one view instead of diffing the page's whole type.
        .into_any()
    };
    page.into_any()
}

/// Counts the page's rebuilds after a language switch, each once the new views are in the
/// document (a task after the switch): what watches page elements reads it to find the new
/// ones.
fn use_rebuilt_after_switch(lang: RwSignal<crate::model::lang::Lang>) -> RwSignal<u32> {
    let rebuilt = RwSignal::new(0u32);
    Effect::new(move |before: Option<crate::model::lang::Lang>| {
        let now = lang.get();
        if before.is_some_and(|before| before != now) {
            set_timeout(
                move || {
                    rebuilt.try_update(|count| *count += 1);
                },
                std::time::Duration::ZERO,
            );
        }
        now
    });
    rebuilt
}
