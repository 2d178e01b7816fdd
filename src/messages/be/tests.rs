//! Host tests of the Belarusian messages: agreement ("1 пункт", "1,0 пункта"), CLDR's grouping
//! ("1234", "12 345"), genitive months, and no English left in any message.

use super::Be;
use crate::messages::samples::{date, every_message, problems};
use crate::messages::{DataMessages, GuessText, Label, Messages, ScenarioText};

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
            "Калі Беларусь і Расія выканаюць 1 саюзную праграму?",
            "Калі Беларусь і Расія выканаюць 2 саюзныя праграмы?",
            "Калі Беларусь і Расія выканаюць 5 саюзных праграм?",
            "Калі Беларусь і Расія выканаюць 21 саюзную праграму?",
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
        "Пры пачатковым тэмпе 2 пункты за месяц і запаволенні на 21 працэнт за месяц рост спыніцца каля 90␣%, і ўсе 28 праграм так і не будуць выкананы."
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
    assert!(Be
        .lede(28, date("2021-09-10"), None)
        .starts_with("У верасні 2021 года Беларусь і Расія ўзгаднілі 28 саюзных праграм"));
    assert!(Be
        .lede(21, date("2021-09-10"), None)
        .contains("ўзгаднілі 21 саюзную праграму"));
    // A whole count: one.
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

// Issue #27, part 6: the wording fixes, each guarded by the page's own functions.

/// The embedded dataset's Belarusian text for `key`'s `field`.
fn data_be(key: &str, field: &str) -> String {
    crate::model::Dataset::embedded()
        .translation(crate::model::lang::Lang::Be, key, field)
        .unwrap_or_else(|| panic!("be {key}.{field}"))
        .to_string()
}

#[test]
fn an_agreed_items_date_takes_short_u_after_a_vowel() {
    use crate::messages::StoryMessages;
    use crate::model::dataset::{around, TreatyStatus};
    let d = crate::model::Dataset::embedded();
    let item = d
        .treaty_items
        .iter()
        .find(|t| t.id == "industrial-policy")
        .unwrap();
    assert_eq!(item.status, TreatyStatus::Agreed);
    let since = d
        .text(
            crate::model::lang::Lang::Be,
            &item.key(),
            "since",
            &item.since,
        )
        .text;
    // As the treaty board puts it together: the message's words around the dataset's date.
    let (before, after) = around(|arg| Be.treaty_since(item.status, arg));
    assert_eq!(
        shown(format!("{before}{since}{after}")),
        "Узгоднена ў лютым 2023␣г."
    );
    // As the sources list says what the source supports.
    let facts: Vec<String> = crate::sections::tables::source_index(&Be, &d)
        .into_iter()
        .flat_map(|u| u.supports.into_iter().map(|(_, fact)| shown(fact)))
        .filter(|fact| fact.starts_with("дагавор: Адзіная прамысловая палітыка"))
        .collect();
    assert_eq!(
        facts,
        ["дагавор: Адзіная прамысловая палітыка — узгоднена ў лютым 2023␣г."]
    );
}

#[test]
fn the_band_is_a_pace_lower_or_higher_than_the_chosen_one() {
    use crate::model::projection::BAND_SHARE;
    // As the progress section calls it.
    assert_eq!(
        Be.projected_method(BAND_SHARE * 100.0),
        "Прагнозныя значэнні працягваюць апошнюю справаздачу з абраным тэмпам; зацененая паласа — тэмп на 25 працэнтаў ніжэйшы або вышэйшы за абраны."
    );
    for (band, words) in [
        (1.0, "на 1 працэнт ніжэйшы"),
        (2.0, "на 2 працэнты ніжэйшы"),
        (5.0, "на 5 працэнтаў ніжэйшы"),
        (21.0, "на 21 працэнт ніжэйшы"),
    ] {
        assert!(Be.projected_method(band).contains(words), "{band}");
    }
}

#[test]
fn checks_and_balances_are_stryimak_i_protsivah() {
    let detail = data_be("milestones.union-state-treaty", "detail");
    assert!(
        detail.contains("з сістэмай стрымак і проціваг,"),
        "{detail}"
    );
}

