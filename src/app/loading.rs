//! Bringing your own data: from a file on the reader's disk or from a `?data=` link.
//!
//! Whatever arrives goes through [`Dataset::from_json`]; a refused dataset changes nothing
//! but the list of problems, so the data on screen stays as it was.

use super::{AppState, LoadedData, Problem, RefusedData};
use crate::messages::LoadProblem;
use crate::model::dataset::MAX_JSON_BYTES;
use crate::model::link::check_link;
use crate::model::Dataset;
use leptos::prelude::*;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// How long a `?data=` link may take before the app gives up on it.
pub const FETCH_TIMEOUT_MS: i32 = 8_000;

/// The timeout's problem.
fn no_answer() -> Problem {
    Problem::Load(LoadProblem::NoAnswer {
        seconds: (FETCH_TIMEOUT_MS / 1000) as u32,
    })
}

/// Where a dataset's text was read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReadFrom {
    /// A file on the reader's disk: no link can carry it.
    File,
    /// A `?data=` link, fetched from the page's own site.
    Link,
}

/// Validates `text` and either shows it or lists why not; the origin is shown as text.
pub fn accept_text(state: AppState, text: &str, origin: String, read_from: ReadFrom) {
    let from_file = read_from == ReadFrom::File;
    match Dataset::from_json(text) {
        Ok(dataset) => {
            state.refused.set(None);
            if from_file {
                // A file replaces a linked dataset: the address (and so the share link, which
                // is derived when the data changes below) must no longer name that link.
                drop_data_parameter();
            }
            state.loaded.set(Some(LoadedData {
                dataset,
                origin,
                from_file,
            }));
        }
        Err(problems) => refuse(
            state,
            origin,
            problems.into_iter().map(Problem::Data).collect(),
        ),
    }
}

fn refuse(state: AppState, origin: String, problems: Vec<Problem>) {
    state.refused.set(Some(RefusedData { origin, problems }));
}

/// A `?data=` fetch under way: aborting it and its timer goes with it.
struct InFlight {
    controller: web_sys::AbortController,
    timer: Option<i32>,
    // Kept alive until the timer is cleared, then released with this value.
    _on_timeout: Closure<dyn FnMut()>,
}

impl Drop for InFlight {
    fn drop(&mut self) {
        if let (Some(window), Some(timer)) = (web_sys::window(), self.timer) {
            window.clear_timeout_with_handle(timer);
        }
    }
}

thread_local! {
    /// Counts loads; only the newest may change the data on screen.
    static GENERATION: Cell<u64> = const { Cell::new(0) };
    /// The `?data=` fetch of the newest load, if it is one and still running.
    static IN_FLIGHT: RefCell<Option<InFlight>> = const { RefCell::new(None) };
}

/// Starts a load that supersedes any earlier one: a running fetch is aborted (a file being
/// read is left to finish, and its result ignored). Returns the new load's generation.
fn begin_load(state: AppState) -> u64 {
    if let Some(earlier) = IN_FLIGHT.take() {
        earlier.controller.abort();
        state.fetching.set(false);
    }
    GENERATION.with(|g| {
        g.set(g.get() + 1);
        g.get()
    })
}

/// Whether the load numbered `generation` is still the newest.
fn is_newest(generation: u64) -> bool {
    GENERATION.get() == generation
}

/// Reads a file the reader picked (nothing is uploaded) and loads it.
pub fn load_file(state: AppState, file: web_sys::File) {
    let generation = begin_load(state);
    let origin = file.name();
    let size = file.size();
    if size > MAX_JSON_BYTES as f64 {
        refuse(
            state,
            origin,
            vec![Problem::Load(LoadProblem::FileTooLarge {
                bytes: size as u64,
            })],
        );
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        let text = wasm_bindgen_futures::JsFuture::from(file.text()).await;
        if !is_newest(generation) {
            return;
        }
        match text {
            Ok(text) => accept_text(
                state,
                &text.as_string().unwrap_or_default(),
                origin,
                ReadFrom::File,
            ),
            Err(_) => refuse(
                state,
                origin,
                vec![Problem::Load(LoadProblem::FileUnreadable)],
            ),
        }
    });
}

