//! The timeline chart: one point per milestone on a time axis, indexed like the milestones.

use super::ext::{ChartExt, Point};
use super::{axis, chart, grid, marker_style, markers, shown, Palette};
use crate::messages::ChartMessages;
use crate::model::dataset::Dataset;
use crate::model::Date;
use charming::component::Axis;
use charming::datatype::CompositeValue;
use charming::element::font_settings::FontWeight;
use charming::element::{AxisLabel, AxisType, LabelPosition, Symbol};
use charming::series::Line;

/// Id of the only series.
pub const EVENTS_ID: &str = "events";

/// Rows the points cycle through, so neighbouring events do not cover each other.
const LANES: usize = 3;

/// The lane of the milestone at `index`, from 1 to `LANES`.
fn lane(index: usize) -> i64 {
    (index % LANES + 1) as i64
}

/// January 1 of `year`, as the time axis reads it.
fn new_year(year: i32) -> Option<String> {
    Date::new(year, 1, 1).map(|date| date.to_string())
}

/// Builds the timeline chart; data index `i` is `dataset.milestones[i]`.
pub fn timeline_chart(
    m: &(impl ChartMessages + ?Sized),
    dataset: &Dataset,
    palette: &Palette,
) -> ChartExt {
    let milestones = &dataset.milestones;
    let data: Vec<Point> = milestones
        .iter()
        .enumerate()
        .map(|(index, milestone)| {
            // The third dimension is the event's number, drawn inside its dot and shown
            // beside the same event in the table, so chart and table can be read together.
            let value = CompositeValue::from(vec![
                CompositeValue::from(milestone.date.to_string()),
                CompositeValue::from(lane(index)),
                CompositeValue::from(index as i64 + 1),
            ]);
            Point::named(value, m.milestone_tooltip(milestone))
        })
        .collect();

    let mut x_axis = Axis::new().type_(AxisType::Time);
    // Whole years at both ends, so the first and last points do not sit on the edges.
    if let (Some(first), Some(last)) = (milestones.first(), milestones.last()) {
        if let Some(min) = new_year(first.date.year()) {
            x_axis = x_axis.min(min);
        }
        if let Some(max) = new_year(last.date.year() + 1) {
            x_axis = x_axis.max(max);
        }
    }
    let y_axis = Axis::new()
        .type_(AxisType::Value)
        .show(false)
        .min(0)
        .max(LANES as i64 + 1);

    let mut option = chart(
        grid(16, 24, 16, 40),
        axis(x_axis, AxisLabel::new(), true, palette),
        axis(y_axis, AxisLabel::new(), false, palette),
        palette,
    );
    let label = shown("{@[2]}")
        .position(LabelPosition::Inside)
        // The background's colour keeps the number legible on the dot.
        .color(palette.background)
        .font_size(11.0)
        .font_weight(FontWeight::Bold);
    option.push(markers(
        Line::new()
            .id(EVENTS_ID)
            .name(m.timeline_series())
            .label(label),
        Symbol::Circle,
        22.0,
        marker_style(palette.reported, palette),
        data,
    ));
    option
}

/// A one-sentence text description of the timeline, used for ARIA and under the chart.
pub fn timeline_description(m: &(impl ChartMessages + ?Sized), dataset: &Dataset) -> String {
    m.timeline_description(&dataset.milestones)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::{json, TOOLTIP};
    use serde_json::{json, Value};

    fn option() -> Value {
        json(&timeline_chart(
            crate::messages::page(),
            &Dataset::embedded(),
            &crate::charts::LIGHT,
        ))
    }

    #[test]
    fn series_zero_holds_every_milestone_in_order() {
        let dataset = Dataset::embedded();
        let option = option();
        let all = option["series"].as_array().unwrap();
        // The view's showTip uses seriesIndex 0 and the milestone's index: no other series.
        assert_eq!(all.len(), 1);
        assert_eq!(all[0]["id"], EVENTS_ID);
        assert_eq!(all[0]["name"], "Events");
        assert_eq!(all[0]["lineStyle"]["opacity"], 0.0, "markers, not a line");
        let data = all[0]["data"].as_array().unwrap();
        assert_eq!(data.len(), dataset.milestones.len());
        // Date, lane, and the event's number as shown in the table.
        assert_eq!(data[0]["value"], json!(["1992-07-01", 1, 1]));
        assert_eq!(data.last().unwrap()["value"][2], dataset.milestones.len());
        assert_eq!(all[0]["label"]["formatter"], "{@[2]}");
        assert!(data[0]["name"]
            .as_str()
            .unwrap()
            .starts_with("early 1990s: Integration begins. The integration process"));
        let last = data.last().unwrap();
        assert_eq!(last["value"][0], "2023-04-06");
        assert_eq!(
            last["name"],
            "April 6, 2023: Supreme State Council. The Supreme State Council of the Union State met. Source: Kremlin.ru, April 6"
        );
        for (point, milestone) in data.iter().zip(&dataset.milestones) {
            assert_eq!(point["value"][0], milestone.date.to_string());
            assert!(point["name"]
                .as_str()
                .unwrap()
                .contains(&milestone.source.cited_as));
        }
    }

    #[test]
    fn neighbours_take_different_lanes() {
        let option = option();
        let lanes: Vec<i64> = option["series"][0]["data"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p["value"][1].as_i64().unwrap())
            .collect();
        // Consecutive events, often days apart, would otherwise sit on one spot.
        assert!(lanes.windows(2).all(|pair| pair[0] != pair[1]));
        assert!(lanes.iter().all(|lane| (1..=3).contains(lane)));
    }

    #[test]
    fn axes_span_the_events_with_the_lanes_hidden() {
        let option = option();
        assert_eq!(option["xAxis"]["type"], "time");
        assert_eq!(option["xAxis"]["min"], "1992-01-01");
        assert_eq!(option["xAxis"]["max"], "2024-01-01");
        assert_eq!(option["yAxis"]["show"], false);
        assert_eq!(option["yAxis"]["min"], 0);
        assert_eq!(option["yAxis"]["max"], 4);
        assert_eq!(option["animation"], false);
        assert_eq!(option["tooltip"]["formatter"], TOOLTIP);
        assert!(option.get("legend").is_none());
    }

    #[test]
    fn description_gives_count_first_and_last() {
        assert_eq!(
            timeline_description(crate::messages::page(), &Dataset::embedded()),
            "Timeline of 14 events, from Integration begins (early 1990s) to Supreme State Council (April 6, 2023)."
        );
    }

    #[test]
    fn no_milestones_gives_an_empty_series_and_says_so() {
        let mut dataset = Dataset::embedded();
        dataset.milestones.clear();
        let option = json(&timeline_chart(
            crate::messages::page(),
            &dataset,
            &crate::charts::LIGHT,
        ));
        assert!(option["xAxis"].get("min").is_none());
        assert_eq!(option["series"][0]["id"], EVENTS_ID);
        assert_eq!(option["series"][0]["name"], "Events");
        assert!(timeline_description(crate::messages::page(), &dataset).contains("no events"));
    }
}
