//! Russian for the page's frame: sections, tables, share dialog and chart frames.

use super::Ru;
use crate::messages::story::{Copied, StoryMessages, Text};
use crate::messages::Messages;
use crate::model::dataset::TreatyStatus;
use crate::model::sections::SectionName;
use crate::model::Date;

impl StoryMessages for Ru {
    fn text(&self, text: Text) -> &'static str {
        match text {
            Text::SectionsNav => "Разделы",
            Text::KeyFigures => "Ключевые цифры",
            Text::ShowData => "Показать данные",
            Text::Detail => "Подробнее",
            Text::TradeTitle => "Торговля следовала за интеграцией",
            Text::TradeCaption => "Торговля Беларуси и России, млрд долларов США: заявленные и расчётные значения",
            Text::BalanceTitle => "От дефицита к первому профициту",
            Text::BalanceCaption => "Сальдо торговли Беларуси с Россией",
            Text::TimelineTitle => "Три десятилетия интеграции",
            Text::TimelineHint => "Номера событий те же, что в таблице. Наведите указатель на строку или перейдите в таблицу клавишей Tab и двигайтесь по строкам стрелками (Home и End — к первой и последней), чтобы увидеть событие и его источник на хронологии; Esc скрывает его.",
            Text::TimelineCaption => "Вехи интеграции Беларуси и России",
            Text::TreatyTitle => "Положения договора: что заморожено, что сдвинулось",
            Text::StalledColumn => "Заморожено",
            Text::AgreedColumn => "Согласовано: прорывы",
            Text::SourcesTitle => "Источники",
            Text::Publisher => " Издатель: ",
            Text::UsedIn => "Используется в разделах: ",
            Text::SourcePrefix => "Источник: ",
            Text::DerivedPrograms => "Процент × число программ (расчёт)",
            Text::Year => "Год",
            Text::Measure => "Показатель",
            Text::Value => "Значение",
            Text::Balance => "Сальдо",
            Text::Wording => "Формулировка",
            Text::Number => "№",
            Text::When => "Когда",
            Text::Event => "Событие",
            Text::Share => "Поделиться сценарием или встроить его",
            Text::ShareLink => "Ссылка на этот сценарий",
            Text::CopyLink => "Копировать ссылку",
            Text::ShareSection => "График для встраивания",
            Text::EmbedCode => "Код для встраивания",
            Text::CopyEmbedCode => "Копировать код для встраивания",
            Text::Close => "Закрыть",
            Text::CompletionChart => "график выполнения",
            Text::TradeChart => "график торговли",
            Text::BalanceChart => "график сальдо торговли",
            Text::TimelineChart => "график хронологии",
            Text::Translation => "перевод",
            Text::AsCited => "В статье: ",
        }
    }

    fn section_nav(&self, name: SectionName) -> &'static str {
        match name {
            SectionName::Progress => "Ход выполнения",
            SectionName::Trade => "Торговля",
            SectionName::Balance => "Сальдо",
            SectionName::Timeline => "Хронология",
            SectionName::Treaty => "Договор",
            SectionName::After => "Что было дальше",
            SectionName::Sources => "Источники",
        }
    }

    fn embed_title(&self, name: SectionName) -> &'static str {
        match name {
            SectionName::Progress => "Когда Беларусь и Россия выполнят союзные программы?",
            SectionName::Trade => "Торговля Беларуси и России по годам",
            SectionName::Balance => "Сальдо торговли Беларуси с Россией",
            SectionName::Timeline => "Вехи интеграции Беларуси и России",
            SectionName::After => {
                "Что было дальше: прогноз в сравнении с отчётами после выхода статьи"
            }
            SectionName::Treaty => "Положения договора",
            SectionName::Sources => "Источники",
        }
    }

    fn sources_intro(&self, _subject: &str, publisher: &str, place: &str, date: Date) -> String {
        format!(
            "Все цифры на этой странице взяты из одной статьи {publisher} ({place}) от {} и из источников, на которые она ссылается; они перечислены здесь так, как их цитирует статья.",
            self.long_date(date)
        )
    }

    fn treaty_since(&self, status: TreatyStatus, since: &str) -> String {
        match status {
            TreatyStatus::Stalled => format!("Заморожено с {since}"),
            TreatyStatus::Agreed => format!("Согласовано {since}"),
        }
    }

    fn download_chart(&self, chart: &str) -> String {
        format!("Скачать {chart} (PNG)")
    }

    fn chart_failed(&self, chart: &str) -> String {
        format!("Этот браузер не смог нарисовать {chart}. В таблице ниже те же значения.")
    }

    fn copied(&self, what: Copied) -> String {
        match what {
            Copied::Link => "Ссылка скопирована.".into(),
            Copied::EmbedCode => "Код для встраивания скопирован.".into(),
        }
    }

    fn copy_by_hand(&self, what: Copied) -> String {
        match what {
            Copied::Link => "Ссылка выделена: скопируйте её клавишами Ctrl+C (⌘C на Mac).".into(),
            Copied::EmbedCode => {
                "Код для встраивания выделен: скопируйте его клавишами Ctrl+C (⌘C на Mac).".into()
            }
        }
    }

    fn not_a_date(&self, text: &str) -> String {
        format!("«{text}» — не дата (ожидается ГГГГ-ММ-ДД)")
    }
}
