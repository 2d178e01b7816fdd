//! Tests of the completion chart's option JSON.

use super::*;
use crate::charts::{json, series, TOOLTIP};
use crate::model::projection::{PaceBasis, Scenario};
use serde_json::{json, Value};

fn option(pace: Option<f64>, slowdown: f64) -> Value {
    let dataset = Dataset::embedded();
    let projection = Projection::new(
        &dataset,
        Scenario {
            pace,
            slowdown,
            basis: PaceBasis::LatestTwo,
        },
    );
    json(&completion_chart(
        crate::messages::messages(crate::messages::Lang::En),
        &dataset,
        &projection,
        &crate::charts::LIGHT,
    ))
}

#[test]
fn observed_points_carry_wording_source_and_date() {
    let option = option(None, 0.0);
    let reported = &series(&option, REPORTED_ID)["data"];
    assert_eq!(reported.as_array().unwrap().len(), 2);
    assert_eq!(reported[1]["value"], json!(["2023-04-05", 80.0]));
    let name = reported[1]["name"].as_str().unwrap();
    assert!(name.contains("April 5, 2023"));
    assert!(name.contains("almost 80 percent"));
    assert!(name.contains("Source: RIA Novosti, April 5"));
    let derived = &series(&option, DERIVED_ID)["data"][0];
    assert!(derived["name"]
        .as_str()
        .unwrap()
        .contains("Derived: 0: the decree"));
    assert_eq!(option["tooltip"]["formatter"], TOOLTIP);
    assert_eq!(
        series(&option, BAND_ID)["silent"],
        true,
        "the band has no tooltip"
    );
}

#[test]
fn projection_is_dashed_over_a_shaded_band() {
    let option = option(Some(4.0), 0.0);
    let projected = series(&option, PROJECTED_ID);
    assert_eq!(projected["lineStyle"]["type"], "dashed");
    assert_eq!(projected["data"][0]["value"], json!(["2023-04-05", 80.0]));
    // 5 April to 5 May is 30 days, 0.986 of a mean month.
    let month = 30.0 / crate::model::date::DAYS_PER_MONTH;
    assert_eq!(projected["data"][1]["value"][1], round2(80.0 + 4.0 * month));
    let base = series(&option, BAND_BASE_ID);
    let width = series(&option, BAND_ID);
    assert_eq!(base["stack"], "band");
    assert_eq!(width["stack"], "band");
    assert!(width["areaStyle"].is_object());
    // The band runs from 3 (low) to 5 (high) points a month.
    assert_eq!(base["data"][1][1], round2(80.0 + 3.0 * month));
    assert_eq!(width["data"][1][1], round2(2.0 * month));
}

#[test]
fn marks_100_percent_and_the_completion_date() {
    let option = option(Some(4.0), 0.0);
    let all = &series(&option, ALL_ID)["data"];
    assert_eq!(
        all[0]["value"],
        json!(["2021-11-08", 100.0]),
        "from the first point"
    );
    assert_eq!(all[0]["label"]["formatter"], "All 28 programs (100%)");
    assert_eq!(all[1][1], 100.0);
    let date = &series(&option, COMPLETION_ID)["data"];
    assert_eq!(date[0], json!(["2023-09-04", 0.0]));
    assert_eq!(date[1]["value"], json!(["2023-09-04", 100.0]));
    assert_eq!(date[1]["label"]["formatter"], "Projected: September 2023");
    assert_eq!(series(&option, COMPLETION_ID)["silent"], true, "no tooltip");
}

#[test]
fn series_keep_their_ids_and_show_their_names() {
    // Tests and merges find series by id; the legend and tooltip show the name.
    let pairs = |option: &Value| -> Vec<(String, String)> {
        option["series"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| (s["id"].to_string(), s["name"].to_string()))
            .collect()
    };
    let quoted = |list: &[(&str, &str)]| -> Vec<(String, String)> {
        list.iter()
            .map(|(id, name)| (json!(id).to_string(), json!(name).to_string()))
            .collect()
    };
    let base = [
        (BAND_BASE_ID, "Projected range (base)"),
        (BAND_ID, "Projected range"),
        (PROJECTED_ID, "Projected"),
        (ALL_ID, "All 28 programs"),
    ];
    let observed = [(REPORTED_ID, "Reported"), (DERIVED_ID, "Derived")];
    let completes: Vec<_> = base
        .iter()
        .chain(&[(COMPLETION_ID, "Projected completion")])
        .chain(&observed)
        .copied()
        .collect();
    assert_eq!(pairs(&option(Some(4.0), 0.0)), quoted(&completes));
    let stalls: Vec<_> = base
        .iter()
        .chain(&[(STALL_ID, "Projected stall")])
        .chain(&observed)
        .copied()
        .collect();
    assert_eq!(pairs(&option(Some(1.0), 0.1)), quoted(&stalls));
    let dataset = Dataset::embedded();
    let projection = Projection::new(&dataset, Scenario::default());
    let guess = Date::new(2024, 3, 1);
    let shown = json(&predict_chart(
        crate::messages::messages(crate::messages::Lang::En),
        &dataset,
        &projection,
        guess,
        &crate::charts::LIGHT,
    ));
    assert_eq!(series(&shown, GUESS_ID)["name"], "Your guess");
}

