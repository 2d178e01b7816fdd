//! Words and table rows generated from the model, so the page never states a number by hand.

use super::dataset::{Dataset, Direction, Kind, TradeCategory};
use super::date::Date;
use super::projection::{programs_done, Outcome, Projection, COMPLETE};
use super::sort_by_key;

/// Formats a number with at most `decimals` decimals, dropping a trailing ".0".
pub fn number(value: f64, decimals: usize) -> String {
    let value = if value.is_finite() { value } else { 0.0 };
    let decimals = decimals.min(MAX_DECIMALS);
    let scaled = round_scaled(value.abs(), decimals);
    let mut digits = scaled.to_string();
    if digits.len() <= decimals {
        digits.insert_str(0, &"0".repeat(decimals + 1 - digits.len()));
    }
    let (whole, fraction) = digits.split_at(digits.len() - decimals);
    let fraction = fraction.trim_end_matches('0');
    let mut text = String::with_capacity(digits.len() + 2);
    if value < 0.0 && scaled != 0 {
        text.push('-');
    }
    text.push_str(whole);
    if !fraction.is_empty() {
        text.push('.');
        text.push_str(fraction);
    }
    text
}

/// Reads a decimal number such as `4.2`, `-0.5`, `+3.` or `1e-3`, as `str::parse::<f64>` would
/// for the short numbers sliders and links carry: written out here because the standard
/// parser's tables add about 14 KB of wasm. With at most 15 significant digits and an exponent
/// within ±22, the result is exactly the correctly rounded value (one exact division); longer
/// input is read to within a rounding step. Anything else (`inf`, `nan`, hex, empty) is `None`.
pub fn parse_decimal(text: &str) -> Option<f64> {
    let (negative, rest) = match text.as_bytes().first()? {
        b'-' => (true, &text[1..]),
        b'+' => (false, &text[1..]),
        _ => (false, text),
    };
    let (number, exponent) = match rest.find(['e', 'E']) {
        Some(at) => (&rest[..at], parse_exponent(&rest[at + 1..])?),
        None => (rest, 0),
    };
    let (whole, fraction) = number.split_once('.').unwrap_or((number, ""));
    if whole.is_empty() && fraction.is_empty() {
        return None;
    }
    let mut mantissa: u64 = 0;
    let mut scale = exponent;
    for (index, byte) in whole.bytes().chain(fraction.bytes()).enumerate() {
        if !byte.is_ascii_digit() {
            return None;
        }
        if mantissa < 1_000_000_000_000_000_000 {
            mantissa = mantissa * 10 + u64::from(byte - b'0');
            if index >= whole.len() {
                scale -= 1;
            }
        } else if index < whole.len() {
            // Digits beyond the 19th only shift the magnitude.
            scale += 1;
        }
    }
    let magnitude = mantissa as f64;
    let value = match scale {
        0 => magnitude,
        1..=22 => magnitude * POWERS_OF_TEN[scale as usize],
        -22..=-1 => magnitude / POWERS_OF_TEN[scale.unsigned_abs() as usize],
        _ => magnitude * 10f64.powi(scale),
    };
    Some(if negative { -value } else { value })
}

/// Exact powers of ten as f64 (all up to 10^22 are).
const POWERS_OF_TEN: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];

fn parse_exponent(text: &str) -> Option<i32> {
    let (negative, digits) = match text.as_bytes().first()? {
        b'-' => (true, &text[1..]),
        b'+' => (false, &text[1..]),
        _ => (false, text),
    };
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    // Saturates: 1e999 is as out of range as 1e400.
    let value = digits
        .bytes()
        .fold(0i32, |n, b| {
            n.saturating_mul(10).saturating_add(i32::from(b - b'0'))
        })
        .min(100_000);
    Some(if negative { -value } else { value })
}

/// The most decimals `number` writes.
const MAX_DECIMALS: usize = 6;

