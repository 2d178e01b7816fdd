//! Belarusian: the charts' series names, axis names, tooltips and descriptions.

use super::{by_month, counted, full_stop, in_year, of_programs, quoted, Be, POINTS};
use crate::messages::{
    BalanceAmounts, ChartMessages, CompletionSeries, DerivedTrade, Messages, TradeAmount,
};
use crate::model::dataset::{
    BalanceEntry, Direction, Kind, Milestone, Observation, TradeCategory, TradeValue,
};
use crate::model::lang::Lang as L;
use crate::model::locale;
use crate::model::plural::Forms;
use crate::model::Date;

/// "падзея" after "з": "з 1 падзеі", "з 12 падзей".
const EVENTS_GEN: Forms = Forms::new("падзеі", "падзей", "падзей", "падзеі");

/// Joins words as "a", "a і b" or "a, b і c".
fn join_and(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [only] => only.clone(),
        [init @ .., last] => format!("{} і {last}", init.join(", ")),
    }
}

impl Be {
    /// The kind as a masculine adjective, agreeing with "дэфіцыт" and "прафіцыт".
    fn kind_masculine(&self, kind: &Kind) -> &'static str {
        match kind {
            Kind::Reported => "заяўлены",
            Kind::Derived => "разліковы",
            Kind::Projected => "прагнозны",
        }
    }

    /// "Дэфіцыт" or "Прафіцыт".
    fn direction_capitalised(&self, direction: Direction) -> &'static str {
        match direction {
            Direction::Deficit => "Дэфіцыт",
            Direction::Surplus => "Прафіцыт",
        }
    }
}

