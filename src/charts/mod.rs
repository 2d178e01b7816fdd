//! Pure builders from model values to ECharts options, built with charming's typed builders
//! (and the few wrappers in [`ext`] for what charming lacks), tested as their JSON.
//!
//! charming is the specified stack; its serializers cost 47.6 KB of gzipped wasm over the
//! hand-built JSON they replaced (210,977 → 258,587 B, release build, measured).

pub mod after;
pub mod balance;
pub mod completion;
pub mod ext;
pub mod locale;
pub mod timeline;
pub mod trade;

use crate::model::Theme;
use charming::component::{Axis, Grid, Legend};
use charming::datatype::CompositeValue;
use charming::element::{
    AxisLabel, AxisTick, AxisType, BorderType, ItemStyle, Label, LineStyle, LineStyleType,
    SplitLine, Symbol, TextStyle, Tooltip, Trigger,
};
use charming::series::Line;
use ext::{AxisExt, AxisLabelExt, AxisLineExt, ChartExt, Point, SeriesExt, TooltipExt};
#[cfg(test)]
use serde_json::Value;

/// Every chart's tooltip: the series name, then the point's own text (its data name).
/// ECharts HTML-escapes `{b}`, so names carry plain text only.
pub const TOOLTIP: &str = "{a}<br/>{b}";

/// Rounds to cents (or hundredths of a point), keeping option JSON short and stable.
pub fn round2(value: f64) -> f64 {
    (value * 100.0).round() / 100.0
}

/// An option with what every chart shares: no animation, the shared tooltip, one grid, two
/// axes, and the text, background, axes and tooltip in `palette`'s colours.
///
/// Every chart is framed here, so every chart gets its colours alike, in one place.
fn chart(grid: Grid, x_axis: AxisExt, y_axis: AxisExt, palette: &Palette) -> ChartExt {
    let tooltip = Tooltip::new()
        .trigger(Trigger::Item)
        .formatter(TOOLTIP)
        .background_color(palette.surface)
        .border_color(palette.rule);
    ChartExt {
        // A list of one grid, as ECharts allows several; it reads both forms alike.
        chart: charming::Chart::new()
            .animation(false)
            .grid(grid)
            .background_color(palette.background),
        text_style: Some(text(palette.text)),
        tooltip: Some(TooltipExt {
            tooltip,
            // Keeps tooltips inside the chart on a 375 px screen and lets long sources wrap.
            confine: true,
            extra_css_text: "white-space:normal;max-width:18rem".into(),
            text_style: text(palette.text),
        }),
        x_axis: Some(x_axis),
        y_axis: Some(y_axis),
        series: Vec::new(),
    }
}

/// A text style of one colour.
fn text(color: &str) -> TextStyle {
    TextStyle::new().color(color)
}

/// A grid's margins in pixels.
fn grid(left: i32, right: i32, top: i32, bottom: i32) -> Grid {
    Grid::new().left(left).right(right).top(top).bottom(bottom)
}

/// `axis` in `palette`'s colours: its name, its labels (`label`, which may carry a formatter),
/// line, ticks and grid lines (shown as ECharts shows them for the axis' type: a time axis
/// hides them).
fn axis(axis: Axis, label: AxisLabel, palette: &Palette) -> AxisExt {
    let split = SplitLine::new().line_style(LineStyle::new().color(palette.grid));
    AxisExt {
        axis: axis
            .name_text_style(text(palette.text))
            .axis_tick(AxisTick::new().line_style(LineStyle::new().color(palette.rule)))
            .split_line(split),
        axis_line: AxisLineExt {
            line_style: LineStyle::new().color(palette.rule),
        },
        axis_label: AxisLabelExt {
            label: label.color(palette.muted),
            hide_overlap: true,
        },
    }
}

