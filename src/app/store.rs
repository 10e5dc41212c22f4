//! The store in Yew: `store::State` as a `Reducible`, provided to every place through a
//! context, kept in local storage by one effect and in step with the app's other tabs.

use std::rc::Rc;

use yew::prelude::*;

use super::storage::{self, FromOtherTab, SetAside};
use crate::catalog::catalog;
use crate::share::open::LinkIssue;
use crate::store::{Action, Saving, State, saved};

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

#[derive(Properties, PartialEq)]
pub struct StoreProviderProps {
    /// The state the app opens with (saved work, with a link applied).
    pub opening: Rc<State>,
    pub migrated: bool,
    pub hold: bool,
    pub children: Html,
}

/// Holds the store, keeps it in local storage after every change, and takes the changes other
/// tabs of the app save.
#[component]
pub fn StoreProvider(props: &StoreProviderProps) -> Html {
    let store = {
        let opening = props.opening.clone();
        use_reducer(move || (*opening).clone())
    };

    // The other instances of the app in this browser: their saves are taken here.
    let sync = {
        let dispatcher = store.dispatcher();
        use_memo((), move |_| {
            storage::TabSync::open(catalog(), move |saved| {
                dispatcher.dispatch(match saved {
                    FromOtherTab::Work(work) => Action::ReloadWork(*work),
                    FromOtherTab::Quotes(book) => Action::ReloadQuotes(book),
                })
            })
        })
    };

    // Two effects, one per storage key: typing rewrites the work, not the quote book.
    let work = store.work();
    {
        let (dispatcher, failed) = (store.dispatcher(), store.saving != Saving::Kept);
        let (migrated, hold, sync) = (props.migrated, props.hold, sync.clone());
        use_effect_with(work, move |work| {
            if hold {
                return;
            }
            match storage::save(saved::KEY, &saved::to_text(work)) {
                Ok(written) => {
                    if written {
                        sync.announce(saved::KEY);
                    }
                    if migrated {
                        storage::remove_legacy();
                    }
                    if failed {
                        dispatcher.dispatch(Action::Saved);
                    }
                }
                Err(why) => dispatcher.dispatch(Action::SaveFailed(why)),
            }
        });
    }
    {
        let (dispatcher, hold) = (store.dispatcher(), props.hold);
        use_effect_with(store.desk.book.clone(), move |book| {
            if hold {
                return;
            }
            // Announced even when the text was there already: issuing writes the book before
            // it reaches the store (app::quote), and the other tabs must still hear of it.
            match storage::save(saved::QUOTES_KEY, &saved::quotes_text(book)) {
                Ok(_) => sync.announce(saved::QUOTES_KEY),
                Err(why) => dispatcher.dispatch(Action::SaveFailed(why)),
            }
        });
    }

    html! {
        <ContextProvider<Store> context={store}>
            { props.children.clone() }
        </ContextProvider<Store>>
    }
}
