//! The "What happened next" charts: the projection as made (as of a date) against the reports
//! that came after it, and, on its own small chart, the count of programs fully implemented.

use super::ext::{AxisExt, ChartExt, Point, SeriesExt};
use super::{
    axis, chart, grid, guide, legend, marker_style, markers, round2, text as text_style, Palette,
};
use crate::messages::AfterMessages;
use crate::model::backtest::{all_reported, Backtest};
use crate::model::dataset::Counts;
use crate::model::projection::COMPLETE;
use crate::model::{Dataset, Date};
use crate::sections::after::program_counts;
use charming::component::Axis;
use charming::datatype::CompositeValue;
use charming::element::{
    AxisLabel, AxisType, ItemStyle, LineStyle, LineStyleType, NameLocation, Symbol,
};
use charming::series::Line;

/// Id of the projection-as-made series.
pub const PROJECTION_ID: &str = "after-projection";
/// Id of the article's reports.
pub const ARTICLE_ID: &str = "after-article";
/// Id of the later reports (measures).
pub const LATER_ID: &str = "after-later";
/// Id of the ranges' error bars.
pub const RANGES_ID: &str = "after-ranges";
/// Id of the ranges' end caps.
pub const RANGE_CAPS_ID: &str = "after-range-caps";
/// Days either side of a range's date its end caps reach: wider than the report's marker, so
/// the range shows past the marker drawn at its midpoint even on a phone's short axis.
const CAP_DAYS: i64 = 18;
/// Id of the line at 100 percent.
pub const ALL_ID: &str = "after-100";
/// Id of the programs series on the small chart.
pub const PROGRAMS_ID: &str = "after-programs";
/// Id of the line at all programs on the small chart.
pub const PROGRAMS_ALL_ID: &str = "after-programs-all";

fn pair(date: Date, value: f64) -> CompositeValue {
    CompositeValue::from(vec![
        CompositeValue::from(date.to_string()),
        CompositeValue::from(round2(value)),
    ])
}

/// `axis` with its name across the top of the axis, starting at the axis: a name written
/// along the axis was cut off once the chart was short enough for a phone's page.
fn name_on_top(mut axis: AxisExt, palette: &Palette) -> AxisExt {
    axis.axis = axis
        .axis
        .name_location(NameLocation::End)
        .name_gap(12.0)
        .name_text_style(text_style(palette.text).align("left"));
    axis
}

/// The later reports against the projection made as of the backtest's date.
pub fn after_chart(
    m: &(impl AfterMessages + ?Sized),
    dataset: &Dataset,
    test: &Backtest,
    palette: &Palette,
) -> ChartExt {
    // Who said it, their words and the citation in the page's language, for the tooltips.
    let reported = all_reported(&dataset.localized(m.lang()));
    let p = &test.projection;
    let end = reported
        .last()
        .map_or(p.start, |r| r.date)
        .max(p.curve.last().map_or(p.start, |c| c.date));
    let mut projected = Vec::new();
    let mut date = p.start;
    // Month by month from the start to the last report, so every report has the line above it.
    while date <= end {
        projected.push(Point::named(
            pair(date, p.percent_on(date)),
            m.projected_as_of_tooltip(date, p.percent_on(date), p.start),
        ));
        date = date.add_months(1);
    }
    let y_axis = Axis::new()
        .type_(AxisType::Value)
        .min(0)
        .max(COMPLETE)
        .name(m.labels().after_measures_axis);
    let mut option = chart(
        grid(64, 16, 36, 84),
        axis(Axis::new().type_(AxisType::Time), AxisLabel::new(), palette),
        name_on_top(
            axis(y_axis, AxisLabel::new().formatter("{value}%"), palette),
            palette,
        ),
        palette,
    );
    let names = [
        m.labels().after_projection_series,
        m.labels().after_article_series,
        m.labels().after_later_series,
    ];
    option.chart = option
        .chart
        .color(vec![palette.projected, palette.reported, palette.derived])
        .legend(legend(&names, palette));
    let first = reported.first().map_or(p.start, |r| r.date).min(p.start);
    option.push(guide(
        ALL_ID,
        m.labels().after_hundred_percent,
        palette.reference,
        LineStyleType::Solid,
        1.0,
        vec![
            Point::value(pair(first, COMPLETE)),
            Point::value(pair(end, COMPLETE)),
        ],
    ));
    let line = Line::new()
        .id(PROJECTION_ID)
        .name(m.labels().after_projection_series)
        .symbol(Symbol::None)
        .line_style(
            LineStyle::new()
                .type_(LineStyleType::Dashed)
                .width(2.5)
                .color(palette.projected),
        )
        .item_style(ItemStyle::new().color(palette.projected));
    option.push(SeriesExt::new(line, projected));
    // A range as an error bar: a vertical stroke from its low to its high end, gaps between.
    let mut bars = Vec::new();
    for r in reported.iter().filter(|r| r.high > r.low) {
        bars.push(Point::value(pair(r.date, r.low)));
        bars.push(Point::value(pair(r.date, r.high)));
        bars.push(Point::null());
    }
    option.push(guide(
        RANGES_ID,
        m.labels().after_later_series,
        palette.derived,
        LineStyleType::Solid,
        3.0,
        bars,
    ));
    // The bar alone hid under its marker (a range of 10 points is about a marker tall on a
    // phone): a cap across each end keeps the range's extent in sight.
    let mut caps = Vec::new();
    for r in reported.iter().filter(|r| r.high > r.low) {
        for end in [r.low, r.high] {
            caps.push(Point::value(pair(r.date.add_days(-CAP_DAYS), end)));
            caps.push(Point::value(pair(r.date.add_days(CAP_DAYS), end)));
            caps.push(Point::null());
        }
    }
    option.push(guide(
        RANGE_CAPS_ID,
        m.labels().after_later_series,
        palette.derived,
        LineStyleType::Solid,
        3.0,
        caps,
    ));
    let points = |in_article: bool| -> Vec<Point> {
        reported
            .iter()
            .filter(|r| r.in_article == in_article)
            .map(|r| {
                let tip = m.report_tooltip(
                    &m.report_when(r.date, r.precision),
                    &r.wording,
                    &r.who,
                    &r.cited_as,
                    r.in_article,
                );
                Point::named(pair(r.date, r.central()), tip)
            })
            .collect()
    };
    option.push(markers(
        Line::new()
            .id(ARTICLE_ID)
            .name(m.labels().after_article_series),
        Symbol::Circle,
        14.0,
        marker_style(palette.reported, palette),
        points(true),
    ));
    option.push(markers(
        Line::new().id(LATER_ID).name(m.labels().after_later_series),
        Symbol::Diamond,
        16.0,
        marker_style(palette.derived, palette),
        points(false),
    ));
    option
}

