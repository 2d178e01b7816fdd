//! The trade chart: goods and services by year, reported values set apart from derived ones.

use super::ext::{ChartExt, Point, SeriesExt};
use super::{axis, chart, derived_bar_style, grid, legend, round2, year_axis, Palette};
use crate::model::dataset::{Dataset, Kind, TradeCategory, TradeValue};
use crate::model::format::number;
use crate::model::sorted_unique;
use charming::component::Axis;
use charming::element::{AxisLabel, AxisType, ItemStyle, NameLocation};
use charming::series::Bar;

/// Name of the reported-goods series, also shown in the legend.
pub const GOODS_REPORTED: &str = "Goods (reported)";
/// Name of the derived-goods series.
pub const GOODS_DERIVED: &str = "Goods (derived)";
/// Name of the reported-services series.
pub const SERVICES_REPORTED: &str = "Services (reported)";
/// Name of the derived-services series, drawn only if a dataset has such values.
pub const SERVICES_DERIVED: &str = "Services (derived)";

/// Id of the reported-goods series: ids stay put when the words on screen change.
pub const GOODS_REPORTED_ID: &str = "goods-reported";
/// Id of the derived-goods series.
pub const GOODS_DERIVED_ID: &str = "goods-derived";
/// Id of the reported-services series.
pub const SERVICES_REPORTED_ID: &str = "services-reported";
/// Id of the derived-services series.
pub const SERVICES_DERIVED_ID: &str = "services-derived";

/// Stack shared by every series, so a year's goods and services add up to its total.
const STACK: &str = "trade";

/// The possible series (id and name) in legend order; a series is drawn only if it has a value.
const SERIES: [(TradeCategory, Kind, &str, &str); 4] = [
    (
        TradeCategory::Goods,
        Kind::Reported,
        GOODS_REPORTED_ID,
        GOODS_REPORTED,
    ),
    (
        TradeCategory::Goods,
        Kind::Derived,
        GOODS_DERIVED_ID,
        GOODS_DERIVED,
    ),
    (
        TradeCategory::Services,
        Kind::Reported,
        SERVICES_REPORTED_ID,
        SERVICES_REPORTED,
    ),
    (
        TradeCategory::Services,
        Kind::Derived,
        SERVICES_DERIVED_ID,
        SERVICES_DERIVED,
    ),
];

/// Joins words as "a", "a and b" or "a, b and c".
pub(super) fn join_and(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [only] => only.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// "about " when the source hedges its figure, so the description keeps the hedge.
fn hedge(wording: &str) -> &'static str {
    let wording = wording.to_ascii_lowercase();
    ["about ", "almost ", "nearly ", "around ", "some "]
        .into_iter()
        .find(|word| wording.contains(&format!("{word}$")))
        .unwrap_or("")
}

/// The tooltip text of one trade value: year, amount, how it is known, and source.
pub fn trade_label(value: &TradeValue) -> String {
    let amount = format!(
        "{}: ${} billion in {}",
        value.year,
        number(value.value, 2),
        value.category.label()
    );
    let basis = match (&value.kind, value.formula.as_deref()) {
        (Kind::Derived, Some(formula)) => format!(" — derived: {formula}."),
        (Kind::Derived, None) => format!(" — derived, “{}”.", value.wording),
        _ => format!(", “{}”.", value.wording),
    };
    format!("{amount}{basis} Source: {}", value.source.cited_as)
}

fn years(dataset: &Dataset) -> Vec<i32> {
    sorted_unique(dataset.trade.values.iter().map(|v| v.year))
}

fn find<'a>(
    dataset: &'a Dataset,
    year: i32,
    category: TradeCategory,
    kind: &Kind,
) -> Option<&'a TradeValue> {
    dataset
        .trade
        .values
        .iter()
        .find(|v| v.year == year && v.category == category && &v.kind == kind)
}

fn style(category: TradeCategory, kind: &Kind, palette: &Palette) -> ItemStyle {
    let color = match (category, kind) {
        (TradeCategory::Goods, Kind::Reported) => palette.reported,
        (TradeCategory::Goods, _) => palette.derived,
        (TradeCategory::Services, _) => palette.services,
    };
    match kind {
        Kind::Derived | Kind::Projected => derived_bar_style(color),
        Kind::Reported => ItemStyle::new().color(color),
    }
}