/// `value × 10^decimals` (value ≥ 0) rounded half to even on the exact binary value, as
/// `format!("{:.N}")` rounds: written out here because Rust's float formatting adds about
/// 12 KB of wasm. Saturates above 2^108, far beyond any value a valid dataset holds.
fn round_scaled(value: f64, decimals: usize) -> u128 {
    let bits = value.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i32;
    let fraction = bits & ((1 << 52) - 1);
    let (mantissa, exponent) = if biased == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1 << 52), biased - 1075)
    };
    // Below 2^53 × 10^6 < 2^73.
    let numerator = u128::from(mantissa) * 10u128.pow(decimals as u32);
    if exponent >= 0 {
        return if exponent <= 55 {
            numerator << exponent
        } else {
            u128::MAX
        };
    }
    let shift = exponent.unsigned_abs();
    if shift >= 128 {
        // Under 2^-54: rounds to zero.
        return 0;
    }
    let quotient = numerator >> shift;
    let remainder = numerator & ((1 << shift) - 1);
    let half = 1 << (shift - 1);
    if remainder > half || (remainder == half && quotient & 1 == 1) {
        quotient + 1
    } else {
        quotient
    }
}

fn points(value: f64) -> String {
    let text = number(value, 1);
    if text == "1" {
        "1 point".into()
    } else {
        format!("{text} points")
    }
}

fn duration(months: f64) -> String {
    if months < 1.0 {
        "less than a month".into()
    } else if months < 24.0 {
        format!("about {} months", number(months, 1))
    } else {
        format!("about {} years", number(months / 12.0, 1))
    }
}

/// The scenario sentence, such as "At 3.7 points a month, the remaining 20 points take …".
pub fn scenario_sentence(projection: &Projection) -> String {
    let count = projection.program_count;
    let pace = points(projection.pace);
    let opening = if projection.slowdown > 0.0 {
        format!(
            "Starting at {pace} a month and slowing by {} percent each month",
            number(projection.slowdown * 100.0, 0)
        )
    } else {
        format!("At {pace} a month")
    };
    let remaining = points(projection.remaining());
    match projection.outcome {
        Outcome::Completes { months, .. } if months <= 0.0 => format!(
            "All {count} programs were reported done by {}.",
            projection.start.long()
        ),
        Outcome::Completes { months, date } => format!(
            "{opening}, the remaining {remaining} take {}: all {count} programs would be done around {}.",
            duration(months),
            date.month_year()
        ),
        Outcome::Stalls { .. } if projection.pace == 0.0 => format!(
            "At 0 points a month, progress stays at {} percent ({} of {count} programs): the programs would never all be done.",
            number(projection.start_percent, 1),
            number(programs_done(projection.start_percent, count), 1)
        ),
        Outcome::Stalls { level } => format!(
            "{opening}, progress would level off near {} percent (about {} of {count} programs) and never reach all {count}.",
            number(level, 0),
            number(programs_done(level, count), 1)
        ),
    }
}

/// One row of the completion table.
#[derive(Debug, Clone, PartialEq)]
pub struct TableRow {
    /// The row's date.
    pub date: Date,
    /// Level in percent.
    pub percent: f64,
    /// Equivalent programs done (derived from the percent).
    pub programs: f64,
    /// Reported, derived or projected.
    pub kind: Kind,
    /// The article's wording, or how the value was made.
    pub note: String,
    /// The citation, or "this page's projection".
    pub source: String,
}

