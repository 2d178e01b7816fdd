//! The words of the page's frame: section names, headings, tables, disclosures, the share
//! dialog and the charts' download and fallback. Apart from `mod.rs` to keep each file short.

use super::{Messages, Rich};
use crate::model::dataset::{Localized, TreatyStatus};
use crate::model::sections::Section;
use crate::model::Date;

/// What the share dialog copies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Copied {
    /// The scenario's link.
    Link,
    /// The embed snippet.
    EmbedCode,
}

/// The messages of the page's frame.
pub trait StoryMessages: Messages {
    /// A section's name in the navigation and the sources' "Used in" links.
    fn section_nav(&self, section: Section) -> &'static str;
    /// The title an embedded section shows (and its iframe's title).
    fn embed_title(&self, section: Section) -> &'static str;
    /// The sources section's first sentence: the article, its publisher (cited) and date.
    fn sources_intro(&self, subject: &str, publisher: &str, place: &str, date: Date) -> Rich;
    /// A treaty item's status with its date as the source gives it (the dataset's text).
    fn treaty_since(&self, status: TreatyStatus, since: &Localized) -> Rich;
    /// A chart's PNG download button; `chart` is its name ([`Labels::text_completion_chart`](super::Labels::text_completion_chart) …).
    fn download_chart(&self, chart: &str) -> String;
    /// What a chart says when the browser cannot draw it.
    fn chart_failed(&self, chart: &str) -> String;
    /// The share dialog after a copy.
    fn copied(&self, what: Copied) -> String;
    /// The share dialog when the copy was refused and the text is selected instead.
    fn copy_by_hand(&self, what: Copied) -> String;
    /// Why a text is not a date.
    fn not_a_date(&self, text: &str) -> String;
}
