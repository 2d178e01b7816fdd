//! Pure builders from model values to ECharts options, built as JSON values and tested as such.

pub mod balance;
pub mod completion;
pub mod timeline;
pub mod trade;

use crate::model::Theme;
use serde_json::{json, Value};

/// Every chart's tooltip: the series name, then the point's own text (its data name).
/// ECharts HTML-escapes `{b}`, so names carry plain text only.
pub const TOOLTIP: &str = "{a}<br/>{b}";

/// Rounds to cents (or hundredths of a point), keeping option JSON short and stable.
pub fn round2(value: f64) -> f64 {
    (value * 100.0).round() / 100.0
}

/// An option with what every chart shares: no animation, the shared tooltip, one grid, two axes.
fn chart(grid: Value, x_axis: Value, y_axis: Value) -> Value {
    json!({
        "animation": false,
        "tooltip": { "trigger": "item", "formatter": TOOLTIP },
        // A list of one, as ECharts allows several grids; it reads both forms alike.
        "grid": [grid],
        "xAxis": x_axis,
        "yAxis": y_axis,
    })
}

/// A series of separate markers: a line series with its line hidden. ECharts' scatter type
/// would draw the same points, and cost 1.8 KB more of gzipped script.
fn markers(name: &str, symbol: &str, size: f64, item_style: Value) -> Value {
    json!({
        "type": "line",
        "name": name,
        "symbol": symbol,
        "symbolSize": size,
        "showAllSymbol": true,
        "lineStyle": { "opacity": 0.0 },
        "itemStyle": item_style,
    })
}

/// Appends `series` to the option's series, so a chart given none has no `series` at all.
fn push_series(option: &mut Value, series: Value) {
    if let Value::Object(map) = option {
        if let Value::Array(list) = map.entry("series").or_insert_with(|| json!([])) {
            list.push(series);
        }
    }
}

/// A legend at the bottom listing `names` in order.
fn legend<S: AsRef<str>>(names: &[S]) -> Value {
    let data: Vec<Value> = names
        .iter()
        .map(|name| json!({ "name": name.as_ref() }))
        .collect();
    json!({ "bottom": 0, "data": data })
}

/// Sets `object[key]` to `list` unless it is empty; the options have always left empty lists out.
fn set_list(object: &mut Value, key: &str, list: Vec<Value>) {
    if let (Value::Object(map), false) = (object, list.is_empty()) {
        map.insert(key.into(), Value::Array(list));
    }
}

/// The category axis of years, as labels, for the bar charts.
fn year_axis(years: &[i32]) -> Value {
    let mut axis = json!({ "type": "category" });
    let labels = years.iter().map(|y| Value::from(y.to_string())).collect();
    set_list(&mut axis, "data", labels);
    axis
}

/// A data point with its tooltip text, which `TOOLTIP` shows as `{b}`.
fn named(value: Value, name: String) -> Value {
    json!({ "value": value, "name": name })
}

/// The style of a derived bar: a paler fill inside a dashed outline, which reads as
/// "not stated" even without colour.
fn derived_bar_style(color: &str) -> Value {
    json!({
        "color": color,
        "opacity": 0.55,
        "borderColor": color,
        "borderType": "dashed",
        "borderWidth": 2.0,
    })
}

/// A marker's style: the fill, with a halo in the background's colour around it.
fn marker_style(color: &str, palette: &Palette) -> Value {
    json!({ "color": color, "borderColor": palette.background, "borderWidth": 1.5 })
}

/// A reference line (100 percent, a date, a stall) as a silent line series through `data`, in
/// `color`, `width` wide, `kind` solid, dashed or dotted. ECharts' markLine component drew the
/// same for 5.6 KB more gzipped script.
fn guide(name: &str, color: &str, kind: &str, width: f64, data: Vec<Value>) -> Value {
    json!({
        "type": "line",
        "name": name,
        "silent": true,
        // A line series shows a point's label only on its symbol, so the symbols stay, unseen.
        "symbol": "circle",
        "symbolSize": 0.0,
        "showAllSymbol": true,
        "lineStyle": { "color": color, "type": kind, "width": width },
        "itemStyle": { "color": color },
        "data": data,
    })
}

/// A guide's point `value` labelled `text`; `place` holds ECharts label settings (position,
/// alignment, rotation).
fn guide_label(value: Value, text: String, place: Value) -> Value {
    let mut label = json!({ "show": true, "formatter": text, "fontSize": 12.0 });
    if let (Value::Object(label), Value::Object(place)) = (&mut label, place) {
        label.extend(place);
    }
    json!({ "value": value, "label": label })
}

/// The series named `name` in an option's JSON, for tests.
#[cfg(test)]
pub(crate) fn series<'a>(option: &'a Value, name: &str) -> &'a Value {
    option["series"]
        .as_array()
        .expect("series")
        .iter()
        .find(|s| s["name"] == name)
        .unwrap_or_else(|| panic!("series {name}"))
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

/// Hashes the keys of every object in `value`, skipping what `data` holds (arrays, which a
/// merge replaces whole).
fn hash_shape(value: &Value, hasher: &mut impl std::hash::Hasher) {
    use std::hash::Hash;
    match value {
        Value::Object(map) => {
            for (key, inner) in map {
                key.hash(hasher);
                if key != "data" {
                    hash_shape(inner, hasher);
                }
            }
            0xff_u8.hash(hasher);
        }
        Value::Array(items) => items.iter().for_each(|item| hash_shape(item, hasher)),
        _ => {}
    }
}

