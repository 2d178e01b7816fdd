//! English: the charts' series names, axis names, tooltips and descriptions.

use super::En;
use crate::messages::{
    BalanceAmounts, ChartMessages, CompletionSeries, DerivedTrade, Messages, TradeAmount,
};
use crate::model::dataset::{
    BalanceEntry, Direction, Kind, Milestone, Observation, TradeCategory, TradeValue,
};
use crate::model::Date;

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

impl ChartMessages for En {
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

    fn projected_tooltip(&self, date: Date, percent: f64) -> String {
        format!(
            "{}: {} percent, projected",
            self.month_year(date),
            self.number(percent, 1),
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

    fn timeline_gap(&self, years: i32) -> String {
        format!("({years} years)")
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
}
