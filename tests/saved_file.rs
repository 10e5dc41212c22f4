//! Importing a file of saved work: good files come back exactly; every bad file is refused with
//! its reason, and reading never panics whatever the bytes.
#![cfg(not(target_arch = "wasm32"))]

use model::cost::{Field, Scenario, ScenarioError};
use model::quote::RateCard;
use model::worth::WorthInputs;
use model::{Catalog, Lang};
use proptest::prelude::*;
use training_planner::persist::work_file::{
    ImportError, NamedScenario, OptionChoice, OptionId, SavedWork, VERSION, import,
};

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
                id: OptionId("1".into()),
                name: "方案 A".into(),
                scenario: a,
                // Is it worth it, as typed in the option's panel: it travels with the option.
                worth: WorthInputs {
                    complaints_per_month: Some(120.0),
                    customer_value: Some(8_000.0),
                    leave_pct: Some(30.0),
                    attribution_pct: Some(50.0),
                    confidence_pct: Some(70.0),
                    change: Some(model::catalog::Range {
                        low: 2.0,
                        likely: 6.0,
                        high: 12.0,
                    }),
                    ..WorthInputs::default()
                },
            },
            NamedScenario {
                id: OptionId("w-2".into()),
                name: "Option \"B\", Shanghai".into(),
                scenario: b,
                worth: WorthInputs::default(),
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
    let (merged, _) = file.imported_over(here.clone(), &OptionChoice::All);
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
    use model::calendar::Day;
    use model::quote::{Quote, QuoteRequest};
    let c = catalog();
    let mut saved = work(&c);
    let card = RateCard::from_market(&c);
    let request = QuoteRequest {
        client: "贵阳某银行客服中心".into(),
        issued: Day::parse("2026-11-23").unwrap(),
        scenario: Scenario::default_for(&c),
        plan: saved.plan.clone(),
        contact: Default::default(),
        remarks: String::new(),
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

/// The version 2 file recorded from an earlier release, with its issued quote, written compact
/// (the recording is pretty-printed) so the tests below can edit one value by its text.
fn recorded_v2() -> String {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/saved-v2.json"
    ))
    .unwrap();
    let value: serde_json::Value = serde_json::from_str(&text).unwrap();
    serde_json::to_string(&value).unwrap()
}

#[test]
fn a_recorded_file_with_an_issued_quote_still_imports() {
    let work = import(&recorded_v2(), &catalog()).unwrap();
    assert_eq!(work.quotes.issued.len(), 1);
    assert_eq!(work.quotes.next, 2);
    assert_eq!(work.quotes.check(&catalog().pricing.limits), Ok(()));
}

/// Case 8 of issue 16, and each other kind of edit to an issued quote's figures.
#[test]
fn a_quote_edited_by_hand_is_refused_with_its_number_and_what_is_wrong() {
    let c = catalog();
    let good = recorded_v2();
    let damage_all = |edits: &[(&str, &str)]| {
        let mut damaged = good.clone();
        for (from, to) in edits {
            let next = damaged.replacen(from, to, 1);
            assert_ne!(next, damaged, "`{from}` is not in the file");
            damaged = next;
        }
        import(&damaged, &c)
    };
    let damage = |from: &str, to: &str| damage_all(&[(from, to)]);
    let refused = |result: Result<SavedWork, ImportError>, zh: &str, en: &str| {
        let e = result.unwrap_err();
        assert!(matches!(e, ImportError::BadQuote { .. }), "{e:?}");
        let (m_zh, m_en) = (e.message(Lang::Zh), e.message(Lang::En));
        assert!(m_zh.contains("QX-2026-0001") && m_zh.contains(zh), "{m_zh}");
        assert!(m_en.contains("QX-2026-0001") && m_en.contains(en), "{m_en}");
    };
    refused(
        damage("\"amount\":5200", "\"amount\":-99999999"),
        "负数",
        "negative",
    );
    // Lines and subtotal changed together: the markup no longer fits the subtotal.
    refused(
        damage_all(&[
            ("\"amount\":5200", "\"amount\":5300"),
            ("\"subtotal\":22825", "\"subtotal\":22925"),
        ]),
        "加价",
        "markup",
    );
    refused(
        damage("\"subtotal\":22825", "\"subtotal\":22826"),
        "小计",
        "subtotal",
    );
    refused(damage("\"vat\":2054", "\"vat\":2000"), "增值税", "VAT");
    refused(
        damage("\"total\":36292", "\"total\":36000"),
        "总价",
        "total",
    );
    refused(
        damage(
            "\"markup\":11413,\"markup_pct\":50.0",
            "\"markup\":11413,\"markup_pct\":40.0",
        ),
        "加价",
        "markup",
    );
    let bad_number = damage("\"number\":\"QX-2026-0001\"", "\"number\":\"QX-2026-1\"");
    assert!(matches!(
        bad_number,
        Err(ImportError::BadQuote { number: Some(ref n), problem: model::quote::QuoteProblem::BadNumber(_), .. }) if n == "QX-2026-1"
    ));
}