#[test]
fn a_stall_is_marked_instead_of_a_date() {
    let option = option(Some(1.0), 0.1);
    let stall = &series(&option, STALL_ID)["data"];
    assert_eq!(stall[0][1], 90.0);
    assert_eq!(stall[1]["value"][1], 90.0);
    let label = &stall[1]["label"];
    assert_eq!(label["formatter"], "Stalls near 90% (projected)");
    // Above the line's right end, clear of the levelling projection beneath it.
    assert_eq!(
        (&label["align"], &label["verticalAlign"]),
        (&json!("right"), &json!("bottom"))
    );
    assert_eq!(label["backgroundColor"], crate::charts::LIGHT.background);
    let ids: Vec<&Value> = option["series"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| &s["id"])
        .collect();
    assert!(!ids.contains(&&json!(COMPLETION_ID)), "no completion date");
}

#[test]
fn a_stall_near_100_percent_is_labelled_under_its_line_at_the_left() {
    let option = option(None, 0.2);
    let stall = &series(&option, STALL_ID)["data"];
    let level = stall[0]["value"][1].as_f64().expect("labelled first point");
    assert!(
        COMPLETE - level < STALL_LABEL_ROOM,
        "a stall near the top: {level}"
    );
    let label = &stall[0]["label"];
    assert_eq!(
        label["formatter"],
        format!(
            "Stalls near {}% (projected)",
            crate::model::format::number(level, 0)
        )
    );
    assert_eq!(
        (&label["align"], &label["verticalAlign"]),
        (&json!("left"), &json!("top"))
    );
    assert_eq!(
        stall[1],
        json!([stall[1][0], level]),
        "the right end has no label"
    );
}

#[test]
fn predict_mode_hides_the_projection_until_a_guess_then_marks_it() {
    let dataset = Dataset::embedded();
    let projection = Projection::new(&dataset, Scenario::default());
    let hidden = json(&predict_chart(
        crate::messages::messages(crate::messages::Lang::En),
        &dataset,
        &projection,
        None,
        &crate::charts::LIGHT,
    ));
    let ids: Vec<&str> = hidden["series"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids,
        vec![REPORTED_ID, DERIVED_ID],
        "nothing projected before the guess"
    );
    let guess = Date::new(2024, 3, 1).unwrap();
    let shown = json(&predict_chart(
        crate::messages::messages(crate::messages::Lang::En),
        &dataset,
        &projection,
        Some(guess),
        &crate::charts::LIGHT,
    ));
    assert!(shown["series"]
        .as_array()
        .unwrap()
        .iter()
        .any(|s| s["id"] == PROJECTED_ID));
    let marker = &series(&shown, GUESS_ID)["data"];
    assert_eq!(marker[0], json!(["2024-03-01", 0.0]));
    assert_eq!(marker[1]["value"][0], "2024-03-01");
    assert_eq!(marker[1]["label"]["formatter"], "Your guess: March 2024");
}

#[test]
fn axes_are_time_and_percent() {
    let option = option(None, 0.0);
    assert_eq!(option["xAxis"]["type"], "time");
    assert_eq!(option["yAxis"]["max"], 100.0);
    assert_eq!(option["yAxis"]["min"], 0);
    assert_eq!(option["animation"], false);
}

#[test]
fn description_names_the_reports_and_the_outcome() {
    let dataset = Dataset::embedded();
    let projection = Projection::new(&dataset, Scenario::default());
    let text = completion_description(
        crate::messages::messages(crate::messages::Lang::En),
        &dataset,
        &projection,
    );
    assert!(text.contains("70 percent on January 12, 2023 and 80 percent on April 5, 2023"));
    assert!(text.contains("reaches 100 percent around September 2023"));
}
