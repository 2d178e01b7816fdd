//! "Share or embed": the link to this scenario and an iframe snippet, each with a copy button.

use crate::app::embed::embed_url;
use crate::model::sections::EmbedSection;
use leptos::html::Dialog;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Copies `text` with the asynchronous clipboard API; `false` where it is unavailable.
fn copy_to_clipboard(text: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    // Reflect: the clipboard is missing on plain http and in some frames, and must not throw.
    let clipboard = js_sys::Reflect::get(&window.navigator(), &"clipboard".into())
        .ok()
        .filter(|c| !c.is_undefined() && !c.is_null());
    let write = clipboard.as_ref().and_then(|c| {
        js_sys::Reflect::get(c, &"writeText".into())
            .ok()?
            .dyn_into::<js_sys::Function>()
            .ok()
    });
    match (clipboard, write) {
        (Some(clipboard), Some(write)) => write.call1(&clipboard, &text.into()).is_ok(),
        _ => false,
    }
}

/// The iframe snippet for one section of the current scenario.
fn iframe_snippet(href: &str, section: EmbedSection) -> String {
    format!(
        "<iframe src=\"{}\" title=\"{}\" width=\"100%\" height=\"540\" style=\"border:0\" loading=\"lazy\"></iframe>",
        embed_url(href, section).replace('"', "&quot;"),
        section.title().replace('"', "&quot;")
    )
}

/// A button that opens a dialog with the scenario's link and an embed snippet.
#[component]
pub fn ShareDialog(
    /// The current page address.
    scenario_link: Signal<String>,
) -> impl IntoView {
    let dialog = NodeRef::<Dialog>::new();
    let section = RwSignal::new(EmbedSection::FIRST);
    let status = RwSignal::new(String::new());
    let link = move || crate::app::embed::full_page_url(&scenario_link.get());
    let snippet = move || iframe_snippet(&scenario_link.get(), section.get());
    let copy = move |what: &'static str, text: String| {
        status.set(if copy_to_clipboard(&text) {
            format!("{what} copied.")
        } else {
            format!(
                "Select the {} and copy it with Ctrl+C (⌘C on a Mac).",
                what.to_ascii_lowercase()
            )
        });
    };
    view! {
        <button
            type="button"
            class="share-button"
            id="share-open"
            on:click=move |_| {
                status.set(String::new());
                if let Some(dialog) = dialog.get() {
                    let _ = dialog.show_modal();
                }
            }
        >
            "Share or embed this scenario"
        </button>
        <dialog class="share-dialog" node_ref=dialog aria-labelledby="share-title" id="share-dialog">
            <h2 id="share-title">"Share or embed this scenario"</h2>
            <label for="share-link">"Link to this scenario"</label>
            <input id="share-link" type="text" readonly prop:value=link />
            <button type="button" id="copy-link" on:click=move |_| copy("Link", link())>"Copy link"</button>
            <label for="share-section">"Chart to embed"</label>
            <select
                id="share-section"
                on:change=move |ev| {
                    if let Some(chosen) = EmbedSection::from_key(&event_target_value(&ev)) {
                        section.set(chosen);
                    }
                }
            >
                {EmbedSection::ALL
                    .into_iter()
                    .map(|s| view! { <option value=s.key() selected=move || section.get() == s>{s.title()}</option> })
                    .collect_view()}
            </select>
            <label for="share-snippet">"Embed code"</label>
            <textarea id="share-snippet" readonly rows="4" prop:value=snippet></textarea>
            <button type="button" id="copy-snippet" on:click=move |_| copy("Embed code", snippet())>"Copy embed code"</button>
            <p role="status" class="share-dialog__status">{move || status.get()}</p>
            <form method="dialog">
                <button type="submit" id="share-close">"Close"</button>
            </form>
        </dialog>
    }
}
