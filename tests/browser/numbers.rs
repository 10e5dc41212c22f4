//! Numbers typed or carried in a link are read in the browser by the engine's own parser (to
//! keep Rust's decimal parser out of the download): it must give exactly what Rust's gives.

use rand::{RngExt, SeedableRng};
use rand_pcg::Pcg64Mcg;
use training_planner::input::parse_number;
use training_planner::model::cost::Scenario;
use training_planner::model::{Catalog, Lang};
use training_planner::share::open::{open, scenario_query};
use wasm_bindgen_test::wasm_bindgen_test;

/// A plain decimal with up to 17 significant digits (as many as a link writes), a point
/// anywhere or nowhere, and sometimes a sign.
fn random_decimal(rng: &mut Pcg64Mcg) -> String {
    let len = rng.random_range(1..=17);
    let mut text: String = (0..len)
        .map(|_| char::from(b'0' + rng.random_range(0..10u8)))
        .collect();
    let point = rng.random_range(0..=len + 2);
    if point <= len {
        text.insert(point, '.');
    }
    match rng.random_range(0..3) {
        0 => format!("-{text}"),
        1 => format!("+{text}"),
        _ => text,
    }
}

#[wasm_bindgen_test]
fn typed_decimals_read_as_rusts_own_parser_reads_them() {
    let mut rng = Pcg64Mcg::seed_from_u64(7);
    // Halfway and long cases first: 2^53 + 1 rounds to even, 0.1 is inexact.
    let mut cases: Vec<String> = ["9007199254740993", "0.1", "22.464948868086598", ".5", "12."]
        .map(String::from)
        .to_vec();
    cases.extend((0..5000).map(|_| random_decimal(&mut rng)));
    for text in cases {
        let expected: f64 = text.parse().unwrap();
        assert_eq!(parse_number(&text), Ok(expected), "{text}");
    }
}

#[wasm_bindgen_test]
fn a_scenario_with_long_decimals_opens_from_its_link_unchanged() {
    let catalog = Catalog::embedded().unwrap();
    let scenario = Scenario {
        contingency_pct: 22.464948868086598,
        markup_pct: 1567.2389396654899 / 100.0,
        ..Scenario::default_for(&catalog)
    };
    let query = scenario_query(&scenario, &catalog, Lang::Zh);
    let opened = open(&query, &catalog);
    assert!(opened.issues.is_empty(), "{query}");
    assert_eq!(opened.scenario, scenario, "{query}");
}
