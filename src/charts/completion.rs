//! The completion chart: observed progress, the projection over its band, 100 percent, the date.

use super::ext::{ChartExt, Point, SeriesExt};
use super::{
    axis, chart, grid, guide, guide_label, legend, marker_style, markers, round2, Palette,
};
use crate::model::format::number;
use crate::model::projection::{Outcome, Projection, BAND_SHARE, COMPLETE};
use crate::model::{Dataset, Date, Kind, Observation};
use charming::component::Axis;
use charming::datatype::CompositeValue;
use charming::element::{
    AreaStyle, AxisLabel, AxisType, ItemStyle, Label, LabelAlign, LabelPosition,
    LabelVerticalAlign, LineStyle, LineStyleType, NameLocation, Symbol,
};
use charming::series::Line;

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
/// Name of the series that marks a student's guess in predict mode.
pub const GUESS: &str = "Your guess";

/// Id of the reported-values series: ids stay put when the words on screen change.
pub const REPORTED_ID: &str = "reported";
/// Id of the derived-values series.
pub const DERIVED_ID: &str = "derived";
/// Id of the projection series.
pub const PROJECTED_ID: &str = "projected";
/// Id of the band series (the width stacked on its base).
pub const BAND_ID: &str = "band";
/// Id of the band's invisible base.
pub const BAND_BASE_ID: &str = "band-base";
/// Id of the horizontal line at 100 percent.
pub const ALL_ID: &str = "guide-100";
/// Id of the vertical line at the projected completion date.
pub const COMPLETION_ID: &str = "guide-completion";
/// Id of the horizontal line where a stalling projection levels off.
pub const STALL_ID: &str = "guide-stall";
/// Id of the vertical line at a student's guess.
pub const GUESS_ID: &str = "guide-guess";

/// Percentage points under 100 that the stall's label needs above its line (about one line
/// of 12 px text on the shortest chart); a stall closer to 100 is labelled under its line.
const STALL_LABEL_ROOM: f64 = 8.0;
const BAND_BASE: &str = "Projected range (base)";

/// A `[date, percent]` pair, rounded so the option stays short.
fn pair(date: Date, percent: f64) -> CompositeValue {
    CompositeValue::from(vec![
        CompositeValue::from(date.to_string()),
        CompositeValue::from(round2(percent)),
    ])
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
    (id, name): (&str, &str),
    symbol: Symbol,
    color: &str,
    palette: &Palette,
) -> SeriesExt {
    let data: Vec<Point> = dataset
        .progress
        .iter()
        .filter(|o| o.kind == kind)
        .map(|o| Point::named(pair(o.date, o.percent), observation_label(o)))
        .collect();
    markers(
        Line::new().id(id).name(name),
        symbol,
        14.0,
        marker_style(color, palette),
        data,
    )
}

/// Axes, tooltip, legend and colours shared by the completion chart in every mode.
fn frame(count: u32, names: &[&str], palette: &Palette) -> ChartExt {
    let y_axis = Axis::new()
        .type_(AxisType::Value)
        .min(0)
        .max(COMPLETE)
        .name(format!("Share of the {count} programs implemented"))
        .name_location(NameLocation::Middle)
        .name_gap(44.0);
    let mut option = chart(
        grid(64, 16, 28, 64),
        axis(
            Axis::new().type_(AxisType::Time),
            AxisLabel::new(),
            false,
            palette,
        ),
        axis(
            y_axis,
            AxisLabel::new().formatter("{value}%"),
            false,
            palette,
        ),
        palette,
    );
    option.chart = option
        .chart
        .color(vec![palette.reported, palette.derived, palette.projected])
        .legend(legend(names, palette));
    option
}

/// The completion chart in predict mode: observations only until a guess is made, then the
/// projection with the guess marked beside it.
pub fn predict_chart(
    dataset: &Dataset,
    projection: &Projection,
    guess: Option<Date>,
    palette: &Palette,
) -> ChartExt {
    let Some(guess) = guess else {
        return with_observations(
            frame(dataset.programs.count, &[REPORTED, DERIVED], palette),
            dataset,
            palette,
        );
    };
    let mut option = completion_chart(dataset, projection, palette);
    let at = || CompositeValue::from(guess.to_string());
    let label = guide_label(
        CompositeValue::from(vec![at(), CompositeValue::from(COMPLETE / 2.0)]),
        format!("Your guess: {}", guess.month_year()),
        along_vertical(palette.derived, LabelAlign::Center),
    );
    option.push(guide(
        GUESS_ID,
        GUESS,
        palette.derived,
        LineStyleType::Dotted,
        2.0,
        vec![
            Point::value(vec![at(), CompositeValue::from(0.0)]),
            label,
            Point::value(vec![at(), CompositeValue::from(COMPLETE)]),
        ],
    ));
    option
}

/// Label settings for text along a vertical guide, reading upwards on its left, `align`ed
/// to the labelled point (right: ending there; center: centred on it).
fn along_vertical(color: &str, align: LabelAlign) -> Label {
    Label::new()
        .position(LabelPosition::Inside)
        .rotate("90")
        .align(align)
        .vertical_align(LabelVerticalAlign::Bottom)
        .padding((0.0, 6.0, 4.0, 0.0))
        .color(color)
}

