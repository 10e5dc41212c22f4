//! Comparing received quotes, worked by hand from the rules: the tax bases, per class hour,
//! each flag on a case made to trip it and one that must not, lowest-price scores and ranks,
//! and the purchasing lines at, below and above them (`data/compare.toml`, `data/tax.toml`).
#![cfg(not(target_arch = "wasm32"))]

use model::calendar::Day;
use model::catalog::{Invoice, Taxpayer};
use model::compare::{
    Basis, Bid, BidLine, Buyer, BuyerTaxpayer, Comparison, Flag, LineKind, Lines, Marks,
    RuleWarning, Scope, Title, Weights, flags, rule, scores,
};
use model::cost::Scenario;
use model::{Catalog, Lang};

fn catalog() -> Catalog {
    Catalog::from_toml_sources().expect("data/ loads")
}

fn today() -> Day {
    Day::parse("2026-12-06").unwrap()
}

/// A quote the quote desk drafts from the market's rate card for the default course.
fn desk_quote(c: &Catalog, remarks: &str) -> model::quote::Quote {
    use model::quote::{Quote, QuoteRequest, RateCard};
    let request = QuoteRequest {
        client: "贵阳市政务服务中心".into(),
        issued: today(),
        scenario: Scenario::default_for(c),
        plan: None,
        contact: Default::default(),
        remarks: remarks.into(),
    };
    Quote::draft(c, &RateCard::from_market(c), &request).unwrap()
}

fn scope(c: &Catalog) -> Scope {
    Scope::new(c, &Scenario::default_for(c)).unwrap()
}

/// A general taxpayer's quote of `total` with tax, on `invoice`.
fn bid(total: f64, invoice: Option<Invoice>) -> Bid {
    Bid {
        vendor: "甲".into(),
        total: Some(total),
        tax_included: true,
        taxpayer: Taxpayer::General,
        invoice,
        ..Bid::default()
    }
}

#[test]
fn the_cost_to_the_buyer_follows_its_invoice_and_its_own_tax_status() {
    let c = catalog();
    let s = scope(&c);
    let cost = |b: &Bid, buyer| Basis::of(&c, b, buyer, &s).cost;
    // 10,600 with 6 % VAT on a special invoice: a general-taxpayer buyer deducts the 600.
    let special = bid(10_600.0, Some(Invoice::Special));
    assert!((cost(&special, BuyerTaxpayer::General) - 10_000.0).abs() < 1e-6);
    assert!((cost(&special, BuyerTaxpayer::SmallScale) - 10_600.0).abs() < 1e-6);
    // On an ordinary invoice nobody deducts.
    let ordinary = bid(10_600.0, Some(Invoice::Ordinary));
    assert!((cost(&ordinary, BuyerTaxpayer::General) - 10_600.0).abs() < 1e-6);
    assert!((cost(&ordinary, BuyerTaxpayer::SmallScale) - 10_600.0).abs() < 1e-6);
    // A price without tax is grossed up by its rate: 10,000 at 6 % is 10,600 with tax.
    let without = Bid {
        tax_included: false,
        total: Some(10_000.0),
        ..special.clone()
    };
    let basis = Basis::of(&c, &without, BuyerTaxpayer::SmallScale, &s);
    assert!((basis.with_tax - 10_600.0).abs() < 1e-6 && (basis.tax - 600.0).abs() < 1e-6);
    // A small-scale vendor's 1 % (data/tax.toml), lines instead of a total.
    let small = Bid {
        lines: vec![BidLine {
            item: "讲师费".into(),
            unit: "天".into(),
            quantity: 2.0,
            unit_price: 5_000.0,
            kind: LineKind::LectureFee,
        }],
        total: None,
        tax_included: false,
        taxpayer: Taxpayer::SmallScale,
        ..special
    };
    let basis = Basis::of(&c, &small, BuyerTaxpayer::SmallScale, &s);
    assert!((basis.with_tax - 10_100.0).abs() < 1e-6);
}

#[test]
fn per_head_per_person_day_and_per_class_hour() {
    let c = catalog();
    let s = scope(&c);
    let default = Scenario::default_for(&c);
    // A class hour is 45 minutes: the default course's hours × 60 / 45, in each class.
    let class_hours = default.total_hours() * 60.0 / 45.0 * f64::from(s.classes);
    assert!((s.class_hours - class_hours).abs() < 1e-9);
    let b = Basis::of(
        &c,
        &bid(10_600.0, Some(Invoice::Special)),
        BuyerTaxpayer::General,
        &s,
    );
    assert!((b.per_class_hour.unwrap() - 10_000.0 / class_hours).abs() < 1e-6);
    assert!((b.per_head - 10_000.0 / default.headcount as f64).abs() < 1e-6);
    let person_days = default.headcount as f64 * f64::from(s.days_per_class);
    assert!((b.per_person_day.unwrap() - 10_000.0 / person_days).abs() < 1e-6);
}

