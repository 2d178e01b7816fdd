//! The scenario in the page's query string: only values that differ from the defaults, parsed
//! leniently (a malformed value falls back to its default, an out-of-range one is clamped).

use super::dataset::Observation;
use super::date::Date;
use super::format::number;
use super::projection::{
    default_pace, round_to_step, PaceBasis, Scenario, PACE_RANGE, PACE_STEP, SLOWDOWN_RANGE,
};

/// The query keys the scenario owns; every other key (such as `data`) is left alone.
pub const SCENARIO_KEYS: [&str; 4] = ["pace", "slowdown", "basis", AS_OF_KEY];

/// The key of the date the "What happened next" projection is made as of.
pub const AS_OF_KEY: &str = "asof";

/// Reads `?asof=`: an ISO date, or `None` (the article's figures only) if malformed.
pub fn as_of_from_query<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Option<Date> {
    pairs
        .into_iter()
        .filter(|(key, _)| *key == AS_OF_KEY)
        .find_map(|(_, value)| Date::parse(value.trim()).ok())
}

/// The `?asof=` pair, when a date is chosen.
pub fn as_of_to_query(as_of: Option<Date>) -> Option<(&'static str, String)> {
    as_of.map(|date| (AS_OF_KEY, date.to_string()))
}

/// Parameters that were renamed, as (old, new): links made before a rename keep working.
/// Add a pair here whenever a key in [`SCENARIO_KEYS`] changes its name; none has yet.
pub const RENAMED_KEYS: [(&str, &str); 0] = [];

/// The current name of a query key, following [`RENAMED_KEYS`]-style pairs.
pub fn canonical_key<'a>(key: &'a str, renamed: &[(&'static str, &'static str)]) -> &'a str {
    renamed
        .iter()
        .find(|(old, _)| *old == key)
        .map_or(key, |(_, new)| new)
}

fn parse_number(text: &str) -> Option<f64> {
    crate::model::format::parse_decimal(text.trim()).filter(|value| value.is_finite())
}

/// Reads a scenario from query pairs; anything missing or malformed keeps its default.
pub fn scenario_from_query<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Scenario {
    scenario_from_query_renamed(pairs, &RENAMED_KEYS)
}

/// [`scenario_from_query`] with an explicit table of renamed keys.
pub fn scenario_from_query_renamed<'a>(
    pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
    renamed: &[(&'static str, &'static str)],
) -> Scenario {
    let mut scenario = Scenario::default();
    for (key, value) in pairs {
        match canonical_key(key, renamed) {
            "pace" => {
                scenario.pace = parse_number(value)
                    .map(|pace| round_to_step(pace.clamp(PACE_RANGE.0, PACE_RANGE.1), PACE_STEP))
            }
            // In percent a month, as the slider shows it.
            "slowdown" => {
                if let Some(percent) = parse_number(value) {
                    let share = (percent / 100.0).clamp(SLOWDOWN_RANGE.0, SLOWDOWN_RANGE.1);
                    scenario.slowdown = round_to_step(share, 0.01);
                }
            }
            "basis" => {
                if let Some(basis) = PaceBasis::from_key(value.trim()) {
                    scenario.basis = basis;
                }
            }
            _ => {}
        }
    }
    scenario
}

/// The scenario's query pairs: only values that differ from the defaults.
pub fn scenario_to_query(
    scenario: &Scenario,
    observations: &[Observation],
) -> Vec<(&'static str, String)> {
    let scenario = normalize(scenario, observations);
    let mut pairs = Vec::new();
    if let Some(pace) = scenario.pace {
        pairs.push(("pace", number(pace, 1)));
    }
    if scenario.slowdown > 0.0 {
        pairs.push(("slowdown", number(scenario.slowdown * 100.0, 0)));
    }
    if scenario.basis != PaceBasis::default() {
        pairs.push(("basis", scenario.basis.key().to_string()));
    }
    pairs
}