/// Label settings for text beside a horizontal guide's point: `align` left starts the text
/// there, right ends it there; `above` puts it over the line, else under it. The padding
/// keeps the text off the line and off the point.
fn beside_horizontal(color: &str, align: LabelAlign, above: bool) -> Label {
    let left = align == LabelAlign::Left;
    let (vertical, padding) = match (above, left) {
        (true, true) => (LabelVerticalAlign::Bottom, (0.0, 0.0, 3.0, 4.0)),
        (true, false) => (LabelVerticalAlign::Bottom, (0.0, 4.0, 3.0, 0.0)),
        (false, true) => (LabelVerticalAlign::Top, (3.0, 0.0, 0.0, 4.0)),
        (false, false) => (LabelVerticalAlign::Top, (3.0, 4.0, 0.0, 0.0)),
    };
    Label::new()
        .position(LabelPosition::Inside)
        .align(align)
        .vertical_align(vertical)
        .padding(padding)
        .color(color)
}

/// A band line: stacked, with neither symbols nor a visible line, and no tooltip.
fn band_line(id: &str, name: &str) -> Line {
    Line::new()
        .id(id)
        .name(name)
        .stack("band")
        .symbol(Symbol::None)
        .line_style(LineStyle::new().opacity(0.0))
        .silent(true)
}

/// Builds the completion chart for a dataset and its projection.
pub fn completion_chart(dataset: &Dataset, projection: &Projection, palette: &Palette) -> ChartExt {
    let count = dataset.programs.count;
    let curve = &projection.curve;
    let band_base: Vec<Point> = curve
        .iter()
        .map(|p| Point::value(pair(p.date, p.low)))
        .collect();
    let band_width: Vec<Point> = curve
        .iter()
        .map(|p| Point::value(pair(p.date, p.high - p.low)))
        .collect();
    let projected: Vec<Point> = curve
        .iter()
        .map(|p| {
            Point::named(
                pair(p.date, p.percent),
                format!(
                    "{}: {} percent, projected",
                    p.date.month_year(),
                    number(p.percent, 1),
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
        let at = |date: Date, percent: f64| {
            CompositeValue::from(vec![
                CompositeValue::from(date.to_string()),
                CompositeValue::from(percent),
            ])
        };
        let reference = palette.reference;
        let solid = LineStyleType::Solid;
        let all = guide_label(
            at(first, COMPLETE),
            format!("All {count} programs (100%)"),
            beside_horizontal(reference, LabelAlign::Left, true),
        );
        let name = format!("All {count} programs");
        let end = Point::value(at(last, COMPLETE));
        guides.push(guide(ALL_ID, &name, reference, solid, 1.0, vec![all, end]));
        match projection.outcome {
            Outcome::Completes { date, months } if months > 0.0 => {
                let top = guide_label(
                    at(date, COMPLETE),
                    format!("Projected: {}", date.month_year()),
                    along_vertical(reference, LabelAlign::Right),
                );
                let line = vec![Point::value(at(date, 0.0)), top];
                guides.push(guide(
                    COMPLETION_ID,
                    COMPLETION,
                    reference,
                    solid,
                    1.0,
                    line,
                ));
            }
            Outcome::Stalls { level } => {
                let level = round2(level);
                // Beside the line's right end, above it: the projection levels off just
                // beneath. A stall close to 100 percent leaves no room above, where the "All
                // programs" label is, so there the label goes under the line's left end, far
                // from the rising projection. Its background keeps lines behind it out of
                // the text.
                let near_top = COMPLETE - level < STALL_LABEL_ROOM;
                let align = if near_top {
                    LabelAlign::Left
                } else {
                    LabelAlign::Right
                };
                let place = beside_horizontal(reference, align, !near_top)
                    .background_color(palette.background);
                let text = format!("Stalls near {}% (projected)", number(level, 0));
                let (start, end) = (at(first, level), at(last, level));
                let line = if near_top {
                    vec![guide_label(start, text, place), Point::value(end)]
                } else {
                    vec![Point::value(start), guide_label(end, text, place)]
                };
                guides.push(guide(STALL_ID, STALL, reference, solid, 1.0, line));
            }
            Outcome::Completes { .. } => {}
        }
    }

    let mut option = frame(count, &[REPORTED, DERIVED, PROJECTED, BAND], palette);
    option.push(SeriesExt::new(
        band_line(BAND_BASE_ID, BAND_BASE),
        band_base,
    ));
    let band = band_line(BAND_ID, BAND)
        .area_style(AreaStyle::new().color(palette.band))
        .item_style(ItemStyle::new().color(palette.band));
    option.push(SeriesExt::new(band, band_width));
    let line = Line::new()
        .id(PROJECTED_ID)
        .name(PROJECTED)
        .symbol(Symbol::None)
        .line_style(
            LineStyle::new()
                .type_(LineStyleType::Dashed)
                .width(2.5)
                .color(palette.projected),
        )
        .item_style(ItemStyle::new().color(palette.projected));
    option.push(SeriesExt::new(line, projected));
    for guide in guides {
        option.push(guide);
    }
    with_observations(option, dataset, palette)
}

/// Adds the reported and derived observations, drawn last so they sit above the projection.
fn with_observations(mut option: ChartExt, dataset: &Dataset, palette: &Palette) -> ChartExt {
    option.push(observed_series(
        dataset,
        Kind::Reported,
        (REPORTED_ID, REPORTED),
        Symbol::Circle,
        palette.reported,
        palette,
    ));
    option.push(observed_series(
        dataset,
        Kind::Derived,
        (DERIVED_ID, DERIVED),
        Symbol::Diamond,
        palette.derived,
        palette,
    ));
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
mod tests;
