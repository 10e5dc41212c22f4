//! The data files: every one parses, every range is ordered, every value has a source, and a
//! malformed file is an error that names the file and the field.
#![cfg(not(target_arch = "wasm32"))]

use model::Catalog;
use model::data::{DataFile, MarketBands};

const GOOD_BAND: &str = r#"
[[band]]
id = "x"
name = { zh = "甲", en = "A" }
describes = { zh = "甲", en = "A" }
compares = ["offline", "online", "self-paced", "blended"]
low = 500
high = 1500
source = "a published price list"
"#;

#[test]
fn the_data_loads() {
    let catalog = Catalog::from_toml_sources().expect("data/ must load");
    let basic = catalog.band("basic-online").expect("basic online band");
    assert!(basic.low < basic.high);
    assert!(catalog.band("comprehensive-offline").is_some());
}

#[test]
fn a_well_formed_file_parses() {
    let bands = MarketBands::parse(GOOD_BAND).unwrap();
    assert_eq!(bands.band[0].high, 1500.0);
}

#[test]
fn a_missing_source_names_the_file_and_field() {
    let text = GOOD_BAND.replace("source = \"a published price list\"\n", "");
    let err = MarketBands::parse(&text).unwrap_err();
    assert_eq!(err.file, "data/market_bands.toml");
    assert!(err.message.contains("source"), "{err}");
}

#[test]
fn an_empty_source_is_rejected() {
    let text = GOOD_BAND.replace("a published price list", "  ");
    let err = MarketBands::parse(&text).unwrap_err();
    assert!(err.field.contains("source"), "{err}");
}

#[test]
fn an_assumption_must_give_its_reason() {
    let text = GOOD_BAND.replace("a published price list", "assumption");
    assert!(MarketBands::parse(&text).is_err());
    let text = GOOD_BAND.replace(
        "a published price list",
        "assumption: the vendor's own list price for 2026",
    );
    assert!(MarketBands::parse(&text).is_ok());
}

#[test]
fn a_range_out_of_order_names_the_band() {
    let text = GOOD_BAND.replace("low = 500", "low = 5000");
    let err = MarketBands::parse(&text).unwrap_err();
    assert!(err.field.contains("band[0]"), "{err}");
    assert!(err.message.contains("out of order"), "{err}");
}

#[test]
fn text_in_a_number_field_names_the_line() {
    let text = GOOD_BAND.replace("high = 1500", "high = \"lots\"");
    let err = MarketBands::parse(&text).unwrap_err();
    assert!(err.field.contains("high"), "{err}");
}

#[test]
fn a_negative_price_is_rejected() {
    let text = GOOD_BAND.replace("low = 500", "low = -500");
    let err = MarketBands::parse(&text).unwrap_err();
    assert!(err.field.contains("low"), "{err}");
}

#[test]
fn an_unknown_field_is_rejected_not_ignored() {
    let text = GOOD_BAND.replace("low = 500", "low = 500\nlikley = 900");
    let err = MarketBands::parse(&text).unwrap_err();
    assert!(err.message.contains("likley"), "{err}");
}

/// Each cost file rejects a broken range or a missing source with its own name and the field.
#[test]
fn a_broken_cost_file_names_itself_and_the_field() {
    use model::cost::rates::{Costs, Delivery, Trainers};
    let costs = include_str!("../../data/costs.toml");
    let broken = costs.replacen(
        "day = { low = 800, likely = 2000, high = 5000 }",
        "day = { low = 800, likely = 6000, high = 5000 }",
        1,
    );
    assert_ne!(broken, costs, "the test must change the venue range");
    let err = Costs::parse(&broken).unwrap_err();
    assert_eq!(err.file, "data/costs.toml");
    assert!(err.field.contains("venue.day"), "{err}");

    let trainers = include_str!("../../data/trainers.toml");
    // A dearer tier may never cost less than a cheaper one.
    let broken = trainers.replacen("likely = 18000", "likely = 100", 1);
    let err = Trainers::parse(&broken).unwrap_err();
    assert_eq!(err.file, "data/trainers.toml");

    let delivery = include_str!("../../data/delivery.toml");
    let broken = delivery.replacen(
        "share = 0.5 }, { channel = \"recorded\", share = 0.5",
        "share = 0.5 }, { channel = \"recorded\", share = 0.6",
        1,
    );
    assert_ne!(broken, delivery);
    let err = Delivery::parse(&broken).unwrap_err();
    assert!(err.message.contains("add up to 1"), "{err}");
}

#[test]
fn every_delivery_mode_is_held_against_exactly_one_band() {
    let catalog = Catalog::from_toml_sources().unwrap();
    for mode in model::vocab::DeliveryMode::ALL {
        assert!(catalog.band_for(*mode).is_some(), "{mode:?}");
    }
    let text = include_str!("../../data/market_bands.toml").replacen(
        "compares = [\"online\", \"self-paced\"]",
        "compares = [\"online\"]",
        1,
    );
    let err = MarketBands::parse(&text).unwrap_err();
    assert!(err.message.contains("self-paced"), "{err}");
}

/// The quote rules: a default validity outside its own limits, or limits out of order, are
/// refused with the field named.
#[test]
fn broken_quote_rules_name_the_field() {
    use model::cost::rates::Pricing;
    let pricing = include_str!("../../data/pricing.toml");
    let broken = pricing.replacen("validity_days = 30", "validity_days = 400", 1);
    assert_ne!(broken, pricing, "the test must change the validity");
    let err = Pricing::parse(&broken).unwrap_err();
    assert!(err.field.contains("quote.validity_days"), "{err}");

    let broken = pricing.replacen(
        "day_rate = { min = 0, max = 100000 }",
        "day_rate = { min = 200000, max = 100000 }",
        1,
    );
    assert_ne!(broken, pricing);
    let err = Pricing::parse(&broken).unwrap_err();
    assert!(err.field.contains("quote.day_rate"), "{err}");
}

/// The interface's counts and lengths: each at least 1 and with its reason, the field named.
#[test]
fn interface_limits_are_checked_like_the_others() {
    use model::cost::rates::Pricing;
    let pricing = include_str!("../../data/pricing.toml");
    let limits = Pricing::parse(pricing).unwrap().limits;
    // The HR user story compares two or three options side by side.
    assert!(limits.max_options >= 2);
    for key in [
        "max_options",
        "max_vendor_chars",
        "max_client_chars",
        "max_prefix_chars",
        "tornado_rows",
    ] {
        let line = pricing
            .lines()
            .find(|l| l.starts_with(&format!("{key} = ")))
            .unwrap_or_else(|| panic!("{key} is in data/pricing.toml"));
        let broken = pricing.replacen(line, &format!("{key} = 0"), 1);
        let err = Pricing::parse(&broken).unwrap_err();
        assert_eq!(err.field, format!("limits.{key}"), "{err}");

        let source = format!("{key}_source = ");
        let start = pricing.find(&source).unwrap();
        let end = start + pricing[start..].find('\n').unwrap();
        let broken = pricing.replacen(&pricing[start..end], &format!("{source}\"\""), 1);
        let err = Pricing::parse(&broken).unwrap_err();
        assert_eq!(err.field, format!("limits.{key}.source"), "{err}");
    }
}