/// Case 7 of issue 16: two quotes with one number, which one delete then removed together.
#[test]
fn two_quotes_with_one_number_are_refused() {
    let c = catalog();
    let mut work = import(&recorded_v2(), &c).unwrap();
    let copy = work.quotes.issued[0].clone();
    work.quotes.issued.push(copy);
    let e = import(&work.to_json(), &c).unwrap_err();
    assert_eq!(e, ImportError::DuplicateQuote("QX-2026-0001".into()));
    assert!(e.message(Lang::Zh).contains("QX-2026-0001"));
    assert!(
        e.message(Lang::En).contains("same number")
            || e.message(Lang::En).contains("the number QX-2026-0001")
    );
}

#[test]
fn a_next_number_edited_down_is_raised_past_the_files_own_quotes() {
    let c = catalog();
    let text = recorded_v2().replacen("\"next\":2", "\"next\":1", 1);
    assert_ne!(text, recorded_v2());
    assert_eq!(import(&text, &c).unwrap().quotes.next, 2);
}

/// Words serde uses in its own English messages; none may reach a Chinese message.
const SERDE_WORDS: [&str; 8] = [
    "expected",
    "invalid type",
    "invalid value",
    "missing field",
    "unknown field",
    "unknown variant",
    "at line",
    "EOF",
];

fn assert_our_words(e: &ImportError) {
    let zh = e.message(Lang::Zh);
    for word in SERDE_WORDS {
        assert!(!zh.contains(word), "{word:?} in {zh}");
    }
    let en = e.message(Lang::En);
    // English may say "line 3, column 14" in its own sentence, but never serde's phrases.
    for word in ["expected", "invalid type", "EOF", "i64", "u32", "struct"] {
        assert!(!en.contains(word), "{word:?} in {en}");
    }
}

#[test]
fn refusals_are_in_our_own_words_with_the_place_and_the_field() {
    let c = catalog();
    let good = work(&c).to_json();

    let cut = import(&good[..40], &c).unwrap_err();
    assert_eq!(
        cut,
        ImportError::NotJson(training_planner::persist::work_file::JsonFault {
            place: training_planner::persist::work_file::Place {
                line: 1,
                column: 40
            },
            ends_early: true
        })
    );
    assert!(
        cut.message(Lang::Zh).contains("第 1 行第 40 列"),
        "{}",
        cut.message(Lang::Zh)
    );
    assert!(cut.message(Lang::En).contains("line 1, column 40"));
    assert_our_words(&cut);

    let broken = import("{\"format\": \"training-planner\",\n \"version\": 3 x}", &c).unwrap_err();
    assert!(
        broken.message(Lang::Zh).contains("第 2 行第 15 列"),
        "{}",
        broken.message(Lang::Zh)
    );
    assert_our_words(&broken);

    let cases = [
        (
            good.replacen("\"headcount\":30", "\"headcount\":\"thirty\"", 1),
            "类型",
        ),
        (good.replacen("\"headcount\":30,", "", 1), "“headcount”"),
        (
            good.replacen("\"headcount\":30", "\"headcount\":30,\"colour\":1", 1),
            "“colour”",
        ),
        (
            good.replacen("\"mode\":\"offline\"", "\"mode\":\"by-post\"", 1),
            "“by-post”",
        ),
        (good.replacen("\"phases\":1", "\"phases\":-1", 1), "范围"),
    ];
    for (text, zh) in cases {
        assert_ne!(text, good);
        let e = import(&text, &c).unwrap_err();
        assert!(matches!(e, ImportError::Malformed(_)), "{e:?}");
        assert!(e.message(Lang::Zh).contains(zh), "{}", e.message(Lang::Zh));
        assert!(
            e.message(Lang::Zh).contains("第 1 行第"),
            "{}",
            e.message(Lang::Zh)
        );
        assert_our_words(&e);
    }
    let no_version = import("{\"format\": \"training-planner\"}", &c).unwrap_err();
    assert!(no_version.message(Lang::Zh).contains("“version”"));
    assert_our_words(&no_version);
}

