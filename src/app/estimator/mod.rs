//! The estimator page (成本估算): a scenario's inputs, its live estimate and charts, and the
//! options side by side. Its state is the store's `estimator` part.

mod charts;
mod compare;
mod exports;
mod form;
mod link_waiting;
mod results;

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use yew::prelude::*;

use crate::app::components::market_bands;
use crate::app::store::{dispatch_with, use_store};
use crate::catalog::catalog;
use crate::persist::work_file::OptionId;
use crate::store::Action;
use crate::store::estimator::{Analysed, EstimateAction, analyse};
use charts::EstimateCharts;
use compare::{Compare, PANEL_ID, tab_id};
use exports::Exports;
use form::ScenarioForm;
use link_waiting::{LinkWaiting, use_focus_after_waiting};
use model::cost::Scenario;
use results::{LineTable, Summary};

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

/// The deferred step: the option on screen's range, curve and sensitivities, worked out once
/// the frame showing its new point estimate is painted, so that a keystroke shows its total
/// without waiting for a 10,000-draw simulation. A newer input before then cancels it (its
/// own follows); the result goes back to the store, which keeps it with its scenario.
#[hook]
fn use_analysis_after_paint(
    to_analyse: Option<(OptionId, Scenario)>,
    on_analysed: Callback<(OptionId, Analysed)>,
) {
    use_effect_with(to_analyse, move |to_analyse| {
        let later = to_analyse.clone().map(|(id, scenario)| {
            after_next_frame(move || {
                if let Some(analysed) = analyse(catalog(), &scenario) {
                    on_analysed.emit((id, analysed));
                }
            })
        });
        move || drop(later)
    });
}

#[component]
pub fn EstimatePage() -> Html {
    let store = use_store();
    let lang = store.lang;
    let state = &store.estimator;
    let on_action = dispatch_with(&store, Action::Estimate);
    let on_show = dispatch_with(&store, |i| Action::Estimate(EstimateAction::Show(i)));
    let on_add = dispatch_with(&store, |()| Action::Estimate(EstimateAction::AddOption));
    let on_remove = dispatch_with(&store, |i| {
        Action::Estimate(EstimateAction::RemoveOption(i))
    });
    use_analysis_after_paint(
        state.to_analyse(),
        dispatch_with(&store, |(id, analysed)| {
            Action::Estimate(EstimateAction::Analysed(id, analysed))
        }),
    );
    // A link's option waiting for a place: when the question goes (either way), the focus it
    // held goes to the option shown.
    use_focus_after_waiting(state.waiting.is_some(), state.active);
    let current = state.current().clone();
    let catalog = catalog();
    let descriptions = state
        .options
        .iter()
        .map(|o| o.point.scenario.describe(catalog, lang))
        .collect::<Vec<_>>();

    html! {
        <div class="estimator">
            if let Some(notice) = &state.notice {
                <p class="error" role="alert" data-testid="error">{ notice.message(lang) }</p>
            }
            if let Some(waiting) = &state.waiting {
                <LinkWaiting waiting={waiting.clone()} options={state.options.len()} {lang} on_action={on_action.clone()} />
            }
            <Compare options={state.options.clone()} {descriptions} active={state.active} {lang} {on_show} {on_add} {on_remove} />
            <div class="option-panel" role="tabpanel" id={PANEL_ID} aria-labelledby={tab_id(state.active)}>
            <div class="estimator-grid">
                <ScenarioForm draft={current.draft.clone()} depth={current.depth} error={current.error.clone()} {lang} {on_action} />
                <div class="results">
                    <Summary point={current.point.clone()} analysis={current.analysis.clone()} {lang} stale={current.stale()} />
                    <LineTable point={current.point.clone()} {lang} stale={current.stale()} />
                    <Exports estimator={state.clone()} {lang} />
                </div>
            </div>
            <EstimateCharts point={current.point.clone()} analysis={current.analysis.clone()} {lang} />
            </div>
            { market_bands(&catalog.market_bands.band, lang) }
        </div>
    }
}
