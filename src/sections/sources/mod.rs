//! The sources section: every source the article cites, with what it supports and where on
//! the page. Its index is host-compiled (tested here); its view runs in the browser.

#[cfg(target_arch = "wasm32")]
pub mod view;

use crate::messages::Messages;
use crate::model::dataset::{Cited, Dataset};
use crate::model::sections::Datum;

/// A source and the facts on the page that rest on it.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceUse {
    /// The citation as the article prints it.
    pub cited_as: String,
    /// The outlet.
    pub outlet: String,
    /// The citation as the page's language shows it.
    pub cited: Cited,
    /// Short descriptions of what it supports, each with the part of the dataset it is in
    /// (by which `sections::sections_using` finds the sections that show it).
    pub supports: Vec<(Datum, String)>,
}

/// Every source in the dataset with what it supports, in order of first use.
pub fn source_index(m: &(impl Messages + ?Sized), dataset: &Dataset) -> Vec<SourceUse> {
    let lang = m.lang();
    // What each source supports is said in the page's language.
    let local = dataset.localized(lang);
    let mut uses: Vec<SourceUse> = Vec::new();
    let mut add = |source: &crate::model::dataset::Source, datum: Datum, fact: String| match uses
        .iter_mut()
        .find(|u| u.cited_as == source.cited_as)
    {
        Some(found) => found.supports.push((datum, fact)),
        None => uses.push(SourceUse {
            cited_as: source.cited_as.clone(),
            outlet: source.outlet.clone(),
            cited: dataset.cited(lang, source),
            supports: vec![(datum, fact)],
        }),
    };
    add(
        &dataset.programs.source,
        Datum::Programs,
        m.supports_programs(dataset.programs.count),
    );
    for o in &dataset.progress {
        add(
            &o.source,
            Datum::Progress,
            m.supports_progress(o.percent, o.date, &o.kind),
        );
    }
    for g in &dataset.trade.growth {
        add(
            &g.source,
            Datum::TradeGrowth,
            m.supports_growth(g.percent, g.year),
        );
    }
    for v in &dataset.trade.values {
        add(
            &v.source,
            Datum::TradeValues,
            m.supports_trade(v.value, v.category, v.year, &v.kind),
        );
    }
    for b in &dataset.balance {
        add(
            &b.source,
            Datum::Balance,
            m.supports_balance(b.direction, b.year, b.value),
        );
    }
    for (ms, shown) in dataset.milestones.iter().zip(&local.milestones) {
        add(
            &ms.source,
            Datum::Milestones,
            m.supports_milestone(&shown.title, &shown.when),
        );
    }
    for (t, shown) in dataset.treaty_items.iter().zip(&local.treaty_items) {
        add(
            &t.source,
            Datum::TreatyItems,
            m.supports_treaty(&shown.item, t.status, &shown.since),
        );
    }
    uses
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::messages::Lang;

    #[test]
    fn every_cited_source_is_indexed_once_with_what_it_supports() {
        let dataset = Dataset::embedded();
        let index = source_index(crate::messages::messages(Lang::En), &dataset);
        assert_eq!(index.len(), dataset.all_sources().len());
        let president = index
            .iter()
            .find(|u| u.cited_as == "President.gov.by, April 6")
            .unwrap();
        assert!(president
            .supports
            .iter()
            .any(|(_, s)| s.contains("$45 billion in goods in 2022 (reported)")));
        assert!(president
            .supports
            .iter()
            .any(|(_, s)| s.contains("(derived)")));
        let belta = index
            .iter()
            .find(|u| u.cited_as == "Belta.by, February 4, 2020")
            .unwrap();
        assert!(belta
            .supports
            .iter()
            .any(|(_, s)| s.contains("−$9.6 billion")));
    }
}