/// The text description of [`after_chart`], with the projection's error at every later report.
pub fn after_description(m: &(impl AfterMessages + ?Sized), test: &Backtest) -> String {
    let checks: Vec<String> = test
        .checks
        .iter()
        .map(|c| m.check_phrase(&c.report, c.projected, c.error))
        .collect();
    m.after_description(test.projection.start, test.projection.pace, &checks)
}

/// The step between the programs axis's ticks: a whole number of programs that divides the
/// count into 4, 3, 5 or 2 parts (quarters of 28), else the count itself (0 and all), so no
/// tick reads as a fraction of a program (30 in quarters gave 7.5 and 22.5).
pub fn program_tick(count: u32) -> f64 {
    let parts = [4, 3, 5, 2]
        .into_iter()
        .find(|n| count >= *n && count.is_multiple_of(*n));
    f64::from(parts.map_or(count.max(1), |n| count / n))
}

/// The small chart of programs fully implemented, as reported, on its own axis of 0 to all.
pub fn programs_chart(
    m: &(impl AfterMessages + ?Sized),
    dataset: &Dataset,
    palette: &Palette,
) -> ChartExt {
    let dataset = &*dataset.localized(m.lang());
    let count = f64::from(dataset.programs.count);
    let reports: Vec<_> = dataset
        .later
        .reports
        .iter()
        .filter(|r| r.counts == Counts::Programs)
        .filter_map(|r| Some((r, r.value?)))
        .collect();
    let y_axis = Axis::new()
        .type_(AxisType::Value)
        .min(0)
        .max(count)
        // Ticks that end on the count (a tick at 25 crowded the line at 28 on a short chart).
        .interval(program_tick(dataset.programs.count))
        .name(m.programs_axis(dataset.programs.count));
    let mut option = chart(
        grid(40, 16, 32, 28),
        axis(Axis::new().type_(AxisType::Time), AxisLabel::new(), palette),
        name_on_top(axis(y_axis, AxisLabel::new(), palette), palette),
        palette,
    );
    option.chart = option.chart.color(vec![palette.derived]);
    if let (Some(first), Some(last)) = (reports.first(), reports.last()) {
        option.push(guide(
            PROGRAMS_ALL_ID,
            m.labels().after_all_programs,
            palette.reference,
            LineStyleType::Solid,
            1.0,
            vec![
                Point::value(pair(first.0.date.add_months(-2), count)),
                Point::value(pair(last.0.date.add_months(2), count)),
            ],
        ));
    }
    let data = reports
        .iter()
        .map(|(r, v)| {
            Point::named(
                pair(r.date, *v),
                m.report_tooltip(
                    &m.report_when(r.date, r.precision),
                    &r.wording,
                    &r.who,
                    &r.source.cited_as,
                    false,
                ),
            )
        })
        .collect();
    option.push(markers(
        Line::new()
            .id(PROGRAMS_ID)
            .name(m.labels().after_programs_series),
        Symbol::Rect,
        14.0,
        marker_style(palette.derived, palette),
        data,
    ));
    option
}

