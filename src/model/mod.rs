//! Pure model: dataset, dates, projection and the words that describe them. No leptos, no clock.

pub mod backtest;
pub mod dataset;
pub mod date;
pub mod export;
pub mod format;
pub mod json;
pub mod lang;
pub mod link;
pub mod locale;
pub mod plural;
pub mod projection;
pub mod query;
pub mod sections;
pub mod summary;
pub mod theme;
pub mod treaty;

pub use dataset::{DataError, Dataset, Kind, Observation, Source};
pub use date::Date;
pub use projection::{Outcome, PaceBasis, Projection, Scenario};
pub use theme::{Theme, ThemeChoice};

/// Sorts `items` by `key`, keeping equal items in order: an insertion sort, because the lists
/// here hold a few dozen entries and the standard library's sorts add about 16 KB of wasm for
/// each element type.
pub fn sort_by_key<T, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K) {
    for unsorted in 1..items.len() {
        let mut at = unsorted;
        while at > 0 && key(&items[at - 1]) > key(&items[at]) {
            items.swap(at - 1, at);
            at -= 1;
        }
    }
}

/// The distinct values of `values`, in ascending order.
pub fn sorted_unique<T: Ord + Copy>(values: impl Iterator<Item = T>) -> Vec<T> {
    let mut sorted: Vec<T> = values.collect();
    sort_by_key(&mut sorted, |value| *value);
    sorted.dedup();
    sorted
}

#[cfg(test)]
mod tests {
    use super::{sort_by_key, sorted_unique};

    #[test]
    fn sorted_unique_sorts_and_drops_repeats() {
        assert_eq!(
            sorted_unique([2021, 2019, 2021, 2020, 2019].into_iter()),
            [2019, 2020, 2021]
        );
        assert!(sorted_unique(std::iter::empty::<i32>()).is_empty());
    }

    #[test]
    fn sorting_by_key_keeps_equal_items_in_order() {
        let mut items = [(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd'), (1, 'e'), (0, 'f')];
        sort_by_key(&mut items, |item| item.0);
        assert_eq!(
            items,
            [(0, 'f'), (1, 'b'), (1, 'e'), (2, 'd'), (3, 'a'), (3, 'c')]
        );
        let mut empty: [u8; 0] = [];
        sort_by_key(&mut empty, |item| *item);
    }
}
