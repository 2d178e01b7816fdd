//! English: the page's default language and the reference for every translation.

use super::{
    BalanceAmounts, CompletionSeries, DerivedTrade, GuessText, Messages, NoscriptMessages,
    ScenarioText, TradeAmount,
};
use crate::model::dataset::{
    BalanceEntry, Direction, Kind, Milestone, Observation, TradeCategory, TradeValue, TreatyStatus,
};
use crate::model::format::NumberStyle;
use crate::model::{Date, Theme, ThemeChoice};

/// The English messages.
pub struct En;

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn month(date: Date) -> &'static str {
    En.month_name(date.month())
}

/// Joins words as "a", "a and b" or "a, b and c".
fn join_and(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [only] => only.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// "Deficit" from "deficit": the words are this file's own ASCII ones.
fn capitalised(word: &str) -> String {
    let mut word = word.to_string();
    if let Some(first) = word.get_mut(0..1) {
        first.make_ascii_uppercase();
    }
    word
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
    fn number_style(&self) -> NumberStyle {
        NumberStyle { decimal: '.' }
    }

    fn month_name(&self, month: u32) -> &'static str {
        MONTHS[(month.clamp(1, 12) - 1) as usize]
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

    fn figure_percent(&self, date: Date, wording: &str) -> String {
        format!("implemented by {} (“{wording}”)", self.month_year(date))
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
            ScenarioText::Stopped {
                percent,
                programs,
                count,
            } => format!(
                "At 0 points a month, progress stays at {} percent ({} of {count} programs): the programs would never all be done.",
                self.number(percent, 1),
                self.number(programs, 1)
            ),
            ScenarioText::LevelsOff {
                pace,
                slowdown_percent,
                level,
                programs,
                count,
            } => format!(
                "{}, progress would level off near {} percent (about {} of {count} programs) and never reach all {count}.",
                self.pace_opening(pace, slowdown_percent),
                self.number(level, 0),
                self.number(programs, 1)
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

    fn completion_series(&self, series: CompletionSeries) -> &'static str {
        match series {
            CompletionSeries::Reported => "Reported",
            CompletionSeries::Derived => "Derived",
            CompletionSeries::Projected => "Projected",
            CompletionSeries::Band => "Projected range",
            CompletionSeries::BandBase => "Projected range (base)",
            CompletionSeries::Completion => "Projected completion",
            CompletionSeries::Stall => "Projected stall",
            CompletionSeries::Guess => "Your guess",
        }
    }

    fn completion_axis(&self, count: u32) -> String {
        format!("Share of the {count} programs implemented")
    }

    fn percent_axis_template(&self) -> &'static str {
        "{value}%"
    }

    fn observation_tooltip(&self, observation: &Observation) -> String {
        let formula = observation
            .formula
            .as_deref()
            .map(|f| format!(" Derived: {f}."))
            .unwrap_or_default();
        format!(
            "{}: {} percent. “{}”.{formula} Source: {}",
            self.long_date(observation.date),
            self.number(observation.percent, 1),
            observation.wording,
            observation.source.cited_as
        )
    }

    fn projected_tooltip(&self, date: Date, percent: f64, programs: f64, count: u32) -> String {
        format!(
            "{}: {} percent (about {} of {count} programs), projected",
            self.month_year(date),
            self.number(percent, 1),
            self.number(programs, 1)
        )
    }

    fn all_programs_label(&self, count: u32) -> String {
        format!("All {count} programs (100%)")
    }

    fn all_programs_name(&self, count: u32) -> String {
        format!("All {count} programs")
    }

    fn projected_date_label(&self, date: Date) -> String {
        format!("Projected: {}", self.month_year(date))
    }

    fn stall_label(&self, level: f64) -> String {
        format!("Stalls near {}% (projected)", self.number(level, 0))
    }

    fn guess_label(&self, guess: Date) -> String {
        format!("Your guess: {}", self.month_year(guess))
    }

    fn completion_description(
        &self,
        count: u32,
        reported: &[&Observation],
        pace: f64,
        band_percent: f64,
        done: Option<Date>,
        level: f64,
    ) -> String {
        let reported: Vec<String> = reported
            .iter()
            .map(|o| {
                format!(
                    "{} percent on {}",
                    self.number(o.percent, 1),
                    self.long_date(o.date)
                )
            })
            .collect();
        let ending = match done {
            Some(date) => format!("reaches 100 percent around {}", self.month_year(date)),
            None => format!("levels off near {} percent", self.number(level, 0)),
        };
        format!(
            "Chart of the share of the {count} programs implemented. Reported: {}. The projected line, at {} points a month within a band of ±{} percent of that pace, {ending}.",
            reported.join(" and "),
            self.number(pace, 1),
            self.number(band_percent, 0),
        )
    }

    fn trade_series(&self, category: TradeCategory, kind: &Kind) -> &'static str {
        match (category, kind) {
            (TradeCategory::Goods, Kind::Reported) => "Goods (reported)",
            (TradeCategory::Goods, _) => "Goods (derived)",
            (TradeCategory::Services, Kind::Reported) => "Services (reported)",
            (TradeCategory::Services, _) => "Services (derived)",
        }
    }

    fn trade_axis_template(&self) -> &'static str {
        "${value}bn"
    }

    fn trade_tooltip(&self, value: &TradeValue) -> String {
        let amount = format!(
            "{}: ${} billion in {}",
            value.year,
            self.number(value.value, 2),
            self.category(value.category)
        );
        let basis = match (&value.kind, value.formula.as_deref()) {
            (Kind::Derived, Some(formula)) => format!(" — derived: {formula}."),
            (Kind::Derived, None) => format!(" — derived, “{}”.", value.wording),
            _ => format!(", “{}”.", value.wording),
        };
        format!("{amount}{basis} Source: {}", value.source.cited_as)
    }

    fn trade_description(
        &self,
        reported: &[(i32, Vec<TradeAmount>)],
        derived: &[DerivedTrade],
    ) -> String {
        let years: Vec<String> = reported
            .iter()
            .map(|(year, amounts)| {
                let amounts: Vec<String> = amounts
                    .iter()
                    .map(|a| {
                        format!(
                            "{}${} billion in {}",
                            if a.hedged { "about " } else { "" },
                            self.number(a.value, 1),
                            self.category(a.category)
                        )
                    })
                    .collect();
                format!("{} in {year}", join_and(&amounts))
            })
            .collect();
        let mut parts: Vec<String> = Vec::new();
        if !years.is_empty() {
            parts.push(format!("{} (reported)", years.join("; ")));
        }
        for d in derived {
            let amounts: Vec<String> = d
                .amounts
                .iter()
                .map(|(value, year)| format!("${} billion in {year}", self.number(*value, 1)))
                .collect();
            let basis = if d.rates.is_empty() {
                String::new()
            } else {
                let reported = if d.rates_reported { "reported " } else { "" };
                let noun = if d.rates.len() == 1 { "rate" } else { "rates" };
                let listed: Vec<String> = d
                    .rates
                    .iter()
                    .map(|(percent, year)| {
                        format!("{} percent in {year}", self.number(*percent, 1))
                    })
                    .collect();
                format!(" from the {reported}growth {noun} of {}", join_and(&listed))
            };
            parts.push(format!(
                "{} trade of {} is derived{basis}",
                self.category(d.category),
                join_and(&amounts)
            ));
        }
        if parts.is_empty() {
            return "Bar chart of Belarus–Russia trade: the dataset has no trade figures.".into();
        }
        format!("Bar chart of Belarus–Russia trade: {}.", parts.join("; "))
    }

    fn balance_axis(&self) -> &'static str {
        "US$ billion"
    }

    fn balance_series(&self, direction: Direction, kind: &Kind) -> String {
        format!(
            "{} ({})",
            capitalised(self.direction(direction)),
            self.kind(kind)
        )
    }

    fn balance_unreported_series(&self, direction: Direction) -> &'static str {
        match direction {
            Direction::Surplus => "Surplus, amount not reported",
            Direction::Deficit => "Deficit, amount not reported",
        }
    }

    fn balance_marker_label(&self, direction: Direction, first: bool) -> String {
        let word = self.direction(direction);
        if first {
            format!("First {word} (amount not reported)")
        } else {
            format!("{} (amount not reported)", capitalised(word))
        }
    }

    fn balance_tooltip(&self, entry: &BalanceEntry) -> String {
        let word = self.direction(entry.direction);
        let amount = match entry.value {
            Some(value) => format!("{word} of ${} billion", self.number(value.abs(), 2)),
            None => format!("{word}, amount not reported"),
        };
        let derived = if entry.kind == Kind::Derived {
            " (derived)"
        } else {
            ""
        };
        format!(
            "{}: {amount}{derived}, “{}”. Source: {}",
            entry.year, entry.wording, entry.source.cited_as
        )
    }

    fn balance_description(
        &self,
        valued: &[BalanceAmounts],
        unvalued: &[(i32, Direction, bool)],
    ) -> String {
        let mut parts: Vec<String> = Vec::new();
        for v in valued {
            let amounts: Vec<String> = v
                .amounts
                .iter()
                .map(|(value, year, derived)| {
                    format!(
                        "${} billion in {year}{}",
                        self.number(*value, 1),
                        if *derived { " (derived)" } else { "" }
                    )
                })
                .collect();
            match amounts.as_slice() {
                [] => {}
                [one] => parts.push(format!("a {} of {one}", self.direction(v.direction))),
                _ => {
                    let plural = match v.direction {
                        Direction::Deficit => "deficits",
                        Direction::Surplus => "surpluses",
                    };
                    parts.push(format!("{plural} of {}", join_and(&amounts)));
                }
            }
        }
        for (year, direction, first) in unvalued {
            let which = if *first { "its first" } else { "a" };
            parts.push(format!(
                "in {year} Belarus recorded {which} {}, of an amount the article does not give",
                self.direction(*direction)
            ));
        }
        if parts.is_empty() {
            return "Bar chart of Belarus's trade balance with Russia: the dataset has no balance figures."
                .into();
        }
        format!(
            "Bar chart of Belarus's trade balance with Russia: {}.",
            parts.join("; ")
        )
    }

    fn timeline_series(&self) -> &'static str {
        "Events"
    }

    fn milestone_tooltip(&self, milestone: &Milestone) -> String {
        format!(
            "{}: {}. {} Source: {}",
            milestone.when, milestone.title, milestone.detail, milestone.source.cited_as
        )
    }

    fn timeline_description(&self, milestones: &[Milestone]) -> String {
        match milestones {
            [] => "Timeline: the dataset has no events.".into(),
            [only] => format!("Timeline of 1 event: {} ({}).", only.title, only.when),
            [first, .., last] => format!(
                "Timeline of {} events, from {} ({}) to {} ({}).",
                milestones.len(),
                first.title,
                first.when,
                last.title,
                last.when
            ),
        }
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
        format!(
            "treaty: {item} — {} since {since}",
            self.treaty_status(status)
        )
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
    fn joins_lists_in_english() {
        let words =
            |list: &[&str]| join_and(&list.iter().map(|s| s.to_string()).collect::<Vec<_>>());
        assert_eq!(words(&[]), "");
        assert_eq!(words(&["a"]), "a");
        assert_eq!(words(&["a", "b"]), "a and b");
        assert_eq!(words(&["a", "b", "c"]), "a, b and c");
    }

    #[test]
    fn dates_read_as_the_article_cites_them() {
        let date = Date::new(2023, 4, 5).unwrap();
        assert_eq!(En.long_date(date), "April 5, 2023");
        assert_eq!(En.month_year(date), "April 2023");
        assert_eq!(En.month_name(12), "December");
    }
}
