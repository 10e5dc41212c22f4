//! Issue 16: no two quotes ever get the same number, and no issued quote is lost, whatever the
//! tabs, reloads, imports, damaged saves set aside and deletes. A property test over random sequences of what users
//! do, with the browser's storage modelled as the app uses it (`app::storage`, `app::quote`):
//! each tab numbers from the book storage holds, keeps the book before the number is shown,
//! and tells the other tabs, which take it.

use proptest::prelude::*;
use training_planner::catalog::catalog;
use training_planner::share::file::SavedWork;
use training_planner::store::quote_desk::QuoteAction;
use training_planner::store::saved::{Found, open, quotes_text, to_text};
use training_planner::store::{Action, State};

#[derive(Debug, Clone)]
enum Step {
    Issue(usize),
    Delete(usize, usize),
    Reload(usize),
    /// The stored quote book is damaged (cut at this fraction of its length) and the tab
    /// reopens: the app sets the text aside.
    Damage(usize, f64),
    /// Tab `.0` imports a work file exported by tab `.1`.
    Import(usize, usize),
}

const TABS: usize = 3;

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        4 => (0..TABS).prop_map(Step::Issue),
        1 => (0..TABS, 0..8usize).prop_map(|(t, k)| Step::Delete(t, k)),
        1 => (0..TABS).prop_map(Step::Reload),
        1 => (0..TABS, 0.0..1.0f64).prop_map(|(t, f)| Step::Damage(t, f)),
        1 => (0..TABS, 0..TABS).prop_map(|(a, b)| Step::Import(a, b)),
    ]
}

/// What one browser holds: the two storage keys and the texts set aside.
#[derive(Default)]
struct Storage {
    work: Option<String>,
    quotes: Option<String>,
    aside: Vec<String>,
}

impl Storage {
    /// A tab opening, as `app::storage::open` does: unreadable text is set aside.
    fn open_tab(&mut self) -> State {
        let found = Found {
            current: self.work.clone(),
            current_quotes: self.quotes.clone(),
            set_aside: self.aside.clone(),
            ..Found::default()
        };
        let mut opened = open(&found, catalog());
        for u in &opened.unreadable {
            self.aside.push(u.raw.clone());
        }
        if !opened.unreadable.is_empty() {
            self.quotes = None;
        }
        // What `State::open` gives for this work, without pricing the default option again for
        // every tab of every case (the same scenario each time; pricing it is the slow part).
        let mut state = OPENED.with(Clone::clone);
        let book = std::mem::take(&mut opened.work.quotes);
        state.reduce(Action::ReloadWork(opened.work));
        state.reduce(Action::ReloadQuotes(book));
        state
    }

    fn keep(&mut self, state: &State) {
        self.work = Some(to_text(&state.work()));
        self.quotes = Some(quotes_text(&state.desk.book));
    }

    fn stored_book(&self) -> Option<model::quote::QuoteBook> {
        let text = self.quotes.as_ref()?;
        match training_planner::share::file::import(text, catalog()) {
            Ok(work) => Some(work.quotes),
            Err(training_planner::share::file::ImportError::Empty) => Some(Default::default()),
            Err(_) => None,
        }
    }
}

thread_local! {
    /// A tab opened on nothing saved, with a client typed in.
    static OPENED: State = {
        let mut state = State::open(SavedWork::empty(), day()).unwrap();
        state.reduce(Action::Quote(QuoteAction::Client("客户".into())));
        state
    };
}

fn day() -> model::quote::Day {
    model::quote::Day::from_ymd(2026, 11, 30).unwrap()
}

/// The other tabs hear of a save (the work's, then the book's, in the order the app saves
/// them) and take it; a tab whose book changed writes it back, as its save effect does.
fn broadcast(tabs: &mut [State], from: usize, storage: &mut Storage) {
    let work = tabs[from].work();
    for i in (0..tabs.len()).filter(|&i| i != from) {
        let before = tabs[i].desk.book.clone();
        tabs[i].reduce(Action::ReloadWork(work.clone()));
        if tabs[i].desk.book != before {
            storage.quotes = Some(quotes_text(&tabs[i].desk.book));
        }
        if let Some(book) = storage.stored_book() {
            let before = tabs[i].desk.book.clone();
            tabs[i].reduce(Action::ReloadQuotes(book));
            if tabs[i].desk.book != before {
                storage.quotes = Some(quotes_text(&tabs[i].desk.book));
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn no_number_is_ever_given_twice(steps in prop::collection::vec(step(), 1..40)) {
        let mut storage = Storage::default();
        let mut tabs: Vec<State> = (0..TABS).map(|_| storage.open_tab()).collect();
        let mut given: Vec<String> = Vec::new();
        let mut deleted: Vec<String> = Vec::new();
        let mut destroyed: Vec<String> = Vec::new();
        for step in steps {
            match step {
                Step::Issue(t) => {
                    // app::quote's issue button: number from the stored book, keep, then show.
                    if let Some(book) = storage.stored_book() {
                        tabs[t].reduce(Action::ReloadQuotes(book));
                    }
                    let before = tabs[t].desk.book.issued.len();
                    tabs[t].reduce(Action::Quote(QuoteAction::Issue));
                    if tabs[t].desk.book.issued.len() > before {
                        let number = tabs[t].desk.book.issued.last().unwrap().number.clone().unwrap();
                        prop_assert!(!given.contains(&number), "{} given twice", number);
                        given.push(number);
                    }
                    storage.keep(&tabs[t]);
                    broadcast(&mut tabs, t, &mut storage);
                }
                Step::Delete(t, k) => {
                    if let Some(number) = tabs[t].desk.book.issued.get(k).and_then(|q| q.number.clone()) {
                        deleted.push(number.clone());
                        tabs[t].reduce(Action::Quote(QuoteAction::Remove(number)));
                        storage.keep(&tabs[t]);
                        broadcast(&mut tabs, t, &mut storage);
                    }
                }
                Step::Reload(t) => tabs[t] = storage.open_tab(),
                Step::Damage(t, fraction) => {
                    if let Some(text) = storage.quotes.clone() {
                        let mut cut = (text.len() as f64 * fraction) as usize;
                        while !text.is_char_boundary(cut) {
                            cut -= 1;
                        }
                        // What the damage itself cut away is gone; the app must keep the rest.
                        let kept = &text[..cut];
                        destroyed.extend(given.iter().filter(|n| !kept.contains(n.as_str())).cloned());
                        storage.quotes = Some(kept.to_string());
                        tabs[t] = storage.open_tab();
                        storage.keep(&tabs[t]);
                        broadcast(&mut tabs, t, &mut storage);
                    }
                }
                Step::Import(into, from) => {
                    let file: SavedWork = tabs[from].saved();
                    tabs[into].reduce(Action::Import(file));
                    storage.keep(&tabs[into]);
                    broadcast(&mut tabs, into, &mut storage);
                }
            }
        }
        // Nothing issued is lost: every quote not deleted is in the stored book, or in a text
        // set aside (damaged saves are kept, never dropped).
        let stored = storage.stored_book().unwrap_or_default();
        for number in given.iter().filter(|n| !deleted.contains(n) && !destroyed.contains(n)) {
            let kept = stored.find(number).is_some()
                || storage.aside.iter().any(|text| text.contains(number.as_str()));
            prop_assert!(kept, "{} was lost", number);
        }
    }
}
