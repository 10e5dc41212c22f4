//! Any bytes as an imported file: the reader refuses or accepts, never panics, and what it
//! accepts can be priced.
#![no_main]

use libfuzzer_sys::fuzz_target;
use model::cost::Costing;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let catalog = training_planner::catalog::catalog();
    if let Ok(work) = training_planner::persist::work_file::import(&text, catalog) {
        for option in &work.options {
            assert!(Costing::new(catalog, &option.scenario).is_ok());
        }
    }
});
