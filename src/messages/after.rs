//! The words of "What happened next" (#19): the trait every language implements for that
//! section, and the values its sentences take. Apart from `mod.rs` to keep each file short.

use super::{Messages, Rich};
use crate::model::backtest::Reported;
use crate::model::dataset::Precision;
use crate::model::Date;

/// How a projection made as of a date fared, worked out by `model::backtest`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum FateText<'a> {
    /// It completes, and a report came after its due month.
    DueThenReported {
        /// Points a month.
        pace: f64,
        /// The month it starts from.
        start: Date,
        /// Number of programs.
        count: u32,
        /// The month all programs were due.
        due: Date,
        /// The first report on or after it.
        report: &'a Reported,
    },
    /// It completes after every report in the dataset.
    DueNoReportAfter {
        /// Points a month.
        pace: f64,
        /// The month it starts from.
        start: Date,
        /// Number of programs.
        count: u32,
        /// The month all programs would be done.
        due: Date,
        /// The latest report.
        latest: &'a Reported,
    },
    /// It levels off below 100 percent.
    Stalls {
        /// Points a month.
        pace: f64,
        /// The month it starts from.
        start: Date,
        /// The level it approaches, in percent.
        level: f64,
        /// The latest report.
        latest: &'a Reported,
    },
}

/// A forecast made before the article, held against the reports.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ForecastText<'a> {
    /// Who made it.
    pub who: &'a str,
    /// When.
    pub made: Date,
    /// Its words.
    pub wording: &'a str,
    /// The month it was due by.
    pub due: Date,
    /// The last report before the deadline, or the latest when the deadline is after all.
    pub report: &'a Reported,
    /// Whether the deadline is after every report.
    pub pending: bool,
}

/// A later report's figure as the table shows it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum LaterFigure {
    /// One percentage.
    Percent(f64),
    /// A range of percentages.
    Range(f64, f64),
    /// Programs fully implemented, of the count.
    Programs(f64, u32),
    /// No figure given.
    None,
}

/// The messages of "What happened next".
pub trait AfterMessages: Messages {
    /// A date as precisely as the source gives it: "June 30, 2022", "first half of 2022".
    fn report_when(&self, date: Date, precision: Precision) -> String;
    /// The as-of choice for a report date.
    fn as_of_choice(&self, date: Date) -> String;
    /// The as-of choice that uses the article's figures only, with the article's date (the
    /// dataset's, so a loaded file's article is named by its own date).
    fn as_of_article(&self, date: Date) -> String;
    /// One sentence on how the projection fared, the report quoted and its outlet cited.
    fn fate(&self, fate: FateText<'_>) -> Rich;
    /// That no report ever said 100 percent; `highest` is the highest figure reported.
    fn never_100(&self, highest: f64) -> String;
    /// That a report said 100 percent.
    fn said_100(&self, report: &Reported) -> String;
    /// What the percentages count; `counts` are the reported counts of whole programs.
    fn measures_not_programs(&self, count: u32, counts: &[String]) -> String;
    /// One reported count of programs: value, count, and the report's date as given.
    fn programs_count(&self, value: f64, count: u32, when: &str) -> String;
    /// That two officials' figures disagree: a higher one, then a lower one.
    fn disagree(&self, high: &Reported, low: &Reported) -> Rich;
    /// A forecast held against the reports, its words and the report's quoted.
    fn forecast(&self, forecast: ForecastText<'_>) -> Rich;
    /// A report's tooltip: its date as given, wording, who, source, and its layer.
    fn report_tooltip(
        &self,
        when: &str,
        wording: &str,
        who: &str,
        cited_as: &str,
        in_article: bool,
    ) -> String;
    /// The tooltip of the projection on `date`, made as of `start`.
    fn projected_as_of_tooltip(&self, date: Date, percent: f64, start: Date) -> String;
    /// The programs chart's value axis.
    fn programs_axis(&self, count: u32) -> String;
    /// One check of the projection against a later report, for the chart description.
    fn check_phrase(&self, report: &Reported, projected: f64, error: f64) -> String;
    /// The chart description: start, pace, how many later reports, and the checks.
    fn after_description(&self, start: Date, pace: f64, checks: &[String]) -> String;
    /// The programs chart description.
    fn programs_description(&self, count: u32, counts: &[String]) -> String;
    /// A later report's figure as shown.
    fn later_figure(&self, figure: LaterFigure) -> String;
    /// A projection's error in points, signed: "+10", "−4.5".
    fn signed_points(&self, value: f64) -> String;
    /// The progress table's note on its derived column.
    fn derived_programs_note(&self, count: u32) -> String;
}
