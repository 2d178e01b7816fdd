//! The trade chart: goods and services by year, reported values set apart from derived ones.

use super::ext::{ChartExt, Point, SeriesExt};
use super::{axis, chart, derived_bar_style, grid, legend, round2, year_axis, Palette};
use crate::messages::{ChartMessages, DerivedTrade, TradeAmount};
use crate::model::dataset::{Dataset, Kind, TradeCategory, TradeValue};
use crate::model::sorted_unique;
use charming::component::Axis;
use charming::element::{AxisLabel, AxisType, ItemStyle, NameLocation};
use charming::series::Bar;

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

/// The possible series (category, kind, id) in legend order; a series is drawn only if it has
/// a value.
const SERIES: [(TradeCategory, Kind, &str); 4] = [
    (TradeCategory::Goods, Kind::Reported, GOODS_REPORTED_ID),
    (TradeCategory::Goods, Kind::Derived, GOODS_DERIVED_ID),
    (
        TradeCategory::Services,
        Kind::Reported,
        SERVICES_REPORTED_ID,
    ),
    (TradeCategory::Services, Kind::Derived, SERVICES_DERIVED_ID),
];

/// Whether the source hedges its figure ("about $5 billion"), so the description keeps the hedge.
fn hedged(wording: &str) -> bool {
    let wording = wording.to_ascii_lowercase();
    ["about ", "almost ", "nearly ", "around ", "some "]
        .into_iter()
        .any(|word| wording.contains(&format!("{word}$")))
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
pub fn trade_chart(
    m: &(impl ChartMessages + ?Sized),
    dataset: &Dataset,
    palette: &Palette,
) -> ChartExt {
    // The unit and tooltips in the page's language (the description reads the English).
    let dataset = &*dataset.localized(m.lang());
    let years = years(dataset);
    let y_axis = Axis::new()
        .type_(AxisType::Value)
        .name(dataset.trade.unit.as_str())
        .name_location(NameLocation::Middle)
        .name_gap(48.0);
    let mut option = chart(
        grid(64, 16, 24, 88),
        axis(year_axis(&years), AxisLabel::new(), palette),
        axis(
            y_axis,
            AxisLabel::new().formatter(m.trade_axis_template()),
            palette,
        ),
        palette,
    );
    let mut names = Vec::new();
    for (category, kind, id) in SERIES {
        let name = m.trade_series(category, &kind);
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
                Some(value) => Point::named(round2(value.value), m.trade_tooltip(value)),
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

/// Each year's reported values, by year.
fn reported_years(dataset: &Dataset, years: &[i32]) -> Vec<(i32, Vec<TradeAmount>)> {
    years
        .iter()
        .map(|&year| {
            let amounts: Vec<TradeAmount> = dataset
                .trade
                .values
                .iter()
                .filter(|v| v.year == year && v.kind == Kind::Reported)
                .map(|v| TradeAmount {
                    value: v.value,
                    category: v.category,
                    hedged: hedged(&v.wording),
                })
                .collect();
            (year, amounts)
        })
        .filter(|(_, amounts)| !amounts.is_empty())
        .collect()
}

/// The derived values of `category` and the growth rates they come from, if any.
fn derived_trade(dataset: &Dataset, category: TradeCategory) -> Option<DerivedTrade> {
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
    let growth_years = sorted_unique(
        derived
            .iter()
            .filter_map(|v| v.derived_from.as_ref().map(|from| from.growth_year)),
    );
    let rates: Vec<_> = growth_years
        .iter()
        .filter_map(|&year| dataset.trade.growth.iter().find(|g| g.year == year))
        .collect();
    Some(DerivedTrade {
        category,
        amounts: derived.iter().map(|v| (v.value, v.year)).collect(),
        rates: rates.iter().map(|g| (g.percent, g.year)).collect(),
        rates_reported: rates.iter().all(|g| g.kind == Kind::Reported),
    })
}

/// A one-sentence text description of the trade chart, used for ARIA and under the chart.
pub fn trade_description(m: &(impl ChartMessages + ?Sized), dataset: &Dataset) -> String {
    let years = years(dataset);
    let derived: Vec<DerivedTrade> = [TradeCategory::Goods, TradeCategory::Services]
        .into_iter()
        .filter_map(|category| derived_trade(dataset, category))
        .collect();
    m.trade_description(&reported_years(dataset, &years), &derived)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::{json, series, TOOLTIP};
    use serde_json::{json, Value};

    fn option() -> Value {
        json(&trade_chart(
            crate::messages::messages(crate::messages::Lang::En),
            &Dataset::embedded(),
            &crate::charts::LIGHT,
        ))
    }

    #[test]
    fn years_are_sorted_and_every_series_is_stacked() {
        let option = option();
        // Guards against years in dataset order, which would scramble the bars.
        assert_eq!(option["xAxis"]["data"], json!(["2020", "2021", "2022"]));
        let all = option["series"].as_array().unwrap();
        let names: Vec<&str> = all.iter().map(|s| s["name"].as_str().unwrap()).collect();
        assert_eq!(
            names,
            ["Goods (reported)", "Goods (derived)", "Services (reported)"]
        );
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
        let text = trade_description(
            crate::messages::messages(crate::messages::Lang::En),
            &Dataset::embedded(),
        );
        assert_eq!(
            text,
            "Bar chart of Belarus–Russia trade: $45 billion in goods and about $5 billion in services in 2022 (reported); goods trade of $29.8 billion in 2020 and $40.2 billion in 2021 is derived from the reported growth rates of 35 percent in 2021 and 12 percent in 2022."
        );
    }

    #[test]
    fn an_empty_dataset_gives_an_empty_chart_and_says_so() {
        let mut dataset = Dataset::embedded();
        dataset.trade.values.clear();
        let option = json(&trade_chart(
            crate::messages::messages(crate::messages::Lang::En),
            &dataset,
            &crate::charts::LIGHT,
        ));
        assert!(option.get("series").is_none());
        assert!(option.get("legend").is_none());
        assert!(trade_description(
            crate::messages::messages(crate::messages::Lang::En),
            &dataset
        )
        .contains("no trade figures"));
    }
}
