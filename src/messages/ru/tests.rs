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
            "Когда Беларусь и Россия выполнят 1 союзную программу?",
            "Когда Беларусь и Россия выполнят 2 союзные программы?",
            "Когда Беларусь и Россия выполнят 5 союзных программ?",
            "Когда Беларусь и Россия выполнят 21 союзную программу?",
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
        "При начальном темпе 2 пункта в месяц и замедлении на 21 процент в месяц рост остановится около 90␣%, и все 28 программ так и не будут выполнены."
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
    assert!(Ru
        .lede(28, date("2021-09-10"), None)
        .starts_with("В сентябре 2021 года Беларусь и Россия согласовали 28 союзных программ"));
    assert!(Ru
        .lede(21, date("2021-09-10"), None)
        .contains("согласовали 21 союзную программу"));
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

// Issue #27, part 6: the wording fixes, each guarded by the page's own functions.

/// The embedded dataset's Russian text for `key`'s `field`.
fn data_ru(key: &str, field: &str) -> String {
    crate::model::Dataset::embedded()
        .translation(crate::model::lang::Lang::Ru, key, field)
        .unwrap_or_else(|| panic!("ru {key}.{field}"))
        .to_string()
}

#[test]
fn the_band_is_a_pace_lower_or_higher_than_the_chosen_one() {
    use crate::model::projection::BAND_SHARE;
    // As the progress section calls it.
    assert_eq!(
        Ru.projected_method(BAND_SHARE * 100.0),
        "Прогнозные значения продолжают последний отчёт с выбранным темпом; затенённая полоса — темп на 25 процентов ниже или выше выбранного."
    );
    for (band, words) in [
        (1.0, "на 1 процент ниже"),
        (2.0, "на 2 процента ниже"),
        (5.0, "на 5 процентов ниже"),
        (21.0, "на 21 процент ниже"),
    ] {
        assert!(Ru.projected_method(band).contains(words), "{band}");
    }
}

#[test]
fn the_stall_legend_says_growth_stops() {
    use crate::messages::{ChartMessages, CompletionSeries};
    assert_eq!(
        Ru.completion_series(CompletionSeries::Stall),
        "Рост останавливается (прогноз)"
    );
}

#[test]
fn the_programs_are_called_union_programs_everywhere() {
    let found =
        crate::messages::samples::other_program_names(&crate::messages::samples::reader_texts(&Ru));
    assert!(found.is_empty(), "{}", found.join("\n"));
    // The check can fail.
    let planted = [("x".to_string(), "28 отраслевых программ".to_string())];
    assert_eq!(
        crate::messages::samples::other_program_names(&planted).len(),
        1
    );
    assert_eq!(
        Ru.headline(28),
        "Когда Беларусь и Россия выполнят 28 союзных программ?"
    );
    assert_eq!(
        Ru.headline(21),
        "Когда Беларусь и Россия выполнят 21 союзную программу?"
    );
    assert!(Ru
        .lede(28, date("2021-09-10"), None)
        .starts_with("В сентябре 2021 года Беларусь и Россия согласовали 28 союзных программ"));
    assert_eq!(Ru.supports_programs(28), "28 союзных программ согласовано");
    assert_eq!(Ru.supports_programs(21), "21 союзная программа согласована");
    assert!(data_ru("milestones.programs-agreed", "detail").contains("о 28 союзных программах"));
}

#[test]
fn percentages_relate_to_measures_not_whole_programs() {
    use crate::messages::AfterMessages;
    let counts = ["8 из 28 (март 2023)".to_string()];
    assert!(Ru.measures_not_programs(28, &counts).starts_with(
        "Проценты относятся к мерам (около 1000) в 28 программах, а не к программам целиком."
    ));
    assert!(Ru
        .measures_not_programs(21, &counts)
        .contains("в 21 программе, а не"));
    assert!(data_ru("later", "note").contains(
        "Проценты относятся к мерам (около 1000) в 28 программах, а не к программам целиком"
    ));
    assert!(!Ru.derived_programs_note(28).contains("считают"));
}

#[test]
fn the_treaty_gave_an_unprecedentedly_deep_model_and_legal_parity() {
    let detail = data_ru("milestones.union-state-treaty", "detail");
    assert!(
        detail.contains("беспрецедентно глубокую модель интеграции"),
        "{detail}"
    );
    assert!(detail.contains("правовой паритет"), "{detail}");
    assert!(!detail.contains("продвинут") && !detail.contains("юридическое равенство"));
}

#[test]
fn the_derived_start_rests_on_an_assumption() {
    assert_eq!(
        Ru.label(crate::messages::Label::ReportedMethod),
        "Заявленные значения — цифры самой статьи. Расчётная начальная точка основана на допущении, что до декрета, утвердившего программы, ничего не было выполнено. "
    );
    assert!(data_ru("trade", "note").contains("основаны на допущении, что относятся"));
}

