//! Importing a file of saved work: good files come back exactly; every bad file is refused with
//! its reason, and reading never panics whatever the bytes.
#![cfg(not(target_arch = "wasm32"))]

use model::cost::{Field, Scenario, ScenarioError};
use model::quote::{QuoteBook, RateCard};
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

mod storage {
    use super::*;
    use training_planner::share::storage::{ASIDE_PREFIX, Restored, aside_key, restore};

    #[test]
    fn saved_work_is_restored_and_corrupted_or_newer_data_is_kept_aside() {
        let c = catalog();
        assert_eq!(restore(None, &c), Restored::Nothing);
        let saved = work(&c);
        assert_eq!(
            restore(Some(saved.to_json()), &c),
            Restored::Work(saved.clone())
        );

        let corrupted = saved.to_json()[..40].to_string();
        match restore(Some(corrupted.clone()), &c) {
            Restored::Unreadable { raw, why } => {
                assert_eq!(raw, corrupted, "the text is handed back whole, to be kept");
                assert!(matches!(why, ImportError::NotJson(_)));
            }
            other => panic!("{other:?}"),
        }
        let newer = saved.to_json().replacen(
            &format!("\"version\":{VERSION}"),
            &format!("\"version\":{}", VERSION + 1),
            1,
        );
        assert_eq!(
            restore(Some(newer.clone()), &c),
            Restored::Unreadable {
                why: ImportError::NewerVersion(VERSION + 1),
                raw: newer
            }
        );
    }

    #[test]
    fn data_set_aside_never_overwrites_earlier_data_set_aside() {
        let taken = [format!("{ASIDE_PREFIX}1"), format!("{ASIDE_PREFIX}2")];
        let key = aside_key(|k| taken.iter().any(|t| t == k));
        assert_eq!(key, format!("{ASIDE_PREFIX}3"));
    }

    /// A save written by version 1 (recorded when that version shipped, never regenerated):
    /// every later version must read it, through its migrations, with nothing lost.
    #[test]
    fn a_version_1_save_migrates_with_its_options_and_plan() {
        let c = catalog();
        let fixture = include_str!("fixtures/saved-v1.json");
        assert!(fixture.contains("\"version\": 1"));
        match restore(Some(fixture.to_string()), &c) {
            Restored::Work(w) => {
                assert_eq!(w.version, VERSION, "migrated to the current version");
                assert_eq!(w.options.len(), 2);
                assert_eq!(w.options[0].scenario.headcount, 30);
                assert_eq!(w.options[1].scenario.city, "shanghai");
                assert_eq!(w.rate_card, None, "version 1 had no rate card");
                assert_eq!(w.quotes, QuoteBook::default());
            }
            other => panic!("{other:?}"),
        }
    }

    /// A save written by version 2 (recorded when it shipped): a vendor's rate card and an
    /// issued quote come back exactly, numbered as they were.
    #[test]
    fn a_version_2_save_reads_with_its_rate_card_and_quotes() {
        let c = catalog();
        let fixture = include_str!("fixtures/saved-v2.json");
        match restore(Some(fixture.to_string()), &c) {
            Restored::Work(w) => {
                let card = w.rate_card.expect("the rate card");
                assert_eq!(card.vendor, "黔行培训");
                assert_eq!(card.trainer_day.professional, 5200.0);
                assert_eq!(w.quotes.next, 2);
                let quote = &w.quotes.issued[0];
                assert_eq!(quote.number.as_deref(), Some("QX-2026-0001"));
                assert_eq!(quote.total, quote.subtotal + quote.markup + quote.vat);
                assert!(w.plan.is_some());
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_file_of_ours_without_a_version_it_can_read_is_refused() {
        let c = catalog();
        let ours = |rest: &str| format!("{{\"format\":\"training-planner\"{rest}}}");
        assert!(matches!(
            import(&ours(""), &c),
            Err(ImportError::Malformed(_))
        ));
        assert!(matches!(
            import(&ours(",\"version\":0,\"options\":[]"), &c),
            Err(ImportError::Malformed(_))
        ));
        // JSON that is not an object, or whose format is not text, is someone else's.
        assert_eq!(import("[1, 2]", &c), Err(ImportError::NotOurs));
        assert_eq!(import("{\"format\": 7}", &c), Err(ImportError::NotOurs));
    }

    #[test]
    fn a_version_1_save_with_fields_it_never_had_is_refused() {
        let c = catalog();
        let fixture = include_str!("fixtures/saved-v1.json");
        let with_quotes = fixture.replacen("\"version\": 1", "\"version\": 1, \"quotes\": {}", 1);
        assert_ne!(with_quotes, fixture);
        assert!(matches!(
            import(&with_quotes, &c),
            Err(ImportError::Malformed(_))
        ));
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

#[test]
fn an_empty_envelope_in_storage_is_nothing_saved_not_damage() {
    use training_planner::share::storage::{Restored, restore};
    let c = catalog();
    assert_eq!(
        restore(Some(SavedWork::empty().to_json()), &c),
        Restored::Nothing
    );
}
