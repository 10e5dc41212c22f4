//! Any bytes as an imported file: the reader refuses or accepts, never panics, and what it
//! accepts can be priced.
#![no_main]

use libfuzzer_sys::fuzz_target;
use training_planner::model::Catalog;
use training_planner::model::cost::Costing;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let catalog = Catalog::embedded().expect("data loads");
    if let Ok(work) = training_planner::share::file::import(&text, &catalog) {
        for option in &work.options {
            assert!(Costing::new(&catalog, &option.scenario).is_ok());
        }
    }
});
