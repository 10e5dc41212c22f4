//! The catalog the app embeds (`src/catalog.rs`, written by `build.rs`): it decodes, it is
//! exactly what the TOML sources say (`Catalog::for_embedding`), and it keeps the source texts
//! the estimate shows beside its figures, each with its trust grade.
#![cfg(not(target_arch = "wasm32"))]

use model::Catalog;
use model::catalog::Grade;
use model::vocab::TrainerTier;
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

/// Every figure an estimate line multiplies keeps its source, graded, so the "where does this
/// come from" view can show it.
#[test]
fn the_embedded_catalog_keeps_the_sources_of_the_rates_with_their_grades() {
    let c = catalog();
    let professional = &c.trainers.tier(TrainerTier::Professional).unwrap().source;
    assert_eq!(professional.grade(), Some(Grade::Weak));
    assert!(professional.text().starts_with("Market day rates"));
    assert_eq!(c.trainers.internal.source.grade(), Some(Grade::Assumption));
    assert_eq!(
        c.costs.participants.national_wage_source.grade(),
        Some(Grade::Statistics)
    );
    assert_eq!(c.pricing.default.vat_source.grade(), Some(Grade::Official));
    assert_eq!(c.seats.public.source.grade(), Some(Grade::Vendor));
    for city in &c.cities.city {
        assert!(city.source.grade().is_some(), "{}", city.id);
    }
    for industry in &c.industries.industry {
        assert!(industry.source.grade().is_some(), "{}", industry.id);
    }
    for band in &c.market_bands.band {
        assert!(band.source.grade().is_some(), "{}", band.id);
    }
    // Every rate a costing can use has its source, graded.
    let s = model::cost::Scenario::default_for(c);
    for sourcing in model::vocab::Sourcing::ALL {
        let s = model::cost::Scenario {
            sourcing: *sourcing,
            ..s.clone()
        };
        for driver in model::cost::Driver::ALL {
            if let Some((_, source)) = model::cost::rate(c, &s, *driver) {
                assert!(source.grade().is_some(), "{driver:?} on {sourcing:?}");
            }
        }
    }
}