/// Observed rows from the dataset, then projected rows every three months until 100 percent.
pub fn completion_rows(dataset: &Dataset, projection: &Projection) -> Vec<TableRow> {
    let count = dataset.programs.count;
    let observed = dataset.progress.iter().map(|o| TableRow {
        date: o.date,
        percent: o.percent,
        programs: programs_done(o.percent, count),
        kind: o.kind.clone(),
        note: match &o.formula {
            Some(formula) => format!("“{}” — {formula}", o.wording),
            None => format!("“{}”", o.wording),
        },
        source: o.source.cited_as.clone(),
    });
    let projected_note = format!(
        "at {} a month{}",
        points(projection.pace),
        if projection.slowdown > 0.0 {
            format!(
                ", slowing {} percent a month",
                number(projection.slowdown * 100.0, 0)
            )
        } else {
            String::new()
        }
    );
    let mut projected = Vec::new();
    for quarter in 1..=8 {
        let date = projection.start.add_months(quarter * 3);
        if let Outcome::Completes { date: done, .. } = projection.outcome {
            if date >= done {
                break;
            }
        }
        let percent = projection.percent_on(date);
        projected.push(TableRow {
            date,
            percent,
            programs: programs_done(percent, count),
            kind: Kind::Projected,
            note: projected_note.clone(),
            source: "Projection on this page".into(),
        });
    }
    if let Outcome::Completes { date, months } = projection.outcome {
        if months > 0.0 {
            projected.push(TableRow {
                date,
                percent: COMPLETE,
                programs: f64::from(count),
                kind: Kind::Projected,
                note: format!("all {count} programs done, {projected_note}"),
                source: "Projection on this page".into(),
            });
        }
    }
    observed.chain(projected).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::projection::{PaceBasis, Scenario};

    fn projection(pace: Option<f64>, slowdown: f64) -> Projection {
        Projection::new(
            &Dataset::embedded(),
            Scenario {
                pace,
                slowdown,
                basis: PaceBasis::LatestTwo,
            },
        )
    }

    /// The formatting `number` replaced, kept as the reference it must match.
    fn number_by_format(value: f64, decimals: usize) -> String {
        let value = if value.is_finite() { value } else { 0.0 };
        let text = format!("{value:.decimals$}");
        let text = if text.contains('.') {
            text.trim_end_matches('0').trim_end_matches('.').to_string()
        } else {
            text
        };
        if text == "-0" {
            "0".into()
        } else {
            text
        }
    }

    #[test]
    fn numbers_match_rusts_own_rounding() {
        // Ties in binary (0.125, 2.5) round to even; 3.35 is a hair above, 0.35 a hair below.
        for (value, decimals) in [
            (0.125, 2),
            (0.375, 2),
            (2.5, 0),
            (1.5, 0),
            (3.35, 1),
            (0.35, 1),
            (-0.25, 1),
            (1e-300, 2),
            (5e-324, 0),
            (0.0, 3),
            (-0.0, 0),
            (99_999.995, 2),
            (4.0e15, 1),
            (1.0e30, 0),
        ] {
            assert_eq!(
                number(value, decimals),
                number_by_format(value, decimals),
                "{value} to {decimals}"
            );
        }
        // A fixed pseudo-random walk over magnitudes a dataset or projection can hold.
        let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
        for _ in 0..20_000 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let magnitude = 10f64.powi((state % 12) as i32 - 5);
            let value = (state >> 11) as f64 / (1u64 << 53) as f64
                * magnitude
                * if state & 1 == 0 { 1.0 } else { -1.0 };
            let decimals = (state >> 3) as usize % 4;
            assert_eq!(
                number(value, decimals),
                number_by_format(value, decimals),
                "{value} to {decimals}"
            );
            // Values on a grid hit exact ties and trailing zeros.
            let grid = (state % 200_001) as f64 / 1000.0;
            assert_eq!(
                number(grid, decimals),
                number_by_format(grid, decimals),
                "{grid} to {decimals}"
            );
        }
    }

    #[test]
    fn decimals_parse_as_the_standard_parser_does() {
        let exact = [
            "0",
            "4.2",
            "-0.5",
            "+3.",
            ".5",
            "3.7",
            "0.1",
            "100000",
            "99999.99",
            "1e3",
            "2.5E-2",
            "-0",
            "007.30",
            "123456789012345",
            "0.000000000000001",
            "4.2e+1",
        ];
        for text in exact {
            assert_eq!(parse_decimal(text), text.parse::<f64>().ok(), "{text}");
        }
        for text in [
            "", ".", "-", "+", "e3", "1e", "1e+", "1.2.3", "1,5", "inf", "NaN", "0x10", " 1", "1 ",
            "--1", "1e-",
        ] {
            assert_eq!(parse_decimal(text), None, "{text:?}");
        }
        // Every slider position and every value a link writes reads back exactly.
        let mut state: u64 = 0x2545_F491_4F6C_DD1D;
        for _ in 0..20_000 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let decimals = (state % 4) as usize;
            let value = (state >> 20) as f64 / 1e6 * if state & 2 == 0 { 1.0 } else { -1.0 };
            let text = number(value, decimals);
            assert_eq!(parse_decimal(&text), text.parse::<f64>().ok(), "{text}");
        }
        // Longer or far-out input is close; out of range is infinite, as the standard parser says.
        for text in [
            "3.7000000000000002",
            "12345678901234567890123",
            "1e-30",
            "6.02214076e23",
        ] {
            let (ours, std) = (parse_decimal(text).unwrap(), text.parse::<f64>().unwrap());
            assert!(
                ((ours - std) / std).abs() < 1e-15,
                "{text}: {ours} vs {std}"
            );
        }
        assert_eq!(parse_decimal("1e400"), Some(f64::INFINITY));
        assert_eq!(parse_decimal("1e999999999"), Some(f64::INFINITY));
    }

    #[test]
    fn numbers_drop_trailing_zeros() {
        assert_eq!(number(3.70, 1), "3.7");
        assert_eq!(number(20.0, 1), "20");
        assert_eq!(number(-0.01, 1), "0");
        assert_eq!(number(f64::NAN, 1), "0");
    }

    #[test]
    fn default_sentence_is_computed_from_the_data() {
        // 20 points at 3.7 a month: 5.4 months after 5 April 2023 is mid-September.
        assert_eq!(
            scenario_sentence(&projection(None, 0.0)),
            "At 3.7 points a month, the remaining 20 points take about 5.4 months: \
             all 28 programs would be done around September 2023."
        );
    }

    #[test]
    fn sentence_for_a_stall_names_the_level() {
        assert_eq!(
            scenario_sentence(&projection(Some(1.0), 0.1)),
            "Starting at 1 point a month and slowing by 10 percent each month, progress would \
             level off near 90 percent (about 25.2 of 28 programs) and never reach all 28."
        );
        assert!(scenario_sentence(&projection(Some(0.0), 0.0)).contains("never all be done"));
    }

    #[test]
    fn sentence_for_slow_paces_speaks_in_years() {
        assert!(scenario_sentence(&projection(Some(0.5), 0.0)).contains("about 3.3 years"));
    }

    #[test]
    fn rows_list_observations_then_labelled_projections() {
        let dataset = Dataset::embedded();
        let p = projection(Some(4.0), 0.0);
        let rows = completion_rows(&dataset, &p);
        assert_eq!(
            rows.len(),
            dataset.progress.len() + 2,
            "two quarters, then completion"
        );
        assert_eq!(rows[2].source, "RIA Novosti, April 5");
        assert_eq!(rows[2].kind, Kind::Reported);
        assert!(rows[3..].iter().all(|r| r.kind == Kind::Projected));
        assert_eq!(rows.last().unwrap().percent, 100.0);
        assert_eq!(rows[3].date.to_string(), "2023-07-05");
    }
}

