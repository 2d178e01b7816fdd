//! The treaty board's columns: the treaty's items grouped by status, with what a whole group
//! shares said once (moved out of `summary.rs`, which was over the 600-line limit).

use super::dataset::{Dataset, TreatyItem, TreatyStatus};

/// One column of the treaty board: the items of one status, and what they all share.
#[derive(Debug, Clone, PartialEq)]
pub struct TreatyGroup {
    /// The status every item of the group has.
    pub status: TreatyStatus,
    /// The items, in the dataset's order.
    pub items: Vec<TreatyItem>,
    /// The detail every item gives, when they all give the same one: stated once for the group.
    pub shared_detail: Option<String>,
    /// The citation every item gives, when they all give the same one: stated once for the group.
    pub shared_source: Option<String>,
}

/// The treaty's items grouped by status (stalled, then agreed), empty groups left out, with
/// the reason and source that a whole group shares pulled out so the board says them once.
pub fn treaty_groups(dataset: &Dataset) -> Vec<TreatyGroup> {
    [TreatyStatus::Stalled, TreatyStatus::Agreed]
        .into_iter()
        .filter_map(|status| {
            let items: Vec<TreatyItem> = dataset
                .treaty_items
                .iter()
                .filter(|t| t.status == status)
                .cloned()
                .collect();
            // A lone item's detail is its own, not a group's.
            let shared = |field: fn(&TreatyItem) -> &String| {
                let first = field(items.first()?);
                (items.len() > 1 && items.iter().all(|t| field(t) == first)).then(|| first.clone())
            };
            let shared_detail = shared(|t| &t.detail);
            let shared_source = shared(|t| &t.source.cited_as);
            (!items.is_empty()).then_some(TreatyGroup {
                status,
                items,
                shared_detail,
                shared_source,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn treaty_groups_state_a_shared_reason_and_source_once() {
        let groups = treaty_groups(&Dataset::embedded());
        assert_eq!(groups.len(), 2);
        let stalled = &groups[0];
        assert_eq!(stalled.status, TreatyStatus::Stalled);
        assert_eq!(stalled.items.len(), 5);
        assert!(stalled
            .shared_detail
            .as_deref()
            .unwrap()
            .starts_with("Work stopped"));
        assert!(stalled
            .shared_source
            .as_deref()
            .unwrap()
            .starts_with("The Jamestown Foundation"));
        // The agreed items differ in reason and source: each keeps its own.
        let agreed = &groups[1];
        assert_eq!(agreed.status, TreatyStatus::Agreed);
        assert_eq!(agreed.items.len(), 2);
        assert_eq!(agreed.shared_detail, None);
        assert_eq!(agreed.shared_source, None);
    }

    #[test]
    fn treaty_groups_leave_out_empty_statuses_and_share_nothing_for_one_item() {
        let mut dataset = Dataset::embedded();
        dataset
            .treaty_items
            .retain(|t| t.status == TreatyStatus::Agreed);
        dataset.treaty_items.truncate(1);
        let groups = treaty_groups(&dataset);
        assert_eq!(groups.len(), 1);
        assert_eq!(groups[0].shared_detail, None);
        assert_eq!(groups[0].shared_source, None);
    }
}
