//! The completion chart: observed progress, the projection over its band, 100 percent, the date.

use super::{round2, Palette, TOOLTIP};
use crate::model::projection::{Outcome, Projection, BAND_SHARE, COMPLETE};
use crate::model::summary::number;
use crate::model::{Dataset, Date, Kind, Observation};
use charming::component::{Axis, Grid, Legend};
use charming::datatype::{CompositeValue, DataPoint, DataPointItem};
use charming::element::{
    AreaStyle, AxisLabel, AxisType, Color, ItemStyle, Label, LabelPosition, LineStyle,
    LineStyleType, MarkLine, MarkLineData, MarkLineVariant, NameLocation, Symbol, Tooltip, Trigger,
};
use charming::series::{Line, Scatter};
use charming::Chart;

/// Series names, also shown in the legend.
pub const REPORTED: &str = "Reported";
/// Name of the derived-values series.
pub const DERIVED: &str = "Derived";
/// Name of the projection series.
pub const PROJECTED: &str = "Projected";
/// Name of the band series.
pub const BAND: &str = "Projected range";
const BAND_BASE: &str = "Projected range (base)";

fn point(date: String, percent: f64, name: String) -> DataPoint {
    DataPointItem::new(CompositeValue::from(vec![
        CompositeValue::from(date),
        CompositeValue::from(round2(percent)),
    ]))
    .name(name)
    .into()
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
    symbol: Symbol,
    color: &str,
    halo: &str,
) -> Scatter {
    let data: Vec<DataPoint> = dataset
        .progress
        .iter()
        .filter(|o| o.kind == kind)
        .map(|o| point(o.date.to_string(), o.percent, observation_label(o)))
        .collect();
    Scatter::new()
        .name(name)
        .symbol(symbol)
        .symbol_size(14)
        .item_style(
            ItemStyle::new()
                .color(color)
                .border_color(halo)
                .border_width(1.5),
        )
        .data(data)
}

/// Axes, tooltip, legend and colours shared by the completion chart in every mode.
fn frame(count: u32, legend: Vec<&str>, palette: &Palette) -> Chart {
    Chart::new()
        .animation(false)
        .color(vec![
            Color::from(palette.reported),
            Color::from(palette.derived),
            Color::from(palette.projected),
        ])
        .tooltip(Tooltip::new().trigger(Trigger::Item).formatter(TOOLTIP))
        .legend(Legend::new().bottom(0).data(legend))
        .grid(Grid::new().left(64).right(16).top(28).bottom(64))
        .x_axis(Axis::new().type_(AxisType::Time))
        .y_axis(
            Axis::new()
                .type_(AxisType::Value)
                .min(0)
                .max(COMPLETE)
                .name(format!("Share of the {count} programs implemented"))
                .name_location(NameLocation::Middle)
                .name_gap(44)
                .axis_label(AxisLabel::new().formatter("{value}%")),
        )
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
) -> Chart {
    let Some(guess) = guess else {
        return with_observations(
            frame(dataset.programs.count, vec![REPORTED, DERIVED], palette),
            dataset,
            palette,
        );
    };
    let empty: Vec<DataPoint> = Vec::new();
    completion_chart(dataset, projection, palette).series(
        Line::new()
            .name(GUESS)
            .mark_line(
                MarkLine::new()
                    .symbol(vec![Symbol::None, Symbol::None])
                    .silent(true)
                    .line_style(
                        LineStyle::new()
                            .color(palette.derived)
                            .type_(LineStyleType::Dotted)
                            .width(2),
                    )
                    .data(vec![MarkLineVariant::Simple(
                        MarkLineData::new()
                            .x_axis(guess.to_string())
                            .name(GUESS)
                            .label(
                                Label::new()
                                    .formatter(
                                        format!("Your guess: {}", guess.month_year()).as_str(),
                                    )
                                    .position(LabelPosition::InsideMiddleTop),
                            ),
                    )]),
            )
            .data(empty),
    )
}

