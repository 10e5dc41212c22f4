use std::rc::Rc;

use yew::prelude::*;

use super::components::{header, place_tabs};
use super::pages::Page;
use super::saved;
use super::state::{Action, Place, State};
use super::work_files::WorkFiles;
use crate::model::Catalog;
use crate::share::open::open;

/// The shell every page shares: header, the links to the three places, the page `P` itself,
/// and the work files.
#[component]
pub fn App<P: Page>() -> Html {
    // The data files are compiled in; loading them once is enough.
    let catalog = use_memo((), |_| {
        // Decided when the page is compiled, so a page's bundle holds one catalog.
        let catalog = if P::SHOWS_MODULE_TEXTS {
            Catalog::embedded()
        } else {
            Catalog::embedded_without_module_texts()
        };
        catalog.map(Rc::new)
    });
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
        // A link's language wins, then the one last chosen on any page.
        let lang = opened
            .as_ref()
            .as_ref()
            .and_then(|o| o.lang)
            .or_else(saved::load_lang)
            .unwrap_or_default();
        use_reducer(move || State {
            lang,
            ..State::default()
        })
    };
    let lang = state.lang;

    // Keep <html lang> in step so screen readers and fonts pick the right language, and keep
    // the choice for the next page opened.
    use_effect_with(lang, |lang| {
        if let Some(root) = gloo::utils::document().document_element() {
            let _ = root.set_attribute("lang", lang.html_lang());
        }
        saved::save_lang(*lang);
    });

    // Links to a plan made before the planner had a page of its own point at the estimator:
    // hand them on to the planner with the same parameters.
    let hand_on =
        P::PLACE == Place::Estimate && opened.as_ref().as_ref().is_some_and(|o| o.plan.is_some());
    use_effect_with(hand_on, |&hand_on| {
        if hand_on {
            let location = gloo::utils::window().location();
            let search = location.search().unwrap_or_default();
            let _ = location.replace(&format!(
                "{}{search}",
                Place::Plan.href_from(Place::Estimate)
            ));
        }
    });

    let on_toggle_lang = {
        let state = state.clone();
        Callback::from(move |_| state.dispatch(Action::ToggleLang))
    };
    let on_imported = {
        let state = state.clone();
        Callback::from(move |()| state.dispatch(Action::Imported))
    };
    // Saved work that cannot be read is moved aside once, before any page reads or writes it.
    let unreadable = use_memo((), {
        let catalog = catalog.clone();
        move |_| {
            let Ok(catalog) = &*catalog else {
                return Vec::new();
            };
            let mut found: Vec<_> = saved::recover_options(catalog).into_iter().collect();
            // Only pages with JSON code read the rest of the work (src/app/pages.rs).
            if P::READS_WORK {
                found.extend(saved::recover_work(catalog));
            }
            found
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
        // Nothing of the estimator's: it would save the link's scenario over the options.
        Ok(_) if hand_on => html! {
            <p class="notice" role="status">{ lang.pick("正在打开课程规划……", "Opening the course plan…") }</p>
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
                    { P::body(catalog, lang, link) }
                </div>
                if P::WORK_FILES {
                    <WorkFiles catalog={catalog.clone()} {lang} {on_imported} />
                } else {
                    <p class="work-files-elsewhere no-print" data-testid="work-files-elsewhere">
                        { lang.pick("要把全部工作保存为文件，或从文件打开，请到", "To save all your work as a file, or to open one, go to the ") }
                        <a href={Place::Quote.href_from(P::PLACE)}>{ Place::Quote.title(lang) }</a>
                        { lang.pick("页。", " page.") }
                    </p>
                }
            </>
        },
    };

    html! {
        <div class="app">
            { header(lang, &on_toggle_lang) }
            { place_tabs(P::PLACE, lang) }
            <main id="place" class="place" aria-labelledby={format!("title-{}", P::PLACE.id())}>
                <h2 class="no-print" id={format!("title-{}", P::PLACE.id())}>{ P::PLACE.title(lang) }</h2>
                { body }
            </main>
        </div>
    }
}
