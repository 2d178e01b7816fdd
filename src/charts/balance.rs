//! The balance chart: deficits as bars, and a marker, never a bar, where no amount is reported.

use super::ext::{ChartExt, Point, SeriesExt};
use super::{
    axis, chart, derived_bar_style, grid, legend, marker_style, markers, round2, shown, year_axis,
    Palette,
};
use crate::messages::{BalanceAmounts, ChartMessages};
use crate::model::dataset::{BalanceEntry, Dataset, Direction, Kind};
use charming::component::Axis;
use charming::element::{
    AxisLabel, AxisType, BoundaryGap, ItemStyle, LabelAlign, LabelPosition, NameLocation, Symbol,
};
use charming::series::{Bar, Line};

/// Id of the marker series for surpluses whose amount the source does not give.
pub const SURPLUS_UNREPORTED_ID: &str = "surplus-unreported";
/// Id of the marker series for deficits whose amount the source does not give.
pub const DEFICIT_UNREPORTED_ID: &str = "deficit-unreported";

/// The id of the bar series of `direction` and `kind`, such as "deficit-reported": spelled
/// here, not from the words on screen, so a reworded label keeps its series' id.
pub fn bar_id(direction: Direction, kind: &Kind) -> &'static str {
    match (direction, kind) {
        (Direction::Deficit, Kind::Reported) => "deficit-reported",
        (Direction::Deficit, _) => "deficit-derived",
        (Direction::Surplus, Kind::Reported) => "surplus-reported",
        (Direction::Surplus, _) => "surplus-derived",
    }
}

/// Stack shared by the bar series, so a year's bar stays centred on its label.
const STACK: &str = "balance";

/// A downward triangle, drawn as a path: ECharts has no built-in one.
const TRIANGLE_DOWN: &str = "path://M0,0L10,0L5,10Z";

/// Whether the source calls the entry a first; the chart repeats the claim, never makes it.
fn is_first(entry: &BalanceEntry) -> bool {
    entry.wording.to_ascii_lowercase().contains("first")
}

fn years(dataset: &Dataset) -> Vec<i32> {
    crate::model::sorted_unique(dataset.balance.iter().map(|b| b.year))
}

/// One point per year: the matching entry's item, or null to keep the series aligned.
fn aligned(
    m: &(impl ChartMessages + ?Sized),
    dataset: &Dataset,
    years: &[i32],
    matches: impl Fn(&BalanceEntry) -> bool,
    value: impl Fn(&BalanceEntry) -> f64,
) -> Vec<Point> {
    years
        .iter()
        .map(|&year| {
            match dataset
                .balance
                .iter()
                .find(|b| b.year == year && matches(b))
            {
                // The tooltip in the page's language; the chart's logic reads the English.
                Some(entry) => {
                    let local = dataset.localized(m.lang());
                    let shown = local.balance.iter().find(|b| b.id == entry.id);
                    Point::named(value(entry), m.balance_tooltip(shown.unwrap_or(entry)))
                }
                None => Point::null(),
            }
        })
        .collect()
}

fn bar_series(
    m: &(impl ChartMessages + ?Sized),
    dataset: &Dataset,
    years: &[i32],
    direction: Direction,
    kind: &Kind,
    palette: &Palette,
) -> Option<(String, SeriesExt)> {
    let matches =
        |b: &BalanceEntry| b.direction == direction && &b.kind == kind && b.value.is_some();
    if !dataset.balance.iter().any(matches) {
        return None;
    }
    let style = match kind {
        Kind::Reported => ItemStyle::new().color(palette.reported),
        // Same look as derived trade bars: paler, inside a dashed outline.
        _ => derived_bar_style(palette.derived),
    };
    let name = m.balance_series(direction, kind);
    let bar = Bar::new()
        .id(bar_id(direction, kind))
        .name(name.as_str())
        .stack(STACK)
        .item_style(style);
    let data = aligned(m, dataset, years, matches, |b| {
        round2(b.value.unwrap_or_default())
    });
    Some((name, SeriesExt::new(bar, data)))
}

