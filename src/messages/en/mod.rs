//! English: the page's default language and the reference for every translation. One
//! language is one folder: this file holds the story, tables and controls; `charts.rs` the
//! charts' words and `data.rs` the data bar's and errors' (one file of 960 lines was over the
//! project's 600-line limit).

mod story;

use super::{GuessText, Label, Messages, NoscriptMessages, ScenarioText};
use crate::model::dataset::{Direction, Kind, Observation, TradeCategory, TreatyStatus};
use crate::model::format::NumberStyle;
use crate::model::lang::Lang;
use crate::model::locale::{self, Case};
use crate::model::{Date, PaceBasis, Theme, ThemeChoice};

/// The English messages.
pub struct En;

impl crate::messages::phrase::Speaks for En {
    const LANG: crate::model::lang::Lang = crate::model::lang::Lang::En;
    const PHRASES: &'static crate::messages::phrase::Phrases =
        &crate::messages::phrase::Phrases::parse(include_str!("phrases.txt"));
}

fn month(date: Date) -> &'static str {
    En.month_name(date.month())
}

impl En {
    /// "1 point", "3.7 points".
    fn points(&self, value: f64) -> String {
        let text = self.number(value, 1);
        if text == "1" {
            "1 point".into()
        } else {
            format!("{text} points")
        }
    }

    /// "less than a month", "about 5.4 months", "about 3.3 years".
    fn duration(&self, months: f64) -> String {
        if months < 1.0 {
            "less than a month".into()
        } else if months < 24.0 {
            format!("about {} months", self.number(months, 1))
        } else {
            format!("about {} years", self.number(months / 12.0, 1))
        }
    }

    /// "At 3.7 points a month" or "Starting at … and slowing by 10 percent each month".
    fn pace_opening(&self, pace: f64, slowdown_percent: f64) -> String {
        let pace = self.points(pace);
        if slowdown_percent > 0.0 {
            format!(
                "Starting at {pace} a month and slowing by {} percent each month",
                self.number(slowdown_percent, 0)
            )
        } else {
            format!("At {pace} a month")
        }
    }

    /// "at 3.7 points a month" with ", slowing 10 percent a month" when it slows.
    fn pace_note(&self, pace: f64, slowdown_percent: f64) -> String {
        let slowing = if slowdown_percent > 0.0 {
            format!(
                ", slowing {} percent a month",
                self.number(slowdown_percent, 0)
            )
        } else {
            String::new()
        };
        format!("at {} a month{slowing}", self.points(pace))
    }

    fn amount_or_unreported(&self, amount: Option<f64>) -> String {
        amount.map_or_else(|| "amount not reported".into(), |v| self.billions(v))
    }
}

impl Messages for En {
    fn lang(&self) -> crate::model::lang::Lang {
        crate::model::lang::Lang::En
    }

    fn number_style(&self) -> NumberStyle {
        NumberStyle { decimal: '.' }
    }

