//! Every word the reader sees. The traits ([`Messages`], [`ChartMessages`], [`DataMessages`],
//! [`AfterMessages`], [`StoryMessages`], [`NoscriptMessages`]) have one method per sentence,
//! taking its values as named arguments; each is written once, in `structure/`, for every
//! language. A language is one folder (`en/`, `ru/`, `be/`): its `phrases.txt` (one phrase a
//! key of `keys.rs`, with named placeholders, word forms after numbers and quotation marks)
//! and the few grammar rules a phrase cannot say (Belarusian "з"/"са"). A phrase missing from
//! a language is a compile error. Fixed labels are the fields of one struct, [`Labels`].
//! Quotations, source names and other text from the dataset are data, passed in as arguments
//! and never translated here.
mod after;
mod be;
mod en;
mod keys;
mod labels;
mod phrase;
mod rich;
mod ru;
#[cfg(test)]
mod samples;
mod story;
mod structure;
#[cfg(test)]
mod tests;

pub use after::{AfterMessages, FateText, ForecastText, LaterFigure};
pub use labels::Labels;
pub use rich::{Piece, Rich};
pub use story::{Copied, StoryMessages};

pub use be::Be;
pub use en::En;
pub use ru::Ru;

use crate::model::dataset::{
    BalanceEntry, DataError, Direction, Kind, Localized, Milestone, Observation, Quote,
    TradeCategory, TradeValue, TreatyStatus,
};
use crate::model::format::{number_in, NumberStyle};
use crate::model::{Date, PaceBasis, ThemeChoice};

pub use crate::model::lang::Lang;
pub use crate::model::summary::{GuessText, ScenarioText};

/// Every message trait at once: what the page's views and charts read.
pub trait Page: ChartMessages + DataMessages + AfterMessages + StoryMessages {}

impl<T: ChartMessages + DataMessages + AfterMessages + StoryMessages> Page for T {}

/// The messages of `lang`. Adding a language: its variant in `model::lang::Lang`, one folder
/// beside `en/` implementing the traits of this module, its arms here and in [`noscript`],
/// its ECharts locale name in `charts::locale` and its manifest file in `app::lang`; the
/// switch, the header shell, the no-JavaScript page, the head script's titles and the
/// manifests follow `Lang::ALL` by themselves.
pub fn messages(lang: Lang) -> &'static dyn Page {
    match lang {
        Lang::En => &En,
        Lang::Ru => &Ru,
        Lang::Be => &Be,
    }
}

/// The messages of `lang` for the page without JavaScript.
pub fn noscript(lang: Lang) -> &'static dyn NoscriptMessages {
    match lang {
        Lang::En => &En,
        Lang::Ru => &Ru,
        Lang::Be => &Be,
    }
}

/// A named series or guide of the completion chart (its legend and tooltip name).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CompletionSeries {
    /// Reported observations.
    Reported,
    /// Derived observations.
    Derived,
    /// The projected line.
    Projected,
    /// The band around the projection.
    Band,
    /// The band's invisible base.
    BandBase,
    /// The vertical line at the projected completion date.
    Completion,
    /// The horizontal line where a stalling projection levels off.
    Stall,
    /// The line marking a student's guess.
    Guess,
}

/// One trade value the trade chart's description states.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TradeAmount {
    /// US$ billion.
    pub value: f64,
    /// Goods or services.
    pub category: TradeCategory,
    /// Whether the source hedges it ("about $5 billion").
    pub hedged: bool,
}

/// The derived values of one trade category and the growth rates they come from.
#[derive(Debug, Clone, PartialEq)]
pub struct DerivedTrade {
    /// Goods or services.
    pub category: TradeCategory,
    /// (US$ billion, year), by year.
    pub amounts: Vec<(f64, i32)>,
    /// (percent, year) of the growth rates used, by year.
    pub rates: Vec<(f64, i32)>,
    /// Whether every rate used is a reported one.
    pub rates_reported: bool,
}

/// The valued balances of one direction that the balance chart's description states.
#[derive(Debug, Clone, PartialEq)]
pub struct BalanceAmounts {
    /// Deficit or surplus.
    pub direction: Direction,
    /// (US$ billion as a positive amount, year, derived), by year.
    pub amounts: Vec<(f64, i32, bool)>,
}

