//! Any query string: decoding and opening it never panics, and what opens can be priced.
#![no_main]

use libfuzzer_sys::fuzz_target;
use model::cost::Costing;

fuzz_target!(|data: &[u8]| {
    let Ok(query) = std::str::from_utf8(data) else { return };
    let catalog = training_planner::catalog::catalog();
    let opened = training_planner::link::open::open(query, catalog);
    assert!(Costing::new(catalog, &opened.scenario).is_ok());
});