#[test]
fn each_flag_trips_on_its_case_and_not_on_a_fair_quote() {
    let c = catalog();
    let s = scope(&c);
    let rules = &c.compare;
    let check = |b: &Bid, public: bool| {
        let basis = Basis::of(&c, b, BuyerTaxpayer::General, &s);
        flags(rules, b, &basis, &s, today(), public)
    };
    let fair = Bid {
        days_billed: Some(s.trainer_days),
        valid_until: Some(today()),
        ..bid(s.market.likely, Some(Invoice::Special))
    };
    assert_eq!(check(&fair, true), vec![]);
    let dear = bid(3.0 * s.market.likely, Some(Invoice::Special));
    assert_eq!(
        check(&dear, false),
        vec![Flag::AboveMarket {
            high: s.market.high
        }]
    );
    let cheap = bid(0.5 * s.market.low, Some(Invoice::Special));
    assert_eq!(
        check(&cheap, false),
        vec![Flag::FarBelowMarket { low: s.market.low }]
    );
    // Just under the market's low is cheap, not suspicious (70 % is the line).
    assert_eq!(
        check(&bid(0.75 * s.market.low, Some(Invoice::Special)), false),
        vec![]
    );
    let days = Bid {
        days_billed: Some(s.trainer_days + 1.0),
        ..fair.clone()
    };
    assert_eq!(
        check(&days, false),
        vec![Flag::DaysBeyondHours {
            billed: s.trainer_days + 1.0,
            needed: s.trainer_days
        }]
    );
    let yesterday = Day::parse("2026-12-05").unwrap();
    let old = Bid {
        valid_until: Some(yesterday),
        ..fair.clone()
    };
    assert_eq!(check(&old, false), vec![Flag::Expired { on: yesterday }]);
    let no_invoice = Bid {
        invoice: None,
        ..fair.clone()
    };
    assert_eq!(check(&no_invoice, false), vec![Flag::NoInvoice]);
    // A senior lecturer's fee: 1,200 a class hour is over the 1,000 cap, 900 is not; the cap
    // only for a buyer who follows the public-sector rules.
    let fee = |per_hour: f64| Bid {
        lines: vec![BidLine {
            item: "讲课费".into(),
            unit: "学时".into(),
            quantity: 8.0,
            unit_price: per_hour,
            kind: LineKind::LectureFee,
        }],
        class_hours_billed: Some(8.0),
        title: Some(Title::Senior),
        ..fair.clone()
    };
    assert!(
        check(&fee(1_200.0), true).contains(&Flag::LectureFeeOverCap {
            per_class_hour: 1_200.0,
            cap: 1_000.0
        })
    );
    assert!(
        !check(&fee(1_200.0), false)
            .iter()
            .any(|f| matches!(f, Flag::LectureFeeOverCap { .. }))
    );
    assert!(
        !check(&fee(900.0), true)
            .iter()
            .any(|f| matches!(f, Flag::LectureFeeOverCap { .. }))
    );
    // Every flag says why, in both languages.
    for f in check(&dear, false).iter().chain(&check(&old, false)) {
        assert!(!f.reason(Lang::Zh).is_empty() && !f.reason(Lang::En).is_empty());
    }
}

#[test]
fn lowest_price_scores_and_ranks() {
    let w = Weights {
        price: 60.0,
        trainer: 20.0,
        fit: 10.0,
        service: 10.0,
    };
    let all = |m: f64| Marks {
        trainer: m,
        fit: m,
        service: m,
    };
    // Costs 10,000 / 12,500 / 20,000 with the same marks (80): price points 60, 48, 30, plus
    // 80 % of the other 40 points each (32): 92, 80, 62.
    let costs = [Some(10_000.0), Some(12_500.0), Some(20_000.0)];
    let s = scores(&costs, &[all(80.0); 3], &w);
    let totals: Vec<f64> = s.iter().map(|s| s.unwrap().total).collect();
    for (got, want) in totals.iter().zip([92.0, 80.0, 62.0]) {
        assert!((got - want).abs() < 1e-9, "{totals:?}");
    }
    assert_eq!(
        s.iter().map(|s| s.unwrap().rank).collect::<Vec<_>>(),
        [1, 2, 3]
    );
    // The dearer quote with full marks (48 + 40 = 88) beats the cheapest with half (60 + 20).
    let s = scores(&costs[..2], &[all(50.0), all(100.0)], &w);
    assert_eq!((s[0].unwrap().rank, s[1].unwrap().rank), (2, 1));
    // A quote that is not valid is not scored and does not set the lowest price.
    let s = scores(&[None, Some(12_500.0)], &[all(0.0); 2], &w);
    assert!(s[0].is_none());
    assert!((s[1].unwrap().price - 60.0).abs() < 1e-9);
}