/// Formats US$ billions as "$45 billion" (a minus sign for negatives).
pub fn billions(value: f64) -> String {
    if value < 0.0 {
        format!("−${} billion", number(-value, 2))
    } else {
        format!("${} billion", number(value, 2))
    }
}

/// One headline figure at the top of the page, with its source.
#[derive(Debug, Clone, PartialEq)]
pub struct KeyFigure {
    /// The figure as shown, such as "28".
    pub value: String,
    /// What it counts.
    pub label: String,
    /// Its citation.
    pub source: String,
}

/// The header's key figures, each built from the dataset; missing sections are skipped.
pub fn key_figures(dataset: &Dataset) -> Vec<KeyFigure> {
    let mut figures = vec![KeyFigure {
        value: dataset.programs.count.to_string(),
        label: format!(
            "sectoral integration programs agreed in {}",
            dataset.programs.date.month_year()
        ),
        source: dataset.programs.source.cited_as.clone(),
    }];
    if let Some(latest) = dataset.progress.iter().rfind(|o| o.kind == Kind::Reported) {
        figures.push(KeyFigure {
            value: format!("{}%", number(latest.percent, 1)),
            label: format!(
                "implemented by {} (“{}”)",
                latest.date.month_year(),
                latest.wording
            ),
            source: latest.source.cited_as.clone(),
        });
    }
    let goods = dataset
        .trade
        .values
        .iter()
        .filter(|v| v.kind == Kind::Reported && v.category == TradeCategory::Goods)
        .max_by_key(|v| v.year);
    if let Some(goods) = goods {
        let services = dataset.trade.values.iter().find(|v| {
            v.year == goods.year
                && v.category == TradeCategory::Services
                && v.kind == Kind::Reported
        });
        let services_text = services
            .map(|s| format!(", and about ${}bn in services", number(s.value, 1)))
            .unwrap_or_default();
        figures.push(KeyFigure {
            value: format!("${}bn", number(goods.value, 1)),
            label: format!(
                "Belarus–Russia trade in goods in {}{services_text}",
                goods.year
            ),
            source: goods.source.cited_as.clone(),
        });
    }
    if let Some(surplus) = dataset
        .balance
        .iter()
        .find(|b| b.direction == Direction::Surplus)
    {
        let amount = surplus
            .value
            .map_or_else(|| "amount not reported".to_string(), billions);
        figures.push(KeyFigure {
            value: "1st".into(),
            label: format!(
                "trade surplus with Russia ever for Belarus, in {} ({amount})",
                surplus.year
            ),
            source: surplus.source.cited_as.clone(),
        });
    }
    figures
}

