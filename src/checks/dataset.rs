//! Tests of reading, validating and writing back the dataset, with the refusals in the English
//! page's words (the model's errors carry no words of their own).

use crate::charts::{balance, completion, timeline, trade};
use crate::messages::{messages, Lang};
use crate::model::dataset::validate::looks_like_markup;
use crate::model::dataset::*;
use crate::model::projection::{PaceBasis, Projection, Scenario};
use serde_json::Value;

/// A tiny deterministic generator, so the fuzz test needs no dependency and never flakes.
struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// A refusal in the English page's words.
pub(super) fn en(error: &DataError) -> String {
    messages(Lang::En).data_error(error)
}

/// Everything a loaded dataset goes through on the page, which must not panic either.
fn use_everywhere(dataset: &Dataset) {
    for basis in [PaceBasis::LatestTwo, PaceBasis::FirstToLast] {
        let projection = Projection::new(
            dataset,
            Scenario {
                pace: None,
                slowdown: 0.1,
                basis,
            },
        );
        let _ = crate::sections::progress::scenario_sentence(messages(Lang::En), &projection);
        let _ =
            crate::sections::progress::completion_rows(messages(Lang::En), dataset, &projection);
        let _ = completion::completion_chart(
            messages(Lang::En),
            dataset,
            &projection,
            &crate::charts::LIGHT,
        );
    }
    let _ = trade::trade_chart(messages(Lang::En), dataset, &crate::charts::LIGHT);
    let _ = balance::balance_chart(messages(Lang::En), dataset, &crate::charts::LIGHT);
    let _ = timeline::timeline_chart(messages(Lang::En), dataset, &crate::charts::LIGHT);
    let _ = crate::widgets::key_figures::key_figures(messages(Lang::En), dataset);
    let _ = crate::sections::sources::source_index(messages(Lang::En), dataset);
    let _ = crate::sections::trade::trade_rows(messages(Lang::En), dataset);
    let _ = crate::sections::balance::balance_rows(messages(Lang::En), dataset);
}

/// `count` inputs for the fuzz tests: mostly the embedded dataset with a few random edits (a byte
/// changed, the text cut, a token inserted, a span removed, a digit changed), every tenth one
/// random bytes. Deterministic, so a failure names a reproducible round.
fn mutated_inputs(count: usize) -> impl Iterator<Item = String> {
    let mut rng = XorShift(0x5eed_1234_abcd_ef01);
    let seed = EMBEDDED_JSON.as_bytes();
    let tokens: [&[u8]; 12] = [
        b"null",
        b"-1e400",
        b"1e308",
        b"\"\"",
        b"[]",
        b"{}",
        b"\"2023-02-30\"",
        b"0",
        b"\"derived\"",
        b"-0.0",
        b"\"\\u0000\"",
        b"\"projected\"",
    ];
    (0..count).map(move |round| {
        let mut bytes = seed.to_vec();
        for _ in 0..=rng.below(4) {
            if bytes.is_empty() {
                break;
            }
            let at = rng.below(bytes.len());
            match rng.below(5) {
                0 => bytes[at] = rng.next() as u8,
                1 => bytes.truncate(at),
                2 => {
                    let token = tokens[rng.below(tokens.len())];
                    bytes.splice(at..at, token.iter().copied());
                }
                3 => {
                    let end = (at + rng.below(40)).min(bytes.len());
                    bytes.drain(at..end);
                }
                _ => {
                    // Replace one JSON value's digits: numbers stay syntactically valid.
                    if bytes[at].is_ascii_digit() {
                        bytes[at] = b'0' + (rng.next() % 10) as u8;
                    }
                }
            }
        }
        if round % 10 == 0 {
            bytes = (0..rng.below(200)).map(|_| rng.next() as u8).collect();
        }
        String::from_utf8_lossy(&bytes).into_owned()
    })
}

// Guards against a panic in wasm from a file a reader loads: the parser, the projection and
// every chart builder must handle whatever arrives, byte for byte.
#[test]
fn arbitrary_input_never_panics() {
    let mut accepted = 0;
    for text in mutated_inputs(3_000) {
        if let Ok(dataset) = Dataset::from_json(&text) {
            accepted += 1;
            assert!(dataset.problems().is_empty());
            use_everywhere(&dataset);
        }
    }
    assert!(
        accepted > 100,
        "the mutations also reach the valid side ({accepted})"
    );
}

/// The embedded dataset as a value to edit, without its translations: they name entries by
/// id, so an edit that removes or renames one would also be refused for its translations.
pub(super) fn embedded_value() -> serde_json::Value {
    let mut value: serde_json::Value = serde_json::from_str(EMBEDDED_JSON).unwrap();
    if let Some(root) = value.as_object_mut() {
        root.remove("translations");
    }
    value
}

