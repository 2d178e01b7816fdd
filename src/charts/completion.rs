//! The completion chart: observed progress, the projection over its band, 100 percent, the date.

use super::{
    chart, guide, guide_label, legend, marker_style, markers, named, push_series, round2, set_list,
    Palette,
};
use crate::model::projection::{Outcome, Projection, BAND_SHARE, COMPLETE};
use crate::model::summary::number;
use crate::model::{Dataset, Date, Kind, Observation};
use serde_json::{json, Value};

/// Series names, also shown in the legend.
pub const REPORTED: &str = "Reported";
/// Name of the derived-values series.
pub const DERIVED: &str = "Derived";
/// Name of the projection series.
pub const PROJECTED: &str = "Projected";
/// Name of the band series.
pub const BAND: &str = "Projected range";
/// Name of the vertical line at the projected completion date.
pub const COMPLETION: &str = "Projected completion";
/// Name of the horizontal line where a stalling projection levels off.
pub const STALL: &str = "Projected stall";

/// Percentage points under 100 that the stall's label needs above its line (about one line
/// of 12 px text on the shortest chart); a stall closer to 100 is labelled under its line.
const STALL_LABEL_ROOM: f64 = 8.0;
const BAND_BASE: &str = "Projected range (base)";

/// A `[date, percent]` pair, rounded so the option stays short.
fn pair(date: Date, percent: f64) -> Value {
    json!([date.to_string(), round2(percent)])
}

/// The tooltip text of one observation: date, value, wording and source.
pub fn observation_label(observation: &Observation) -> String {
    let formula = observation
        .formula
        .as_deref()
        .map(|f| format!(" Derived: {f}."))
        .unwrap_or_default();
    format!(
        "{}: {} percent. “{}”.{formula} Source: {}",
        observation.date.long(),
        number(observation.percent, 1),
        observation.wording,
        observation.source.cited_as
    )
}

fn observed_series(
    dataset: &Dataset,
    kind: Kind,
    name: &str,
    symbol: &str,
    color: &str,
    palette: &Palette,
) -> Value {
    let data: Vec<Value> = dataset
        .progress
        .iter()
        .filter(|o| o.kind == kind)
        .map(|o| named(pair(o.date, o.percent), observation_label(o)))
        .collect();
    let mut series = markers(name, symbol, 14.0, marker_style(color, palette));
    set_list(&mut series, "data", data);
    series
}

/// Axes, tooltip, legend and colours shared by the completion chart in every mode.
fn frame(count: u32, names: &[&str], palette: &Palette) -> Value {
    let mut option = chart(
        json!({ "left": 64, "right": 16, "top": 28, "bottom": 64 }),
        json!({ "type": "time" }),
        json!({
            "type": "value",
            "min": 0,
            "max": COMPLETE,
            "name": format!("Share of the {count} programs implemented"),
            "nameLocation": "middle",
            "nameGap": 44.0,
            "axisLabel": { "formatter": "{value}%" },
        }),
    );
    option["color"] = json!([palette.reported, palette.derived, palette.projected]);
    option["legend"] = legend(names);
    option
}

/// Name of the series that marks a student's guess in predict mode.
pub const GUESS: &str = "Your guess";

/// The completion chart in predict mode: observations only until a guess is made, then the
/// projection with the guess marked beside it.
pub fn predict_chart(
    dataset: &Dataset,
    projection: &Projection,
    guess: Option<Date>,
    palette: &Palette,
) -> Value {
    let Some(guess) = guess else {
        return with_observations(
            frame(dataset.programs.count, &[REPORTED, DERIVED], palette),
            dataset,
            palette,
        );
    };
    let mut option = completion_chart(dataset, projection, palette);
    let at = guess.to_string();
    let label = guide_label(
        json!([at, COMPLETE / 2.0]),
        format!("Your guess: {}", guess.month_year()),
        along_vertical(palette.derived, "center"),
    );
    push_series(
        &mut option,
        guide(
            GUESS,
            palette.derived,
            "dotted",
            2.0,
            vec![json!([at, 0.0]), label, json!([at, COMPLETE])],
        ),
    );
    option
}

/// Label settings for text along a vertical guide, reading upwards on its left, `align`ed
/// to the labelled point ("right": ending there; "center": centred on it).
fn along_vertical(color: &str, align: &str) -> Value {
    json!({
        "position": "inside",
        "rotate": 90.0,
        "align": align,
        "verticalAlign": "bottom",
        "padding": [0.0, 6.0, 4.0, 0.0],
        "color": color,
    })
}

/// Label settings for text beside a horizontal guide's point: `align` "left" starts the text
/// there, "right" ends it there; `above` puts it over the line, else under it. The padding
/// keeps the text off the line and off the point.
fn beside_horizontal(color: &str, align: &str, above: bool) -> Value {
    let (vertical, padding) = match (above, align) {
        (true, "left") => ("bottom", [0.0, 0.0, 3.0, 4.0]),
        (true, _) => ("bottom", [0.0, 4.0, 3.0, 0.0]),
        (false, "left") => ("top", [3.0, 0.0, 0.0, 4.0]),
        (false, _) => ("top", [3.0, 4.0, 0.0, 0.0]),
    };
    json!({
        "position": "inside",
        "align": align,
        "verticalAlign": vertical,
        "padding": padding,
        "color": color,
    })
}

