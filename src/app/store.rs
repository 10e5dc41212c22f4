//! The store in Yew: `store::State` as a `Reducible`, provided to every place through a
//! context, kept in local storage by one effect per key and in step with the app's other
//! windows (`store::sync` merges; this only reads, writes and listens).

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use super::storage::{self, SetAside, TabSync};
use crate::link::open::LinkIssue;
use crate::persist::stored;
use crate::persist::work_file::SavedWork;
use crate::store::quote_desk::QuoteAction;
use crate::store::sync::{Replica, Shared, Sync};
use crate::store::{Action, SaveProblem, State};
use model::Lang;
use model::quote::QuoteBook;

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        State::reduce(&mut next, action);
        // Returning the same Rc when nothing changed spares a re-render.
        if next == *self { self } else { Rc::new(next) }
    }
}

/// The store as every component reaches it: read it, and `dispatch` an [`Action`].
pub type Store = UseReducerHandle<State>;

/// A callback that dispatches the action `make` builds from what a control gives: the one way a
/// component turns an event into a store action, as yew's `function_todomvc` does.
/// `on_change={dispatch_with(&store, |i| Action::Estimate(EstimateAction::Show(i)))}`
pub fn dispatch_with<T: 'static>(
    store: &Store,
    make: impl Fn(T) -> Action + 'static,
) -> Callback<T> {
    let store = store.clone();
    Callback::from(move |value: T| store.dispatch(make(value)))
}

/// What happened when the app started, shown until the page is reloaded: saved text set aside,
/// and what a share link held that could not be used.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Startup {
    pub set_aside: Vec<SetAside>,
    pub link_issues: Vec<LinkIssue>,
}

/// The store, from any component under [`StoreProvider`].
#[hook]
pub fn use_store() -> Store {
    use_context::<Store>().expect("every place is rendered inside StoreProvider")
}

/// What a place's page starts from: the store, the language shown, and the callback that sends
/// the place's own actions (`on_action.reform(…)` makes one for a control), as in
/// `let (store, lang, on_action) = use_page(Action::Year);`.
#[hook]
pub fn use_page<A: 'static>(wrap: fn(A) -> Action) -> (Store, Lang, Callback<A>) {
    let store = use_store();
    let on_action = dispatch_with(&store, wrap);
    (store.clone(), store.lang, on_action)
}

/// What this window knows of storage: a replica of each key (`store::sync`), to merge its
/// saves with other windows'.
pub struct Keeper {
    work: RefCell<Replica<SavedWork>>,
    quotes: RefCell<Replica<QuoteBook>>,
    sync: TabSync,
}

impl Keeper {
    /// Issue the quote drafted on the desk: number it from the quote book as stored now, write
    /// the book, then show it (`State::issue`). A refused write is shown, and nothing is
    /// numbered; asking again tries again.
    pub fn issue(&self, store: &Store) {
        let stored = storage::read(stored::QUOTES_KEY);
        let stored_work = storage::read(stored::KEY);
        let replica = self.quotes.borrow().clone();
        let Some(issuing) = store.issue(&replica, stored.as_deref(), stored_work.as_deref()) else {
            store.dispatch(Action::Quote(QuoteAction::Issue));
            return;
        };
        if self.carry_out(store, &self.quotes, &issuing.sync) {
            issuing.actions.into_iter().for_each(|a| store.dispatch(a));
        }
    }

    /// Sets aside unreadable text and writes what `sync` says, then makes it the replica's
    /// base and tells the other windows; a refusal is shown instead. Whether it was kept.
    fn carry_out<T: Shared>(
        &self,
        store: &Store,
        replica: &RefCell<Replica<T>>,
        sync: &Sync<T>,
    ) -> bool {
        if let Err(why) = write(sync) {
            store.dispatch(Action::SaveFailed(why));
            return false;
        }
        replica.borrow_mut().commit(sync);
        if sync.write.is_some() {
            self.sync.announce(T::KEY);
        }
        true
    }
}