/// The problems the embedded dataset has once `edit` changes its JSON.
pub(super) fn problems_after(edit: impl FnOnce(&mut serde_json::Value)) -> Vec<DataError> {
    let mut value = embedded_value();
    edit(&mut value);
    Dataset::from_json(&value.to_string()).unwrap_err()
}

#[test]
fn embedded_dataset_is_valid_and_matches_the_article() {
    let dataset = Dataset::from_json(EMBEDDED_JSON).expect("embedded data validates");
    assert_eq!(dataset.programs.count, 28);
    assert_eq!(dataset.programs.source.cited_as, "RBC, September 10, 2021");
    assert_eq!(dataset.article.publisher, "The Jamestown Foundation");
    assert_eq!(dataset.article.date.to_string(), "2023-04-24");
    let reported: Vec<(String, f64, &str)> = dataset
        .progress
        .iter()
        .filter(|o| o.kind == Kind::Reported)
        .map(|o| (o.date.to_string(), o.percent, o.source.outlet.as_str()))
        .collect();
    assert_eq!(
        reported,
        vec![
            ("2023-01-12".to_string(), 70.0, "President.gov.by"),
            ("2023-04-05".to_string(), 80.0, "RIA Novosti"),
        ]
    );
    assert_eq!(Dataset::embedded(), dataset, "the fallback is never used");
}

#[test]
fn every_derived_trade_value_recomputes_from_its_formula() {
    let dataset = Dataset::embedded();
    let derived: Vec<&TradeValue> = dataset
        .trade
        .values
        .iter()
        .filter(|v| v.kind == Kind::Derived)
        .collect();
    // That each follows from its formula is what `from_json` checks; here, which they are.
    assert_eq!(derived.len(), 2, "2020 and 2021 goods trade");
    // 45 / 1.12 / 1.35, by hand, not by the code under test.
    let goods_2020 = dataset
        .trade
        .values
        .iter()
        .find(|v| v.id == "goods-2020")
        .unwrap();
    assert!((goods_2020.value - 45.0 / 1.12 / 1.35).abs() < 0.01);
    assert!(dataset
        .trade
        .note
        .contains("does not say whether the growth rates cover goods alone"));
}

#[test]
fn the_story_is_complete_and_sourced() {
    let dataset = Dataset::embedded();
    assert_eq!(dataset.balance.len(), 3);
    let surplus = dataset.balance.iter().find(|b| b.year == 2022).unwrap();
    assert_eq!(surplus.direction, Direction::Surplus);
    assert_eq!(surplus.value, None, "the article gives no amount");
    assert_eq!(dataset.milestones.len(), 14);
    assert_eq!(
        dataset
            .treaty_items
            .iter()
            .filter(|t| t.status == TreatyStatus::Stalled)
            .count(),
        5
    );
    assert_eq!(
        dataset
            .treaty_items
            .iter()
            .filter(|t| t.status == TreatyStatus::Agreed)
            .count(),
        2
    );
}

#[test]
fn refuses_a_derived_value_that_does_not_follow() {
    let problems = problems_after(|v| v["trade"]["values"][1]["value"] = 41.0.into());
    // 2021 no longer follows from 2022, and 2020 no longer follows from 2021.
    assert_eq!(problems.len(), 2, "{problems:?}");
    assert!(problems.iter().any(|p| matches!(
        p,
        DataError::DerivedMismatch { place, .. } if place == "trade.values[1].value"
    )));
    let problems =
        problems_after(|v| v["trade"]["values"][1]["derived_from"]["id"] = "nope".into());
    assert!(en(&problems[0]).starts_with("trade.values[1].derived_from:"));
}

#[test]
fn refuses_a_balance_whose_sign_contradicts_its_direction() {
    let problems = problems_after(|v| v["balance"][0]["value"] = 9.6.into());
    assert_eq!(
        en(&problems[0]),
        "balance[0].value: a deficit must be negative and a surplus positive"
    );
}

#[test]
fn a_dataset_without_the_story_sections_still_loads() {
    let mut value = embedded_value();
    for key in ["trade", "balance", "milestones", "treaty_items"] {
        value.as_object_mut().unwrap().remove(key);
    }
    let dataset = Dataset::from_json(&value.to_string()).expect("story sections are optional");
    assert!(dataset.milestones.is_empty());
}

// Guards the "download this dataset" button: what it writes must load back as it was.
#[test]
fn a_serialized_dataset_loads_back_unchanged() {
    let dataset = Dataset::embedded();
    let text = serde_json::to_string_pretty(&serde_json::to_value(&dataset).unwrap()).unwrap();
    assert_eq!(Dataset::from_json(&text), Ok(dataset));
}

