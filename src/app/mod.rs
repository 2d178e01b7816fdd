//! Reactive state: the shared core the sections derive from (`AppState`), and the hooks that
//! keep it in step with the address, the loaded data, the language and the service worker.

pub mod browser;
pub mod embed;
pub mod gate;
pub mod lang;
pub mod loading;
pub mod offline;
pub mod staging;
pub mod theme;
pub mod url;

use crate::model::{Dataset, Date, Scenario};
use leptos::prelude::*;

/// A dataset the reader loaded, and where it came from (a file name or a URL).
#[derive(Debug, Clone, PartialEq)]
pub struct LoadedData {
    /// The validated dataset.
    pub dataset: Dataset,
    /// The file name or URL, shown as text.
    pub origin: String,
    /// Read from the reader's disk, so no link can carry it (a `?data=` link's dataset can).
    pub from_file: bool,
}

/// A dataset that was refused, with every reason.
#[derive(Debug, Clone, PartialEq)]
pub struct RefusedData {
    /// The file name or URL, shown as text.
    pub origin: String,
    /// Every problem, each naming its place.
    pub problems: Vec<Problem>,
}

/// One reason a dataset was refused, kept as data and put into words where it is shown, so a
/// language switch rewords the list on screen.
#[derive(Debug, Clone, PartialEq)]
pub enum Problem {
    /// The file's content failed validation.
    Data(crate::model::dataset::DataError),
    /// The file or link could not be read.
    Load(crate::messages::LoadProblem),
    /// The link was refused before any request.
    Link(crate::model::link::LinkRefusal),
}

impl Problem {
    /// The problem in `m`'s words, for the data bar.
    pub fn words(&self, m: &dyn crate::messages::Page) -> String {
        match self {
            Problem::Data(error) => m.data_error(error),
            Problem::Load(problem) => m.load_problem(problem.clone()),
            // The same advice for both refusals: the page reads data from its own site only.
            Problem::Link(_) => m.load_problem(crate::messages::LoadProblem::OtherSite),
        }
    }
}

/// The shared core every section derives from: the dataset in use (with the data bar's
/// loaded, refused and fetching states), the scenario, predict mode, the as-of date, the theme
/// and the language. It lives outside the views, so it survives the page's rebuild on a
/// language switch; each section makes its own memos over it (`src/sections/<id>/`).
#[derive(Clone, Copy)]
pub struct AppState {
    /// Data the reader loaded in this view, if any; `None` means the built-in dataset.
    pub loaded: RwSignal<Option<LoadedData>>,
    /// The last refused dataset, until dismissed or replaced.
    pub refused: RwSignal<Option<RefusedData>>,
    /// True while a `?data=` link is being fetched.
    pub fetching: RwSignal<bool>,
    /// The dataset in use: the loaded one, or the built-in one.
    pub dataset: Signal<Dataset>,
    /// Light or dark, as the reader chose or the device prefers.
    pub theme: theme::ThemeState,
    /// The page language; every memo that makes text reads it, so a switch recomputes them,
    /// and the page's views are rebuilt under it (`components::App`).
    pub lang: lang::LangState,
    /// What the reader chose.
    pub scenario: RwSignal<Scenario>,
    /// Predict mode: the projection stays hidden until the reader guesses.
    pub predict: RwSignal<bool>,
    /// The reader's guess of the month all programs are done, in predict mode.
    pub guess: RwSignal<Option<Date>>,
    /// In predict mode, whether the reader has asked to see what happened next; reset with
    /// predict mode (by the progress section's toggle), so it lives here with it.
    pub after_revealed: RwSignal<bool>,
    /// The date "What happened next" projects as of, as chosen (`None`: the article's figures).
    pub as_of: RwSignal<Option<Date>>,
}

thread_local! {
    /// The embedded dataset, read ahead by [`read_embedded_dataset`] until the state takes it.
    static EMBEDDED: std::cell::Cell<Option<Dataset>> = const { std::cell::Cell::new(None) };
}

/// Reads the embedded dataset now, so the page can be mounted in a later task: reading it
/// in the mount's task made that task the longest of the load.
pub fn read_embedded_dataset() {
    EMBEDDED.set(Some(Dataset::embedded()));
}

impl AppState {
    /// Builds the state around the embedded dataset and the scenario the address asks for.
    pub fn new() -> AppState {
        let builtin = StoredValue::new(EMBEDDED.take().unwrap_or_else(Dataset::embedded));
        let loaded = RwSignal::new(None::<LoadedData>);
        let dataset = Signal::from(Memo::new(move |_| {
            loaded
                .with(|l| l.as_ref().map(|l| l.dataset.clone()))
                .unwrap_or_else(|| builtin.get_value())
        }));
        AppState {
            loaded,
            refused: RwSignal::new(None),
            fetching: RwSignal::new(false),
            dataset,
            theme: theme::ThemeState::new(),
            lang: lang::LangState::new(dataset),
            scenario: RwSignal::new(url::scenario_from_location()),
            predict: RwSignal::new(url::predict_from_location()),
            guess: RwSignal::new(None::<Date>),
            after_revealed: RwSignal::new(false),
            as_of: RwSignal::new(url::as_of_from_location()),
        }
    }
}

/// Registers the service worker (see `offline`) and returns what the update prompt reads.
pub fn use_service_worker() -> offline::OfflineState {
    offline::OfflineState::register()
}

impl Default for AppState {
    fn default() -> Self {
        AppState::new()
    }
}
