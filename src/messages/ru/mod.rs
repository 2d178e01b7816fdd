//! Russian: the story, tables and controls, for native readers. The terms are those of
//! `docs/glossary.md`; numbers and dates come from `model::locale`, and every noun, adjective
//! or verb that follows a number agrees with it as shown, through `model::plural`. `charts.rs`
//! holds the charts' words, `data.rs` the data bar's and errors', `noscript.rs` the page without
//! JavaScript, and `words.rs` the word forms and phrases they share.

mod noscript;
mod story;
mod words;

use super::{GuessText, Label, Messages, ScenarioText};
use crate::model::dataset::{Direction, Kind, Observation, TradeCategory, TreatyStatus};
use crate::model::format::NumberStyle;
use crate::model::lang::Lang as L;
use crate::model::locale::{self, Case};
use crate::model::plural::Forms;
use crate::model::{Date, PaceBasis, Theme, ThemeChoice};
use words::*;

/// The Russian messages.
pub struct Ru;

impl crate::messages::phrase::Speaks for Ru {
    const LANG: crate::model::lang::Lang = crate::model::lang::Lang::Ru;
    const PHRASES: &'static crate::messages::phrase::Phrases =
        &crate::messages::phrase::Phrases::parse(include_str!("phrases.txt"));
}

impl Messages for Ru {
    fn lang(&self) -> crate::model::lang::Lang {
        crate::model::lang::Lang::Ru
    }

    fn number_style(&self) -> NumberStyle {
        NumberStyle { decimal: ',' }
    }

    // Grouped with no-break spaces ("1 234,5"), which `number_in` does not do.
    fn number(&self, value: f64, decimals: usize) -> String {
        locale::number(L::Ru, value, decimals)
    }

