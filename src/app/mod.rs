//! The browser interface: Yew function components that render the model and collect input.
//! Nothing here computes a cost; it asks `crate::model`.

pub mod charts;
pub mod components;
pub mod estimator;
pub mod pages;
pub mod planner;
pub mod quote;
mod saved;
mod shell;
pub mod state;
mod work_files;

pub use pages::{EstimatePlace, Page, PlanPlace, QuotePlace};
pub use shell::App;

/// Mount page `P` on the document's `<body>`.
pub fn start<P: Page>() {
    yew::Renderer::<App<P>>::new().render();
}