#[test]
fn the_purchasing_lines_at_below_and_above() {
    let c = catalog();
    let r = &Lines::from_data(&c.compare.rule);
    // Three quotes from 5,000: at the line with two quotes, the rule is not met.
    assert_eq!(rule(r, 1, 4_999.99), vec![]);
    assert_eq!(
        rule(r, 2, 5_000.0),
        vec![RuleWarning::TooFewQuotes {
            valid: 2,
            line: 5_000.0
        }]
    );
    assert_eq!(rule(r, 3, 5_000.0), vec![]);
    // A tender from 100,000.
    assert_eq!(rule(r, 3, 99_999.0), vec![]);
    assert_eq!(
        rule(r, 3, 100_000.0),
        vec![RuleWarning::TenderNeeded { line: 100_000.0 }]
    );
}

#[test]
fn the_comparison_recommends_the_best_valid_quote_with_its_reason() {
    let c = catalog();
    let s = scope(&c);
    let buyer = Buyer {
        taxpayer: BuyerTaxpayer::General,
        public_caps: false,
        weights: Weights::from_data(&c.compare.weights),
        lines: Lines::from_data(&c.compare.rule),
    };
    let marks = Marks {
        trainer: 80.0,
        fit: 80.0,
        service: 80.0,
    };
    let fair = Bid {
        vendor: "黔行".into(),
        marks,
        ..bid(s.market.likely, Some(Invoice::Special))
    };
    let dear = Bid {
        vendor: "高价".into(),
        marks,
        ..bid(3.0 * s.market.likely, Some(Invoice::Special))
    };
    let expired = Bid {
        vendor: "过期".into(),
        valid_until: Some(Day::parse("2026-11-30").unwrap()),
        marks,
        ..bid(0.9 * s.market.likely, Some(Invoice::Special))
    };
    let bids = [dear, fair, expired];
    let cmp = Comparison::new(&c, &Scenario::default_for(&c), &bids, &buyer, today()).unwrap();
    assert_eq!(cmp.winner, Some(1));
    assert!(!cmp.bids[2].valid && cmp.bids[2].score.is_none());
    // Two valid quotes for a course over 5,000: the rule says so.
    assert!(s.market.likely >= 5_000.0);
    assert!(cmp.rule.contains(&RuleWarning::TooFewQuotes {
        valid: 2,
        line: 5_000.0
    }));
    let reason = cmp.reason(&bids, Lang::Zh).unwrap();
    assert!(
        reason.contains("黔行") && reason.contains("实际成本最低"),
        "{reason}"
    );
}

#[test]
fn a_quote_from_the_quote_desk_opens_as_a_bid_with_its_total_and_terms() {
    let c = catalog();
    let q = desk_quote(&c, "含教材");
    let b = Bid::from_quote(&q, Lang::Zh);
    let s = scope(&c);
    let basis = Basis::of(&c, &b, BuyerTaxpayer::SmallScale, &s);
    // Its lines add up to the quote's subtotal, and with the quote's VAT rate to its total.
    assert!((b.quoted() - q.subtotal.yuan()).abs() < 0.005);
    assert!(
        (basis.with_tax - q.total.yuan()).abs() <= 0.01,
        "{} vs {}",
        basis.with_tax,
        q.total.yuan()
    );
    assert_eq!(b.valid_until, Some(q.valid_until));
    assert_eq!(b.invoice, q.terms.as_ref().map(|t| t.invoice));
    assert_eq!(b.remarks, "含教材");
    // The market's own quote for the same scope is a fair one: no flag about its price or days.
    let f = flags(&c.compare, &b, &basis, &s, today(), false);
    assert!(
        !f.iter().any(|f| matches!(
            f,
            Flag::AboveMarket { .. } | Flag::FarBelowMarket { .. } | Flag::DaysBeyondHours { .. }
        )),
        "{f:?}"
    );
}

