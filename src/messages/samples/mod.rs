//! Sample calls of every message, and the checks every translation must pass, shared by the
//! Russian and Belarusian host tests.

use crate::messages::{AfterMessages, StoryMessages};
use crate::messages::{
    BalanceAmounts, ChartMessages, CompletionSeries, DataMessages, DerivedTrade, GuessText,
    LoadProblem, NoscriptMessages, ScenarioText, TradeAmount,
};
use crate::model::dataset::{DataError, Dataset, Direction, Kind, TradeCategory, TreatyStatus};
use crate::model::{Date, PaceBasis, ThemeChoice};

mod check;
mod frame;
mod golden;

pub(super) use check::{
    latin_words, nesting_depth, other_program_names, problems, same_as_english,
};

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

/// Compile-time guard that the lists above name every variant.
#[allow(dead_code)]
fn listed(series: CompletionSeries) {
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
}

/// Every text of `lang` a reader meets that the host tests can reach: every message (as
/// [`every_message`] calls them) and every translation of the embedded dataset into `lang`,
/// each under its name ("headline", "data milestones.programs-agreed.detail").
pub(super) fn reader_texts<M>(m: &M) -> Vec<(String, String)>
where
    M: ChartMessages + DataMessages + NoscriptMessages + AfterMessages + StoryMessages + ?Sized,
{
    let mut texts = every_message(m);
    let dataset = Dataset::embedded();
    let table = dataset
        .translations
        .table(m.lang())
        .expect("a translated language");
    for (key, fields) in table {
        for (field, text) in fields {
            texts.push((format!("data {key}.{field}"), text.clone()));
        }
    }
    texts
}

/// The labels whose field's name starts with `prefix` ("label_", "text_", "after_", "bar_"),
/// in the struct's order: the golden files list them so, by the method that gave them before
/// the labels were one struct.
fn labels_named<M: crate::messages::Messages + ?Sized>(m: &M, prefix: &str) -> Vec<&'static str> {
    let named = m.labels().named();
    named
        .into_iter()
        .filter(|(name, _)| name.starts_with(prefix))
        .map(|(_, text)| text)
        .collect()
}

/// A date from its ISO text, for the samples and tests.
pub(super) fn date(text: &str) -> Date {
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
pub(super) fn every_message<M>(m: &M) -> Vec<(String, String)>
where
    M: ChartMessages + DataMessages + NoscriptMessages + AfterMessages + StoryMessages + ?Sized,
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
    for label in labels_named(m, "label_") {
        add("label", label.into());
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
        add(
            "noscript_programs",
            m.noscript_programs(count, "Источник", "Источник").plain(),
        );
        add("completion_axis", m.completion_axis(count));
        add("all_programs_label", m.all_programs_label(count));
        add("all_programs_name", m.all_programs_name(count));
        add(
            "projected_done_note",
            m.projected_done_note(count, 3.7, 10.0),
        );
        add("projected_tooltip", m.projected_tooltip(april, 64.2));
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
                m.scenario_sentence(ScenarioText::Stopped { percent: value }),
            );
            add(
                "scenario_sentence",
                m.scenario_sentence(ScenarioText::LevelsOff {
                    pace: value,
                    slowdown_percent: 10.0,
                    level: 90.0,
                    count,
                }),
            );
        }
    }
    add("embed_source", m.embed_source("Издатель", april).plain());
    add("kicker", m.kicker().into());
    add("loading", m.loading().into());
    add("theme_label", m.theme_label().into());
    for choice in ThemeChoice::ALL {
        add("theme_choice", m.theme_choice(choice).into());
    }
    add(
        "credit",
        m.credit("тема", "Издатель", "Вашингтон", april).plain(),
    );
    add("figure_programs", m.figure_programs(april));
    add("figure_percent", m.figure_percent(april));
    add("quotation", m.quotation("цитата"));
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
    let formula = crate::model::dataset::Localized {
        text: "формула".into(),
        english: false,
    };
    add("derived_note", m.derived_note(&formula).plain());
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
    for years in [1, 2, 5, 7, 21] {
        add("timeline_gap", m.timeline_gap(years));
    }
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
        DataError::BadLabel { place: place() },
        DataError::NotAfterArticle { place: place() },
        DataError::LaterFigure { place: place() },
        DataError::ForecastRange { place: place() },
        DataError::BadUrl { place: place() },
        DataError::UnknownTranslation { place: place() },
        DataError::EmptyTranslation { place: place() },
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
    for text in labels_named(m, "bar_") {
        add("data_bar", text.into());
    }
    add("showing_loaded", m.showing_loaded("файл"));
    add("link_leaves_file", m.link_leaves_file("файл"));

    // The page without JavaScript.
    add("noscript_intro", m.noscript_intro().into());
    add(
        "noscript_progress",
        m.noscript_progress(64.2, april, "цитата", ["Источник"; 2])
            .plain(),
    );
    for category in categories {
        add(
            "noscript_trade",
            m.noscript_trade(45.0, category, 2022, ["Источник"; 2])
                .plain(),
        );
    }
    add(
        "noscript_surplus",
        m.noscript_surplus(2022, "Источник", "Источник").plain(),
    );
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
        m.noscript_article("Издатель", "Вашингтон", april).plain(),
    );
    frame::add_after_and_story(m, &mut add);
    out
}
