//! The data files: every one parses, every range is ordered, every value has a source, and a
//! malformed file is an error that names the file and the field.
#![cfg(not(target_arch = "wasm32"))]

use model::Catalog;
use model::catalog::{DataFile, Grade, MarketBands, Source};

const GOOD_BAND: &str = r#"
[[band]]
id = "x"
name = { zh = "甲", en = "A" }
describes = { zh = "甲", en = "A" }
compares = ["public", "online-course"]
low = 500
high = 1500
source = "[V] a published price list"
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
    let text = GOOD_BAND.replace("source = \"[V] a published price list\"\n", "");
    let err = MarketBands::parse(&text).unwrap_err();
    assert_eq!(err.file, "data/market_bands.toml");
    assert!(err.message.contains("source"), "{err}");
}

#[test]
fn an_empty_source_is_rejected() {
    let text = GOOD_BAND.replace("[V] a published price list", "  ");
    let err = MarketBands::parse(&text).unwrap_err();
    assert!(err.field.contains("source"), "{err}");
}

#[test]
fn an_assumption_must_give_its_reason() {
    let text = GOOD_BAND.replace("[V] a published price list", "assumption");
    assert!(MarketBands::parse(&text).is_err());
    let text = GOOD_BAND.replace(
        "[V] a published price list",
        "assumption: the vendor's own list price for 2026",
    );
    assert!(MarketBands::parse(&text).is_ok());
}

/// A citation says how far it can be trusted: `[O]`, `[S]`, `[V]` or `[W]` first, or it is an
/// assumption with its reason. An ungraded or wrongly tagged citation is refused on load.
#[test]
fn a_citation_without_its_trust_grade_is_refused() {
    for bad in [
        "a published price list",
        "[X] a published price list",
        "V a published price list",
        "(V) a published price list",
    ] {
        let text = GOOD_BAND.replace("[V] a published price list", bad);
        let err = MarketBands::parse(&text).unwrap_err();
        assert!(err.field.contains("source"), "{bad}: {err}");
        assert!(err.message.contains("[W]"), "{bad}: {err}");
    }
    for tag in ["[O]", "[S]", "[V]", "[W]"] {
        let text = GOOD_BAND.replace("[V]", tag);
        assert!(MarketBands::parse(&text).is_ok(), "{tag}");
    }
}

#[test]
fn a_sources_grade_and_text_are_read_from_its_tag() {
    let source = |text: &str| -> Source { serde_json::from_value(text.into()).unwrap() };
    let cases = [
        (
            "[O] Caishui [2016] No. 36",
            Some(Grade::Official),
            "Caishui [2016] No. 36",
        ),
        ("[S] NBS 2023", Some(Grade::Statistics), "NBS 2023"),
        ("  [V] HKQAA listing", Some(Grade::Vendor), "HKQAA listing"),
        ("[W] explainer pages", Some(Grade::Weak), "explainer pages"),
        (
            "assumption: no figure found",
            Some(Grade::Assumption),
            "assumption: no figure found",
        ),
        ("an ungraded citation", None, "an ungraded citation"),
    ];
    for (text, grade, shown) in cases {
        let s = source(text);
        assert_eq!(s.grade(), grade, "{text}");
        assert_eq!(s.text(), shown, "{text}");
    }
    assert!(Grade::Weak.is_weak() && Grade::Assumption.is_weak());
    assert!(!Grade::Official.is_weak() && !Grade::Statistics.is_weak() && !Grade::Vendor.is_weak());
}

/// Every source in data/ is graded (the loader refuses any that is not), so the estimate can
/// show each figure's grade.
#[test]
fn every_source_in_the_data_has_a_grade() {
    let catalog = Catalog::from_toml_sources().unwrap();
    let value = serde_json::to_value(&catalog).unwrap();
    let mut sources = Vec::new();
    collect_sources(&value, &mut sources);
    assert!(sources.len() > 50, "{} sources", sources.len());
    for text in sources {
        let s: Source = serde_json::from_value(text.clone().into()).unwrap();
        assert!(s.grade().is_some(), "ungraded: {text}");
    }
}

