//! What is kept in this browser's local storage, and how every earlier form of it is read.
//!
//! Since version 3 everything the user made is kept as versioned JSON in the form of a work file
//! (`persist::work_file`), so an old save is migrated by the same steps as an old file: the options,
//! plan, rate card and language under [`KEY`], the quote book under [`QUOTES_KEY`] (it changes
//! only when a quote is issued or deleted, and can be hundreds of kilobytes: it is not rewritten
//! on every keystroke). Earlier versions kept it under four
//! keys ([`legacy`]); [`open`] reads those when [`KEY`] is not there yet. Text that cannot be
//! read is never overwritten and never dropped: it is set aside under a key of its own and the
//! user is told where. Pure: the browser side (`app::storage`) only moves the texts.

use model::i18n;
use serde::Deserialize;

use crate::persist::stored_options;
use crate::persist::work_file::{ImportError, SavedWork, import};
use model::catalog::Bilingual;
use model::{Catalog, Lang};

/// What every key the app keeps in the browser's storage starts with: a prerendered page asks
/// whether there is any before it shows the first visit's figures (`prerender`).
pub const KEY_PREFIX: &str = "training-planner.";
/// Where the saved work is kept, all but the quote book.
pub const KEY: &str = "training-planner.saved";
/// Where the quote book is kept, in a work file of its own.
pub const QUOTES_KEY: &str = "training-planner.saved.quotes";
/// Set once the page has said that this browser would not promise to keep the work, so it says
/// so only once.
pub const KEEP_NOTE_KEY: &str = "training-planner.keep-note-shown";
/// Where unreadable saved text is moved, with a number so nothing set aside is overwritten.
pub const ASIDE_PREFIX: &str = "training-planner.unreadable.";

/// The keys of the versions before 3, read once and removed after the first successful save.
pub mod legacy {
    /// The plan and the rate card (and the options, in saves older than [`OPTIONS`]): a work file
    /// of version 1 or 2.
    pub const WORK: &str = "training-planner.work";
    /// The options compared, as `v1:` + hex of postcard (`persist::stored_options`).
    pub const OPTIONS: &str = "training-planner.options";
    /// The quote book, in a version 2 work file.
    pub const QUOTES: &str = "training-planner.quotes";
    /// The interface language, `zh` or `en`.
    pub const LANG: &str = "training-planner.lang";

    pub const ALL: [&str; 4] = [WORK, OPTIONS, QUOTES, LANG];
}

/// The raw texts found in storage under [`KEY`] and each of the [`legacy`] keys.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Found {
    pub current: Option<String>,
    pub current_quotes: Option<String>,
    pub work: Option<String>,
    pub options: Option<String>,
    pub quotes: Option<String>,
    pub lang: Option<String>,
    /// Texts set aside earlier (under [`ASIDE_PREFIX`] keys): no quote number in them is issued
    /// again.
    pub set_aside: Vec<String>,
}

impl Found {
    /// Reads each key with `read`.
    pub fn read(read: impl Fn(&str) -> Option<String>) -> Found {
        Found {
            current: read(KEY),
            current_quotes: read(QUOTES_KEY),
            work: read(legacy::WORK),
            options: read(legacy::OPTIONS),
            quotes: read(legacy::QUOTES),
            lang: read(legacy::LANG),
            set_aside: Vec::new(),
        }
    }

    fn has_legacy(&self) -> bool {
        self.work.is_some()
            || self.options.is_some()
            || self.quotes.is_some()
            || self.lang.is_some()
    }
}

/// Saved text that could not be read: from which key, the text itself, and why.
#[derive(Debug, Clone, PartialEq)]
pub struct Unreadable {
    pub key: &'static str,
    pub raw: String,
    pub why: Bilingual,
}

/// What the app opens with.
#[derive(Debug, Clone, PartialEq)]
pub struct Opened {
    pub work: SavedWork,
    /// Texts to set aside before anything is saved.
    pub unreadable: Vec<Unreadable>,
    /// Whether earlier versions' keys were read: they are removed once the work is saved under
    /// [`KEY`], and not before, so a failed save loses nothing.
    pub migrated: bool,
}

fn both(message: impl Fn(Lang) -> String) -> Bilingual {
    Bilingual {
        zh: message(Lang::Zh),
        en: message(Lang::En),
    }
}

/// Reads a work file's text; `None` for nothing saved, `Err` for text to set aside.
fn read_work(
    key: &'static str,
    raw: Option<&String>,
    catalog: &Catalog,
) -> Result<Option<SavedWork>, Unreadable> {
    let Some(raw) = raw else { return Ok(None) };
    match import(raw, catalog) {
        Ok(work) => Ok(Some(work)),
        // An envelope with nothing in it is nothing saved, not damage to keep.
        Err(ImportError::Empty) => Ok(None),
        Err(why) => Err(Unreadable {
            key,
            raw: raw.clone(),
            why: both(|l| why.message(l)),
        }),
    }
}

