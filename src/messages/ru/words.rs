//! Russian: the word forms that agree with numbers, the month phrases, and the shared pieces
//! of sentences that the messages in this folder are built from.

use super::Ru;
use crate::messages::Messages;
use crate::model::dataset::TradeCategory;
use crate::model::lang::Lang as L;
use crate::model::locale::{self, Case};
use crate::model::plural::{category_of_shown, Forms};
use crate::model::Date;

/// "программа" after "из", "всех" and other genitives: "из 21 программы", "из 28 программ".
pub(super) const PROGRAMS_GEN: Forms = Forms::new("программы", "программ", "программ", "программы");
/// "программа" in the nominative: "все 21 программа", "все 28 программ".
pub(super) const PROGRAMS: Forms = Forms::new("программа", "программы", "программ", "программы");
/// "пункт" (percentage point) in the nominative or accusative.
pub(super) const POINTS: Forms = Forms::new("пункт", "пункта", "пунктов", "пункта");
/// "процент" in the nominative or accusative: "на 10 процентов".
pub(super) const PERCENT: Forms = Forms::new("процент", "процента", "процентов", "процента");
/// "месяц" after "около" (genitive): "около 1 месяца", "около 5 месяцев".
pub(super) const MONTHS_GEN: Forms = Forms::new("месяца", "месяцев", "месяцев", "месяца");
/// "месяц" in the accusative: "на 1 месяц", "на 3 месяца".
pub(super) const MONTHS: Forms = Forms::new("месяц", "месяца", "месяцев", "месяца");
/// "год" after "около" (genitive): "около 3,3 года", "около 5 лет".
pub(super) const YEARS_GEN: Forms = Forms::new("года", "лет", "лет", "года");

/// A number as shown followed by the form of `forms` that agrees with it: "1,5 пункта".
pub(super) fn counted(shown: &str, forms: Forms) -> String {
    format!("{shown} {}", forms.pick(category_of_shown(L::Ru, shown)))
}

/// "28 программ", "21 программы": a program count after a genitive ("из", "всех").
pub(super) fn of_programs(count: u32) -> String {
    counted(&count.to_string(), PROGRAMS_GEN)
}

/// "в апреле 2023 года".
pub(super) fn in_month(date: Date) -> String {
    let month = locale::month_name(L::Ru, date.month(), Case::Prepositional);
    format!("в {month} {} года", date.year())
}

/// "к марту 2024 года".
pub(super) fn by_month(date: Date) -> String {
    let month = locale::month_name(L::Ru, date.month(), Case::Dative);
    format!("к {month} {} года", date.year())
}

/// "в 2023 году": a year on its own in a sentence.
pub(super) fn in_year(year: i32) -> String {
    format!("в {year} году")
}

impl Ru {
    /// "1 пункт", "3,7 пункта", "5 пунктов".
    pub(super) fn points(&self, value: f64) -> String {
        counted(&self.number(value, 1), POINTS)
    }

    /// "10 процентов", "1 процент", "1,5 процента".
    pub(super) fn percent_words(&self, value: f64, decimals: usize) -> String {
        counted(&self.number(value, decimals), PERCENT)
    }

    /// "меньше месяца", "около 5,4 месяца", "около 3,3 года".
    pub(super) fn duration(&self, months: f64) -> String {
        if months < 1.0 {
            "меньше месяца".into()
        } else if months < 24.0 {
            format!("около {}", counted(&self.number(months, 1), MONTHS_GEN))
        } else {
            format!(
                "около {}",
                counted(&self.number(months / 12.0, 1), YEARS_GEN)
            )
        }
    }

    /// "При темпе 3,7 пункта в месяц" or "При начальном темпе … и замедлении на 10 процентов
    /// в месяц".
    pub(super) fn pace_opening(&self, pace: f64, slowdown_percent: f64) -> String {
        let pace = self.points(pace);
        if slowdown_percent > 0.0 {
            format!(
                "При начальном темпе {pace} в месяц и замедлении на {} в месяц",
                self.percent_words(slowdown_percent, 0)
            )
        } else {
            format!("При темпе {pace} в месяц")
        }
    }

    /// "3,7 пункта в месяц" with ", с замедлением на 10 процентов в месяц" when it slows.
    pub(super) fn pace_note(&self, pace: f64, slowdown_percent: f64) -> String {
        let slowing = if slowdown_percent > 0.0 {
            format!(
                ", с замедлением на {} в месяц",
                self.percent_words(slowdown_percent, 0)
            )
        } else {
            String::new()
        };
        format!("при темпе {} в месяц{slowing}", self.points(pace))
    }

    /// An amount, or the words for one the source does not give.
    pub(super) fn amount_or_unreported(&self, amount: Option<f64>) -> String {
        amount.map_or_else(|| "сумма не указана".into(), |v| self.billions(v))
    }

    /// "товарами" or "услугами": a category after "торговля" (instrumental).
    pub(super) fn category_ins(&self, category: TradeCategory) -> &'static str {
        match category {
            TradeCategory::Goods => "товарами",
            TradeCategory::Services => "услугами",
        }
    }
}

/// `text` ending with one full stop: a date already ends in "г.", which ends the sentence.
pub(super) fn full_stop(mut text: String) -> String {
    if !text.ends_with('.') {
        text.push('.');
    }
    text
}

/// "В апреле…" from "в апреле…": the first letter of a sentence.
pub(super) fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// `text` in quotation marks: «…», with any «…» inside it turned into „…“, the marks of a
/// quotation inside a quotation («70–80 процентов, „на финишной прямой“»).
pub(super) fn quoted(text: &str) -> String {
    format!("«{}»", text.replace('«', "„").replace('»', "“"))
}
