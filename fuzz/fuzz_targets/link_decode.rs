//! Any query string: decoding and opening it never panics, and what opens can be priced.
#![no_main]

use libfuzzer_sys::fuzz_target;
use training_planner::model::Catalog;
use training_planner::model::cost::Costing;

fuzz_target!(|data: &[u8]| {
    let Ok(query) = std::str::from_utf8(data) else { return };
    let catalog = Catalog::embedded().expect("data loads");
    let opened = training_planner::share::open::open(query, &catalog);
    assert!(Costing::new(&catalog, &opened.scenario).is_ok());
});