// Guards the downloaded file's readability: it keeps the schema's field order (the structs'),
// not an alphabetical one, and reads back as the same dataset.
#[test]
fn the_downloaded_text_keeps_the_files_field_order() {
    // Every `"key":` in order of appearance; the texts hold no escaped quotes before colons.
    fn keys(text: &str) -> Vec<&str> {
        text.split('"')
            .collect::<Vec<_>>()
            .windows(2)
            .filter(|pair| pair[1].trim_start().starts_with(':'))
            .map(|pair| pair[0])
            .collect()
    }
    let written = Dataset::embedded().to_json_pretty();
    assert!(keys(&written).len() > 100);
    assert_eq!(keys(&written), keys(EMBEDDED_JSON));
    assert_eq!(Dataset::from_json(&written), Ok(Dataset::embedded()));
}

#[test]
fn refuses_markup_and_unknown_fields() {
    let problems =
        problems_after(|v| v["progress"][2]["wording"] = "<img src=x onerror=alert(1)>".into());
    assert_eq!(
        en(&problems[0]),
        "progress[2].wording: contains HTML markup; plain text only"
    );
    assert!(!looks_like_markup("growth < 5 percent, 3<4"));
    let problems = problems_after(|v| v["progress"][1]["percnt"] = 70.into());
    assert!(
        en(&problems[0]).starts_with("progress[1].percnt: unknown field `percnt`"),
        "{problems:?}"
    );
}

#[test]
fn refuses_dates_out_of_order() {
    let problems = problems_after(|v| v["progress"][2]["date"] = "2021-01-01".into());
    assert!(problems.iter().any(|p| matches!(
        p,
        DataError::DatesOutOfOrder { place, .. } if place == "progress[2].date"
    )));
}

#[test]
fn refuses_values_outside_0_to_100() {
    let problems = problems_after(|v| v["progress"][1]["percent"] = 101.5.into());
    assert_eq!(
        problems,
        vec![DataError::ValueOutOfRange {
            place: "progress[1].percent".into(),
            value: 101.5
        }]
    );
    let problems = problems_after(|v| v["progress"][1]["percent"] = (-1).into());
    assert_eq!(problems.len(), 1);
}

#[test]
fn refuses_a_zero_program_count() {
    let problems = problems_after(|v| v["programs"]["count"] = 0.into());
    assert_eq!(problems, vec![DataError::ProgramCount { found: 0 }]);
}

#[test]
fn refuses_unsourced_entries_and_lists_every_problem() {
    let problems = problems_after(|v| {
        v["progress"][1]["source"]["outlet"] = "".into();
        v["progress"][2]["wording"] = "  ".into();
        v["progress"][0]["formula"] = Value::Null;
    });
    assert_eq!(problems.len(), 3, "{problems:?}");
    let messages: Vec<String> = problems.iter().map(en).collect();
    assert!(messages.contains(&"progress[1].source.outlet: must not be empty".to_string()));
    assert!(messages.contains(&"progress[2].wording: must not be empty".to_string()));
    assert!(messages[..]
        .iter()
        .any(|m| m.starts_with("progress[0].formula")));
}

#[test]
fn refuses_projected_values_duplicates_and_too_few_points() {
    let problems = problems_after(|v| v["progress"][1]["kind"] = "projected".into());
    assert!(matches!(problems[0], DataError::ProjectedInData { .. }));
    let problems = problems_after(|v| v["progress"][1]["id"] = "decree".into());
    assert!(matches!(problems[0], DataError::DuplicateId { .. }));
    let problems = problems_after(|v| {
        v["progress"].as_array_mut().unwrap().truncate(1);
    });
    assert_eq!(problems, vec![DataError::TooFewObservations { found: 1 }]);
}

// Guards the early stop after a list over the limit, which once matched the message's words:
// it must key on the variant, and skip the slower checks that follow.
#[test]
fn a_list_over_the_limit_stops_the_checks_that_follow() {
    let problems = problems_after(|v| {
        let first = v["trade"]["values"][1].clone();
        let values = v["trade"]["values"].as_array_mut().unwrap();
        // Every copy is derived from a value missing here: the trade checks would flag each.
        let mut copy = first;
        copy["derived_from"]["id"] = "nowhere".into();
        values.resize(MAX_ENTRIES + 1, copy);
    });
    assert_eq!(
        problems,
        vec![DataError::TooManyEntries {
            place: "trade.values".into(),
            found: MAX_ENTRIES + 1
        }]
    );
    assert_eq!(
        en(&problems[0]),
        "trade.values: at most 500 entries are accepted, found 501"
    );
}

