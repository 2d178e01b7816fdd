//! Russian: the page without JavaScript, written at build time by `src/bin/shell.rs`.

use super::{counted, full_stop, in_year, quoted, Ru};
use crate::messages::{Messages, NoscriptMessages};
use crate::model::dataset::TradeCategory;
use crate::model::lang::Lang as L;
use crate::model::locale;
use crate::model::plural::Forms;
use crate::model::Date;

impl NoscriptMessages for Ru {
    fn noscript_title(&self, count: u32) -> String {
        let programs = Forms::new(
            "союзная программа",
            "союзные программы",
            "союзных программ",
            "союзной программы",
        );
        format!(
            "Интеграция Беларуси и России: {}",
            counted(&count.to_string(), programs)
        )
    }

    fn noscript_intro(&self) -> &'static str {
        "Графики этого обзора рисует скрипт, а он в вашем браузере отключён; вот его цифры и источники в виде простых таблиц."
    }

    fn noscript_programs(&self, count: u32, cited_as: &str) -> String {
        let programs = Forms::new(
            "союзная программа",
            "союзные программы",
            "союзных программ",
            "союзной программы",
        );
        format!("{} ({cited_as})", counted(&count.to_string(), programs))
    }

    fn noscript_progress(&self, percent: f64, date: Date, wording: &str, cited_as: &str) -> String {
        format!(
            "Выполнено {} на {}: {} ({cited_as})",
            locale::percent(L::Ru, percent, 1),
            self.long_date(date),
            quoted(wording)
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
            "Торговля {}: {} {} ({cited_as})",
            self.category_ins(category),
            self.billions(value),
            in_year(year)
        )
    }

    fn noscript_surplus(&self, year: i32, cited_as: &str) -> String {
        format!(
            "Первый профицит Беларуси в торговле с Россией — {}, сумма не указана ({cited_as})",
            in_year(year)
        )
    }

    fn noscript_progress_table(&self) -> (&'static str, [&'static str; 5]) {
        (
            "Выполнение программ",
            [
                "Дата",
                "Процент",
                "Вид",
                "Формулировка или метод",
                "Источник",
            ],
        )
    }

    fn noscript_trade_table(&self) -> (&'static str, [&'static str; 5]) {
        (
            "Торговля, млрд долларов США",
            ["Год", "Показатель", "Значение", "Вид", "Источник"],
        )
    }

    fn noscript_balance_table(&self) -> (&'static str, [&'static str; 3]) {
        (
            "Сальдо торговли Беларуси с Россией",
            ["Год", "Сальдо", "Источник"],
        )
    }

    fn noscript_milestones_table(&self) -> (&'static str, [&'static str; 3]) {
        ("Хронология", ["Когда", "Событие", "Источник"])
    }

    fn milestone_event(&self, title: &str, detail: &str) -> String {
        format!("{title}: {detail}")
    }

    fn noscript_article(&self, publisher: &str, place: &str, date: Date) -> String {
        full_stop(format!(
            "Исходная статья: {publisher} ({place}), {}",
            self.long_date(date)
        ))
    }
}
