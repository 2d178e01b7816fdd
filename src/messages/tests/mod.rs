//! Host tests of the Russian and Belarusian messages, once for both: each test runs over
//! [`LANGUAGES`], with what each language must say in its [`Speech`] table
//! (`tables.rs`). Agreement with the numbers as shown, the locale's numbers and dates, no
//! English left in any message (`agreement.rs`); the wording fixes of issue #27 part 6
//! (`wording.rs`); and what only one of them has (`one_language.rs`).

mod agreement;
mod one_language;
mod tables;
mod wording;

use super::{NoscriptMessages, Page};
use crate::model::lang::Lang;

/// Every message trait, the page without JavaScript's too: what these tests call.
pub(super) trait All: Page + NoscriptMessages {}

impl<T: Page + NoscriptMessages> All for T {}

/// What one language must say; a field per assertion that differs between languages.
pub(super) struct Speech {
    /// Which language.
    pub lang: Lang,
    /// Its messages.
    pub m: &'static dyn All,
    /// Paces and the slider's words for them.
    pub pace: &'static [(f64, &'static str)],
    /// `progress_title` for 1, 2, 5 and 21 programs.
    pub titles: [&'static str; 4],
    /// `headline` for 1, 2, 5, 21 and 28 programs.
    pub headlines: [&'static str; 5],
    /// `slowdown_spoken` for 1, 2, 5 and 21 percent.
    pub slowdown: [&'static str; 4],
    /// How `refused_intro` ends for 1, 2, 5 and 21 problems.
    pub problems_found: [&'static str; 4],
    /// The scenario sentence for paces (3.7, 36.3, 9.8, 28), (1, 1, 1, 21), (2, 2, 2, 2) and
    /// (5, 5, 5, 5): pace, remaining, months, count.
    pub scenario: [&'static str; 4],
    /// What it says of 1.5 months, half a month, 30, 60 and 252 months.
    pub durations: [&'static str; 5],
    /// Levelling off at 90 % from 2 points slowing 21 percent, 28 programs.
    pub levels_off: &'static str,
    /// How levelling off ends for 28, 21 and 2 programs.
    pub levels_off_ends: [&'static str; 3],
    /// All 21 done by April 5, 2023.
    pub done: &'static str,
    /// A guess one month late, in full.
    pub guess_late: &'static str,
    /// What a guess 2, 5 and −21 months off and one on the month say.
    pub guesses: [&'static str; 4],
    /// `billions(1234.5)`, `billions(-9.6)`, `number(12345, 0)`.
    pub numbers: [&'static str; 3],
    /// April 5, 2023 in full; September 2021; the month 2 alone.
    pub dates: [&'static str; 3],
    /// `figure_percent_value(64.2)`, `growth_value(35)`.
    pub percents: [&'static str; 2],
    /// How the lede starts for 28 programs, and what it says of 21.
    pub lede: [&'static str; 2],
    /// The refusal of a file with one observation.
    pub one_observation: &'static str,
    /// A made-up report's wording, who and citation.
    pub report: [&'static str; 3],
    /// Its fate at 1.5 points for 21 programs, in full; the start at 2 points; 5 points and 5
    /// programs.
    pub fate: [&'static str; 3],
    /// `timeline_gap` for 1, 2, 5 and 21 years.
    pub gaps: [&'static str; 4],
    /// The first and the second half of 2022.
    pub halves: [&'static str; 2],
    /// The band's method note at the default band.
    pub band: &'static str,
    /// The band's words for 1, 2, 5 and 21 percent.
    pub bands: [&'static str; 4],
    /// The stall legend.
    pub stall: &'static str,
    /// Another name of the programs, which the check must catch.
    pub other_name: &'static str,
    /// The progress embed's title.
    pub embed_progress: &'static str,
    /// `supports_programs` for 28, 21 and 2.
    pub supports_programs: [&'static str; 3],
    /// The dataset's words on the 28 programs (`milestones.programs-agreed.detail`).
    pub programs_detail: &'static str,
    /// How the measures sentence starts for 28 programs, and what it says of 21.
    pub measures: [&'static str; 2],
    /// A word the derived column's note must not use ("count" for "relate to").
    pub not_count: &'static str,
    /// The treaty's detail: what it says and two calques it must not.
    pub treaty: [&'static str; 4],
    /// The reported-method label, and the trade note's assumption.
    pub assumption: [&'static str; 2],
    /// How the #after description dates its reports up to January 12, 2023.
    pub as_of: &'static str,
    /// Two reports' wordings (key, quotation as shown) quoting inside a quotation.
    pub quotations: [(&'static str, &'static str); 2],
    /// The inner quotation one of them shows.
    pub inner: &'static str,
}

/// The languages these tests check.
pub(super) const LANGUAGES: [&Speech; 2] = [&tables::RU, &tables::BE];

/// The message with no-break spaces shown, so assertions read plainly.
pub(super) fn shown(text: String) -> String {
    text.replace('\u{a0}', "␣")
}

/// The embedded dataset's text in `lang` for `key`'s `field`.
pub(super) fn data(lang: Lang, key: &str, field: &str) -> String {
    crate::model::Dataset::embedded()
        .translation(lang, key, field)
        .unwrap_or_else(|| panic!("{} {key}.{field}", lang.code()))
        .to_string()
}
