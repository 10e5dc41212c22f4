//! Options by id and by name: the id an option keeps in the saved work, the ids a window makes,
//! and the letter an option is shown by.

use model::i18n;
use serde::{Deserialize, Serialize};

/// An option's own name in the saved work, stable while options are added and removed around
/// it (its letter, 方案 B, is only its place in the list). Made by the window that added the
/// option ([`OptionIds`]); options read from files written before version 4 get `1`, `2`, `3`
/// in their order, the same in every window that reads them.
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct OptionId(pub String);

impl OptionId {
    /// Where a file of version 3 or before named an option by its place (the budget request's
    /// choice): resolved to that option's id once ids are given ([`assign_option_ids`]).
    pub(crate) fn placeholder(position: usize) -> OptionId {
        OptionId(format!("#{position}"))
    }
}

/// New option ids for one window of the app: its own tag (random, made when the window
/// opens) and a counter, so two windows adding an option at the same moment never give the
/// same id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OptionIds {
    tag: String,
    next: u32,
}

impl OptionIds {
    pub fn new(tag: impl Into<String>) -> OptionIds {
        OptionIds {
            tag: tag.into(),
            next: 1,
        }
    }

    pub fn make(&mut self) -> OptionId {
        let id = OptionId(format!("{}-{}", self.tag, self.next));
        self.next += 1;
        id
    }
}

/// An option's name, by its place among the options: 方案 A, B, C (a file before version 4
/// named its options so).
pub fn option_name(i: usize, lang: model::Lang) -> String {
    let letter = u8::try_from(i)
        .ok()
        .and_then(|i| b'A'.checked_add(i))
        .map_or('?', char::from);
    format!("{}{letter}", lang.t(i18n::option_id::OPTION))
}
