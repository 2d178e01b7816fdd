//! The timeline section: the milestones of integration, on a chart and in a table whose rows
//! show their event on the chart. Its rows are host-compiled (tested here); its chart and view
//! run in the browser.

#[cfg(target_arch = "wasm32")]
pub mod view;

use crate::model::dataset::{Cited, Dataset, Localized};
use crate::model::lang::Lang;

/// A milestone as the timeline table shows it, in the page's language.
#[derive(Debug, Clone, PartialEq)]
pub struct MilestoneRow {
    /// The milestone's id (the row's `data-id`).
    pub id: String,
    /// When it happened.
    pub when: Localized,
    /// What happened, in short.
    pub title: Localized,
    /// What happened, in detail.
    pub detail: Localized,
    /// Its citation.
    pub cited: Cited,
}

/// The timeline table's rows: each milestone's texts picked for the page's language.
pub fn milestone_rows(lang: Lang, d: &Dataset) -> Vec<MilestoneRow> {
    d.milestones
        .iter()
        .map(|m| {
            let key = m.key();
            MilestoneRow {
                id: m.id.clone(),
                when: d.text(lang, &key, "when", &m.when),
                title: d.text(lang, &key, "title", &m.title),
                detail: d.text(lang, &key, "detail", &m.detail),
                cited: d.cited(lang, &m.source),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    // Guards against a milestone dropped from the table, or shown without its source.
    #[test]
    fn every_milestone_has_a_row_with_its_source() {
        let dataset = Dataset::embedded();
        let rows = milestone_rows(Lang::En, &dataset);
        assert_eq!(rows.len(), dataset.milestones.len());
        for (row, milestone) in rows.iter().zip(&dataset.milestones) {
            assert_eq!(row.id, milestone.id);
            assert!(
                !row.title.text.is_empty() && !row.cited.name.is_empty(),
                "{}",
                row.id
            );
        }
    }
}