fn marker_series(
    m: &(impl ChartMessages + ?Sized),
    dataset: &Dataset,
    years: &[i32],
    direction: Direction,
    palette: &Palette,
) -> Option<(&'static str, SeriesExt)> {
    let matches = |b: &BalanceEntry| b.direction == direction && b.value.is_none();
    let entries: Vec<&BalanceEntry> = dataset.balance.iter().filter(|b| matches(b)).collect();
    if entries.is_empty() {
        return None;
    }
    // The label is per series, so "First" only fits when the series holds that one entry.
    let first = matches!(entries.as_slice(), [only] if is_first(only));
    let text = m.balance_marker_label(direction, first);
    let (id, name, symbol, position) = match direction {
        Direction::Surplus => (
            SURPLUS_UNREPORTED_ID,
            m.balance_unreported_series(direction),
            Symbol::Triangle,
            LabelPosition::Top,
        ),
        Direction::Deficit => (
            DEFICIT_UNREPORTED_ID,
            m.balance_unreported_series(direction),
            Symbol::Custom(TRIANGLE_DOWN.into()),
            LabelPosition::Bottom,
        ),
    };
    let label = shown(&text)
        .position(position)
        // Ending at the marker, not centred on it: the latest year sits at the right edge,
        // where a centred label was cut off on a 375 px screen.
        .align(LabelAlign::Right)
        .offset((9.0, 0.0))
        .font_size(11.0)
        .color(palette.reference);
    // The marker sits on the zero line: it says which way, and no bar invents how far.
    let scatter = markers(
        Line::new().id(id).name(name).label(label),
        symbol,
        18.0,
        marker_style(palette.reported, palette),
        aligned(m, dataset, years, matches, |_| 0.0),
    );
    Some((name, scatter))
}

/// Builds the bar chart of Belarus's trade balance with Russia by year.
pub fn balance_chart(
    m: &(impl ChartMessages + ?Sized),
    dataset: &Dataset,
    palette: &Palette,
) -> ChartExt {
    let years = years(dataset);
    let bars = [Direction::Deficit, Direction::Surplus]
        .into_iter()
        .flat_map(|direction| [(direction, Kind::Reported), (direction, Kind::Derived)])
        .filter_map(|(direction, kind)| bar_series(m, dataset, &years, direction, &kind, palette));
    let markers = [Direction::Surplus, Direction::Deficit]
        .into_iter()
        .filter_map(|direction| marker_series(m, dataset, &years, direction, palette));

    let y_axis = Axis::new()
        .type_(AxisType::Value)
        .name(m.balance_axis())
        .name_location(NameLocation::Middle)
        .name_gap(48.0)
        // Headroom above zero, so a marker's label there is not cut off.
        .boundary_gap(BoundaryGap::NonCategoryAxis("10%".into(), "30%".into()));
    let mut option = chart(
        grid(64, 16, 40, 72),
        axis(year_axis(&years), AxisLabel::new(), palette),
        axis(y_axis, AxisLabel::new(), palette),
        palette,
    );
    let mut names: Vec<String> = Vec::new();
    // The category axis's own line sits at zero (ECharts' onZero), so no zero line is added.
    for (name, bar) in bars {
        names.push(name);
        option.push(bar);
    }
    for (name, marker) in markers {
        names.push(name.to_string());
        option.push(marker);
    }
    if names.len() > 1 {
        option.chart = option.chart.legend(legend(&names, palette));
    }
    option
}

/// The valued balances of `direction`, by year.
fn valued(dataset: &Dataset, direction: Direction) -> BalanceAmounts {
    let mut entries: Vec<&BalanceEntry> = dataset
        .balance
        .iter()
        .filter(|b| b.direction == direction && b.value.is_some())
        .collect();
    crate::model::sort_by_key(&mut entries, |b| b.year);
    BalanceAmounts {
        direction,
        amounts: entries
            .iter()
            .map(|b| {
                let value = b.value.unwrap_or_default().abs();
                (value, b.year, b.kind == Kind::Derived)
            })
            .collect(),
    }
}

