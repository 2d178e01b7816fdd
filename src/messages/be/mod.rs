//! Belarusian (official orthography): the story, tables and controls, for native readers. The
//! terms are those of `docs/glossary.md`; numbers and dates come from `model::locale`, and every
//! word that follows a number agrees with it through `model::plural` ("1 пункт", "2 пункты",
//! "5 пунктаў"; a number shown with decimals takes the genitive singular: "1,0 пункта", "1,5
//! пункта"). "у" becomes "ў" after a vowel, so each phrase below is written for the word it
//! follows, and so are the dataset's own phrases (a treaty item's date follows "узгоднена": "ў
//! лютым 2023 г."). `charts.rs` holds the charts' words, `data.rs` the data bar's and errors',
//! `noscript.rs` the page without JavaScript, and `words.rs` the word forms and phrases they
//! share.

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

/// The Belarusian messages.
pub struct Be;

impl crate::messages::phrase::Speaks for Be {
    const LANG: crate::model::lang::Lang = crate::model::lang::Lang::Be;
    const PHRASES: &'static crate::messages::phrase::Phrases =
        &crate::messages::phrase::Phrases::parse(include_str!("phrases.txt"));

    fn rule(&self, rule: &str, text: String) -> String {
        match rule {
            "z" => z(&text),
            _ => text,
        }
    }
}

impl Messages for Be {
    fn lang(&self) -> crate::model::lang::Lang {
        crate::model::lang::Lang::Be
    }

    fn number_style(&self) -> NumberStyle {
        NumberStyle { decimal: ',' }
    }

    // Grouped as CLDR groups Belarusian ("1234", "12 345"), which `number_in` does not do.
    fn number(&self, value: f64, decimals: usize) -> String {
        locale::number(L::Be, value, decimals)
    }