/// Builds the completion chart for a dataset and its projection.
pub fn completion_chart(dataset: &Dataset, projection: &Projection, palette: &Palette) -> Chart {
    let count = dataset.programs.count;
    let curve = &projection.curve;
    let date_of = |p: &crate::model::projection::ProjectedPoint| p.date.to_string();
    let band_base: Vec<DataPoint> = curve
        .iter()
        .map(|p| DataPoint::from(vec![CompositeValue::from(date_of(p)), round2(p.low).into()]))
        .collect();
    let band_width: Vec<DataPoint> = curve
        .iter()
        .map(|p| {
            DataPoint::from(vec![
                CompositeValue::from(date_of(p)),
                round2(p.high - p.low).into(),
            ])
        })
        .collect();
    let projected: Vec<DataPoint> = curve
        .iter()
        .map(|p| {
            point(
                date_of(p),
                p.percent,
                format!(
                    "{}: {} percent (about {} of {count} programs), projected",
                    p.date.month_year(),
                    number(p.percent, 1),
                    number(crate::model::projection::programs_done(p.percent, count), 1)
                ),
            )
        })
        .collect();

    let mut marks = vec![MarkLineData::new()
        .y_axis(COMPLETE)
        .name(format!("All {count} programs"))
        .label(
            Label::new()
                .formatter(format!("All {count} programs (100%)").as_str())
                .position(LabelPosition::InsideStartTop),
        )];
    match projection.outcome {
        Outcome::Completes { date, months } if months > 0.0 => marks.push(
            MarkLineData::new()
                .x_axis(date.to_string())
                .name("Projected completion")
                .label(
                    Label::new()
                        .formatter(format!("Projected: {}", date.month_year()).as_str())
                        .position(LabelPosition::InsideEndTop),
                ),
        ),
        Outcome::Stalls { level } => marks.push(
            MarkLineData::new()
                .y_axis(round2(level))
                .name("Projected stall")
                .label(
                    Label::new()
                        .formatter(
                            format!("Stalls near {}% (projected)", number(level, 0)).as_str(),
                        )
                        .position(LabelPosition::InsideEndBottom),
                ),
        ),
        Outcome::Completes { .. } => {}
    }

    let band_line = || LineStyle::new().opacity(0);
    let chart = frame(count, vec![REPORTED, DERIVED, PROJECTED, BAND], palette)
        .series(
            Line::new()
                .name(BAND_BASE)
                .stack("band")
                .symbol(Symbol::None)
                .line_style(band_line())
                .silent(true)
                .data(band_base),
        )
        .series(
            Line::new()
                .name(BAND)
                .stack("band")
                .symbol(Symbol::None)
                .line_style(band_line())
                .area_style(AreaStyle::new().color(palette.band))
                .item_style(ItemStyle::new().color(palette.band))
                .silent(true)
                .data(band_width),
        )
        .series(
            Line::new()
                .name(PROJECTED)
                .symbol(Symbol::None)
                .line_style(
                    LineStyle::new()
                        .type_(LineStyleType::Dashed)
                        .width(2.5)
                        .color(palette.projected),
                )
                .item_style(ItemStyle::new().color(palette.projected))
                .mark_line(
                    MarkLine::new()
                        .symbol(vec![Symbol::None, Symbol::None])
                        .silent(true)
                        .line_style(
                            LineStyle::new()
                                .color(palette.reference)
                                .type_(LineStyleType::Solid)
                                .width(1),
                        )
                        .data(marks.into_iter().map(MarkLineVariant::Simple).collect()),
                )
                .data(projected),
        );
    with_observations(chart, dataset, palette)
}

/// Adds the reported and derived observations, drawn last so they sit above the projection.
fn with_observations(chart: Chart, dataset: &Dataset, palette: &Palette) -> Chart {
    chart
        .series(observed_series(
            dataset,
            Kind::Reported,
            REPORTED,
            Symbol::Circle,
            palette.reported,
            palette.background,
        ))
        .series(observed_series(
            dataset,
            Kind::Derived,
            DERIVED,
            Symbol::Diamond,
            palette.derived,
            palette.background,
        ))
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
    use crate::charts::series;
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
        serde_json::to_value(completion_chart(
            &dataset,
            &projection,
            &crate::charts::LIGHT,
        ))
        .unwrap()
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
        let marks = &series(&option, PROJECTED)["markLine"]["data"];
        assert_eq!(marks[0]["yAxis"], 100.0);
        assert_eq!(marks[0]["label"]["formatter"], "All 28 programs (100%)");
        assert_eq!(marks[1]["xAxis"], "2023-09-04");
        assert_eq!(marks[1]["label"]["formatter"], "Projected: September 2023");
    }

    #[test]
    fn a_stall_is_marked_instead_of_a_date() {
        let option = option(Some(1.0), 0.1);
        let marks = &series(&option, PROJECTED)["markLine"]["data"];
        assert_eq!(marks.as_array().unwrap().len(), 2);
        assert_eq!(marks[1]["yAxis"], 90.0);
        assert!(marks[1].get("xAxis").is_none());
    }

    #[test]
    fn predict_mode_hides_the_projection_until_a_guess_then_marks_it() {
        let dataset = Dataset::embedded();
        let projection = Projection::new(&dataset, Scenario::default());
        let hidden = serde_json::to_value(predict_chart(
            &dataset,
            &projection,
            None,
            &crate::charts::LIGHT,
        ))
        .unwrap();
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
        let shown = serde_json::to_value(predict_chart(
            &dataset,
            &projection,
            Some(guess),
            &crate::charts::LIGHT,
        ))
        .unwrap();
        assert!(shown["series"]
            .as_array()
            .unwrap()
            .iter()
            .any(|s| s["name"] == PROJECTED));
        let marker = &series(&shown, GUESS)["markLine"]["data"][0];
        assert_eq!(marker["xAxis"], "2024-03-01");
        assert_eq!(marker["label"]["formatter"], "Your guess: March 2024");
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