#[test]
fn a_scenario_is_stsenaryi_and_a_guess_is_expressed() {
    use crate::messages::{AfterLabel, AfterMessages, StoryMessages, Text};
    for (name, text) in crate::messages::samples::reader_texts(&Be) {
        let lower = text.to_lowercase();
        // Every form of "сцэнарый" starts "сцэнары" and goes on with й, я, ю, е or і; "сцэнар",
        // "сцэнара", "сцэнару", "сцэнарам" and the plural "сцэнары" do not.
        for (at, _) in lower.match_indices("сцэнар") {
            let mut next = lower[at + "сцэнар".len()..].chars();
            let ok = next.next() == Some('ы') && next.next().is_some_and(|c| "йяюеі".contains(c));
            assert!(ok, "{name}: {text}");
        }
        let words: Vec<&str> = lower
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| !w.is_empty())
            .collect();
        for (at, word) in words.iter().enumerate() {
            if word.starts_with("здагадк") {
                let made = words[at.saturating_sub(3)..at]
                    .iter()
                    .any(|w| w.starts_with("зраб") || w.starts_with("зроб"));
                assert!(!made, "{name}: {text}");
            }
        }
    }
    assert_eq!(Be.label(Label::ScenarioTitle), "Ваш сцэнарый");
    assert_eq!(Be.label(Label::ScenarioOnline), "Гэты сцэнарый на сайце: ");
    assert_eq!(
        Be.text(Text::Share),
        "Падзяліцца сцэнарыем або ўбудаваць яго"
    );
    assert_eq!(Be.text(Text::ShareLink), "Спасылка на гэты сцэнарый");
    assert!(Be
        .after_label(AfterLabel::Method)
        .contains("з тэмпам і запаволеннем са сцэнарыя,"));
    assert_eq!(Be.label(Label::GuessAgain), "Выказаць яшчэ адну здагадку");
    assert_eq!(
        Be.label(Label::PredictToggle),
        "Спачатку прадказаць: схаваць прагноз, пакуль я не выкажу здагадку"
    );
    assert_eq!(
        Be.label(Label::ProjectionHiddenSentence),
        "Прагноз схаваны, пакуль вы не выкажаце здагадку."
    );
    assert!(Be
        .after_label(AfterLabel::Hidden)
        .contains("пакуль вы не выкажаце здагадку і не ўбачыце прагноз"));
}

#[test]
fn the_stall_legend_says_growth_stops() {
    use crate::messages::{ChartMessages, CompletionSeries};
    assert_eq!(
        Be.completion_series(CompletionSeries::Stall),
        "Спыненне росту (прагноз)"
    );
}

#[test]
fn the_programs_are_called_union_programs_everywhere() {
    use crate::messages::StoryMessages;
    use crate::model::sections::SectionName;
    let found =
        crate::messages::samples::other_program_names(&crate::messages::samples::reader_texts(&Be));
    assert!(found.is_empty(), "{}", found.join("\n"));
    let planted = [("x".to_string(), "28 галіновых праграм".to_string())];
    assert_eq!(
        crate::messages::samples::other_program_names(&planted).len(),
        1
    );
    assert_eq!(
        Be.headline(28),
        "Калі Беларусь і Расія выканаюць 28 саюзных праграм?"
    );
    assert_eq!(
        Be.embed_title(SectionName::Progress),
        "Калі Беларусь і Расія выканаюць саюзныя праграмы?"
    );
    assert_eq!(Be.supports_programs(28), "28 саюзных праграм узгоднена");
    assert_eq!(Be.supports_programs(2), "2 саюзныя праграмы ўзгоднены");
    assert!(data_be("milestones.programs-agreed", "detail").contains("пра 28 саюзных праграм"));
}

#[test]
fn percentages_relate_to_measures_not_whole_programs() {
    use crate::messages::AfterMessages;
    let local = crate::model::Dataset::embedded()
        .localized(crate::model::lang::Lang::Be)
        .into_owned();
    // As "What happened next" says it, beside the dataset's note.
    let sentence = crate::sections::after::programs_sentence(&Be, &local);
    assert!(
        sentence.starts_with(
            "Працэнты адносяцца да мер (каля 1000) у 28 праграмах, а не да праграм цалкам."
        ),
        "{sentence}"
    );
    assert!(Be
        .measures_not_programs(21, &[])
        .contains("у 21 праграме, а не"));
    assert!(data_be("later", "note")
        .contains("Працэнты адносяцца да мер (каля 1000) у 28 праграмах, а не да праграм цалкам"));
    assert!(!Be.derived_programs_note(28).contains("лічаць"));
}