/// Why a file or `?data=` link could not be loaded, before its content was read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadProblem {
    /// A picked file larger than the limit.
    FileTooLarge {
        /// Its size.
        bytes: u64,
    },
    /// A picked file the browser could not read.
    FileUnreadable,
    /// The browser cannot abort a fetch, so none is made.
    NoFetch,
    /// A link to another site or scheme, refused before any request.
    OtherSite,
    /// No answer within the timeout.
    NoAnswer {
        /// The timeout in seconds.
        seconds: u32,
    },
    /// A network error, or a server that does not allow the page to read it.
    Unreachable,
    /// An HTTP error status.
    ServerAnswered {
        /// The status code.
        status: u16,
        /// The status text.
        text: String,
    },
    /// A declared length over the limit.
    LinkTooLarge {
        /// The declared length.
        bytes: usize,
    },
    /// The answer's body could not be read.
    AnswerUnreadable,
}

/// Every reader-facing message of the story, tables and controls; the charts' and the data
/// bar's are in [`ChartMessages`] and [`DataMessages`]. A language implements each method;
/// nothing falls back.
pub trait Messages: Sync {
    /// The language these messages are written in.
    fn lang(&self) -> Lang;

    // --- Numbers and dates -------------------------------------------------------------

    /// How this language writes numbers.
    fn number_style(&self) -> NumberStyle;
    /// A month's name on its own (1–12), such as "September".
    fn month_name(&self, month: u32) -> &'static str;
    /// A month and year, such as "September 2023".
    fn month_year(&self, date: Date) -> String;
    /// A full date, such as "April 5, 2023".
    fn long_date(&self, date: Date) -> String;
    /// US$ billions, such as "$45 billion" or "−$9.6 billion".
    fn billions(&self, value: f64) -> String;
    /// A number with at most `decimals` decimals, in this language's style.
    fn number(&self, value: f64, decimals: usize) -> String {
        number_in(value, decimals, self.number_style())
    }

    // --- Words for the dataset's categories --------------------------------------------

    /// "reported", "derived" or "projected".
    fn kind(&self, kind: &Kind) -> &'static str;
    /// "goods" or "services".
    fn category(&self, category: TradeCategory) -> &'static str;
    /// "deficit" or "surplus".
    fn direction(&self, direction: Direction) -> &'static str;
    /// "stalled" or "agreed".
    fn treaty_status(&self, status: TreatyStatus) -> &'static str;

    // --- Controls, tables and their texts -------------------------------------------

    /// Every fixed label, heading and button text of the page.
    fn labels(&self) -> &'static Labels;
    /// The predict panel's question.
    fn guess_question(&self, count: u32) -> String;
    /// Why a guessed year was refused.
    fn guess_year_problem(&self, earliest: i32, latest: i32) -> String;
    /// A pace as the slider states it ("3.7 points a month").
    fn pace_value(&self, pace: f64) -> String;
    /// The slowdown as screen readers hear it.
    fn slowdown_spoken(&self, percent: f64) -> String;
    /// The slowdown as shown beside its slider.
    fn slowdown_value(&self, percent: f64) -> String;
    /// One choice of the default pace, with its pace.
    fn basis_choice(&self, basis: PaceBasis, pace: f64) -> String;
    /// The progress section's heading.
    fn progress_title(&self, count: u32) -> String;
    /// The method note on projected values and their band.
    fn projected_method(&self, band_percent: f64) -> String;
    /// The completion table's caption.
    fn completion_caption(&self, count: u32) -> String;
    /// The completion table's programs column.
    fn programs_column(&self, count: u32) -> String;
    /// An embed's source line, the publisher cited.
    fn embed_source(&self, publisher: &str, date: Date) -> Rich;

    // --- Header ------------------------------------------------------------------------

    /// The line above the headline.
    fn kicker(&self) -> &'static str;
    /// The page's headline.
    fn headline(&self, count: u32) -> String;
    /// The lede under the headline; `latest` is the latest reported observation.
    fn lede(&self, count: u32, agreed: Date, latest: Option<&Observation>) -> String;
    /// The header shell's note while the app loads.
    fn loading(&self) -> &'static str;
    /// The theme control's label.
    fn theme_label(&self) -> &'static str;
    /// One choice of the theme control.
    fn theme_choice(&self, choice: ThemeChoice) -> &'static str;
    /// The language control's label (its choices are the languages' own names).
    fn language_label(&self) -> &'static str;
    /// The document's title (the browser tab and bookmarks).
    fn document_title(&self, count: u32) -> String;
    /// The installed app's name (the web app manifest's `name`).
    fn app_name(&self) -> &'static str;
    /// The installed app's short name under its icon (the manifest's `short_name`).
    fn app_short_name(&self) -> &'static str;
    /// The credit line under the last section, the publisher cited.
    fn credit(&self, subject: &str, publisher: &str, place: &str, date: Date) -> Rich;

    // --- Key figures -------------------------------------------------------------------

