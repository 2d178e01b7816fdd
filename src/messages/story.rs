//! The words of the page's frame: section names, headings, tables, disclosures, the share
//! dialog and the charts' download and fallback. Apart from `mod.rs` to keep each file short.

use super::Messages;
use crate::model::dataset::TreatyStatus;
use crate::model::sections::SectionName;
use crate::model::Date;

/// A fixed text of the sections, the share dialog and the charts' frames.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Text {
    /// The section navigation's accessible name.
    SectionsNav,
    /// The key-figure strip's accessible name.
    KeyFigures,
    /// The button that opens a data table on phones.
    ShowData,
    /// A treaty card's disclosure.
    Detail,
    /// The trade section's heading.
    TradeTitle,
    /// The trade table's caption.
    TradeCaption,
    /// The balance section's heading.
    BalanceTitle,
    /// The balance table's caption.
    BalanceCaption,
    /// The timeline section's heading.
    TimelineTitle,
    /// How to read the timeline by keyboard and pointer.
    TimelineHint,
    /// The milestones table's caption.
    TimelineCaption,
    /// The treaty section's heading.
    TreatyTitle,
    /// The treaty board's stalled column.
    StalledColumn,
    /// The treaty board's agreed column.
    AgreedColumn,
    /// The sources section's heading.
    SourcesTitle,
    /// Before the link to the article's publisher.
    Publisher,
    /// Before a source's links to the sections that show it.
    UsedIn,
    /// Before a source's citation.
    SourcePrefix,
    /// The completion table's derived column, as its cells name it on phones.
    DerivedPrograms,
    /// A table header.
    Year,
    /// A table header.
    Measure,
    /// A table header.
    Value,
    /// A table header.
    Balance,
    /// A table header.
    Wording,
    /// A table header: the event's number.
    Number,
    /// A table header.
    When,
    /// A table header.
    Event,
    /// The share button and the dialog's heading.
    Share,
    /// The link field's label.
    ShareLink,
    /// The link's copy button.
    CopyLink,
    /// The embed choice's label.
    ShareSection,
    /// The snippet field's label.
    EmbedCode,
    /// The snippet's copy button.
    CopyEmbedCode,
    /// The dialog's close button.
    Close,
    /// The completion chart, as its download and fallback name it.
    CompletionChart,
    /// The trade chart, likewise.
    TradeChart,
    /// The balance chart, likewise.
    BalanceChart,
    /// The timeline, likewise.
    TimelineChart,
    /// The mark beside a quotation's translation ("перевод"); never shown on an English page.
    Translation,
    /// Before a citation exactly as the article prints it, under its outlet and date.
    AsCited,
}

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
    /// A fixed text.
    fn text(&self, text: Text) -> &'static str;
    /// A section's name in the navigation and the sources' "Used in" links.
    fn section_nav(&self, name: SectionName) -> &'static str;
    /// The title an embedded section shows (and its iframe's title).
    fn embed_title(&self, name: SectionName) -> &'static str;
    /// The sources section's first sentence: the article, its publisher and date.
    fn sources_intro(&self, subject: &str, publisher: &str, place: &str, date: Date) -> String;
    /// A treaty item's status with its date as the source gives it.
    fn treaty_since(&self, status: TreatyStatus, since: &str) -> String;
    /// A chart's PNG download button; `chart` is its name ([`Text::CompletionChart`] …).
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
