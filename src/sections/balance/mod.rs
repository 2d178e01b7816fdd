//! The balance section: Belarus's trade balance with Russia by year. Its rows are
//! host-compiled (tested here); its chart and view run in the browser.

#[cfg(target_arch = "wasm32")]
pub mod view;

use crate::messages::Messages;
use crate::model::dataset::{Cited, Dataset, Kind};
use crate::model::sort_by_key;
use crate::widgets::cells::Note;

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
    pub note: Note,
    /// The citation.
    pub source: Cited,
}

/// The balance table, by year.
pub fn balance_rows(m: &(impl Messages + ?Sized), dataset: &Dataset) -> Vec<BalanceRow> {
    let mut entries: Vec<_> = dataset.balance.iter().collect();
    sort_by_key(&mut entries, |b| b.year);
    entries
        .into_iter()
        .map(|b| BalanceRow {
            year: b.year,
            balance: m.balance_value(b.direction, b.value),
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
        assert_eq!(rows[0].balance, "−$9.6 billion (deficit)");
        assert_eq!(rows[2].balance, "surplus, amount not reported");
    }
}
