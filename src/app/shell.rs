use std::rc::Rc;

use yew::prelude::*;

use super::components::{Header, PlaceTabs};
use super::estimator::EstimatePage;
use super::planner::PlanPage;
use super::quote::QuotePage;
use super::saved;
use super::state::{Action, Place, State};
use super::work_files::WorkFiles;
use crate::model::{Catalog, Lang};
use crate::share::open::{Opened, open};

/// The app shell: header, the three places, and what each place holds.
#[component]
pub fn App() -> Html {
    // The data files are compiled in; loading them once is enough.
    let catalog = use_memo((), |_| Catalog::embedded().map(Rc::new));
    // A share link's parameters, read once when the page opens.
    let opened = use_memo((), {
        let catalog = catalog.clone();
        move |_| {
            let query = gloo::utils::window()
                .location()
                .search()
                .unwrap_or_default();
            // No parameters: no link to open (saved work, or the default, applies instead).
            if query.trim_start_matches('?').is_empty() {
                return None;
            }
            (*catalog).as_ref().ok().map(|c| open(&query, c))
        }
    });
    let state = {
        let lang = opened
            .as_ref()
            .as_ref()
            .and_then(|o| o.lang)
            .unwrap_or_default();
        use_reducer(move || State {
            lang,
            ..State::default()
        })
    };
    let lang = state.lang;

    // Keep <html lang> in step so screen readers and fonts pick the right language.
    use_effect_with(lang, |lang| {
        if let Some(root) = gloo::utils::document().document_element() {
            let _ = root.set_attribute("lang", lang.html_lang());
        }
    });

    let on_toggle_lang = {
        let state = state.clone();
        Callback::from(move |_| state.dispatch(Action::ToggleLang))
    };
    let on_select = {
        let state = state.clone();
        Callback::from(move |place| state.dispatch(Action::Go(place)))
    };
    let on_imported = {
        let state = state.clone();
        Callback::from(move |()| state.dispatch(Action::Imported))
    };
    // Saved work that cannot be read is moved aside once, before any page reads or writes it.
    let unreadable = use_memo((), {
        let catalog = catalog.clone();
        move |_| {
            (*catalog)
                .as_ref()
                .map(|c| saved::recover(c))
                .unwrap_or_default()
        }
    });
    // A link applies when the app opens; an imported file replaces what it set.
    let link = opened.as_ref().as_ref().filter(|_| state.imports == 0);

    let body = match &*catalog {
        Err(e) => html! {
            <p class="error" role="alert" data-testid="error">
                { lang.pick("内置数据无法读取：", "The built-in data could not be read: ") }
                { e.to_string() }
            </p>
        },
        Ok(catalog) => html! {
            <>
                { for unreadable.iter().map(|found| html! {
                    <p class="error" role="alert" data-testid="error">{ saved::warning(found, lang) }</p>
                }) }
                if let Some(o) = link {
                    { for o.issues.iter().map(|issue| html! {
                        <p class="error" role="alert" data-testid="error">{ issue.message(lang) }</p>
                    }) }
                }
                // Keyed by the imports, so a page opens afresh on imported work.
                <div class="place-body" key={state.imports}>
                    { place_body(state.place, lang, catalog, link) }
                </div>
                <WorkFiles catalog={catalog.clone()} {lang} {on_imported} />
            </>
        },
    };

    html! {
        <div class="app">
            <Header {lang} {on_toggle_lang} />
            <PlaceTabs current={state.place} {lang} {on_select} />
            <main id="place" class="place" role="tabpanel" aria-labelledby={format!("tab-{}", state.place.id())}>
                { body }
            </main>
        </div>
    }
}

fn place_body(place: Place, lang: Lang, catalog: &Rc<Catalog>, link: Option<&Opened>) -> Html {
    let title = html! { <h2 class="no-print">{ place.title(lang) }</h2> };
    let page = match place {
        Place::Estimate => {
            let initial = link.map(|o| o.scenario.clone());
            html! { <EstimatePage catalog={catalog.clone()} {lang} {initial} /> }
        }
        Place::Plan => {
            let initial = link.and_then(|o| o.plan.clone());
            html! { <PlanPage catalog={catalog.clone()} {lang} {initial} /> }
        }
        Place::Quote => html! { <QuotePage catalog={catalog.clone()} {lang} /> },
    };
    html! { <>{ title }{ page }</> }
}