#[test]
fn a_quote_file_is_read_and_anything_else_is_refused_with_its_reason() {
    use model::compare::{QuoteFileError, read_quote};
    let c = catalog();
    let q = desk_quote(&c, "");
    let text = serde_json::to_string(&q).unwrap();
    // The desk's own export (a draft, without a number) opens as the quote it is.
    let bid = read_quote(&text, &c, Lang::Zh).unwrap();
    assert_eq!(bid, Bid::from_quote(&q, Lang::Zh));
    // Not JSON: where the reading stopped.
    assert!(matches!(
        read_quote("报价单\n总价 10000", &c, Lang::Zh),
        Err(QuoteFileError::NotJson { line: 1, .. })
    ));
    // JSON of something else (a work file's envelope).
    assert_eq!(
        read_quote(r#"{"format":"training-planner","version":5}"#, &c, Lang::Zh),
        Err(QuoteFileError::NotAQuote)
    );
    // A total edited by hand no longer matches its lines.
    let mut damaged = q.clone();
    damaged.total = model::money::Fen(damaged.total.0 - 100_000);
    let refused = read_quote(&serde_json::to_string(&damaged).unwrap(), &c, Lang::Zh);
    assert!(
        matches!(refused, Err(QuoteFileError::Damaged(_))),
        "{refused:?}"
    );
    // Past the size limit (data/pricing.toml), refused before it is parsed.
    let big = " ".repeat(c.pricing.limits.import_bytes as usize + 1);
    assert!(matches!(
        read_quote(&big, &c, Lang::Zh),
        Err(QuoteFileError::TooLarge { .. })
    ));
}

#[test]
fn lines_that_map_onto_the_model_are_held_against_the_market_before_tax() {
    use model::compare::line_checks;
    let c = catalog();
    let s = scope(&c);
    let (rate, set, travel) = (s.day_rate, s.materials_set, s.travel);
    // The default course is in person: a printed set at data/costs.toml's price for its
    // deepest depth taught.
    let deepest = *model::vocab::Depth::ALL
        .iter()
        .rfind(|&&d| s.scenario.hours.get(d) > 0.0)
        .unwrap();
    assert_eq!(set, *c.costs.printed_materials.set(deepest));
    assert!(travel.low <= travel.likely && travel.likely <= travel.high);
    let line = |unit: &str, quantity: f64, price: f64, kind: LineKind| BidLine {
        item: "项目".into(),
        unit: unit.into(),
        quantity,
        unit_price: price,
        kind,
    };
    // Prices with 6 % VAT, as the quote states them.
    let bid = Bid {
        lines: vec![
            line("天", 1.0, rate.high * 1.06 * 1.5, LineKind::LectureFee),
            line("天", 1.0, rate.likely * 1.06, LineKind::LectureFee),
            line("课时", 8.0, 800.0, LineKind::LectureFee),
            line("套", 30.0, set.likely * 1.06, LineKind::Materials),
            line("项", 2.0, (travel.high + 500.0) * 1.06, LineKind::Travel),
            line("项", 1.0, 500.0, LineKind::Other),
        ],
        tax_included: true,
        taxpayer: Taxpayer::General,
        invoice: Some(Invoice::Special),
        ..Bid::default()
    };
    let basis = Basis::of(&c, &bid, BuyerTaxpayer::General, &s);
    let checks = line_checks(&bid, &basis, &s);
    // Compared before tax: 1.5 × the high day rate is above, the likely inside.
    assert!(checks[0].unwrap().above());
    let fair = checks[1].unwrap();
    assert!(!fair.above() && !fair.below());
    assert!((fair.price - rate.likely).abs() < 1e-6);
    // A fee by the class hour does not map onto a day rate.
    assert_eq!(checks[2], None);
    // A set at the market's likely price is fair; travel is held in all (two trips of more
    // than the high each) and is above.
    let materials = checks[3].unwrap();
    assert!((materials.price - set.likely).abs() < 1e-6 && !materials.above());
    let t = checks[4].unwrap();
    assert!(t.above() && (t.price - 2.0 * (travel.high + 500.0)).abs() < 1e-6);
    assert_eq!(checks[5], None);
}

#[test]
fn a_quote_not_yet_priced_is_not_flagged_against_the_market_nor_counted() {
    let c = catalog();
    let s = scope(&c);
    let blank = Bid {
        invoice: Some(Invoice::Special),
        ..Bid::default()
    };
    let basis = Basis::of(&c, &blank, BuyerTaxpayer::General, &s);
    assert_eq!(
        flags(&c.compare, &blank, &basis, &s, today(), false),
        vec![]
    );
    let buyer = Buyer {
        taxpayer: BuyerTaxpayer::General,
        public_caps: false,
        weights: Weights::from_data(&c.compare.weights),
        lines: Lines::from_data(&c.compare.rule),
    };
    let comparison = Comparison::new(&c, &s.scenario, &[blank], &buyer, today()).unwrap();
    assert!(!comparison.bids[0].valid && comparison.winner.is_none());
}
