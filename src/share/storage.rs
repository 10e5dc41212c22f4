//! The browser's local storage of the options compared: the same versioned envelope as a saved
//! file, so an old save is migrated the same way. Saved data that cannot be read is kept aside
//! under its own key, never overwritten, and the user is told.

use crate::model::Catalog;

use super::file::{ImportError, SavedWork, import};

/// Where the work is kept: the options, the plan and the rate card.
pub const KEY: &str = "training-planner.work";
/// Where the quote book is kept, in the same envelope, apart from the rest: it grows with every
/// quote issued, and the estimator saves after every keystroke without reading it.
pub const QUOTES_KEY: &str = "training-planner.quotes";
/// The interface language last chosen (`zh` or `en`), so it stays as the user moves between
/// the pages.
pub const LANG_KEY: &str = "training-planner.lang";
/// Where unreadable saved data is moved, with a number so nothing set aside is overwritten.
pub const ASIDE_PREFIX: &str = "training-planner.unreadable.";

/// What was found in storage when the app opened.
#[derive(Debug, Clone, PartialEq)]
pub enum Restored {
    Nothing,
    Work(SavedWork),
    /// The saved text could not be used: why, and the text to keep aside.
    Unreadable {
        why: ImportError,
        raw: String,
    },
}

pub fn restore(raw: Option<String>, catalog: &Catalog) -> Restored {
    match raw {
        None => Restored::Nothing,
        Some(raw) => match import(&raw, catalog) {
            Ok(work) => Restored::Work(work),
            // An envelope with nothing in it is nothing saved, not damage to keep aside.
            Err(ImportError::Empty) => Restored::Nothing,
            Err(why) => Restored::Unreadable { why, raw },
        },
    }
}

/// The first free key to set unreadable data aside under, given the keys already used.
pub fn aside_key(taken: impl Fn(&str) -> bool) -> String {
    (1..)
        .map(|n| format!("{ASIDE_PREFIX}{n}"))
        .find(|k| !taken(k))
        .unwrap_or_else(|| format!("{ASIDE_PREFIX}0"))
}
