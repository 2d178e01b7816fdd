//! The story's, tables' and controls' sentences ([`Messages`]), once for every language.

use crate::messages::keys::K;
use crate::messages::phrase::{capitalised, number, Arg, Speaks};
use crate::messages::{GuessText, Labels, Messages, Rich, ScenarioText};
use crate::model::dataset::{
    Direction, Kind, Localized, Observation, Quote, TradeCategory, TreatyStatus,
};
use crate::model::format::NumberStyle;
use crate::model::lang::Lang;
use crate::model::locale::{self, Case};
use crate::model::{Date, PaceBasis, Theme, ThemeChoice};

use super::{full_stop, int};

/// A pace or remaining share in points, as the sliders show it (one decimal at most).
fn points(value: f64) -> Arg<'static> {
    Arg::Num(value, 1)
}

/// A percentage as the page rounds it: whole for slowdowns, bands and levels.
fn whole(value: f64) -> Arg<'static> {
    Arg::Num(value, 0)
}

impl<S: Speaks> Messages for S {
    fn lang(&self) -> Lang {
        S::LANG
    }

    fn number_style(&self) -> NumberStyle {
        NumberStyle {
            decimal: locale::decimal_symbol(S::LANG),
        }
    }

    fn number(&self, value: f64, decimals: usize) -> String {
        number(S::LANG, value, decimals)
    }

