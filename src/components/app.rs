//! The page, composed: state, hooks, and either one embedded section or the whole story.

use super::embed::EmbedView;
use super::masthead::{Credit, Masthead};
use super::sections::SECTION_VIEWS;
use crate::app::embed::{embed_parameter, use_height_for_parent};
use crate::app::loading::use_dataset_link;
use crate::app::staging::{use_staged_mounting, Later, Staged};
use crate::app::url::{use_scenario_url, use_section_in_view};
use crate::app::{use_service_worker, AppState};
use crate::messages::Label;
use crate::model::sections::{first_part, LATER_PARTS};
use leptos::prelude::*;

/// The whole explainer page.
#[component]
pub fn App() -> impl IntoView {
    let state = AppState::new();
    provide_context(state);
    let offline = use_service_worker();
    use_dataset_link(state);
    let url = use_scenario_url(state);
    if let Some(section) = embed_parameter() {
        use_height_for_parent();
        return view! { <EmbedView section=section scenario_link=url.link /> }.into_any();
    }
    // Once every section is in the document: reopen the section a link names, then follow
    // the section in view.
    let mounted = RwSignal::new(false);
    let revealed = use_staged_mounting(move || mounted.set(true));
    use_section_in_view(url.section, mounted.into());
    let sections = SECTION_VIEWS
        .iter()
        .enumerate()
        .map(|(index, section)| {
            let staged = Staged {
                revealed,
                first: first_part(index),
            };
            (section.page)(staged, url.link)
        })
        .collect_view();
    view! {
        <a class="skip-link" href="#main">{crate::messages::page().label(Label::SkipLink)}</a>
        <Show when=move || offline.update_ready.get()>
            <div class="update-banner" role="status">
                <span>{crate::messages::page().label(Label::UpdateReady)}</span>
                <button type="button" on:click=move |_| offline.apply_update()>{crate::messages::page().label(Label::Reload)}</button>
            </div>
        </Show>
        <Masthead />
        <main id="main">{sections}</main>
        <Later revealed part=LATER_PARTS>
            <Credit />
        </Later>
    }
    .into_any()
}