#[test]
fn reports_as_of_a_date_include_that_date() {
    use crate::messages::AfterMessages;
    let text = Ru.after_description(date("2023-01-12"), 3.7, &[]);
    assert!(
        shown(text.clone()).contains("по цифрам, заявленным до 12␣января 2023␣г. включительно,"),
        "{text}"
    );
}

#[test]
fn a_projection_that_levels_off_stops_growing() {
    let levels_off = |count| {
        shown(Ru.scenario_sentence(ScenarioText::LevelsOff {
            pace: 3.7,
            slowdown_percent: 10.0,
            level: 90.0,
            count,
        }))
    };
    assert!(levels_off(28)
        .ends_with("рост остановится около 90␣%, и все 28 программ так и не будут выполнены."));
    assert!(levels_off(21).ends_with("и все 21 программа так и не будут выполнены."));
    assert!(levels_off(2).ends_with("и все 2 программы так и не будут выполнены."));
}

#[test]
fn about_1000_measures_is_written_whole_in_running_text() {
    let local = crate::model::Dataset::embedded()
        .localized(crate::model::lang::Lang::Ru)
        .into_owned();
    // As "What happened next" says it, beside the dataset's note.
    let note = crate::sections::after::programs_sentence(&Ru, &local);
    assert!(note.contains("(около 1000)"), "{note}");
    assert!(!note.contains("1\u{a0}000"), "{note}");
    assert!(!data_ru("later", "note").contains("1\u{a0}000"));
}

#[test]
fn a_quotation_inside_a_quotation_takes_the_inner_marks() {
    use crate::messages::{AfterMessages, ChartMessages, FateText, NoscriptMessages};
    use crate::model::backtest::{all_reported, Backtest};
    use crate::sections::after::{fate, forecast_sentences};
    let mezentsev = data_ru("later.reports.mezentsev-2023-10", "wording");
    assert_eq!(
        Ru.quotation(&mezentsev),
        "«70–80 процентов, „на финишной прямой“»"
    );
    let local = crate::model::Dataset::embedded()
        .localized(crate::model::lang::Lang::Ru)
        .into_owned();
    let reported = all_reported(&local);
    let mut texts = Vec::new();
    for r in &reported {
        texts.push(Ru.quotation(&r.wording));
        texts.push(Ru.quoted_note(&r.wording, Some("формула")));
        texts.push(Ru.report_tooltip("когда", &r.wording, &r.who, &r.cited_as, false));
        texts.push(Ru.check_phrase(r, 64.2, 1.5));
        texts.push(Ru.disagree(r, r));
        texts.push(Ru.noscript_progress(70.0, r.date, &r.wording, &r.cited_as));
        texts.push(Ru.fate(FateText::DueThenReported {
            pace: 3.7,
            start: date("2023-04-05"),
            count: 28,
            due: date("2024-03-01"),
            report: r,
        }));
    }
    texts.push(Ru.timeline_description(&local.milestones));
    texts.extend(local.milestones.iter().map(|m| Ru.milestone_tooltip(m)));
    texts.push(fate(
        &Ru,
        &Backtest::new(&local, crate::model::Scenario::default(), None),
        &local,
    ));
    texts.extend(forecast_sentences(&Ru, &local));
    assert!(texts.iter().any(|t| t.contains("„на финишной прямой“")));
    for text in &texts {
        assert!(crate::messages::samples::nesting_depth(text) <= 1, "{text}");
    }
}

#[test]
fn the_articles_own_outlets_are_named_in_russian() {
    use crate::model::lang::Lang;
    let d = crate::model::Dataset::embedded();
    let shown: Vec<(String, String)> = crate::sections::tables::source_index(&Ru, &d)
        .into_iter()
        .map(|u| (u.outlet, u.cited.name))
        .chain(
            d.milestones
                .iter()
                .zip(&d.localized(Lang::Ru).milestones)
                .map(|(m, local)| (m.source.outlet.clone(), local.source.cited_as.clone())),
        )
        .collect();
    for english in [
        "The Jamestown Foundation (the article itself)",
        "Author’s interviews; Kremlin.ru",
        "Eurasia Daily Monitor (EDM)",
    ] {
        let names: Vec<&String> = shown
            .iter()
            .filter(|(outlet, _)| outlet == english)
            .map(|(_, name)| name)
            .collect();
        assert!(!names.is_empty(), "{english} is cited");
        // Proper names keep their spelling; every other word is Russian.
        let common = |name: &str| {
            [
                "The Jamestown Foundation",
                "Eurasia Daily Monitor",
                "EDM",
                "Kremlin.ru",
            ]
            .iter()
            .fold(name.to_string(), |rest, proper| rest.replace(proper, " "))
        };
        let has_words = !latin_words(&common(english)).is_empty();
        for name in names {
            let rest = common(name);
            assert!(latin_words(&rest).is_empty(), "{english} → {name}");
            if has_words {
                assert!(
                    rest.chars().any(|c| ('а'..='я').contains(&c)),
                    "{english} → {name}"
                );
            }
        }
    }
}