/// A series of separate markers: `line` (id, name, label) with its line hidden, drawing
/// `data` as `symbol`s. ECharts' scatter type would draw the same points, and cost 1.8 KB more
/// of gzipped script.
fn markers(
    line: Line,
    symbol: Symbol,
    size: f64,
    item_style: ItemStyle,
    data: Vec<Point>,
) -> SeriesExt {
    let line = line
        .symbol(symbol)
        .symbol_size(size)
        .line_style(LineStyle::new().opacity(0.0))
        .item_style(item_style);
    SeriesExt::new(line, data).show_all_symbol()
}

/// A legend at the bottom listing `names` in order, in the palette's text colour.
fn legend<S: AsRef<str>>(names: &[S], palette: &Palette) -> Legend {
    Legend::new()
        .bottom(0)
        .data(names.iter().map(|name| name.as_ref()).collect())
        .text_style(text(palette.text))
}

/// The category axis of years, as labels, for the bar charts.
fn year_axis(years: &[i32]) -> Axis {
    Axis::new()
        .type_(AxisType::Category)
        .data(years.iter().map(|y| y.to_string()).collect())
}

/// The style of a derived bar: a paler fill inside a dashed outline, which reads as
/// "not stated" even without colour.
fn derived_bar_style(color: &str) -> ItemStyle {
    ItemStyle::new()
        .color(color)
        .opacity(0.55)
        .border_color(color)
        .border_type(BorderType::Dashed)
        .border_width(2.0)
}

/// A marker's style: the fill, with a halo in the background's colour around it.
fn marker_style(color: &str, palette: &Palette) -> ItemStyle {
    ItemStyle::new()
        .color(color)
        .border_color(palette.background)
        .border_width(1.5)
}

/// A reference line (100 percent, a date, a stall) as a silent line series `id` through
/// `data`, in `color`, `width` wide, `kind` solid, dashed or dotted. ECharts' markLine component
/// drew the same for 5.6 KB more gzipped script.
fn guide(
    id: &str,
    name: &str,
    color: &str,
    kind: LineStyleType,
    width: f64,
    data: Vec<Point>,
) -> SeriesExt {
    let line = Line::new()
        .id(id)
        .name(name)
        .silent(true)
        // A line series shows a point's label only on its symbol, so the symbols stay, unseen.
        .symbol(Symbol::Circle)
        .symbol_size(0.0)
        .line_style(LineStyle::new().color(color).type_(kind).width(width))
        .item_style(ItemStyle::new().color(color));
    SeriesExt::new(line, data).show_all_symbol()
}

/// A guide's point `value` labelled `text`; `place` holds the label's position, alignment,
/// rotation and colour.
fn guide_label(value: CompositeValue, text: String, place: Label) -> Point {
    let label = place.show(true).formatter(text.as_str()).font_size(12.0);
    Point::Labelled { value, label }
}

/// A label shown with `text` as its formatter, the way series-wide labels start.
fn shown(text: &str) -> Label {
    Label::new().show(true).formatter(text)
}

/// An option's JSON, for tests.
#[cfg(test)]
pub(crate) fn json(chart: &ChartExt) -> Value {
    serde_json::to_value(chart).expect("an option serializes")
}

/// The series with id `id` in an option's JSON, for tests.
#[cfg(test)]
pub(crate) fn series<'a>(option: &'a Value, id: &str) -> &'a Value {
    option["series"]
        .as_array()
        .expect("series")
        .iter()
        .find(|s| s["id"] == id)
        .unwrap_or_else(|| panic!("series {id}"))
}

