//! Sorting, for every layer.

use std::cmp::Ordering;

/// The one sort the program uses. Calling `slice::sort_by` at a dozen places
/// compiled a copy of the standard sort for each comparator (26 KB of wasm);
/// this sorts positions with one comparator type, so the standard sort is
/// compiled once. Stable, O(n log n).
#[expect(clippy::indexing_slicing, reason = "the positions are 0..len of this same vector")]
pub fn sort_by<T>(items: &mut Vec<T>, compare: impl Fn(&T, &T) -> Ordering) {
    let order = sorted_positions(items.len(), &|a, b| compare(&items[a], &items[b]));
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(order.into_iter().filter_map(|i| slots[i].take()));
}

fn sorted_positions(len: usize, compare: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    order.sort_by(|a, b| compare(*a, *b));
    order
}

/// Sorts and removes duplicates.
pub fn sort_unique<T: Ord>(items: &mut Vec<T>) {
    sort_by(items, T::cmp);
    items.dedup();
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn sort_by_keeps_equal_items_in_order_and_sort_unique_drops_repeats() {
        let mut pairs = vec![(2, 'a'), (1, 'b'), (2, 'c'), (1, 'd')];
        sort_by(&mut pairs, |x, y| x.0.cmp(&y.0));
        assert_eq!(pairs, vec![(1, 'b'), (1, 'd'), (2, 'a'), (2, 'c')]);
        let mut years = vec![2026, 2024, 2026, 2025];
        sort_unique(&mut years);
        assert_eq!(years, vec![2024, 2025, 2026]);
    }

    proptest! {
        #[test]
        fn sort_by_agrees_with_the_standard_stable_sort(items in proptest::collection::vec((0u8..8, any::<u16>()), 0..60)) {
            let mut expected = items.clone();
            expected.sort_by_key(|x| x.0);
            let mut sorted = items;
            sort_by(&mut sorted, |a, b| a.0.cmp(&b.0));
            prop_assert_eq!(sorted, expected);
        }
    }
}
