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

/// The split point `$part`: what an action does to the state of that place, whose own
/// loader `$ready` (`app::later::fetch` awaits it) is made with it. Written once, so no place's
/// reducer is declared without its loader.
macro_rules! reducer {
    ($part:ident, $ready:ident, $state:ty, $action:ty) => {
        #[cfg_attr(
            feature = "split",
            wasm_split_helpers::wasm_split($part, fallible, preload($ready))
        )]
        pub(crate) fn $part(state: &mut $state, action: $action) -> Result<(), NotLoaded> {
            state.reduce(action);
            Ok(())
        }
    };
}

reducer!(year, year_ready, YearState, YearAction);
reducer!(compare, compare_ready, CompareState, CompareAction);

// The quote desk's reducer also reads the options and the plan it quotes.
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