impl ChartMessages for Be {
    fn completion_series(&self, series: CompletionSeries) -> &'static str {
        match series {
            // Short, as the English: on a phone the legend must keep to two lines.
            CompletionSeries::Reported => "Заяўленыя",
            CompletionSeries::Derived => "Разліковыя",
            CompletionSeries::Projected => "Прагноз",
            CompletionSeries::Band => "Дыяпазон прагнозу",
            CompletionSeries::BandBase => "Дыяпазон прагнозу (аснова)",
            CompletionSeries::Completion => "Прагнознае завяршэнне",
            CompletionSeries::Stall => "Спыненне росту (прагноз)",
            CompletionSeries::Guess => "Ваша здагадка",
        }
    }

    fn completion_axis(&self, count: u32) -> String {
        // Short enough to stand beside the phone chart's 8rem-high axis.
        format!("Выканана з {}", of_programs(count))
    }

    fn percent_axis_template(&self) -> &'static str {
        "{value}\u{a0}%"
    }

    fn observation_tooltip(&self, observation: &Observation) -> String {
        let formula = observation
            .formula
            .as_deref()
            .map(|f| format!(" Разлік: {f}."))
            .unwrap_or_default();
        format!(
            "{}: {}. {}.{formula} Крыніца: {}",
            self.long_date(observation.date),
            locale::percent(L::Be, observation.percent, 1),
            quoted(&observation.wording),
            observation.source.cited_as
        )
    }

    fn projected_tooltip(&self, date: Date, percent: f64) -> String {
        format!(
            "{}: {}, прагноз",
            self.month_year(date),
            locale::percent(L::Be, percent, 1)
        )
    }

    fn all_programs_label(&self, count: u32) -> String {
        format!("Усе праграмы ({count}) — 100\u{a0}%")
    }

    fn all_programs_name(&self, count: u32) -> String {
        format!("Усе праграмы ({count})")
    }

    fn projected_date_label(&self, date: Date) -> String {
        format!("Прагноз: {}", self.month_year(date))
    }

    fn stall_label(&self, level: f64) -> String {
        format!(
            "Спыняецца каля {} (прагноз)",
            locale::percent(L::Be, level, 0)
        )
    }

    fn guess_label(&self, guess: Date) -> String {
        format!("Ваша здагадка: {}", self.month_year(guess))
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
                    "{} на {}",
                    locale::percent(L::Be, o.percent, 1),
                    self.long_date(o.date)
                )
            })
            .collect();
        let ending = match done {
            Some(date) => format!("дасягае 100\u{a0}% прыкладна {}", by_month(date)),
            None => format!("спыняецца каля {}", locale::percent(L::Be, level, 0)),
        };
        let band = counted(
            &self.number(band_percent, 0),
            Forms::new("працэнта", "працэнтаў", "працэнтаў", "працэнта"),
        );
        format!(
            "Графік долі выкананых з {}. {} Прагнозная лінія пры тэмпе {} за месяц, у межах ±{band} ад гэтага тэмпу, {ending}.",
            of_programs(count),
            full_stop(format!("Заяўленыя значэнні: {}", join_and(&reported))),
            counted(&self.number(pace, 1), POINTS),
        )
    }

    fn trade_series(&self, category: TradeCategory, kind: &Kind) -> &'static str {
        match (category, kind) {
            (TradeCategory::Goods, Kind::Reported) => "Тавары (заяўленыя)",
            (TradeCategory::Goods, _) => "Тавары (разліковыя)",
            (TradeCategory::Services, Kind::Reported) => "Паслугі (заяўленыя)",
            (TradeCategory::Services, _) => "Паслугі (разліковыя)",
        }
    }

    fn trade_axis_template(&self) -> &'static str {
        // The axis name gives the unit (billion US dollars); the labels stay narrow.
        "{value}"
    }

    fn trade_tooltip(&self, value: &TradeValue) -> String {
        let amount = format!(
            "{} год, {}: {}",
            value.year,
            self.category(value.category),
            self.billions(value.value)
        );
        let basis = match (&value.kind, value.formula.as_deref()) {
            (Kind::Derived, Some(formula)) => format!(" — разлік: {formula}."),
            (Kind::Derived, None) => format!(" — разліковае значэнне, {}.", quoted(&value.wording)),
            _ => format!(", {}.", quoted(&value.wording)),
        };
        format!("{amount}{basis} Крыніца: {}", value.source.cited_as)
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
                            "{} — {}{} млрд долараў",
                            self.category(a.category),
                            if a.hedged { "каля " } else { "" },
                            self.number(a.value, 1)
                        )
                    })
                    .collect();
                format!("{} {}", in_year(*year), join_and(&amounts))
            })
            .collect();
        let mut parts: Vec<String> = Vec::new();
        if !years.is_empty() {
            parts.push(format!("паводле крыніцы, {}", years.join("; ")));
        }
        for d in derived {
            let amounts: Vec<String> = d
                .amounts
                .iter()
                .map(|(value, year)| {
                    format!("{} млрд долараў {}", self.number(*value, 1), in_year(*year))
                })
                .collect();
            let basis = if d.rates.is_empty() {
                String::new()
            } else {
                let rates = match (d.rates.len(), d.rates_reported) {
                    (1, true) => "заяўленым тэмпе росту",
                    (1, false) => "тэмпе росту",
                    (_, true) => "заяўленых тэмпах росту",
                    (_, false) => "тэмпах росту",
                };
                let listed: Vec<String> = d
                    .rates
                    .iter()
                    .map(|(percent, year)| {
                        format!("{} {}", locale::percent(L::Be, *percent, 1), in_year(*year))
                    })
                    .collect();
                format!(" па {rates}: {}", join_and(&listed))
            };
            let trade = match d.category {
                TradeCategory::Goods => "гандаль таварамі",
                TradeCategory::Services => "гандаль паслугамі",
            };
            parts.push(format!("{trade} ({}) разлічаны{basis}", join_and(&amounts)));
        }
        if parts.is_empty() {
            return "Слупковая дыяграма гандлю Беларусі і Расіі: у наборы даных няма лічбаў гандлю.".into();
        }
        format!(
            "Слупковая дыяграма гандлю Беларусі і Расіі: {}.",
            parts.join("; ")
        )
    }

    fn balance_axis(&self) -> &'static str {
        "млрд долараў ЗША"
    }

    fn balance_series(&self, direction: Direction, kind: &Kind) -> String {
        format!(
            "{} ({})",
            self.direction_capitalised(direction),
            self.kind_masculine(kind)
        )
    }

    fn balance_unreported_series(&self, direction: Direction) -> &'static str {
        match direction {
            Direction::Surplus => "Прафіцыт, сума не названа",
            Direction::Deficit => "Дэфіцыт, сума не названа",
        }
    }

    fn balance_marker_label(&self, direction: Direction, first: bool) -> String {
        if first {
            format!("Першы {} (сума не названа)", self.direction(direction))
        } else {
            format!(
                "{} (сума не названа)",
                self.direction_capitalised(direction)
            )
        }
    }

    fn balance_tooltip(&self, entry: &BalanceEntry) -> String {
        let word = self.direction(entry.direction);
        let amount = match entry.value {
            Some(value) => format!("{word} {}", self.billions(value.abs())),
            None => format!("{word}, сума не названа"),
        };
        let derived = if entry.kind == Kind::Derived {
            " (разліковы)"
        } else {
            ""
        };
        format!(
            "{}: {amount}{derived}, {}. Крыніца: {}",
            entry.year,
            quoted(&entry.wording),
            entry.source.cited_as
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
                        "{} млрд долараў {}{}",
                        self.number(*value, 1),
                        in_year(*year),
                        if *derived {
                            " (разліковы)"
                        } else {
                            ""
                        }
                    )
                })
                .collect();
            if !amounts.is_empty() {
                parts.push(format!(
                    "{} {}",
                    self.direction(v.direction),
                    join_and(&amounts)
                ));
            }
        }
        for (year, direction, first) in unvalued {
            // After "годзе" the preposition and the adverb take "ў".
            let which = if *first { "ўпершыню " } else { "" };
            parts.push(format!(
                "{} ў Беларусі {which}быў {}, суму якога артыкул не прыводзіць",
                in_year(*year),
                self.direction(*direction)
            ));
        }
        if parts.is_empty() {
            return "Слупковая дыяграма сальда гандлю Беларусі з Расіяй: у наборы даных няма лічбаў сальда."
                .into();
        }
        format!(
            "Слупковая дыяграма сальда гандлю Беларусі з Расіяй: {}.",
            parts.join("; ")
        )
    }

    fn timeline_series(&self) -> &'static str {
        "Падзеі"
    }

    fn timeline_gap(&self, years: i32) -> String {
        format!(
            "({})",
            counted(
                &years.to_string(),
                Forms::new("год", "гады", "гадоў", "года")
            )
        )
    }

    fn milestone_tooltip(&self, milestone: &Milestone) -> String {
        format!(
            "{}: {}. {} Крыніца: {}",
            milestone.when, milestone.title, milestone.detail, milestone.source.cited_as
        )
    }

    fn timeline_description(&self, milestones: &[Milestone]) -> String {
        match milestones {
            [] => "Храналогія: у наборы даных няма падзей.".into(),
            [only] => format!("Храналогія з 1 падзеі: {} ({}).", only.title, only.when),
            [first, .., last] => format!(
                "Храналогія з {}: ад {} ({}) да {} ({}).",
                counted(&milestones.len().to_string(), EVENTS_GEN),
                quoted(&first.title),
                first.when,
                quoted(&last.title),
                last.when
            ),
        }
    }
}
