//! Host tests of the Russian messages: agreement with the numbers as shown, the locale's
//! numbers and dates, and no English left in any message. [`every_message`] is shared with the
//! Belarusian tests.

use super::Ru;
use crate::messages::{
    BalanceAmounts, ChartMessages, CompletionSeries, DataBarText, DataMessages, DerivedTrade,
    GuessText, Label, LoadProblem, Messages, NoscriptMessages, ScenarioText, TradeAmount,
};
use crate::model::dataset::{DataError, Dataset, Direction, Kind, TradeCategory, TreatyStatus};
use crate::model::{Date, PaceBasis, ThemeChoice};

/// Every fixed label; `listed` fails to compile when a variant is added and not listed here.
const LABELS: [Label; 23] = [
    Label::SkipLink,
    Label::UpdateReady,
    Label::Reload,
    Label::PredictToggle,
    Label::Month,
    Label::Year,
    Label::Reveal,
    Label::GuessAgain,
    Label::ScenarioTitle,
    Label::Pace,
    Label::Slowdown,
    Label::Basis,
    Label::Reset,
    Label::ProjectionHiddenSentence,
    Label::Projected,
    Label::ScenarioOnline,
    Label::ReportedMethod,
    Label::Date,
    Label::Implemented,
    Label::Kind,
    Label::WordingOrMethod,
    Label::Source,
    Label::OpenFull,
];

const SERIES: [CompletionSeries; 8] = [
    CompletionSeries::Reported,
    CompletionSeries::Derived,
    CompletionSeries::Projected,
    CompletionSeries::Band,
    CompletionSeries::BandBase,
    CompletionSeries::Completion,
    CompletionSeries::Stall,
    CompletionSeries::Guess,
];

const DATA_BAR: [DataBarText; 7] = [
    DataBarText::Builtin,
    DataBarText::Fetching,
    DataBarText::BackToBuiltin,
    DataBarText::LoadFile,
    DataBarText::DownloadJson,
    DataBarText::DownloadCsv,
    DataBarText::Dismiss,
];

/// Compile-time guard that the lists above name every variant.
#[allow(dead_code)]
fn listed(label: Label, series: CompletionSeries, bar: DataBarText) {
    match label {
        Label::SkipLink
        | Label::UpdateReady
        | Label::Reload
        | Label::PredictToggle
        | Label::Month
        | Label::Year
        | Label::Reveal
        | Label::GuessAgain
        | Label::ScenarioTitle
        | Label::Pace
        | Label::Slowdown
        | Label::Basis
        | Label::Reset
        | Label::ProjectionHiddenSentence
        | Label::Projected
        | Label::ScenarioOnline
        | Label::ReportedMethod
        | Label::Date
        | Label::Implemented
        | Label::Kind
        | Label::WordingOrMethod
        | Label::Source
        | Label::OpenFull => {}
    }
    match series {
        CompletionSeries::Reported
        | CompletionSeries::Derived
        | CompletionSeries::Projected
        | CompletionSeries::Band
        | CompletionSeries::BandBase
        | CompletionSeries::Completion
        | CompletionSeries::Stall
        | CompletionSeries::Guess => {}
    }
    match bar {
        DataBarText::Builtin
        | DataBarText::Fetching
        | DataBarText::BackToBuiltin
        | DataBarText::LoadFile
        | DataBarText::DownloadJson
        | DataBarText::DownloadCsv
        | DataBarText::Dismiss => {}
    }
}

pub(in crate::messages) fn date(text: &str) -> Date {
    Date::parse(text).expect("valid test date")
}

/// The built-in dataset with every text from the article or its sources replaced by a
/// Cyrillic stand-in: those are data (English quotations, source names), not messages.
fn sample_dataset() -> Dataset {
    let mut data =
        Dataset::from_json(crate::model::dataset::EMBEDDED_JSON).expect("built-in dataset");
    let quote = || "цитата".to_string();
    let source = || "Источник".to_string();
    for o in &mut data.progress {
        o.wording = quote();
        o.formula = o.formula.as_ref().map(|_| "формула".into());
        o.source.cited_as = source();
    }
    for v in &mut data.trade.values {
        v.wording = quote();
        v.formula = v.formula.as_ref().map(|_| "формула".into());
        v.source.cited_as = source();
    }
    for b in &mut data.balance {
        b.wording = quote();
        b.source.cited_as = source();
    }
    for m in &mut data.milestones {
        m.when = "начало 1990-х".into();
        m.title = "Событие".into();
        m.detail = "Подробности.".into();
        m.source.cited_as = source();
    }
    data
}

