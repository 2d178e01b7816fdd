//! The timeline chart: one labelled point per milestone on evenly spaced rows, indexed like the
//! milestones.

use super::ext::{ChartExt, Point};
use super::{axis, chart, grid, marker_style, markers, shown, Palette};
use crate::messages::ChartMessages;
use crate::model::dataset::{Dataset, Milestone};
use charming::component::Axis;
use charming::datatype::CompositeValue;
use charming::element::font_settings::FontWeight;
use charming::element::{AxisLabel, AxisType, LabelPosition, Symbol};
use charming::series::Line;

/// Id of the only series.
pub const EVENTS_ID: &str = "events";

/// Years between two neighbouring events from which the chart marks the gap with a row of its
/// own: the rows are evenly spaced, so the ten events of 2018–2023 get room, and a gap row says
/// where that spacing skips years.
const GAP_YEARS: i32 = 5;

/// The rows of the chart, top to bottom: each milestone's date as the axis shows it, with a
/// row naming the years skipped before any event that follows a long gap. Returns the rows and
/// the row of each milestone.
pub fn timeline_rows(
    m: &(impl ChartMessages + ?Sized),
    milestones: &[Milestone],
) -> (Vec<String>, Vec<usize>) {
    let mut rows = Vec::new();
    let mut at = Vec::with_capacity(milestones.len());
    for (index, milestone) in milestones.iter().enumerate() {
        if let Some(before) = index.checked_sub(1).map(|i| &milestones[i]) {
            let gap = milestone.date.year() - before.date.year();
            if gap >= GAP_YEARS {
                rows.push(m.timeline_gap(gap));
            }
        }
        at.push(rows.len());
        rows.push(milestone.when.clone());
    }
    (rows, at)
}

/// Builds the timeline chart; data index `i` is `dataset.milestones[i]`. The events run down
/// evenly spaced rows, each labelled with its number and title beside its dot and its date on
/// the axis, so the chart reads without the table at any width.
pub fn timeline_chart(
    m: &(impl ChartMessages + ?Sized),
    dataset: &Dataset,
    palette: &Palette,
) -> ChartExt {
    let dataset = &*dataset.localized(m.lang());
    let milestones = &dataset.milestones;
    let (rows, at) = timeline_rows(m, milestones);
    let data: Vec<Point> = milestones
        .iter()
        .zip(at)
        .enumerate()
        .map(|(index, (milestone, row))| {
            // The event's number (as in the table) and its label: the short title if any.
            let value = CompositeValue::from(vec![
                CompositeValue::from(0),
                CompositeValue::from(row as i64),
                CompositeValue::from(index as i64 + 1),
                CompositeValue::from(milestone.label()),
            ]);
            Point::named(value, m.milestone_tooltip(milestone))
        })
        .collect();

    // The dots sit on the left edge, their labels to the right: the axis is hidden.
    let x_axis = Axis::new().type_(AxisType::Value).show(false).min(0).max(1);
    let y_axis = Axis::new()
        .type_(AxisType::Category)
        .inverse(true)
        .data(rows);
    let mut option = chart(
        // ECharts' containLabel left the longest date a few pixels short at 1280 px.
        grid(24, 8, 8, 8).contain_label(true),
        axis(x_axis, AxisLabel::new(), palette),
        axis(y_axis, AxisLabel::new().font_size(11.0), palette),
        palette,
    );
    let label = shown("{@[2]}. {@[3]}")
        .position(LabelPosition::Right)
        .color(palette.text)
        .font_size(11.0)
        .font_weight(FontWeight::Bold);
    option.push(markers(
        Line::new()
            .id(EVENTS_ID)
            .name(m.timeline_series())
            .label(label),
        Symbol::Circle,
        12.0,
        marker_style(palette.reported, palette),
        data,
    ));
    option
}