/// A band line: stacked, with neither symbols nor a visible line, and no tooltip.
fn band_series(name: &str, data: Vec<Value>) -> Value {
    let mut series = json!({
        "type": "line",
        "name": name,
        "stack": "band",
        "symbol": "none",
        "lineStyle": { "opacity": 0.0 },
        "silent": true,
    });
    set_list(&mut series, "data", data);
    series
}

/// Builds the completion chart for a dataset and its projection.
pub fn completion_chart(dataset: &Dataset, projection: &Projection, palette: &Palette) -> Value {
    let count = dataset.programs.count;
    let curve = &projection.curve;
    let band_base: Vec<Value> = curve.iter().map(|p| pair(p.date, p.low)).collect();
    let band_width: Vec<Value> = curve.iter().map(|p| pair(p.date, p.high - p.low)).collect();
    let projected: Vec<Value> = curve
        .iter()
        .map(|p| {
            named(
                pair(p.date, p.percent),
                format!(
                    "{}: {} percent (about {} of {count} programs), projected",
                    p.date.month_year(),
                    number(p.percent, 1),
                    number(crate::model::projection::programs_done(p.percent, count), 1)
                ),
            )
        })
        .collect();

    // Horizontal guides span the time axis, whose ends are the first and last points drawn.
    let first = dataset.progress.first().map(|o| o.date);
    let last = curve
        .last()
        .map(|p| p.date)
        .or(dataset.latest().map(|o| o.date));
    let mut guides = Vec::new();
    if let (Some(first), Some(last)) = (first, last) {
        let (first, last) = (first.to_string(), last.to_string());
        let reference = palette.reference;
        let all = guide_label(
            json!([first, COMPLETE]),
            format!("All {count} programs (100%)"),
            beside_horizontal(reference, "left", true),
        );
        let name = format!("All {count} programs");
        let end = json!([last, COMPLETE]);
        guides.push(guide(&name, reference, "solid", 1.0, vec![all, end]));
        match projection.outcome {
            Outcome::Completes { date, months } if months > 0.0 => {
                let at = date.to_string();
                let top = guide_label(
                    json!([at, COMPLETE]),
                    format!("Projected: {}", date.month_year()),
                    along_vertical(reference, "right"),
                );
                let line = vec![json!([at, 0.0]), top];
                guides.push(guide(COMPLETION, reference, "solid", 1.0, line));
            }
            Outcome::Stalls { level } => {
                let level = round2(level);
                // Beside the line's right end, above it: the projection levels off just
                // beneath. A stall close to 100 percent leaves no room above, where the "All
                // programs" label is, so there the label goes under the line's left end, far
                // from the rising projection. Its background keeps lines behind it out of
                // the text.
                let near_top = COMPLETE - level < STALL_LABEL_ROOM;
                let align = if near_top { "left" } else { "right" };
                let mut place = beside_horizontal(reference, align, !near_top);
                place["backgroundColor"] = json!(palette.background);
                let text = format!("Stalls near {}% (projected)", number(level, 0));
                let mut line = vec![json!([first, level]), json!([last, level])];
                let labelled = if near_top { 0 } else { 1 };
                line[labelled] = guide_label(line[labelled].take(), text, place);
                guides.push(guide(STALL, reference, "solid", 1.0, line));
            }
            Outcome::Completes { .. } => {}
        }
    }

    let mut option = frame(count, &[REPORTED, DERIVED, PROJECTED, BAND], palette);
    push_series(&mut option, band_series(BAND_BASE, band_base));
    let mut band = band_series(BAND, band_width);
    band["areaStyle"] = json!({ "color": palette.band });
    band["itemStyle"] = json!({ "color": palette.band });
    push_series(&mut option, band);
    let mut line = json!({
        "type": "line",
        "name": PROJECTED,
        "symbol": "none",
        "lineStyle": { "type": "dashed", "width": 2.5, "color": palette.projected },
        "itemStyle": { "color": palette.projected },
    });
    set_list(&mut line, "data", projected);
    push_series(&mut option, line);
    for guide in guides {
        push_series(&mut option, guide);
    }
    with_observations(option, dataset, palette)
}

/// Adds the reported and derived observations, drawn last so they sit above the projection.
fn with_observations(mut option: Value, dataset: &Dataset, palette: &Palette) -> Value {
    push_series(
        &mut option,
        observed_series(
            dataset,
            Kind::Reported,
            REPORTED,
            "circle",
            palette.reported,
            palette,
        ),
    );
    push_series(
        &mut option,
        observed_series(
            dataset,
            Kind::Derived,
            DERIVED,
            "diamond",
            palette.derived,
            palette,
        ),
    );
    option
}