    fn month_name(&self, month: u32) -> &'static str {
        locale::month_name(S::LANG, month, Case::Nominative)
    }

    fn month_year(&self, date: Date) -> String {
        locale::month_year(S::LANG, date)
    }

    fn long_date(&self, date: Date) -> String {
        locale::date_long(S::LANG, date)
    }

    fn billions(&self, value: f64) -> String {
        // The minus is the sign's own character (U+2212), before any currency sign.
        let key = if value < 0.0 {
            K::billions_negative
        } else {
            K::billions
        };
        self.say(key, &[("value", Arg::Num(value.abs(), 2))])
    }

    fn kind(&self, kind: &Kind) -> &'static str {
        self.word(match kind {
            Kind::Reported => K::kind_reported,
            Kind::Derived => K::kind_derived,
            Kind::Projected => K::kind_projected,
        })
    }

    fn category(&self, category: TradeCategory) -> &'static str {
        self.word(match category {
            TradeCategory::Goods => K::category_goods,
            TradeCategory::Services => K::category_services,
        })
    }

    fn direction(&self, direction: Direction) -> &'static str {
        self.word(match direction {
            Direction::Deficit => K::direction_deficit,
            Direction::Surplus => K::direction_surplus,
        })
    }

    fn treaty_status(&self, status: TreatyStatus) -> &'static str {
        self.word(match status {
            TreatyStatus::Stalled => K::status_stalled,
            TreatyStatus::Agreed => K::status_agreed,
        })
    }

    fn labels(&self) -> &'static Labels {
        S::LABELS
    }

    fn guess_question(&self, count: u32) -> String {
        self.say(K::guess_question, &[("count", int(count))])
    }

    fn guess_year_problem(&self, earliest: i32, latest: i32) -> String {
        let args = [
            ("earliest", Arg::Int(earliest.into())),
            ("latest", Arg::Int(latest.into())),
        ];
        self.say(K::guess_year_problem, &args)
    }

    fn pace_value(&self, pace: f64) -> String {
        self.say(K::pace_value, &[("pace", points(pace))])
    }

    fn slowdown_spoken(&self, percent: f64) -> String {
        self.say(K::slowdown_spoken, &[("percent", whole(percent))])
    }

    fn slowdown_value(&self, percent: f64) -> String {
        self.say(K::slowdown_value, &[("percent", whole(percent))])
    }

    fn basis_choice(&self, basis: PaceBasis, pace: f64) -> String {
        let basis = self.word(match basis {
            PaceBasis::LatestTwo => K::basis_latest_two,
            PaceBasis::FirstToLast => K::basis_first_to_last,
        });
        let args = [("basis", Arg::Text(basis)), ("pace", points(pace))];
        self.say(K::basis_choice, &args)
    }

    fn progress_title(&self, count: u32) -> String {
        self.say(K::progress_title, &[("count", int(count))])
    }

    fn projected_method(&self, band_percent: f64) -> String {
        self.say(K::projected_method, &[("band", whole(band_percent))])
    }

    fn completion_caption(&self, count: u32) -> String {
        self.say(K::completion_caption, &[("count", int(count))])
    }

    fn programs_column(&self, count: u32) -> String {
        self.say(K::programs_column, &[("count", int(count))])
    }

    fn embed_source(&self, publisher: &str, date: Date) -> Rich {
        let args = [
            ("publisher", Arg::Cite(publisher)),
            ("date", Arg::Date(date)),
        ];
        self.say_rich(K::embed_source, &args)
    }

    fn kicker(&self) -> &'static str {
        self.word(K::kicker)
    }

    fn headline(&self, count: u32) -> String {
        self.say(K::headline, &[("count", int(count))])
    }

    fn lede(&self, count: u32, agreed: Date, latest: Option<&Observation>) -> String {
        let agreed = self.say(
            K::lede_agreed,
            &[("count", int(count)), ("agreed", Arg::Date(agreed))],
        );
        let latest = latest.map(|o| {
            let args = [
                ("count", int(count)),
                ("date", Arg::Date(o.date)),
                ("percent", points(o.percent)),
                ("wording", Arg::Text(&o.wording)),
            ];
            self.say(K::lede_latest, &args)
        });
        agreed + &latest.unwrap_or_default()
    }

    fn loading(&self) -> &'static str {
        self.word(K::loading)
    }

    fn theme_label(&self) -> &'static str {
        self.word(K::theme_label)
    }

    fn theme_choice(&self, choice: ThemeChoice) -> &'static str {
        self.word(match choice {
            ThemeChoice::Device => K::theme_device,
            ThemeChoice::Fixed(Theme::Light) => K::theme_light,
            ThemeChoice::Fixed(Theme::Dark) => K::theme_dark,
        })
    }

    fn language_label(&self) -> &'static str {
        self.word(K::language_label)
    }

    fn document_title(&self, count: u32) -> String {
        self.say(K::document_title, &[("count", int(count))])
    }

    fn app_name(&self) -> &'static str {
        self.word(K::app_name)
    }

    fn app_short_name(&self) -> &'static str {
        self.word(K::app_short_name)
    }

    fn credit(&self, subject: &str, publisher: &str, place: &str, date: Date) -> Rich {
        let args = [
            ("subject", Arg::Text(subject)),
            ("publisher", Arg::Cite(publisher)),
            ("place", Arg::Text(place)),
            ("date", Arg::Date(date)),
        ];
        self.say_rich(K::credit, &args)
    }

    fn figure_programs(&self, agreed: Date) -> String {
        self.say(K::figure_programs, &[("agreed", Arg::Date(agreed))])
    }

    fn figure_percent_value(&self, percent: f64) -> String {
        self.say(K::figure_percent_value, &[("percent", points(percent))])
    }

    fn figure_percent(&self, date: Date) -> String {
        self.say(K::figure_percent, &[("date", Arg::Date(date))])
    }

    fn quotation(&self, text: &str) -> String {
        self.quote(text)
    }

    fn figure_trade_value(&self, goods: f64) -> String {
        self.say(K::figure_trade_value, &[("goods", Arg::Num(goods, 1))])
    }

    fn figure_trade(&self, year: i32, services: Option<f64>) -> String {
        let year = ("year", Arg::Int(year.into()));
        match services {
            Some(services) => self.say(
                K::figure_trade_services,
                &[year, ("services", Arg::Num(services, 1))],
            ),
            None => self.say(K::figure_trade, &[year]),
        }
    }

    fn figure_surplus_value(&self) -> &'static str {
        self.word(K::figure_surplus_value)
    }

    fn figure_surplus(&self, year: i32, amount: Option<f64>) -> String {
        let amount = self.amount_or_unreported(amount);
        let args = [
            ("year", Arg::Int(year.into())),
            ("amount", Arg::Text(&amount)),
        ];
        self.say(K::figure_surplus, &args)
    }

    fn scenario_sentence(&self, text: ScenarioText) -> String {
        match text {
            // A Russian or Belarusian date ends in "г.", which ends the sentence.
            ScenarioText::AlreadyDone { count, since } => full_stop(self.say(
                K::scenario_done,
                &[("count", int(count)), ("since", Arg::Date(since))],
            )),
            ScenarioText::Completes {
                pace,
                slowdown_percent,
                remaining,
                months,
                done,
                count,
            } => {
                let opening = self.pace_opening(pace, slowdown_percent);
                let duration = self.duration(months);
                let args = [
                    ("opening", Arg::Text(&opening)),
                    ("remaining", points(remaining)),
                    ("duration", Arg::Text(&duration)),
                    ("count", int(count)),
                    ("done", Arg::Date(done)),
                ];
                self.say(K::scenario_completes, &args)
            }
            ScenarioText::Stopped { percent } => {
                self.say(K::scenario_stopped, &[("percent", points(percent))])
            }
            ScenarioText::LevelsOff {
                pace,
                slowdown_percent,
                level,
                count,
            } => {
                let opening = self.pace_opening(pace, slowdown_percent);
                let args = [
                    ("opening", Arg::Text(&opening)),
                    ("level", whole(level)),
                    ("count", int(count)),
                ];
                self.say(K::scenario_levels_off, &args)
            }
        }
    }

    fn quoted_note(&self, wording: &str, formula: Option<&str>) -> String {
        match formula {
            Some(formula) => self.say(
                K::quoted_note,
                &[
                    ("wording", Arg::Text(wording)),
                    ("formula", Arg::Text(formula)),
                ],
            ),
            None => self.quote(wording),
        }
    }

    fn quoted_note_rich(&self, quote: &Quote, formula: Option<&Localized>) -> Rich {
        let wording = ("wording", Arg::Quoted(quote));
        match formula {
            Some(formula) => {
                self.say_rich(K::quoted_note, &[wording, ("formula", Arg::Data(formula))])
            }
            // The note is the quotation alone: no phrase holds it.
            None => {
                let mut rich = Rich::default();
                crate::messages::phrase::quoted(Self::LANG, Self::PHRASES, quote, &mut rich);
                rich
            }
        }
    }

    fn projected_note(&self, pace: f64, slowdown_percent: f64) -> String {
        self.pace_note(pace, slowdown_percent)
    }

    fn projected_done_note(&self, count: u32, pace: f64, slowdown_percent: f64) -> String {
        let note = self.pace_note(pace, slowdown_percent);
        let args = [("count", int(count)), ("note", Arg::Text(&note))];
        self.say(K::projected_done_note, &args)
    }

    fn projection_source(&self) -> &'static str {
        self.word(K::projection_source)
    }

    fn guess_comparison(&self, text: GuessText) -> String {
        match text {
            GuessText::Completes {
                guess,
                projected,
                months_late,
            } => {
                let key = match months_late {
                    0 => K::guess_same,
                    late if late > 0 => K::guess_later,
                    _ => K::guess_earlier,
                };
                let args = [
                    ("guess", Arg::Date(guess)),
                    ("projected", Arg::Date(projected)),
                    ("months", Arg::Int(months_late.abs())),
                ];
                self.say(key, &args)
            }
            GuessText::Stalls {
                guess,
                count,
                level,
            } => {
                let args = [
                    ("guess", Arg::Date(guess)),
                    ("count", int(count)),
                    ("level", whole(level)),
                ];
                self.say(K::guess_stalls, &args)
            }
        }
    }

    fn projection_hidden(&self) -> &'static str {
        self.word(K::projection_hidden)
    }

    fn trade_measure(&self, category: TradeCategory) -> &'static str {
        self.word(match category {
            TradeCategory::Goods => K::measure_goods,
            TradeCategory::Services => K::measure_services,
        })
    }

    fn growth_measure(&self) -> &'static str {
        self.word(K::growth_measure)
    }

    fn growth_value(&self, percent: f64) -> String {
        self.say(K::growth_value, &[("percent", points(percent))])
    }

    fn derived_note(&self, formula: &Localized) -> Rich {
        self.say_rich(K::derived_note, &[("formula", Arg::Data(formula))])
    }

    fn balance_value(&self, direction: Direction, amount: Option<f64>) -> String {
        let direction = ("direction", Arg::Text(self.direction(direction)));
        match amount {
            Some(value) => {
                let amount = self.billions(value);
                self.say(
                    K::balance_value,
                    &[direction, ("amount", Arg::Text(&amount))],
                )
            }
            None => self.say(K::balance_value_unreported, &[direction]),
        }
    }

    fn supports_programs(&self, count: u32) -> String {
        self.say(K::supports_programs, &[("count", int(count))])
    }

    fn supports_progress(&self, percent: f64, date: Date, kind: &Kind) -> String {
        let args = [
            ("percent", points(percent)),
            ("date", Arg::Date(date)),
            ("kind", Arg::Text(self.kind(kind))),
        ];
        self.say(K::supports_progress, &args)
    }

    fn supports_growth(&self, percent: f64, year: i32) -> String {
        let args = [
            ("percent", points(percent)),
            ("year", Arg::Int(year.into())),
        ];
        self.say(K::supports_growth, &args)
    }

    fn supports_trade(
        &self,
        value: f64,
        category: TradeCategory,
        year: i32,
        kind: &Kind,
    ) -> String {
        let amount = self.billions(value);
        let args = [
            ("amount", Arg::Text(&amount)),
            ("category", Arg::Text(self.category(category))),
            ("with_category", Arg::Text(self.with_category(category))),
            ("year", Arg::Int(year.into())),
            ("kind", Arg::Text(self.kind(kind))),
        ];
        self.say(K::supports_trade, &args)
    }

    fn supports_balance(&self, direction: Direction, year: i32, amount: Option<f64>) -> String {
        let amount = self.amount_or_unreported(amount);
        let args = [
            ("direction", Arg::Text(self.direction(direction))),
            ("year", Arg::Int(year.into())),
            ("amount", Arg::Text(&amount)),
        ];
        self.say(K::supports_balance, &args)
    }

    fn supports_milestone(&self, title: &str, when: &str) -> String {
        let args = [("title", Arg::Text(title)), ("when", Arg::Text(when))];
        self.say(K::supports_milestone, &args)
    }

    fn supports_treaty(&self, item: &str, status: TreatyStatus, since: &str) -> String {
        // As the treaty list says it: an agreed item's date carries its own preposition.
        let key = match status {
            TreatyStatus::Stalled => K::supports_treaty_stalled,
            TreatyStatus::Agreed => K::supports_treaty_agreed,
        };
        self.say(
            key,
            &[("item", Arg::Text(item)), ("since", Arg::Text(since))],
        )
    }
}

