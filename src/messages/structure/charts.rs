//! The charts' sentences, once for every language: which phrase is used when, the lists of
//! amounts, rates and years the descriptions walk, and the order of their parts.

use crate::messages::keys::K;
use crate::messages::phrase::{join_with, Arg, Speaks};
use crate::messages::{
    BalanceAmounts, ChartMessages, CompletionSeries, DerivedTrade, Messages, TradeAmount,
};
use crate::model::dataset::{
    BalanceEntry, Direction, Kind, Milestone, Observation, TradeCategory, TradeValue,
};
use crate::model::Date;

use super::{full_stop, int, parts_or};

impl<S: Speaks + Messages> ChartMessages for S {
    fn completion_series(&self, series: CompletionSeries) -> &'static str {
        self.word(match series {
            CompletionSeries::Reported => K::series_reported,
            CompletionSeries::Derived => K::series_derived,
            CompletionSeries::Projected => K::series_projected,
            CompletionSeries::Band => K::series_band,
            CompletionSeries::BandBase => K::series_band_base,
            CompletionSeries::Completion => K::series_completion,
            CompletionSeries::Stall => K::series_stall,
            CompletionSeries::Guess => K::series_guess,
        })
    }

    fn completion_axis(&self, count: u32) -> String {
        self.say(K::completion_axis, &[("count", int(count))])
    }

    fn percent_axis_template(&self) -> &'static str {
        self.word(K::percent_axis_template)
    }

    fn observation_tooltip(&self, o: &Observation) -> String {
        let formula = o.formula.as_deref().map_or(String::new(), |formula| {
            self.say(K::observation_formula, &[("formula", Arg::Text(formula))])
        });
        self.say(
            K::observation_tooltip,
            &[
                ("date", Arg::Date(o.date)),
                ("percent", Arg::Num(o.percent, 1)),
                ("wording", Arg::Text(&o.wording)),
                ("formula", Arg::Text(&formula)),
                ("source", Arg::Text(&o.source.cited_as)),
            ],
        )
    }

    fn projected_tooltip(&self, date: Date, percent: f64) -> String {
        let args = [("date", Arg::Date(date)), ("percent", Arg::Num(percent, 1))];
        self.say(K::projected_tooltip, &args)
    }

    fn all_programs_label(&self, count: u32) -> String {
        self.say(K::all_programs_label, &[("count", int(count))])
    }

    fn all_programs_name(&self, count: u32) -> String {
        self.say(K::all_programs_name, &[("count", int(count))])
    }

    fn projected_date_label(&self, date: Date) -> String {
        self.say(K::projected_date_label, &[("date", Arg::Date(date))])
    }

    fn stall_label(&self, level: f64) -> String {
        self.say(K::stall_label, &[("level", Arg::Num(level, 0))])
    }

    fn guess_label(&self, guess: Date) -> String {
        self.say(K::guess_label, &[("date", Arg::Date(guess))])
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
                let args = [
                    ("percent", Arg::Num(o.percent, 1)),
                    ("date", Arg::Date(o.date)),
                ];
                self.say(K::completion_reported_item, &args)
            })
            .collect();
        let listed = join_with(
            &reported,
            self.word(K::completion_reported_comma),
            self.word(K::list_and),
        );
        let reported = full_stop(self.say(K::completion_reported, &[("list", Arg::Text(&listed))]));
        let ending = match done {
            Some(date) => self.say(K::completion_done, &[("date", Arg::Date(date))]),
            None => self.say(K::completion_stall, &[("level", Arg::Num(level, 0))]),
        };
        self.say(
            K::completion_description,
            &[
                ("count", int(count)),
                ("reported", Arg::Text(&reported)),
                ("pace", Arg::Num(pace, 1)),
                ("band", Arg::Num(band_percent, 0)),
                ("ending", Arg::Text(&ending)),
            ],
        )
    }

    fn trade_series(&self, category: TradeCategory, kind: &Kind) -> &'static str {
        self.word(match (category, kind) {
            (TradeCategory::Goods, Kind::Reported) => K::trade_series_goods_reported,
            (TradeCategory::Goods, _) => K::trade_series_goods_derived,
            (TradeCategory::Services, Kind::Reported) => K::trade_series_services_reported,
            (TradeCategory::Services, _) => K::trade_series_services_derived,
        })
    }

    fn trade_axis_template(&self) -> &'static str {
        self.word(K::trade_axis_template)
    }

    fn trade_tooltip(&self, value: &TradeValue) -> String {
        let wording = [("wording", Arg::Text(&value.wording))];
        let basis = match (&value.kind, value.formula.as_deref()) {
            (Kind::Derived, Some(formula)) => {
                self.say(K::trade_basis_formula, &[("formula", Arg::Text(formula))])
            }
            (Kind::Derived, None) => self.say(K::trade_basis_derived, &wording),
            _ => self.say(K::trade_basis_quoted, &wording),
        };
        self.say(
            K::trade_tooltip,
            &[
                ("year", Arg::Int(value.year.into())),
                ("category", Arg::Text(self.category(value.category))),
                ("billions", Arg::Text(&self.billions(value.value))),
                ("basis", Arg::Text(&basis)),
                ("source", Arg::Text(&value.source.cited_as)),
            ],
        )
    }

    fn trade_description(
        &self,
        reported: &[(i32, Vec<TradeAmount>)],
        derived: &[DerivedTrade],
    ) -> String {
        let years: Vec<String> = reported
            .iter()
            .map(|(year, amounts)| {
                let amounts: Vec<String> = amounts.iter().map(|a| self.trade_amount(a)).collect();
                let amounts = self.join(&amounts);
                let args = [
                    ("year", Arg::Int((*year).into())),
                    ("amounts", Arg::Text(&amounts)),
                ];
                self.say(K::trade_year, &args)
            })
            .collect();
        let mut parts: Vec<String> = Vec::new();
        if !years.is_empty() {
            let years = years.join("; ");
            parts.push(self.say(K::trade_reported, &[("years", Arg::Text(&years))]));
        }
        parts.extend(derived.iter().map(|d| self.derived_trade(d)));
        parts_or(
            self,
            parts,
            K::trade_description,
            K::trade_description_empty,
        )
    }

    fn balance_axis(&self) -> &'static str {
        self.word(K::balance_axis)
    }

    fn balance_series(&self, direction: Direction, kind: &Kind) -> String {
        let kind = self.word(match kind {
            Kind::Reported => K::balance_kind_reported,
            Kind::Derived => K::balance_kind_derived,
            Kind::Projected => K::balance_kind_projected,
        });
        let args = [
            ("direction", Arg::Text(self.direction_title(direction))),
            ("kind", Arg::Text(kind)),
        ];
        self.say(K::balance_series, &args)
    }

    fn balance_unreported_series(&self, direction: Direction) -> &'static str {
        self.word(match direction {
            Direction::Surplus => K::balance_unreported_surplus,
            Direction::Deficit => K::balance_unreported_deficit,
        })
    }

    fn balance_marker_label(&self, direction: Direction, first: bool) -> String {
        if first {
            let args = [("direction", Arg::Text(self.direction(direction)))];
            self.say(K::balance_marker_first, &args)
        } else {
            let args = [("direction", Arg::Text(self.direction_title(direction)))];
            self.say(K::balance_marker, &args)
        }
    }

    fn balance_tooltip(&self, entry: &BalanceEntry) -> String {
        let direction = ("direction", Arg::Text(self.direction(entry.direction)));
        let amount = match entry.value {
            Some(value) => {
                let billions = self.billions(value.abs());
                self.say(
                    K::balance_tooltip_amount,
                    &[direction, ("billions", Arg::Text(&billions))],
                )
            }
            None => self.say(K::balance_tooltip_unreported, &[direction]),
        };
        let derived = if entry.kind == Kind::Derived {
            self.word(K::balance_derived_mark)
        } else {
            ""
        };
        self.say(
            K::balance_tooltip,
            &[
                ("year", Arg::Int(entry.year.into())),
                ("amount", Arg::Text(&amount)),
                ("derived", Arg::Text(derived)),
                ("wording", Arg::Text(&entry.wording)),
                ("source", Arg::Text(&entry.source.cited_as)),
            ],
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
                    let derived = if *derived {
                        self.word(K::balance_derived_mark)
                    } else {
                        ""
                    };
                    let args = [
                        ("value", Arg::Num(*value, 1)),
                        ("year", Arg::Int((*year).into())),
                        ("derived", Arg::Text(derived)),
                    ];
                    self.say(K::balance_amount, &args)
                })
                .collect();
            let key = match (amounts.len(), v.direction) {
                (0, _) => continue,
                (1, _) => K::balance_one,
                (_, Direction::Deficit) => K::balance_many_deficit,
                (_, Direction::Surplus) => K::balance_many_surplus,
            };
            let amounts = self.join(&amounts);
            let args = [
                ("direction", Arg::Text(self.direction(v.direction))),
                ("amounts", Arg::Text(&amounts)),
            ];
            parts.push(self.say(key, &args));
        }
        for (year, direction, first) in unvalued {
            let key = if *first {
                K::balance_unvalued_first
            } else {
                K::balance_unvalued
            };
            let args = [
                ("year", Arg::Int((*year).into())),
                ("direction", Arg::Text(self.direction(*direction))),
            ];
            parts.push(self.say(key, &args));
        }
        parts_or(
            self,
            parts,
            K::balance_description,
            K::balance_description_empty,
        )
    }

    fn timeline_series(&self) -> &'static str {
        self.word(K::timeline_series)
    }

    fn timeline_gap(&self, years: i32) -> String {
        self.say(K::timeline_gap, &[("years", Arg::Int(years.into()))])
    }

    fn milestone_tooltip(&self, m: &Milestone) -> String {
        self.say(
            K::milestone_tooltip,
            &[
                ("when", Arg::Text(&m.when)),
                ("title", Arg::Text(&m.title)),
                ("detail", Arg::Text(&m.detail)),
                ("source", Arg::Text(&m.source.cited_as)),
            ],
        )
    }

    fn timeline_description(&self, milestones: &[Milestone]) -> String {
        match milestones {
            [] => self.word(K::timeline_empty).into(),
            [only] => self.say(
                K::timeline_one,
                &[
                    ("title", Arg::Text(&only.title)),
                    ("when", Arg::Text(&only.when)),
                ],
            ),
            [first, .., last] => self.say(
                K::timeline_many,
                &[
                    ("count", Arg::Int(milestones.len() as i64)),
                    ("first", Arg::Text(&first.title)),
                    ("first_when", Arg::Text(&first.when)),
                    ("last", Arg::Text(&last.title)),
                    ("last_when", Arg::Text(&last.when)),
                ],
            ),
        }
    }
}