    /// What the program count counts.
    fn figure_programs(&self, agreed: Date) -> String;
    /// The latest percent, as shown.
    fn figure_percent_value(&self, percent: f64) -> String;
    /// What the latest percent measures (the article's wording goes in a [`Messages::quotation`]).
    fn figure_percent(&self, date: Date) -> String;
    /// A quotation of the source's own words, in this language's quotation marks.
    fn quotation(&self, text: &str) -> String;
    /// The latest goods trade, as shown (US$ billion).
    fn figure_trade_value(&self, goods: f64) -> String;
    /// What the trade figure measures; `services` in US$ billion when reported.
    fn figure_trade(&self, year: i32, services: Option<f64>) -> String;
    /// The surplus figure, as shown ("1st").
    fn figure_surplus_value(&self) -> &'static str;
    /// What the surplus figure means; `amount` in US$ billion when reported.
    fn figure_surplus(&self, year: i32, amount: Option<f64>) -> String;

    // --- Progress: sentence, table, guess ----------------------------------------------

    /// The scenario sentence under the sliders.
    fn scenario_sentence(&self, text: ScenarioText) -> String;
    /// A table note quoting the article, with the formula of a derived value.
    fn quoted_note(&self, wording: &str, formula: Option<&str>) -> String;
    /// A table note quoting a source in English with its translation, and a derived value's
    /// formula, as pieces.
    fn quoted_note_rich(&self, quote: &Quote, formula: Option<&Localized>) -> Rich;
    /// The note on projected table rows.
    fn projected_note(&self, pace: f64, slowdown_percent: f64) -> String;
    /// The note on the projected row where all programs are done.
    fn projected_done_note(&self, count: u32, pace: f64, slowdown_percent: f64) -> String;
    /// The source of projected rows.
    fn projection_source(&self) -> &'static str;
    /// How a guess compares with the projection.
    fn guess_comparison(&self, text: GuessText) -> String;
    /// The sentence the scenario panel shows in place of the projection in predict mode.
    fn projection_hidden(&self) -> &'static str;

    // --- Trade and balance tables ------------------------------------------------------

    /// The trade table's measure for a category ("Goods").
    fn trade_measure(&self, category: TradeCategory) -> &'static str;
    /// The trade table's measure for growth rates.
    fn growth_measure(&self) -> &'static str;
    /// A growth rate as shown ("+35%").
    fn growth_value(&self, percent: f64) -> String;
    /// The note of a derived trade value, its formula the dataset's text.
    fn derived_note(&self, formula: &Localized) -> Rich;
    /// A balance as shown: "−$9.6 billion (deficit)" or "surplus, amount not reported".
    fn balance_value(&self, direction: Direction, amount: Option<f64>) -> String;

    // --- Sources index -----------------------------------------------------------------

    /// What the program count's source supports.
    fn supports_programs(&self, count: u32) -> String;
    /// What a progress observation's source supports.
    fn supports_progress(&self, percent: f64, date: Date, kind: &Kind) -> String;
    /// What a growth rate's source supports.
    fn supports_growth(&self, percent: f64, year: i32) -> String;
    /// What a trade value's source supports.
    fn supports_trade(&self, value: f64, category: TradeCategory, year: i32, kind: &Kind)
        -> String;
    /// What a balance entry's source supports.
    fn supports_balance(&self, direction: Direction, year: i32, amount: Option<f64>) -> String;
    /// What a milestone's source supports.
    fn supports_milestone(&self, title: &str, when: &str) -> String;
    /// What a treaty item's source supports.
    fn supports_treaty(&self, item: &str, status: TreatyStatus, since: &str) -> String;
}

/// The charts' words: series names, axis names, tooltips and descriptions.
pub trait ChartMessages: Messages {
    /// A series' name in the legend and tooltips.
    fn completion_series(&self, series: CompletionSeries) -> &'static str;
    /// The value axis' name.
    fn completion_axis(&self, count: u32) -> String;
    /// ECharts' label template for a percent axis.
    fn percent_axis_template(&self) -> &'static str;
    /// The tooltip of one observation: date, value, wording, formula when derived, source.
    fn observation_tooltip(&self, observation: &Observation) -> String;
    /// The tooltip of one projected point.
    fn projected_tooltip(&self, date: Date, percent: f64) -> String;
    /// The 100 percent line's label.
    fn all_programs_label(&self, count: u32) -> String;
    /// The 100 percent line's name.
    fn all_programs_name(&self, count: u32) -> String;
    /// The completion line's label.
    fn projected_date_label(&self, date: Date) -> String;
    /// The stall line's label.
    fn stall_label(&self, level: f64) -> String;
    /// The guess line's label.
    fn guess_label(&self, guess: Date) -> String;
    /// The completion chart's description; `done` is the completion month, `None` for a stall
    /// at `level` percent.
    fn completion_description(
        &self,
        count: u32,
        reported: &[&Observation],
        pace: f64,
        band_percent: f64,
        done: Option<Date>,
        level: f64,
    ) -> String;