/// The scenario as a link would restore it: clamped, on the sliders' steps, and with a pace
/// equal to the basis's default stored as "default".
pub fn normalize(scenario: &Scenario, observations: &[Observation]) -> Scenario {
    let clamped = scenario.clamped();
    let pace = clamped
        .pace
        .map(|pace| round_to_step(pace, PACE_STEP))
        .filter(|pace| *pace != default_pace(observations, clamped.basis));
    Scenario {
        pace,
        slowdown: round_to_step(clamped.slowdown, 0.01),
        basis: clamped.basis,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Dataset, Projection};

    fn pairs(query: &str) -> Vec<(&str, &str)> {
        query
            .split('&')
            .filter_map(|pair| pair.split_once('='))
            .collect()
    }

    // Guards against links that do not reopen the scenario they were copied from.
    #[test]
    fn scenario_to_query_to_scenario_is_the_identity() {
        let dataset = Dataset::embedded();
        let observations = &dataset.progress;
        let mut state = 0x9e37_79b9_7f4a_7c15_u64;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        for _ in 0..2_000 {
            let scenario = Scenario {
                pace: (next() % 4 != 0).then(|| (next() % 151) as f64 / 10.0),
                slowdown: (next() % 51) as f64 / 100.0,
                basis: if next() % 2 == 0 {
                    PaceBasis::LatestTwo
                } else {
                    PaceBasis::FirstToLast
                },
            };
            let query: Vec<(&str, String)> = scenario_to_query(&scenario, observations);
            let restored = scenario_from_query(query.iter().map(|(k, v)| (*k, v.as_str())));
            assert_eq!(
                normalize(&restored, observations),
                normalize(&scenario, observations),
                "{scenario:?} → {query:?}"
            );
            assert_eq!(
                Projection::new(&dataset, restored),
                Projection::new(&dataset, scenario),
                "the same link shows the same projection"
            );
        }
    }

    #[test]
    fn only_non_default_values_are_written() {
        let observations = Dataset::embedded().progress;
        assert!(scenario_to_query(&Scenario::default(), &observations).is_empty());
        let default_pace_chosen = Scenario {
            pace: Some(3.7),
            ..Scenario::default()
        };
        assert!(scenario_to_query(&default_pace_chosen, &observations).is_empty());
        let moved = Scenario {
            pace: Some(4.2),
            slowdown: 0.05,
            basis: PaceBasis::FirstToLast,
        };
        assert_eq!(
            scenario_to_query(&moved, &observations),
            vec![
                ("pace", "4.2".to_string()),
                ("slowdown", "5".to_string()),
                ("basis", "all".to_string())
            ]
        );
    }

    // Guards against old links breaking when a parameter is renamed.
    #[test]
    fn renamed_keys_still_work() {
        let renamed = [("rate", "pace")];
        let scenario = scenario_from_query_renamed(pairs("rate=4.5&slowdown=3"), &renamed);
        assert_eq!(scenario.pace, Some(4.5));
        assert_eq!(scenario.slowdown, 0.03);
        assert_eq!(canonical_key("pace", &renamed), "pace");
    }

    // Guards against a hand-edited as-of date breaking the page, and against links losing it.
    #[test]
    fn as_of_round_trips_and_falls_back_when_malformed() {
        let date = Date::parse("2022-08-24").unwrap();
        let pair = as_of_to_query(Some(date)).unwrap();
        assert_eq!(pair, ("asof", "2022-08-24".to_string()));
        assert_eq!(as_of_from_query([(pair.0, pair.1.as_str())]), Some(date));
        assert_eq!(as_of_to_query(None), None);
        for bad in [
            "",
            "2022-13-01",
            "2022-8-24",
            "yesterday",
            "2022-08-24T00:00",
        ] {
            assert_eq!(
                as_of_from_query(pairs(&format!("asof={bad}"))),
                None,
                "{bad}"
            );
        }
        assert_eq!(as_of_from_query(pairs("pace=4&asof=%20")), None);
        assert_eq!(
            scenario_from_query(pairs("asof=2022-08-24")),
            Scenario::default()
        );
    }

    // Guards against a hand-edited or truncated link breaking the page.
    #[test]
    fn malformed_values_fall_back_and_out_of_range_values_clamp() {
        let cases = [
            ("pace=abc", Scenario::default()),
            ("pace=", Scenario::default()),
            ("pace=NaN", Scenario::default()),
            ("pace=inf", Scenario::default()),
            ("pace=1e999", Scenario::default()),
            (
                "pace=99",
                Scenario {
                    pace: Some(PACE_RANGE.1),
                    ..Scenario::default()
                },
            ),
            (
                "pace=-4",
                Scenario {
                    pace: Some(0.0),
                    ..Scenario::default()
                },
            ),
            (
                "pace=4.26",
                Scenario {
                    pace: Some(4.3),
                    ..Scenario::default()
                },
            ),
            (
                "slowdown=500",
                Scenario {
                    slowdown: SLOWDOWN_RANGE.1,
                    ..Scenario::default()
                },
            ),
            ("slowdown=-1", Scenario::default()),
            ("slowdown=%20", Scenario::default()),
            ("basis=everything", Scenario::default()),
            (
                "basis=all",
                Scenario {
                    basis: PaceBasis::FirstToLast,
                    ..Scenario::default()
                },
            ),
            ("unknown=1&data=x.json", Scenario::default()),
        ];
        for (query, expected) in cases {
            assert_eq!(scenario_from_query(pairs(query)), expected, "{query}");
        }
    }
}