// Guards the place of a refusal: serde_path_to_error's path, with the whole file called
// "dataset" and a key it could not read left out rather than shown as "?".
#[test]
fn a_refusal_names_the_json_path() {
    let problems = problems_after(|v| v["trade"]["growth"][1]["year"] = 2022.5.into());
    assert_eq!(
        en(&problems[0]),
        "trade.growth[1].year: invalid type: floating point `2022.5`, expected i32"
    );
    let problems =
        Dataset::from_json(r#"{"schema_version": 1, "article": {"publisher": "#).unwrap_err();
    assert!(en(&problems[0])
        .starts_with("article.publisher: the text ends before the dataset is complete"));
    let problems = Dataset::from_json(r#"{"schema_version": 1, "article": {"#).unwrap_err();
    assert!(
        en(&problems[0]).starts_with("article: the text ends"),
        "{problems:?}"
    );
    let problems = Dataset::from_json("7").unwrap_err();
    assert_eq!(
        en(&problems[0]),
        "dataset: invalid type: integer `7`, expected struct Dataset"
    );
    let problems = problems_after(|v| v["progress"][1]["kind"] = 3.into());
    assert_eq!(
        en(&problems[0]),
        "progress[1].kind: invalid type: integer `3`, expected a string"
    );
    let problems = problems_after(|v| v["progress"][2]["kind"] = "guessed".into());
    assert_eq!(
        en(&problems[0]),
        "progress[2].kind: unknown variant `guessed`, expected one of `reported`, `derived`, `projected`"
    );
}

// Guards the one decision the derived reader takes that the hand-written one did not: a key
// repeated in one object makes the file ambiguous, so it is refused.
#[test]
fn refuses_a_repeated_key() {
    let text = EMBEDDED_JSON.replacen("\"count\": 28,", "\"count\": 28, \"count\": 29,", 1);
    assert_ne!(text, EMBEDDED_JSON);
    assert_eq!(
        en(&Dataset::from_json(&text).unwrap_err()[0]),
        "programs: duplicate field `count`"
    );
}

// Guards the split of a kind's three roles: the file's word is serde's, the class name and the
// label are methods of their own, so changing one cannot change the others.
#[test]
fn kinds_have_a_file_word_a_class_and_a_label() {
    for (kind, word) in [
        (Kind::Reported, "reported"),
        (Kind::Derived, "derived"),
        (Kind::Projected, "projected"),
    ] {
        assert_eq!(serde_json::to_value(&kind).unwrap(), word);
        assert_eq!(serde_json::from_value::<Kind>(word.into()).unwrap(), kind);
        assert_eq!(kind.css_class(), word);
        assert_eq!(kind.label(), word);
    }
    for (status, word) in [
        (TreatyStatus::Stalled, "stalled"),
        (TreatyStatus::Agreed, "agreed"),
    ] {
        assert_eq!(serde_json::to_value(status).unwrap(), word);
        assert_eq!(status.css_class(), word);
    }
    assert_eq!(serde_json::to_value(TradeCategory::Goods).unwrap(), "goods");
    assert_eq!(serde_json::to_value(Direction::Surplus).unwrap(), "surplus");
}

#[test]
fn refuses_malformed_text_with_a_reason() {
    for text in [
        "",
        "not json",
        "{}",
        "[1,2]",
        r#"{"schema_version": "one"}"#,
    ] {
        let problems = Dataset::from_json(text).unwrap_err();
        assert!(matches!(problems[0], DataError::Malformed { .. }), "{text}");
    }
    let problems = problems_after(|v| v["progress"][1]["date"] = "2023-13-01".into());
    assert!(en(&problems[0]).contains("\"2023-13-01\" is not a date"));
    let huge = " ".repeat(MAX_JSON_BYTES + 1);
    assert!(matches!(
        Dataset::from_json(&huge).unwrap_err()[0],
        DataError::TooLarge { .. }
    ));
}

#[test]
fn a_timeline_label_is_refused_blank_or_longer_than_one_phone_line() {
    // Guards against a label that would run off a 375 px chart or show as an empty dot.
    for short in ["   ", "A label far longer than one line beside its dot"] {
        let problems = problems_after(|v| v["milestones"][0]["short"] = short.into());
        assert_eq!(
            problems,
            vec![DataError::BadLabel {
                place: "milestones[0].short".into()
            }],
            "{short:?}"
        );
    }
    let dataset = Dataset::embedded();
    let labelled = dataset
        .milestones
        .iter()
        .find(|m| m.short.is_some())
        .unwrap();
    assert_ne!(
        labelled.label(),
        labelled.title,
        "the short title labels the chart"
    );
    assert_eq!(dataset.milestones[0].label(), dataset.milestones[0].title);
}

// Guards against a refused link whose reader-facing words no longer point to the way that works
// (the model's `LinkRefusal` carries no words; the data bar says this for both refusals).
#[test]
fn a_refused_link_names_the_load_button() {
    let message = messages(Lang::En).load_problem(crate::messages::LoadProblem::OtherSite);
    assert!(message.contains("its own site"), "{message}");
    assert!(message.contains("“Load data (JSON)…”"), "{message}");
}
