//! Reactive state: the scenario a reader chose and everything derived from it.

pub mod browser;
pub mod embed;
pub mod gate;
pub mod lang;
pub mod loading;
pub mod offline;
pub mod staging;
pub mod theme;
pub mod url;

use crate::charts::after::{after_chart, after_description, programs_chart, programs_description};
use crate::charts::balance::{balance_chart, balance_description};
use crate::charts::completion::{completion_chart, completion_description, predict_chart};
use crate::charts::ext::ChartExt;
use crate::charts::timeline::{timeline_chart, timeline_description};
use crate::charts::trade::{trade_chart, trade_description};
use crate::charts::{chart_option, palette, ChartOption, Palette};
use crate::messages::{messages, Page};
use crate::model::backtest::{snap_as_of, Backtest};
use crate::model::{Dataset, Date, Kind, Projection, Scenario};
use crate::sections::tables::{completion_rows, scenario_sentence, TableRow};
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

/// The app's state: one writable scenario, the rest memos around pure functions.
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
    /// The page language; every memo here that makes text reads it, so a switch recomputes
    /// them, and the page's views are rebuilt under it (`components::App`).
    pub lang: lang::LangState,
    /// What the reader chose.
    pub scenario: RwSignal<Scenario>,
    /// The projection for the scenario.
    pub projection: Memo<Projection>,
    /// Predict mode: the projection stays hidden until the reader guesses.
    pub predict: RwSignal<bool>,
    /// The reader's guess of the month all programs are done, in predict mode.
    pub guess: RwSignal<Option<Date>>,
    /// Whether the projection may be shown (always, outside predict mode).
    pub revealed: Memo<bool>,
    /// The scenario sentence.
    pub sentence: Memo<String>,
    /// The completion chart's option JSON.
    pub completion_option: Memo<ChartOption>,
    /// The completion chart's text description.
    pub completion_description: Memo<String>,
    /// Rows of the completion table.
    pub completion_rows: Memo<Vec<TableRow>>,
    /// The trade chart: option JSON and description.
    pub trade: StaticChart,
    /// The balance chart: option JSON and description.
    pub balance: StaticChart,
    /// The timeline chart: option JSON and description.
    pub timeline: StaticChart,
    /// Whether "What happened next" is near the viewport: it follows every slider step only
    /// then, and otherwise the scenario as it settles (`gate`).
    pub after_near: RwSignal<bool>,
    /// The date "What happened next" projects as of, as chosen (`None`: the article's figures).
    pub as_of: RwSignal<Option<Date>>,
    /// In predict mode, whether the reader has asked to see what happened.
    pub after_revealed: RwSignal<bool>,
    /// The projection made as of that date (snapped to a report date) and its errors.
    pub backtest: Memo<Backtest>,
    /// The "What happened next" chart: option JSON.
    pub after_option: Memo<ChartOption>,
    /// The "What happened next" chart's description.
    pub after_description: Memo<String>,
    /// The small chart of programs fully implemented.
    pub programs: StaticChart,
}

/// A chart that depends on the dataset only: its option JSON and its text description.
#[derive(Clone, Copy)]
pub struct StaticChart {
    /// Option JSON for ECharts.
    pub option: Memo<ChartOption>,
    /// One-line description, shown under the chart and given to ECharts' ARIA.
    pub description: Memo<String>,
}