/// A source and the facts on the page that rest on it.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceUse {
    /// The citation as the article prints it.
    pub cited_as: String,
    /// The outlet.
    pub outlet: String,
    /// Short descriptions of what it supports.
    pub supports: Vec<String>,
}

/// Every source in the dataset with what it supports, in order of first use.
pub fn source_index(dataset: &Dataset) -> Vec<SourceUse> {
    let mut uses: Vec<SourceUse> = Vec::new();
    let mut add = |source: &super::dataset::Source, fact: String| match uses
        .iter_mut()
        .find(|u| u.cited_as == source.cited_as)
    {
        Some(found) => found.supports.push(fact),
        None => uses.push(SourceUse {
            cited_as: source.cited_as.clone(),
            outlet: source.outlet.clone(),
            supports: vec![fact],
        }),
    };
    add(
        &dataset.programs.source,
        format!("{} sectoral programs agreed", dataset.programs.count),
    );
    for o in &dataset.progress {
        add(
            &o.source,
            format!(
                "progress: {} percent on {} ({})",
                number(o.percent, 1),
                o.date.long(),
                o.kind.label()
            ),
        );
    }
    for g in &dataset.trade.growth {
        add(
            &g.source,
            format!(
                "trade growth: {} percent in {}",
                number(g.percent, 1),
                g.year
            ),
        );
    }
    for v in &dataset.trade.values {
        add(
            &v.source,
            format!(
                "trade: {} in {} in {} ({})",
                billions(v.value),
                v.category.label(),
                v.year,
                v.kind.label()
            ),
        );
    }
    for b in &dataset.balance {
        let amount = b
            .value
            .map_or_else(|| "amount not reported".into(), billions);
        let direction = match b.direction {
            Direction::Deficit => "deficit",
            Direction::Surplus => "surplus",
        };
        add(
            &b.source,
            format!("trade balance: {direction} in {} ({amount})", b.year),
        );
    }
    for m in &dataset.milestones {
        add(&m.source, format!("timeline: {} ({})", m.title, m.when));
    }
    for t in &dataset.treaty_items {
        add(
            &t.source,
            format!(
                "treaty: {} — {} since {}",
                t.item,
                t.status.label(),
                t.since
            ),
        );
    }
    uses
}

