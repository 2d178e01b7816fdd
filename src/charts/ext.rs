//! What charming 0.6 cannot say, in one place: small typed wrappers that serialize a charming
//! value as it is and add the ECharts fields it lacks. Everything else is charming's own type.
//!
//! The fields added here, each because charming 0.6 has no (fitting) field for it:
//! - the option's root `textStyle` ([`ChartExt`]: charming's `Chart` has none);
//! - the tooltip's `confine`, `extraCssText` and `textStyle` ([`TooltipExt`]);
//! - an axis's `axisLine.lineStyle.color` as one colour ([`AxisExt`]: charming types it as a
//!   gauge's list of colour segments);
//! - a line series' `showAllSymbol` ([`SeriesExt`]);
//! - `data` on every series, empty or not ([`SeriesExt`]: charming leaves an empty list out, and
//!   a merging `setOption` would then keep the points drawn before);
//! - a data item's own `label` ([`Point::Labelled`]: charming's `DataPointItem` holds a value, a
//!   name and an item style only).
//!
//! Where charming's type differs from ECharts' documentation but ECharts reads it alike, the
//! charming type stays: a label's `rotate` is written as a string ("90"), which ECharts
//! multiplies into radians like the number.

use charming::component::Axis;
use charming::datatype::{CompositeValue, DataPoint, DataPointItem};
use charming::element::{AxisLabel, Label, LineStyle, TextStyle, Tooltip};
use charming::series::{Bar, Line};
use charming::Chart;
use serde::Serialize;

/// An ECharts option: a charming [`Chart`] (animation, colours, grid, legend) with the tooltip,
/// axes and series that need fields charming lacks, and the root text colour.
#[derive(Serialize, Debug, Clone, Default)]
#[serde(rename_all = "camelCase")]
pub struct ChartExt {
    /// Everything charming can say at the root; its own tooltip, axes and series stay unset.
    #[serde(flatten)]
    pub chart: Chart,
    /// The default style of every text.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text_style: Option<TextStyle>,
    /// The tooltip.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tooltip: Option<TooltipExt>,
    /// The x axis.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub x_axis: Option<AxisExt>,
    /// The y axis.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub y_axis: Option<AxisExt>,
    /// The series in drawing order; a chart with none has no `series` key.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub series: Vec<SeriesExt>,
}

impl ChartExt {
    /// Appends a series, drawn above those before it.
    pub fn push(&mut self, series: SeriesExt) {
        self.series.push(series);
    }
}

/// A charming [`Tooltip`] that stays inside the chart, wraps long text and has a text colour.
#[derive(Serialize, Debug, Clone)]
#[serde(rename_all = "camelCase")]
pub struct TooltipExt {
    /// Trigger, formatter, background and border, in charming's terms.
    #[serde(flatten)]
    pub tooltip: Tooltip,
    /// Keeps the tooltip inside the chart's box.
    pub confine: bool,
    /// CSS added to the tooltip's element.
    pub extra_css_text: String,
    /// The tooltip's text style.
    pub text_style: TextStyle,
}

/// A charming [`Axis`] with its axis line in one colour.
#[derive(Serialize, Debug, Clone)]
#[serde(rename_all = "camelCase")]
pub struct AxisExt {
    /// Everything else about the axis.
    #[serde(flatten)]
    pub axis: Axis,
    /// The axis line.
    pub axis_line: AxisLineExt,
    /// The axis labels.
    pub axis_label: AxisLabelExt,
}

/// A charming [`AxisLabel`] that drops labels overlapping others: month names are longer in
/// Russian and Belarusian ("апр.", "июль") and ran together on a phone's time axis.
#[derive(Serialize, Debug, Clone)]
#[serde(rename_all = "camelCase")]
pub struct AxisLabelExt {
    /// Colour, formatter and the rest, in charming's terms.
    #[serde(flatten)]
    pub label: AxisLabel,
    /// ECharts hides a label that would overlap one already placed.
    pub hide_overlap: bool,
}

/// A cartesian axis line: its style (colour, width, type) as a line's.
#[derive(Serialize, Debug, Clone)]
#[serde(rename_all = "camelCase")]
pub struct AxisLineExt {
    /// The line's style.
    pub line_style: LineStyle,
}

/// The two series types the app draws, each charming's own. charming's `Series` enum would do
/// the same and compile the serializers of all its 24 types once more: 1.4 KB of gzipped wasm.
#[derive(Serialize, Debug, Clone)]
#[serde(untagged)]
pub enum ChartSeries {
    /// A line, or markers (a line with its line hidden), or a guide.
    Line(Box<Line>),
    /// Bars.
    Bar(Box<Bar>),
}

