//! Issue #27, part 6: the wording fixes, each guarded by the page's own functions, in each
//! language.

use super::{data, shown, LANGUAGES};
use crate::messages::samples::reader_texts;
use crate::messages::samples::{date, latin_words, nesting_depth, other_program_names};
use crate::messages::{CompletionSeries, FateText, Rich, ScenarioText};
use crate::model::backtest::{all_reported, Backtest};
use crate::model::sections::Section;
use crate::model::Dataset;
use crate::sections::after::{fate, forecast_sentences, programs_sentence};

#[test]
fn the_band_is_a_pace_lower_or_higher_than_the_chosen_one() {
    use crate::model::projection::BAND_SHARE;
    for s in LANGUAGES {
        // As the progress section calls it.
        assert_eq!(s.m.projected_method(BAND_SHARE * 100.0), s.band);
        for (band, words) in [1.0, 2.0, 5.0, 21.0].into_iter().zip(s.bands) {
            assert!(s.m.projected_method(band).contains(words), "{band}");
        }
    }
}

#[test]
fn the_stall_legend_says_growth_stops() {
    for s in LANGUAGES {
        assert_eq!(s.m.completion_series(CompletionSeries::Stall), s.stall);
    }
}

#[test]
fn the_programs_are_called_union_programs_everywhere() {
    for s in LANGUAGES {
        let found = other_program_names(&reader_texts(s.m));
        assert!(found.is_empty(), "{}", found.join("\n"));
        // The check can fail.
        let planted = [("x".to_string(), s.other_name.to_string())];
        assert_eq!(other_program_names(&planted).len(), 1);
        assert_eq!(s.m.headline(28), s.headlines[4]);
        assert_eq!(s.m.headline(21), s.headlines[3]);
        assert_eq!(s.m.embed_title(Section::Progress), s.embed_progress);
        assert!(s
            .m
            .lede(28, date("2021-09-10"), None)
            .starts_with(s.lede[0]));
        assert_eq!(
            [28, 21, 2].map(|n| s.m.supports_programs(n)),
            s.supports_programs
        );
        let detail = data(s.lang, "milestones.programs-agreed", "detail");
        assert!(detail.contains(s.programs_detail), "{detail}");
    }
}

#[test]
fn percentages_relate_to_measures_not_whole_programs() {
    for s in LANGUAGES {
        let counts = ["8 из 28 (март 2023)".to_string()];
        assert!(s
            .m
            .measures_not_programs(28, &counts)
            .starts_with(s.measures[0]));
        assert!(s
            .m
            .measures_not_programs(21, &counts)
            .contains(s.measures[1]));
        assert!(s.m.measures_not_programs(21, &[]).contains(s.measures[1]));
        // As "What happened next" says it, beside the dataset's note.
        let local = Dataset::embedded().localized(s.lang).into_owned();
        let sentence = programs_sentence(s.m, &local);
        assert!(sentence.starts_with(s.measures[0]), "{sentence}");
        let note = data(s.lang, "later", "note");
        assert!(note.contains(s.measures[0].trim_end_matches('.')), "{note}");
        assert!(!s.m.derived_programs_note(28).contains(s.not_count));
    }
}

#[test]
fn the_treaty_gave_an_unprecedentedly_deep_model_and_legal_parity() {
    for s in LANGUAGES {
        let detail = data(s.lang, "milestones.union-state-treaty", "detail");
        let [deep, parity, advanced, equality] = s.treaty;
        assert!(detail.contains(deep), "{detail}");
        assert!(detail.contains(parity), "{detail}");
        assert!(!detail.contains(advanced) && !detail.contains(equality));
    }
}

#[test]
fn the_derived_start_rests_on_an_assumption() {
    for s in LANGUAGES {
        assert_eq!(s.m.labels().label_reported_method, s.assumption[0]);
        assert!(data(s.lang, "trade", "note").contains(s.assumption[1]));
    }
}

#[test]
fn reports_as_of_a_date_include_that_date() {
    for s in LANGUAGES {
        let text = shown(s.m.after_description(date("2023-01-12"), 3.7, &[]));
        assert!(text.contains(s.as_of), "{text}");
    }
}

#[test]
fn a_projection_that_levels_off_stops_growing() {
    for s in LANGUAGES {
        let levels_off = |count| {
            shown(s.m.scenario_sentence(ScenarioText::LevelsOff {
                pace: 3.7,
                slowdown_percent: 10.0,
                level: 90.0,
                count,
            }))
        };
        for (count, end) in [28, 21, 2].into_iter().zip(s.levels_off_ends) {
            assert!(levels_off(count).ends_with(end), "{count}");
        }
    }
}

#[test]
fn a_quotation_inside_a_quotation_takes_the_inner_marks() {
    for s in LANGUAGES {
        let m = s.m;
        for (key, quoted) in s.quotations {
            let wording = data(s.lang, key, "wording");
            assert_eq!(shown(m.quotation(&wording)), quoted);
            assert_eq!(nesting_depth(&m.quoted_note(&wording, None)), 1);
        }
        let local = Dataset::embedded().localized(s.lang).into_owned();
        let mut texts = Vec::new();
        for r in &all_reported(&local) {
            texts.push(m.quotation(&r.wording));
            texts.push(m.quoted_note(&r.wording, Some("формула")));
            texts.push(m.report_tooltip("когда", &r.wording, &r.who, &r.cited_as, false));
            texts.push(m.check_phrase(r, 64.2, 1.5));
            texts.push(m.disagree(r, r).plain());
            texts.push(
                m.noscript_progress(70.0, r.date, &r.wording, [&r.outlet, &r.cited_as])
                    .plain(),
            );
            texts.push(
                m.fate(FateText::DueThenReported {
                    pace: 3.7,
                    start: date("2023-04-05"),
                    count: 28,
                    due: date("2024-03-01"),
                    report: r,
                })
                .plain(),
            );
        }
        texts.push(m.timeline_description(&local.milestones));
        texts.extend(local.milestones.iter().map(|x| m.milestone_tooltip(x)));
        let test = Backtest::new(&local, crate::model::Scenario::default(), None);
        texts.push(fate(m, &test, &local).plain());
        texts.extend(forecast_sentences(m, &local).iter().map(Rich::plain));
        assert!(texts.iter().any(|t| t.contains(s.inner)));
        for text in &texts {
            assert!(nesting_depth(text) <= 1, "{text}");
        }
    }
}

#[test]
fn the_articles_own_outlets_are_named_in_the_language() {
    for s in LANGUAGES {
        let d = Dataset::embedded();
        let shown: Vec<(String, String)> = crate::sections::sources::source_index(s.m, &d)
            .into_iter()
            .map(|u| (u.outlet, u.cited.name))
            .chain(
                d.milestones
                    .iter()
                    .zip(&d.localized(s.lang).milestones)
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
            // Proper names keep their spelling; every other word is the language's.
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
                    let cyrillic = |c: char| ('а'..='я').contains(&c) || "ёіў".contains(c);
                    assert!(rest.chars().any(cyrillic), "{english} → {name}");
                }
            }
        }
    }
}
