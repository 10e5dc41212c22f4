//! Ordered sets built without `collect()`.
//!
//! `BTreeSet`'s `FromIterator` (and `From<[T; N]>`) first sorts its input with a stable sort,
//! which the compiler copies into the wasm once per element type, several KB each, to order a
//! handful of items. Inserting them one by one gives the same set with no sort at all.

use std::collections::BTreeSet;

pub fn set_of<T: Ord>(items: impl IntoIterator<Item = T>) -> BTreeSet<T> {
    let mut set = BTreeSet::new();
    set.extend(items);
    set
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_set_as_collect() {
        let items = [5, 1, 4, 1, 3];
        assert_eq!(set_of(items), items.into_iter().collect::<BTreeSet<_>>());
        assert!(set_of(Vec::<u32>::new()).is_empty());
    }
}
