//! Russian: the charts' series names, axis names, tooltips and descriptions.

use super::{by_month, counted, full_stop, in_year, of_programs, quoted, Ru, POINTS};
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

/// "событие" after "из": "из 1 события", "из 12 событий".
const EVENTS_GEN: Forms = Forms::new("события", "событий", "событий", "события");

/// Joins words as "a", "a и b" or "a, b и c".
fn join_and(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [only] => only.clone(),
        [init @ .., last] => format!("{} и {last}", init.join(", ")),
    }
}

impl Ru {
    /// The kind as a masculine adjective, agreeing with "дефицит" and "профицит".
    fn kind_masculine(&self, kind: &Kind) -> &'static str {
        match kind {
            Kind::Reported => "заявленный",
            Kind::Derived => "расчётный",
            Kind::Projected => "прогнозный",
        }
    }

    /// "Дефицит" or "Профицит".
    fn direction_capitalised(&self, direction: Direction) -> &'static str {
        match direction {
            Direction::Deficit => "Дефицит",
            Direction::Surplus => "Профицит",
        }
    }
}

impl ChartMessages for Ru {
    fn completion_series(&self, series: CompletionSeries) -> &'static str {
        match series {
            // Short, as the English: on a phone the legend must keep to two lines.
            CompletionSeries::Reported => "Заявленные",
            CompletionSeries::Derived => "Расчётные",
            CompletionSeries::Projected => "Прогноз",
            CompletionSeries::Band => "Диапазон прогноза",
            CompletionSeries::BandBase => "Диапазон прогноза (основание)",
            CompletionSeries::Completion => "Прогнозное завершение",
            CompletionSeries::Stall => "Рост останавливается (прогноз)",
            CompletionSeries::Guess => "Ваше предположение",
        }
    }

    fn completion_axis(&self, count: u32) -> String {
        // Short enough to stand beside the phone chart's 8rem-high axis.
        format!("Выполнено из {}", of_programs(count))
    }

    fn percent_axis_template(&self) -> &'static str {
        "{value}\u{a0}%"
    }

    fn observation_tooltip(&self, observation: &Observation) -> String {
        let formula = observation
            .formula
            .as_deref()
            .map(|f| format!(" Расчёт: {f}."))
            .unwrap_or_default();
        format!(
            "{}: {}. {}.{formula} Источник: {}",
            self.long_date(observation.date),
            locale::percent(L::Ru, observation.percent, 1),
            quoted(&observation.wording),
            observation.source.cited_as
        )
    }

    fn projected_tooltip(&self, date: Date, percent: f64) -> String {
        format!(
            "{}: {}, прогноз",
            self.month_year(date),
            locale::percent(L::Ru, percent, 1)
        )
    }

    fn all_programs_label(&self, count: u32) -> String {
        format!("Все программы ({count}) — 100\u{a0}%")
    }

    fn all_programs_name(&self, count: u32) -> String {
        format!("Все программы ({count})")
    }

    fn projected_date_label(&self, date: Date) -> String {
        format!("Прогноз: {}", self.month_year(date))
    }

    fn stall_label(&self, level: f64) -> String {
        format!(
            "Останавливается около {} (прогноз)",
            locale::percent(L::Ru, level, 0)
        )
    }

    fn guess_label(&self, guess: Date) -> String {
        format!("Ваше предположение: {}", self.month_year(guess))
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
                    locale::percent(L::Ru, o.percent, 1),
                    self.long_date(o.date)
                )
            })
            .collect();
        let ending = match done {
            Some(date) => format!("достигает 100\u{a0}% примерно {}", by_month(date)),
            None => format!("останавливается около {}", locale::percent(L::Ru, level, 0)),
        };
        let band = counted(
            &self.number(band_percent, 0),
            Forms::new("процента", "процентов", "процентов", "процента"),
        );
        format!(
            "График доли выполненных из {}. {} Прогнозная линия при темпе {} в месяц, в пределах ±{band} от этого темпа, {ending}.",
            of_programs(count),
            full_stop(format!("Заявленные значения: {}", join_and(&reported))),
            counted(&self.number(pace, 1), POINTS),
        )
    }

    fn trade_series(&self, category: TradeCategory, kind: &Kind) -> &'static str {
        match (category, kind) {
            (TradeCategory::Goods, Kind::Reported) => "Товары (заявленные)",
            (TradeCategory::Goods, _) => "Товары (расчётные)",
            (TradeCategory::Services, Kind::Reported) => "Услуги (заявленные)",
            (TradeCategory::Services, _) => "Услуги (расчётные)",
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
            (Kind::Derived, Some(formula)) => format!(" — расчёт: {formula}."),
            (Kind::Derived, None) => format!(" — расчётное значение, {}.", quoted(&value.wording)),
            _ => format!(", {}.", quoted(&value.wording)),
        };
        format!("{amount}{basis} Источник: {}", value.source.cited_as)
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
                            "{} — {}{} млрд долларов",
                            self.category(a.category),
                            if a.hedged { "около " } else { "" },
                            self.number(a.value, 1)
                        )
                    })
                    .collect();
                format!("{} {}", in_year(*year), join_and(&amounts))
            })
            .collect();
        let mut parts: Vec<String> = Vec::new();
        if !years.is_empty() {
            parts.push(format!("по данным источника, {}", years.join("; ")));
        }
        for d in derived {
            let amounts: Vec<String> = d
                .amounts
                .iter()
                .map(|(value, year)| {
                    format!(
                        "{} млрд долларов {}",
                        self.number(*value, 1),
                        in_year(*year)
                    )
                })
                .collect();
            let basis = if d.rates.is_empty() {
                String::new()
            } else {
                let rates = match (d.rates.len(), d.rates_reported) {
                    (1, true) => "заявленному темпу роста",
                    (1, false) => "темпу роста",
                    (_, true) => "заявленным темпам роста",
                    (_, false) => "темпам роста",
                };
                let listed: Vec<String> = d
                    .rates
                    .iter()
                    .map(|(percent, year)| {
                        format!("{} {}", locale::percent(L::Ru, *percent, 1), in_year(*year))
                    })
                    .collect();
                format!(" по {rates}: {}", join_and(&listed))
            };
            let trade = match d.category {
                TradeCategory::Goods => "торговля товарами",
                TradeCategory::Services => "торговля услугами",
            };
            parts.push(format!(
                "{trade} ({}) рассчитана{basis}",
                join_and(&amounts)
            ));
        }
        if parts.is_empty() {
            return "Столбчатая диаграмма торговли Беларуси и России: в наборе данных нет цифр торговли.".into();
        }
        format!(
            "Столбчатая диаграмма торговли Беларуси и России: {}.",
            parts.join("; ")
        )
    }

    fn balance_axis(&self) -> &'static str {
        "млрд долларов США"
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
            Direction::Surplus => "Профицит, сумма не указана",
            Direction::Deficit => "Дефицит, сумма не указана",
        }
    }

    fn balance_marker_label(&self, direction: Direction, first: bool) -> String {
        if first {
            format!("Первый {} (сумма не указана)", self.direction(direction))
        } else {
            format!(
                "{} (сумма не указана)",
                self.direction_capitalised(direction)
            )
        }
    }

    fn balance_tooltip(&self, entry: &BalanceEntry) -> String {
        let word = self.direction(entry.direction);
        let amount = match entry.value {
            Some(value) => format!("{word} {}", self.billions(value.abs())),
            None => format!("{word}, сумма не указана"),
        };
        let derived = if entry.kind == Kind::Derived {
            " (расчётный)"
        } else {
            ""
        };
        format!(
            "{}: {amount}{derived}, {}. Источник: {}",
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
                        "{} млрд долларов {}{}",
                        self.number(*value, 1),
                        in_year(*year),
                        if *derived {
                            " (расчётный)"
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
            let which = if *first { "впервые " } else { "" };
            parts.push(format!(
                "{} у Беларуси {which}был {}, сумму которого статья не приводит",
                in_year(*year),
                self.direction(*direction)
            ));
        }
        if parts.is_empty() {
            return "Столбчатая диаграмма сальдо торговли Беларуси с Россией: в наборе данных нет цифр сальдо."
                .into();
        }
        format!(
            "Столбчатая диаграмма сальдо торговли Беларуси с Россией: {}.",
            parts.join("; ")
        )
    }

    fn timeline_series(&self) -> &'static str {
        "События"
    }

    fn timeline_gap(&self, years: i32) -> String {
        format!(
            "({})",
            counted(&years.to_string(), Forms::new("год", "года", "лет", "года"))
        )
    }

    fn milestone_tooltip(&self, milestone: &Milestone) -> String {
        format!(
            "{}: {}. {} Источник: {}",
            milestone.when, milestone.title, milestone.detail, milestone.source.cited_as
        )
    }

    fn timeline_description(&self, milestones: &[Milestone]) -> String {
        match milestones {
            [] => "Хронология: в наборе данных нет событий.".into(),
            [only] => format!("Хронология из 1 события: {} ({}).", only.title, only.when),
            [first, .., last] => format!(
                "Хронология из {}: от {} ({}) до {} ({}).",
                counted(&milestones.len().to_string(), EVENTS_GEN),
                quoted(&first.title),
                first.when,
                quoted(&last.title),
                last.when
            ),
        }
    }
}
