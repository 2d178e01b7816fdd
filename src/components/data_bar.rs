//! The data bar: which dataset is on screen, loading another, downloading this one.

use crate::app::loading::{back_to_builtin, download_csv, download_dataset, load_file};
use crate::app::{AppState, RefusedData};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Names the dataset in use; loads a file, returns to the built-in data, lists refusals.
#[component]
pub fn DataBar() -> impl IntoView {
    let msg = crate::app::lang::use_messages();
    let state = expect_context::<AppState>();
    let on_file = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        if let Some(file) = input.files().and_then(|files| files.get(0)) {
            load_file(state, file);
        }
        // Lets the same file be picked again after it is fixed.
        input.set_value("");
    };
    view! {
        <div class="data-bar" id="data">
            <p class="data-bar__status" role="status">
                {move || match state.loaded.get() {
                    Some(loaded) => view! {
                        <span class="data-bar__loaded">{msg.showing_loaded(&loaded.origin)}</span>
                    }.into_any(),
                    None if state.fetching.get() => view! { <span>{msg.labels().bar_fetching}</span> }.into_any(),
                    None => view! { <span>{msg.labels().bar_builtin}</span> }.into_any(),
                }}
            </p>
            <div class="data-bar__actions">
                <Show when=move || state.loaded.with(Option::is_some)>
                    <button type="button" id="back-to-builtin" on:click=move |_| back_to_builtin(state)>
                        {msg.labels().bar_back_to_builtin}
                    </button>
                </Show>
                <label class="data-bar__file button-like">
                    {msg.labels().bar_load_file}
                    <input type="file" id="load-data" accept="application/json,.json" on:change=on_file />
                </label>
                <button type="button" id="download-data" on:click=move |_| state.dataset.with(download_dataset)>
                    {msg.labels().bar_download_json}
                </button>
                <button type="button" id="download-csv" on:click=move |_| state.dataset.with(download_csv)>
                    {msg.labels().bar_download_csv}
                </button>
            </div>
            <Show when=move || state.refused.with(Option::is_some)>
                <div class="data-bar__errors" role="alert" id="load-errors">
                    {move || state.refused.get().map(|refused| {
                        let count = refused.problems.len();
                        view! {
                            <p>
                                {msg.refused_intro(&refused.origin, count)}
                            </p>
                            <ul>
                                {refused.problems.into_iter().map(|problem| view! { <li>{problem.words(msg)}</li> }).collect_view()}
                            </ul>
                            <button type="button" on:click=move |_| state.refused.set(None)>{msg.labels().bar_dismiss}</button>
                        }
                    })}
                </div>
            </Show>
        </div>
    }
}

/// In an embed, which has no data bar: says that the linked data was not loaded, and why.
#[component]
pub fn EmbedDataNotice() -> impl IntoView {
    let state = expect_context::<AppState>();
    let msg = crate::app::lang::use_messages();
    // One text node: each part of a view is code of its own in the wasm.
    move || {
        state.refused.get().map(|refused| {
            view! {
                // Styled as the data bar's refusals, which the full page shows instead.
                <p class="data-bar__errors embed__notice" role="alert" id="embed-data-error">
                    {embed_notice(msg, refused)}
                </p>
            }
        })
    }
}

/// "The linked data … was not loaded: <first reason> (and N more problems). …"
fn embed_notice(msg: &dyn crate::messages::Page, refused: RefusedData) -> String {
    let count = refused.problems.len();
    let first = refused
        .problems
        .first()
        .map(|problem| problem.words(msg))
        .unwrap_or_default();
    msg.embed_refused(&refused.origin, &first, count)
}