impl StaticChart {
    fn new(
        dataset: Signal<Dataset>,
        theme: Memo<crate::model::Theme>,
        lang: RwSignal<crate::model::lang::Lang>,
        build: fn(&dyn Page, &Dataset, &Palette) -> ChartExt,
        describe: fn(&dyn Page, &Dataset) -> String,
    ) -> StaticChart {
        let description = Memo::new(move |_| {
            let m = messages(lang.get());
            dataset.with(|d| describe(m, d))
        });
        let option = Memo::new(move |_| {
            let palette = palette(theme.get());
            let m = messages(lang.get());
            dataset.with(|d| chart_option(&build(m, d, palette), &description.get()))
        });
        StaticChart {
            option,
            description,
        }
    }
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
    /// Builds the state around the embedded dataset and the default scenario.
    pub fn new() -> AppState {
        let builtin = StoredValue::new(EMBEDDED.take().unwrap_or_else(Dataset::embedded));
        let loaded = RwSignal::new(None::<LoadedData>);
        let dataset = Signal::from(Memo::new(move |_| {
            loaded
                .with(|l| l.as_ref().map(|l| l.dataset.clone()))
                .unwrap_or_else(|| builtin.get_value())
        }));
        let theme = theme::ThemeState::new();
        let lang_state = lang::LangState::new(dataset);
        let lang = lang_state.lang;
        let scenario = RwSignal::new(url::scenario_from_location());
        let projection = Memo::new(move |_| dataset.with(|d| Projection::new(d, scenario.get())));
        let predict = RwSignal::new(url::predict_from_location());
        let guess = RwSignal::new(None::<Date>);
        let revealed = Memo::new(move |_| !predict.get() || guess.with(Option::is_some));
        let sentence =
            Memo::new(move |_| projection.with(|p| scenario_sentence(messages(lang.get()), p)));
        let completion_description = Memo::new(move |_| {
            let m = messages(lang.get());
            if revealed.get() {
                dataset.with(|d| projection.with(|p| completion_description(m, d, p)))
            } else {
                m.projection_hidden().to_string()
            }
        });
        let completion_option = Memo::new(move |_| {
            dataset.with(|d| {
                projection.with(|p| {
                    let palette = palette(theme.theme.get());
                    let m = messages(lang.get());
                    let chart = if predict.get() {
                        predict_chart(m, d, p, guess.get(), palette)
                    } else {
                        completion_chart(m, d, p, palette)
                    };
                    chart_option(&chart, &completion_description.get())
                })
            })
        });
        let completion_rows = Memo::new(move |_| {
            let m = messages(lang.get());
            let mut rows = dataset.with(|d| projection.with(|p| completion_rows(m, d, p)));
            if !revealed.get() {
                rows.retain(|row| row.kind != Kind::Projected);
            }
            rows
        });
        let as_of = RwSignal::new(url::as_of_from_location());
        // #after sits far below the slider: off-screen, its backtest, sentences, chart option
        // and table wait for the slider to settle instead of recomputing at every step.
        let after_near = RwSignal::new(false);
        let settled_scenario = gate::settled(scenario);
        let backtest = Memo::new(move |_| {
            let scenario = if after_near.get() {
                scenario.get()
            } else {
                settled_scenario.get()
            };
            let as_of = as_of.get();
            // Built on the page language's texts: the sentences and tooltips quote its reports,
            // so a language switch must rebuild it (reading the signal, not only `page_lang`).
            let lang = lang.get();
            dataset.with(|d| {
                let d = d.localized(lang);
                Backtest::new(&d, scenario, snap_as_of(&d, as_of))
            })
        });
        let after_description =
            Memo::new(move |_| backtest.with(|b| after_description(messages(lang.get()), b)));
        let after_option = Memo::new(move |_| {
            let palette = palette(theme.theme.get());
            let m = messages(lang.get());
            dataset.with(|d| {
                backtest.with(|b| {
                    let option = after_chart(m, d, b, palette);
                    chart_option(&option, &after_description.get())
                })
            })
        });
        AppState {
            after_near,
            as_of,
            after_revealed: RwSignal::new(false),
            backtest,
            after_option,
            after_description,
            programs: StaticChart::new(
                dataset,
                theme.theme,
                lang,
                |m, d, p| programs_chart(m, d, p),
                |m, d| programs_description(m, d),
            ),
            loaded,
            refused: RwSignal::new(None),
            fetching: RwSignal::new(false),
            dataset,
            theme,
            lang: lang_state,
            scenario,
            projection,
            predict,
            guess,
            revealed,
            sentence,
            completion_option,
            completion_description,
            completion_rows,
            trade: StaticChart::new(
                dataset,
                theme.theme,
                lang,
                |m, d, p| trade_chart(m, d, p),
                |m, d| trade_description(m, d),
            ),
            balance: StaticChart::new(
                dataset,
                theme.theme,
                lang,
                |m, d, p| balance_chart(m, d, p),
                |m, d| balance_description(m, d),
            ),
            timeline: StaticChart::new(
                dataset,
                theme.theme,
                lang,
                |m, d, p| timeline_chart(m, d, p),
                |m, d| timeline_description(m, d),
            ),
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
