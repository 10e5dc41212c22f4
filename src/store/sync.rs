//! Several windows of the app share one browser storage. Each window writes its work after
//! every change, and hears (through the browser adapter, `app::storage::TabSync`) when another
//! has written; neither may lose what the other did.
//!
//! So a window never writes its whole state over what is stored. It keeps a [`Replica`]: the
//! text it last read or wrote (its base). To save, or when told that another window saved, it
//! reads what storage holds now and merges three ways: what changed from the base to its own
//! state is laid over what is stored now, and what it did not change comes from storage. The
//! result is written, and the window takes it, so every window shows what is stored.
//!
//! - Options are matched by their id, never by their place: an edit lands on the option it was
//!   made on, and two options added at the same moment in two windows are both kept.
//! - Inside an option, the rate card, the plan and the typed fields, each value (a headcount, a
//!   day rate) merges on its own: one window's headcount and another's city both stay. Where
//!   both windows changed the same value, the window writing now wins (it was typed last).
//! - Deleting removes what the deleting window saw: an option another window changed in the
//!   meantime stays (nothing the deleting user did not see is destroyed), as does an option a
//!   window changed after another deleted it. Deletions in two windows that would leave no
//!   option at all leave the saving window's.
//! - Issued quotes are matched by number; they are never edited, so a quote issued in one
//!   window and one deleted in another both take effect, and statuses merge by number.
//!
//! Pure: the property test in `tests/several_windows.rs` interleaves edits, additions and deletions of
//! three windows over one storage.

use model::year::Programme;
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::catalog::catalog;
use crate::persist::work_file::{ImportError, NamedScenario, SavedWork, import};
use model::cost::Costing;
use model::quote::{Quote, QuoteBook};

use crate::persist::stored as saved;
use crate::persist::work_file::option_name;

/// What one window knows of one storage key: the value it last read or wrote there, and that
/// text, so a save with nothing new from other windows does not parse the text again.
#[derive(Debug, Clone, PartialEq)]
pub struct Replica<T> {
    base: T,
    base_text: Option<String>,
}

/// What a window must do with storage now.
#[derive(Debug, Clone, PartialEq)]
pub struct Sync<T> {
    /// Text to write under the key; `None` when storage already holds it.
    pub write: Option<String>,
    /// Text found under the key that cannot be read (damaged, or a newer version's): it is
    /// set aside before anything is written over it.
    pub set_aside: Option<String>,
    /// What is stored once `write` is written: this window shows it.
    pub merged: T,
    text: String,
}

/// A part of the work kept under one key, merged three ways.
pub trait Shared: Clone + PartialEq {
    /// The storage key it is kept under.
    const KEY: &'static str;
    /// Its part of the saved work: each key holds saved work (the quote book's with only its
    /// quotes filled in), so a key reads as the work does.
    fn from_work(work: SavedWork) -> Self;
    fn to_text(&self) -> String;
    /// Nothing kept yet.
    fn empty() -> Self {
        Self::from_work(SavedWork::empty())
    }
    /// The value a stored text holds; `None` when it cannot be read.
    fn read(text: &str) -> Option<Self> {
        stored_work(text).map(Self::from_work)
    }
    /// `mine` laid over `theirs`: what changed from `base` to `mine` wins, the rest is theirs.
    fn merge(base: &Self, mine: &Self, theirs: &Self) -> Self;
    /// What to store in place of `unreadable` text (set aside first): `mine`, with anything
    /// the text must still count for.
    fn salvage(mine: &Self, _unreadable: &str) -> Self {
        mine.clone()
    }
}

impl<T: Shared> Replica<T> {
    /// A window that opened when storage held `stored` under the key. Text that cannot be
    /// read is not a base: the first save finds it again and sets it aside before writing.
    pub fn opened(stored: Option<String>) -> Replica<T> {
        match stored.as_deref().and_then(T::read) {
            Some(base) => Replica {
                base,
                base_text: stored,
            },
            None => Replica {
                base: T::empty(),
                base_text: None,
            },
        }
    }

    /// What to write, and what this window then shows, when its state is `mine` and storage
    /// holds `stored` under the key.
    pub fn prepare(&self, mine: &T, stored: Option<&str>) -> Sync<T> {
        let fresh = |merged: T, set_aside: Option<String>| {
            let text = merged.to_text();
            Sync {
                write: Some(text.clone()),
                set_aside,
                merged,
                text,
            }
        };
        let Some(stored) = stored else {
            return fresh(mine.clone(), None);
        };
        // What this window last read or wrote is still there: nothing new from the others, and
        // this window's state is what to store (in its own order).
        if Some(stored) == self.base_text.as_deref() {
            if *mine == self.base {
                return Sync {
                    write: None,
                    set_aside: None,
                    merged: mine.clone(),
                    text: stored.to_string(),
                };
            }
            return fresh(mine.clone(), None);
        }
        let Some(theirs) = T::read(stored) else {
            return fresh(T::salvage(mine, stored), Some(stored.to_string()));
        };
        let merged = T::merge(&self.base, mine, &theirs);
        // Compared as values, not texts: a text another window wrote that reads as the merged
        // work is not written again (two windows never echo a save back and forth).
        if merged == theirs {
            Sync {
                write: None,
                set_aside: None,
                merged,
                text: stored.to_string(),
            }
        } else {
            let text = merged.to_text();
            Sync {
                write: Some(text.clone()),
                set_aside: None,
                merged,
                text,
            }
        }
    }
}

