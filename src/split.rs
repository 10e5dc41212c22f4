//! Calling code that may live in a module of its own.
//!
//! With the `split` feature (the release build, `scripts/build.sh`), a function marked as a
//! split point (`wasm_split_helpers::wasm_split`) is moved, with everything only it reaches,
//! into a module fetched the first time it is called: the call gives a future. Without the
//! feature (native tests, browser tests, prerendering) it is a plain function. The interface's
//! parts (`app::later`) and the reducers of those parts' state (`store::parts`) both go
//! through the two macros here, so neither needs to know which build it is in.

use std::future::Future;
use std::task::{Context, Poll, Waker};

/// A split point's module could not be fetched (offline before it was ever needed, say).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NotLoaded;

#[cfg(feature = "split")]
impl From<wasm_split_helpers::SplitLoaderError> for NotLoaded {
    fn from(_: wasm_split_helpers::SplitLoaderError) -> Self {
        NotLoaded
    }
}

/// A call of a split point that may wait for its module: awaited with the `split` feature, a
/// plain call without.
#[cfg(feature = "split")]
#[allow(
    unused_macros,
    reason = "the interface uses it, and a native build may leave that out"
)]
macro_rules! split_call {
    ($call:expr) => {
        $call.await
    };
}
#[cfg(not(feature = "split"))]
#[allow(
    unused_macros,
    reason = "the interface uses it, and a native build may leave that out"
)]
macro_rules! split_call {
    ($call:expr) => {
        $call
    };
}

/// A call of a split point that cannot wait (a reducer): done now if its module is here,
/// `Err(NotLoaded)` if not ([`now`]). Without the `split` feature, a plain call.
#[cfg(feature = "split")]
macro_rules! split_now {
    ($call:expr) => {
        $crate::split::now($call)
    };
}
#[cfg(not(feature = "split"))]
macro_rules! split_now {
    ($call:expr) => {
        $call
    };
}

/// `work`'s outcome if it is ready at the first poll, as a split point's call is when its
/// module is here. If it is not, the poll has started the module's fetch, and the call is
/// not made: callers make sure the module is here first.
pub fn now<T>(work: impl Future<Output = Result<T, NotLoaded>>) -> Result<T, NotLoaded> {
    let mut work = std::pin::pin!(work);
    match work.as_mut().poll(&mut Context::from_waker(Waker::noop())) {
        Poll::Ready(done) => done,
        Poll::Pending => Err(NotLoaded),
    }
}
