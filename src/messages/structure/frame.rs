//! The page frame's words ([`StoryMessages`]) and the page without JavaScript
//! ([`NoscriptMessages`]), once for every language.

use crate::messages::keys::K;
use crate::messages::phrase::{Arg, Speaks};
use crate::messages::story::{Copied, StoryMessages};
use crate::messages::{Messages, NoscriptMessages, Rich};
use crate::model::dataset::{Localized, TradeCategory, TreatyStatus};
use crate::model::sections::Section;
use crate::model::Date;

use super::int;

impl<S: Speaks> StoryMessages for S {
    fn section_nav(&self, section: Section) -> &'static str {
        self.word(match section {
            Section::Progress => K::nav_progress,
            Section::Trade => K::nav_trade,
            Section::Balance => K::nav_balance,
            Section::Timeline => K::nav_timeline,
            Section::Treaty => K::nav_treaty,
            Section::After => K::nav_after,
            Section::Sources => K::nav_sources,
        })
    }

    fn embed_title(&self, section: Section) -> &'static str {
        self.word(match section {
            Section::Progress => K::embed_progress,
            Section::Trade => K::embed_trade,
            Section::Balance => K::embed_balance,
            Section::Timeline => K::embed_timeline,
            Section::After => K::embed_after,
            // Not embeddable (see `Section::embeddable`); named in case a list shows them.
            Section::Treaty => K::embed_treaty,
            Section::Sources => K::embed_sources,
        })
    }

    fn sources_intro(&self, subject: &str, publisher: &str, place: &str, date: Date) -> Rich {
        let args = [
            ("subject", Arg::Text(subject)),
            ("publisher", Arg::Cite(publisher)),
            ("place", Arg::Text(place)),
            ("date", Arg::Date(date)),
        ];
        self.say_rich(K::sources_intro, &args)
    }

    fn treaty_since(&self, status: TreatyStatus, since: &Localized) -> Rich {
        let key = match status {
            TreatyStatus::Stalled => K::treaty_stalled_since,
            TreatyStatus::Agreed => K::treaty_agreed_since,
        };
        self.say_rich(key, &[("since", Arg::Data(since))])
    }

    fn download_chart(&self, chart: &str) -> String {
        self.say(K::download_chart, &[("chart", Arg::Text(chart))])
    }

    fn chart_failed(&self, chart: &str) -> String {
        self.say(K::chart_failed, &[("chart", Arg::Text(chart))])
    }

    fn copied(&self, what: Copied) -> String {
        self.word(match what {
            Copied::Link => K::copied_link,
            Copied::EmbedCode => K::copied_embed_code,
        })
        .into()
    }

    fn copy_by_hand(&self, what: Copied) -> String {
        self.word(match what {
            Copied::Link => K::copy_link_by_hand,
            Copied::EmbedCode => K::copy_embed_code_by_hand,
        })
        .into()
    }

    fn not_a_date(&self, text: &str) -> String {
        self.say(K::not_a_date, &[("text", Arg::Text(text))])
    }
}

/// A table's caption and column headers, from one phrase: "caption|header|header|…".
fn table<const N: usize>(phrase: &'static str) -> (&'static str, [&'static str; N]) {
    let mut parts = phrase.split('|');
    let caption = parts.next().unwrap_or_default();
    (
        caption,
        std::array::from_fn(|_| parts.next().unwrap_or_default()),
    )
}

impl<S: Speaks> NoscriptMessages for S {
    fn noscript_title(&self, count: u32) -> String {
        self.say(K::noscript_title, &[("count", int(count))])
    }

    fn noscript_intro(&self) -> &'static str {
        self.word(K::noscript_intro)
    }

    fn noscript_programs(&self, count: u32, outlet: &str, cited_as: &str) -> Rich {
        let args = [
            ("count", int(count)),
            ("cited", Arg::Source(outlet, cited_as)),
        ];
        self.say_rich(K::noscript_programs, &args)
    }

    fn noscript_progress(
        &self,
        percent: f64,
        date: Date,
        wording: &str,
        source: [&str; 2],
    ) -> Rich {
        let args = [
            ("percent", Arg::Num(percent, 1)),
            ("date", Arg::Date(date)),
            ("wording", Arg::Text(wording)),
            ("cited", Arg::Source(source[0], source[1])),
        ];
        self.say_rich(K::noscript_progress, &args)
    }

    fn noscript_trade(
        &self,
        value: f64,
        category: TradeCategory,
        year: i32,
        source: [&str; 2],
    ) -> Rich {
        let amount = self.billions(value);
        let with_category = self.word(match category {
            TradeCategory::Goods => K::with_goods,
            TradeCategory::Services => K::with_services,
        });
        let args = [
            ("amount", Arg::Text(&amount)),
            ("category", Arg::Text(self.category(category))),
            ("with_category", Arg::Text(with_category)),
            ("year", Arg::Int(year.into())),
            ("cited", Arg::Source(source[0], source[1])),
        ];
        self.say_rich(K::noscript_trade, &args)
    }

    fn noscript_surplus(&self, year: i32, outlet: &str, cited_as: &str) -> Rich {
        let args = [
            ("year", Arg::Int(year.into())),
            ("cited", Arg::Source(outlet, cited_as)),
        ];
        self.say_rich(K::noscript_surplus, &args)
    }

    fn noscript_progress_table(&self) -> (&'static str, [&'static str; 5]) {
        table(self.word(K::noscript_progress_table))
    }

    fn noscript_trade_table(&self) -> (&'static str, [&'static str; 5]) {
        table(self.word(K::noscript_trade_table))
    }

    fn noscript_balance_table(&self) -> (&'static str, [&'static str; 3]) {
        table(self.word(K::noscript_balance_table))
    }

    fn noscript_milestones_table(&self) -> (&'static str, [&'static str; 3]) {
        table(self.word(K::noscript_milestones_table))
    }

    fn milestone_event(&self, title: &str, detail: &str) -> String {
        let args = [("title", Arg::Text(title)), ("detail", Arg::Text(detail))];
        self.say(K::milestone_event, &args)
    }

    fn noscript_article(&self, publisher: &str, place: &str, date: Date) -> Rich {
        // A Russian or Belarusian date ends in "г.", which ends the sentence.
        let args = [
            ("publisher", Arg::Cite(publisher)),
            ("place", Arg::Text(place)),
            ("date", Arg::Date(date)),
        ];
        self.say_rich(K::noscript_article, &args).full_stop()
    }
}