impl<T: Shared> Sync<T> {
    /// This sync with `value` stored instead of what it merged (issuing a quote adds one to
    /// the book as merged).
    pub fn replaced(self, value: T) -> Sync<T> {
        let text = value.to_text();
        Sync {
            write: Some(text.clone()),
            set_aside: self.set_aside,
            merged: value,
            text,
        }
    }
}

impl<T: Shared> Replica<T> {
    /// `sync` was carried out (its text written, or already there): it is the new base. Not
    /// called when the write failed, so the next save still carries everything this window
    /// changed since storage last took its work.
    pub fn commit(&mut self, sync: &Sync<T>) {
        self.base = sync.merged.clone();
        self.base_text = Some(sync.text.clone());
    }
}

/// The work a stored text holds (empty text is no work yet); `None` when it cannot be read.
fn stored_work(text: &str) -> Option<SavedWork> {
    match import(text, catalog()) {
        Ok(work) => Some(work),
        Err(ImportError::Empty) => Some(SavedWork::empty()),
        Err(_) => None,
    }
}

impl Shared for SavedWork {
    const KEY: &'static str = saved::KEY;

    fn from_work(work: SavedWork) -> Self {
        work
    }

    fn to_text(&self) -> String {
        saved::to_text(self)
    }

    fn merge(base: &Self, mine: &Self, theirs: &Self) -> Self {
        let mut quotes = mine.quotes.clone();
        // The numbering's high-water mark only goes up.
        quotes.never_below(theirs.quotes.next);
        let lang = pick(&base.lang, &mine.lang, &theirs.lang);
        let mut options = merge_options(&base.options, &mine.options, &theirs.options);
        // Two windows each removing a different option can leave none: the app always has
        // one, so this window's are kept (nothing is lost by that).
        if options.is_empty() {
            options = mine.options.clone();
        }
        for (i, option) in options.iter_mut().enumerate() {
            option.name = option_name(i, lang.unwrap_or_default());
        }
        SavedWork {
            options,
            plan: merge_values(&base.plan, &mine.plan, &theirs.plan),
            rate_card: merge_values(&base.rate_card, &mine.rate_card, &theirs.rate_card),
            quotes,
            lang,
            budget: merge_values(&base.budget, &mine.budget, &theirs.budget),
            desk: merge_values(&base.desk, &mine.desk, &theirs.desk),
            plan_option: pick(&base.plan_option, &mine.plan_option, &theirs.plan_option),
            year: merge_year(&base.year, &mine.year, &theirs.year),
            // Field by field; the quotes as one list (two windows editing quotes at once keep
            // this window's list whole rather than a mix of two).
            compare: merge_values(&base.compare, &mine.compare, &theirs.compare),
            ..mine.clone()
        }
    }
}

impl Shared for QuoteBook {
    const KEY: &'static str = saved::QUOTES_KEY;

    fn from_work(work: SavedWork) -> Self {
        work.quotes
    }

    fn to_text(&self) -> String {
        saved::quotes_text(self)
    }

    fn merge(base: &Self, mine: &Self, theirs: &Self) -> Self {
        let number = |q: &Quote| q.number.clone();
        let issued = merge_keyed(
            &base.issued,
            &mine.issued,
            &theirs.issued,
            number,
            |_, m, _| {
                // An issued quote is never edited: both copies are the same quote.
                m.clone()
            },
        );
        let mut status = theirs.status.clone();
        for (n, s) in &mine.status {
            if base.status.get(n) != Some(s) {
                status.insert(n.clone(), *s);
            }
        }
        status.retain(|n, _| issued.iter().any(|q| q.number.as_deref() == Some(n)));
        let mut book = QuoteBook {
            next: mine.next.max(theirs.next),
            issued,
            status,
        };
        book.past_its_own_numbers();
        book
    }

    /// No number found in a damaged book is given again.
    fn salvage(mine: &Self, unreadable: &str) -> Self {
        let mut book = mine.clone();
        book.never_reissue(unreadable);
        book
    }
}

/// The value both sides agree on, else the one that changed from `base`; `mine` when both did.
fn pick<T: Clone + PartialEq>(base: &T, mine: &T, theirs: &T) -> T {
    if mine == base { theirs } else { mine }.clone()
}