/// A one-sentence text description of the balance chart, used for ARIA and under the chart.
pub fn balance_description(m: &(impl ChartMessages + ?Sized), dataset: &Dataset) -> String {
    let mut unvalued: Vec<&BalanceEntry> = dataset
        .balance
        .iter()
        .filter(|b| b.value.is_none())
        .collect();
    crate::model::sort_by_key(&mut unvalued, |b| b.year);
    let unvalued: Vec<(i32, Direction, bool)> = unvalued
        .iter()
        .map(|b| (b.year, b.direction, is_first(b)))
        .collect();
    m.balance_description(
        &[
            valued(dataset, Direction::Deficit),
            valued(dataset, Direction::Surplus),
        ],
        &unvalued,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::{json, series, TOOLTIP};
    use serde_json::{json, Value};

    fn option() -> Value {
        json(&balance_chart(
            crate::messages::messages(crate::messages::Lang::En),
            &Dataset::embedded(),
            &crate::charts::LIGHT,
        ))
    }

    #[test]
    fn deficits_are_negative_bars_in_year_order() {
        let option = option();
        assert_eq!(option["xAxis"]["data"], json!(["2018", "2019", "2022"]));
        let bars = series(&option, "deficit-reported");
        assert_eq!(bars["name"], "Deficit (reported)");
        assert_eq!(bars["type"], "bar");
        // A deficit drawn upward would read as a surplus.
        assert_eq!(bars["data"][0]["value"], -9.6);
        assert_eq!(bars["data"][1]["value"], -8.4);
        assert_eq!(option["yAxis"]["name"], "US$ billion");
        assert_eq!(option["animation"], false);
        assert_eq!(option["tooltip"]["formatter"], TOOLTIP);
        assert_eq!(option["legend"]["bottom"], 0);
    }

    #[test]
    fn no_bar_is_invented_for_the_unreported_surplus() {
        let option = option();
        let all = option["series"].as_array().unwrap();
        // Guards against a made-up height: the only bar series has a null for 2022.
        let bar_series: Vec<&Value> = all.iter().filter(|s| s["type"] == "bar").collect();
        assert_eq!(bar_series.len(), 1);
        assert_eq!(bar_series[0]["data"][2], Value::Null);
        let marker = series(&option, SURPLUS_UNREPORTED_ID);
        assert_eq!(marker["lineStyle"]["opacity"], 0.0, "markers, not a line");
        assert_eq!(marker["symbol"], "triangle");
        assert_eq!(marker["data"][0], Value::Null);
        assert_eq!(marker["data"][1], Value::Null);
        assert_eq!(marker["data"][2]["value"].as_f64(), Some(0.0));
        assert_eq!(marker["label"]["show"], true);
        assert_eq!(marker["label"]["position"], "top");
        assert_eq!(
            marker["label"]["formatter"],
            "First surplus (amount not reported)"
        );
    }

    #[test]
    fn tooltips_carry_wording_and_source() {
        let option = option();
        let deficit = series(&option, "deficit-reported")["data"][0]["name"]
            .as_str()
            .unwrap();
        assert!(deficit.starts_with("2018: deficit of $9.6 billion, “Belarus’s deficit"));
        assert!(deficit.ends_with("Source: Belta.by, February 4, 2020"));
        let surplus = series(&option, SURPLUS_UNREPORTED_ID)["data"][2]["name"]
            .as_str()
            .unwrap();
        assert_eq!(
            surplus,
            "2022: surplus, amount not reported, “in 2022, for the first time ever, Belarus registered a surplus in trade with Russia”. Source: Belta.by, January 12"
        );
    }

    #[test]
    fn a_reported_amount_for_the_surplus_would_become_a_bar() {
        let mut dataset = Dataset::embedded();
        dataset.balance[2].value = Some(1.5);
        let option = json(&balance_chart(
            crate::messages::messages(crate::messages::Lang::En),
            &dataset,
            &crate::charts::LIGHT,
        ));
        let surplus = series(&option, "surplus-reported");
        assert_eq!(surplus["name"], "Surplus (reported)");
        assert_eq!(surplus["data"][2]["value"], 1.5);
        assert!(option["series"]
            .as_array()
            .unwrap()
            .iter()
            .all(|s| s["id"] != SURPLUS_UNREPORTED_ID));
        assert!(balance_description(
            crate::messages::messages(crate::messages::Lang::En),
            &dataset
        )
        .contains("a surplus of $1.5 billion in 2022"));
    }

    #[test]
    fn description_says_the_surplus_amount_is_not_given() {
        assert_eq!(
            balance_description(crate::messages::messages(crate::messages::Lang::En), &Dataset::embedded()),
            "Bar chart of Belarus's trade balance with Russia: deficits of $9.6 billion in 2018 and $8.4 billion in 2019; in 2022 Belarus recorded its first surplus, of an amount the article does not give."
        );
    }
}