/// The clauses several sentences share, each a phrase of its own.
trait Clauses {
    /// "At 3.7 points a month" or "Starting at … and slowing by 10 percent each month".
    fn pace_opening(&self, pace: f64, slowdown_percent: f64) -> String;
    /// "at 3.7 points a month", with the slowdown when there is one.
    fn pace_note(&self, pace: f64, slowdown_percent: f64) -> String;
    /// "less than a month", "about 5.4 months", "about 3.3 years".
    fn duration(&self, months: f64) -> String;
    /// An amount in US$ billion, or the words for one the source does not give.
    fn amount_or_unreported(&self, amount: Option<f64>) -> String;
    /// A trade category after "trade in" (Russian and Belarusian: the instrumental).
    fn with_category(&self, category: TradeCategory) -> &'static str;
}

impl<S: Speaks> Clauses for S {
    fn pace_opening(&self, pace: f64, slowdown_percent: f64) -> String {
        // A steady pace opens the sentence with the words of the table's note.
        if slowdown_percent <= 0.0 {
            return capitalised(&self.pace_note(pace, slowdown_percent));
        }
        let args = [
            ("pace", points(pace)),
            ("slowdown", whole(slowdown_percent)),
        ];
        self.say(K::pace_opening_slowing, &args)
    }

    fn pace_note(&self, pace: f64, slowdown_percent: f64) -> String {
        let key = if slowdown_percent > 0.0 {
            K::pace_note_slowing
        } else {
            K::pace_note
        };
        let args = [
            ("pace", points(pace)),
            ("slowdown", whole(slowdown_percent)),
        ];
        self.say(key, &args)
    }

    fn duration(&self, months: f64) -> String {
        if months < 1.0 {
            self.word(K::duration_under_month).into()
        } else if months < 24.0 {
            self.say(K::duration_months, &[("months", points(months))])
        } else {
            self.say(K::duration_years, &[("years", points(months / 12.0))])
        }
    }

    fn amount_or_unreported(&self, amount: Option<f64>) -> String {
        amount.map_or_else(
            || self.word(K::amount_not_reported).into(),
            |v| self.billions(v),
        )
    }

    fn with_category(&self, category: TradeCategory) -> &'static str {
        self.word(match category {
            TradeCategory::Goods => K::with_goods,
            TradeCategory::Services => K::with_services,
        })
    }
}
