//! Belarusian for the page's frame: sections, tables, share dialog and chart frames.

use super::Be;
use crate::messages::story::{Copied, StoryMessages, Text};
use crate::messages::Messages;
use crate::model::dataset::TreatyStatus;
use crate::model::sections::SectionName;
use crate::model::Date;

impl StoryMessages for Be {
    fn text(&self, text: Text) -> &'static str {
        match text {
            Text::SectionsNav => "Раздзелы",
            Text::KeyFigures => "Ключавыя лічбы",
            Text::ShowData => "Паказаць даныя",
            Text::Detail => "Падрабязней",
            Text::TradeTitle => "Гандаль ішоў услед за інтэграцыяй",
            Text::TradeCaption => "Гандаль Беларусі і Расіі, млрд долараў ЗША: заяўленыя і разліковыя значэнні",
            Text::BalanceTitle => "Ад дэфіцыту да першага прафіцыту",
            Text::BalanceCaption => "Сальда гандлю Беларусі з Расіяй",
            Text::TimelineTitle => "Тры дзесяцігоддзі інтэграцыі",
            Text::TimelineHint => "Нумары падзей тыя ж, што ў табліцы. Навядзіце ўказальнік на радок або перайдзіце ў табліцу клавішай Tab і рухайцеся па радках стрэлкамі (Home і End — да першага і апошняга), каб убачыць падзею і яе крыніцу на храналогіі; Esc хавае яе.",
            Text::TimelineCaption => "Вехі інтэграцыі Беларусі і Расіі",
            Text::TreatyTitle => "Палажэнні дагавора: што замарожана, што зрушылася",
            Text::StalledColumn => "Замарожана",
            Text::AgreedColumn => "Узгоднена: прарывы",
            Text::SourcesTitle => "Крыніцы",
            Text::Publisher => " Выдавец: ",
            Text::UsedIn => "Выкарыстоўваецца ў раздзелах: ",
            Text::SourcePrefix => "Крыніца: ",
            Text::DerivedPrograms => "Працэнт × колькасць праграм (разлік)",
            Text::Year => "Год",
            Text::Measure => "Паказчык",
            Text::Value => "Значэнне",
            Text::Balance => "Сальда",
            Text::Wording => "Фармулёўка",
            Text::Number => "№",
            Text::When => "Калі",
            Text::Event => "Падзея",
            Text::Share => "Падзяліцца сцэнарыем або ўбудаваць яго",
            Text::ShareLink => "Спасылка на гэты сцэнарый",
            Text::CopyLink => "Скапіяваць спасылку",
            Text::ShareSection => "Графік для ўбудавання",
            Text::EmbedCode => "Код для ўбудавання",
            Text::CopyEmbedCode => "Скапіяваць код для ўбудавання",
            Text::Close => "Закрыць",
            Text::CompletionChart => "графік выканання",
            Text::TradeChart => "графік гандлю",
            Text::BalanceChart => "графік сальда гандлю",
            Text::TimelineChart => "графік храналогіі",
            Text::Translation => "пераклад",
            Text::AsCited => "У артыкуле: ",
        }
    }

    fn section_nav(&self, name: SectionName) -> &'static str {
        match name {
            SectionName::Progress => "Ход выканання",
            SectionName::Trade => "Гандаль",
            SectionName::Balance => "Сальда",
            SectionName::Timeline => "Храналогія",
            SectionName::Treaty => "Дагавор",
            SectionName::After => "Што было далей",
            SectionName::Sources => "Крыніцы",
        }
    }

    fn embed_title(&self, name: SectionName) -> &'static str {
        match name {
            SectionName::Progress => "Калі Беларусь і Расія выканаюць саюзныя праграмы?",
            SectionName::Trade => "Гандаль Беларусі і Расіі па гадах",
            SectionName::Balance => "Сальда гандлю Беларусі з Расіяй",
            SectionName::Timeline => "Вехі інтэграцыі Беларусі і Расіі",
            SectionName::After => {
                "Што было далей: прагноз у параўнанні са справаздачамі пасля выхаду артыкула"
            }
            SectionName::Treaty => "Палажэнні дагавора",
            SectionName::Sources => "Крыніцы",
        }
    }

    fn sources_intro(&self, _subject: &str, publisher: &str, place: &str, date: Date) -> String {
        format!(
            "Усе лічбы на гэтай старонцы ўзятыя з аднаго артыкула {publisher} ({place}) ад {} і з крыніц, на якія ён спасылаецца; яны пералічаны тут так, як іх цытуе артыкул.",
            self.long_date(date)
        )
    }

    fn treaty_since(&self, status: TreatyStatus, since: &str) -> String {
        match status {
            TreatyStatus::Stalled => format!("Замарожана {}", super::z(since)),
            TreatyStatus::Agreed => format!("Узгоднена {since}"),
        }
    }

    fn download_chart(&self, chart: &str) -> String {
        format!("Спампаваць {chart} (PNG)")
    }

    fn chart_failed(&self, chart: &str) -> String {
        format!("Гэты браўзер не змог намаляваць {chart}. У табліцы ніжэй тыя ж значэнні.")
    }

    fn copied(&self, what: Copied) -> String {
        match what {
            Copied::Link => "Спасылка скапіявана.".into(),
            Copied::EmbedCode => "Код для ўбудавання скапіяваны.".into(),
        }
    }

    fn copy_by_hand(&self, what: Copied) -> String {
        match what {
            Copied::Link => "Спасылка выдзелена: скапіюйце яе клавішамі Ctrl+C (⌘C на Mac).".into(),
            Copied::EmbedCode => {
                "Код для ўбудавання выдзелены: скапіюйце яго клавішамі Ctrl+C (⌘C на Mac).".into()
            }
        }
    }

    fn not_a_date(&self, text: &str) -> String {
        format!("«{text}» — не дата (чакаецца ГГГГ-ММ-ДД)")
    }
}