#[test]
fn the_treaty_gave_an_unprecedentedly_deep_model_and_legal_parity() {
    let detail = data_be("milestones.union-state-treaty", "detail");
    assert!(
        detail.contains("беспрэцэдэнтна глыбокую мадэль інтэграцыі"),
        "{detail}"
    );
    assert!(detail.contains("прававы парытэт"), "{detail}");
    assert!(!detail.contains("прасунут") && !detail.contains("юрыдычную роўнасць"));
}

#[test]
fn the_derived_start_rests_on_an_assumption() {
    assert_eq!(
        Be.label(Label::ReportedMethod),
        "Заяўленыя значэнні — лічбы самога артыкула. Разліковая пачатковая кропка заснавана на дапушчэнні, што да дэкрэта, які зацвердзіў праграмы, нічога не было выканана. "
    );
    assert!(data_be("trade", "note").contains("заснаваны на дапушчэнні, што адносяцца"));
}

#[test]
fn reports_as_of_a_date_include_that_date() {
    use crate::messages::AfterMessages;
    let text = shown(Be.after_description(date("2023-01-12"), 3.7, &[]));
    assert!(
        text.contains("па лічбах, заяўленых не пазней за 12␣студзеня 2023␣г.,"),
        "{text}"
    );
}

#[test]
fn a_projection_that_levels_off_stops_growing() {
    let levels_off = |count| {
        shown(Be.scenario_sentence(ScenarioText::LevelsOff {
            pace: 3.7,
            slowdown_percent: 10.0,
            level: 90.0,
            count,
        }))
    };
    assert!(levels_off(28)
        .ends_with("рост спыніцца каля 90␣%, і ўсе 28 праграм так і не будуць выкананы."));
    assert!(levels_off(21).ends_with("і ўсе 21 праграма так і не будуць выкананы."));
    assert!(levels_off(2).ends_with("і ўсе 2 праграмы так і не будуць выкананы."));
}

#[test]
fn a_quotation_inside_a_quotation_takes_the_inner_marks() {
    let lukashenko = data_be("later.reports.lukashenko-2023-02", "wording");
    assert_eq!(
        shown(Be.quotation(&lukashenko)),
        "«каля 80␣% (па-руску — „под 80%“)»"
    );
    let mezentsev = data_be("later.reports.mezentsev-2023-10", "wording");
    assert_eq!(
        crate::messages::samples::nesting_depth(&Be.quoted_note(&mezentsev, None)),
        1
    );
}

#[test]
fn the_articles_own_outlets_are_named_in_belarusian() {
    use crate::model::lang::Lang;
    let d = crate::model::Dataset::embedded();
    let shown: Vec<(String, String)> = crate::sections::tables::source_index(&Be, &d)
        .into_iter()
        .map(|u| (u.outlet, u.cited.name))
        .chain(
            d.milestones
                .iter()
                .zip(&d.localized(Lang::Be).milestones)
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
        // Proper names keep their spelling; every other word is Belarusian.
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
        let has_words = !crate::messages::samples::latin_words(&common(english)).is_empty();
        for name in names {
            let rest = common(name);
            assert!(
                crate::messages::samples::latin_words(&rest).is_empty(),
                "{english} → {name}"
            );
            if has_words {
                assert!(
                    rest.chars().any(|c| c.is_alphabetic() && !c.is_ascii()),
                    "{english} → {name}"
                );
            }
        }
    }
}

#[test]
fn a_number_shown_with_decimals_takes_the_genitive_singular() {
    use crate::model::locale;
    use crate::model::plural::{category, PluralCategory};
    // "1,0" reads "адна цэлая нуль дзясятых": the genitive singular, as "1,5 працэнта".
    let phrase = |value: f64| {
        super::counted(
            &locale::fixed(crate::model::lang::Lang::Be, value, 1),
            super::PERCENT,
        )
    };
    assert_eq!(phrase(1.0), "1,0 працэнта");
    assert_eq!(phrase(2.0), "2,0 працэнта");
    assert_eq!(phrase(5.0), "5,0 працэнта");
    assert_eq!(phrase(21.0), "21,0 працэнта");
    assert_eq!(phrase(1.5), "1,5 працэнта");
    assert_eq!(
        category(crate::model::lang::Lang::Be, 1.0, 1),
        PluralCategory::Other
    );
    // Whole numbers keep their forms.
    assert_eq!(Be.percent_words(1.0, 0), "1 працэнт");
    assert_eq!(
        Be.percent_words(1.0, 1),
        "1 працэнт",
        "no trailing zero shown"
    );
}