/// A one-line text description of the chart, used for ARIA and under the chart.
pub fn completion_description(dataset: &Dataset, projection: &Projection) -> String {
    let reported: Vec<String> = dataset
        .progress
        .iter()
        .filter(|o| o.kind == Kind::Reported)
        .map(|o| format!("{} percent on {}", number(o.percent, 1), o.date.long()))
        .collect();
    let ending = match projection.outcome {
        Outcome::Completes { date, .. } => {
            format!("reaches 100 percent around {}", date.month_year())
        }
        Outcome::Stalls { level } => format!("levels off near {} percent", number(level, 0)),
    };
    format!(
        "Chart of the share of the {} programs implemented. Reported: {}. The projected line, at {} points a month within a band of ±{} percent of that pace, {ending}.",
        dataset.programs.count,
        reported.join(" and "),
        number(projection.pace, 1),
        number(BAND_SHARE * 100.0, 0),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::{series, TOOLTIP};
    use crate::model::projection::{PaceBasis, Scenario};
    use serde_json::Value;

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
        completion_chart(&dataset, &projection, &crate::charts::LIGHT)
    }

    #[test]
    fn observed_points_carry_wording_source_and_date() {
        let option = option(None, 0.0);
        let reported = &series(&option, REPORTED)["data"];
        assert_eq!(reported.as_array().unwrap().len(), 2);
        assert_eq!(
            reported[1]["value"],
            serde_json::json!(["2023-04-05", 80.0])
        );
        let name = reported[1]["name"].as_str().unwrap();
        assert!(name.contains("April 5, 2023"));
        assert!(name.contains("almost 80 percent"));
        assert!(name.contains("Source: RIA Novosti, April 5"));
        let derived = &series(&option, DERIVED)["data"][0];
        assert!(derived["name"]
            .as_str()
            .unwrap()
            .contains("Derived: 0: the decree"));
        assert_eq!(option["tooltip"]["formatter"], TOOLTIP);
        assert_eq!(
            series(&option, BAND)["silent"],
            true,
            "the band has no tooltip"
        );
    }

    #[test]
    fn projection_is_dashed_over_a_shaded_band() {
        let option = option(Some(4.0), 0.0);
        let projected = series(&option, PROJECTED);
        assert_eq!(projected["lineStyle"]["type"], "dashed");
        assert_eq!(
            projected["data"][0]["value"],
            serde_json::json!(["2023-04-05", 80.0])
        );
        // 5 April to 5 May is 30 days, 0.986 of a mean month.
        let month = 30.0 / crate::model::date::DAYS_PER_MONTH;
        assert_eq!(projected["data"][1]["value"][1], round2(80.0 + 4.0 * month));
        let base = series(&option, BAND_BASE);
        let width = series(&option, BAND);
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
        let all = &series(&option, "All 28 programs")["data"];
        assert_eq!(
            all[0]["value"],
            json!(["2021-11-08", 100.0]),
            "from the first point"
        );
        assert_eq!(all[0]["label"]["formatter"], "All 28 programs (100%)");
        assert_eq!(all[1][1], 100.0);
        let date = &series(&option, COMPLETION)["data"];
        assert_eq!(date[0], json!(["2023-09-04", 0.0]));
        assert_eq!(date[1]["value"], json!(["2023-09-04", 100.0]));
        assert_eq!(date[1]["label"]["formatter"], "Projected: September 2023");
        assert_eq!(series(&option, COMPLETION)["silent"], true, "no tooltip");
    }

    #[test]
    fn a_stall_is_marked_instead_of_a_date() {
        let option = option(Some(1.0), 0.1);
        let stall = &series(&option, STALL)["data"];
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
        let names: Vec<&Value> = option["series"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| &s["name"])
            .collect();
        assert!(!names.contains(&&json!(COMPLETION)), "no completion date");
    }

    #[test]
    fn a_stall_near_100_percent_is_labelled_under_its_line_at_the_left() {
        let option = option(None, 0.2);
        let stall = &series(&option, STALL)["data"];
        let level = stall[0]["value"][1].as_f64().expect("labelled first point");
        assert!(
            COMPLETE - level < STALL_LABEL_ROOM,
            "a stall near the top: {level}"
        );
        let label = &stall[0]["label"];
        assert_eq!(
            label["formatter"],
            format!("Stalls near {}% (projected)", number(level, 0))
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
        let hidden = predict_chart(&dataset, &projection, None, &crate::charts::LIGHT);
        let names: Vec<&str> = hidden["series"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s["name"].as_str().unwrap())
            .collect();
        assert_eq!(
            names,
            vec![REPORTED, DERIVED],
            "nothing projected before the guess"
        );
        let guess = Date::new(2024, 3, 1).unwrap();
        let shown = predict_chart(&dataset, &projection, Some(guess), &crate::charts::LIGHT);
        assert!(shown["series"]
            .as_array()
            .unwrap()
            .iter()
            .any(|s| s["name"] == PROJECTED));
        let marker = &series(&shown, GUESS)["data"];
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
        let text = completion_description(&dataset, &projection);
        assert!(text.contains("70 percent on January 12, 2023 and 80 percent on April 5, 2023"));
        assert!(text.contains("reaches 100 percent around September 2023"));
    }
}