#[test]
fn a_long_name_or_value_in_a_file_is_cut_in_the_message() {
    let c = catalog();
    let good = work(&c).to_json();
    let long = "某".repeat(50_000);
    let field = import(
        &good.replacen(
            "\"headcount\":30",
            &format!("\"headcount\":30,\"{long}\":1"),
            1,
        ),
        &c,
    )
    .unwrap_err();
    let city = import(
        &good.replacen("\"city\":\"guiyang\"", &format!("\"city\":\"{long}\""), 1),
        &c,
    )
    .unwrap_err();
    let option = {
        let mut w = work(&c);
        w.options[0].name = long.clone();
        w.options[0].scenario.headcount = -1;
        import(&w.to_json(), &c).unwrap_err()
    };
    for e in [field, city, option] {
        for lang in [Lang::Zh, Lang::En] {
            let m = e.message(lang);
            assert!(
                m.chars().count() < 200,
                "{} chars: {:?}",
                m.chars().count(),
                e
            );
            assert!(m.contains("某某某…"), "{m}");
        }
    }
}

// ---- Files saved before routes: they open as the route they were priced as ----

const SAVED_V1: &str = include_str!("fixtures/saved-v1.json");

/// Saved by version 1 (two options, a plan), before routes: each option was priced as a vendor's
/// in-house course in a rented room with lunch, with a 50 % markup. It opens as that, every
/// typed value kept and the markup dropped.
#[test]
fn a_recorded_version_1_file_opens_as_a_vendors_course_in_a_rented_room() {
    use model::cost::ParticipantTime;
    use model::vocab::{DeliveryMode, DepthHours, Sourcing, TrainerTier, Venue};
    let c = catalog();
    let work = import(SAVED_V1, &c).unwrap();
    assert_eq!(work.version, VERSION, "brought to this version");
    let names: Vec<&str> = work.options.iter().map(|o| o.name.as_str()).collect();
    assert_eq!(names, ["方案 A", "方案 B"]);
    let typed: Vec<(i64, &str)> = work
        .options
        .iter()
        .map(|o| (o.scenario.headcount, o.scenario.city.as_str()))
        .collect();
    assert_eq!(typed, [(30, "guiyang"), (45, "shanghai")]);
    for o in &work.options {
        let s = &o.scenario;
        assert_eq!(
            (s.sourcing, s.venue),
            (Sourcing::Vendor, Venue::Rented),
            "{}",
            o.name
        );
        assert!(
            s.catering && !s.customise && !s.course_elsewhere,
            "{}",
            o.name
        );
        assert_eq!(
            (s.mode, s.trainer, s.trainer_travels),
            (DeliveryMode::Offline, TrainerTier::Professional, false)
        );
        assert_eq!(
            s.hours,
            DepthHours::single(model::vocab::Depth::Standard, 6.0)
        );
        assert_eq!((s.phases, s.contingency_pct, s.vat_pct), (1, 10.0, 6.0));
        assert_eq!(s.participant_time, ParticipantTime::CityWage);
        assert_eq!(s.industry, "public-service");
        // It prices, with a room line (rented) and no markup line.
        let e = model::cost::Costing::new(&c, s)
            .unwrap()
            .estimate(&c, s)
            .unwrap();
        let has = |cat| e.lines.iter().any(|l| l.category == cat);
        assert!(has(model::cost::Category::Venue));
        assert!(!has(model::cost::Category::Markup));
    }
    assert_eq!(work.plan.as_ref().map(|p| p.items.len()), Some(5));
    // Saved again, it is this version's form: routes written, no markup, and it reads back.
    let again = work.to_json();
    assert!(!again.contains("markup_pct"), "{again}");
    assert!(again.contains("\"route\":\"vendor\""), "{again}");
    assert_eq!(import(&again, &c), Ok(work));
}

/// An option an earlier version saved with the company's own trainer opens on the internal
/// route, not refused as an internal trainer bought from a vendor.
#[test]
fn an_old_option_with_an_internal_trainer_opens_on_the_internal_route() {
    use model::vocab::{Sourcing, TrainerTier, Venue};
    let c = catalog();
    for recorded in [SAVED_V1, include_str!("fixtures/saved-v2.json")] {
        let text = recorded.replacen(
            "\"trainer\": \"professional\"",
            "\"trainer\": \"internal\"",
            1,
        );
        assert_ne!(text, recorded);
        let work = import(&text, &c).unwrap();
        let s = &work.options[0].scenario;
        assert_eq!(
            (s.sourcing, s.trainer),
            (Sourcing::Internal, TrainerTier::Internal)
        );
        assert_eq!(s.venue, Venue::Rented);
        assert_eq!(
            (s.headcount, s.city.as_str(), s.vat_pct),
            (30, "guiyang", 6.0)
        );
        // The other options keep the vendor's route.
        assert!(
            work.options[1..]
                .iter()
                .all(|o| o.scenario.sourcing == Sourcing::Vendor)
        );
    }
}

