//! The completion chart: observed progress, the projection over its band, 100 percent, the date.

use super::ext::{ChartExt, Point, SeriesExt};
use super::{
    axis, chart, grid, guide, guide_label, legend, marker_style, markers, round2, Palette,
};
use crate::messages::{ChartMessages, CompletionSeries as S};
use crate::model::projection::{Outcome, Projection, BAND_SHARE, COMPLETE};
use crate::model::{Dataset, Date, Kind, Observation};
use charming::component::Axis;
use charming::datatype::CompositeValue;
use charming::element::{
    AreaStyle, AxisLabel, AxisType, ItemStyle, Label, LabelAlign, LabelPosition,
    LabelVerticalAlign, LineStyle, LineStyleType, NameLocation, Symbol,
};
use charming::series::Line;

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

/// A `[date, percent]` pair, rounded so the option stays short.
fn pair(date: Date, percent: f64) -> CompositeValue {
    CompositeValue::from(vec![
        CompositeValue::from(date.to_string()),
        CompositeValue::from(round2(percent)),
    ])
}

fn observed_series(
    m: &(impl ChartMessages + ?Sized),
    dataset: &Dataset,
    kind: Kind,
    (id, name): (&str, &str),
    symbol: Symbol,
    color: &str,
    palette: &Palette,
) -> SeriesExt {
    // The tooltips quote the source in the page's language.
    let data: Vec<Point> = dataset
        .progress
        .iter()
        .filter(|o| o.kind == kind)
        .map(|o| {
            let local = dataset.localized_observation(m.lang(), o);
            Point::named(pair(o.date, o.percent), m.observation_tooltip(&local))
        })
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
fn frame(
    m: &(impl ChartMessages + ?Sized),
    count: u32,
    names: &[S],
    palette: &Palette,
) -> ChartExt {
    let names: Vec<&str> = names.iter().map(|s| m.completion_series(*s)).collect();
    let y_axis = Axis::new()
        .type_(AxisType::Value)
        .min(0)
        .max(COMPLETE)
        .name(m.completion_axis(count))
        .name_location(NameLocation::Middle)
        .name_gap(44.0);
    let mut option = chart(
        grid(64, 16, 28, 64),
        axis(Axis::new().type_(AxisType::Time), AxisLabel::new(), palette),
        axis(
            y_axis,
            AxisLabel::new().formatter(m.percent_axis_template()),
            palette,
        ),
        palette,
    );
    option.chart = option
        .chart
        .color(vec![palette.reported, palette.derived, palette.projected])
        .legend(legend(&names, palette));
    option
}

/// The completion chart in predict mode: observations only until a guess is made, then the
/// projection with the guess marked beside it.
pub fn predict_chart(
    m: &(impl ChartMessages + ?Sized),
    dataset: &Dataset,
    projection: &Projection,
    guess: Option<Date>,
    palette: &Palette,
) -> ChartExt {
    let Some(guess) = guess else {
        return with_observations(
            frame(
                m,
                dataset.programs.count,
                &[S::Reported, S::Derived],
                palette,
            ),
            m,
            dataset,
            palette,
        );
    };
    let mut option = completion_chart(m, dataset, projection, palette);
    let at = || CompositeValue::from(guess.to_string());
    let label = guide_label(
        CompositeValue::from(vec![at(), CompositeValue::from(COMPLETE / 2.0)]),
        m.guess_label(guess),
        along_vertical(palette.derived, LabelAlign::Center),
    );
    option.push(guide(
        GUESS_ID,
        m.completion_series(S::Guess),
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

/// Which side of a horizontal guide its label sits on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Side {
    /// Over the line.
    Above,
    /// Under the line.
    Below,
}

/// Label settings for text beside a horizontal guide's point: `align` left starts the text
/// there, right ends it there; `side` puts it over or under the line. The padding keeps the
/// text off the line and off the point.
fn beside_horizontal(color: &str, align: LabelAlign, side: Side) -> Label {
    let left = align == LabelAlign::Left;
    let (vertical, padding) = match (side, left) {
        (Side::Above, true) => (LabelVerticalAlign::Bottom, (0.0, 0.0, 3.0, 4.0)),
        (Side::Above, false) => (LabelVerticalAlign::Bottom, (0.0, 4.0, 3.0, 0.0)),
        (Side::Below, true) => (LabelVerticalAlign::Top, (3.0, 0.0, 0.0, 4.0)),
        (Side::Below, false) => (LabelVerticalAlign::Top, (3.0, 4.0, 0.0, 0.0)),
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
pub fn completion_chart(
    m: &(impl ChartMessages + ?Sized),
    dataset: &Dataset,
    projection: &Projection,
    palette: &Palette,
) -> ChartExt {
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
                m.projected_tooltip(p.date, p.percent),
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
            m.all_programs_label(count),
            beside_horizontal(reference, LabelAlign::Left, Side::Above),
        );
        let name = m.all_programs_name(count);
        let end = Point::value(at(last, COMPLETE));
        guides.push(guide(ALL_ID, &name, reference, solid, 1.0, vec![all, end]));
        match projection.outcome {
            Outcome::Completes { date, months } if months > 0.0 => {
                let top = guide_label(
                    at(date, COMPLETE),
                    m.projected_date_label(date),
                    along_vertical(reference, LabelAlign::Right),
                );
                let line = vec![Point::value(at(date, 0.0)), top];
                guides.push(guide(
                    COMPLETION_ID,
                    m.completion_series(S::Completion),
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
                let side = if near_top { Side::Below } else { Side::Above };
                let place =
                    beside_horizontal(reference, align, side).background_color(palette.background);
                let text = m.stall_label(level);
                let (start, end) = (at(first, level), at(last, level));
                let line = if near_top {
                    vec![guide_label(start, text, place), Point::value(end)]
                } else {
                    vec![Point::value(start), guide_label(end, text, place)]
                };
                guides.push(guide(
                    STALL_ID,
                    m.completion_series(S::Stall),
                    reference,
                    solid,
                    1.0,
                    line,
                ));
            }
            Outcome::Completes { .. } => {}
        }
    }

    let names = [S::Reported, S::Derived, S::Projected, S::Band];
    let mut option = frame(m, count, &names, palette);
    option.push(SeriesExt::new(
        band_line(BAND_BASE_ID, m.completion_series(S::BandBase)),
        band_base,
    ));
    let band = band_line(BAND_ID, m.completion_series(S::Band))
        .area_style(AreaStyle::new().color(palette.band))
        .item_style(ItemStyle::new().color(palette.band));
    option.push(SeriesExt::new(band, band_width));
    let line = Line::new()
        .id(PROJECTED_ID)
        .name(m.completion_series(S::Projected))
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
    with_observations(option, m, dataset, palette)
}

/// Adds the reported and derived observations, drawn last so they sit above the projection.
fn with_observations(
    mut option: ChartExt,
    m: &(impl ChartMessages + ?Sized),
    dataset: &Dataset,
    palette: &Palette,
) -> ChartExt {
    option.push(observed_series(
        m,
        dataset,
        Kind::Reported,
        (REPORTED_ID, m.completion_series(S::Reported)),
        Symbol::Circle,
        palette.reported,
        palette,
    ));
    option.push(observed_series(
        m,
        dataset,
        Kind::Derived,
        (DERIVED_ID, m.completion_series(S::Derived)),
        Symbol::Diamond,
        palette.derived,
        palette,
    ));
    option
}

/// A one-line text description of the chart, used for ARIA and under the chart.
pub fn completion_description(
    m: &(impl ChartMessages + ?Sized),
    dataset: &Dataset,
    projection: &Projection,
) -> String {
    let reported: Vec<&Observation> = dataset
        .progress
        .iter()
        .filter(|o| o.kind == Kind::Reported)
        .collect();
    let (done, level) = match projection.outcome {
        Outcome::Completes { date, .. } => (Some(date), COMPLETE),
        Outcome::Stalls { level } => (None, level),
    };
    m.completion_description(
        dataset.programs.count,
        &reported,
        projection.pace,
        BAND_SHARE * 100.0,
        done,
        level,
    )
}

#[cfg(test)]
mod tests;