/// Every colour a chart is drawn in, for one theme. Series colours keep WCAG's 3:1 against the
/// background and text colours 4.5:1 (tested); kinds also differ by symbol, line or outline,
/// never by colour alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Palette {
    /// Reported values.
    pub reported: &'static str,
    /// Derived values.
    pub derived: &'static str,
    /// Projected values.
    pub projected: &'static str,
    /// The projection's band (translucent).
    pub band: &'static str,
    /// Trade in services: teal, far in hue from the reported blue and the derived purple.
    pub services: &'static str,
    /// Reference lines such as 100 percent.
    pub reference: &'static str,
    /// The chart's background, also the halo around symbols.
    pub background: &'static str,
    /// Axis names, legend and tooltip text.
    pub text: &'static str,
    /// Axis labels.
    pub muted: &'static str,
    /// Axis lines and ticks.
    pub rule: &'static str,
    /// Grid lines behind the data.
    pub grid: &'static str,
    /// Tooltip background.
    pub surface: &'static str,
}

/// The light theme's colours (dark text on white).
pub const LIGHT: Palette = Palette {
    reported: "#1d4f91",
    derived: "#7b3294",
    projected: "#b3470b",
    band: "rgba(179, 71, 11, 0.16)",
    services: "#1f7a70",
    reference: "#3d4451",
    background: "#ffffff",
    text: "#1b1f24",
    muted: "#4a5360",
    rule: "#6b7380",
    grid: "#e3e7ec",
    surface: "#ffffff",
};

/// The dark theme's colours (light text on near-black).
pub const DARK: Palette = Palette {
    reported: "#8ab4f8",
    derived: "#d7a8f0",
    projected: "#f5a25d",
    band: "rgba(245, 162, 93, 0.3)",
    services: "#5cc8b8",
    reference: "#c4cbd5",
    background: "#121417",
    text: "#e6e9ee",
    muted: "#b4bcc8",
    rule: "#7d8794",
    grid: "#2c323b",
    surface: "#1e2228",
};

/// The palette a theme draws its charts in.
pub fn palette(theme: Theme) -> &'static Palette {
    match theme {
        Theme::Light => &LIGHT,
        Theme::Dark => &DARK,
    }
}

/// An option ready for `setOption`, with a fingerprint of its structure: which keys it has
/// outside its `data` arrays. Two options with the same shape can be merged into each other.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChartOption {
    /// The option as JSON.
    pub json: String,
    /// Equal for options whose every object has the same keys (data aside).
    pub shape: u64,
    /// What the chart shows, in words: the chart element's accessible name.
    pub description: String,
}

/// Hashes the keys of every object in option JSON, skipping what `data` holds (arrays, which a
/// merge replaces whole).
struct Shape(std::collections::hash_map::DefaultHasher);

impl crate::model::json::Visit for Shape {
    const PLACES: bool = false;

    fn key(&mut self, key: &str) -> bool {
        std::hash::Hash::hash(key, &mut self.0);
        key != "data"
    }

    fn object_end(&mut self) {
        std::hash::Hash::hash(&0xff_u8, &mut self.0);
    }
}