/// One keeper per app: the same keeper is equal to itself only.
impl PartialEq for Keeper {
    fn eq(&self, other: &Keeper) -> bool {
        std::ptr::eq(self, other)
    }
}

/// Sets aside unreadable text, then writes.
fn write<T: Shared>(sync: &Sync<T>) -> Result<(), SaveProblem> {
    if let Some(raw) = &sync.set_aside
        && storage::set_aside(raw).is_none()
    {
        return Err(SaveProblem::WouldOverwrite);
    }
    if let Some(text) = &sync.write {
        storage::save(T::KEY, text)?;
    }
    Ok(())
}

/// The keeper, from any component under [`StoreProvider`].
#[hook]
pub fn use_keeper() -> Rc<Keeper> {
    use_context::<Rc<Keeper>>().expect("every place is rendered inside StoreProvider")
}

/// How many saves of each key this window has heard of from the others: each one makes it
/// merge that key again.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
struct Heard {
    work: u32,
    quotes: u32,
}

impl Reducible for Heard {
    type Action = &'static str;

    fn reduce(self: Rc<Self>, key: &'static str) -> Rc<Self> {
        let mut next = *self;
        match key {
            stored::KEY => next.work += 1,
            _ => next.quotes += 1,
        }
        Rc::new(next)
    }
}

#[derive(Properties, PartialEq)]
pub struct StoreProviderProps {
    /// The state the app opens with (saved work, with a link applied).
    pub opening: Rc<State>,
    /// What storage held under the work's and the quote book's keys when the app opened.
    pub stored: (Option<String>, Option<String>),
    pub migrated: bool,
    pub hold: bool,
    pub children: Html,
}

/// Holds the store, keeps it in local storage after every change, merged with what the app's
/// other windows keep there, and takes what they save.
#[component]
pub fn StoreProvider(props: &StoreProviderProps) -> Html {
    let store = {
        let opening = props.opening.clone();
        use_reducer(move || (*opening).clone())
    };
    let heard = use_reducer(Heard::default);
    let keeper = {
        let (stored, heard) = (props.stored.clone(), heard.dispatcher());
        use_memo((), move |_| {
            let (work_text, quotes_text) = stored;
            Keeper {
                work: RefCell::new(Replica::opened(work_text)),
                quotes: RefCell::new(Replica::opened(quotes_text)),
                sync: TabSync::open(move |key| match key {
                    stored::KEY => heard.dispatch(stored::KEY),
                    stored::QUOTES_KEY => heard.dispatch(stored::QUOTES_KEY),
                    _ => {}
                }),
            }
        })
    };

    // One effect per key: typing rewrites the work, not the quote book. Each runs when this
    // window's part changes or another window saved that key.
    {
        let (store_, keeper) = (store.clone(), keeper.clone());
        let (migrated, hold) = (props.migrated, props.hold);
        use_effect_with((store.work(), heard.work), move |_| {
            if hold {
                return;
            }
            let stored = storage::read(stored::KEY);
            let keep = store_.keep_work(&keeper.work.borrow(), stored.as_deref());
            if keeper.carry_out(&store_, &keeper.work, &keep.sync) {
                if migrated {
                    storage::remove_legacy();
                }
                keep.then.into_iter().for_each(|a| store_.dispatch(a));
            }
        });
    }
    {
        let (store_, keeper, hold) = (store.clone(), keeper.clone(), props.hold);
        use_effect_with((store.desk.book.clone(), heard.quotes), move |_| {
            if hold {
                return;
            }
            let stored = storage::read(stored::QUOTES_KEY);
            let keep = store_.keep_quotes(&keeper.quotes.borrow(), stored.as_deref());
            if keeper.carry_out(&store_, &keeper.quotes, &keep.sync) {
                keep.then.into_iter().for_each(|a| store_.dispatch(a));
            }
        });
    }

    html! {
        <ContextProvider<Store> context={store}>
            <ContextProvider<Rc<Keeper>> context={keeper}>
                { props.children.clone() }
            </ContextProvider<Rc<Keeper>>>
        </ContextProvider<Store>>
    }
}
