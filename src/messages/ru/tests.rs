//! Host tests of the Russian messages: agreement with the numbers as shown, the locale's
//! numbers and dates, and no English left in any message.

use super::Ru;
use crate::messages::samples::{date, every_message, latin_words, problems};
use crate::messages::{DataMessages, GuessText, Messages, ScenarioText};

#[test]
fn every_russian_message_is_russian() {
    let messages = every_message(&Ru);
    assert!(messages.len() > 400, "{}", messages.len());
    let problems = problems(&messages);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_checker_catches_english() {
    let english = every_message(&crate::messages::En);
    let found = problems(&english);
    assert!(found.len() > 100, "{}", found.len());
    assert_eq!(
        latin_words("JSON и CSV, {value} %, programs.count"),
        Vec::<String>::new()
    );
    assert_eq!(latin_words("Скачать as CSV"), ["as"]);
    let checked = problems(&[("x".into(), "1.5 и 80% и 1,234 г..".into())]);
    assert_eq!(checked.len(), 4, "{checked:?}");
}

/// The message with no-break spaces shown, so assertions read plainly.
fn shown(text: String) -> String {
    text.replace('\u{a0}', "␣")
}

#[test]
fn counted_words_agree_with_1_2_5_21_and_fractions() {
    let pace: Vec<String> = [1.0, 2.0, 5.0, 21.0, 1.5, 11.0, 22.0]
        .map(|p| Ru.pace_value(p))
        .to_vec();
    assert_eq!(
        pace,
        [
            "1 пункт в месяц",
            "2 пункта в месяц",
            "5 пунктов в месяц",
            "21 пункт в месяц",
            "1,5 пункта в месяц",
            "11 пунктов в месяц",
            "22 пункта в месяц",
        ]
    );
    let titles = [1, 2, 5, 21].map(|n| Ru.progress_title(n));
    assert_eq!(
        titles,
        [
            "Выполнение 1 программы",
            "Выполнение 2 программ",
            "Выполнение 5 программ",
            "Выполнение 21 программы",
        ]
    );
    let headlines = [1, 2, 5, 21].map(|n| Ru.headline(n));
    assert_eq!(
        headlines,
        [
            "Когда Беларусь и Россия выполнят 1 интеграционную программу?",
            "Когда Беларусь и Россия выполнят 2 интеграционные программы?",
            "Когда Беларусь и Россия выполнят 5 интеграционных программ?",
            "Когда Беларусь и Россия выполнят 21 интеграционную программу?",
        ]
    );
    let slowdown = [1.0, 2.0, 5.0, 21.0].map(|p| Ru.slowdown_spoken(p));
    assert_eq!(
        slowdown,
        [
            "темп снижается на 1 процент в месяц",
            "темп снижается на 2 процента в месяц",
            "темп снижается на 5 процентов в месяц",
            "темп снижается на 21 процент в месяц",
        ]
    );
    let intro = [1, 2, 5, 21].map(|n| Ru.refused_intro("ф", n));
    assert!(intro[0].ends_with("Обнаружена 1 проблема:"), "{}", intro[0]);
    assert!(intro[1].ends_with("Обнаружены 2 проблемы:"), "{}", intro[1]);
    assert!(intro[2].ends_with("Обнаружено 5 проблем:"), "{}", intro[2]);
    assert!(
        intro[3].ends_with("Обнаружена 21 проблема:"),
        "{}",
        intro[3]
    );
}

#[test]
fn the_scenario_sentence_reads_as_one_russian_sentence() {
    let sentence = |pace: f64, remaining: f64, months: f64, count: u32| {
        Ru.scenario_sentence(ScenarioText::Completes {
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
        "При темпе 3,7 пункта в месяц остаток в 36,3 пункта займёт около 9,8 месяца: выполнение всех 28 программ завершится примерно к марту 2024 года."
    );
    assert_eq!(
        sentence(1.0, 1.0, 1.0, 21),
        "При темпе 1 пункт в месяц остаток в 1 пункт займёт около 1 месяца: выполнение всех 21 программы завершится примерно к марту 2024 года."
    );
    assert_eq!(
        sentence(2.0, 2.0, 2.0, 2),
        "При темпе 2 пункта в месяц остаток в 2 пункта займёт около 2 месяцев: выполнение всех 2 программ завершится примерно к марту 2024 года."
    );
    assert_eq!(
        sentence(5.0, 5.0, 5.0, 5),
        "При темпе 5 пунктов в месяц остаток в 5 пунктов займёт около 5 месяцев: выполнение всех 5 программ завершится примерно к марту 2024 года."
    );
    assert!(sentence(1.5, 1.5, 1.5, 28).contains("остаток в 1,5 пункта займёт около 1,5 месяца"));
    assert!(sentence(1.0, 1.0, 0.5, 28).contains("займёт меньше месяца"));
    assert!(sentence(1.0, 1.0, 30.0, 28).contains("около 2,5 года"));
    assert!(sentence(1.0, 1.0, 60.0, 28).contains("около 5 лет"));
    assert!(sentence(1.0, 1.0, 252.0, 28).contains("около 21 года"));
    let slowing = Ru.scenario_sentence(ScenarioText::LevelsOff {
        pace: 2.0,
        slowdown_percent: 21.0,
        level: 90.0,
        count: 28,
    });
    assert_eq!(
        shown(slowing),
        "При начальном темпе 2 пункта в месяц и замедлении на 21 процент в месяц выполнение остановится около 90␣% и до выполнения всех 28 программ так и не дойдёт."
    );
    let done = Ru.scenario_sentence(ScenarioText::AlreadyDone {
        count: 21,
        since: date("2023-04-05"),
    });
    assert_eq!(
        shown(done),
        "По данным источника, выполнение всех 21 программы завершено к 5␣апреля 2023␣г."
    );
}

#[test]
fn guesses_count_months() {
    let guess = |months_late| {
        Ru.guess_comparison(GuessText::Completes {
            guess: date("2025-01-01"),
            projected: date("2024-03-01"),
            months_late,
        })
    };
    assert_eq!(
        guess(1),
        "Ваше предположение — январь 2025 — на 1 месяц позже прогноза (март 2024)."
    );
    assert!(guess(2).contains("на 2 месяца позже"));
    assert!(guess(5).contains("на 5 месяцев позже"));
    assert!(guess(-21).contains("на 21 месяц раньше"));
    assert!(guess(0).contains("совпадает с прогнозом"));
}

#[test]
fn numbers_and_dates_follow_russian_convention() {
    assert_eq!(shown(Ru.billions(1234.5)), "1␣234,5 млрд долларов");
    assert_eq!(Ru.billions(-9.6), "−9,6 млрд долларов");
    assert_eq!(shown(Ru.long_date(date("2023-04-05"))), "5␣апреля 2023␣г.");
    assert_eq!(Ru.month_year(date("2021-09-10")), "сентябрь 2021");
    assert_eq!(Ru.month_name(2), "февраль");
    assert_eq!(shown(Ru.figure_percent_value(64.2)), "64,2␣%");
    assert_eq!(shown(Ru.growth_value(35.0)), "+35␣%");
    assert!(Ru.lede(28, date("2021-09-10"), None).starts_with(
        "В сентябре 2021 года Беларусь и Россия согласовали 28 отраслевых союзных программ"
    ));
    assert!(Ru
        .lede(21, date("2021-09-10"), None)
        .contains("согласовали 21 отраслевую союзную программу"));
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
        wording: "цитата".into(),
        who: "Чиновник".into(),
        cited_as: "Источник".into(),
        in_article: false,
    };
    let fate = |pace: f64, count: u32| {
        Ru.fate(FateText::DueThenReported {
            pace,
            start: date("2023-04-05"),
            count,
            due: date("2024-03-01"),
            report: &report,
        })
    };
    assert_eq!(
        fate(1.5, 21),
        "При темпе 1,5 пункта в месяц начиная с апреля 2023 года выполнение всех 21 программы ожидалось примерно к марту 2024 года; в декабре 2022 года официальные лица сообщили: «цитата» (Источник)."
    );
    assert!(fate(2.0, 2).starts_with("При темпе 2 пункта в месяц"));
    assert!(fate(5.0, 5)
        .contains("5 пунктов в месяц начиная с апреля 2023 года выполнение всех 5 программ"));
    assert_eq!(
        [1, 2, 5, 21].map(|n| Ru.timeline_gap(n)),
        ["(1 год)", "(2 года)", "(5 лет)", "(21 год)"]
    );
    let half = Ru.report_when(date("2022-06-30"), Precision::Half);
    assert_eq!(shown(half), "первое полугодие 2022␣г.");
}

#[test]
fn no_message_is_left_as_the_english_one() {
    let english = every_message(&crate::messages::En);
    let same = crate::messages::samples::same_as_english(&every_message(&Ru), &english);
    assert!(same.is_empty(), "{}", same.join("\n"));
    // The check can fail: the English messages are all the English ones.
    assert!(crate::messages::samples::same_as_english(&english, &english).len() > 400);
}
