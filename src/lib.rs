//! 客诉处理培训 成本估算与课程规划 — complaint-handling training: cost estimator and course planner.
//!
//! The domain lives in its own crate, [`model`] (scenarios, estimates, market bands, curriculum
//! data, in pure Rust with no web dependency). This crate is the app around it:
//! - [`catalog`]: the data of `data/` as built into the app;
//! - [`input`]: reading numbers as people type them (pure, tested natively);
//! - [`share`]: share links and other ways of handing work on (pure, tested natively);
//! - [`view`]: shaping numbers for charts and tables (pure, tested natively);
//! - [`catalog`]: the embedded data, decoded once;
//! - [`store`]: the app's one state and what each action does to it (pure, tested natively);
//! - `app` (wasm32 only): the Yew interface, which renders the model and collects input.

/// Re-exported so `model::…` reads the same inside the app.
pub use model;

pub mod catalog;
pub mod export;
pub mod link;
pub mod persist;
pub mod store;
pub mod view;

#[cfg(any(target_arch = "wasm32", feature = "prerender"))]
pub mod app;