/// The `data` query parameter of the page's URL, if any.
pub fn data_parameter() -> Option<String> {
    let search = web_sys::window()?.location().search().ok()?;
    let params = web_sys::UrlSearchParams::new_with_str(&search).ok()?;
    params.get("data").filter(|url| !url.trim().is_empty())
}

/// Fetches the dataset a `?data=` link names, with a timeout and a size limit; a link to
/// another site or scheme is refused before any request. A newer load aborts the fetch.
pub fn load_from_link(state: AppState, url: String) {
    let generation = begin_load(state);
    let page = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    if let Err(refusal) = check_link(&url, &page) {
        refuse(state, url, vec![Problem::Link(refusal)]);
        return;
    }
    let Ok(controller) = web_sys::AbortController::new() else {
        refuse(state, url, vec![Problem::Load(LoadProblem::NoFetch)]);
        return;
    };
    let timed_out = Rc::new(Cell::new(false));
    let on_timeout = {
        let controller = controller.clone();
        let timed_out = timed_out.clone();
        Closure::<dyn FnMut()>::new(move || {
            timed_out.set(true);
            controller.abort();
        })
    };
    let timer = web_sys::window().and_then(|window| {
        window
            .set_timeout_with_callback_and_timeout_and_arguments_0(
                on_timeout.as_ref().unchecked_ref(),
                FETCH_TIMEOUT_MS,
            )
            .ok()
    });
    let signal = controller.signal();
    IN_FLIGHT.set(Some(InFlight {
        controller,
        timer,
        _on_timeout: on_timeout,
    }));
    state.fetching.set(true);
    wasm_bindgen_futures::spawn_local(async move {
        let result = fetch_text(&url, &signal, &timed_out).await;
        // Aborted or overtaken by a newer load: that load owns the screen now.
        if !is_newest(generation) {
            return;
        }
        // Clears the timer and releases its closure.
        drop(IN_FLIGHT.take());
        state.fetching.set(false);
        match result {
            Ok(text) => accept_text(state, &text, url, ReadFrom::Link),
            Err(reason) => refuse(state, url, vec![reason]),
        }
    });
}

async fn fetch_text(
    url: &str,
    signal: &web_sys::AbortSignal,
    timed_out: &Cell<bool>,
) -> Result<String, Problem> {
    let response = match gloo_net::http::Request::get(url)
        .abort_signal(Some(signal))
        .send()
        .await
    {
        Ok(response) => response,
        Err(_) if timed_out.get() => return Err(no_answer()),
        Err(_) => return Err(Problem::Load(LoadProblem::Unreachable)),
    };
    if !response.ok() {
        return Err(Problem::Load(LoadProblem::ServerAnswered {
            status: response.status(),
            text: response.status_text(),
        }));
    }
    let declared = response
        .headers()
        .get("content-length")
        .and_then(|length| length.parse::<usize>().ok());
    if let Some(length) = declared.filter(|&length| length > MAX_JSON_BYTES) {
        return Err(Problem::Load(LoadProblem::LinkTooLarge { bytes: length }));
    }
    response.text().await.map_err(|_| {
        if timed_out.get() {
            no_answer()
        } else {
            Problem::Load(LoadProblem::AnswerUnreadable)
        }
    })
}

/// Returns to the built-in dataset and drops `data` from the address, so a reload agrees.
pub fn back_to_builtin(state: AppState) {
    begin_load(state);
    state.loaded.set(None);
    state.refused.set(None);
    drop_data_parameter();
}

/// Drops `data` from the address (without a history entry).
fn drop_data_parameter() {
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
    let _ = save_text(
        &dataset.to_json_pretty(),
        "application/json",
        "union-state-dataset.json",
    );
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
    // Firefox and Safari read the blob after `click()` returns: revoking in the same task can
    // cancel the download, so the URL lives on for a while (as FileSaver.js does).
    set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(40),
    );
    Ok(())
}

/// Loads the dataset a `?data=` link names, if any, in the background.
pub fn use_dataset_link(state: AppState) {
    if let Some(url) = data_parameter() {
        load_from_link(state, url);
    }
}
