//! The estimator page (成本估算): a scenario's inputs, its live estimate and charts, and the
//! options side by side. Its state is the store's `estimator` part.

mod charts;
mod compare;
mod form;
mod results;
pub(crate) mod worth;
pub use results::LineTable;

use model::i18n;
use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use yew::prelude::*;

use crate::app::components::{QrCode, focus_by_id, focus_lost, market_bands, save_file};
use crate::app::later::{self, NotLoaded, Part, Place};
use crate::app::route::Route;
use crate::app::store::{Store, use_page};
use crate::catalog::catalog;
use crate::export::csv;
use crate::link::open::estimate_link;
use crate::persist::work_file::option_name;
use crate::store::Action;
use crate::store::estimator::{EstimateAction, OptionState, analyse};
use crate::store::year::YearAction;
use charts::EstimateCharts;
use compare::{Compare, PANEL_ID, tab_id};
use form::ScenarioForm;
use model::Lang;
use model::cost::Scenario;
use results::Summary;
use worth::WorthPanel;
use yew_router::prelude::Link;

/// Why nothing is exported from these options: the first with an input in error, whose figures
/// are not those of what is typed.
fn held<'a>(
    mut options: impl Iterator<Item = (usize, &'a OptionState)>,
    lang: Lang,
) -> Option<String> {
    options.find_map(|(i, o)| o.held(&option_name(i, lang), lang))
}

/// Work that waits until the frame now being prepared has been painted: a timer set from the
/// animation frame's callback runs after that frame. Dropping it before then cancels it (the
/// callbacks still run, and find nothing to do: plain browser calls rather than gloo's
/// cancellable handles keep the first visit's download smaller).
struct AfterFrame(Rc<Cell<bool>>);

impl Drop for AfterFrame {
    fn drop(&mut self) {
        self.0.set(false);
    }
}

fn after_next_frame(work: impl FnOnce() + 'static) -> AfterFrame {
    let wanted = Rc::new(Cell::new(true));
    let still = wanted.clone();
    let timer = Closure::once_into_js(move || {
        if still.get() {
            work();
        }
    });
    let frame = Closure::once_into_js(move || {
        let _ = gloo::utils::window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(timer.unchecked_ref(), 0);
    });
    let _ = gloo::utils::window().request_animation_frame(frame.unchecked_ref());
    AfterFrame(wanted)
}

#[component]
pub fn EstimatePage() -> Html {
    let (store, lang, on_action) = use_page(Action::Estimate);
    let state = &store.estimator;
    let on_show = on_action.reform(EstimateAction::Show);
    let on_add = on_action.reform(|()| EstimateAction::AddOption);
    let on_remove = on_action.reform(EstimateAction::RemoveOption);
    use_deferred_analysis(&store);
    let current = state.current().clone();
    let catalog = catalog();
    let descriptions = state
        .options
        .iter()
        .map(|o| o.point.scenario.describe(catalog, lang))
        .collect::<Vec<_>>();

    let share_link = estimate_link(
        &crate::app::browser::origin(),
        &current.point.scenario,
        catalog,
        lang,
    );
    let export_error = use_state(|| None::<String>);
    let export = |what: &'static str| export_csv(&store, &export_error, what, lang);
    // "Add to the year": the option on show becomes a course of the year's programme.
    // The year's code comes with its place (`store::parts`): fetched first, if it is not here.
    let added_to_year = use_state(|| None::<Result<(), NotLoaded>>);
    let add_to_year = {
        let (store, added) = (store.clone(), added_to_year.clone());
        let name = format!(
            "{} · {}",
            lang.t(i18n::year::COURSE_FROM),
            option_name(state.active, lang)
        );
        let scenario = current.point.scenario.clone();
        Callback::from(move |_| {
            let (store, added, name, scenario) =
                (store.clone(), added.clone(), name.clone(), scenario.clone());
            later::when_here(Part::Year, later::fetch(Place::Year), move |done| {
                if done.is_ok() {
                    store.dispatch(Action::Year(YearAction::AddScenario(name, scenario, lang)));
                }
                added.set(Some(done));
            });
        })
    };

    // When a link's question goes (either way), the focus it held goes to the option shown.
    let was_waiting = use_mut_ref(|| false);
    use_effect_with(
        (state.waiting.is_some(), state.active),
        move |&(waiting, active)| {
            let answered = std::mem::replace(&mut *was_waiting.borrow_mut(), waiting) && !waiting;
            if answered && focus_lost() {
                focus_by_id(&tab_id(active));
            }
        },
    );

    html! {
        <div class="estimator">
            if let Some(notice) = &state.notice {
                <p class="error" role="alert" data-testid="error">{ notice.message(lang) }</p>
            }
            if let Some(waiting) = &state.waiting {
                { waiting_notice(waiting, &store, lang) }
            }
            <Compare options={state.options.clone()} {descriptions} active={state.active} {lang} {on_show} {on_add} {on_remove} />
            <div class="option-panel" role="tabpanel" id={PANEL_ID} aria-labelledby={tab_id(state.active)}>
            <div class="estimator-grid">
                <ScenarioForm draft={current.draft.clone()} depth={current.depth} error={current.error.clone()} {lang} {on_action} />
                <div class="results">
                    <Summary point={current.point.clone()} analysis={current.analysis.clone()} {lang} stale={current.stale()} />
                    <LineTable point={current.point.clone()} {lang} stale={current.stale()} />
                    <div class="exports">
                        <button type="button" data-testid="export-lines" onclick={export("lines")}>
                            { lang.t(i18n::estimator::EXPORT_LINE_ITEMS_CSV) }
                        </button>
                        <button type="button" data-testid="export-summary" onclick={export("summary")}>
                            { lang.t(i18n::estimator::EXPORT_BUDGET_SUMMARY_CSV_ALL) }
                        </button>
                        <button type="button" data-testid="add-to-year" onclick={add_to_year} disabled={current.stale()}>
                            { lang.t(i18n::estimator::ADD_TO_THE_YEAR) }
                        </button>
                        if let Some(Ok(())) = *added_to_year {
                            <p class="hint" role="status" data-testid="added-to-year">
                                { lang.fill(i18n::estimator::ADDED_TO_THE_YEAR, &[("courses", &store.year.programme.courses.len())]) }
                                { " " }<Link<Route> to={Route::Year}>{ lang.t(i18n::estimator::OPEN_THE_YEAR) }</Link<Route>>
                            </p>
                        } else if let Some(Err(NotLoaded)) = *added_to_year {
                            <p class="error" role="alert" data-testid="add-to-year-failed">{ lang.t(i18n::estimator::COULD_NOT_ADD_TO_THE_YEAR) }</p>
                        }
                        if current.stale() {
                            <p class="hint" data-testid="share-held">{ lang.t(i18n::estimator::NO_SHARE_LINK_WHILE_AN_INPUT) }</p>
                        } else {
                            <label class="share-link">
                                <span>{ lang.t(i18n::estimator::A_LINK_TO_THIS_OPTION) }</span>
                                <input type="text" readonly=true data-testid="share-link" value={share_link.clone()} />
                            </label>
                            <QrCode link={AttrValue::from(share_link)} {lang} />
                        }
                        if let Some(message) = &*export_error {
                            <p class="error" role="alert" data-testid="error">{ message }</p>
                        }
                    </div>
                </div>
            </div>
            <EstimateCharts point={current.point.clone()} analysis={current.analysis.clone()} {lang} />
            <WorthPanel option={current.id.clone()} scenario={current.point.scenario.clone()} stale={current.stale()} {lang} />
            </div>
            { market_bands(&catalog.market_bands.band, lang) }
        </div>
    }
}

