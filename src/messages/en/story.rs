//! English for the page's frame: sections, tables, share dialog and chart frames.

use super::En;
use crate::messages::story::{Copied, StoryMessages, Text};
use crate::messages::Messages;
use crate::model::dataset::TreatyStatus;
use crate::model::sections::SectionName;
use crate::model::Date;

impl StoryMessages for En {
    fn text(&self, text: Text) -> &'static str {
        match text {
            Text::SectionsNav => "Sections",
            Text::KeyFigures => "Key figures",
            Text::ShowData => "Show the data",
            Text::Detail => "Detail",
            Text::TradeTitle => "Trade followed integration",
            Text::TradeCaption => "Belarus–Russia trade, US$ billion: reported and derived values",
            Text::BalanceTitle => "From deficit to a first surplus",
            Text::BalanceCaption => "Belarus’s trade balance with Russia",
            Text::TimelineTitle => "Three decades of integration",
            Text::TimelineHint => "Each event is numbered as in the table. Hover a row, or Tab into the table and move through its rows with the arrow keys (Home and End for the first and last), to see the event and its source on the timeline; Escape hides it.",
            Text::TimelineCaption => "Milestones of Belarus–Russia integration",
            Text::TreatyTitle => "The treaty’s items: what stalled, what moved",
            Text::StalledColumn => "Stalled",
            Text::AgreedColumn => "Agreed: the breakthroughs",
            Text::SourcesTitle => "Sources",
            Text::Publisher => " The publisher: ",
            Text::UsedIn => "Used in: ",
            Text::SourcePrefix => "Source: ",
            Text::DerivedPrograms => "Percent × count (derived)",
            Text::Year => "Year",
            Text::Measure => "Measure",
            Text::Value => "Value",
            Text::Balance => "Balance",
            Text::Wording => "Wording",
            Text::Number => "#",
            Text::When => "When",
            Text::Event => "Event",
            Text::Share => "Share or embed this scenario",
            Text::ShareLink => "Link to this scenario",
            Text::CopyLink => "Copy link",
            Text::ShareSection => "Chart to embed",
            Text::EmbedCode => "Embed code",
            Text::CopyEmbedCode => "Copy embed code",
            Text::Close => "Close",
            Text::CompletionChart => "completion chart",
            Text::TradeChart => "trade chart",
            Text::BalanceChart => "trade balance chart",
            Text::TimelineChart => "timeline",
            Text::Translation => "translation",
            Text::AsCited => "As the article cites it: ",
        }
    }

    // e2e/sections.test.mjs reads these words from here: one `SectionName::X => "…"` a line.
    fn section_nav(&self, name: SectionName) -> &'static str {
        match name {
            SectionName::Progress => "Progress",
            SectionName::Trade => "Trade",
            SectionName::Balance => "Balance",
            SectionName::Timeline => "Timeline",
            SectionName::Treaty => "Treaty",
            SectionName::After => "What happened next",
            SectionName::Sources => "Sources",
        }
    }

    fn embed_title(&self, name: SectionName) -> &'static str {
        match name {
            SectionName::Progress => "When will the Union State's integration programs be done?",
            SectionName::Trade => "Belarus–Russia trade by year",
            SectionName::Balance => "Belarus's trade balance with Russia",
            SectionName::Timeline => "Milestones of Belarus–Russia integration",
            SectionName::After => {
                "What happened next: the projection against the reports after the article"
            }
            // Not embeddable (see `Section::embeddable`); named in case a list shows them.
            SectionName::Treaty => "The treaty’s items",
            SectionName::Sources => "Sources",
        }
    }

    fn sources_intro(&self, subject: &str, publisher: &str, place: &str, date: Date) -> String {
        format!(
            "Every figure on this page comes from one article on {subject}, published by {publisher} ({place}) on {}, and from the sources it cites, listed here as the article cites them.",
            self.long_date(date)
        )
    }

    fn treaty_since(&self, status: TreatyStatus, since: &str) -> String {
        match status {
            TreatyStatus::Stalled => format!("Stalled since {since}"),
            TreatyStatus::Agreed => format!("Agreed {since}"),
        }
    }

    fn download_chart(&self, chart: &str) -> String {
        format!("Download the {chart} (PNG)")
    }

    fn chart_failed(&self, chart: &str) -> String {
        format!("The {chart} could not be drawn in this browser. The table below holds the same values.")
    }

    fn copied(&self, what: Copied) -> String {
        match what {
            Copied::Link => "Link copied.".into(),
            Copied::EmbedCode => "Embed code copied.".into(),
        }
    }

    fn copy_by_hand(&self, what: Copied) -> String {
        let what = match what {
            Copied::Link => "link",
            Copied::EmbedCode => "embed code",
        };
        format!("The {what} is selected: copy it with Ctrl+C (⌘C on a Mac).")
    }

    fn not_a_date(&self, text: &str) -> String {
        format!("\"{text}\" is not a date (expected YYYY-MM-DD)")
    }
}