/// The text description of [`programs_chart`].
pub fn programs_description(m: &(impl AfterMessages + ?Sized), dataset: &Dataset) -> String {
    m.programs_description(dataset.programs.count, &program_counts(m, dataset))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::{json, series, LIGHT};
    use crate::model::Scenario;

    #[test]
    fn every_report_is_a_marker_in_its_layer_with_its_source() {
        let dataset = Dataset::embedded();
        let test = Backtest::new(&dataset, Scenario::default(), None);
        let option = json(&after_chart(
            crate::messages::messages(crate::messages::Lang::En),
            &dataset,
            &test,
            &LIGHT,
        ));
        let later = series(&option, LATER_ID)["data"]
            .as_array()
            .unwrap()
            .clone();
        // Eleven later percentages (the 2024 council and the three counts of programs aside).
        assert_eq!(later.len(), 10);
        assert!(later
            .iter()
            .all(|p| p["name"].as_str().unwrap().ends_with("; after the article")));
        assert_eq!(later[8]["value"], serde_json::json!(["2023-10-31", 75.0]));
        let article = series(&option, ARTICLE_ID)["data"]
            .as_array()
            .unwrap()
            .clone();
        assert_eq!(article.len(), 2);
        assert!(article[0]["name"]
            .as_str()
            .unwrap()
            .ends_with("; in the article"));
        // The one range, 70–80, as a stroke from 70 to 80 and a gap.
        let bars = series(&option, RANGES_ID)["data"]
            .as_array()
            .unwrap()
            .clone();
        assert_eq!(bars[0], serde_json::json!(["2023-10-31", 70.0]));
        assert_eq!(bars[1], serde_json::json!(["2023-10-31", 80.0]));
        assert_eq!(bars.len(), 3);
        // Its ends capped across the date, wider than the marker at 75, in the later colour.
        let caps = series(&option, RANGE_CAPS_ID);
        assert_eq!(
            caps["data"].as_array().unwrap()[..2],
            [
                serde_json::json!(["2023-10-13", 70.0]),
                serde_json::json!(["2023-11-18", 70.0])
            ]
        );
        assert_eq!(caps["data"][4], serde_json::json!(["2023-11-18", 80.0]));
        assert_eq!(caps["lineStyle"]["color"], LIGHT.derived);
        // The projection runs from its start past the last report (its curve spans a year at
        // least), at 100 from September 2023.
        let line = series(&option, PROJECTION_ID)["data"]
            .as_array()
            .unwrap()
            .clone();
        assert_eq!(line[0]["value"], serde_json::json!(["2023-04-05", 80.0]));
        assert_eq!(
            line.last().unwrap()["value"],
            serde_json::json!(["2024-04-05", 100.0])
        );
    }

    #[test]
    fn program_ticks_are_whole_programs_ending_on_the_count() {
        // Guards against quarters of a count not divisible by 4 (7.5 programs for 30).
        for (count, step) in [
            (28, 7.0),
            (30, 10.0),
            (25, 5.0),
            (14, 7.0),
            (31, 31.0),
            (1, 1.0),
            (0, 1.0),
        ] {
            assert_eq!(program_tick(count), step, "{count}");
        }
        for count in 1..200 {
            let step = program_tick(count);
            assert_eq!(step.fract(), 0.0, "{count}");
            assert_eq!(f64::from(count) % step, 0.0, "{count}");
        }
    }

    #[test]
    fn programs_sit_on_their_own_axis_of_28() {
        let dataset = Dataset::embedded();
        let option = json(&programs_chart(
            crate::messages::messages(crate::messages::Lang::En),
            &dataset,
            &LIGHT,
        ));
        assert_eq!(option["yAxis"]["max"], 28.0);
        // The axis's name across the top, not along a small chart's short axis where it was cut.
        assert_eq!(option["yAxis"]["nameLocation"], "end");
        assert_eq!(option["yAxis"]["nameTextStyle"]["align"], "left");
        assert_eq!(option["yAxis"]["interval"], 7.0);
        let values: Vec<f64> = series(&option, PROGRAMS_ID)["data"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p["value"][1].as_f64().unwrap())
            .collect();
        assert_eq!(values, [7.0, 8.0, 13.0]);
        assert_eq!(
            programs_description(crate::messages::messages(crate::messages::Lang::En), &dataset),
            "Chart of the programs reported fully implemented, of 28: 7 of 28 (January 12, 2023), 8 of 28 (March 27, 2023), 13 of 28 (November 2023)."
        );
    }

    #[test]
    fn the_description_gives_each_error_with_its_sign() {
        let dataset = Dataset::embedded();
        let test = Backtest::new(&dataset, Scenario::default(), None);
        let text = after_description(crate::messages::messages(crate::messages::Lang::En), &test);
        assert!(text.contains("October 31, 2023: reported 70–80 percent, “on the finish line”, projected 100 percent (+25 points)"), "{text}");
        assert!(
            text.contains(
                "November 2023: reported almost 90 percent, projected 100 percent (+10 points)"
            ),
            "{text}"
        );
        assert_eq!(
            crate::messages::messages(crate::messages::Lang::En).signed_points(-3.46),
            "−3.5"
        );
        assert_eq!(
            crate::messages::messages(crate::messages::Lang::En).signed_points(25.0),
            "+25"
        );
    }
}
