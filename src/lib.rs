//! 客诉处理培训 成本估算与课程规划 — complaint-handling training: cost estimator and course planner.
//!
//! The crate has two halves:
//! - [`model`]: the domain (scenarios, estimates, market bands, curriculum data) in pure Rust
//!   with no web dependency, so it is tested natively with `cargo test`;
//! - [`input`]: reading numbers as people type them (pure, tested natively);
//! - [`share`]: share links and other ways of handing work on (pure, tested natively);
//! - [`view`]: shaping numbers for charts and tables (pure, tested natively);
//! - [`catalog`]: the embedded data, decoded once;
//! - [`store`]: the app's one state and what each action does to it (pure, tested natively);
//! - `app` (wasm32 only): the Yew interface, which renders the model and collects input.

pub mod catalog;
pub mod input;
pub mod model;
pub mod share;
pub mod store;
pub mod view;

#[cfg(target_arch = "wasm32")]
pub mod app;
