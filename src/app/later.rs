//! The parts of the app a first visit to the estimate does not need at once: the places other
//! than the estimate (the planner, the quote desk, the year's programme, the comparison of
//! quotes), on the estimate the "is it worth it" panel, closed until it is opened, and the
//! charts' drawing, done after the first frame.
//!
//! With the `split` feature (the release build, `scripts/build.sh`), each part's components are
//! split out of the app's wasm into a module of their own by `wasm_split_cli` and fetched the
//! first time the part is shown (`wasm_split_helpers`), so the first visit to `/` downloads
//! the estimator and the shell only. Without it (the tests, prerendering) every part is in the
//! one module and shows at once, as before. The reducers of the year's, the comparison's and
//! the quote desk's state go with their place (`store::parts`): an action for one of them is
//! dispatched only once its place's module is here (the place's own page, or
//! [`when_here`]). The rest of the store, the saving and the links stay in the main module.
//!
//! The places' split points are here; the worth panel's body and the charts' drawings have
//! theirs beside their code (`estimator::worth`, `app::charts`), which uses [`show`] and
//! [`when_here`] from here.

use std::future::Future;
use std::task::{Context, Poll, Waker};

pub use crate::split::NotLoaded;

use yew::prelude::*;

use super::compare::ComparePage;
use super::planner::PlanPage;
use super::quote::QuotePage;
use super::year::YearPage;

/// A part that may come in a module of its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Part {
    Plan,
    Quote,
    Year,
    Compare,
    Worth,
    /// The drawing code of every chart (plotters): `app::charts`.
    Charts,
}

/// A view whose components may be in a part's module.
pub trait Deferred: PartialEq + Clone + 'static {
    fn part(&self) -> Part;
    /// The view, once the part's module is here (at once without the `split` feature).
    fn view(self) -> impl Future<Output = Result<Html, NotLoaded>>;
}

/// A place other than the estimate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    Plan,
    Quote,
    Year,
    Compare,
}

impl Deferred for Place {
    fn part(&self) -> Part {
        match self {
            Place::Plan => Part::Plan,
            Place::Quote => Part::Quote,
            Place::Year => Part::Year,
            Place::Compare => Part::Compare,
        }
    }

    async fn view(self) -> Result<Html, NotLoaded> {
        match self {
            Place::Plan => split_call!(plan()),
            Place::Quote => split_call!(quote()),
            Place::Year => split_call!(year()),
            Place::Compare => split_call!(compare()),
        }
    }
}

// The split points: `plan()` shows the planner's page, and so on. Each function and everything
// only it reaches go to the part's module. Without the `split` feature they are plain
// functions, and `Deferred::view` is ready at once.

/// For each `place => Page`, the split point `place()`: the page, once its module is here.
/// Declared together so every place's split point is marked the same way.
macro_rules! views {
    ($($place:ident => $page:ident),+ $(,)?) => {$(
        #[cfg_attr(feature = "split", wasm_split_helpers::wasm_split($place, fallible))]
        fn $place() -> Result<Html, NotLoaded> {
            Ok(html! { <$page /> })
        }
    )+};
}

views! {
    plan => PlanPage,
    quote => QuotePage,
    year => YearPage,
    compare => ComparePage,
}

thread_local! {
    /// The parts whose modules are here (without the `split` feature, all of them).
    static ARRIVED: std::cell::RefCell<std::collections::HashSet<Part>> = Default::default();
}

/// `part`'s module is here: from now on its views and work are had at once.
fn remember(part: Part) {
    ARRIVED.with(|arrived| arrived.borrow_mut().insert(part));
}

fn arrived(part: Part) -> bool {
    !cfg!(feature = "split") || ARRIVED.with(|arrived| arrived.borrow().contains(&part))
}

/// `deferred`'s view if its module is here, without waiting: a part shown again shows at
/// once, not a frame of "opening" first. (A module that is here makes the first poll complete;
/// one that is not is never polled here, so no fetch is started and dropped.)
fn at_once<D: Deferred>(deferred: D) -> Option<Html> {
    if !arrived(deferred.part()) {
        return None;
    }
    crate::split::now(deferred.view()).ok()
}