/// One row of the trade table.
#[derive(Debug, Clone, PartialEq)]
pub struct TradeRow {
    /// Calendar year.
    pub year: i32,
    /// "Goods", "Services" or "Growth".
    pub measure: String,
    /// The value as shown ("$45 billion", "+35%").
    pub value: String,
    /// Reported or derived.
    pub kind: Kind,
    /// Wording in quotes, or the formula.
    pub note: String,
    /// The citation.
    pub source: String,
}

/// The trade table: values by year (goods, then services), then the growth rates.
pub fn trade_rows(dataset: &Dataset) -> Vec<TradeRow> {
    let mut values: Vec<_> = dataset.trade.values.iter().collect();
    sort_by_key(&mut values, |v| {
        (v.year, v.category == TradeCategory::Services)
    });
    let value_rows = values.into_iter().map(|v| TradeRow {
        year: v.year,
        measure: if v.category == TradeCategory::Goods {
            "Goods".into()
        } else {
            "Services".into()
        },
        value: billions(v.value),
        kind: v.kind.clone(),
        note: match &v.formula {
            Some(formula) if v.kind == Kind::Derived => format!("derived: {formula}"),
            _ => format!("“{}”", v.wording),
        },
        source: v.source.cited_as.clone(),
    });
    let growth_rows = dataset.trade.growth.iter().map(|g| TradeRow {
        year: g.year,
        measure: "Growth of total trade".into(),
        value: format!("+{}%", number(g.percent, 1)),
        kind: g.kind.clone(),
        note: format!("“{}”", g.wording),
        source: g.source.cited_as.clone(),
    });
    value_rows.chain(growth_rows).collect()
}

/// One row of the balance table.
#[derive(Debug, Clone, PartialEq)]
pub struct BalanceRow {
    /// Calendar year.
    pub year: i32,
    /// "−$9.6 billion (deficit)" or "surplus, amount not reported".
    pub balance: String,
    /// Reported or derived.
    pub kind: Kind,
    /// The article's wording.
    pub note: String,
    /// The citation.
    pub source: String,
}

/// The balance table, by year.
pub fn balance_rows(dataset: &Dataset) -> Vec<BalanceRow> {
    let mut entries: Vec<_> = dataset.balance.iter().collect();
    sort_by_key(&mut entries, |b| b.year);
    entries
        .into_iter()
        .map(|b| {
            let direction = match b.direction {
                Direction::Deficit => "deficit",
                Direction::Surplus => "surplus",
            };
            BalanceRow {
                year: b.year,
                balance: match b.value {
                    Some(value) => format!("{} ({direction})", billions(value)),
                    None => format!("{direction}, amount not reported"),
                },
                kind: b.kind.clone(),
                note: format!("“{}”", b.wording),
                source: b.source.cited_as.clone(),
            }
        })
        .collect()
}

#[cfg(test)]
mod story_tests {
    use super::*;

    #[test]
    fn key_figures_come_from_the_dataset() {
        let figures = key_figures(&Dataset::embedded());
        let values: Vec<&str> = figures.iter().map(|f| f.value.as_str()).collect();
        assert_eq!(values, vec!["28", "80%", "$45bn", "1st"]);
        assert!(figures[1].label.contains("almost 80 percent"));
        assert!(figures[2].label.contains("about $5bn in services"));
        assert!(figures[3].label.contains("amount not reported"));
        assert_eq!(figures[3].source, "Belta.by, January 12");
    }

