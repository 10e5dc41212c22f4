//! What an action does to the state of a place that comes in a module of its own: the year's
//! programme, the comparison of quotes and the quote desk (`app::later`). Their reducers, with
//! the pricing and checking only they reach, are split points of the same names as the
//! places' views, so the release build moves them into those places' modules and a first
//! visit to the estimate does not download them.
//!
//! An action for one of these parts reaches the store only once its module is here: it comes
//! from the place's own page, which is shown only then, or through `app::later::when_here`
//! (the estimator's "add to the year"). Each split point has a loader of its own, so fetching
//! a place readies its reducer too (`app::later::fetch` awaits the `…_ready` functions the
//! split build defines here); a reducer's loader that was not readied would not answer at
//! once, and the action would not be done. Without the `split` feature these are plain calls.

use super::compare::{CompareAction, CompareState};
use super::estimator::EstimatorState;
use super::quote_desk::{QuoteAction, QuoteDesk};
use super::year::{YearAction, YearState};
use crate::split::NotLoaded;
use model::plan::Plan;

#[cfg_attr(
    feature = "split",
    wasm_split_helpers::wasm_split(year, fallible, preload(year_ready))
)]
pub(crate) fn year(state: &mut YearState, action: YearAction) -> Result<(), NotLoaded> {
    state.reduce(action);
    Ok(())
}

#[cfg_attr(
    feature = "split",
    wasm_split_helpers::wasm_split(compare, fallible, preload(compare_ready))
)]
pub(crate) fn compare(state: &mut CompareState, action: CompareAction) -> Result<(), NotLoaded> {
    state.reduce(action);
    Ok(())
}

#[cfg_attr(
    feature = "split",
    wasm_split_helpers::wasm_split(quote, fallible, preload(quote_ready))
)]
pub(crate) fn quote(
    desk: &mut QuoteDesk,
    action: QuoteAction,
    estimator: &EstimatorState,
    plan: &Plan,
) -> Result<(), NotLoaded> {
    desk.reduce(action, estimator, Some(plan));
    Ok(())
}