    fn month_name(&self, month: u32) -> &'static str {
        locale::month_name(L::Be, month, Case::Nominative)
    }

    fn month_year(&self, date: Date) -> String {
        locale::month_year(L::Be, date)
    }

    fn long_date(&self, date: Date) -> String {
        locale::date_long(L::Be, date)
    }

    // "млрд" is followed by the genitive plural whatever the number: "1,5 млрд долараў".
    fn billions(&self, value: f64) -> String {
        if value < 0.0 {
            format!("−{} млрд долараў", self.number(-value, 2))
        } else {
            format!("{} млрд долараў", self.number(value, 2))
        }
    }

    // Neuter, agreeing with the "значэнне" (value) they describe.
    fn kind(&self, kind: &Kind) -> &'static str {
        match kind {
            Kind::Reported => "заяўленае",
            Kind::Derived => "разліковае",
            Kind::Projected => "прагнознае",
        }
    }

    fn category(&self, category: TradeCategory) -> &'static str {
        match category {
            TradeCategory::Goods => "тавары",
            TradeCategory::Services => "паслугі",
        }
    }

    fn direction(&self, direction: Direction) -> &'static str {
        match direction {
            Direction::Deficit => "дэфіцыт",
            Direction::Surplus => "прафіцыт",
        }
    }

    fn treaty_status(&self, status: TreatyStatus) -> &'static str {
        match status {
            TreatyStatus::Stalled => "замарожана",
            TreatyStatus::Agreed => "узгоднена",
        }
    }

    fn label(&self, label: Label) -> &'static str {
        match label {
            Label::SkipLink => "Перайсці да агляду",
            Label::UpdateReady => "Гатовая новая версія агляду.",
            Label::Reload => "Абнавіць",
            Label::PredictToggle => "Спачатку прадказаць: схаваць прагноз, пакуль я не выкажу здагадку",
            Label::Month => "Месяц",
            Label::Year => "Год",
            Label::Reveal => "Паказаць прагноз",
            Label::GuessAgain => "Выказаць яшчэ адну здагадку",
            Label::ScenarioTitle => "Ваш сцэнарый",
            Label::Pace => "Тэмп выканання",
            Label::Slowdown => "Запаволенне на апошнім этапе",
            Label::Basis => "Зыходны тэмп",
            Label::Reset => "Скінуць да заяўленага тэмпу",
            Label::ProjectionHiddenSentence => "Прагноз схаваны, пакуль вы не выкажаце здагадку.",
            Label::Projected => "прагноз",
            Label::ScenarioOnline => "Гэты сцэнарый на сайце: ",
            Label::ReportedMethod => "Заяўленыя значэнні — лічбы самога артыкула. Разліковая пачатковая кропка заснавана на дапушчэнні, што да дэкрэта, які зацвердзіў праграмы, нічога не было выканана. ",
            Label::Date => "Дата",
            Label::Implemented => "Выканана",
            Label::Kind => "Від",
            Label::WordingOrMethod => "Фармулёўка або метад",
            Label::Source => "Крыніца",
            Label::OpenFull => "Адкрыць увесь агляд",
        }
    }

    fn guess_question(&self, count: u32) -> String {
        format!(
            "Як вы думаеце, калі будзе завершана выкананне ўсіх {}?",
            of_programs(count)
        )
    }

    fn guess_year_problem(&self, earliest: i32, latest: i32) -> String {
        format!("Увядзіце год ад {earliest} да {latest}.")
    }

    fn pace_value(&self, pace: f64) -> String {
        format!("{} за месяц", self.points(pace))
    }

    fn slowdown_spoken(&self, percent: f64) -> String {
        format!(
            "тэмп змяншаецца на {} за месяц",
            self.percent_words(percent, 0)
        )
    }

    fn slowdown_value(&self, percent: f64) -> String {
        format!(
            "тэмп змяншаецца на {} за месяц",
            locale::percent(L::Be, percent, 0)
        )
    }

    fn basis_choice(&self, basis: PaceBasis, pace: f64) -> String {
        let basis = match basis {
            // Short: a <select> shows its choice on one line (the panel is 22rem); the pace's unit
            // is in the slider's value just above.
            PaceBasis::LatestTwo => "Дзве апошнія справаздачы",
            PaceBasis::FirstToLast => "Увесь перыяд назіранняў",
        };
        format!("{basis} ({})", self.number(pace, 1))
    }

    fn progress_title(&self, count: u32) -> String {
        format!("Выкананне {}", of_programs(count))
    }

    fn projected_method(&self, band_percent: f64) -> String {
        let band = self.percent_words(band_percent, 0);
        format!("Прагнозныя значэнні працягваюць апошнюю справаздачу з абраным тэмпам; зацененая паласа — тэмп на {band} ніжэйшы або вышэйшы за абраны.")
    }

    fn completion_caption(&self, count: u32) -> String {
        format!(
            "Выкананне {}: заяўленыя, разліковыя і прагнозныя значэнні",
            of_programs(count)
        )
    }

    fn programs_column(&self, count: u32) -> String {
        format!("Працэнт × {count} (разлік)")
    }

    fn embed_source(&self, publisher: &str, date: Date) -> String {
        format!(
            "Крыніца: {publisher}, {}, і крыніцы, на якія спасылаецца артыкул. ",
            self.long_date(date)
        )
    }

    fn kicker(&self) -> &'static str {
        "Інтэграцыя ў Саюзнай дзяржаве: інтэрактыўны агляд"
    }

    fn headline(&self, count: u32) -> String {
        let programs = Forms::new(
            "саюзную праграму",
            "саюзныя праграмы",
            "саюзных праграм",
            "саюзнай праграмы",
        );
        format!(
            "Калі Беларусь і Расія выканаюць {}?",
            counted(&count.to_string(), programs)
        )
    }

    fn lede(&self, count: u32, agreed: Date, latest: Option<&Observation>) -> String {
        let programs = Forms::new(
            "саюзную праграму",
            "саюзныя праграмы",
            "саюзных праграм",
            "саюзнай праграмы",
        );
        let agreed = format!(
            "{} Беларусь і Расія ўзгаднілі {} для паглыблення інтэграцыі ў Саюзнай дзяржаве. ",
            capitalised(&in_month(agreed)),
            counted(&count.to_string(), programs)
        );
        let latest = latest.map(|o| {
            format!(
                "{}, паводле крыніцы, было выканана {} ({}). Змяніце тэмп, каб убачыць, калі будзе завершана выкананне ўсіх {}.",
                capitalised(&by_month(o.date)),
                locale::percent(L::Be, o.percent, 1),
                quoted(&o.wording),
                of_programs(count)
            )
        });
        agreed + &latest.unwrap_or_default()
    }

    fn loading(&self) -> &'static str {
        "Загружаецца інтэрактыўны агляд…"
    }

    fn theme_label(&self) -> &'static str {
        "Тэма"
    }

    fn theme_choice(&self, choice: ThemeChoice) -> &'static str {
        match choice {
            ThemeChoice::Device => "Як на прыладзе",
            ThemeChoice::Fixed(Theme::Light) => "Светлая",
            ThemeChoice::Fixed(Theme::Dark) => "Цёмная",
        }
    }

    fn language_label(&self) -> &'static str {
        "Мова"
    }

    fn document_title(&self, count: u32) -> String {
        // The genitive after "выкананне" agrees with any count: "21 праграмы", "28 праграм".
        format!(
            "Інтэграцыя ў Саюзнай дзяржаве: калі завершыцца выкананне {}?",
            of_programs(count)
        )
    }

    fn app_name(&self) -> &'static str {
        "Інтэграцыя ў Саюзнай дзяржаве"
    }

    fn app_short_name(&self) -> &'static str {
        "Саюзная дзяржава"
    }

    // `subject` is the article's English description; the sentence names the article by its
    // publisher and date instead, so no English phrase sits inside the Belarusian one.
    fn credit(&self, _subject: &str, publisher: &str, place: &str, date: Date) -> String {
        format!(
            "Усе лічбы ўзятыя з артыкула {publisher} ({place}) ад {} і з крыніц, на якія ён спасылаецца.",
            self.long_date(date)
        )
    }

    fn figure_programs(&self, agreed: Date) -> String {
        // The count stands beside this caption but is not passed: "колькасць" agrees with any.
        format!("колькасць саюзных праграм, узгодненых {}", in_month(agreed))
    }

    fn figure_percent_value(&self, percent: f64) -> String {
        locale::percent(L::Be, percent, 1)
    }

    fn figure_percent(&self, date: Date) -> String {
        format!("выканана {}", by_month(date))
    }

    fn quotation(&self, text: &str) -> String {
        quoted(text)
    }

    fn figure_trade_value(&self, goods: f64) -> String {
        // The key figure's compact form, as the Belarusian press writes it; prose says "млрд долараў".
        format!("${}\u{a0}млрд", self.number(goods, 1))
    }

    fn figure_trade(&self, year: i32, services: Option<f64>) -> String {
        match services {
            Some(services) => format!(
                "гандаль таварамі паміж Беларуссю і Расіяй {}; паслугамі — яшчэ каля {} млрд долараў",
                in_year(year),
                self.number(services, 1)
            ),
            None => format!("гандаль таварамі паміж Беларуссю і Расіяй {}", in_year(year)),
        }
    }

    fn figure_surplus_value(&self) -> &'static str {
        "1-ы"
    }

    fn figure_surplus(&self, year: i32, amount: Option<f64>) -> String {
        format!(
            "за ўсю гісторыю прафіцыт у гандлі Беларусі з Расіяй — {} ({})",
            in_year(year),
            self.amount_or_unreported(amount)
        )
    }

    fn scenario_sentence(&self, text: ScenarioText) -> String {
        match text {
            ScenarioText::AlreadyDone { count, since } => full_stop(format!(
                "Паводле крыніцы, выкананне ўсіх {} завершана да {}",
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
                "{} астатак у {} зойме {}: выкананне ўсіх {} завершыцца прыкладна {}.",
                self.pace_opening(pace, slowdown_percent),
                self.points(remaining),
                self.duration(months),
                of_programs(count),
                by_month(done)
            ),
            ScenarioText::Stopped { percent } => format!(
                "Пры тэмпе 0 пунктаў за месяц выкананне застаецца на ўзроўні {}: выканаць усе праграмы не ўдасца ніколі.",
                locale::percent(L::Be, percent, 1)
            ),
            ScenarioText::LevelsOff {
                pace,
                slowdown_percent,
                level,
                count,
            } => format!(
                "{} рост спыніцца каля {}, і ўсе {} так і не будуць выкананы.",
                self.pace_opening(pace, slowdown_percent),
                locale::percent(L::Be, level, 0),
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
            "выкананы ўсе праграмы ({count}), {}",
            self.pace_note(pace, slowdown_percent)
        )
    }

    fn projection_source(&self) -> &'static str {
        "Прагноз на гэтай старонцы"
    }

    fn guess_comparison(&self, text: GuessText) -> String {
        let months = |n: i64| counted(&n.to_string(), MONTHS);
        match text {
            GuessText::Completes {
                guess,
                projected,
                months_late: 0,
            } => format!(
                "Ваша здагадка — {} — супадае з прагнозам: {}.",
                self.month_year(guess),
                self.month_year(projected)
            ),
            GuessText::Completes {
                guess,
                projected,
                months_late,
            } if months_late > 0 => format!(
                "Ваша здагадка — {} — на {} пазней за прагноз ({}).",
                self.month_year(guess),
                months(months_late),
                self.month_year(projected)
            ),
            GuessText::Completes {
                guess,
                projected,
                months_late,
            } => format!(
                "Ваша здагадка — {} — на {} раней за прагноз ({}).",
                self.month_year(guess),
                months(-months_late),
                self.month_year(projected)
            ),
            GuessText::Stalls {
                guess,
                count,
                level,
            } => format!(
                "Ваша здагадка — {}; пры гэтым тэмпе прагноз не даходзіць да выканання ўсіх {}: ён спыняецца каля {}.",
                self.month_year(guess),
                of_programs(count),
                locale::percent(L::Be, level, 0)
            ),
        }
    }

    fn projection_hidden(&self) -> &'static str {
        "Графік заяўленай долі выкананых праграм; прагноз схаваны, пакуль вы не выкажаце здагадку."
    }

    fn trade_measure(&self, category: TradeCategory) -> &'static str {
        match category {
            TradeCategory::Goods => "Тавары",
            TradeCategory::Services => "Паслугі",
        }
    }

    fn growth_measure(&self) -> &'static str {
        "Рост тавараабароту"
    }

    fn growth_value(&self, percent: f64) -> String {
        format!("+{}", locale::percent(L::Be, percent, 1))
    }

    fn derived_note(&self, formula: &str) -> String {
        format!("разлік: {formula}")
    }

    fn balance_value(&self, direction: Direction, amount: Option<f64>) -> String {
        let direction = self.direction(direction);
        match amount {
            Some(value) => format!("{} ({direction})", self.billions(value)),
            None => format!("{direction}, сума не названа"),
        }
    }

    fn supports_programs(&self, count: u32) -> String {
        let programs = Forms::new(
            "саюзная праграма ўзгоднена",
            "саюзныя праграмы ўзгоднены",
            "саюзных праграм узгоднена",
            "саюзнай праграмы ўзгоднена",
        );
        counted(&count.to_string(), programs)
    }

    fn supports_progress(&self, percent: f64, date: Date, kind: &Kind) -> String {
        format!(
            "выкананне: {} на {} ({})",
            locale::percent(L::Be, percent, 1),
            self.long_date(date),
            self.kind(kind)
        )
    }

    fn supports_growth(&self, percent: f64, year: i32) -> String {
        format!(
            "рост гандлю: {} {}",
            locale::percent(L::Be, percent, 1),
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
            "гандаль {}: {} {} ({})",
            self.category_ins(category),
            self.billions(value),
            in_year(year),
            self.kind(kind)
        )
    }

    fn supports_balance(&self, direction: Direction, year: i32, amount: Option<f64>) -> String {
        format!(
            "сальда гандлю: {} {} ({})",
            self.direction(direction),
            in_year(year),
            self.amount_or_unreported(amount)
        )
    }

    fn supports_milestone(&self, title: &str, when: &str) -> String {
        format!("храналогія: {title} ({when})")
    }

    fn supports_treaty(&self, item: &str, status: TreatyStatus, since: &str) -> String {
        // As the treaty list says it: an agreed item's date carries its own preposition.
        match status {
            TreatyStatus::Stalled => format!("дагавор: {item} — замарожана {}", z(since)),
            TreatyStatus::Agreed => format!("дагавор: {item} — узгоднена {since}"),
        }
    }
}

/// The preposition "з" before `word`, spelled "са" before a cluster that starts with з, с, ж or
/// ш ("са студзеня", "са снежня", "са жніўня"), as the orthography asks; `word` follows it.
pub(super) fn z(word: &str) -> String {
    // Explicit letters, not char::is_alphabetic or to_lowercase: their Unicode tables would
    // cost the wasm several kilobytes for one preposition.
    const CONSONANTS: &str = "бвгджзйклмнпрстфхцчшўБВГДЖЗЙКЛМНПРСТФХЦЧШЎ";
    let mut chars = word.chars();
    let cluster = matches!(
        chars.next(),
        Some('з' | 'с' | 'ж' | 'ш' | 'З' | 'С' | 'Ж' | 'Ш')
    ) && chars.next().is_some_and(|c| CONSONANTS.contains(c));
    format!("{} {word}", if cluster { "са" } else { "з" })
}

#[cfg(test)]
mod tests;
