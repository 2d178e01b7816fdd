//! Belarusian: the page without JavaScript, written at build time by `src/bin/shell.rs`.

use super::{counted, full_stop, in_year, quoted, Be};
use crate::messages::{Messages, NoscriptMessages};
use crate::model::dataset::TradeCategory;
use crate::model::lang::Lang as L;
use crate::model::locale;
use crate::model::plural::Forms;
use crate::model::Date;

impl NoscriptMessages for Be {
    fn noscript_title(&self, count: u32) -> String {
        let programs = Forms::new(
            "саюзная праграма",
            "саюзныя праграмы",
            "саюзных праграм",
            "саюзнай праграмы",
        );
        format!(
            "Інтэграцыя Беларусі і Расіі: {}",
            counted(&count.to_string(), programs)
        )
    }

    fn noscript_intro(&self) -> &'static str {
        "Графікі гэтага агляду малюе скрыпт, а ён у вашым браўзеры адключаны; вось яго лічбы і крыніцы ў выглядзе простых табліц."
    }

    fn noscript_programs(&self, count: u32, cited_as: &str) -> String {
        let programs = Forms::new(
            "саюзная праграма",
            "саюзныя праграмы",
            "саюзных праграм",
            "саюзнай праграмы",
        );
        format!("{} ({cited_as})", counted(&count.to_string(), programs))
    }

    fn noscript_progress(&self, percent: f64, date: Date, wording: &str, cited_as: &str) -> String {
        format!(
            "Выканана {} на {}: {} ({cited_as})",
            locale::percent(L::Be, percent, 1),
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
            "Гандаль {}: {} {} ({cited_as})",
            self.category_ins(category),
            self.billions(value),
            in_year(year)
        )
    }

    fn noscript_surplus(&self, year: i32, cited_as: &str) -> String {
        format!(
            "Першы прафіцыт Беларусі ў гандлі з Расіяй — {}, сума не названа ({cited_as})",
            in_year(year)
        )
    }

    fn noscript_progress_table(&self) -> (&'static str, [&'static str; 5]) {
        (
            "Выкананне праграм",
            ["Дата", "Працэнт", "Від", "Фармулёўка або метад", "Крыніца"],
        )
    }

    fn noscript_trade_table(&self) -> (&'static str, [&'static str; 5]) {
        (
            "Гандаль, млрд долараў ЗША",
            ["Год", "Паказчык", "Значэнне", "Від", "Крыніца"],
        )
    }

    fn noscript_balance_table(&self) -> (&'static str, [&'static str; 3]) {
        (
            "Сальда гандлю Беларусі з Расіяй",
            ["Год", "Сальда", "Крыніца"],
        )
    }

    fn noscript_milestones_table(&self) -> (&'static str, [&'static str; 3]) {
        ("Храналогія", ["Калі", "Падзея", "Крыніца"])
    }

    fn milestone_event(&self, title: &str, detail: &str) -> String {
        format!("{title}: {detail}")
    }

    fn noscript_article(&self, publisher: &str, place: &str, date: Date) -> String {
        full_stop(format!(
            "Зыходны артыкул: {publisher} ({place}), {}",
            self.long_date(date)
        ))
    }
}