/// Saved by version 2 with a rate card carrying a 50 % markup and a quote issued with it: the
/// card reads with its markup dropped, the quote as issued (markup and all) and passes its check.
#[test]
fn a_recorded_version_2_file_keeps_its_card_rates_and_its_quote_with_a_markup() {
    use model::cost::Category;
    use model::vocab::{Sourcing, Venue};
    let c = catalog();
    let work = import(&recorded_v2(), &c).unwrap();
    let s = &work.options[0].scenario;
    assert_eq!(
        (s.sourcing, s.venue, s.headcount),
        (Sourcing::Vendor, Venue::Rented, 30)
    );
    let card = work.rate_card.as_ref().unwrap();
    assert_eq!(card.vendor, "黔行培训");
    assert_eq!(card.number_prefix, "QX");
    assert_eq!(card.trainer_day.professional, 5200.0);
    assert_eq!((card.assistant_day, card.venue_day), (1200.0, 2000.0));
    assert_eq!((card.development_hour, card.vat_pct), (250.0, 6.0));
    assert_eq!(card.validity_days, 30);
    assert_eq!(card.materials_set, None, "the card had no materials rate");
    assert!(card.problems(&c).is_empty());
    let q = &work.quotes.issued[0];
    // Its amounts were whole yuan: read as such, in fen, and checked as rounded to the yuan.
    assert_eq!(
        (q.markup_pct, q.markup),
        (50.0, model::money::Fen::from_whole_yuan(11413))
    );
    assert_eq!(q.rounding, model::quote::Rounding::Yuan);
    assert_eq!(q.total, q.subtotal + q.markup + q.vat);
    assert!(q.lines.iter().any(|l| l.category == Category::Equipment));
    assert_eq!(q.problems(), []);
    assert_eq!(q.scenario.sourcing, Sourcing::Vendor);
    assert_eq!(work.quotes.check(&c.pricing.limits), Ok(()));
    // Saved again and read back, the old quote is unchanged, markup and all.
    assert_eq!(import(&work.to_json(), &c), Ok(work.clone()));
}

/// Case 9 of the second hostile pass: a 10,000-character client from a file made the quote page
/// 10,900 px tall. What a file brings holds no more than the fields that make it take.
#[test]
fn texts_longer_than_their_fields_are_refused_from_a_file() {
    use model::quote::{QuoteProblem, QuoteText};
    let c = catalog();
    let long = "长".repeat(10_000);
    // An issued quote's client.
    let mut work = import(&recorded_v2(), &c).unwrap();
    work.quotes.issued[0].client = long.clone();
    let e = import(&work.to_json(), &c).unwrap_err();
    assert!(
        matches!(
            e,
            ImportError::BadQuote {
                problem: QuoteProblem::TooLong {
                    text: QuoteText::Client,
                    max: 80
                },
                ..
            }
        ),
        "{e:?}"
    );
    assert!(
        e.message(Lang::Zh).contains("80"),
        "{}",
        e.message(Lang::Zh)
    );
    // The client typed on the quote desk, and the budget request's reason.
    let mut work = import(&recorded_v2(), &c).unwrap();
    work.desk.client = long.clone();
    let e = import(&work.to_json(), &c).unwrap_err();
    assert_eq!(
        e,
        ImportError::TooLong {
            field: model::i18n::work_file::CLIENT,
            max: c.pricing.limits.max_client_chars
        }
    );
    assert!(
        e.message(Lang::En).contains("Client"),
        "{}",
        e.message(Lang::En)
    );
    let mut work = import(&recorded_v2(), &c).unwrap();
    work.budget.reason = long;
    assert!(matches!(
        import(&work.to_json(), &c),
        Err(ImportError::TooLong { max: 600, .. })
    ));
    // At the limits, a file reads.
    let mut work = import(&recorded_v2(), &c).unwrap();
    work.desk.client = "长".repeat(c.pricing.limits.max_client_chars);
    work.desk.remarks = "长".repeat(c.pricing.limits.max_remarks_chars);
    assert!(import(&work.to_json(), &c).is_ok());
}
