//! The balance section: Belarus's trade balance with Russia by year. Its rows are
//! host-compiled (tested here); its chart and view run in the browser.

#[cfg(target_arch = "wasm32")]
pub mod view;

use crate::messages::Messages;
use crate::model::dataset::Dataset;
use crate::model::sort_by_key;
use crate::widgets::cells::{Note, ValueRow};

/// The balance table, by year.
pub fn balance_rows(m: &(impl Messages + ?Sized), dataset: &Dataset) -> Vec<ValueRow> {
    let mut entries: Vec<_> = dataset.balance.iter().collect();
    sort_by_key(&mut entries, |b| b.year);
    entries
        .into_iter()
        .map(|b| ValueRow {
            year: b.year,
            measure: None,
            value: m.balance_value(b.direction, b.value),
            kind: b.kind.clone(),
            note: Note::Quoted {
                quote: dataset.quote(m.lang(), &b.key(), &b.wording),
                formula: None,
            },
            source: dataset.cited(m.lang(), &b.source),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::messages::Lang;

    #[test]
    fn the_surplus_row_invents_no_amount() {
        let rows = balance_rows(crate::messages::messages(Lang::En), &Dataset::embedded());
        assert_eq!(rows[0].value, "−$9.6 billion (deficit)");
        assert_eq!(rows[2].value, "surplus, amount not reported");
    }
}
