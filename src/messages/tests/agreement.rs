//! Agreement with the numbers as shown, the locale's numbers and dates, and no English left in
//! any message, in each language.

use super::{shown, LANGUAGES};
use crate::messages::samples::{date, every_message, problems, same_as_english};
use crate::messages::{FateText, GuessText, ScenarioText};
use crate::model::backtest::Reported;
use crate::model::dataset::Precision;

#[test]
fn every_message_is_in_its_language() {
    for s in LANGUAGES {
        let messages = every_message(s.m);
        assert!(messages.len() > 400, "{}", messages.len());
        let problems = problems(&messages);
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }
}

#[test]
fn counted_words_agree_with_1_2_5_21_and_fractions() {
    for s in LANGUAGES {
        let m = s.m;
        for (pace, words) in s.pace {
            assert_eq!(m.pace_value(*pace), *words);
        }
        assert_eq!([1, 2, 5, 21].map(|n| m.progress_title(n)), s.titles);
        assert_eq!([1, 2, 5, 21, 28].map(|n| m.headline(n)), s.headlines);
        let slowdown = [1.0, 2.0, 5.0, 21.0].map(|p| m.slowdown_spoken(p));
        assert_eq!(slowdown, s.slowdown);
        let intro = [1, 2, 5, 21].map(|n| m.refused_intro("ф", n));
        for (intro, end) in intro.iter().zip(s.problems_found) {
            assert!(intro.ends_with(end), "{intro}");
        }
    }
}

#[test]
fn the_scenario_sentence_reads_as_one_sentence() {
    for s in LANGUAGES {
        let sentence = |pace: f64, remaining: f64, months: f64, count: u32| {
            s.m.scenario_sentence(ScenarioText::Completes {
                pace,
                slowdown_percent: 0.0,
                remaining,
                months,
                done: date("2024-03-01"),
                count,
            })
        };
        assert_eq!(sentence(3.7, 36.3, 9.8, 28), s.scenario[0]);
        assert_eq!(sentence(1.0, 1.0, 1.0, 21), s.scenario[1]);
        assert_eq!(sentence(2.0, 2.0, 2.0, 2), s.scenario[2]);
        assert_eq!(sentence(5.0, 5.0, 5.0, 5), s.scenario[3]);
        let durations = [
            (1.5, 1.5),
            (1.0, 0.5),
            (1.0, 30.0),
            (1.0, 60.0),
            (1.0, 252.0),
        ];
        for ((pace, months), words) in durations.into_iter().zip(s.durations) {
            assert!(sentence(pace, pace, months, 28).contains(words), "{words}");
        }
        let slowing = s.m.scenario_sentence(ScenarioText::LevelsOff {
            pace: 2.0,
            slowdown_percent: 21.0,
            level: 90.0,
            count: 28,
        });
        assert_eq!(shown(slowing), s.levels_off);
        let done = s.m.scenario_sentence(ScenarioText::AlreadyDone {
            count: 21,
            since: date("2023-04-05"),
        });
        assert_eq!(shown(done), s.done);
    }
}

#[test]
fn guesses_count_months() {
    for s in LANGUAGES {
        let guess = |months_late| {
            s.m.guess_comparison(GuessText::Completes {
                guess: date("2025-01-01"),
                projected: date("2024-03-01"),
                months_late,
            })
        };
        assert_eq!(guess(1), s.guess_late);
        for (months, words) in [2, 5, -21, 0].into_iter().zip(s.guesses) {
            assert!(guess(months).contains(words), "{months}");
        }
    }
}

#[test]
fn numbers_and_dates_follow_the_languages_convention() {
    for s in LANGUAGES {
        let m = s.m;
        assert_eq!(shown(m.billions(1234.5)), s.numbers[0]);
        assert_eq!(m.billions(-9.6), s.numbers[1]);
        assert_eq!(shown(m.number(12345.0, 0)), s.numbers[2]);
        assert_eq!(shown(m.long_date(date("2023-04-05"))), s.dates[0]);
        assert_eq!(m.month_year(date("2021-09-10")), s.dates[1]);
        assert_eq!(m.month_name(2), s.dates[2]);
        assert_eq!(shown(m.figure_percent_value(64.2)), s.percents[0]);
        assert_eq!(shown(m.growth_value(35.0)), s.percents[1]);
        assert!(m.lede(28, date("2021-09-10"), None).starts_with(s.lede[0]));
        assert!(m.lede(21, date("2021-09-10"), None).contains(s.lede[1]));
        let one = crate::model::DataError::TooFewObservations { found: 1 };
        assert_eq!(m.data_error(&one), s.one_observation);
    }
}

#[test]
fn what_happened_next_agrees_with_its_numbers() {
    for s in LANGUAGES {
        let [wording, who, cited_as] = s.report;
        let report = Reported {
            id: "r".into(),
            date: date("2022-12-19"),
            precision: Precision::Day,
            low: 60.0,
            high: 60.0,
            wording: wording.into(),
            who: who.into(),
            outlet: String::new(),
            cited_as: cited_as.into(),
            in_article: false,
        };
        let fate = |pace: f64, count: u32| {
            s.m.fate(FateText::DueThenReported {
                pace,
                start: date("2023-04-05"),
                count,
                due: date("2024-03-01"),
                report: &report,
            })
            .plain()
        };
        assert_eq!(fate(1.5, 21), s.fate[0]);
        assert!(fate(2.0, 2).starts_with(s.fate[1]));
        assert!(fate(5.0, 5).contains(s.fate[2]));
        assert_eq!([1, 2, 5, 21].map(|n| s.m.timeline_gap(n)), s.gaps);
        let halves = ["2022-06-30", "2022-12-31"]
            .map(|day| shown(s.m.report_when(date(day), Precision::Half)));
        assert_eq!(halves, s.halves);
    }
}

#[test]
fn no_message_is_left_as_the_english_one() {
    let english = every_message(&crate::messages::En);
    for s in LANGUAGES {
        let same = same_as_english(&every_message(s.m), &english);
        assert!(same.is_empty(), "{}", same.join("\n"));
    }
    // The check can fail: the English messages are all the English ones.
    assert!(same_as_english(&english, &english).len() > 400);
}
