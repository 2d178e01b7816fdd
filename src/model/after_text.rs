//! Every reader-facing sentence of the "What happened next" section, one function each with
//! named arguments, kept together so they can move into a messages module as they are.

/// The section's heading.
pub const TITLE: &str = "What happened next";
/// The as-of control's label.
pub const AS_OF_LABEL: &str = "Make the projection as of";
/// The as-of choice that uses the article's figures only.
pub const AS_OF_ARTICLE: &str = "The article (April 2023): its figures only";
/// The label on every row of the later layer.
pub const AFTER_LABEL: &str = "after the article";
/// The label on a row that is the article's own figure.
pub const ARTICLE_LABEL: &str = "in the article";
/// What the reveal button in predict mode says.
pub const REVEAL_WHAT_HAPPENED: &str = "Reveal what happened";
/// What predict mode says while the later reports are hidden.
pub const HIDDEN: &str = "What officials reported after the article is hidden until you have made your guess and seen the projection.";
/// The table's caption.
pub const TABLE_CAPTION: &str =
    "Reports after the article: what each counts, who said it, and the projection's error";
/// The programs chart's series name.
pub const PROGRAMS_SERIES: &str = "Programs fully implemented (reported)";
/// The later-reports series name.
pub const LATER_SERIES: &str = "Reported after the article (measures)";
/// The article's reports series name.
pub const ARTICLE_SERIES: &str = "The article's reports";
/// The projection series name.
pub const PROJECTION_SERIES: &str = "Projection as made";

/// The as-of choice for a report date.
pub fn as_of_choice(date: &str) -> String {
    format!("Reports up to {date}")
}

/// The fate sentence when the projection completes and a report came after its due date.
pub fn fate_due_then_reported(
    pace: &str,
    start: &str,
    count: u32,
    due: &str,
    report_when: &str,
    wording: &str,
    cited_as: &str,
) -> String {
    format!("At {pace} a month from {start}, all {count} programs were due around {due}; in {report_when} officials reported “{wording}” ({cited_as}).")
}

/// The fate sentence when no report in view comes after the projected date.
pub fn fate_due_no_report_after(
    pace: &str,
    start: &str,
    count: u32,
    due: &str,
    latest_when: &str,
    wording: &str,
) -> String {
    format!("At {pace} a month from {start}, all {count} programs would be done around {due}; no report in this dataset comes after that date (the latest, {latest_when}: “{wording}”).")
}

/// The fate sentence when the projection never reaches 100 percent.
pub fn fate_stalls(
    pace: &str,
    start: &str,
    level: &str,
    latest_when: &str,
    wording: &str,
) -> String {
    format!("At {pace} a month from {start}, progress would level off near {level} percent; the latest report in this dataset, {latest_when}, said “{wording}”.")
}

/// That no report ever said 100 percent (`highest` is the highest figure reported).
pub fn never_100(highest: &str) -> String {
    format!("No report in this dataset ever said 100 percent; the highest figure was {highest} percent.")
}

/// That a report said 100 percent.
pub fn said_100(when: &str) -> String {
    format!("A report of {when} said 100 percent.")
}

/// What the percentages count.
pub fn measures_not_programs(count: u32, counts: &str) -> String {
    format!("The percentages count the measures (about 1,000) inside the {count} programs, not whole programs. Programs fully implemented, as reported: {counts}.")
}

/// One reported count of programs, for [`measures_not_programs`].
pub fn programs_count(value: &str, count: u32, when: &str) -> String {
    format!("{value} of {count} ({when})")
}

/// That two officials' figures disagree.
pub fn disagree(
    high_wording: &str,
    high_when: &str,
    high_who: &str,
    low_wording: &str,
    low_when: &str,
    low_who: &str,
) -> String {
    format!("Officials' figures disagree: “{high_wording}” in {high_when} ({high_who}), then “{low_wording}” in {low_when} ({low_who}).")
}

/// A forecast held against the reports before its deadline.
pub fn forecast_against(
    who: &str,
    made: &str,
    wording: &str,
    due: &str,
    report_when: &str,
    report_wording: &str,
) -> String {
    format!("{who}, {made}: “{wording}”, so by {due}. The last report before then in this dataset, {report_when}: “{report_wording}”.")
}

/// A forecast whose deadline is after every report in the dataset.
pub fn forecast_pending(
    who: &str,
    made: &str,
    wording: &str,
    due: &str,
    report_when: &str,
    report_wording: &str,
) -> String {
    format!("{who}, {made}: “{wording}”, so by {due}, after the latest report in this dataset ({report_when}: “{report_wording}”).")
}

/// How the backtest works, for the method note.
pub const METHOD: &str = "The projection uses only the percentages reported up to the chosen date (on a day with several, the first listed), at the scenario's pace and slowdown, and is never changed by what came later. Its error is the projected level minus the reported figure (a range's midpoint), in percentage points.";

/// The chart description.
pub fn chart_description(start: &str, pace: &str, reports: usize, checks: &str) -> String {
    format!("Chart of the projection made from the figures reported up to {start}, at {pace} a month, against the {reports} percentages reported later. {checks}")
}

/// The programs chart description.
pub fn programs_description(count: u32, counts: &str) -> String {
    format!("Chart of the programs reported fully implemented, of {count}: {counts}.")
}

/// One check of the projection against a later report, for the chart description.
pub fn check_phrase(when: &str, reported: &str, projected: &str, error: &str) -> String {
    format!("{when}: reported {reported}, projected {projected} ({error} points)")
}

/// The progress table's derived column heading.
pub fn derived_programs_heading(count: u32) -> String {
    format!("Percent × {count} (derived)")
}

/// What the progress table's derived column is and is not.
pub fn derived_programs_note(count: u32) -> String {
    format!("The column “Percent × {count}” is derived: the reported percentage ÷ 100 × {count}. It is not a count of programs completed: the percentages count the measures inside the programs (the counts of whole programs reported done are under What happened next).")
}
