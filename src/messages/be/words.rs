//! Belarusian: the word forms that agree with numbers, the month phrases, and the shared pieces
//! of sentences that the messages in this folder are built from.

use super::Be;
use crate::messages::Messages;
use crate::model::dataset::TradeCategory;
use crate::model::lang::Lang as L;
use crate::model::locale::{self, Case};
use crate::model::plural::{category_of_shown, Forms};
use crate::model::Date;

/// "праграма" after "з", "ўсіх" and other genitives: "з 21 праграмы", "з 28 праграм".
pub(super) const PROGRAMS_GEN: Forms = Forms::new("праграмы", "праграм", "праграм", "праграмы");
/// "праграма" in the nominative: "усе 21 праграма", "усе 28 праграм".
pub(super) const PROGRAMS: Forms = Forms::new("праграма", "праграмы", "праграм", "праграмы");
/// "пункт" (percentage point) in the nominative or accusative.
pub(super) const POINTS: Forms = Forms::new("пункт", "пункты", "пунктаў", "пункта");
/// "працэнт" in the nominative or accusative: "на 10 працэнтаў".
pub(super) const PERCENT: Forms = Forms::new("працэнт", "працэнты", "працэнтаў", "працэнта");
/// "месяц" after "каля" (genitive): "каля 1 месяца", "каля 5 месяцаў".
pub(super) const MONTHS_GEN: Forms = Forms::new("месяца", "месяцаў", "месяцаў", "месяца");
/// "месяц" in the accusative: "на 1 месяц", "на 3 месяцы".
pub(super) const MONTHS: Forms = Forms::new("месяц", "месяцы", "месяцаў", "месяца");
/// "год" after "каля" (genitive): "каля 3,3 года", "каля 5 гадоў".
pub(super) const YEARS_GEN: Forms = Forms::new("года", "гадоў", "гадоў", "года");

/// A number as shown followed by the form of `forms` that agrees with it: "1,5 пункта".
pub(super) fn counted(shown: &str, forms: Forms) -> String {
    format!("{shown} {}", forms.pick(category_of_shown(L::Be, shown)))
}

/// "28 праграм", "21 праграмы": a program count after a genitive ("з", "ўсіх").
pub(super) fn of_programs(count: u32) -> String {
    counted(&count.to_string(), PROGRAMS_GEN)
}

/// "у верасні 2021 года" (after a consonant or at the start of a sentence).
pub(super) fn in_month(date: Date) -> String {
    let month = locale::month_name(L::Be, date.month(), Case::Prepositional);
    format!("у {month} {} года", date.year())
}

/// "да сакавіка 2024 года".
pub(super) fn by_month(date: Date) -> String {
    let month = locale::month_name(L::Be, date.month(), Case::Genitive);
    format!("да {month} {} года", date.year())
}

/// "у 2023 годзе": a year on its own in a sentence (after a consonant or a dash).
pub(super) fn in_year(year: i32) -> String {
    format!("у {year} годзе")
}

/// `text` ending with one full stop: a date already ends in "г.", which ends the sentence.
pub(super) fn full_stop(mut text: String) -> String {
    if !text.ends_with('.') {
        text.push('.');
    }
    text
}

/// "У верасні…" from "у верасні…": the first letter of a sentence.
pub(super) fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

impl Be {
    /// "1 пункт", "3,7 пункта", "5 пунктаў".
    pub(super) fn points(&self, value: f64) -> String {
        counted(&self.number(value, 1), POINTS)
    }

    /// "10 працэнтаў", "1 працэнт", "1,5 працэнта".
    pub(super) fn percent_words(&self, value: f64, decimals: usize) -> String {
        counted(&self.number(value, decimals), PERCENT)
    }

    /// "менш за месяц", "каля 5,4 месяца", "каля 3,3 года".
    pub(super) fn duration(&self, months: f64) -> String {
        if months < 1.0 {
            "менш за месяц".into()
        } else if months < 24.0 {
            format!("каля {}", counted(&self.number(months, 1), MONTHS_GEN))
        } else {
            format!(
                "каля {}",
                counted(&self.number(months / 12.0, 1), YEARS_GEN)
            )
        }
    }

    /// "Пры тэмпе 3,7 пункта за месяц" or "Пры пачатковым тэмпе … і запаволенні на 10
    /// працэнтаў за месяц".
    pub(super) fn pace_opening(&self, pace: f64, slowdown_percent: f64) -> String {
        let pace = self.points(pace);
        if slowdown_percent > 0.0 {
            format!(
                "Пры пачатковым тэмпе {pace} за месяц і запаволенні на {} за месяц",
                self.percent_words(slowdown_percent, 0)
            )
        } else {
            format!("Пры тэмпе {pace} за месяц")
        }
    }

    /// "пры тэмпе 3,7 пункта за месяц" with ", з запаволеннем на 10 працэнтаў за месяц".
    pub(super) fn pace_note(&self, pace: f64, slowdown_percent: f64) -> String {
        let slowing = if slowdown_percent > 0.0 {
            format!(
                ", з запаволеннем на {} за месяц",
                self.percent_words(slowdown_percent, 0)
            )
        } else {
            String::new()
        };
        format!("пры тэмпе {} за месяц{slowing}", self.points(pace))
    }

    /// An amount, or the words for one the source does not give.
    pub(super) fn amount_or_unreported(&self, amount: Option<f64>) -> String {
        amount.map_or_else(|| "сума не названа".into(), |v| self.billions(v))
    }

    /// "таварамі" or "паслугамі": a category after "гандаль" (instrumental).
    pub(super) fn category_ins(&self, category: TradeCategory) -> &'static str {
        match category {
            TradeCategory::Goods => "таварамі",
            TradeCategory::Services => "паслугамі",
        }
    }
}

/// `text` in quotation marks: «…», with any «…» inside it turned into „…“, the marks of a
/// quotation inside a quotation («каля 80 % (па-руску — „под 80%“)»).
pub(super) fn quoted(text: &str) -> String {
    format!("«{}»", text.replace('«', "„").replace('»', "“"))
}
