//! The work kept in this browser's local storage (`share::storage` has the keys and forms): the
//! options compared under a key of their own, written without JSON so the estimator's page
//! carries no JSON code; the plan and the rate card in the versioned envelope of a saved file;
//! the quote book under another key (it grows with every quote, and the other pages save after
//! every change without reading it). Each page reads its part when it opens and writes its part
//! back after each change.
//!
//! Saved text that cannot be read is moved aside under its own key when a page that reads it
//! opens, and never overwritten: while it cannot be moved, nothing is written over it.

use crate::app::estimator::option_name;
use crate::model::cost::Scenario;
use crate::model::data::Bilingual;
use crate::model::quote::QuoteBook;
use crate::model::{Catalog, Lang};
use crate::share::file::{NamedScenario, SavedWork};
use crate::share::storage::{
    KEY, LANG_KEY, OPTIONS_KEY, QUOTES_KEY, Restored, aside_key, move_options, restore,
};
use crate::share::stored_options;

fn local() -> Option<web_sys::Storage> {
    gloo::utils::window().local_storage().ok().flatten()
}

fn read(key: &str) -> Option<String> {
    local()?.get_item(key).ok().flatten()
}

fn write_text(key: &str, text: &str) {
    // Storage can be full or switched off; the app works the same without it.
    if let Some(store) = local() {
        let _ = store.set_item(key, text);
    }
}

fn write(key: &str, work: &SavedWork) {
    write_text(key, &work.to_json());
}

/// The interface language last chosen, if one was and it is still a language we speak.
pub fn load_lang() -> Option<Lang> {
    read(LANG_KEY).as_deref().and_then(Lang::from_id)
}

pub fn save_lang(lang: Lang) {
    write_text(LANG_KEY, lang.id());
}

/// What a page found unreadable when it opened, and where it was kept.
#[derive(Debug, Clone, PartialEq)]
pub struct Unreadable {
    /// Why, in both languages: worded where it was found, so a page that reads only the
    /// options does not carry the words for every way a JSON file can be wrong.
    pub why: Bilingual,
    /// The key it was moved to; `None` if it could not be moved (it stays where it was).
    pub kept: Option<String>,
}

fn both(message: impl Fn(Lang) -> String) -> Bilingual {
    Bilingual {
        zh: message(Lang::Zh),
        en: message(Lang::En),
    }
}

/// Move unreadable text from `key` aside; what the user is to be told.
fn move_aside(key: &str, why: Bilingual, raw: &str) -> Unreadable {
    let kept = set_aside(raw);
    if kept.is_some()
        && let Some(store) = local()
    {
        let _ = store.remove_item(key);
    }
    Unreadable { why, kept }
}

/// Keep unreadable saved text under a key of its own; returns that key.
fn set_aside(raw: &str) -> Option<String> {
    let store = local()?;
    let key = aside_key(|k| store.get_item(k).ok().flatten().is_some());
    store.set_item(&key, raw).ok()?;
    Some(key)
}

/// When any page opens: move unreadable saved options aside, so the page starts from defaults.
pub fn recover_options(catalog: &Catalog) -> Option<Unreadable> {
    let raw = read(OPTIONS_KEY)?;
    let why = stored_options::decode(&raw, catalog).err()?;
    Some(move_aside(OPTIONS_KEY, both(|l| why.message(l)), &raw))
}

/// When a page that reads the work opens: move unreadable work and quotes aside, and give
/// options saved inside the work (by earlier versions) their own key.
pub fn recover_work(catalog: &Catalog) -> Vec<Unreadable> {
    let found: Vec<Unreadable> = [KEY, QUOTES_KEY]
        .into_iter()
        .filter_map(|key| {
            let raw = read(key);
            let Restored::Unreadable { why, raw } = restore(raw, catalog) else {
                return None;
            };
            Some(move_aside(key, both(|l| why.message(l)), &raw))
        })
        .collect();
    if let Some((options, work)) =
        move_options(read(OPTIONS_KEY).as_deref(), read(KEY).as_deref(), catalog)
    {
        // The options first: if the second write fails they are in both places, not lost.
        write_text(OPTIONS_KEY, &options);
        if let Some(work) = work {
            write_text(KEY, &work);
        }
    }
    found
}

