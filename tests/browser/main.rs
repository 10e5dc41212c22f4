//! In-browser tests: mount components in headless Chromium, let yew's scheduler run, and assert
//! on the DOM a person would see. No sleeps: `yew::scheduler::flush()` runs pending renders, and
//! `dom::settle` also awaits the frame and the timer after which the estimator's range follows.
#![cfg(target_arch = "wasm32")]

mod bad_input;
mod budget_request;
mod charts;
mod compare;
mod dom;
mod estimator;
mod keyboard;
mod line_items;
mod navigation;
mod phone_width;
mod planner;
mod quote_desk;
mod share_links;
mod shell;
mod storage_refused;
mod two_windows;
mod work_files;
mod worth;
mod year;

wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);