/// The option for `setOption`, as the JSON charming's types (and [`ext`]'s) serialize to, with
/// its shape and `description` (which labels the chart for assistive technology).
///
/// Every series has an id, so an update merges each into the one drawn before instead of
/// building it anew (see components::echart), and a `data` list, so an empty one says so.
pub fn chart_option(chart: &ChartExt, description: &str) -> ChartOption {
    // Nothing in a chart fails to serialize (no maps with non-string keys, no JS functions);
    // a null option draws nothing rather than panicking.
    let json = serde_json::to_string(chart).unwrap_or_else(|_| "null".into());
    let mut shape = Shape(std::collections::hash_map::DefaultHasher::new());
    crate::model::json::walk(&json, &mut shape);
    ChartOption {
        shape: std::hash::Hasher::finish(&shape.0),
        json,
        description: description.into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chart_option_carries_the_description() {
        let option = chart_option(&ChartExt::default(), "A line rising to 80%.");
        assert_eq!(option.description, "A line rising to 80%.");
        let json: Value = serde_json::from_str(&option.json).unwrap();
        assert!(json.get("tooltip").is_none(), "no tooltip is invented");
        let framed = chart(
            grid(0, 0, 0, 0),
            axis(Axis::new(), AxisLabel::new(), &LIGHT),
            axis(Axis::new(), AxisLabel::new(), &LIGHT),
            &LIGHT,
        );
        let json: Value = serde_json::from_str(&chart_option(&framed, "").json).unwrap();
        assert_eq!(json["tooltip"]["confine"], true);
    }

    /// WCAG relative luminance of `#rrggbb`.
    fn luminance(hex: &str) -> f64 {
        let channel = |i: usize| {
            let c = f64::from(u8::from_str_radix(&hex[i..i + 2], 16).expect("hex colour")) / 255.0;
            if c <= 0.03928 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5)
    }

    /// WCAG contrast ratio of two `#rrggbb` colours.
    fn contrast(a: &str, b: &str) -> f64 {
        let (a, b) = (luminance(a), luminance(b));
        (a.max(b) + 0.05) / (a.min(b) + 0.05)
    }

    #[test]
    fn contrast_helper_agrees_with_wcag_examples() {
        assert!((contrast("#000000", "#ffffff") - 21.0).abs() < 1e-9);
        assert!((contrast("#767676", "#ffffff") - 4.54).abs() < 0.01);
    }

    #[test]
    fn both_palettes_keep_wcag_aa_contrast() {
        for (name, p) in [("light", &LIGHT), ("dark", &DARK)] {
            // Text: axis names, legend, tooltips, numbers inside timeline dots, guide labels.
            for (what, fg, bg) in [
                ("text", p.text, p.background),
                ("axis labels", p.muted, p.background),
                ("tooltip text", p.text, p.surface),
                ("reference labels", p.reference, p.background),
                ("timeline numbers", p.background, p.reported),
            ] {
                let ratio = contrast(fg, bg);
                assert!(ratio >= 4.5, "{name} {what}: {ratio:.2} < 4.5");
            }
            // Graphics: marks and lines need 3:1 against the background (WCAG 1.4.11).
            for (what, color) in [
                ("reported", p.reported),
                ("derived", p.derived),
                ("projected", p.projected),
                ("services", p.services),
                ("axis lines", p.rule),
            ] {
                let ratio = contrast(color, p.background);
                assert!(ratio >= 3.0, "{name} {what}: {ratio:.2} < 3");
            }
        }
    }

    /// Every colour string in an option's JSON.
    fn colours(value: &Value, found: &mut Vec<String>) {
        match value {
            Value::String(s) if s.starts_with('#') || s.starts_with("rgb") => found.push(s.clone()),
            Value::Array(items) => items.iter().for_each(|v| colours(v, found)),
            Value::Object(map) => map.values().for_each(|v| colours(v, found)),
            _ => {}
        }
    }

    #[test]
    fn every_chart_draws_only_in_its_theme_palette() {
        use crate::model::{Dataset, Projection, Scenario};
        let dataset = Dataset::embedded();
        let projection = Projection::new(&dataset, Scenario::default());
        for p in [&LIGHT, &DARK] {
            let allowed = [
                p.reported,
                p.derived,
                p.projected,
                p.band,
                p.services,
                p.reference,
                p.background,
                p.text,
                p.muted,
                p.rule,
                p.grid,
                p.surface,
            ];
            let charts = [
                completion::completion_chart(
                    crate::messages::messages(crate::messages::Lang::En),
                    &dataset,
                    &projection,
                    p,
                ),
                completion::predict_chart(
                    crate::messages::messages(crate::messages::Lang::En),
                    &dataset,
                    &projection,
                    Some(dataset.programs.date),
                    p,
                ),
                trade::trade_chart(
                    crate::messages::messages(crate::messages::Lang::En),
                    &dataset,
                    p,
                ),
                balance::balance_chart(
                    crate::messages::messages(crate::messages::Lang::En),
                    &dataset,
                    p,
                ),
                timeline::timeline_chart(
                    crate::messages::messages(crate::messages::Lang::En),
                    &dataset,
                    p,
                ),
            ];
            for chart in charts {
                let option: Value = serde_json::from_str(&chart_option(&chart, "").json).unwrap();
                let mut found = Vec::new();
                colours(&option, &mut found);
                assert!(found.len() > 5, "the option sets its colours");
                for colour in found {
                    assert!(
                        allowed.contains(&colour.as_str()),
                        "{colour} is not in the palette"
                    );
                }
                for axis in ["xAxis", "yAxis"] {
                    assert_eq!(option[axis]["axisLabel"]["color"], p.muted);
                }
                assert_eq!(option["backgroundColor"], p.background);
            }
        }
    }

    #[test]
    fn shape_changes_with_structure_not_with_data() {
        use crate::model::{Dataset, Projection, Scenario};
        let dataset = Dataset::embedded();
        let at = |pace: f64, slowdown: f64| {
            let scenario = Scenario {
                pace: Some(pace),
                slowdown,
                ..Scenario::default()
            };
            let projection = Projection::new(&dataset, scenario);
            chart_option(
                &completion::completion_chart(
                    crate::messages::messages(crate::messages::Lang::En),
                    &dataset,
                    &projection,
                    &LIGHT,
                ),
                "",
            )
        };
        // Slider steps move points and marks: same shape, so they merge.
        assert_eq!(at(3.7, 0.0).shape, at(8.2, 0.0).shape);
        assert_ne!(at(3.7, 0.0).json, at(8.2, 0.0).json);
        // A stall swaps the completion mark for a level mark: data only, still mergeable.
        assert_eq!(at(3.7, 0.0).shape, at(3.7, 0.5).shape);
        // Another chart, or predict mode with its extra series, is a rebuild.
        let trade = chart_option(
            &trade::trade_chart(
                crate::messages::messages(crate::messages::Lang::En),
                &dataset,
                &LIGHT,
            ),
            "",
        );
        assert_ne!(trade.shape, at(3.7, 0.0).shape);
        let projection = Projection::new(&dataset, Scenario::default());
        let hidden = completion::predict_chart(
            crate::messages::messages(crate::messages::Lang::En),
            &dataset,
            &projection,
            None,
            &LIGHT,
        );
        assert_ne!(chart_option(&hidden, "").shape, at(3.7, 0.0).shape);
    }

    #[test]
    fn every_series_has_an_id_and_data() {
        use crate::model::{Dataset, Projection, Scenario};
        let mut dataset = Dataset::embedded();
        let projection = Projection::new(&dataset, Scenario::default());
        let guess = Some(dataset.programs.date);
        let mut charts = vec![
            completion::predict_chart(
                crate::messages::messages(crate::messages::Lang::En),
                &dataset,
                &projection,
                guess,
                &LIGHT,
            ),
            trade::trade_chart(
                crate::messages::messages(crate::messages::Lang::En),
                &dataset,
                &LIGHT,
            ),
            balance::balance_chart(
                crate::messages::messages(crate::messages::Lang::En),
                &dataset,
                &LIGHT,
            ),
        ];
        // A series with no points at all still carries its (empty) data.
        dataset.milestones.clear();
        charts.push(timeline::timeline_chart(
            crate::messages::messages(crate::messages::Lang::En),
            &dataset,
            &LIGHT,
        ));
        for chart in &charts {
            let option: Value = serde_json::from_str(&chart_option(chart, "").json).unwrap();
            for one in option["series"].as_array().unwrap() {
                assert!(one["id"].as_str().is_some_and(|id| !id.is_empty()), "{one}");
                assert!(one["data"].is_array(), "{one}");
            }
        }
        let option: Value = serde_json::from_str(&chart_option(&charts[3], "").json).unwrap();
        assert_eq!(option["series"][0]["id"], timeline::EVENTS_ID);
        assert_eq!(option["series"][0]["data"], serde_json::json!([]));
    }
}
