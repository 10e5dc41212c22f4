//! The work kept in this browser's local storage: one versioned envelope (see `share::file`)
//! holding the options compared, the plan, the rate card and the quotes. Each page reads its
//! part when it opens and writes its part back after each change.
//!
//! Saved text that cannot be read is moved aside under its own key when the app starts and
//! never overwritten: while it cannot be moved, nothing is written over it.

use crate::model::{Catalog, Lang};
use crate::share::file::{ImportError, SavedWork};
use crate::share::storage::{KEY, Restored, aside_key, restore};

fn local() -> Option<web_sys::Storage> {
    gloo::utils::window().local_storage().ok().flatten()
}

fn read() -> Option<String> {
    local()?.get_item(KEY).ok().flatten()
}

/// What the app found unreadable when it started, and where it was kept.
#[derive(Debug, Clone, PartialEq)]
pub struct Unreadable {
    pub why: ImportError,
    /// The key it was moved to; `None` if it could not be moved (it stays where it was).
    pub kept: Option<String>,
}

/// When the app opens: move unreadable saved work aside, so the pages start from defaults.
pub fn recover(catalog: &Catalog) -> Option<Unreadable> {
    let Restored::Unreadable { why, raw } = restore(read(), catalog) else {
        return None;
    };
    let kept = set_aside(&raw);
    if kept.is_some()
        && let Some(store) = local()
    {
        let _ = store.remove_item(KEY);
    }
    Some(Unreadable { why, kept })
}

/// Keep unreadable saved text under a key of its own; returns that key.
fn set_aside(raw: &str) -> Option<String> {
    let store = local()?;
    let key = aside_key(|k| store.get_item(k).ok().flatten().is_some());
    store.set_item(&key, raw).ok()?;
    Some(key)
}

/// The saved work, if there is any and it can be read.
pub fn load(catalog: &Catalog) -> Option<SavedWork> {
    match restore(read(), catalog) {
        Restored::Work(work) => Some(work),
        Restored::Nothing | Restored::Unreadable { .. } => None,
    }
}

/// Change one part of the saved work and write it back. Does nothing while the stored text is
/// unreadable: it is someone's data, kept until it can be moved aside.
pub fn update(catalog: &Catalog, change: impl FnOnce(&mut SavedWork)) {
    let mut work = match restore(read(), catalog) {
        Restored::Work(work) => work,
        Restored::Nothing => SavedWork::empty(),
        Restored::Unreadable { .. } => return,
    };
    change(&mut work);
    replace(&work);
}

/// Put `work` in place of whatever was saved (an import).
pub fn replace(work: &SavedWork) {
    // Storage can be full or switched off; the app works the same without it.
    if let Some(store) = local() {
        let _ = store.set_item(KEY, &work.to_json());
    }
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