    #[test]
    fn every_cited_source_is_indexed_once_with_what_it_supports() {
        let dataset = Dataset::embedded();
        let index = source_index(&dataset);
        assert_eq!(index.len(), dataset.all_sources().len());
        let president = index
            .iter()
            .find(|u| u.cited_as == "President.gov.by, April 6")
            .unwrap();
        assert!(president
            .supports
            .iter()
            .any(|s| s.contains("$45 billion in goods in 2022 (reported)")));
        assert!(president.supports.iter().any(|s| s.contains("(derived)")));
        let belta = index
            .iter()
            .find(|u| u.cited_as == "Belta.by, February 4, 2020")
            .unwrap();
        assert!(belta.supports.iter().any(|s| s.contains("−$9.6 billion")));
    }

    #[test]
    fn trade_rows_label_derived_values_with_their_formula() {
        let rows = trade_rows(&Dataset::embedded());
        let derived: Vec<_> = rows.iter().filter(|r| r.kind == Kind::Derived).collect();
        assert_eq!(derived.len(), 2);
        assert!(derived.iter().all(|r| r.note.starts_with("derived: ")));
        assert_eq!(rows[0].year, 2020, "sorted by year");
        let services = rows.iter().find(|r| r.measure == "Services").unwrap();
        assert_eq!(services.value, "$5 billion");
    }

    #[test]
    fn the_surplus_row_invents_no_amount() {
        let rows = balance_rows(&Dataset::embedded());
        assert_eq!(rows[0].balance, "−$9.6 billion (deficit)");
        assert_eq!(rows[2].balance, "surplus, amount not reported");
    }
}

/// How a student's guess (a month) compares with the projection, in words.
pub fn guess_comparison(guess: Date, projection: &Projection) -> String {
    let guess_text = guess.month_year();
    match projection.outcome {
        Outcome::Completes { date, .. } => {
            let months = (i64::from(guess.year()) * 12 + i64::from(guess.month()))
                - (i64::from(date.year()) * 12 + i64::from(date.month()));
            let apart = |n: i64| if n == 1 { "1 month".to_string() } else { format!("{n} months") };
            match months {
                0 => format!(
                    "Your guess, {guess_text}, is the month the projection gives: {}.",
                    date.month_year()
                ),
                m if m > 0 => format!(
                    "Your guess, {guess_text}, is {} later than the projection, {}.",
                    apart(m),
                    date.month_year()
                ),
                m => format!(
                    "Your guess, {guess_text}, is {} earlier than the projection, {}.",
                    apart(-m),
                    date.month_year()
                ),
            }
        }
        Outcome::Stalls { level } => format!(
            "Your guess was {guess_text}; at this pace the projection never reaches all {} programs: it levels off near {} percent.",
            projection.program_count,
            number(level, 0)
        ),
    }
}

#[cfg(test)]
mod guess_tests {
    use super::*;
    use crate::model::projection::{PaceBasis, Scenario};

    #[test]
    fn the_comparison_counts_whole_months_either_way() {
        let dataset = Dataset::embedded();
        let projection = Projection::new(&dataset, Scenario::default());
        let Outcome::Completes { date, .. } = projection.outcome else {
            panic!()
        };
        assert_eq!(date.month_year(), "September 2023");
        let at = |y, m| Date::new(y, m, 1).unwrap();
        assert_eq!(
            guess_comparison(at(2024, 3), &projection),
            "Your guess, March 2024, is 6 months later than the projection, September 2023."
        );
        assert_eq!(
            guess_comparison(at(2023, 8), &projection),
            "Your guess, August 2023, is 1 month earlier than the projection, September 2023."
        );
        assert!(guess_comparison(at(2023, 9), &projection)
            .contains("is the month the projection gives"));
        let stalled = Projection::new(
            &dataset,
            Scenario {
                pace: Some(1.0),
                slowdown: 0.1,
                basis: PaceBasis::LatestTwo,
            },
        );
        assert!(guess_comparison(at(2024, 1), &stalled).contains("never reaches all 28 programs"));
    }
}
