//! Host tests of the Belarusian messages: agreement by value ("1,0 пункт"), CLDR's grouping
//! ("1234", "12 345"), genitive months, and no English left in any message.

use super::Be;
use crate::messages::samples::{date, every_message, problems};
use crate::messages::{DataMessages, GuessText, Messages, ScenarioText};

/// The message with no-break spaces shown, so assertions read plainly.
fn shown(text: String) -> String {
    text.replace('\u{a0}', "␣")
}

#[test]
fn every_belarusian_message_is_belarusian() {
    let messages = every_message(&Be);
    assert!(messages.len() > 400, "{}", messages.len());
    let problems = problems(&messages);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn counted_words_agree_with_1_2_5_21_and_fractions() {
    let pace = [1.0, 2.0, 5.0, 21.0, 1.5, 22.0, 25.0, 111.0].map(|p| Be.pace_value(p));
    assert_eq!(
        pace,
        [
            "1 пункт за месяц",
            "2 пункты за месяц",
            "5 пунктаў за месяц",
            "21 пункт за месяц",
            "1,5 пункта за месяц",
            "22 пункты за месяц",
            "25 пунктаў за месяц",
            "111 пунктаў за месяц",
        ]
    );
    let titles = [1, 2, 5, 21].map(|n| Be.progress_title(n));
    assert_eq!(
        titles,
        [
            "Выкананне 1 праграмы",
            "Выкананне 2 праграм",
            "Выкананне 5 праграм",
            "Выкананне 21 праграмы",
        ]
    );
    let headlines = [1, 2, 5, 21].map(|n| Be.headline(n));
    assert_eq!(
        headlines,
        [
            "Калі Беларусь і Расія выканаюць 1 інтэграцыйную праграму?",
            "Калі Беларусь і Расія выканаюць 2 інтэграцыйныя праграмы?",
            "Калі Беларусь і Расія выканаюць 5 інтэграцыйных праграм?",
            "Калі Беларусь і Расія выканаюць 21 інтэграцыйную праграму?",
        ]
    );
    let slowdown = [1.0, 2.0, 5.0, 21.0].map(|p| Be.slowdown_spoken(p));
    assert_eq!(
        slowdown,
        [
            "тэмп змяншаецца на 1 працэнт за месяц",
            "тэмп змяншаецца на 2 працэнты за месяц",
            "тэмп змяншаецца на 5 працэнтаў за месяц",
            "тэмп змяншаецца на 21 працэнт за месяц",
        ]
    );
    let intro = [1, 2, 5, 21].map(|n| Be.refused_intro("ф", n));
    assert!(intro[0].ends_with("Выяўлена 1 праблема:"), "{}", intro[0]);
    assert!(intro[1].ends_with("Выяўлены 2 праблемы:"), "{}", intro[1]);
    assert!(intro[2].ends_with("Выяўлена 5 праблем:"), "{}", intro[2]);
    assert!(intro[3].ends_with("Выяўлена 21 праблема:"), "{}", intro[3]);
}

#[test]
fn the_scenario_sentence_reads_as_one_belarusian_sentence() {
    let sentence = |pace: f64, remaining: f64, months: f64, count: u32| {
        Be.scenario_sentence(ScenarioText::Completes {
            pace,
            slowdown_percent: 0.0,
            remaining,
            months,
            done: date("2024-03-01"),
            count,
        })
    };
    assert_eq!(
        sentence(3.7, 36.3, 9.8, 28),
        "Пры тэмпе 3,7 пункта за месяц астатак у 36,3 пункта зойме каля 9,8 месяца: выкананне ўсіх 28 праграм завершыцца прыкладна да сакавіка 2024 года."
    );
    assert_eq!(
        sentence(1.0, 1.0, 1.0, 21),
        "Пры тэмпе 1 пункт за месяц астатак у 1 пункт зойме каля 1 месяца: выкананне ўсіх 21 праграмы завершыцца прыкладна да сакавіка 2024 года."
    );
    assert_eq!(
        sentence(2.0, 2.0, 2.0, 2),
        "Пры тэмпе 2 пункты за месяц астатак у 2 пункты зойме каля 2 месяцаў: выкананне ўсіх 2 праграм завершыцца прыкладна да сакавіка 2024 года."
    );
    assert_eq!(
        sentence(5.0, 5.0, 5.0, 5),
        "Пры тэмпе 5 пунктаў за месяц астатак у 5 пунктаў зойме каля 5 месяцаў: выкананне ўсіх 5 праграм завершыцца прыкладна да сакавіка 2024 года."
    );
    assert!(sentence(1.5, 1.5, 1.5, 28).contains("астатак у 1,5 пункта зойме каля 1,5 месяца"));
    assert!(sentence(1.0, 1.0, 0.5, 28).contains("зойме менш за месяц"));
    assert!(sentence(1.0, 1.0, 30.0, 28).contains("каля 2,5 года"));
    assert!(sentence(1.0, 1.0, 60.0, 28).contains("каля 5 гадоў"));
    let slowing = Be.scenario_sentence(ScenarioText::LevelsOff {
        pace: 2.0,
        slowdown_percent: 21.0,
        level: 90.0,
        count: 28,
    });
    assert_eq!(
        shown(slowing),
        "Пры пачатковым тэмпе 2 пункты за месяц і запаволенні на 21 працэнт за месяц выкананне спыніцца каля 90␣% і да выканання ўсіх 28 праграм так і не дойдзе."
    );
    let done = Be.scenario_sentence(ScenarioText::AlreadyDone {
        count: 21,
        since: date("2023-04-05"),
    });
    assert_eq!(
        shown(done),
        "Паводле крыніцы, выкананне ўсіх 21 праграмы завершана да 5␣красавіка 2023␣г."
    );
}

#[test]
fn guesses_count_months() {
    let guess = |months_late| {
        Be.guess_comparison(GuessText::Completes {
            guess: date("2025-01-01"),
            projected: date("2024-03-01"),
            months_late,
        })
    };
    assert_eq!(
        guess(1),
        "Ваша здагадка — студзень 2025 — на 1 месяц пазней за прагноз (сакавік 2024)."
    );
    assert!(guess(2).contains("на 2 месяцы пазней"));
    assert!(guess(5).contains("на 5 месяцаў пазней"));
    assert!(guess(-21).contains("на 21 месяц раней"));
}

#[test]
fn numbers_and_dates_follow_belarusian_convention() {
    // Four digits stay whole in Belarusian; five are grouped.
    assert_eq!(shown(Be.billions(1234.5)), "1234,5 млрд долараў");
    assert_eq!(shown(Be.number(12345.0, 0)), "12␣345");
    assert_eq!(Be.billions(-9.6), "−9,6 млрд долараў");
    assert_eq!(
        shown(Be.long_date(date("2023-04-05"))),
        "5␣красавіка 2023␣г."
    );
    assert_eq!(Be.month_year(date("2021-09-10")), "верасень 2021");
    assert_eq!(shown(Be.figure_percent_value(64.2)), "64,2␣%");
    assert!(Be.lede(28, date("2021-09-10"), None).starts_with(
        "У верасні 2021 года Беларусь і Расія ўзгаднілі 28 галіновых саюзных праграм"
    ));
    assert!(Be
        .lede(21, date("2021-09-10"), None)
        .contains("ўзгаднілі 21 галіновую саюзную праграму"));
    // Belarusian counts "1,0" as one, unlike Russian.
    assert_eq!(
        Be.data_error(&crate::model::DataError::TooFewObservations { found: 1 }),
        "progress: для разліку тэмпу трэба прынамсі два назіранні, у файле — 1 назіранне"
    );
}

#[test]
fn what_happened_next_agrees_with_its_numbers() {
    use crate::messages::{AfterMessages, ChartMessages, FateText};
    use crate::model::backtest::Reported;
    use crate::model::dataset::Precision;
    let report = Reported {
        id: "r".into(),
        date: date("2022-12-19"),
        precision: Precision::Day,
        low: 60.0,
        high: 60.0,
        wording: "цытата".into(),
        who: "Чыноўнік".into(),
        cited_as: "Крыніца".into(),
        in_article: false,
    };
    let fate = |pace: f64, count: u32| {
        Be.fate(FateText::DueThenReported {
            pace,
            start: date("2023-04-05"),
            count,
            due: date("2024-03-01"),
            report: &report,
        })
    };
    assert_eq!(
        fate(1.5, 21),
        "Пры тэмпе 1,5 пункта за месяц пачынаючы з красавіка 2023 года выкананне ўсіх 21 праграмы чакалася прыкладна да сакавіка 2024 года; у снежні 2022 года афіцыйныя асобы паведамілі: «цытата» (Крыніца)."
    );
    assert!(fate(2.0, 2).starts_with("Пры тэмпе 2 пункты за месяц"));
    assert!(fate(5.0, 5)
        .contains("5 пунктаў за месяц пачынаючы з красавіка 2023 года выкананне ўсіх 5 праграм"));
    assert_eq!(
        [1, 2, 5, 21].map(|n| Be.timeline_gap(n)),
        ["(1 год)", "(2 гады)", "(5 гадоў)", "(21 год)"]
    );
    let half = Be.report_when(date("2022-12-31"), Precision::Half);
    assert_eq!(shown(half), "другое паўгоддзе 2022␣г.");
}

#[test]
fn z_is_sa_before_a_cluster_of_z_s_zh_sh() {
    // Guards "пачынаючы з студзеня": the orthography writes "са" there.
    assert_eq!(super::z("студзеня"), "са студзеня");
    assert_eq!(super::z("снежня"), "са снежня");
    assert_eq!(super::z("жніўня"), "са жніўня");
    assert_eq!(super::z("сакавіка"), "з сакавіка");
    assert_eq!(super::z("красавіка"), "з красавіка");
    assert_eq!(super::z("пачатку 2000-х"), "з пачатку 2000-х");
    use crate::messages::StoryMessages;
    use crate::model::dataset::TreatyStatus;
    assert_eq!(
        Be.treaty_since(TreatyStatus::Stalled, "снежня 2018 г."),
        "Замарожана са снежня 2018 г."
    );
}

#[test]
fn no_message_is_left_as_the_english_one() {
    let english = every_message(&crate::messages::En);
    let same = crate::messages::samples::same_as_english(&every_message(&Be), &english);
    assert!(same.is_empty(), "{}", same.join("\n"));
    // The check can fail: the English messages are all the English ones.
    assert!(crate::messages::samples::same_as_english(&english, &english).len() > 400);
}