    /// A trade series' name, such as "Goods (reported)".
    fn trade_series(&self, category: TradeCategory, kind: &Kind) -> &'static str;
    /// ECharts' label template for the trade axis (US$ billion).
    fn trade_axis_template(&self) -> &'static str;
    /// The tooltip of one trade value.
    fn trade_tooltip(&self, value: &TradeValue) -> String;
    /// The trade chart's description: reported values year by year, then derived ones.
    fn trade_description(
        &self,
        reported: &[(i32, Vec<TradeAmount>)],
        derived: &[DerivedTrade],
    ) -> String;
    /// The balance chart's value axis name.
    fn balance_axis(&self) -> &'static str;
    /// A balance bar series' name, such as "Deficit (reported)".
    fn balance_series(&self, direction: Direction, kind: &Kind) -> String;
    /// The name of the markers for balances without an amount.
    fn balance_unreported_series(&self, direction: Direction) -> &'static str;
    /// The label beside such markers; `first` when the one entry is the source's "first".
    fn balance_marker_label(&self, direction: Direction, first: bool) -> String;
    /// The tooltip of one balance entry.
    fn balance_tooltip(&self, entry: &BalanceEntry) -> String;
    /// The balance chart's description: valued balances, then each year without an amount
    /// (year, direction, whether the source calls it a first).
    fn balance_description(
        &self,
        valued: &[BalanceAmounts],
        unvalued: &[(i32, Direction, bool)],
    ) -> String;
    /// The timeline's series name.
    fn timeline_series(&self) -> &'static str;
    /// The timeline row that marks `years` skipped between two events, such as "(7 years)".
    fn timeline_gap(&self, years: i32) -> String;
    /// The tooltip of one milestone.
    fn milestone_tooltip(&self, milestone: &Milestone) -> String;
    /// The timeline's description.
    fn timeline_description(&self, milestones: &[Milestone]) -> String;
}

/// The data bar's words and why a dataset was refused.
pub trait DataMessages: Messages {
    /// Why a file or link could not be loaded.
    fn load_problem(&self, problem: LoadProblem) -> String;
    /// Why a dataset was refused, with the place in the file.
    fn data_error(&self, error: &DataError) -> String;
    /// The refusal's first line: which file, and how many problems follow.
    fn refused_intro(&self, origin: &str, problems: usize) -> String;
    /// An embed's one-line refusal: which link, the first problem and how many more.
    fn embed_refused(&self, origin: &str, first: &str, problems: usize) -> String;
    /// The status with a loaded dataset.
    fn showing_loaded(&self, origin: &str) -> String;
    /// Beside a share link or printed link while a file from the reader's disk is shown: the
    /// link opens the built-in data.
    fn link_leaves_file(&self, origin: &str) -> String;
}

/// The messages only the page without JavaScript uses: written at build time by
/// `src/bin/shell.rs`, apart from [`Messages`] so the app's wasm does not carry them.
pub trait NoscriptMessages: Messages {
    /// The no-JavaScript page's heading.
    fn noscript_title(&self, count: u32) -> String;
    /// Why the no-JavaScript page shows tables.
    fn noscript_intro(&self) -> &'static str;
    /// The program count, with its citation (`outlet` cited where `cited_as` starts with it).
    fn noscript_programs(&self, count: u32, outlet: &str, cited_as: &str) -> Rich;
    /// The latest reported progress, with its wording and citation.
    fn noscript_progress(&self, percent: f64, date: Date, wording: &str, source: [&str; 2])
        -> Rich;
    /// One reported trade value, with its citation (outlet and citation).
    fn noscript_trade(
        &self,
        value: f64,
        category: TradeCategory,
        year: i32,
        source: [&str; 2],
    ) -> Rich;
    /// A surplus year, with its citation (`outlet` cited where `cited_as` starts with it).
    fn noscript_surplus(&self, year: i32, outlet: &str, cited_as: &str) -> Rich;
    /// The progress table's caption and column headers.
    fn noscript_progress_table(&self) -> (&'static str, [&'static str; 5]);
    /// The trade table's caption and column headers.
    fn noscript_trade_table(&self) -> (&'static str, [&'static str; 5]);
    /// The balance table's caption and column headers.
    fn noscript_balance_table(&self) -> (&'static str, [&'static str; 3]);
    /// The milestones table's caption and column headers.
    fn noscript_milestones_table(&self) -> (&'static str, [&'static str; 3]);
    /// A milestone's event in the milestones table.
    fn milestone_event(&self, title: &str, detail: &str) -> String;
    /// The article's credit, the publisher cited.
    fn noscript_article(&self, publisher: &str, place: &str, date: Date) -> Rich;
}