/// Each field merged on its own ([`merge_json`]), through the value's own serde form; where the
/// result does not read back as a value (fields that only make sense together), `mine`.
fn merge_values<T: Clone + PartialEq + Serialize + DeserializeOwned>(
    base: &T,
    mine: &T,
    theirs: &T,
) -> T {
    if mine == base {
        return theirs.clone();
    }
    if theirs == base || mine == theirs {
        return mine.clone();
    }
    // Through JSON text rather than `to_value` / `from_value`: each part is already written
    // to and read from text when it is saved, and a second way of (de)serialising every part
    // measured 16 KB gzip of the first visit (BENCHMARKS.md, "Round two of the hostile pass").
    let json = |v: &T| {
        serde_json::to_string(v)
            .ok()
            .and_then(|text| serde_json::from_str::<Value>(&text).ok())
            .unwrap_or(Value::Null)
    };
    let merged = merge_json(Some(&json(base)), Some(&json(mine)), Some(&json(theirs)));
    merged
        .and_then(|v| serde_json::to_string(&v).ok())
        .and_then(|text| serde_json::from_str(&text).ok())
        .unwrap_or_else(|| mine.clone())
}

/// Three-way merge of JSON values: objects key by key, anything else whole. `None` is a key
/// that is absent.
fn merge_json(base: Option<&Value>, mine: Option<&Value>, theirs: Option<&Value>) -> Option<Value> {
    if mine == base {
        return theirs.cloned();
    }
    if theirs == base || mine == theirs {
        return mine.cloned();
    }
    match (base, mine, theirs) {
        (Some(Value::Object(b)), Some(Value::Object(m)), Some(Value::Object(t))) => {
            let mut out = serde_json::Map::new();
            for key in t.keys().chain(m.keys().filter(|k| !t.contains_key(*k))) {
                if let Some(v) = merge_json(b.get(key), m.get(key), t.get(key)) {
                    out.insert(key.clone(), v);
                }
            }
            Some(Value::Object(out))
        }
        _ => mine.cloned(),
    }
}

/// Lists of things with a key of their own, merged by key in the stored order, this window's
/// additions after: `both` merges an item present on both sides; an item removed on one side
/// goes only if the other side still has it as `base` had it.
fn merge_keyed<T: Clone + PartialEq, K: PartialEq>(
    base: &[T],
    mine: &[T],
    theirs: &[T],
    key: impl Fn(&T) -> K,
    both: impl Fn(Option<&T>, &T, &T) -> T,
) -> Vec<T> {
    let find = |list: &[T], k: &K| list.iter().find(|x| key(x) == *k).cloned();
    let mut out = Vec::new();
    for t in theirs {
        let k = key(t);
        match (find(base, &k), find(mine, &k)) {
            (b, Some(m)) => out.push(both(b.as_ref(), &m, t)),
            // Removed here: gone, unless another window changed it since this one saw it.
            (Some(b), None) => {
                if *t != b {
                    out.push(t.clone());
                }
            }
            // Added by another window.
            (None, None) => out.push(t.clone()),
        }
    }
    for m in mine {
        let k = key(m);
        if find(theirs, &k).is_some() {
            continue;
        }
        match find(base, &k) {
            // Added here.
            None => out.push(m.clone()),
            // Removed by another window: kept only if this one changed it since.
            Some(b) => {
                if *m != b {
                    out.push(m.clone());
                }
            }
        }
    }
    out
}

/// The year's courses by id, each merged field by field; the rest of the year field by field;
/// ids never go back. (Two windows adding a course at the same moment give it the same id:
/// this window's is kept, the other's is lost from the merge, as a known limit.)
fn merge_year(base: &Programme, mine: &Programme, theirs: &Programme) -> Programme {
    let without_courses = |y: &Programme| Programme {
        courses: Vec::new(),
        ..y.clone()
    };
    let mut year = merge_values(
        &without_courses(base),
        &without_courses(mine),
        &without_courses(theirs),
    );
    year.courses = merge_keyed(
        &base.courses,
        &mine.courses,
        &theirs.courses,
        |c| c.id,
        |b, m, t| match b {
            Some(b) => merge_values(b, m, t),
            None => m.clone(),
        },
    );
    year.next_id = base.next_id.max(mine.next_id).max(theirs.next_id);
    year
}

/// Options by id; inside one, each value of its scenario on its own. A scenario the model
/// would refuse as merged (values that only work together) is this window's.
fn merge_options(
    base: &[NamedScenario],
    mine: &[NamedScenario],
    theirs: &[NamedScenario],
) -> Vec<NamedScenario> {
    // Names are places in the list (方案 B), not what the user changed: compare scenarios.
    let strip = |list: &[NamedScenario]| -> Vec<NamedScenario> {
        list.iter()
            .map(|o| NamedScenario {
                name: String::new(),
                ..o.clone()
            })
            .collect()
    };
    let (base, mine, theirs) = (strip(base), strip(mine), strip(theirs));
    merge_keyed(
        &base,
        &mine,
        &theirs,
        |o| o.id.clone(),
        |b, m, t| {
            let scenario = match b {
                Some(b) => merge_values(&b.scenario, &m.scenario, &t.scenario),
                None => m.scenario.clone(),
            };
            let scenario = if Costing::new(catalog(), &scenario).is_ok() {
                scenario
            } else {
                m.scenario.clone()
            };
            let worth = match b {
                Some(b) => merge_values(&b.worth, &m.worth, &t.worth),
                None => m.worth.clone(),
            };
            NamedScenario {
                scenario,
                worth,
                ..m.clone()
            }
        },
    )
}
