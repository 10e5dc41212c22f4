//! The app: the router, the store, and the shell every place shares (header, tabs, messages,
//! work files). The shape of yew's `function_router` example: a `Routable` enum
//! ([`Route`]), `BrowserRouter`, `Switch`.

use model::i18n;
use std::rc::Rc;

use yew::prelude::*;
use yew_router::history::{AnyHistory, History, MemoryHistory};
use yew_router::prelude::*;

use super::clock::today;
use super::components::{PlaceTabs, header};
use super::estimator::EstimatePage;
use super::later::{self, Place};
use super::not_found::NotFound;
use super::route::Route;
use super::storage;
use super::store::{Startup, StoreProvider, dispatch_with, use_store};
use super::work_files::{WorkFiles, export_work};
use crate::catalog::try_catalog;
use crate::link::open::open;
use crate::persist::stored;
use crate::store::{Action, LinkPlace, SaveProblem, Saving, State};
use model::calendar::Day;
use model::{Catalog, Lang};

/// A tag for the ids of the options this window adds: random, so two windows adding an option
/// at the same moment give different ids (eight base-36 digits: one chance in 2.8 × 10¹² that
/// two windows draw the same).
fn window_tag() -> String {
    let mut n = (js_sys::Math::random() * 36f64.powi(8)) as u64;
    let mut tag = String::new();
    for _ in 0..8 {
        tag.push(char::from_digit((n % 36) as u32, 36).unwrap_or('0'));
        n /= 36;
    }
    tag
}

/// The whole app: mount this.
#[component]
pub fn App() -> Html {
    html! {
        <BrowserRouter>
            <Root visit={Visit::Browser} />
        </BrowserRouter>
    }
}

/// How the app opens: the one switch between the browser and prerendering.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Visit {
    /// In the browser: the work it keeps, the address's link, its clock.
    Browser,
    /// Prerendered at build time (natively, no browser): a first visit on this day.
    FirstOn(Day),
}

#[derive(Properties, PartialEq)]
pub struct ServerAppProps {
    /// The place's path (`/`, `/plan`, `/quote`).
    pub path: AttrValue,
    /// The day the pages are built for (the commit's, so the same commit gives the same pages).
    pub today: Day,
}

/// The place at `path` as a first visit sees it: what the build prerenders (yew's server
/// renderer, a memory router as in yew's `function_router` example).
#[component]
pub fn ServerApp(props: &ServerAppProps) -> Html {
    let history = AnyHistory::from(MemoryHistory::new());
    history.push(&*props.path);
    html! {
        <Router history={history}>
            <Root visit={Visit::FirstOn(props.today)} />
        </Router>
    }
}

/// What the app opens with: the saved work, with the share link it was opened with applied.
struct Opening {
    state: Rc<State>,
    startup: Rc<Startup>,
    /// What storage held under the work's and the quote book's keys.
    stored: (Option<String>, Option<String>),
    migrated: bool,
    hold: bool,
    /// Where a share link goes, once it has been read (its parameters are then dropped from
    /// the address, so a reload does not open it again).
    link_goes_to: Option<Route>,
}

fn opening(catalog: &Catalog, visit: Visit) -> Result<Opening, String> {
    let Visit::FirstOn(today) = visit else {
        return from_browser(catalog);
    };
    Ok(Opening {
        state: Rc::new(State::first_visit(today).map_err(|e| e.message(Lang::Zh))?),
        startup: Rc::default(),
        stored: (None, None),
        migrated: false,
        hold: false,
        link_goes_to: None,
    })
}

/// What the browser keeps, with the address's link applied.
fn from_browser(catalog: &Catalog) -> Result<Opening, String> {
    let start = storage::open(catalog);
    let mut state = State::open(start.work, today())
        .map_err(|e| e.message(Lang::Zh))?
        .in_window(&window_tag());
    if start.hold {
        state.saving = Saving::Failed(SaveProblem::WouldOverwrite);
    }
    let mut startup = Startup {
        set_aside: start.set_aside,
        link_issues: Vec::new(),
    };
    let query = gloo::utils::window()
        .location()
        .search()
        .unwrap_or_default();
    let mut link_goes_to = None;
    let has_params = !query.trim_start_matches('?').is_empty();
    if has_params {
        let opened = open(&query, catalog);
        startup.link_issues = opened.issues.clone();
        // A link that only sets the language opens no option.
        let only_lang = form_urlencoded::parse(query.trim_start_matches('?').as_bytes())
            .all(|(name, _)| name == "lang");
        link_goes_to = state.open_link(opened, only_lang).map(|place| match place {
            LinkPlace::Estimate => Route::Estimate,
            LinkPlace::Plan => Route::Plan,
        });
    }
    Ok(Opening {
        state: Rc::new(state),
        startup: Rc::new(startup),
        stored: (start.work_text, start.quotes_text),
        migrated: start.migrated,
        hold: start.hold,
        link_goes_to,
    })
}

#[derive(Properties, PartialEq)]
struct RootProps {
    visit: Visit,
}