/// Every string held in a field named `source` or `…_source`.
fn collect_sources(value: &serde_json::Value, out: &mut Vec<String>) {
    match value {
        serde_json::Value::Object(fields) => {
            for (name, field) in fields {
                match field {
                    serde_json::Value::String(text) if name.ends_with("source") => {
                        out.push(text.clone())
                    }
                    _ => collect_sources(field, out),
                }
            }
        }
        serde_json::Value::Array(items) => items.iter().for_each(|v| collect_sources(v, out)),
        _ => {}
    }
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
    use model::catalog::{Costs, Delivery, Trainers};
    let costs = include_str!("../../data/costs.toml");
    let broken = costs.replacen(
        "rented = { low = 500, likely = 1200, high = 2000 }",
        "rented = { low = 500, likely = 6000, high = 2000 }",
        1,
    );
    assert_ne!(broken, costs, "the test must change the venue range");
    let err = Costs::parse(&broken).unwrap_err();
    assert_eq!(err.file, "data/costs.toml");
    assert!(err.field.contains("venue.rented"), "{err}");
    // An ungraded citation in a cost file is refused too, at its field.
    let broken = costs.replacen(
        "source = \"[W] Explainer pages (domain.md): printed",
        "source = \"Explainer pages (domain.md): printed",
        1,
    );
    assert_ne!(broken, costs, "the test must change the materials' source");
    let err = Costs::parse(&broken).unwrap_err();
    assert!(err.field.contains("printed_materials"), "{err}");

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

/// A seat is held against the band for its kind of seat: each seat route has exactly one band,
/// an in-house route none (it is compared with seats instead).
#[test]
fn every_seat_route_is_held_against_exactly_one_band_and_no_in_house_route_is() {
    use model::vocab::Sourcing;
    let catalog = Catalog::from_toml_sources().unwrap();
    for sourcing in Sourcing::ALL {
        assert_eq!(
            catalog.band_for(*sourcing).is_some(),
            !sourcing.is_in_house(),
            "{sourcing:?}"
        );
    }
    assert_eq!(
        catalog.band_for(Sourcing::OnlineCourse).unwrap().id,
        "basic-online"
    );
    assert_eq!(
        catalog.band_for(Sourcing::Public).unwrap().id,
        "comprehensive-offline"
    );
    let bands = include_str!("../../data/market_bands.toml");
    let text = bands.replacen("compares = [\"online-course\"]", "compares = []", 1);
    assert_ne!(text, bands);
    let err = MarketBands::parse(&text).unwrap_err();
    assert!(err.message.contains("online-course"), "{err}");
    let text = bands.replacen(
        "compares = [\"public\"]",
        "compares = [\"public\", \"vendor\"]",
        1,
    );
    assert_ne!(text, bands);
    let err = MarketBands::parse(&text).unwrap_err();
    assert!(err.message.contains("vendor"), "{err}");
}

/// Seats: a deeper course's seat never costs less, nor a dearer trainer's; either broken is
/// refused, naming data/seats.toml.
#[test]
fn seat_prices_rise_with_depth_and_tier_or_the_file_is_refused() {
    use model::catalog::Seats;
    let seats = include_str!("../../data/seats.toml");
    assert!(Seats::parse(seats).is_ok());
    let broken = seats.replacen(
        "day.deep = { low = 1200, likely = 1800, high = 2500 }",
        "day.deep = { low = 1200, likely = 1200, high = 2500 }",
        1,
    );
    assert_ne!(broken, seats);
    let err = Seats::parse(&broken).unwrap_err();
    assert_eq!(err.file, "data/seats.toml");
    assert!(err.field.contains("public.day"), "{err}");
    let broken = seats.replacen(
        "expert = { low = 1.3, likely = 1.6, high = 2.0 }",
        "expert = { low = 1.3, likely = 1.2, high = 2.0 }",
        1,
    );
    assert_ne!(broken, seats);
    let err = Seats::parse(&broken).unwrap_err();
    assert!(err.field.contains("premium"), "{err}");
}

/// The quote rules: a default validity outside its own limits, or limits out of order, are
/// refused with the field named.
#[test]
fn broken_quote_rules_name_the_field() {
    use model::catalog::Pricing;
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
    use model::catalog::Pricing;
    let pricing = include_str!("../../data/pricing.toml");
    let limits = Pricing::parse(pricing).unwrap().limits;
    // The HR user story compares two or three options side by side.
    assert!(limits.max_options >= 2);
    for key in [
        "max_options",
        "max_vendor_chars",
        "max_client_chars",
        "max_contact_person_chars",
        "max_phone_chars",
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
