//! Pure builders from model values to ECharts options (via `charming`), tested as JSON.

pub mod balance;
pub mod completion;
pub mod timeline;
pub mod trade;

use charming::Chart;
use serde_json::{json, Value};

/// Every chart's tooltip: the series name, then the point's own text (its data name).
/// ECharts HTML-escapes `{b}`, so names carry plain text only.
pub const TOOLTIP: &str = "{a}<br/>{b}";

/// Rounds to cents (or hundredths of a point), keeping option JSON short and stable.
pub fn round2(value: f64) -> f64 {
    (value * 100.0).round() / 100.0
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

/// Colours shared by every chart; chosen for contrast on white and for colour-blind readers.
pub mod palette {
    /// Reported values.
    pub const REPORTED: &str = "#1d4f91";
    /// Derived values.
    pub const DERIVED: &str = "#7b3294";
    /// Projected values.
    pub const PROJECTED: &str = "#b3470b";
    /// The projection's band.
    pub const BAND: &str = "rgba(179, 71, 11, 0.16)";
    /// Reference lines such as 100 percent.
    pub const REFERENCE: &str = "#3d4451";
}

/// The option as JSON for `setOption`, with ECharts' ARIA description set to `description`.
///
/// charming 0.6 models neither `aria.label.description` nor the tooltip's `confine`
/// and `extraCssText`, so they are added to the JSON here.
pub fn option_json(chart: &Chart, description: &str) -> String {
    let mut option = serde_json::to_value(chart).unwrap_or(Value::Null);
    if let Value::Object(map) = &mut option {
        map.insert(
            "aria".into(),
            json!({ "enabled": true, "label": { "enabled": true, "description": description } }),
        );
        if let Some(Value::Object(tooltip)) = map.get_mut("tooltip") {
            // Keeps tooltips inside the chart on a 375 px screen and lets long sources wrap.
            tooltip.insert("confine".into(), Value::Bool(true));
            tooltip.insert(
                "extraCssText".into(),
                Value::String("white-space:normal;max-width:18rem".into()),
            );
        }
    }
    option.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn option_json_carries_the_description() {
        let json: Value =
            serde_json::from_str(&option_json(&Chart::new(), "A line rising to 80%.")).unwrap();
        assert_eq!(json["aria"]["enabled"], true);
        assert_eq!(
            json["aria"]["label"]["description"],
            "A line rising to 80%."
        );
        assert!(json.get("tooltip").is_none(), "no tooltip is invented");
        let with_tooltip = Chart::new().tooltip(charming::element::Tooltip::new());
        let json: Value = serde_json::from_str(&option_json(&with_tooltip, "")).unwrap();
        assert_eq!(json["tooltip"]["confine"], true);
    }
}
