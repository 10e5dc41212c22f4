//! Importing a file of saved work: good files come back exactly; every bad file is refused with
//! its reason, and reading never panics whatever the bytes.
#![cfg(not(target_arch = "wasm32"))]

use model::cost::{Field, Scenario, ScenarioError};
use model::quote::RateCard;
use model::{Catalog, Lang};
use proptest::prelude::*;
use training_planner::share::file::{ImportError, NamedScenario, SavedWork, VERSION, import};

fn catalog() -> Catalog {
    training_planner::catalog::catalog().clone()
}

fn work(c: &Catalog) -> SavedWork {
    let a = Scenario::default_for(c);
    let b = Scenario {
        city: "shanghai".into(),
        headcount: 45,
        ..a.clone()
    };
    let plan = c.modules.preset_plan("frontline-essentials");
    SavedWork::new(
        vec![
            NamedScenario {
                name: "方案 A".into(),
                scenario: a,
            },
            NamedScenario {
                name: "Option \"B\", Shanghai".into(),
                scenario: b,
            },
        ],
        plan,
    )
}

#[test]
fn an_exported_file_imports_as_exactly_what_was_saved() {
    let c = catalog();
    let saved = work(&c);
    assert_eq!(import(&saved.to_json(), &c), Ok(saved));
}

#[test]
fn each_kind_of_bad_file_is_refused_with_its_reason() {
    let c = catalog();
    let good = work(&c).to_json();
    let max = c.pricing.limits.import_bytes as usize;

    let huge = format!("{good}{}", " ".repeat(max));
    assert!(matches!(
        import(&huge, &c),
        Err(ImportError::TooLarge { .. })
    ));
    assert!(matches!(
        import("{\"format\": ", &c),
        Err(ImportError::NotJson(_))
    ));
    assert_eq!(
        import("{\"name\": \"someone else's file\"}", &c),
        Err(ImportError::NotOurs)
    );

    // Each damaged file must differ from the good one, or the test would prove nothing.
    let damage = |from: &str, to: &str| {
        let damaged = good.replacen(from, to, 1);
        assert_ne!(damaged, good, "`{from}` is not in the file");
        damaged
    };
    let newer = damage(&format!("\"version\":{VERSION}"), "\"version\":99");
    assert_eq!(import(&newer, &c), Err(ImportError::NewerVersion(99)));

    let malformed = damage("\"headcount\":30", "\"headcount\":\"thirty\"");
    assert!(matches!(
        import(&malformed, &c),
        Err(ImportError::Malformed(_))
    ));

    let refused = damage("\"headcount\":30", "\"headcount\":-4");
    match import(&refused, &c) {
        Err(ImportError::Refused { option, error }) => {
            assert_eq!(option, "方案 A");
            assert_eq!(error.field(), Field::Headcount);
        }
        other => panic!("{other:?}"),
    }
    let unknown_city = damage("\"city\":\"guiyang\"", "\"city\":\"atlantis\"");
    assert!(matches!(
        import(&unknown_city, &c),
        Err(ImportError::Refused {
            error: ScenarioError::UnknownCity(_),
            ..
        })
    ));

    let empty = SavedWork::new(vec![], None).to_json();
    assert_eq!(import(&empty, &c), Err(ImportError::Empty));
}

#[test]
fn every_refusal_has_a_message_in_both_languages() {
    let c = catalog();
    for text in [
        "",
        "[]",
        "{\"format\": \"training-planner\"}",
        "{\"format\": \"training-planner\", \"version\": 7}",
    ] {
        let err = import(text, &c).unwrap_err();
        assert!(
            !err.message(Lang::Zh).is_empty() && !err.message(Lang::En).is_empty(),
            "{err:?}"
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4000))]

    /// Stands in for a fuzzer: arbitrary text never panics the reader.
    #[test]
    fn arbitrary_text_never_panics(text in ".{0,400}") {
        let _ = import(&text, training_planner::catalog::catalog());
    }

    /// Files that look like ours but are damaged never panic either.
    #[test]
    fn damaged_files_never_panic(cut in 0usize..4000, junk in "[\\[\\]{}\",:0-9a-z -]{0,12}") {
        let good = work(training_planner::catalog::catalog()).to_json();
        let at = cut.min(good.len());
        let at = (0..=at).rev().find(|i| good.is_char_boundary(*i)).unwrap_or(0);
        let damaged = format!("{}{junk}{}", &good[..at], &good[at..]);
        let _ = import(&damaged, training_planner::catalog::catalog());
    }
}

#[test]
fn a_rate_card_out_of_range_in_a_file_is_refused_and_named() {
    let c = catalog();
    let mut saved = work(&c);
    let mut card = RateCard::from_market(&c);
    card.venue_day = -50.0;
    saved.rate_card = Some(card);
    match import(&saved.to_json(), &c) {
        Err(e @ ImportError::BadRateCard(_)) => {
            assert!(
                e.message(Lang::Zh).contains("场地日租"),
                "{}",
                e.message(Lang::Zh)
            );
            assert!(e.message(Lang::En).contains("Venue per day"));
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_file_with_only_a_rate_card_is_work_worth_importing() {
    let c = catalog();
    let mut saved = SavedWork::empty();
    saved.rate_card = Some(RateCard::from_market(&c));
    assert_eq!(import(&saved.to_json(), &c), Ok(saved));
}

#[test]
fn importing_replaces_only_the_parts_a_file_holds_and_never_reuses_a_quote_number() {
    let c = catalog();
    let mut here = work(&c);
    here.quotes.next = 7;
    let mut file = SavedWork::empty();
    let mut card = RateCard::from_market(&c);
    card.vendor = "另一家".into();
    file.rate_card = Some(card.clone());
    file.quotes.next = 3;
    let merged = file.imported_over(here.clone());
    assert_eq!(merged.options, here.options, "the file had no options");
    assert_eq!(merged.plan, here.plan, "the file had no plan");
    assert_eq!(
        merged.rate_card,
        Some(card),
        "the file's rate card replaces"
    );
    assert_eq!(
        merged.quotes.next, 7,
        "numbering continues from the higher book"
    );
}

/// A vendor's year of quotes still fits under the import limit, so their own export always
/// imports again (and local storage, read the same way, never refuses its own data).
#[test]
fn a_year_of_issued_quotes_still_imports() {
    use model::quote::{Day, Quote, QuoteRequest};
    let c = catalog();
    let mut saved = work(&c);
    let card = RateCard::from_market(&c);
    let request = QuoteRequest {
        client: "贵阳某银行客服中心".into(),
        issued: Day::parse("2026-11-23").unwrap(),
        scenario: Scenario::default_for(&c),
        plan: saved.plan.clone(),
    };
    let draft = Quote::draft(&c, &card, &request).unwrap();
    for _ in 0..400 {
        saved.quotes.issue(draft.clone(), "Q").unwrap();
    }
    saved.rate_card = Some(card);
    let text = saved.to_json();
    assert!(
        (text.len() as u64) < c.pricing.limits.import_bytes,
        "{} bytes",
        text.len()
    );
    assert_eq!(import(&text, &c), Ok(saved));
}