impl From<Line> for ChartSeries {
    fn from(line: Line) -> Self {
        ChartSeries::Line(Box::new(line))
    }
}

impl From<Bar> for ChartSeries {
    fn from(bar: Bar) -> Self {
        ChartSeries::Bar(Box::new(bar))
    }
}

/// A charming series with its data always written, and `showAllSymbol` where set.
#[derive(Serialize, Debug, Clone)]
#[serde(rename_all = "camelCase")]
pub struct SeriesExt {
    /// The series without its data (charming's own data list stays empty, so unwritten).
    #[serde(flatten)]
    pub series: ChartSeries,
    /// Draw every point's symbol, even where ECharts would thin them out on a category axis.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub show_all_symbol: Option<bool>,
    /// The points, `[]` when there are none.
    pub data: Vec<Point>,
}

impl SeriesExt {
    /// `series` (built without data) holding `data`.
    pub fn new(series: impl Into<ChartSeries>, data: Vec<Point>) -> SeriesExt {
        SeriesExt {
            series: series.into(),
            show_all_symbol: None,
            data,
        }
    }

    /// The same series drawing every point's symbol.
    pub fn show_all_symbol(mut self) -> SeriesExt {
        self.show_all_symbol = Some(true);
        self
    }
}

/// One point of a series.
#[derive(Serialize, Debug, Clone)]
#[serde(untagged)]
pub enum Point {
    /// A value, a null (a gap), or a named item: charming's own.
    Plain(DataPoint),
    /// A value with a label of its own.
    Labelled {
        /// The point's value.
        value: CompositeValue,
        /// Its label.
        label: Label,
    },
}

impl Point {
    /// A bare value such as `[date, percent]`.
    pub fn value(value: impl Into<CompositeValue>) -> Point {
        Point::Plain(DataPoint::Value(value.into()))
    }

    /// A value with its tooltip text, which the shared tooltip shows as `{b}`.
    pub fn named(value: impl Into<CompositeValue>, name: String) -> Point {
        Point::Plain(DataPoint::Item(DataPointItem::new(value).name(name)))
    }

    /// No point: a gap that keeps a series aligned with its categories.
    pub fn null() -> Point {
        Point::Plain(DataPoint::Value(CompositeValue::from(None::<f64>)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use charming::element::LineStyleType;
    use serde_json::{json, to_value};

    #[test]
    fn a_series_without_points_still_says_so() {
        // A merge keeps the old points of a series whose `data` is missing.
        let series = SeriesExt::new(Line::new().id("a").name("A"), vec![]);
        let json = to_value(&series).unwrap();
        assert_eq!(
            json,
            json!({ "type": "line", "id": "a", "name": "A", "data": [] })
        );
    }

    #[test]
    fn wrappers_add_their_fields_beside_charmings() {
        let series = SeriesExt::new(
            Line::new()
                .id("g")
                .line_style(LineStyle::new().type_(LineStyleType::Dotted)),
            vec![
                Point::value(vec![CompositeValue::from("2024-03-01"), 0.0.into()]),
                Point::null(),
                Point::named(45.0, "45".into()),
                Point::Labelled {
                    value: 1.0.into(),
                    label: Label::new().formatter("x").rotate("90"),
                },
            ],
        )
        .show_all_symbol();
        let json = to_value(&series).unwrap();
        assert_eq!(json["lineStyle"]["type"], "dotted");
        assert_eq!(json["showAllSymbol"], true);
        assert_eq!(
            json["data"],
            json!([
                ["2024-03-01", 0.0],
                null,
                { "value": 45.0, "name": "45" },
                { "value": 1.0, "label": { "rotate": "90", "formatter": "x" } }
            ])
        );
        let axis = AxisExt {
            axis: Axis::new().name("y"),
            axis_line: AxisLineExt {
                line_style: LineStyle::new().color("#123456"),
            },
            axis_label: AxisLabelExt {
                label: AxisLabel::new().color("#654321"),
                hide_overlap: true,
            },
        };
        assert_eq!(
            to_value(&axis).unwrap(),
            json!({
                "name": "y",
                "axisLine": { "lineStyle": { "color": "#123456" } },
                "axisLabel": { "color": "#654321", "hideOverlap": true }
            })
        );
    }
}