/// Work saved by an earlier version, whose options only a page that reads the work can move
/// to their own key (the estimator's page cannot: it has no JSON code). Until then the
/// estimator must not write options over them.
pub fn options_not_moved_yet() -> bool {
    read(OPTIONS_KEY).is_none() && read(KEY).is_some()
}

/// The options saved, if there are any and they can be read.
pub fn load_options(catalog: &Catalog) -> Vec<Scenario> {
    read(OPTIONS_KEY)
        .and_then(|raw| stored_options::decode(&raw, catalog).ok())
        .unwrap_or_default()
}

/// Keep the options, unless what is stored there cannot be read (then it is left alone).
pub fn save_options(catalog: &Catalog, options: &[Scenario]) {
    if let Some(raw) = read(OPTIONS_KEY)
        && stored_options::decode(&raw, catalog).is_err()
    {
        return;
    }
    write_text(OPTIONS_KEY, &stored_options::encode(options));
}

/// The plan and rate card saved, if there are any and they can be read.
pub fn load_work(catalog: &Catalog) -> Option<SavedWork> {
    match restore(read(KEY), catalog) {
        Restored::Work(work) => Some(work),
        Restored::Nothing | Restored::Unreadable { .. } => None,
    }
}

/// Everything saved: the options (named in `lang`), the work and the quote book.
pub fn load(catalog: &Catalog, lang: Lang) -> Option<SavedWork> {
    let options = load_options(catalog);
    let quotes = match restore(read(QUOTES_KEY), catalog) {
        Restored::Work(book) => Some(book.quotes),
        Restored::Nothing | Restored::Unreadable { .. } => None,
    };
    let work = load_work(catalog);
    if options.is_empty() && work.is_none() && quotes.is_none() {
        return None;
    }
    let mut work = work.unwrap_or_else(SavedWork::empty);
    work.options = options
        .into_iter()
        .enumerate()
        .map(|(i, scenario)| NamedScenario {
            name: option_name(i, lang),
            scenario,
        })
        .collect();
    if let Some(quotes) = quotes {
        work.quotes = quotes;
    }
    Some(work)
}

/// Change the plan or rate card and write them back. Does nothing while the stored text is
/// unreadable: it is someone's data, kept until it can be moved aside.
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
    let options: Vec<Scenario> = work.options.iter().map(|o| o.scenario.clone()).collect();
    write_text(OPTIONS_KEY, &stored_options::encode(&options));
    let mut quotes = SavedWork::empty();
    quotes.quotes = work.quotes.clone();
    let mut rest = work.clone();
    rest.options.clear();
    rest.quotes = QuoteBook::default();
    write(KEY, &rest);
    write(QUOTES_KEY, &quotes);
}

/// What the user is told when saved work could not be read.
pub fn warning(found: &Unreadable, lang: Lang) -> String {
    let why = found.why.get(lang);
    let kept = match (&found.kept, lang) {
        (Some(key), Lang::Zh) => format!("原数据已另存于本浏览器的“{key}”，没有删除。"),
        (Some(key), Lang::En) => {
            format!("The old data is kept in this browser under “{key}”; nothing was deleted.")
        }
        (None, Lang::Zh) => "原数据未改动。".to_string(),
        (None, Lang::En) => "The old data was left as it was.".to_string(),
    };
    match lang {
        Lang::Zh => format!("上次保存的内容无法读取（{why}），已从默认设置开始。{kept}"),
        Lang::En => format!(
            "The work saved last time could not be read ({why}); starting from the defaults. {kept}"
        ),
    }
}
