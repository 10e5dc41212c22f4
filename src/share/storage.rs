//! What the app keeps in this browser's local storage, and under which keys. The plan, the rate
//! card and the quote book are kept in the versioned envelope of a saved file, so an old save is
//! migrated the same way; the options compared have a key and a form of their own
//! (`stored_options`), so the estimator's page reads and writes them without JSON. Saved data
//! that cannot be read is kept aside under its own key, never overwritten, and the user is told.

use crate::model::Catalog;
use crate::model::cost::Scenario;

use super::file::{ImportError, SavedWork, import};
use super::stored_options;

/// Where the work is kept: the plan and the rate card (and the options, in saves made before
/// they had [`OPTIONS_KEY`]).
pub const KEY: &str = "training-planner.work";
/// Where the options compared on the estimator are kept (`stored_options`).
pub const OPTIONS_KEY: &str = "training-planner.options";
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

/// Options saved before they had a key of their own are in the work under [`KEY`]. For a page
/// that reads the work: when nothing is stored under [`OPTIONS_KEY`] yet, the text to store
/// there (the work's options, or none) and the work without its options (`None` if it had none
/// to take out). `None` when the options have their key already, or the work cannot be read
/// (it is then kept aside, and its options with it).
pub fn move_options(
    options: Option<&str>,
    work: Option<&str>,
    catalog: &Catalog,
) -> Option<(String, Option<String>)> {
    if options.is_some() {
        return None;
    }
    let mut saved = match restore(work.map(str::to_string), catalog) {
        Restored::Work(saved) => saved,
        Restored::Nothing => return Some((stored_options::encode(&[]), None)),
        Restored::Unreadable { .. } => return None,
    };
    if saved.options.is_empty() {
        return Some((stored_options::encode(&[]), None));
    }
    let options: Vec<Scenario> = std::mem::take(&mut saved.options)
        .into_iter()
        .map(|o| o.scenario)
        .collect();
    Some((stored_options::encode(&options), Some(saved.to_json())))
}

/// The first free key to set unreadable data aside under, given the keys already used.
pub fn aside_key(taken: impl Fn(&str) -> bool) -> String {
    (1..)
        .map(|n| format!("{ASIDE_PREFIX}{n}"))
        .find(|k| !taken(k))
        .unwrap_or_else(|| format!("{ASIDE_PREFIX}0"))
}