/// Runs `work`, which needs `part`'s module, and hands its outcome to `then`: at once when the
/// module is here (a chart redrawn as it is typed into is drawn in the same frame), else once
/// it has been fetched.
pub fn when_here<T: 'static>(
    part: Part,
    work: impl Future<Output = Result<T, NotLoaded>> + 'static,
    then: impl FnOnce(Result<T, NotLoaded>) + 'static,
) {
    let mut work = Box::pin(work);
    if arrived(part)
        && let Poll::Ready(done) = work.as_mut().poll(&mut Context::from_waker(Waker::noop()))
    {
        then(done);
        return;
    }
    yew::platform::spawn_local(async move {
        let done = work.await;
        if done.is_ok() {
            remember(part);
        }
        then(done);
    });
}

/// Fetches `deferred`'s module, readies every call into it, and remembers it is here.
pub async fn fetch<D: Deferred>(deferred: D) -> Result<(), NotLoaded> {
    let part = deferred.part();
    // The view made on the way is not shown: the caller makes it again, at once, to render.
    let _view = deferred.view().await?;
    reducer_ready(part).await?;
    remember(part);
    Ok(())
}

/// Each split point has a loader of its own: the module the view's call fetched answers the
/// place's reducer (`store::parts`) at once only after the reducer's loader has been awaited
/// as well.
async fn reducer_ready(part: Part) -> Result<(), NotLoaded> {
    #[cfg(feature = "split")]
    {
        use crate::store::parts;
        match part {
            Part::Year => parts::year_ready().await?,
            Part::Compare => parts::compare_ready().await?,
            Part::Quote => parts::quote_ready().await?,
            Part::Plan | Part::Worth | Part::Charts => {}
        }
    }
    #[cfg(not(feature = "split"))]
    let _ = part;
    Ok(())
}

/// `deferred`'s view: at once when its module is here, else a note while it is fetched, and
/// a plain message with a way to try again if it cannot be.
pub fn show<D: Deferred>(deferred: D) -> Html {
    if !cfg!(feature = "split") {
        // Every module is here: no component in between, the same tree as before the split.
        return at_once(deferred).unwrap_or_default();
    }
    html! { <Fetched<D> {deferred} /> }
}

/// Fetches the module of the place the address opens, if it has one of its own: the app starts
/// after it (`main.rs`), so a first visit to `/plan` goes from the prerendered agenda straight
/// to the live one, with no "opening" in between. A failure is left to the place to say.
#[cfg(feature = "split")]
pub async fn fetch_opening_place() {
    use yew_router::Routable;

    let path = gloo::utils::window()
        .location()
        .pathname()
        .unwrap_or_default();
    let place = match super::Route::recognize(&path) {
        Some(super::Route::Plan) => Place::Plan,
        Some(super::Route::Quote) => Place::Quote,
        Some(super::Route::Year) => Place::Year,
        Some(super::Route::Compare) => Place::Compare,
        _ => return,
    };
    let _ = fetch(place).await;
}

#[derive(Properties, PartialEq)]
struct FetchedProps<D: Deferred> {
    deferred: D,
}

#[component]
fn Fetched<D: Deferred>(props: &FetchedProps<D>) -> Html {
    use crate::app::store::use_store;
    use model::i18n;

    let lang = use_store().lang;
    let part = props.deferred.part();
    let view = at_once(props.deferred.clone());
    let failed = use_state(|| None::<Part>);
    // A try after a failure starts a new fetch: the loader does not remember failures.
    let attempt = use_state(|| 0u32);
    let rerender = use_force_update();
    {
        let failed = failed.clone();
        let deferred = props.deferred.clone();
        let waiting = view.is_none();
        use_effect_with((part, waiting, *attempt), move |&(part, waiting, _)| {
            if waiting {
                yew::platform::spawn_local(async move {
                    match fetch(deferred).await {
                        Ok(()) => rerender.force_update(),
                        Err(NotLoaded) => failed.set(Some(part)),
                    }
                });
            }
        });
    }
    match view {
        Some(html) => html,
        None if *failed == Some(part) => {
            let retry = Callback::from(move |_| {
                failed.set(None);
                attempt.set(*attempt + 1);
            });
            html! {
                <div class="error" role="alert" data-testid="part-load-failed">
                    <p>{ lang.t(i18n::shell::THIS_PART_DID_NOT_LOAD) }</p>
                    <button type="button" onclick={retry}>{ lang.t(i18n::shell::TRY_AGAIN) }</button>
                </div>
            }
        }
        None => html! {
            <p class="notice" role="status" data-testid="part-loading">{ lang.t(i18n::shell::OPENING_THIS_PART) }</p>
        },
    }
}
