//! The work kept in this browser's local storage, in the versioned envelope of `share::file`:
//! the options, the plan and the rate card under one key, the quote book under another (it
//! grows with every quote, and the other pages save after every change without reading it).
//! Each page reads its part when it opens and writes its part back after each change.
//!
//! Saved text that cannot be read is moved aside under its own key when the app opens and
//! never overwritten: while it cannot be moved, nothing is written over it.

use crate::model::quote::QuoteBook;
use crate::model::{Catalog, Lang};
use crate::share::file::{ImportError, SavedWork};
use crate::share::storage::{KEY, LANG_KEY, QUOTES_KEY, Restored, aside_key, restore};

fn local() -> Option<web_sys::Storage> {
    gloo::utils::window().local_storage().ok().flatten()
}

fn read(key: &str) -> Option<String> {
    local()?.get_item(key).ok().flatten()
}

fn write(key: &str, work: &SavedWork) {
    // Storage can be full or switched off; the app works the same without it.
    if let Some(store) = local() {
        let _ = store.set_item(key, &work.to_json());
    }
}

/// The interface language last chosen, if one was and it is still a language we speak.
pub fn load_lang() -> Option<Lang> {
    read(LANG_KEY).as_deref().and_then(Lang::from_id)
}

pub fn save_lang(lang: Lang) {
    if let Some(store) = local() {
        let _ = store.set_item(LANG_KEY, lang.id());
    }
}

/// What the app found unreadable when it started, and where it was kept.
#[derive(Debug, Clone, PartialEq)]
pub struct Unreadable {
    pub why: ImportError,
    /// The key it was moved to; `None` if it could not be moved (it stays where it was).
    pub kept: Option<String>,
}

/// When the app opens: move unreadable saved work aside, so the pages start from defaults.
pub fn recover(catalog: &Catalog) -> Vec<Unreadable> {
    [KEY, QUOTES_KEY]
        .into_iter()
        .filter_map(|key| {
            let Restored::Unreadable { why, raw } = restore(read(key), catalog) else {
                return None;
            };
            let kept = set_aside(&raw);
            if kept.is_some()
                && let Some(store) = local()
            {
                let _ = store.remove_item(key);
            }
            Some(Unreadable { why, kept })
        })
        .collect()
}

/// Keep unreadable saved text under a key of its own; returns that key.
fn set_aside(raw: &str) -> Option<String> {
    let store = local()?;
    let key = aside_key(|k| store.get_item(k).ok().flatten().is_some());
    store.set_item(&key, raw).ok()?;
    Some(key)
}

/// The options, plan and rate card saved, if there are any and they can be read.
pub fn load_work(catalog: &Catalog) -> Option<SavedWork> {
    match restore(read(KEY), catalog) {
        Restored::Work(work) => Some(work),
        Restored::Nothing | Restored::Unreadable { .. } => None,
    }
}

/// Everything saved: the work and the quote book.
pub fn load(catalog: &Catalog) -> Option<SavedWork> {
    let quotes = match restore(read(QUOTES_KEY), catalog) {
        Restored::Work(book) => Some(book.quotes),
        Restored::Nothing | Restored::Unreadable { .. } => None,
    };
    match (load_work(catalog), quotes) {
        (None, None) => None,
        (work, quotes) => {
            let mut work = work.unwrap_or_else(SavedWork::empty);
            if let Some(quotes) = quotes {
                work.quotes = quotes;
            }
            Some(work)
        }
    }
}

/// Change the options, plan or rate card and write them back. Does nothing while the stored
/// text is unreadable: it is someone's data, kept until it can be moved aside.
pub fn update_work(catalog: &Catalog, change: impl FnOnce(&mut SavedWork)) {
    let mut work = match restore(read(KEY), catalog) {
        Restored::Work(work) => work,
        Restored::Nothing => SavedWork::empty(),
        Restored::Unreadable { .. } => return,
    };
    change(&mut work);
    work.quotes = QuoteBook::default();
    write(KEY, &work);
}

/// Keep the quote book, unless what is stored there cannot be read (then it is left alone).
pub fn update_quotes(catalog: &Catalog, book: &QuoteBook) {
    if matches!(
        restore(read(QUOTES_KEY), catalog),
        Restored::Unreadable { .. }
    ) {
        return;
    }
    let mut saved = SavedWork::empty();
    saved.quotes = book.clone();
    write(QUOTES_KEY, &saved);
}

/// Put `work` in place of whatever was saved (an import).
pub fn replace(work: &SavedWork) {
    let mut quotes = SavedWork::empty();
    quotes.quotes = work.quotes.clone();
    let mut rest = work.clone();
    rest.quotes = QuoteBook::default();
    write(KEY, &rest);
    write(QUOTES_KEY, &quotes);
}

/// What the user is told when saved work could not be read.
pub fn warning(found: &Unreadable, lang: Lang) -> String {
    let kept = match (&found.kept, lang) {
        (Some(key), Lang::Zh) => format!("原数据已另存于本浏览器的“{key}”，没有删除。"),
        (Some(key), Lang::En) => {
            format!("The old data is kept in this browser under “{key}”; nothing was deleted.")
        }
        (None, Lang::Zh) => "原数据未改动。".to_string(),
        (None, Lang::En) => "The old data was left as it was.".to_string(),
    };
    match lang {
        Lang::Zh => format!(
            "上次保存的内容无法读取（{}），已从默认设置开始。{kept}",
            found.why.message(lang)
        ),
        Lang::En => format!(
            "The work saved last time could not be read ({}); starting from the defaults. {kept}",
            found.why.message(lang)
        ),
    }
}
