//! Ordering, written so the wasm carries one sort.
//!
//! Every `sort_by` closure and every element type gets its own copy of the standard library's
//! sort in the compiled wasm, several KB each; so does `collect()` into a `BTreeSet`, which
//! sorts its input first. The app orders a handful of items in a few places, so those places
//! share the two functions here: an ordered set built by insertion, and one index sort.

use std::collections::BTreeSet;

/// The set of `items`, inserted one by one (no sort).
pub fn set_of<T: Ord>(items: impl IntoIterator<Item = T>) -> BTreeSet<T> {
    let mut set = BTreeSet::new();
    set.extend(items);
    set
}

/// Reorder `items` largest `key` first. Equal keys keep their order (a stable sort), so the
/// result never depends on how the sort is implemented.
pub fn largest_first<T>(items: &mut Vec<T>, key: impl Fn(&T) -> f64) {
    let keys: Vec<f64> = items.iter().map(key).collect();
    let order = descending(&keys);
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(order.into_iter().filter_map(|i| slots[i].take()));
}

/// Indices of `keys`, largest key first, ties by index. Not generic: compiled once.
fn descending(keys: &[f64]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..keys.len()).collect();
    order.sort_unstable_by(|&a, &b| keys[b].total_cmp(&keys[a]).then(a.cmp(&b)));
    order
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn the_same_set_as_collect() {
        let items = [5, 1, 4, 1, 3];
        assert_eq!(set_of(items), items.into_iter().collect::<BTreeSet<_>>());
        assert!(set_of(Vec::<u32>::new()).is_empty());
    }

    proptest! {
        /// The same order as the standard library's stable sort, largest first.
        #[test]
        fn largest_first_is_a_stable_descending_sort(
            keys in proptest::collection::vec(0u8..6, 0..40)
        ) {
            let mut items: Vec<(u8, usize)> = keys.iter().copied().zip(0..).collect();
            let mut expected = items.clone();
            expected.sort_by_key(|&(k, _)| std::cmp::Reverse(k));
            largest_first(&mut items, |&(k, _)| f64::from(k));
            prop_assert_eq!(items, expected);
        }
    }
}