/// The language kept in a version 3 text, even when it holds nothing else.
fn lang_of(raw: &str) -> Option<Lang> {
    #[derive(Deserialize)]
    struct LangOnly {
        lang: Option<Lang>,
    }
    serde_json::from_str::<LangOnly>(raw).ok()?.lang
}

/// What to open with, from what storage holds. No quote number found in any text set aside,
/// now or earlier, is ever issued again (numbering never restarts below them).
pub fn open(found: &Found, catalog: &Catalog) -> Opened {
    let mut opened = read_parts(found, catalog);
    let book = &mut opened.work.quotes;
    for text in found
        .set_aside
        .iter()
        .chain(opened.unreadable.iter().map(|u| &u.raw))
    {
        book.never_reissue(text);
    }
    opened
}

fn read_parts(found: &Found, catalog: &Catalog) -> Opened {
    let mut unreadable = Vec::new();
    if found.current.is_some() || found.current_quotes.is_some() {
        // Saved by this version (or a later one): the earlier keys are leftovers, not read.
        let mut keep = |result: Result<Option<SavedWork>, Unreadable>| match result {
            Ok(work) => work,
            Err(u) => {
                unreadable.push(u);
                None
            }
        };
        let work = keep(read_work(KEY, found.current.as_ref(), catalog));
        let quotes = keep(read_work(
            QUOTES_KEY,
            found.current_quotes.as_ref(),
            catalog,
        ));
        let mut work = work.unwrap_or_else(SavedWork::empty);
        if work.lang.is_none() {
            work.lang = found.current.as_deref().and_then(lang_of);
        }
        if let Some(book) = quotes {
            // The work keeps the numbering's high-water mark too; the higher one counts.
            let next = work.quotes.next;
            work.quotes = book.quotes;
            work.quotes.never_below(next);
        }
        return Opened {
            work,
            unreadable,
            migrated: false,
        };
    }

    let mut keep = |result: Result<Option<SavedWork>, Unreadable>| match result {
        Ok(work) => work,
        Err(u) => {
            unreadable.push(u);
            None
        }
    };
    let work = keep(read_work(legacy::WORK, found.work.as_ref(), catalog));
    let quotes = keep(read_work(legacy::QUOTES, found.quotes.as_ref(), catalog));
    let mut merged = work.unwrap_or_else(SavedWork::empty);
    if let Some(book) = quotes {
        merged.quotes = book.quotes;
    }
    // Options with a key of their own win: an earlier version moved them there out of the work.
    if let Some(raw) = &found.options {
        match stored_options::decode(raw, catalog) {
            Ok(options) => {
                merged.options = options
                    .into_iter()
                    .enumerate()
                    .map(|(i, scenario)| crate::persist::work_file::NamedScenario {
                        id: Default::default(),
                        worth: Default::default(),
                        name: super::work_file::option_name(i, Lang::Zh),
                        scenario,
                    })
                    .collect();
            }
            Err(why) => unreadable.push(Unreadable {
                key: legacy::OPTIONS,
                raw: raw.clone(),
                why: both(|l| why.message(l)),
            }),
        }
    }
    crate::persist::work_file::assign_option_ids(&mut merged.options);
    merged.lang = found.lang.as_deref().and_then(Lang::from_id);
    Opened {
        work: merged,
        unreadable,
        migrated: found.has_legacy(),
    }
}

/// The texts kept under [`KEY`] and [`QUOTES_KEY`].
pub fn to_text(work: &SavedWork) -> String {
    work.to_json()
}

/// The quote book as the text kept under [`QUOTES_KEY`].
pub fn quotes_text(book: &model::quote::QuoteBook) -> String {
    let mut work = SavedWork::empty();
    work.quotes = book.clone();
    work.to_json()
}

/// The first free key to set unreadable text aside under, given the keys already used.
pub fn aside_key(taken: impl Fn(&str) -> bool) -> String {
    (1..)
        .map(|n| format!("{ASIDE_PREFIX}{n}"))
        .find(|k| !taken(k))
        .unwrap_or_else(|| format!("{ASIDE_PREFIX}0"))
}

/// What the user is told about unreadable saved text; `kept` is the key it was moved to, or
/// `None` if it could not be moved (it then stays where it was, and nothing is saved over it).
pub fn warning(why: &Bilingual, kept: Option<&str>, lang: Lang) -> String {
    let why = why.get(lang);
    let kept = match (kept, lang) {
        (Some(key), _) => lang.fill(i18n::stored::THE_OLD_DATA_IS_KEPT_IN_THIS, &[("key", &key)]),
        (None, _) => lang
            .t(i18n::stored::THE_OLD_DATA_WAS_LEFT_AS_IT_WAS)
            .to_string(),
    };
    lang.fill(
        i18n::stored::PART_OF_THE_SAVED_WORK_COULD,
        &[("why", &why), ("kept", &kept)],
    )
}
