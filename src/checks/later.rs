//! Tests of the later-reports layer (issue #19): what it holds, what it refuses, and that the
//! article's own figures do not depend on it.

use super::dataset::{embedded_value, en, problems_after};
use crate::charts::completion;
use crate::messages::{messages, Lang};
use crate::model::dataset::*;
use crate::model::projection::{PaceBasis, Projection, Scenario};

#[test]
fn the_later_layer_holds_every_report_and_forecast_of_issue_19() {
    let data = Dataset::embedded();
    let reports = &data.later.reports;
    assert_eq!(reports.len(), 14);
    assert!(reports.iter().all(|r| r.after_article));
    let ids: Vec<&str> = reports.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(ids[0], "andreichenko-2022-h1");
    assert_eq!(ids[13], "supreme-council-2024-01");
    let programs: Vec<f64> = reports
        .iter()
        .filter(|r| r.counts == Counts::Programs)
        .filter_map(|r| r.value)
        .collect();
    assert_eq!(programs, [7.0, 8.0, 13.0]);
    let mezentsev = reports
        .iter()
        .find(|r| r.id == "mezentsev-2023-10")
        .unwrap();
    assert_eq!(mezentsev.bounds(), Some((70.0, 80.0)));
    assert_eq!(mezentsev.central(), Some(75.0));
    assert_eq!(
        messages(Lang::En).report_when(reports[0].date, reports[0].precision),
        "first half of 2022"
    );
    assert_eq!(
        messages(Lang::En).report_when(reports[11].date, reports[11].precision),
        "November 2023"
    );
    assert_eq!(
        reports[13].bounds(),
        None,
        "the 2024 council gave no figure"
    );
    assert_eq!(data.later.forecasts.len(), 2);
    assert_eq!(data.later.forecasts[1].due_by().to_string(), "2025-01-26");
    assert_eq!(
        reports[1].source.url.as_deref(),
        Some("https://tass.com/world/1497483")
    );
}

// Guards against the later layer leaking into the article's figures or default projection.
#[test]
fn the_article_layer_and_default_projection_do_not_depend_on_the_later_layer() {
    let with = Dataset::embedded();
    let mut value = embedded_value();
    value.as_object_mut().unwrap().remove("later");
    let without = Dataset::from_json(&value.to_string()).unwrap();
    assert!(without.later.is_empty());
    assert_eq!(with.progress, without.progress);
    for scenario in [
        Scenario::default(),
        Scenario {
            pace: Some(2.0),
            slowdown: 0.05,
            basis: PaceBasis::FirstToLast,
        },
    ] {
        let (a, b) = (
            Projection::new(&with, scenario),
            Projection::new(&without, scenario),
        );
        assert_eq!(a, b);
        let palette = &crate::charts::LIGHT;
        assert_eq!(
            crate::charts::chart_option(
                &completion::completion_chart(messages(Lang::En), &with, &a, palette),
                ""
            ),
            crate::charts::chart_option(
                &completion::completion_chart(messages(Lang::En), &without, &b, palette),
                ""
            )
        );
        assert_eq!(
            crate::sections::progress::completion_rows(messages(Lang::En), &with, &a),
            crate::sections::progress::completion_rows(messages(Lang::En), &without, &b)
        );
    }
    assert_eq!(
        crate::widgets::key_figures::key_figures(messages(Lang::En), &with),
        crate::widgets::key_figures::key_figures(messages(Lang::En), &without)
    );
    assert_eq!(
        crate::sections::sources::source_index(messages(Lang::En), &with),
        crate::sections::sources::source_index(messages(Lang::En), &without)
    );
    // Written back, the file without the layer has no `later` key at all.
    assert!(!without.to_json_pretty().contains("\"later\""));
    assert!(with.to_json_pretty().contains("\"after_article\": true"));
}

#[test]
fn refuses_a_later_report_that_claims_to_be_the_articles() {
    let problems = problems_after(|v| v["later"]["reports"][3]["after_article"] = false.into());
    assert_eq!(
        problems,
        [DataError::NotAfterArticle {
            place: "later.reports[3].after_article".into()
        }]
    );
    let problems = problems_after(|v| v["later"]["forecasts"][0]["after_article"] = false.into());
    assert_eq!(
        en(&problems[0]),
        "later.forecasts[0].after_article: must be true; the article's own figures belong in progress"
    );
}

#[test]
fn refuses_later_figures_out_of_range_ranges_upside_down_and_bad_addresses() {
    let cases: [(&str, serde_json::Value, &str); 5] = [
        ("value", 101.into(), "later.reports[1].value"),
        ("min", 95.into(), "later.reports[1].value"),
        ("date", "2021-01-01".into(), "later.reports[1].date"),
        ("who", " ".into(), "later.reports[1].who"),
        ("id", "andreichenko-2022-h1".into(), "later.reports[1].id"),
    ];
    for (field, bad, place) in cases {
        let problems = problems_after(|v| v["later"]["reports"][1][field] = bad.clone());
        assert_eq!(problems.len(), 1, "{field}: {problems:?}");
        assert!(en(&problems[0]).starts_with(place), "{problems:?}");
    }
    // A range whose ends are upside down; a count of programs above the 28.
    let problems = problems_after(|v| v["later"]["reports"][10]["min"] = 85.into());
    assert!(
        matches!(&problems[..], [DataError::LaterFigure { place }] if place == "later.reports[10].value")
    );
    let problems = problems_after(|v| v["later"]["reports"][5]["value"] = 29.into());
    assert!(matches!(&problems[..], [DataError::LaterFigure { .. }]));
    let problems = problems_after(|v| {
        v["later"]["reports"][1]["source"]["url"] = "javascript:alert(1)".into()
    });
    assert_eq!(
        problems,
        [DataError::BadUrl {
            place: "later.reports[1].source.url".into()
        }]
    );
    let problems = problems_after(|v| v["later"]["forecasts"][1]["within_months_min"] = 40.into());
    assert!(matches!(&problems[..], [DataError::ForecastRange { .. }]));
    let problems = problems_after(|v| v["later"]["reports"][1]["counts"] = "votes".into());
    assert!(
        en(&problems[0]).starts_with("later.reports[1].counts"),
        "{problems:?}"
    );
}

// A reader may load a file with more later reports than the built-in one.
#[test]
fn a_file_with_more_later_reports_loads() {
    let mut value = embedded_value();
    let extra = serde_json::json!({
        "id": "extra-2024-06", "date": "2024-06-30", "counts": "measures", "value": 93,
        "who": "A reader's source", "wording": "93 percent",
        "source": {"outlet": "Example", "date": "2024-06-30", "cited_as": "Example, June 30, 2024"},
        "after_article": true
    });
    value["later"]["reports"]
        .as_array_mut()
        .unwrap()
        .push(extra);
    let data = Dataset::from_json(&value.to_string()).unwrap();
    assert_eq!(data.later.reports.len(), 15);
    assert_eq!(Dataset::from_json(&data.to_json_pretty()).unwrap(), data);
}