/// Every message of a language, each under the method's name, called with sample arguments:
/// each fixed label and every variant of the enums a method takes, and counts of 1, 2, 5, 21
/// and 1.5 where a method counts something.
pub(in crate::messages) fn every_message<M>(m: &M) -> Vec<(String, String)>
where
    M: ChartMessages + DataMessages + NoscriptMessages,
{
    let data = sample_dataset();
    let mut out: Vec<(String, String)> = Vec::new();
    let mut add = |name: &str, text: String| out.push((name.to_string(), text));
    let april = date("2023-04-05");
    let kinds = [Kind::Reported, Kind::Derived, Kind::Projected];
    let categories = [TradeCategory::Goods, TradeCategory::Services];
    let directions = [Direction::Deficit, Direction::Surplus];
    let counts = [1u32, 2, 5, 21, 28, 111];
    let amounts = [1.0, 1.5, 2.0, 5.0, 21.0, 45.0, 1234.5, -9.6];

    for month in 1..=12 {
        add("month_name", m.month_name(month).into());
    }
    add("month_year", m.month_year(april));
    add("long_date", m.long_date(april));
    for value in amounts {
        add("billions", m.billions(value));
        add("number", m.number(value, 2));
    }
    for kind in &kinds {
        add("kind", m.kind(kind).into());
    }
    for category in categories {
        add("category", m.category(category).into());
        add("trade_measure", m.trade_measure(category).into());
    }
    for direction in directions {
        add("direction", m.direction(direction).into());
        for amount in [Some(9.6), None] {
            add("balance_value", m.balance_value(direction, amount));
        }
    }
    for status in [TreatyStatus::Stalled, TreatyStatus::Agreed] {
        add("treaty_status", m.treaty_status(status).into());
        add(
            "supports_treaty",
            m.supports_treaty("пункт", status, "2000-х"),
        );
    }
    for label in LABELS {
        add("label", m.label(label).into());
    }
    for count in counts {
        add("guess_question", m.guess_question(count));
        add("progress_title", m.progress_title(count));
        add("completion_caption", m.completion_caption(count));
        add("programs_column", m.programs_column(count));
        add("headline", m.headline(count));
        add("lede", m.lede(count, april, data.progress.last()));
        add("lede", m.lede(count, april, None));
        add("supports_programs", m.supports_programs(count));
        add("noscript_title", m.noscript_title(count));
        add("noscript_programs", m.noscript_programs(count, "Источник"));
        add("completion_axis", m.completion_axis(count));
        add("all_programs_label", m.all_programs_label(count));
        add("all_programs_name", m.all_programs_name(count));
        add(
            "projected_done_note",
            m.projected_done_note(count, 3.7, 10.0),
        );
        add(
            "projected_tooltip",
            m.projected_tooltip(april, 64.2, 18.0, count),
        );
        for (done, level) in [(Some(april), 0.0), (None, 90.0)] {
            let reported: Vec<_> = data.progress.iter().collect();
            add(
                "completion_description",
                m.completion_description(count, &reported, 3.7, 20.0, done, level),
            );
        }
        let level = 88.0;
        add(
            "guess_comparison",
            m.guess_comparison(GuessText::Stalls {
                guess: april,
                count,
                level,
            }),
        );
    }
    add("guess_year_problem", m.guess_year_problem(2023, 2100));
    for value in [0.0, 1.0, 1.5, 2.0, 5.0, 21.0, 3.7] {
        add("pace_value", m.pace_value(value));
        add("slowdown_spoken", m.slowdown_spoken(value));
        add("slowdown_value", m.slowdown_value(value));
        add("projected_method", m.projected_method(value));
        add("figure_percent_value", m.figure_percent_value(value));
        add("growth_value", m.growth_value(value));
        add("supports_growth", m.supports_growth(value, 2022));
        add("figure_trade_value", m.figure_trade_value(value));
        add("projected_note", m.projected_note(value, 0.0));
        add("projected_note", m.projected_note(value, 10.0));
        add("stall_label", m.stall_label(value));
        for basis in [PaceBasis::LatestTwo, PaceBasis::FirstToLast] {
            add("basis_choice", m.basis_choice(basis, value));
        }
        for kind in &kinds {
            add("supports_progress", m.supports_progress(value, april, kind));
            for category in categories {
                add(
                    "supports_trade",
                    m.supports_trade(value, category, 2022, kind),
                );
            }
        }
        for count in counts {
            add(
                "scenario_sentence",
                m.scenario_sentence(ScenarioText::Completes {
                    pace: value,
                    slowdown_percent: 0.0,
                    remaining: value,
                    months: value,
                    done: april,
                    count,
                }),
            );
            add(
                "scenario_sentence",
                m.scenario_sentence(ScenarioText::Completes {
                    pace: 3.7,
                    slowdown_percent: value,
                    remaining: 36.3,
                    months: value * 12.0,
                    done: april,
                    count,
                }),
            );
            add(
                "scenario_sentence",
                m.scenario_sentence(ScenarioText::AlreadyDone {
                    count,
                    since: april,
                }),
            );
            add(
                "scenario_sentence",
                m.scenario_sentence(ScenarioText::Stopped {
                    percent: value,
                    programs: value,
                    count,
                }),
            );
            add(
                "scenario_sentence",
                m.scenario_sentence(ScenarioText::LevelsOff {
                    pace: value,
                    slowdown_percent: 10.0,
                    level: 90.0,
                    programs: value,
                    count,
                }),
            );
        }
    }
    add("embed_source", m.embed_source("Издатель", april));
    add("kicker", m.kicker().into());
    add("loading", m.loading().into());
    add("theme_label", m.theme_label().into());
    for choice in ThemeChoice::ALL {
        add("theme_choice", m.theme_choice(choice).into());
    }
    add("credit", m.credit("тема", "Издатель", "Вашингтон", april));
    add("figure_programs", m.figure_programs(april));
    add("figure_percent", m.figure_percent(april, "цитата"));
    for services in [Some(5.0), None] {
        add("figure_trade", m.figure_trade(2022, services));
    }
    add("figure_surplus_value", m.figure_surplus_value().into());
    for amount in [Some(1.5), None] {
        add("figure_surplus", m.figure_surplus(2022, amount));
        add(
            "supports_balance",
            m.supports_balance(Direction::Surplus, 2022, amount),
        );
    }
    for formula in [Some("формула"), None] {
        add("quoted_note", m.quoted_note("цитата", formula));
    }
    add("projection_source", m.projection_source().into());
    for months_late in [0, 1, 2, 5, 21, -1, -2, -5, -21] {
        add(
            "guess_comparison",
            m.guess_comparison(GuessText::Completes {
                guess: april,
                projected: date("2024-03-01"),
                months_late,
            }),
        );
    }
    add("projection_hidden", m.projection_hidden().into());
    add("growth_measure", m.growth_measure().into());
    add("derived_note", m.derived_note("формула"));
    add(
        "supports_milestone",
        m.supports_milestone("Событие", "1990-е"),
    );

    // Charts.
    for series in SERIES {
        add("completion_series", m.completion_series(series).into());
    }
    add("percent_axis_template", m.percent_axis_template().into());
    for observation in &data.progress {
        add("observation_tooltip", m.observation_tooltip(observation));
    }
    add("projected_date_label", m.projected_date_label(april));
    add("guess_label", m.guess_label(april));
    for kind in &kinds {
        for category in categories {
            add("trade_series", m.trade_series(category, kind).into());
        }
        for direction in directions {
            add("balance_series", m.balance_series(direction, kind));
        }
    }
    add("trade_axis_template", m.trade_axis_template().into());
    for value in &data.trade.values {
        add("trade_tooltip", m.trade_tooltip(value));
    }
    let reported = vec![
        (
            2021,
            vec![TradeAmount {
                value: 38.5,
                category: TradeCategory::Goods,
                hedged: false,
            }],
        ),
        (
            2022,
            vec![
                TradeAmount {
                    value: 45.0,
                    category: TradeCategory::Goods,
                    hedged: false,
                },
                TradeAmount {
                    value: 5.0,
                    category: TradeCategory::Services,
                    hedged: true,
                },
            ],
        ),
    ];
    let derived = |rates: Vec<(f64, i32)>, rates_reported| DerivedTrade {
        category: TradeCategory::Goods,
        amounts: vec![(29.8, 2020), (31.0, 2019)],
        rates,
        rates_reported,
    };
    for derived in [
        vec![],
        vec![derived(vec![], false)],
        vec![derived(vec![(35.0, 2021)], true)],
        vec![derived(vec![(35.0, 2021), (1.5, 2020)], false)],
    ] {
        add(
            "trade_description",
            m.trade_description(&reported, &derived),
        );
        add("trade_description", m.trade_description(&[], &derived));
    }
    add("balance_axis", m.balance_axis().into());
    for direction in directions {
        add(
            "balance_unreported_series",
            m.balance_unreported_series(direction).into(),
        );
        for first in [true, false] {
            add(
                "balance_marker_label",
                m.balance_marker_label(direction, first),
            );
        }
    }
    for entry in &data.balance {
        add("balance_tooltip", m.balance_tooltip(entry));
    }
    let one = BalanceAmounts {
        direction: Direction::Deficit,
        amounts: vec![(9.6, 2018, false)],
    };
    let two = BalanceAmounts {
        direction: Direction::Deficit,
        amounts: vec![(9.6, 2018, false), (8.4, 2019, true)],
    };
    for (valued, unvalued) in [
        (vec![], vec![]),
        (vec![one], vec![(2022, Direction::Surplus, true)]),
        (vec![two], vec![(2023, Direction::Surplus, false)]),
    ] {
        add(
            "balance_description",
            m.balance_description(&valued, &unvalued),
        );
    }
    add("timeline_series", m.timeline_series().into());
    for milestone in &data.milestones {
        add("milestone_tooltip", m.milestone_tooltip(milestone));
    }
    for n in [0, 1, 2, 5, data.milestones.len()] {
        let n = n.min(data.milestones.len());
        add(
            "timeline_description",
            m.timeline_description(&data.milestones[..n]),
        );
    }

    // Data bar and refusals.
    for problem in [
        LoadProblem::FileTooLarge { bytes: 1_500_000 },
        LoadProblem::FileUnreadable,
        LoadProblem::NoFetch,
        LoadProblem::OtherSite,
        LoadProblem::NoAnswer { seconds: 1 },
        LoadProblem::NoAnswer { seconds: 2 },
        LoadProblem::NoAnswer { seconds: 15 },
        LoadProblem::NoAnswer { seconds: 21 },
        LoadProblem::Unreachable,
        LoadProblem::ServerAnswered {
            status: 404,
            text: "ответ".into(),
        },
        LoadProblem::LinkTooLarge { bytes: 2_000_000 },
        LoadProblem::AnswerUnreadable,
    ] {
        add("load_problem", m.load_problem(problem));
    }
    let place = || "место[0]".to_string();
    for error in [
        DataError::TooLarge { bytes: 1_234_567 },
        DataError::Malformed {
            place: "dataset".into(),
            message: "описание".into(),
        },
        DataError::Malformed {
            place: place(),
            message: "описание".into(),
        },
        DataError::ProgramCount { found: 0 },
        DataError::TooFewObservations { found: 1 },
        DataError::TooFewObservations { found: 0 },
        DataError::TooManyObservations { found: 501 },
        DataError::DatesOutOfOrder {
            place: place(),
            date: april,
            previous: date("2023-05-01"),
        },
        DataError::ValueOutOfRange {
            place: place(),
            value: 101.5,
        },
        DataError::Unsourced { place: place() },
        DataError::MissingFormula { place: place() },
        DataError::ProjectedInData { place: place() },
        DataError::DuplicateId {
            place: place(),
            id: "метка".into(),
        },
        DataError::UnsupportedVersion { found: 2 },
        DataError::DerivedMismatch {
            place: place(),
            expected: 29.76,
            found: 31.0,
        },
        DataError::TooManyEntries {
            place: place(),
            found: 501,
        },
        DataError::TooManyEntries {
            place: place(),
            found: 1021,
        },
        DataError::TextTooLong { place: place() },
        DataError::Markup { place: place() },
        DataError::GrowthOutOfRange { place: place() },
        DataError::TradeValueOutOfRange { place: place() },
        DataError::UnknownDerivation { place: place() },
        DataError::BalanceOutOfRange { place: place() },
        DataError::BalanceSign { place: place() },
    ] {
        add("data_error", m.data_error(&error));
    }
    for problems in [1, 2, 5, 21] {
        add("refused_intro", m.refused_intro("файл", problems));
        add(
            "embed_refused",
            m.embed_refused("ссылка", "причина", problems),
        );
    }
    for text in DATA_BAR {
        add("data_bar", m.data_bar(text).into());
    }
    add("showing_loaded", m.showing_loaded("файл"));

    // The page without JavaScript.
    add("noscript_intro", m.noscript_intro().into());
    add(
        "noscript_progress",
        m.noscript_progress(64.2, april, "цитата", "Источник"),
    );
    for category in categories {
        add(
            "noscript_trade",
            m.noscript_trade(45.0, category, 2022, "Источник"),
        );
    }
    add("noscript_surplus", m.noscript_surplus(2022, "Источник"));
    let (caption, headers) = m.noscript_progress_table();
    add("noscript_progress_table", caption.into());
    for header in headers {
        add("noscript_progress_table", header.into());
    }
    let (caption, headers) = m.noscript_trade_table();
    add("noscript_trade_table", caption.into());
    for header in headers {
        add("noscript_trade_table", header.into());
    }
    let (caption, headers) = m.noscript_balance_table();
    add("noscript_balance_table", caption.into());
    for header in headers {
        add("noscript_balance_table", header.into());
    }
    let (caption, headers) = m.noscript_milestones_table();
    add("noscript_milestones_table", caption.into());
    for header in headers {
        add("noscript_milestones_table", header.into());
    }
    add(
        "milestone_event",
        m.milestone_event("Событие", "подробности"),
    );
    add(
        "noscript_article",
        m.noscript_article("Издатель", "Вашингтон", april),
    );
    out
}

