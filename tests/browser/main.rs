//! In-browser tests: mount components in headless Chromium, let yew's scheduler run, and assert
//! on the DOM a person would see. No sleeps: `yew::scheduler::flush()` runs pending renders, and
//! `dom::settle` also awaits the frame and the timer after which the estimator's range follows.
#![cfg(target_arch = "wasm32")]

mod chart;
mod charts;
mod dom;
mod estimator;
mod fields;
mod hostile;
mod inputs_in_error;
mod keyboard;
mod phone;
mod planner;
mod quote;
mod router;
mod routes;
mod shell;
mod windows;

wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);