    fn month_name(&self, month: u32) -> &'static str {
        locale::month_name(Lang::En, month, Case::Nominative)
    }

    fn month_year(&self, date: Date) -> String {
        format!("{} {}", month(date), date.year())
    }

    fn long_date(&self, date: Date) -> String {
        format!("{} {}, {}", month(date), date.day(), date.year())
    }

    fn billions(&self, value: f64) -> String {
        if value < 0.0 {
            format!("−${} billion", self.number(-value, 2))
        } else {
            format!("${} billion", self.number(value, 2))
        }
    }

    fn kind(&self, kind: &Kind) -> &'static str {
        match kind {
            Kind::Reported => "reported",
            Kind::Derived => "derived",
            Kind::Projected => "projected",
        }
    }

    fn category(&self, category: TradeCategory) -> &'static str {
        match category {
            TradeCategory::Goods => "goods",
            TradeCategory::Services => "services",
        }
    }

    fn direction(&self, direction: Direction) -> &'static str {
        match direction {
            Direction::Deficit => "deficit",
            Direction::Surplus => "surplus",
        }
    }

    fn treaty_status(&self, status: TreatyStatus) -> &'static str {
        match status {
            TreatyStatus::Stalled => "stalled",
            TreatyStatus::Agreed => "agreed",
        }
    }

    fn label(&self, label: Label) -> &'static str {
        match label {
            Label::SkipLink => "Skip to the explainer",
            Label::UpdateReady => "A new version of this explainer is ready.",
            Label::Reload => "Reload",
            Label::PredictToggle => "Predict first: hide the projection until I make a guess",
            Label::Month => "Month",
            Label::Year => "Year",
            Label::Reveal => "Reveal the projection",
            Label::GuessAgain => "Guess again",
            Label::ScenarioTitle => "Your scenario",
            Label::Pace => "Pace of implementation",
            Label::Slowdown => "Last-mile slowdown",
            Label::Basis => "Default pace from",
            Label::Reset => "Reset to the reported pace",
            Label::ProjectionHiddenSentence => "The projection is hidden until you make your guess.",
            Label::Projected => "projected",
            Label::ScenarioOnline => "This scenario online: ",
            Label::ReportedMethod => "Reported values are the article's own figures. The derived starting point assumes nothing was implemented before the decree authorized the programs. ",
            Label::Date => "Date",
            Label::Implemented => "Implemented",
            Label::Kind => "Kind",
            Label::WordingOrMethod => "Wording or method",
            Label::Source => "Source",
            Label::OpenFull => "Open the full explainer",
        }
    }

    fn guess_question(&self, count: u32) -> String {
        format!("When do you think all {count} programs will be done?")
    }

    fn guess_year_problem(&self, earliest: i32, latest: i32) -> String {
        format!("Enter a year from {earliest} to {latest}.")
    }

    fn pace_value(&self, pace: f64) -> String {
        format!("{} points a month", self.number(pace, 1))
    }

    fn slowdown_spoken(&self, percent: f64) -> String {
        format!("pace shrinks {} percent a month", self.number(percent, 0))
    }

    fn slowdown_value(&self, percent: f64) -> String {
        format!("pace shrinks {}% a month", self.number(percent, 0))
    }

    fn basis_choice(&self, basis: PaceBasis, pace: f64) -> String {
        let basis = match basis {
            PaceBasis::LatestTwo => "The two latest reports",
            PaceBasis::FirstToLast => "First to last observation",
        };
        format!("{basis} ({} a month)", self.number(pace, 1))
    }

    fn progress_title(&self, count: u32) -> String {
        format!("Progress of the {count} programs")
    }

    fn projected_method(&self, band_percent: f64) -> String {
        let band = self.number(band_percent, 0);
        format!("Projected values extend the latest report at the chosen pace; the shaded band shows a pace {band} percent slower to {band} percent faster.")
    }

    fn completion_caption(&self, count: u32) -> String {
        format!("Implementation of the {count} programs: reported, derived and projected values")
    }

    fn programs_column(&self, count: u32) -> String {
        format!("Percent × {count} (derived)")
    }

    fn embed_source(&self, publisher: &str, date: Date) -> String {
        format!(
            "Source: {publisher}, {}, and the sources it cites. ",
            self.long_date(date)
        )
    }

    fn kicker(&self) -> &'static str {
        "Union State Integration Explorer"
    }

    fn headline(&self, count: u32) -> String {
        format!("When will Belarus and Russia finish their {count} integration programs?")
    }

    fn lede(&self, count: u32, agreed: Date, latest: Option<&Observation>) -> String {
        let agreed = format!(
            "In {} Belarus and Russia agreed {count} sectoral programs to deepen their Union State. ",
            self.month_year(agreed)
        );
        let latest = latest.map(|o| {
            format!(
                "By {} {} percent were reported done (“{}”). Move the pace to see when all {count} would be finished.",
                self.month_year(o.date),
                self.number(o.percent, 1),
                o.wording
            )
        });
        agreed + &latest.unwrap_or_default()
    }

    fn loading(&self) -> &'static str {
        "Loading the interactive explainer…"
    }

    fn theme_label(&self) -> &'static str {
        "Theme"
    }

    fn theme_choice(&self, choice: ThemeChoice) -> &'static str {
        match choice {
            ThemeChoice::Device => "Match device",
            ThemeChoice::Fixed(Theme::Light) => "Light",
            ThemeChoice::Fixed(Theme::Dark) => "Dark",
        }
    }

    fn language_label(&self) -> &'static str {
        "Language"
    }

    fn document_title(&self, count: u32) -> String {
        format!("Union State Integration Explorer: when will the {count} programs be done?")
    }

    fn app_name(&self) -> &'static str {
        "Union State Integration Explorer"
    }

    fn app_short_name(&self) -> &'static str {
        "Union State"
    }

    fn credit(&self, subject: &str, publisher: &str, place: &str, date: Date) -> String {
        format!(
            "Every figure comes from an article on {subject} published by {publisher} ({place}) on {}, and from the sources it cites.",
            self.long_date(date)
        )
    }

    fn figure_programs(&self, agreed: Date) -> String {
        format!(
            "sectoral integration programs agreed in {}",
            self.month_year(agreed)
        )
    }

    fn figure_percent_value(&self, percent: f64) -> String {
        format!("{}%", self.number(percent, 1))
    }

    fn figure_percent(&self, date: Date) -> String {
        format!("implemented by {}", self.month_year(date))
    }

    fn quotation(&self, text: &str) -> String {
        format!("“{text}”")
    }

    fn figure_trade_value(&self, goods: f64) -> String {
        format!("${}bn", self.number(goods, 1))
    }

    fn figure_trade(&self, year: i32, services: Option<f64>) -> String {
        match services {
            Some(services) => format!(
                "Belarus–Russia trade in goods in {year}, and about ${}bn in services",
                self.number(services, 1)
            ),
            None => format!("Belarus–Russia trade in goods in {year}"),
        }
    }

    fn figure_surplus_value(&self) -> &'static str {
        "1st"
    }

    fn figure_surplus(&self, year: i32, amount: Option<f64>) -> String {
        format!(
            "trade surplus with Russia ever for Belarus, in {year} ({})",
            self.amount_or_unreported(amount)
        )
    }

    fn scenario_sentence(&self, text: ScenarioText) -> String {
        match text {
            ScenarioText::AlreadyDone { count, since } => format!(
                "All {count} programs were reported done by {}.",
                self.long_date(since)
            ),
            ScenarioText::Completes {
                pace,
                slowdown_percent,
                remaining,
                months,
                done,
                count,
            } => format!(
                "{}, the remaining {} take {}: all {count} programs would be done around {}.",
                self.pace_opening(pace, slowdown_percent),
                self.points(remaining),
                self.duration(months),
                self.month_year(done)
            ),
            ScenarioText::Stopped { percent } => format!(
                "At 0 points a month, progress stays at {} percent: the programs would never all be done.",
                self.number(percent, 1),
            ),
            ScenarioText::LevelsOff {
                pace,
                slowdown_percent,
                level,
                count,
            } => format!(
                "{}, progress would level off near {} percent and never reach all {count}.",
                self.pace_opening(pace, slowdown_percent),
                self.number(level, 0),
            ),
        }
    }

    fn quoted_note(&self, wording: &str, formula: Option<&str>) -> String {
        match formula {
            Some(formula) => format!("“{wording}” — {formula}"),
            None => format!("“{wording}”"),
        }
    }

    fn projected_note(&self, pace: f64, slowdown_percent: f64) -> String {
        self.pace_note(pace, slowdown_percent)
    }

    fn projected_done_note(&self, count: u32, pace: f64, slowdown_percent: f64) -> String {
        format!(
            "all {count} programs done, {}",
            self.pace_note(pace, slowdown_percent)
        )
    }

    fn projection_source(&self) -> &'static str {
        "Projection on this page"
    }

    fn guess_comparison(&self, text: GuessText) -> String {
        let months = |n: i64| {
            if n == 1 {
                "1 month".to_string()
            } else {
                format!("{n} months")
            }
        };
        match text {
            GuessText::Completes {
                guess,
                projected,
                months_late: 0,
            } => format!(
                "Your guess, {}, is the month the projection gives: {}.",
                self.month_year(guess),
                self.month_year(projected)
            ),
            GuessText::Completes {
                guess,
                projected,
                months_late,
            } if months_late > 0 => format!(
                "Your guess, {}, is {} later than the projection, {}.",
                self.month_year(guess),
                months(months_late),
                self.month_year(projected)
            ),
            GuessText::Completes {
                guess,
                projected,
                months_late,
            } => format!(
                "Your guess, {}, is {} earlier than the projection, {}.",
                self.month_year(guess),
                months(-months_late),
                self.month_year(projected)
            ),
            GuessText::Stalls {
                guess,
                count,
                level,
            } => format!(
                "Your guess was {}; at this pace the projection never reaches all {count} programs: it levels off near {} percent.",
                self.month_year(guess),
                self.number(level, 0)
            ),
        }
    }

    fn projection_hidden(&self) -> &'static str {
        "Chart of the reported share of the programs implemented; the projection is hidden until you make your guess."
    }

    fn trade_measure(&self, category: TradeCategory) -> &'static str {
        match category {
            TradeCategory::Goods => "Goods",
            TradeCategory::Services => "Services",
        }
    }

    fn growth_measure(&self) -> &'static str {
        "Growth of total trade"
    }

    fn growth_value(&self, percent: f64) -> String {
        format!("+{}%", self.number(percent, 1))
    }

    fn derived_note(&self, formula: &str) -> String {
        format!("derived: {formula}")
    }

    fn balance_value(&self, direction: Direction, amount: Option<f64>) -> String {
        let direction = self.direction(direction);
        match amount {
            Some(value) => format!("{} ({direction})", self.billions(value)),
            None => format!("{direction}, amount not reported"),
        }
    }

    fn supports_programs(&self, count: u32) -> String {
        format!("{count} sectoral programs agreed")
    }

    fn supports_progress(&self, percent: f64, date: Date, kind: &Kind) -> String {
        format!(
            "progress: {} percent on {} ({})",
            self.number(percent, 1),
            self.long_date(date),
            self.kind(kind)
        )
    }

    fn supports_growth(&self, percent: f64, year: i32) -> String {
        format!(
            "trade growth: {} percent in {year}",
            self.number(percent, 1)
        )
    }

    fn supports_trade(
        &self,
        value: f64,
        category: TradeCategory,
        year: i32,
        kind: &Kind,
    ) -> String {
        format!(
            "trade: {} in {} in {year} ({})",
            self.billions(value),
            self.category(category),
            self.kind(kind)
        )
    }

    fn supports_balance(&self, direction: Direction, year: i32, amount: Option<f64>) -> String {
        format!(
            "trade balance: {} in {year} ({})",
            self.direction(direction),
            self.amount_or_unreported(amount)
        )
    }

    fn supports_milestone(&self, title: &str, when: &str) -> String {
        format!("timeline: {title} ({when})")
    }

    fn supports_treaty(&self, item: &str, status: TreatyStatus, since: &str) -> String {
        // As the treaty list says it: an agreed item's date carries its own preposition.
        match status {
            TreatyStatus::Stalled => format!("treaty: {item} — stalled since {since}"),
            TreatyStatus::Agreed => format!("treaty: {item} — agreed {since}"),
        }
    }
}