/// The pieces of the trade description.
trait TradeParts {
    /// One reported amount: "about $5 billion in services".
    fn trade_amount(&self, amount: &TradeAmount) -> String;
    /// One derived category: its amounts and the growth rates they come from.
    fn derived_trade(&self, derived: &DerivedTrade) -> String;
    /// "Deficit" or "Surplus", as a name begins.
    fn direction_title(&self, direction: Direction) -> &'static str;
}

impl<S: Speaks + Messages> TradeParts for S {
    fn trade_amount(&self, a: &TradeAmount) -> String {
        let about = if a.hedged {
            self.word(K::trade_about)
        } else {
            ""
        };
        let args = [
            ("about", Arg::Text(about)),
            ("value", Arg::Num(a.value, 1)),
            ("category", Arg::Text(self.category(a.category))),
        ];
        self.say(K::trade_amount, &args)
    }

    fn derived_trade(&self, d: &DerivedTrade) -> String {
        let amounts: Vec<String> = d
            .amounts
            .iter()
            .map(|(value, year)| {
                let args = [
                    ("value", Arg::Num(*value, 1)),
                    ("year", Arg::Int((*year).into())),
                ];
                self.say(K::trade_derived_amount, &args)
            })
            .collect();
        let basis = if d.rates.is_empty() {
            String::new()
        } else {
            let rates: Vec<String> = d
                .rates
                .iter()
                .map(|(percent, year)| {
                    let args = [
                        ("percent", Arg::Num(*percent, 1)),
                        ("year", Arg::Int((*year).into())),
                    ];
                    self.say(K::trade_rate, &args)
                })
                .collect();
            let key = match (d.rates.len(), d.rates_reported) {
                (1, true) => K::trade_rates_one_reported,
                (1, false) => K::trade_rates_one,
                (_, true) => K::trade_rates_many_reported,
                (_, false) => K::trade_rates_many,
            };
            self.say(key, &[("rates", Arg::Text(&self.join(&rates)))])
        };
        let key = match d.category {
            TradeCategory::Goods => K::trade_derived_goods,
            TradeCategory::Services => K::trade_derived_services,
        };
        let amounts = self.join(&amounts);
        self.say(
            key,
            &[
                ("amounts", Arg::Text(&amounts)),
                ("basis", Arg::Text(&basis)),
            ],
        )
    }

    fn direction_title(&self, direction: Direction) -> &'static str {
        self.word(match direction {
            Direction::Deficit => K::direction_title_deficit,
            Direction::Surplus => K::direction_title_surplus,
        })
    }
}