/// A one-sentence text description of the timeline, used for ARIA and under the chart.
pub fn timeline_description(m: &(impl ChartMessages + ?Sized), dataset: &Dataset) -> String {
    m.timeline_description(&dataset.localized(m.lang()).milestones)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::{json, TOOLTIP};
    use serde_json::{json, Value};

    fn option() -> Value {
        json(&timeline_chart(
            crate::messages::messages(crate::messages::Lang::En),
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
        // Left edge, first row, the event's number as shown in the table, and its title.
        assert_eq!(data[0]["value"], json!([0, 0, 1, "Integration begins"]));
        assert_eq!(data.last().unwrap()["value"][2], dataset.milestones.len());
        assert_eq!(all[0]["label"]["formatter"], "{@[2]}. {@[3]}");
        assert_eq!(all[0]["label"]["position"], "right");
        assert!(data[0]["name"]
            .as_str()
            .unwrap()
            .starts_with("early 1990s: Integration begins. The integration process"));
        let last = data.last().unwrap();
        assert_eq!(
            last["name"],
            "April 6, 2023: Supreme State Council. The Supreme State Council of the Union State met. Source: Kremlin.ru, April 6"
        );
        for (point, milestone) in data.iter().zip(&dataset.milestones) {
            assert_eq!(point["value"][3], milestone.label());
            assert!(point["name"]
                .as_str()
                .unwrap()
                .contains(&milestone.source.cited_as));
        }
    }

    #[test]
    fn every_event_has_a_row_of_its_own_and_long_gaps_are_marked() {
        let option = option();
        let rows: Vec<i64> = option["series"][0]["data"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p["value"][1].as_i64().unwrap())
            .collect();
        // Events days apart (April 5 and 6, 2023) would otherwise cover each other.
        assert!(rows.windows(2).all(|pair| pair[0] < pair[1]));
        let axis = option["yAxis"]["data"].as_array().unwrap();
        assert_eq!(option["yAxis"]["type"], "category");
        assert_eq!(
            option["yAxis"]["inverse"], true,
            "the first event at the top"
        );
        // 1992 to 1999, and 2003 to 2018: the rows that say so sit before the later event.
        assert_eq!(axis[1], "(7 years)");
        assert_eq!(axis[2], "1999");
        assert_eq!(axis[5], "(15 years)");
        assert_eq!(axis[6], "December 2018");
        assert_eq!(axis.len(), 16);
        assert_eq!(rows[4], 6);
        assert_eq!(option["xAxis"]["show"], false);
        assert_eq!(option["grid"][0]["containLabel"], true);
        assert_eq!(option["animation"], false);
        assert_eq!(option["tooltip"]["formatter"], TOOLTIP);
        assert!(option.get("legend").is_none());
    }

    #[test]
    fn the_chart_labels_an_event_by_its_short_title_and_the_tooltip_keeps_the_title() {
        let dataset = Dataset::embedded();
        let option = option();
        let data = option["series"][0]["data"].as_array().unwrap();
        let (index, milestone) = dataset
            .milestones
            .iter()
            .enumerate()
            .find(|(_, m)| m.short.is_some())
            .unwrap();
        assert_eq!(data[index]["value"][3], milestone.short.clone().unwrap());
        assert!(data[index]["name"]
            .as_str()
            .unwrap()
            .contains(&milestone.title));
        // Every label fits one line beside its dot on a phone.
        for point in data {
            let label = point["value"][3].as_str().unwrap();
            assert!(
                label.chars().count() <= crate::model::dataset::MAX_LABEL_CHARS,
                "{label}"
            );
        }
    }

    #[test]
    fn description_gives_count_first_and_last() {
        assert_eq!(
            timeline_description(crate::messages::messages(crate::messages::Lang::En), &Dataset::embedded()),
            "Timeline of 14 events, from Integration begins (early 1990s) to Supreme State Council (April 6, 2023)."
        );
    }

    #[test]
    fn no_milestones_gives_an_empty_series_and_says_so() {
        let mut dataset = Dataset::embedded();
        dataset.milestones.clear();
        let option = json(&timeline_chart(
            crate::messages::messages(crate::messages::Lang::En),
            &dataset,
            &crate::charts::LIGHT,
        ));
        // No rows: charming leaves the empty list out.
        assert!(option["yAxis"]["data"].as_array().is_none_or(Vec::is_empty));
        assert_eq!(option["series"][0]["id"], EVENTS_ID);
        assert_eq!(option["series"][0]["name"], "Events");
        assert!(timeline_description(
            crate::messages::messages(crate::messages::Lang::En),
            &dataset
        )
        .contains("no events"));
    }
}
