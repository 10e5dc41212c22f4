use std::rc::Rc;

use yew::prelude::*;

use super::components::{Header, MarketBandList, PlaceTabs};
use super::estimator::EstimatePage;
use super::planner::PlanPage;
use super::state::{Action, Place, State};
use crate::model::cost::Scenario;
use crate::model::{Catalog, Lang};
use crate::share::open::open;

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

    let body = match &*catalog {
        Err(e) => html! {
            <p class="error" role="alert" data-testid="error">
                { lang.pick("内置数据无法读取：", "The built-in data could not be read: ") }
                { e.to_string() }
            </p>
        },
        Ok(catalog) => html! {
            <>
                if let Some(o) = opened.as_ref() {
                    { for o.issues.iter().map(|issue| html! {
                        <p class="error" role="alert" data-testid="error">{ issue.message(lang) }</p>
                    }) }
                }
                { place_body(state.place, lang, catalog, opened.as_ref().as_ref().map(|o| o.scenario.clone())) }
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

fn place_body(place: Place, lang: Lang, catalog: &Rc<Catalog>, initial: Option<Scenario>) -> Html {
    match place {
        Place::Estimate => {
            return html! {
                <>
                    <h2>{ place.title(lang) }</h2>
                    <EstimatePage catalog={catalog.clone()} {lang} {initial} />
                </>
            };
        }
        Place::Plan => {
            return html! {
                <>
                    <h2 class="no-print">{ place.title(lang) }</h2>
                    <PlanPage catalog={catalog.clone()} {lang} />
                </>
            };
        }
        Place::Quote => {}
    }
    let intro = match place {
        Place::Plan => lang.pick(
            "从十个课程模块中挑选适合学员和课时的内容，生成逐日议程，并查看这份计划的费用。",
            "Pick from the ten curriculum modules to fit your people and your time, get a day-by-day agenda, and see what the plan costs.",
        ),
        Place::Estimate => lang.pick(
            "按人数、城市、授课方式、讲师级别、内容深度和课时估算培训费用，给出区间而非单一数字，并与市场价格对照。",
            "Estimate a course from headcount, city, delivery mode, trainer tier, depth and hours: a range rather than one number, held against market prices.",
        ),
        Place::Quote => lang.pick(
            "用自己的费率表出具带编号的报价单，或为上级准备一页预算摘要，可打印、可导出。",
            "Build a numbered quote from your own rate card, or a one-page budget summary for your manager: printable and exportable.",
        ),
    };
    html! {
        <section>
            <h2>{ place.title(lang) }</h2>
            <p class="intro">{ intro }</p>
            <MarketBandList bands={catalog.market_bands.band.clone()} {lang} />
        </section>
    }
}