    fn month_name(&self, month: u32) -> &'static str {
        locale::month_name(L::Ru, month, Case::Nominative)
    }

    fn month_year(&self, date: Date) -> String {
        locale::month_year(L::Ru, date)
    }

    fn long_date(&self, date: Date) -> String {
        locale::date_long(L::Ru, date)
    }

    // "млрд" is followed by the genitive plural whatever the number: "1,5 млрд долларов".
    fn billions(&self, value: f64) -> String {
        if value < 0.0 {
            format!("−{} млрд долларов", self.number(-value, 2))
        } else {
            format!("{} млрд долларов", self.number(value, 2))
        }
    }

    // Neuter, agreeing with the "значение" (value) they describe.
    fn kind(&self, kind: &Kind) -> &'static str {
        match kind {
            Kind::Reported => "заявленное",
            Kind::Derived => "расчётное",
            Kind::Projected => "прогнозное",
        }
    }

    fn category(&self, category: TradeCategory) -> &'static str {
        match category {
            TradeCategory::Goods => "товары",
            TradeCategory::Services => "услуги",
        }
    }

    fn direction(&self, direction: Direction) -> &'static str {
        match direction {
            Direction::Deficit => "дефицит",
            Direction::Surplus => "профицит",
        }
    }

    fn treaty_status(&self, status: TreatyStatus) -> &'static str {
        match status {
            TreatyStatus::Stalled => "заморожено",
            TreatyStatus::Agreed => "согласовано",
        }
    }

    fn label(&self, label: Label) -> &'static str {
        match label {
            Label::SkipLink => "Перейти к обзору",
            Label::UpdateReady => "Готова новая версия обзора.",
            Label::Reload => "Обновить",
            Label::PredictToggle => "Сначала предсказать: скрыть прогноз, пока я не сделаю предположение",
            Label::Month => "Месяц",
            Label::Year => "Год",
            Label::Reveal => "Показать прогноз",
            Label::GuessAgain => "Предположить ещё раз",
            Label::ScenarioTitle => "Ваш сценарий",
            Label::Pace => "Темп выполнения",
            Label::Slowdown => "Замедление на последнем этапе",
            Label::Basis => "Исходный темп",
            Label::Reset => "Сбросить к заявленному темпу",
            Label::ProjectionHiddenSentence => "Прогноз скрыт, пока вы не сделаете предположение.",
            Label::Projected => "прогноз",
            Label::ScenarioOnline => "Этот сценарий на сайте: ",
            Label::ReportedMethod => "Заявленные значения — цифры самой статьи. Расчётная начальная точка основана на допущении, что до декрета, утвердившего программы, ничего не было выполнено. ",
            Label::Date => "Дата",
            Label::Implemented => "Выполнено",
            Label::Kind => "Вид",
            Label::WordingOrMethod => "Формулировка или метод",
            Label::Source => "Источник",
            Label::OpenFull => "Открыть весь обзор",
        }
    }

    fn guess_question(&self, count: u32) -> String {
        format!(
            "Как вы думаете, когда будет завершено выполнение всех {}?",
            of_programs(count)
        )
    }

    fn guess_year_problem(&self, earliest: i32, latest: i32) -> String {
        format!("Введите год от {earliest} до {latest}.")
    }

    fn pace_value(&self, pace: f64) -> String {
        format!("{} в месяц", self.points(pace))
    }

    fn slowdown_spoken(&self, percent: f64) -> String {
        format!(
            "темп снижается на {} в месяц",
            self.percent_words(percent, 0)
        )
    }

    fn slowdown_value(&self, percent: f64) -> String {
        format!(
            "темп снижается на {} в месяц",
            locale::percent(L::Ru, percent, 0)
        )
    }

    fn basis_choice(&self, basis: PaceBasis, pace: f64) -> String {
        let basis = match basis {
            // Short: a <select> shows its choice on one line (the panel is 22rem); the pace's unit
            // is in the slider's value just above.
            PaceBasis::LatestTwo => "Два последних отчёта",
            PaceBasis::FirstToLast => "Весь период наблюдений",
        };
        format!("{basis} ({})", self.number(pace, 1))
    }

    fn progress_title(&self, count: u32) -> String {
        format!("Выполнение {}", of_programs(count))
    }

    fn projected_method(&self, band_percent: f64) -> String {
        let band = self.percent_words(band_percent, 0);
        format!("Прогнозные значения продолжают последний отчёт с выбранным темпом; затенённая полоса — темп на {band} ниже или выше выбранного.")
    }

    fn completion_caption(&self, count: u32) -> String {
        format!(
            "Выполнение {}: заявленные, расчётные и прогнозные значения",
            of_programs(count)
        )
    }

    fn programs_column(&self, count: u32) -> String {
        format!("Процент × {count} (расчёт)")
    }

    fn embed_source(&self, publisher: &str, date: Date) -> String {
        format!(
            "Источник: {publisher}, {}, и источники, на которые ссылается статья. ",
            self.long_date(date)
        )
    }

    fn kicker(&self) -> &'static str {
        "Интеграция в Союзном государстве: интерактивный обзор"
    }

    fn headline(&self, count: u32) -> String {
        let programs = Forms::new(
            "союзную программу",
            "союзные программы",
            "союзных программ",
            "союзной программы",
        );
        format!(
            "Когда Беларусь и Россия выполнят {}?",
            counted(&count.to_string(), programs)
        )
    }

    fn lede(&self, count: u32, agreed: Date, latest: Option<&Observation>) -> String {
        let programs = Forms::new(
            "союзную программу",
            "союзные программы",
            "союзных программ",
            "союзной программы",
        );
        let agreed = format!(
            "{} Беларусь и Россия согласовали {} для углубления интеграции в Союзном государстве. ",
            capitalised(&in_month(agreed)),
            counted(&count.to_string(), programs)
        );
        let latest = latest.map(|o| {
            format!(
                "{}, по данным источника, было выполнено {} ({}). Измените темп, чтобы увидеть, когда будет завершено выполнение всех {}.",
                capitalised(&by_month(o.date)),
                locale::percent(L::Ru, o.percent, 1),
                quoted(&o.wording),
                of_programs(count)
            )
        });
        agreed + &latest.unwrap_or_default()
    }

    fn loading(&self) -> &'static str {
        "Загружается интерактивный обзор…"
    }

    fn theme_label(&self) -> &'static str {
        "Тема"
    }

    fn theme_choice(&self, choice: ThemeChoice) -> &'static str {
        match choice {
            ThemeChoice::Device => "Как на устройстве",
            ThemeChoice::Fixed(Theme::Light) => "Светлая",
            ThemeChoice::Fixed(Theme::Dark) => "Тёмная",
        }
    }

    fn language_label(&self) -> &'static str {
        "Язык"
    }

    fn document_title(&self, count: u32) -> String {
        // The genitive after "выполнение" agrees with any count: "21 программы", "28 программ".
        format!(
            "Интеграция в Союзном государстве: когда завершится выполнение {}?",
            of_programs(count)
        )
    }

    fn app_name(&self) -> &'static str {
        "Интеграция в Союзном государстве"
    }

    fn app_short_name(&self) -> &'static str {
        "Союзное государство"
    }

    // `subject` is the article's English description; the sentence names the article by its
    // publisher and date instead, so no English phrase sits inside the Russian one.
    fn credit(&self, _subject: &str, publisher: &str, place: &str, date: Date) -> String {
        format!(
            "Все цифры взяты из статьи {publisher} ({place}) от {} и из источников, на которые она ссылается.",
            self.long_date(date)
        )
    }

    fn figure_programs(&self, agreed: Date) -> String {
        // The count stands beside this caption but is not passed: "число" agrees with any.
        format!("число союзных программ, согласованных {}", in_month(agreed))
    }

    fn figure_percent_value(&self, percent: f64) -> String {
        locale::percent(L::Ru, percent, 1)
    }

    fn figure_percent(&self, date: Date) -> String {
        format!("выполнено {}", by_month(date))
    }

    fn quotation(&self, text: &str) -> String {
        quoted(text)
    }

    fn figure_trade_value(&self, goods: f64) -> String {
        // The key figure's compact form, as the Russian press writes it; prose says "млрд долларов".
        format!("${}\u{a0}млрд", self.number(goods, 1))
    }

    fn figure_trade(&self, year: i32, services: Option<f64>) -> String {
        match services {
            Some(services) => format!(
                "торговля товарами между Беларусью и Россией {}; услугами — ещё около {} млрд долларов",
                in_year(year),
                self.number(services, 1)
            ),
            None => format!("торговля товарами между Беларусью и Россией {}", in_year(year)),
        }
    }

    fn figure_surplus_value(&self) -> &'static str {
        "1-й"
    }

    fn figure_surplus(&self, year: i32, amount: Option<f64>) -> String {
        format!(
            "за всю историю профицит в торговле Беларуси с Россией — {} ({})",
            in_year(year),
            self.amount_or_unreported(amount)
        )
    }

    fn scenario_sentence(&self, text: ScenarioText) -> String {
        match text {
            ScenarioText::AlreadyDone { count, since } => full_stop(format!(
                "По данным источника, выполнение всех {} завершено к {}",
                of_programs(count),
                self.long_date(since)
            )),
            ScenarioText::Completes {
                pace,
                slowdown_percent,
                remaining,
                months,
                done,
                count,
            } => format!(
                "{} остаток в {} займёт {}: выполнение всех {} завершится примерно {}.",
                self.pace_opening(pace, slowdown_percent),
                self.points(remaining),
                self.duration(months),
                of_programs(count),
                by_month(done)
            ),
            ScenarioText::Stopped { percent } => format!(
                "При темпе 0 пунктов в месяц выполнение остаётся на уровне {}: выполнить все программы не удастся никогда.",
                locale::percent(L::Ru, percent, 1)
            ),
            ScenarioText::LevelsOff {
                pace,
                slowdown_percent,
                level,
                count,
            } => format!(
                "{} рост остановится около {}, и все {} так и не будут выполнены.",
                self.pace_opening(pace, slowdown_percent),
                locale::percent(L::Ru, level, 0),
                counted(&count.to_string(), PROGRAMS)
            ),
        }
    }

    fn quoted_note(&self, wording: &str, formula: Option<&str>) -> String {
        match formula {
            Some(formula) => format!("{} — {formula}", quoted(wording)),
            None => quoted(wording),
        }
    }

    fn projected_note(&self, pace: f64, slowdown_percent: f64) -> String {
        self.pace_note(pace, slowdown_percent)
    }

    fn projected_done_note(&self, count: u32, pace: f64, slowdown_percent: f64) -> String {
        format!(
            "выполнены все программы ({count}), {}",
            self.pace_note(pace, slowdown_percent)
        )
    }

    fn projection_source(&self) -> &'static str {
        "Прогноз на этой странице"
    }

    fn guess_comparison(&self, text: GuessText) -> String {
        let months = |n: i64| counted(&n.to_string(), MONTHS);
        match text {
            GuessText::Completes {
                guess,
                projected,
                months_late: 0,
            } => format!(
                "Ваше предположение — {} — совпадает с прогнозом: {}.",
                self.month_year(guess),
                self.month_year(projected)
            ),
            GuessText::Completes {
                guess,
                projected,
                months_late,
            } if months_late > 0 => format!(
                "Ваше предположение — {} — на {} позже прогноза ({}).",
                self.month_year(guess),
                months(months_late),
                self.month_year(projected)
            ),
            GuessText::Completes {
                guess,
                projected,
                months_late,
            } => format!(
                "Ваше предположение — {} — на {} раньше прогноза ({}).",
                self.month_year(guess),
                months(-months_late),
                self.month_year(projected)
            ),
            GuessText::Stalls {
                guess,
                count,
                level,
            } => format!(
                "Ваше предположение — {}; при этом темпе прогноз не доходит до выполнения всех {}: он останавливается около {}.",
                self.month_year(guess),
                of_programs(count),
                locale::percent(L::Ru, level, 0)
            ),
        }
    }

    fn projection_hidden(&self) -> &'static str {
        "График заявленной доли выполненных программ; прогноз скрыт, пока вы не сделаете предположение."
    }

    fn trade_measure(&self, category: TradeCategory) -> &'static str {
        match category {
            TradeCategory::Goods => "Товары",
            TradeCategory::Services => "Услуги",
        }
    }

    fn growth_measure(&self) -> &'static str {
        "Рост товарооборота"
    }

    fn growth_value(&self, percent: f64) -> String {
        format!("+{}", locale::percent(L::Ru, percent, 1))
    }

    fn derived_note(&self, formula: &str) -> String {
        format!("расчёт: {formula}")
    }

    fn balance_value(&self, direction: Direction, amount: Option<f64>) -> String {
        let direction = self.direction(direction);
        match amount {
            Some(value) => format!("{} ({direction})", self.billions(value)),
            None => format!("{direction}, сумма не указана"),
        }
    }

    fn supports_programs(&self, count: u32) -> String {
        let programs = Forms::new(
            "союзная программа согласована",
            "союзные программы согласованы",
            "союзных программ согласовано",
            "союзной программы согласовано",
        );
        counted(&count.to_string(), programs)
    }

    fn supports_progress(&self, percent: f64, date: Date, kind: &Kind) -> String {
        format!(
            "выполнение: {} на {} ({})",
            locale::percent(L::Ru, percent, 1),
            self.long_date(date),
            self.kind(kind)
        )
    }

    fn supports_growth(&self, percent: f64, year: i32) -> String {
        format!(
            "рост торговли: {} {}",
            locale::percent(L::Ru, percent, 1),
            in_year(year)
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
            "торговля {}: {} {} ({})",
            self.category_ins(category),
            self.billions(value),
            in_year(year),
            self.kind(kind)
        )
    }

    fn supports_balance(&self, direction: Direction, year: i32, amount: Option<f64>) -> String {
        format!(
            "сальдо торговли: {} {} ({})",
            self.direction(direction),
            in_year(year),
            self.amount_or_unreported(amount)
        )
    }

    fn supports_milestone(&self, title: &str, when: &str) -> String {
        format!("хронология: {title} ({when})")
    }

    fn supports_treaty(&self, item: &str, status: TreatyStatus, since: &str) -> String {
        // As the treaty list says it: an agreed item's date carries its own preposition.
        match status {
            TreatyStatus::Stalled => format!("договор: {item} — заморожено с {since}"),
            TreatyStatus::Agreed => format!("договор: {item} — согласовано {since}"),
        }
    }
}

#[cfg(test)]
mod tests;