/// Tokens that stay in the Latin alphabet in every language: names of formats and of the
/// chart library, ECharts' `{value}` placeholder, and the dataset file's field names, which
/// errors quote as the file spells them.
const ALLOWED_LATIN: [&str; 8] = [
    "{value}",
    "programs.count",
    "schema_version",
    "progress",
    "ECharts",
    "PNG",
    "CSV",
    "JSON",
];

/// The runs of Latin letters in `text` that are not allowed tokens (URLs would be allowed
/// too; no message holds one).
pub(in crate::messages) fn latin_words(text: &str) -> Vec<String> {
    let mut text = text.to_string();
    for token in ALLOWED_LATIN {
        text = text.replace(token, " ");
    }
    text.split(|c: char| !c.is_ascii_alphabetic())
        .filter(|word| !word.is_empty())
        .map(str::to_string)
        .collect()
}

/// The problems of one language's messages: Latin words, English number or percent style,
/// empty messages.
pub(in crate::messages) fn problems(messages: &[(String, String)]) -> Vec<String> {
    let mut found = Vec::new();
    for (name, text) in messages {
        if text.trim().is_empty() {
            found.push(format!("{name}: empty"));
        }
        let latin = latin_words(text);
        if !latin.is_empty() {
            found.push(format!("{name}: Latin {latin:?} in {text:?}"));
        }
        let chars: Vec<char> = text.chars().collect();
        for (at, window) in chars.windows(3).enumerate() {
            if window[0].is_ascii_digit() && window[1] == '.' && window[2].is_ascii_digit() {
                found.push(format!("{name}: decimal point at {at} in {text:?}"));
            }
            if window[0].is_ascii_digit() && window[1] == ',' && window[2].is_ascii_digit() {
                // A decimal comma is fine; a thousands comma ("1,234") has three digits after it.
                let digits = chars[at + 2..]
                    .iter()
                    .take_while(|c| c.is_ascii_digit())
                    .count();
                if digits == 3
                    && chars[..=at]
                        .iter()
                        .rev()
                        .take_while(|c| c.is_ascii_digit())
                        .count()
                        <= 3
                {
                    found.push(format!("{name}: English grouping at {at} in {text:?}"));
                }
            }
        }
        if text.contains("..") {
            found.push(format!("{name}: two full stops in {text:?}"));
        }
        for (at, c) in chars.iter().enumerate() {
            if *c == '%' && at > 0 && chars[at - 1] != '\u{a0}' {
                found.push(format!("{name}: no no-break space before % in {text:?}"));
            }
        }
    }
    found
}

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
        programs: 25.2,
        count: 28,
    });
    assert_eq!(
        shown(slowing),
        "При начальном темпе 2 пункта в месяц и замедлении на 21 процент в месяц выполнение остановится около 90␣% (примерно 25,2 из 28 программ) и никогда не достигнет 100␣%."
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
