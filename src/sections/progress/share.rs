//! "Share or embed": the link to this scenario and an iframe snippet, each with a copy button.

use crate::app::embed::embed_url;
use crate::app::AppState;
use crate::messages::Copied;
use crate::model::sections::EmbedSection;
use leptos::html::Dialog;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Starts copying `text` with the asynchronous clipboard API; `None` where it is unavailable.
fn copy_to_clipboard(text: &str) -> Option<js_sys::Promise> {
    let window = web_sys::window()?;
    // Reflect: the clipboard is missing on plain http and in some frames, and must not throw.
    let clipboard = js_sys::Reflect::get(&window.navigator(), &"clipboard".into())
        .ok()
        .filter(|c| !c.is_undefined() && !c.is_null())?;
    let write = js_sys::Reflect::get(&clipboard, &"writeText".into())
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    write.call1(&clipboard, &text.into()).ok()?.dyn_into().ok()
}

/// Focuses and selects the text of the field `id`, for copying by hand.
fn select_field(id: &str) {
    let field = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id));
    if let Some(field) = field {
        // An <input> or a <textarea>: both have select().
        if let Ok(select) = js_sys::Reflect::get(&field, &"select".into()) {
            if let Some(select) = select.dyn_ref::<js_sys::Function>() {
                let _ = field.unchecked_ref::<web_sys::HtmlElement>().focus();
                let _ = select.call0(&field);
            }
        }
    }
}

/// The iframe snippet for one section of the current scenario.
fn iframe_snippet(msg: &dyn crate::messages::Page, href: &str, section: EmbedSection) -> String {
    format!(
        "<iframe src=\"{}\" title=\"{}\" width=\"100%\" height=\"540\" style=\"border:0\" loading=\"lazy\"></iframe>",
        embed_url(href, section).replace('"', "&quot;"),
        msg.embed_title(section.section()).replace('"', "&quot;")
    )
}

/// A button that opens a dialog with the scenario's link and an embed snippet.
#[component]
pub fn ShareDialog(
    /// The current page address.
    scenario_link: Signal<String>,
) -> impl IntoView {
    let msg = crate::app::lang::use_messages();
    let dialog = NodeRef::<Dialog>::new();
    let section = RwSignal::new(EmbedSection::FIRST);
    let status = RwSignal::new(String::new());
    let link = move || crate::app::embed::full_page_url(&scenario_link.get());
    let snippet = move || iframe_snippet(msg, &scenario_link.get(), section.get());
    let file_note = file_note(expect_context::<AppState>());
    // "Copied" only once the write has succeeded: it fails where permission is denied or the
    // page lacks focus, and then the text is selected for copying by hand.
    let copy = move |what: Copied, field: &'static str, text: String| {
        status.set(String::new());
        let write = copy_to_clipboard(&text);
        wasm_bindgen_futures::spawn_local(async move {
            let copied = match write {
                Some(promise) => wasm_bindgen_futures::JsFuture::from(promise).await.is_ok(),
                None => false,
            };
            if copied {
                status.set(msg.copied(what));
            } else {
                select_field(field);
                status.set(msg.copy_by_hand(what));
            }
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
            {msg.labels().text_share}
        </button>
        <dialog class="share-dialog" node_ref=dialog aria-labelledby="share-title" id="share-dialog">
            <h2 id="share-title">{msg.labels().text_share}</h2>
            {move || file_note().map(|note| view! { <p class="share-dialog__note" id="share-file-note">{note}</p> })}
            <label for="share-link">{msg.labels().text_share_link}</label>
            <input id="share-link" type="text" readonly prop:value=link />
            <button type="button" id="copy-link" on:click=move |_| copy(Copied::Link, "share-link", link())>{msg.labels().text_copy_link}</button>
            <label for="share-section">{msg.labels().text_share_section}</label>
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
                    .map(|s| view! { <option value=s.key() selected=move || section.get() == s>{msg.embed_title(s.section())}</option> })
                    .collect_view()}
            </select>
            <label for="share-snippet">{msg.labels().text_embed_code}</label>
            <textarea id="share-snippet" readonly rows="4" prop:value=snippet></textarea>
            <button type="button" id="copy-snippet" on:click=move |_| copy(Copied::EmbedCode, "share-snippet", snippet())>{msg.labels().text_copy_embed_code}</button>
            <p role="status" class="share-dialog__status">{move || status.get()}</p>
            <form method="dialog">
                <button type="submit" id="share-close">{msg.labels().text_close}</button>
            </form>
        </dialog>
    }
}

/// While a file from the reader's disk is shown, a note that links open the built-in data
/// instead (a `?data=` link's dataset travels in the link itself).
pub fn file_note(state: AppState) -> impl Fn() -> Option<String> + Copy {
    let msg = crate::app::lang::use_messages();
    move || {
        state.loaded.with(|loaded| {
            loaded
                .as_ref()
                .filter(|l| l.from_file)
                .map(|l| msg.link_leaves_file(&l.origin))
        })
    }
}
