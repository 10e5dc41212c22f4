//! 客诉处理培训 成本估算与课程规划 — complaint-handling training: cost estimator and course planner.
//!
//! The domain lives in its own crate, [`model`] (scenarios, estimates, market bands, curriculum
//! data, in pure Rust with no web dependency). This crate is the app around it:
//! - [`catalog`]: the data of `data/` as built into the app, decoded once;
//! - [`split`]: calling code that the release build may move into a module of its own;
//! - [`store`]: the app's one state and what each action does to it (pure, tested natively);
//! - [`persist`]: what is saved, in storage and in work files, and how older saves are read;
//! - [`link`]: share links and plan links (pure, tested natively);
//! - [`export`]: the documents handed on (CSV, calendar files, workbooks described as data);
//! - [`view`]: shaping numbers for charts and tables (pure, tested natively);
//! - `app` (wasm32, and natively with the `prerender` feature): the Yew interface, which
//!   renders the model and collects input;
//! - `prerender` (the `prerender` feature): each place's first view rendered at build time.

/// Re-exported so `model::…` reads the same inside the app.
pub use model;

// First: its macros serve the modules below.
#[macro_use]
pub mod split;

pub mod catalog;
pub mod export;
pub mod link;
pub mod persist;
pub mod store;
pub mod view;

#[cfg(any(target_arch = "wasm32", feature = "prerender"))]
pub mod app;
#[cfg(feature = "prerender")]
pub mod prerender;
