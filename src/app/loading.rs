//! Bringing your own data: from a file on the reader's disk or from a `?data=` link.
//!
//! Whatever arrives goes through [`Dataset::from_json`]; a refused dataset changes nothing
//! but the list of problems, so the data on screen stays as it was.

use super::{AppState, LoadedData, RefusedData};
use crate::model::dataset::MAX_JSON_BYTES;
use crate::model::Dataset;
use leptos::prelude::*;
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// How long a `?data=` link may take before the app gives up on it.
pub const FETCH_TIMEOUT_MS: i32 = 8_000;

/// Validates `text` and either shows it or lists why not; the origin is shown as text.
pub fn accept_text(state: AppState, text: &str, origin: String) {
    match Dataset::from_json(text) {
        Ok(dataset) => {
            state.refused.set(None);
            state.loaded.set(Some(LoadedData { dataset, origin }));
        }
        Err(problems) => refuse(
            state,
            origin,
            problems.iter().map(ToString::to_string).collect(),
        ),
    }
}

fn refuse(state: AppState, origin: String, problems: Vec<String>) {
    state.refused.set(Some(RefusedData { origin, problems }));
}

/// Reads a file the reader picked (nothing is uploaded) and loads it.
pub fn load_file(state: AppState, file: web_sys::File) {
    let origin = file.name();
    let size = file.size();
    if size > MAX_JSON_BYTES as f64 {
        refuse(
            state,
            origin,
            vec![format!(
                "the file is {} bytes; at most {MAX_JSON_BYTES} bytes are accepted",
                size as u64
            )],
        );
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        match wasm_bindgen_futures::JsFuture::from(file.text()).await {
            Ok(text) => accept_text(state, &text.as_string().unwrap_or_default(), origin),
            Err(_) => refuse(state, origin, vec!["the file could not be read".into()]),
        }
    });
}

/// The `data` query parameter of the page's URL, if any.
pub fn data_parameter() -> Option<String> {
    let search = web_sys::window()?.location().search().ok()?;
    let params = web_sys::UrlSearchParams::new_with_str(&search).ok()?;
    params.get("data").filter(|url| !url.trim().is_empty())
}

/// Fetches the dataset a `?data=` link names, with a timeout and a size limit.
pub fn load_from_link(state: AppState, url: String) {
    state.fetching.set(true);
    wasm_bindgen_futures::spawn_local(async move {
        let result = fetch_text(&url).await;
        state.fetching.set(false);
        match result {
            Ok(text) => accept_text(state, &text, url),
            Err(reason) => refuse(state, url, vec![reason]),
        }
    });
}

async fn fetch_text(url: &str) -> Result<String, String> {
    let controller =
        web_sys::AbortController::new().map_err(|_| "this browser cannot fetch data")?;
    let timed_out = Rc::new(Cell::new(false));
    let on_timeout = {
        let controller = controller.clone();
        let timed_out = timed_out.clone();
        Closure::<dyn FnMut()>::new(move || {
            timed_out.set(true);
            controller.abort();
        })
    };
    let window = web_sys::window().ok_or("no window")?;
    let timer = window
        .set_timeout_with_callback_and_timeout_and_arguments_0(
            on_timeout.as_ref().unchecked_ref(),
            FETCH_TIMEOUT_MS,
        )
        .ok();
    let signal = controller.signal();
    let init = web_sys::RequestInit::new();
    init.set_signal(Some(&signal));
    let response = match wasm_bindgen_futures::JsFuture::from(
        window.fetch_with_str_and_init(url, &init),
    )
    .await
    {
        Ok(value) => value.dyn_into::<web_sys::Response>().map_err(drop),
        Err(_) => Err(()),
    };
    let result = match response {
        Err(_) if timed_out.get() => Err(format!(
            "no answer within {} seconds",
            FETCH_TIMEOUT_MS / 1000
        )),
        Err(_) => Err("the link could not be reached (network error, or the server does not allow this page to read it)".into()),
        Ok(response) if !response.ok() => Err(format!(
            "the server answered {} {}",
            response.status(),
            response.status_text()
        )),
        Ok(response) => {
            let declared = response
                .headers()
                .get("content-length")
                .ok()
                .flatten()
                .and_then(|length| length.parse::<usize>().ok());
            match declared {
                Some(length) if length > MAX_JSON_BYTES => Err(format!(
                    "the dataset is {length} bytes; at most {MAX_JSON_BYTES} bytes are accepted"
                )),
                _ => match response.text() {
                    Ok(promise) => wasm_bindgen_futures::JsFuture::from(promise)
                        .await
                        .map(|text| text.as_string().unwrap_or_default()),
                    Err(error) => Err(error),
                }
                .map_err(|_| {
                    if timed_out.get() {
                        format!("no answer within {} seconds", FETCH_TIMEOUT_MS / 1000)
                    } else {
                        "the answer could not be read".to_string()
                    }
                }),
            }
        }
    };
    if let Some(timer) = timer {
        window.clear_timeout_with_handle(timer);
    }
    drop(on_timeout);
    result
}

/// Returns to the built-in dataset and drops `data` from the address, so a reload agrees.
pub fn back_to_builtin(state: AppState) {
    state.loaded.set(None);
    state.refused.set(None);
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(href) = window.location().href() else {
        return;
    };
    if let Ok(url) = web_sys::Url::new(&href) {
        url.search_params().delete("data");
        if let Ok(history) = window.history() {
            let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url.href()));
        }
    }
}

/// Offers the dataset in use as a JSON file: a valid starting point for one's own data.
pub fn download_dataset(dataset: &Dataset) {
    let Ok(json) = serde_json::to_string_pretty(&dataset.to_value()) else {
        return;
    };
    let _ = save_text(&json, "application/json", "union-state-dataset.json");
}

/// Offers the dataset in use as CSV, one row per value or fact, with sources.
pub fn download_csv(dataset: &Dataset) {
    let csv = crate::model::export::dataset_csv(dataset);
    let _ = save_text(&csv, "text/csv", "union-state-dataset.csv");
}

/// Saves a `data:` URL (such as a chart image) under `file_name`.
pub fn save_data_url(url: &str, file_name: &str) {
    let anchor = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.create_element("a").ok())
        .map(|a| a.unchecked_into::<web_sys::HtmlAnchorElement>());
    if let Some(anchor) = anchor {
        anchor.set_href(url);
        anchor.set_download(file_name);
        anchor.click();
    }
}

fn save_text(text: &str, mime: &str, file_name: &str) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or(JsValue::NULL)?;
    let anchor: web_sys::HtmlAnchorElement = document.create_element("a")?.unchecked_into();
    anchor.set_href(&url);
    anchor.set_download(file_name);
    anchor.click();
    web_sys::Url::revoke_object_url(&url)
}
