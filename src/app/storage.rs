//! The browser's local storage, through `gloo::storage`: the only place that reads or writes it.
//! What is kept and how earlier saves are read is decided in `persist::stored` (pure); this moves
//! the texts.

use gloo::storage::{LocalStorage, Storage};

use crate::persist::stored::{self, Found, KEY, Opened, QUOTES_KEY, aside_key, legacy};
use crate::persist::work_file::SavedWork;
use crate::store::SaveProblem;
use model::catalog::Bilingual;

/// Whether this browser lets the page use local storage at all. gloo's `LocalStorage` throws when
/// it does not (storage switched off, some private modes), so every use is behind this check.
fn available() -> bool {
    matches!(gloo::utils::window().local_storage(), Ok(Some(_)))
}

/// Asks the browser to keep this site's storage rather than clear it when space runs short or
/// after a while without visits (`navigator.storage.persist()`). `Some(true)`: promised (or it
/// already was); `Some(false)`: not promised; `None`: the browser has no way to ask.
pub async fn ask_to_keep() -> Option<bool> {
    let manager = gloo::utils::window().navigator().storage();
    // Old browsers have no StorageManager: the property is undefined.
    if manager.is_undefined() {
        return None;
    }
    let answer = |promise: Result<js_sys::Promise, _>| async move {
        let value = wasm_bindgen_futures::JsFuture::from(promise.ok()?)
            .await
            .ok()?;
        value.as_bool()
    };
    if answer(manager.persisted()).await == Some(true) {
        return Some(true);
    }
    answer(manager.persist()).await
}

/// Whether the note that the browser would not promise to keep the work was shown before.
pub fn keep_note_shown() -> bool {
    read(stored::KEEP_NOTE_KEY).is_some()
}

/// Remember that the note was shown, so it is shown once. If storage refuses, it shows again
/// next time, which is harmless.
pub fn remember_keep_note() {
    if available() {
        let _ = LocalStorage::raw().set_item(stored::KEEP_NOTE_KEY, "1");
    }
}

/// The text kept under `key`, if the browser keeps any.
pub fn read(key: &str) -> Option<String> {
    if !available() {
        return None;
    }
    LocalStorage::raw().get_item(key).ok().flatten()
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
    /// What storage held under the work's and the quote book's keys when the app opened: the
    /// base every later save of this window merges from (`store::sync`).
    pub work_text: Option<String>,
    pub quotes_text: Option<String>,
}

/// Reads what is saved, setting aside (never deleting) what cannot be read.
pub fn open(catalog: &model::Catalog) -> Start {
    let Opened {
        work,
        unreadable,
        migrated,
    } = stored::open(
        &Found {
            set_aside: set_aside_texts(),
            ..Found::read(read)
        },
        catalog,
    );
    let mut hold = false;
    let set_aside = unreadable
        .into_iter()
        .map(|u| {
            let kept = set_aside(&u.raw);
            if kept.is_some() {
                LocalStorage::delete(u.key);
            } else if u.key == KEY || u.key == QUOTES_KEY {
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
        work_text: read(KEY),
        quotes_text: read(QUOTES_KEY),
    }
}

/// Every text set aside by an earlier start.
fn set_aside_texts() -> Vec<String> {
    if !available() {
        return Vec::new();
    }
    let storage = LocalStorage::raw();
    let keys = (0..storage.length().unwrap_or(0)).filter_map(|i| storage.key(i).ok().flatten());
    keys.filter(|k| k.starts_with(stored::ASIDE_PREFIX))
        .filter_map(|k| read(&k))
        .collect()
}

/// Keeps unreadable text under a key of its own; that key, if it could be written.
pub fn set_aside(raw: &str) -> Option<String> {
    if !available() {
        return None;
    }
    let key = aside_key(|k| read(k).is_some());
    LocalStorage::raw().set_item(&key, raw).ok()?;
    Some(key)
}

/// Keeps `text` under `key`; whether anything was written, or why the browser refused.
/// Writes nothing when storage already holds exactly this (so two tabs taking each other's
/// saves do not echo them back and forth).
pub fn save(key: &str, text: &str) -> Result<bool, SaveProblem> {
    if !available() {
        return Err(SaveProblem::NotAllowed);
    }
    if read(key).as_deref() == Some(text) {
        return Ok(false);
    }
    LocalStorage::raw().set_item(key, text).map_err(|e| {
        use wasm_bindgen::JsCast;
        // The DOMException's name says which: browsers name a full storage
        // QuotaExceededError (old Firefox: NS_ERROR_DOM_QUOTA_REACHED).
        let name = e
            .dyn_ref::<web_sys::DomException>()
            .map(|e| e.name())
            .unwrap_or_default();
        if name.contains("Quota") || name.contains("QUOTA") {
            SaveProblem::Full
        } else {
            SaveProblem::NotAllowed
        }
    })?;
    Ok(true)
}

/// Removes what earlier versions kept: only once the work is safely under the current keys.
pub fn remove_legacy() {
    if available() {
        for key in legacy::ALL {
            LocalStorage::delete(key);
        }
    }
}

/// The app's instances in this browser (its tabs, windows, or two apps on one page) tell each
/// other which key they saved, on a `BroadcastChannel`; each then merges what that key holds
/// with its own work (`store::sync`). Without a channel (a very old browser) each instance
/// still merges on its own next save.
pub struct TabSync {
    channel: Option<web_sys::BroadcastChannel>,
    _listener: Option<gloo::events::EventListener>,
}

impl TabSync {
    const NAME: &'static str = "training-planner";

    /// Listens for the others' saves; `heard` gets the key another instance saved.
    pub fn open(heard: impl Fn(&str) + 'static) -> TabSync {
        // Prerendering renders the store natively, where there is no browser to listen to.
        if !cfg!(target_arch = "wasm32") {
            return TabSync {
                channel: None,
                _listener: None,
            };
        }
        let Ok(channel) = web_sys::BroadcastChannel::new(Self::NAME) else {
            return TabSync {
                channel: None,
                _listener: None,
            };
        };
        let listener = gloo::events::EventListener::new(&channel, "message", move |event| {
            use wasm_bindgen::JsCast;
            if let Some(key) = event
                .dyn_ref::<web_sys::MessageEvent>()
                .and_then(|m| m.data().as_string())
            {
                heard(&key);
            }
        });
        TabSync {
            channel: Some(channel),
            _listener: Some(listener),
        }
    }

    /// Tells the others that `key` was saved.
    pub fn announce(&self, key: &str) {
        if let Some(channel) = &self.channel {
            let _ = channel.post_message(&key.into());
        }
    }
}

impl Drop for TabSync {
    fn drop(&mut self) {
        if let Some(channel) = &self.channel {
            channel.close();
        }
    }
}