/// The option for `setOption`, as JSON with its shape and `description` (which labels the
/// chart for assistive technology), and the text, axes, legend and tooltip drawn in
/// `palette`'s colours.
///
/// The builders leave these out, so every chart gets them alike, in one place.
pub fn chart_option(mut option: Value, description: &str, palette: &Palette) -> ChartOption {
    if let Value::Object(map) = &mut option {
        map.insert("backgroundColor".into(), palette.background.into());
        map.insert("textStyle".into(), json!({ "color": palette.text }));
        if let Some(Value::Object(tooltip)) = map.get_mut("tooltip") {
            // Keeps tooltips inside the chart on a 375 px screen and lets long sources wrap.
            tooltip.insert("confine".into(), Value::Bool(true));
            tooltip.insert(
                "extraCssText".into(),
                Value::String("white-space:normal;max-width:18rem".into()),
            );
            tooltip.insert("backgroundColor".into(), palette.surface.into());
            tooltip.insert("borderColor".into(), palette.rule.into());
            tooltip.insert("textStyle".into(), json!({ "color": palette.text }));
        }
        if let Some(Value::Object(legend)) = map.get_mut("legend") {
            legend.insert("textStyle".into(), json!({ "color": palette.text }));
        }
        for key in ["xAxis", "yAxis"] {
            if let Some(Value::Object(axis)) = map.get_mut(key) {
                paint_axis(axis, palette);
            }
        }
        // With ids, an update merges each series into the one drawn before instead of
        // building it anew (see components::echart). Names are unique within a chart.
        if let Some(Value::Array(series)) = map.get_mut("series") {
            for one in series.iter_mut().filter_map(Value::as_object_mut) {
                if let Some(name) = one.get("name").cloned() {
                    one.entry("id").or_insert(name);
                }
                // A merge keeps old points where `data` is missing, so an empty series says so.
                one.entry("data").or_insert_with(|| json!([]));
            }
        }
    }
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    hash_shape(&option, &mut hasher);
    ChartOption {
        json: option.to_string(),
        shape: std::hash::Hasher::finish(&hasher),
        description: description.into(),
    }
}

/// Sets an axis's name, label, line, tick and grid-line colours, keeping any colour the chart set.
fn paint_axis(axis: &mut serde_json::Map<String, Value>, palette: &Palette) {
    paint(axis, "nameTextStyle", None, palette.text);
    paint(axis, "axisLabel", None, palette.muted);
    paint(axis, "axisLine", Some("lineStyle"), palette.rule);
    paint(axis, "axisTick", Some("lineStyle"), palette.rule);
    paint(axis, "splitLine", Some("lineStyle"), palette.grid);
}

/// `axis[part][style].color = color` unless a colour is already there.
fn paint(axis: &mut serde_json::Map<String, Value>, part: &str, style: Option<&str>, color: &str) {
    let mut node = axis.entry(part).or_insert_with(|| json!({}));
    if let Some(style) = style {
        let Value::Object(map) = node else { return };
        node = map.entry(style).or_insert_with(|| json!({}));
    }
    if let Value::Object(map) = node {
        map.entry("color").or_insert_with(|| color.into());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chart_option_carries_the_description() {
        let option = chart_option(json!({}), "A line rising to 80%.", &LIGHT);
        assert_eq!(option.description, "A line rising to 80%.");
        let json: Value = serde_json::from_str(&option.json).unwrap();
        assert!(json.get("tooltip").is_none(), "no tooltip is invented");
        let with_tooltip = json!({ "tooltip": {} });
        let json: Value =
            serde_json::from_str(&chart_option(with_tooltip, "", &LIGHT).json).unwrap();
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
                completion::completion_chart(&dataset, &projection, p),
                completion::predict_chart(&dataset, &projection, Some(dataset.programs.date), p),
                trade::trade_chart(&dataset, p),
                balance::balance_chart(&dataset, p),
                timeline::timeline_chart(&dataset, p),
            ];
            for chart in charts {
                let option: Value = serde_json::from_str(&chart_option(chart, "", p).json).unwrap();
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
                completion::completion_chart(&dataset, &projection, &LIGHT),
                "",
                &LIGHT,
            )
        };
        // Slider steps move points and marks: same shape, so they merge.
        assert_eq!(at(3.7, 0.0).shape, at(8.2, 0.0).shape);
        assert_ne!(at(3.7, 0.0).json, at(8.2, 0.0).json);
        // A stall swaps the completion mark for a level mark: data only, still mergeable.
        assert_eq!(at(3.7, 0.0).shape, at(3.7, 0.5).shape);
        // Another chart, or predict mode with its extra series, is a rebuild.
        let trade = chart_option(trade::trade_chart(&dataset, &LIGHT), "", &LIGHT);
        assert_ne!(trade.shape, at(3.7, 0.0).shape);
        let projection = Projection::new(&dataset, Scenario::default());
        let hidden = completion::predict_chart(&dataset, &projection, None, &LIGHT);
        assert_ne!(chart_option(hidden, "", &LIGHT).shape, at(3.7, 0.0).shape);
    }

    #[test]
    fn every_series_has_an_id_and_data() {
        let option: Value = serde_json::from_str(
            &chart_option(
                json!({ "series": [{ "name": "A", "type": "line" }] }),
                "",
                &LIGHT,
            )
            .json,
        )
        .unwrap();
        assert_eq!(option["series"][0]["id"], "A");
        assert_eq!(option["series"][0]["data"], json!([]));
    }
}
