//! The browser interface: Yew function components that render the store and dispatch its
//! actions. Nothing here computes a cost or decides what an action does: `crate::model` and
//! `crate::store` do, natively tested.

pub mod browser;
pub mod charts;
pub mod clock;
pub mod compare;
pub mod components;
pub mod documents;
pub mod estimator;
pub mod later;
mod not_found;
pub mod planner;
pub mod quote;
pub mod route;
mod shell;
pub mod storage;
pub mod store;
mod work_files;
pub mod year;

pub use route::Route;
pub use shell::{App, ServerApp, ServerAppProps};
