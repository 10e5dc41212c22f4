//! The browser's local storage, through `gloo::storage`: the only place that reads or writes it.
//! What is kept and how earlier saves are read is decided in `store::saved` (pure); this moves
//! the texts.

use gloo::storage::{LocalStorage, Storage};

use crate::share::file::SavedWork;
use crate::store::saved::{self, Found, KEY, Opened, aside_key, legacy};
use model::data::Bilingual;

/// Whether this browser lets the page use local storage at all. gloo's `LocalStorage` throws when
/// it does not (storage switched off, some private modes), so every use is behind this check.
fn available() -> bool {
    matches!(gloo::utils::window().local_storage(), Ok(Some(_)))
}

fn read(key: &str) -> Option<String> {
    if !available() {
        return None;
    }
    LocalStorage::raw().get_item(key).ok().flatten()
}

/// The browser's words for a storage that cannot be used at all.
fn unavailable() -> String {
    "local storage is not available in this browser".into()
}

/// Unreadable saved text found at start, and where it was kept (`None`: it could not be moved,
/// and stays where it was).
#[derive(Debug, Clone, PartialEq)]
pub struct SetAside {
    pub why: Bilingual,
    pub kept: Option<String>,
}

/// What the app found in storage when it started.
#[derive(Debug, Clone, PartialEq)]
pub struct Start {
    pub work: SavedWork,
    pub set_aside: Vec<SetAside>,
    /// Earlier versions' keys to remove once the work is saved under the current key.
    pub migrated: bool,
    /// Saving would write over text that could not be set aside: nothing is saved this time.
    pub hold: bool,
}

/// Reads what is saved, setting aside (never deleting) what cannot be read.
pub fn open(catalog: &model::Catalog) -> Start {
    let Opened {
        work,
        unreadable,
        migrated,
    } = saved::open(&Found::read(read), catalog);
    let mut hold = false;
    let set_aside = unreadable
        .into_iter()
        .map(|u| {
            let kept = set_aside(&u.raw);
            if kept.is_some() {
                LocalStorage::delete(u.key);
            } else if u.key == KEY {
                hold = true;
            }
            SetAside { why: u.why, kept }
        })
        .collect();
    Start {
        work,
        set_aside,
        migrated,
        hold,
    }
}

/// Keeps unreadable text under a key of its own; that key, if it could be written.
fn set_aside(raw: &str) -> Option<String> {
    if !available() {
        return None;
    }
    let key = aside_key(|k| read(k).is_some());
    LocalStorage::raw().set_item(&key, raw).ok()?;
    Some(key)
}

/// Keeps `work`; the browser's reason when it refuses. Writes nothing when storage already
/// holds exactly this (so two tabs taking each other's saves do not echo them back and forth).
pub fn save(work: &SavedWork, migrated: bool) -> Result<(), String> {
    if !available() {
        return Err(unavailable());
    }
    let text = saved::to_text(work);
    if read(KEY).as_deref() != Some(text.as_str()) {
        LocalStorage::raw().set_item(KEY, &text).map_err(|e| {
            use wasm_bindgen::JsCast;
            // A DOMException (QuotaExceededError, SecurityError) has a message too.
            String::from(e.unchecked_into::<js_sys::Error>().message())
        })?;
    }
    // Only once the work is safely under the current key.
    if migrated {
        for key in legacy::ALL {
            LocalStorage::delete(key);
        }
    }
    Ok(())
}

/// Calls `changed` with the work another tab of this app saved, whenever it does. The listener
/// lives as long as the value returned.
pub fn on_other_tab(
    catalog: &'static model::Catalog,
    changed: impl Fn(SavedWork) + 'static,
) -> gloo::events::EventListener {
    gloo::events::EventListener::new(&gloo::utils::window(), "storage", move |event| {
        use wasm_bindgen::JsCast;
        let Some(event) = event.dyn_ref::<web_sys::StorageEvent>() else {
            return;
        };
        if event.key().as_deref() != Some(KEY) {
            return;
        }
        if let Some(text) = event.new_value()
            && let Ok(work) = crate::share::file::import(&text, catalog)
        {
            changed(work);
        }
    })
}
