//! The trade section: trade by year, reported and derived, goods and services. Its rows are
//! host-compiled (tested here); its chart and view run in the browser.

#[cfg(target_arch = "wasm32")]
pub mod view;

use crate::messages::Messages;
use crate::model::dataset::{Dataset, Kind, TradeCategory};
use crate::model::sort_by_key;
use crate::widgets::cells::{Note, ValueRow};

/// The trade table: values by year (goods, then services), then the growth rates.
pub fn trade_rows(m: &(impl Messages + ?Sized), dataset: &Dataset) -> Vec<ValueRow> {
    let mut values: Vec<_> = dataset.trade.values.iter().collect();
    sort_by_key(&mut values, |v| {
        (v.year, v.category == TradeCategory::Services)
    });
    let lang = m.lang();
    let value_rows = values.into_iter().map(|v| ValueRow {
        year: v.year,
        measure: Some(m.trade_measure(v.category).into()),
        value: m.billions(v.value),
        kind: v.kind.clone(),
        note: match &v.formula {
            Some(formula) if v.kind == Kind::Derived => {
                Note::Derived(dataset.text(lang, &v.key(), "formula", formula))
            }
            _ => Note::Quoted {
                quote: dataset.quote(lang, &v.key(), &v.wording),
                formula: None,
            },
        },
        source: dataset.cited(lang, &v.source),
    });
    let growth_rows = dataset.trade.growth.iter().map(|g| ValueRow {
        year: g.year,
        measure: Some(m.growth_measure().into()),
        value: m.growth_value(g.percent),
        kind: g.kind.clone(),
        note: Note::Quoted {
            quote: dataset.quote(lang, &g.key(), &g.wording),
            formula: None,
        },
        source: dataset.cited(lang, &g.source),
    });
    value_rows.chain(growth_rows).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::messages::Lang;

    #[test]
    fn trade_rows_label_derived_values_with_their_formula() {
        let rows = trade_rows(crate::messages::messages(Lang::En), &Dataset::embedded());
        let derived: Vec<_> = rows.iter().filter(|r| r.kind == Kind::Derived).collect();
        assert_eq!(derived.len(), 2);
        let en = crate::messages::messages(Lang::En);
        assert!(derived
            .iter()
            .all(|r| r.note.plain(en).starts_with("derived: ")));
        assert_eq!(rows[0].year, 2020, "sorted by year");
        let services = rows
            .iter()
            .find(|r| r.measure.as_deref() == Some("Services"))
            .unwrap();
        assert_eq!(services.value, "$5 billion");
    }
}