/// The deferred step: the option on screen's range, curve and sensitivities, worked out once
/// the frame showing its new point estimate is painted, so that a keystroke shows its total
/// without waiting for a 10,000-draw simulation. A newer input before then cancels it (its own
/// follows); the result goes back to the store, which keeps it with its scenario.
#[hook]
fn use_deferred_analysis(store: &Store) {
    let state = &store.estimator;
    let store = store.clone();
    use_effect_with(state.to_analyse(), move |to_analyse| {
        let later = to_analyse.clone().map(|(id, scenario)| {
            after_next_frame(move || {
                if let Some(analysed) = analyse(catalog(), &scenario) {
                    store.dispatch(Action::Estimate(EstimateAction::Analysed(id, analysed)));
                }
            })
        });
        move || drop(later)
    });
}

/// A CSV export: the option shown's line items (`"lines"`) or every option's summary; an
/// option with an input in error holds it, and says so in `export_error`.
fn export_csv(
    store: &Store,
    export_error: &UseStateHandle<Option<String>>,
    what: &'static str,
    lang: Lang,
) -> Callback<MouseEvent> {
    let (store, export_error) = (store.clone(), export_error.clone());
    Callback::from(move |_| {
        let state = &store.estimator;
        let current = state.current();
        let held = if what == "lines" {
            held([(state.active, current)].into_iter(), lang)
        } else {
            held(state.options.iter().enumerate(), lang)
        };
        if let Some(why) = held {
            export_error.set(Some(why));
            return;
        }
        let (name, text) = if what == "lines" {
            (
                "line-items.csv",
                csv::line_items(&current.point.estimate, lang),
            )
        } else {
            let rows: Vec<_> = state
                .options
                .iter()
                .enumerate()
                .map(|(i, o)| (option_name(i, lang), &o.point.scenario, &o.point.estimate))
                .collect();
            ("budget-summary.csv", csv::budget_summary(&rows, lang))
        };
        export_error.set(save_file(name, "text/csv;charset=utf-8", &text, lang).err());
    })
}

/// A link's option that found no free place: which option it replaces, or keep them all.
/// Escape keeps the options as they are, as the "keep my options" button does.
fn waiting_notice(waiting: &Scenario, store: &Store, lang: Lang) -> Html {
    let count = store.estimator.options.len();
    let send = {
        let store = store.clone();
        move |action: EstimateAction| store.dispatch(Action::Estimate(action))
    };
    let on_waiting_key = {
        let send = send.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                e.prevent_default();
                send(EstimateAction::DismissWaiting);
            }
        })
    };
    html! {
        <div class="notice" role="status" data-testid="link-waiting" onkeydown={on_waiting_key}>
            <p>{ lang.fill(i18n::estimator::THE_LINKS_OPTION_WAS_NOT_ADDED, &[("waiting", &waiting.describe(catalog(), lang)), ("options_count", &count)]) }</p>
            { for (0..count).map(|i| {
                let send = send.clone();
                html! {
                    <button type="button" data-testid={format!("replace-option-{i}")}
                        onclick={Callback::from(move |_| send(EstimateAction::ReplaceWithWaiting(i)))}>
                        { format!("{}{}", lang.t(i18n::estimator::REPLACE), option_name(i, lang)) }
                    </button>
                }
            }) }
            <button type="button" data-testid="dismiss-link" onclick={let send = send.clone(); Callback::from(move |_| send(EstimateAction::DismissWaiting))}>
                { lang.t(i18n::estimator::KEEP_MY_OPTIONS) }
            </button>
        </div>
    }
}