/// Builds the stacked bar chart of trade by year, one series per category and kind.
pub fn trade_chart(dataset: &Dataset, palette: &Palette) -> ChartExt {
    let years = years(dataset);
    let y_axis = Axis::new()
        .type_(AxisType::Value)
        .name(dataset.trade.unit.as_str())
        .name_location(NameLocation::Middle)
        .name_gap(48.0);
    let mut option = chart(
        grid(64, 16, 24, 88),
        axis(year_axis(&years), AxisLabel::new(), false, palette),
        axis(
            y_axis,
            AxisLabel::new().formatter("${value}bn"),
            false,
            palette,
        ),
        palette,
    );
    let mut names = Vec::new();
    for (category, kind, id, name) in SERIES {
        if !dataset
            .trade
            .values
            .iter()
            .any(|v| v.category == category && v.kind == kind)
        {
            continue;
        }
        // Nulls keep each series aligned with the years, leaving gaps where it has no value.
        let data: Vec<Point> = years
            .iter()
            .map(|&year| match find(dataset, year, category, &kind) {
                Some(value) => Point::named(round2(value.value), trade_label(value)),
                None => Point::null(),
            })
            .collect();
        names.push(name);
        let bar = Bar::new()
            .id(id)
            .name(name)
            .stack(STACK)
            .item_style(style(category, &kind, palette));
        option.push(SeriesExt::new(bar, data));
    }
    if names.len() > 1 {
        option.chart = option.chart.legend(legend(&names, palette));
    }
    option
}

/// "$45 billion in goods and about $5 billion in services in 2022 (reported)", year by year.
fn reported_clause(dataset: &Dataset, years: &[i32]) -> Option<String> {
    let clauses: Vec<String> = years
        .iter()
        .filter_map(|&year| {
            let amounts: Vec<String> = dataset
                .trade
                .values
                .iter()
                .filter(|v| v.year == year && v.kind == Kind::Reported)
                .map(|v| {
                    format!(
                        "{}${} billion in {}",
                        hedge(&v.wording),
                        number(v.value, 1),
                        v.category.label()
                    )
                })
                .collect();
            (!amounts.is_empty()).then(|| format!("{} in {year}", join_and(&amounts)))
        })
        .collect();
    (!clauses.is_empty()).then(|| format!("{} (reported)", clauses.join("; ")))
}

/// "goods trade of $29.8 billion in 2020 and … is derived from the reported growth rates of …".
fn derived_clause(dataset: &Dataset, category: TradeCategory) -> Option<String> {
    let mut derived: Vec<&TradeValue> = dataset
        .trade
        .values
        .iter()
        .filter(|v| v.category == category && v.kind == Kind::Derived)
        .collect();
    if derived.is_empty() {
        return None;
    }
    crate::model::sort_by_key(&mut derived, |v| v.year);
    let amounts: Vec<String> = derived
        .iter()
        .map(|v| format!("${} billion in {}", number(v.value, 1), v.year))
        .collect();
    let growth_years = sorted_unique(
        derived
            .iter()
            .filter_map(|v| v.derived_from.as_ref().map(|from| from.growth_year)),
    );
    let rates: Vec<_> = growth_years
        .iter()
        .filter_map(|&year| dataset.trade.growth.iter().find(|g| g.year == year))
        .collect();
    let basis = if rates.is_empty() {
        String::new()
    } else {
        let reported = if rates.iter().all(|g| g.kind == Kind::Reported) {
            "reported "
        } else {
            ""
        };
        let noun = if rates.len() == 1 { "rate" } else { "rates" };
        let listed: Vec<String> = rates
            .iter()
            .map(|g| format!("{} percent in {}", number(g.percent, 1), g.year))
            .collect();
        format!(" from the {reported}growth {noun} of {}", join_and(&listed))
    };
    Some(format!(
        "{} trade of {} is derived{basis}",
        category.label(),
        join_and(&amounts)
    ))
}

