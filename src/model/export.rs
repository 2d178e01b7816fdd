//! The dataset as CSV: one row per value or fact, each with its kind and source.

use super::dataset::{Counts, Dataset, Direction, Kind, Source};
use super::format::number;

/// Column names of [`dataset_csv`].
pub const CSV_HEADER: [&str; 12] = [
    "section",
    "id",
    "date_or_year",
    "measure",
    "value",
    "unit",
    "kind",
    "formula",
    "wording",
    "source_outlet",
    "source_date",
    "cited_as",
];

/// Quotes a field when needed, and defuses text a spreadsheet would run as a formula.
fn field(text: &str, is_text: bool) -> String {
    let defused = if is_text && text.starts_with(['=', '+', '-', '@']) {
        format!("'{text}")
    } else {
        text.to_string()
    };
    if defused.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", defused.replace('"', "\"\""))
    } else {
        defused
    }
}

struct Row<'a> {
    section: &'a str,
    id: &'a str,
    when: String,
    measure: String,
    value: String,
    unit: &'a str,
    kind: &'a str,
    formula: &'a str,
    wording: &'a str,
    source: &'a Source,
}

impl Row<'_> {
    fn line(&self) -> String {
        [
            field(self.section, true),
            field(self.id, true),
            field(&self.when, false),
            field(&self.measure, true),
            field(&self.value, false),
            field(self.unit, true),
            field(self.kind, true),
            field(self.formula, true),
            field(self.wording, true),
            field(&self.source.outlet, true),
            field(&self.source.date.to_string(), false),
            field(&self.source.cited_as, true),
        ]
        .join(",")
    }
}

/// Every value and fact of the dataset as CSV (RFC 4180, CRLF line ends).
pub fn dataset_csv(dataset: &Dataset) -> String {
    let mut rows = vec![Row {
        section: "programs",
        id: "programs",
        when: dataset.programs.date.to_string(),
        measure: "sectoral programs agreed".into(),
        value: dataset.programs.count.to_string(),
        unit: "programs",
        kind: Kind::Reported.label(),
        formula: "",
        wording: &dataset.programs.wording,
        source: &dataset.programs.source,
    }];
    rows.extend(dataset.progress.iter().map(|o| Row {
        section: "progress",
        id: &o.id,
        when: o.date.to_string(),
        measure: "share of programs implemented".into(),
        value: number(o.percent, 2),
        unit: "percent",
        kind: o.kind.label(),
        formula: o.formula.as_deref().unwrap_or(""),
        wording: &o.wording,
        source: &o.source,
    }));
    rows.extend(dataset.trade.growth.iter().map(|g| Row {
        section: "trade",
        id: &g.id,
        when: g.year.to_string(),
        measure: "growth of total trade".into(),
        value: number(g.percent, 2),
        unit: "percent",
        kind: g.kind.label(),
        formula: "",
        wording: &g.wording,
        source: &g.source,
    }));
    rows.extend(dataset.trade.values.iter().map(|v| Row {
        section: "trade",
        id: &v.id,
        when: v.year.to_string(),
        measure: format!("trade in {}", v.category.label()),
        value: number(v.value, 2),
        unit: &dataset.trade.unit,
        kind: v.kind.label(),
        formula: v.formula.as_deref().unwrap_or(""),
        wording: &v.wording,
        source: &v.source,
    }));
    rows.extend(dataset.balance.iter().map(|b| Row {
        section: "balance",
        id: &b.id,
        when: b.year.to_string(),
        measure: match b.direction {
            Direction::Deficit => "trade balance (deficit)".into(),
            Direction::Surplus => "trade balance (surplus)".into(),
        },
        value: b.value.map(|v| number(v, 2)).unwrap_or_default(),
        unit: "US$ billion",
        kind: b.kind.label(),
        formula: "",
        wording: &b.wording,
        source: &b.source,
    }));
    rows.extend(dataset.milestones.iter().map(|m| Row {
        section: "milestones",
        id: &m.id,
        when: m.when.clone(),
        measure: m.title.clone(),
        value: String::new(),
        unit: "",
        kind: Kind::Reported.label(),
        formula: "",
        wording: &m.detail,
        source: &m.source,
    }));
    rows.extend(dataset.treaty_items.iter().map(|t| Row {
        section: "treaty",
        id: &t.id,
        when: t.since.clone(),
        measure: t.item.clone(),
        value: t.status.label().into(),
        unit: "",
        kind: Kind::Reported.label(),
        formula: "",
        wording: &t.detail,
        source: &t.source,
    }));
    // The later layer: kind "reported", section "later" so no reader mistakes it for the article's.
    rows.extend(dataset.later.reports.iter().map(|r| Row {
        section: "later",
        id: &r.id,
        when: r.date.to_string(),
        measure: match r.counts {
            Counts::Measures => "measures implemented (after the article)".into(),
            Counts::Programs => "programs fully implemented (after the article)".into(),
        },
        value: match (r.value, r.bounds()) {
            (Some(v), _) => number(v, 2),
            (None, Some((lo, hi))) => format!("{}–{}", number(lo, 2), number(hi, 2)),
            (None, None) => String::new(),
        },
        unit: match r.counts {
            Counts::Measures => "percent",
            Counts::Programs => "programs",
        },
        kind: Kind::Reported.label(),
        formula: "",
        wording: &r.wording,
        source: &r.source,
    }));
    rows.extend(dataset.later.forecasts.iter().map(|f| Row {
        section: "later",
        id: &f.id,
        when: f.date.to_string(),
        measure: "forecast of completion (after the article)".into(),
        value: format!("{}–{}", f.within_months_min, f.within_months_max),
        unit: "months",
        kind: "forecast",
        formula: "",
        wording: &f.wording,
        source: &f.source,
    }));
    let mut csv = CSV_HEADER.join(",");
    csv.push_str("\r\n");
    for row in rows {
        csv.push_str(&row.line());
        csv.push_str("\r\n");
    }
    csv
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_row_per_entry_with_its_source() {
        let dataset = Dataset::embedded();
        let csv = dataset_csv(&dataset);
        let lines: Vec<&str> = csv.split("\r\n").filter(|l| !l.is_empty()).collect();
        let entries = 1
            + dataset.progress.len()
            + dataset.trade.growth.len()
            + dataset.trade.values.len()
            + dataset.balance.len()
            + dataset.milestones.len()
            + dataset.treaty_items.len()
            + dataset.later.reports.len()
            + dataset.later.forecasts.len();
        assert_eq!(lines.len(), entries + 1, "a header and one line per entry");
        assert!(lines.iter().any(
            |l| l.starts_with("trade,goods-2022,2022,trade in goods,45,US$ billion,reported,")
        ));
        assert!(lines
            .iter()
            .any(|l| l.starts_with("balance,balance-2022,2022,trade balance (surplus),,")));
        assert!(lines.iter().any(|l| l.starts_with(
            "later,mezentsev-2023-10,2023-10-31,measures implemented (after the article),70–80,percent,reported,"
        )));
    }

    // Guards against a loaded dataset's text breaking the CSV or running in a spreadsheet.
    #[test]
    fn quotes_and_defuses_text() {
        assert_eq!(field("a, \"b\"", true), "\"a, \"\"b\"\"\"");
        assert_eq!(field("=HYPERLINK(1)", true), "'=HYPERLINK(1)");
        assert_eq!(field("-9.6", false), "-9.6");
    }
}
