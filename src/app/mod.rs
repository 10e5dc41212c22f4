//! The browser interface: Yew function components that render the model and collect input.
//! Nothing here computes a cost; it asks `crate::model`.

pub mod charts;
pub mod components;
pub mod estimator;
pub mod planner;
pub mod quote;
mod saved;
mod shell;
pub mod state;
mod work_files;

pub use shell::App;

/// Mount the app on the page's `<body>`.
pub fn start() {
    yew::Renderer::<App>::new().render();
}
