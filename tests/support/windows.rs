//! One browser's storage and the app's windows on it, natively: each window opens as the app
//! opens (`app::storage::open`, `app::shell`), keeps its work and its quote book as the app's
//! save effects do (`State::keep_work`, `State::keep_quotes`, carried out as `app::store` carries
//! them out), hears another window's save as the app's listener does, and issues a quote through
//! the same transaction (`State::issue`). Only the moving of texts is written here.

#![allow(dead_code)]

use model::quote::QuoteBook;
use training_planner::catalog::catalog;
use training_planner::persist::stored::{Found, open};
use training_planner::persist::work_file::SavedWork;
use training_planner::store::sync::{Replica, Shared, Sync};
use training_planner::store::{Action, Keep, State};

/// What one browser keeps for the app.
#[derive(Debug, Default, Clone)]
pub struct Storage {
    pub work: Option<String>,
    pub quotes: Option<String>,
    /// Texts set aside as unreadable.
    pub aside: Vec<String>,
    /// Writes refused (a full storage): every save fails while this is set.
    pub full: bool,
}

/// One window of the app.
#[derive(Debug, Clone)]
pub struct Window {
    pub state: State,
    work: Replica<SavedWork>,
    quotes: Replica<QuoteBook>,
}

impl Storage {
    /// A window opening on what is stored, its new options' ids tagged `tag`. `base` is the
    /// state a window opens as on nothing saved (pricing the default option once per test, not
    /// once per window, keeps property tests fast); the stored work is laid over it as the app
    /// takes another window's save.
    pub fn open(&mut self, tag: &str, base: &State) -> Window {
        let found = Found {
            current: self.work.clone(),
            current_quotes: self.quotes.clone(),
            set_aside: self.aside.clone(),
            ..Found::default()
        };
        let mut opened = open(&found, catalog());
        // A full storage cannot take the text set aside: it stays where it is (the app then
        // saves nothing over it until a later save can set it aside).
        for u in opened.unreadable.iter().filter(|_| !self.full) {
            self.aside.push(u.raw.clone());
            match u.key {
                training_planner::persist::stored::QUOTES_KEY => self.quotes = None,
                _ => self.work = None,
            }
        }
        let mut state = base.clone().in_window(tag);
        let book = std::mem::take(&mut opened.work.quotes);
        state.reduce(Action::ReloadWork(opened.work));
        state.reduce(Action::ReloadQuotes(book));
        Window {
            state,
            work: Replica::opened(self.work.clone()),
            quotes: Replica::opened(self.quotes.clone()),
        }
    }

    /// Sets aside and writes as `sync` says; false when storage refuses.
    fn write<T: Shared>(&mut self, sync: &Sync<T>) -> bool {
        if self.full && sync.write.is_some() {
            return false;
        }
        if let Some(raw) = &sync.set_aside {
            self.aside.push(raw.clone());
        }
        if let Some(text) = &sync.write {
            match T::KEY {
                training_planner::persist::stored::KEY => self.work = Some(text.clone()),
                _ => self.quotes = Some(text.clone()),
            }
        }
        true
    }

    /// Carries out a keep as `app::store::Keeper` does. Whether anything was written.
    fn carry_out<T: Shared>(
        &mut self,
        state: &mut State,
        replica: &mut Replica<T>,
        keep: Keep<T>,
    ) -> bool {
        if !self.write(&keep.sync) {
            state.reduce(Action::SaveFailed(
                training_planner::store::SaveProblem::Full,
            ));
            return false;
        }
        replica.commit(&keep.sync);
        for action in keep.then {
            state.reduce(action);
        }
        keep.sync.write.is_some()
    }

    /// The window's work-saving effect (after a change, or on hearing another window saved).
    /// Whether it wrote.
    pub fn keep_work(&mut self, w: &mut Window) -> bool {
        let keep = w.state.keep_work(&w.work, self.work.as_deref());
        self.carry_out(&mut w.state, &mut w.work, keep)
    }

    /// The window's quote-book-saving effect.
    pub fn keep_quotes(&mut self, w: &mut Window) -> bool {
        let keep = w.state.keep_quotes(&w.quotes, self.quotes.as_deref());
        self.carry_out(&mut w.state, &mut w.quotes, keep)
    }

    /// Both save effects, as they run after any change in the window.
    pub fn settle(&mut self, w: &mut Window) {
        self.keep_work(w);
        self.keep_quotes(w);
    }

    /// The issue button (`app::store::Keeper::issue`): the number given, if one was.
    pub fn issue(&mut self, w: &mut Window) -> Option<String> {
        let Some(issuing) = w
            .state
            .issue(&w.quotes, self.quotes.as_deref(), self.work.as_deref())
        else {
            w.state.reduce(Action::Quote(
                training_planner::store::quote_desk::QuoteAction::Issue,
            ));
            return None;
        };
        if !self.write(&issuing.sync) {
            w.state.reduce(Action::SaveFailed(
                training_planner::store::SaveProblem::Full,
            ));
            return None;
        }
        w.quotes.commit(&issuing.sync);
        for action in issuing.actions {
            w.state.reduce(action);
        }
        w.state.desk.showing.clone()
    }

    /// What the stored work holds, read as the app reads it.
    pub fn stored_work(&self) -> SavedWork {
        self.work
            .as_deref()
            .and_then(SavedWork::read)
            .unwrap_or_else(SavedWork::empty)
    }

    pub fn stored_book(&self) -> QuoteBook {
        self.quotes
            .as_deref()
            .and_then(QuoteBook::read)
            .unwrap_or_default()
    }
}
