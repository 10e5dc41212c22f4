//! The catalog the app embeds (`src/catalog.rs`, written by `build.rs`): it decodes, it is
//! exactly what the TOML sources say, and it leaves out only the source texts.
#![cfg(not(target_arch = "wasm32"))]

use model::Catalog;
use training_planner::catalog::{catalog, try_catalog};

#[test]
fn the_embedded_data_loads() {
    let catalog = try_catalog().expect("the embedded catalog must decode");
    let basic = catalog.band("basic-online").expect("basic online band");
    assert!(basic.low < basic.high);
    assert!(catalog.band("comprehensive-offline").is_some());
}

#[test]
fn the_app_embeds_exactly_what_the_toml_sources_say() {
    let from_toml = Catalog::from_toml_sources().expect("data/*.toml must load");
    assert_eq!(*catalog(), from_toml.for_embedding());
}

#[test]
fn the_embedded_catalog_leaves_out_every_source_text_and_nothing_else() {
    let from_toml = Catalog::from_toml_sources().unwrap();
    let full = format!("{from_toml:?}");
    let embedded = format!("{:?}", catalog());
    // Citations and reasoning are in the TOML...
    assert!(full.contains("assumption:") && full.contains("Seed 002"));
    // ...and none of them reach the app.
    assert!(!embedded.contains("assumption") && !embedded.contains("Seed 0"));
    assert!(!embedded.contains("domain.md"));
    // What the interface shows stays: module texts in both languages, ids, figures.
    assert!(embedded.contains("Frontline essentials") && embedded.contains("guiyang"));
}