#[component]
fn Root(props: &RootProps) -> Html {
    let opened = use_memo(props.visit, |&visit| {
        try_catalog()
            .map_err(ToString::to_string)
            .and_then(|catalog| opening(catalog, visit))
    });
    // Once the app's first view is in the page, a prerendered one gives way to it.
    use_effect_with((), |()| super::browser::remove_prerendered());
    match &*opened {
        Err(e) => html! {
            <p class="error" role="alert" data-testid="error">
                { "内置数据无法读取 · The built-in data could not be read: " }{ e }
            </p>
        },
        Ok(o) => html! {
            <StoreProvider opening={o.state.clone()} stored={o.stored.clone()} migrated={o.migrated} hold={o.hold}>
                <ContextProvider<Rc<Startup>> context={o.startup.clone()}>
                    <Shell link_goes_to={o.link_goes_to} />
                </ContextProvider<Rc<Startup>>>
            </StoreProvider>
        },
    }
}

fn switch(route: Route) -> Html {
    match route {
        Route::Estimate | Route::Index => html! { <EstimatePage /> },
        Route::Plan => later::show(Place::Plan),
        Route::Quote => later::show(Place::Quote),
        Route::Year => later::show(Place::Year),
        Route::Compare => later::show(Place::Compare),
        Route::NotFound => html! { <NotFound /> },
    }
}

#[derive(Properties, PartialEq)]
struct ShellProps {
    link_goes_to: Option<Route>,
}

#[component]
fn Shell(props: &ShellProps) -> Html {
    let store = use_store();
    let startup = use_context::<Rc<Startup>>().unwrap_or_default();
    let route = use_route::<Route>().unwrap_or(Route::Estimate);
    let navigator = use_navigator();
    let lang = store.lang;

    // A link's place, without its parameters: they were read once, and a reload must not add
    // its option again.
    use_effect_with(props.link_goes_to, move |to| {
        if let (Some(to), Some(navigator)) = (to, navigator) {
            navigator.replace(to);
        }
    });
    // Keep <html lang> in step so screen readers and fonts pick the right language, and the
    // page's title with the place shown (a prerendered page starts with its own place's).
    use_effect_with(lang, |lang| {
        if let Some(root) = gloo::utils::document().document_element() {
            let _ = root.set_attribute("lang", lang.html_lang());
        }
    });
    use_effect_with((route, lang), |(route, lang)| {
        gloo::utils::document().set_title(route.page_title(*lang));
    });

    // Ask the browser, once a window opens, to keep the work; if it will not promise to, the
    // page says so on this visit only (the note is remembered as shown when it appears).
    {
        let store = store.clone();
        use_effect_with((), move |()| {
            yew::platform::spawn_local(async move {
                if let Some(promised) = storage::ask_to_keep().await {
                    store.dispatch(Action::StorageAnswer {
                        promised,
                        noted_before: storage::keep_note_shown(),
                    });
                }
            });
        });
    }
    use_effect_with(store.keep_note, |&shown| {
        if shown {
            storage::remember_keep_note();
        }
    });

    let on_toggle_lang = dispatch_with(&store, |()| Action::ToggleLang);
    let on_dismiss_keep_note = dispatch_with(&store, |_| Action::DismissKeepNote);
    let export_error = use_state(|| None::<String>);
    let on_export = {
        let (store, export_error) = (store.clone(), export_error.clone());
        Callback::from(move |_| export_error.set(export_work(&store.saved(), store.lang).err()))
    };
    let title_id = format!("title-{}", route.id());

    html! {
        <div class="app">
            { header(lang, &on_toggle_lang) }
            <PlaceTabs current={route} {lang} />
            if let Saving::Failed(problem) = store.saving {
                <div class="error save-failed no-print" role="alert" data-testid="save-failed">
                    <p>{ lang.fill(i18n::shell::THIS_BROWSER_IS_NOT_KEEPING_YOUR, &[("problem", &problem.message(lang))]) }</p>
                    <button type="button" data-testid="save-failed-export" onclick={on_export.clone()}>
                        { lang.t(i18n::shell::EXPORT_MY_WORK_JSON) }
                    </button>
                    if let Some(e) = &*export_error {
                        <p data-testid="error">{ e }</p>
                    }
                </div>
            }
            if store.keep_note {
                <div class="notice keep-note no-print" role="status" data-testid="keep-note">
                    <p>{ lang.t(i18n::shell::THIS_BROWSER_HAS_NOT_PROMISED) }</p>
                    <button type="button" data-testid="keep-note-export" onclick={on_export}>
                        { lang.t(i18n::shell::EXPORT_MY_WORK_JSON) }
                    </button>
                    <button type="button" data-testid="keep-note-dismiss" onclick={on_dismiss_keep_note}>
                        { lang.t(i18n::shell::GOT_IT) }
                    </button>
                    if let Some(e) = &*export_error {
                        <p data-testid="error">{ e }</p>
                    }
                </div>
            }
            { for startup.set_aside.iter().map(|s| html! {
                <p class="error" role="alert" data-testid="error">{ stored::warning(&s.why, s.kept.as_deref(), lang) }</p>
            }) }
            { for crate::link::open::messages(&startup.link_issues, lang).into_iter().map(|message| html! {
                <p class="error" role="alert" data-testid="error">{ message }</p>
            }) }
            <main id="place" class="place" aria-labelledby={title_id.clone()} data-testid={format!("place-{}", route.id())}>
                <h2 class="no-print" id={title_id}>{ route.title(lang) }</h2>
                <Switch<Route> render={switch} />
            </main>
            <WorkFiles />
        </div>
    }
}