/// A one-sentence text description of the trade chart, used for ARIA and under the chart.
pub fn trade_description(dataset: &Dataset) -> String {
    let years = years(dataset);
    let parts: Vec<String> = reported_clause(dataset, &years)
        .into_iter()
        .chain(derived_clause(dataset, TradeCategory::Goods))
        .chain(derived_clause(dataset, TradeCategory::Services))
        .collect();
    if parts.is_empty() {
        return "Bar chart of Belarus–Russia trade: the dataset has no trade figures.".into();
    }
    format!("Bar chart of Belarus–Russia trade: {}.", parts.join("; "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::{json, series, TOOLTIP};
    use serde_json::{json, Value};

    fn option() -> Value {
        json(&trade_chart(&Dataset::embedded(), &crate::charts::LIGHT))
    }

    #[test]
    fn years_are_sorted_and_every_series_is_stacked() {
        let option = option();
        // Guards against years in dataset order, which would scramble the bars.
        assert_eq!(option["xAxis"]["data"], json!(["2020", "2021", "2022"]));
        let all = option["series"].as_array().unwrap();
        let names: Vec<&str> = all.iter().map(|s| s["name"].as_str().unwrap()).collect();
        assert_eq!(names, [GOODS_REPORTED, GOODS_DERIVED, SERVICES_REPORTED]);
        let ids: Vec<&str> = all.iter().map(|s| s["id"].as_str().unwrap()).collect();
        assert_eq!(
            ids,
            [GOODS_REPORTED_ID, GOODS_DERIVED_ID, SERVICES_REPORTED_ID]
        );
        for s in all {
            assert_eq!(s["type"], "bar");
            // Without a shared stack, services would stand beside goods, not on top.
            assert_eq!(s["stack"], "trade");
            assert_eq!(s["data"].as_array().unwrap().len(), 3);
        }
        assert_eq!(option["yAxis"]["name"], "US$ billion");
        assert_eq!(option["legend"]["bottom"], 0);
        assert_eq!(option["animation"], false);
        assert_eq!(option["tooltip"]["formatter"], TOOLTIP);
    }

    #[test]
    fn values_sit_in_their_year_and_series() {
        let option = option();
        let goods = &series(&option, GOODS_REPORTED_ID)["data"];
        let derived = &series(&option, GOODS_DERIVED_ID)["data"];
        let services = &series(&option, SERVICES_REPORTED_ID)["data"];
        assert_eq!(goods[2]["value"], 45.0);
        assert_eq!(services[2]["value"], 5.0);
        // Derived years must not leak into the reported series, nor the reverse.
        assert_eq!(goods[0], Value::Null);
        assert_eq!(goods[1], Value::Null);
        assert_eq!(services[0], Value::Null);
        assert_eq!(services[1], Value::Null);
        assert_eq!(derived[0]["value"], 29.76);
        assert_eq!(derived[1]["value"], 40.18);
        assert_eq!(derived[2], Value::Null);
    }

    #[test]
    fn derived_bars_look_different() {
        let option = option();
        let derived = &series(&option, GOODS_DERIVED_ID)["itemStyle"];
        assert_eq!(derived["opacity"], 0.55);
        assert_eq!(derived["borderType"], "dashed");
        assert_eq!(derived["color"], crate::charts::LIGHT.derived);
        let reported = &series(&option, GOODS_REPORTED_ID)["itemStyle"];
        assert!(reported.get("borderType").is_none());
        assert_eq!(reported["color"], crate::charts::LIGHT.reported);
    }

    #[test]
    fn tooltips_carry_the_source_and_how_a_value_is_known() {
        let option = option();
        let derived = series(&option, GOODS_DERIVED_ID)["data"][1]["name"]
            .as_str()
            .unwrap();
        assert_eq!(
            derived,
            "2021: $40.18 billion in goods — derived: 2022 goods trade ÷ 1.12 (trade up 12 percent in 2022). Source: President.gov.by, April 6"
        );
        let reported = series(&option, GOODS_REPORTED_ID)["data"][2]["name"]
            .as_str()
            .unwrap();
        assert_eq!(
            reported,
            "2022: $45 billion in goods, “amounting to $45 billion in goods”. Source: President.gov.by, April 6"
        );
        // ECharts escapes {b}, so markup in a name would show up as text.
        assert!(!derived.contains('<') && !reported.contains('<'));
    }

    #[test]
    fn description_separates_reported_from_derived() {
        let text = trade_description(&Dataset::embedded());
        assert_eq!(
            text,
            "Bar chart of Belarus–Russia trade: $45 billion in goods and about $5 billion in services in 2022 (reported); goods trade of $29.8 billion in 2020 and $40.2 billion in 2021 is derived from the reported growth rates of 35 percent in 2021 and 12 percent in 2022."
        );
    }

    #[test]
    fn an_empty_dataset_gives_an_empty_chart_and_says_so() {
        let mut dataset = Dataset::embedded();
        dataset.trade.values.clear();
        let option = json(&trade_chart(&dataset, &crate::charts::LIGHT));
        assert!(option.get("series").is_none());
        assert!(option.get("legend").is_none());
        assert!(trade_description(&dataset).contains("no trade figures"));
    }

    #[test]
    fn joins_lists_in_english() {
        let words =
            |list: &[&str]| join_and(&list.iter().map(|s| s.to_string()).collect::<Vec<_>>());
        assert_eq!(words(&[]), "");
        assert_eq!(words(&["a"]), "a");
        assert_eq!(words(&["a", "b"]), "a and b");
        assert_eq!(words(&["a", "b", "c"]), "a, b and c");
    }
}