impl NoscriptMessages for En {
    fn noscript_title(&self, count: u32) -> String {
        format!("Belarus–Russia integration: the {count} programs")
    }

    fn noscript_intro(&self) -> &'static str {
        "This explainer draws its charts with JavaScript; here are its figures and sources as plain tables."
    }

    fn noscript_programs(&self, count: u32, cited_as: &str) -> String {
        format!("{count} sectoral integration programs ({cited_as})")
    }

    fn noscript_progress(&self, percent: f64, date: Date, wording: &str, cited_as: &str) -> String {
        format!(
            "{} percent implemented by {}: “{wording}” ({cited_as})",
            self.number(percent, 1),
            self.long_date(date)
        )
    }

    fn noscript_trade(
        &self,
        value: f64,
        category: TradeCategory,
        year: i32,
        cited_as: &str,
    ) -> String {
        format!(
            "{} of trade in {} in {year} ({cited_as})",
            self.billions(value),
            self.category(category)
        )
    }

    fn noscript_surplus(&self, year: i32, cited_as: &str) -> String {
        format!("A first trade surplus for Belarus in {year}, amount not reported ({cited_as})")
    }

    fn noscript_progress_table(&self) -> (&'static str, [&'static str; 5]) {
        (
            "Implementation of the programs",
            ["Date", "Percent", "Kind", "Wording or method", "Source"],
        )
    }

    fn noscript_trade_table(&self) -> (&'static str, [&'static str; 5]) {
        (
            "Trade, US$ billion",
            ["Year", "Measure", "Value", "Kind", "Source"],
        )
    }

    fn noscript_balance_table(&self) -> (&'static str, [&'static str; 3]) {
        (
            "Trade balance of Belarus with Russia",
            ["Year", "Balance", "Source"],
        )
    }

    fn noscript_milestones_table(&self) -> (&'static str, [&'static str; 3]) {
        ("Milestones", ["When", "Event", "Source"])
    }

    fn milestone_event(&self, title: &str, detail: &str) -> String {
        format!("{title}: {detail}")
    }

    fn noscript_article(&self, publisher: &str, place: &str, date: Date) -> String {
        format!(
            "Source article: {publisher} ({place}), {}.",
            self.long_date(date)
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_read_as_the_article_cites_them() {
        let date = Date::new(2023, 4, 5).unwrap();
        assert_eq!(En.long_date(date), "April 5, 2023");
        assert_eq!(En.month_year(date), "April 2023");
        assert_eq!(En.month_name(12), "December");
    }
}
