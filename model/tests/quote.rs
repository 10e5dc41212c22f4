//! A vendor's quote: priced from their own rate card, adding up to the yuan, numbered without
//! gaps or repeats, valid for the card's number of days, and refused with a reason when the card
//! or the course cannot be priced.
#![cfg(not(target_arch = "wasm32"))]

use model::cost::{Category, Scenario};
use model::plan::{Plan, PlanItem};
use model::quote::{
    CardError, CardField, Day, IssueError, Quote, QuoteBook, QuoteError, QuoteRequest, RateCard,
};
use model::vocab::{Audience, Depth, TrainerTier};
use model::{Catalog, Lang};
use proptest::prelude::*;

fn catalog() -> Catalog {
    Catalog::from_toml_sources().unwrap()
}

fn request(c: &Catalog) -> QuoteRequest {
    QuoteRequest {
        client: "贵阳市政务服务中心".into(),
        issued: Day::parse("2026-11-23").unwrap(),
        scenario: Scenario::default_for(c),
        plan: None,
    }
}

fn line(q: &Quote, category: Category) -> i64 {
    q.lines
        .iter()
        .find(|l| l.category == category)
        .map_or(0, |l| l.amount)
}

#[test]
fn a_quote_adds_up_to_the_yuan() {
    let c = catalog();
    let q = Quote::draft(&c, &RateCard::from_market(&c), &request(&c)).unwrap();
    assert!(!q.lines.is_empty());
    assert_eq!(q.subtotal, q.lines.iter().map(|l| l.amount).sum::<i64>());
    assert_eq!(q.total, q.subtotal + q.markup + q.vat);
    // Markup on the subtotal, VAT on the subtotal plus markup, each to the nearest yuan.
    let card = RateCard::from_market(&c);
    assert!((q.markup as f64 - q.subtotal as f64 * card.markup_pct / 100.0).abs() <= 0.5);
    assert!((q.vat as f64 - (q.subtotal + q.markup) as f64 * card.vat_pct / 100.0).abs() <= 0.5);
    assert_eq!(q.number, None, "a draft has no number");
}

#[test]
fn a_quote_holds_only_what_the_vendor_charges() {
    let c = catalog();
    let q = Quote::draft(&c, &RateCard::from_market(&c), &request(&c)).unwrap();
    for l in &q.lines {
        assert!(
            l.category.is_direct(),
            "{:?} is the buyer's cost, not the vendor's",
            l.category
        );
        assert!(l.amount > 0);
    }
}

#[test]
fn the_cards_trainer_rate_is_charged_as_typed() {
    let c = catalog();
    let mut card = RateCard::from_market(&c);
    let req = request(&c);
    assert_eq!(req.scenario.trainer, TrainerTier::Professional);
    card.trainer_day.professional = 5000.0;
    let q = Quote::draft(&c, &card, &req).unwrap();
    card.trainer_day.professional = 10000.0;
    let doubled = Quote::draft(&c, &card, &req).unwrap();
    let fees = line(&q, Category::TrainerFees);
    assert!(fees >= 5000, "at least one day at the card's rate");
    assert_eq!(fees % 5000, 0, "whole days at the card's rate: {fees}");
    assert_eq!(line(&doubled, Category::TrainerFees), 2 * fees);
    // Another tier's rate does not touch this quote.
    card.trainer_day.expert = 99999.0;
    assert_eq!(
        line(
            &Quote::draft(&c, &card, &req).unwrap(),
            Category::TrainerFees
        ),
        2 * fees
    );
}

#[test]
fn card_rates_are_the_same_in_every_city_and_industry() {
    let c = catalog();
    let card = RateCard::from_market(&c);
    let base = request(&c);
    let first = Quote::draft(&c, &card, &base).unwrap();
    for city in &c.cities.city {
        for industry in &c.industries.industry {
            let mut req = base.clone();
            req.scenario.city = city.id.clone();
            req.scenario.industry = industry.id.clone();
            let q = Quote::draft(&c, &card, &req).unwrap();
            for category in [
                Category::TrainerFees,
                Category::Venue,
                Category::Development,
            ] {
                assert_eq!(
                    line(&q, category),
                    line(&first, category),
                    "{category:?} in {} / {}",
                    city.id,
                    industry.id
                );
            }
        }
    }
}

#[test]
fn a_client_provided_venue_leaves_the_venue_line_out() {
    let c = catalog();
    let mut card = RateCard::from_market(&c);
    card.venue_day = 0.0;
    let q = Quote::draft(&c, &card, &request(&c)).unwrap();
    assert_eq!(line(&q, Category::Venue), 0);
    assert!(q.lines.iter().all(|l| l.category != Category::Venue));
}

#[test]
fn a_plan_sets_the_hours_of_the_quoted_course() {
    let c = catalog();
    let card = RateCard::from_market(&c);
    let mut req = request(&c);
    let short = Quote::draft(&c, &card, &req).unwrap();
    let mut plan = Plan::new(Audience::Frontline);
    plan.items = (1..=10)
        .map(|m| PlanItem::lecture(m, Depth::Deep))
        .collect();
    req.plan = Some(plan.clone());
    let long = Quote::draft(&c, &card, &req).unwrap();
    assert_eq!(long.scenario.hours, plan.teaching_hours(&c.modules));
    assert!(long.days_per_class > short.days_per_class);
    assert!(long.total > short.total);
    assert_eq!(long.plan, Some(plan));
    // An empty plan is no plan: the scenario's own hours stand.
    req.plan = Some(Plan::new(Audience::Frontline));
    let empty = Quote::draft(&c, &card, &req).unwrap();
    assert_eq!(empty.total, short.total);
    assert_eq!(empty.plan, None);
}

#[test]
fn a_quote_is_valid_for_the_cards_days() {
    let c = catalog();
    let mut card = RateCard::from_market(&c);
    assert_eq!(card.validity_days, c.pricing.quote.validity_days);
    card.validity_days = 45;
    let q = Quote::draft(&c, &card, &request(&c)).unwrap();
    assert_eq!(q.valid_until, Day::parse("2027-01-07").unwrap());
    assert!(q.holds_on(Day::parse("2027-01-07").unwrap()));
    assert!(!q.holds_on(Day::parse("2027-01-08").unwrap()));
}

#[test]
fn a_card_out_of_range_is_refused_field_by_field() {
    let c = catalog();
    let mut card = RateCard::from_market(&c);
    card.trainer_day.senior = -1.0;
    card.venue_day = f64::NAN;
    card.vat_pct = 900.0;
    card.validity_days = 0;
    card.number_prefix = "Q-1".into();
    let problems = card.problems(&c);
    let fields: Vec<CardField> = problems.iter().map(CardError::field).collect();
    assert_eq!(
        fields,
        vec![
            CardField::TrainerDay(TrainerTier::Senior),
            CardField::VenueDay,
            CardField::Vat,
            CardField::Validity,
            CardField::NumberPrefix
        ]
    );
    for p in &problems {
        assert!(!p.message(Lang::Zh).is_empty() && !p.message(Lang::En).is_empty());
    }
    match Quote::draft(&c, &card, &request(&c)) {
        Err(QuoteError::Card(listed)) => {
            assert_eq!(
                listed.iter().map(CardError::field).collect::<Vec<_>>(),
                fields
            )
        }
        other => panic!("expected the card's problems, got {other:?}"),
    }
}

/// The vendor name and the number prefix may be as long as `data/pricing.toml` allows, and no
/// longer; the prefix's message says how long that is.
#[test]
fn a_cards_texts_are_held_to_the_limits_in_data() {
    let c = catalog();
    let limits = &c.pricing.limits;
    let mut card = RateCard::from_market(&c);
    card.vendor = "培".repeat(limits.max_vendor_chars);
    card.number_prefix = "Q".repeat(limits.max_prefix_chars);
    assert!(card.problems(&c).is_empty(), "{:?}", card.problems(&c));

    card.vendor.push('训');
    card.number_prefix.push('9');
    let problems = card.problems(&c);
    assert_eq!(
        problems,
        vec![
            CardError::TooLong {
                field: CardField::Vendor,
                max: limits.max_vendor_chars
            },
            CardError::BadPrefix {
                max: limits.max_prefix_chars
            }
        ]
    );
    let max = limits.max_prefix_chars.to_string();
    assert!(problems[1].message(Lang::Zh).contains(&max));
    assert!(problems[1].message(Lang::En).contains(&max));
}

#[test]
fn a_course_that_cannot_be_priced_says_why() {
    let c = catalog();
    let mut req = request(&c);
    req.scenario.headcount = -3;
    let err = Quote::draft(&c, &RateCard::from_market(&c), &req).unwrap_err();
    assert!(matches!(err, QuoteError::Scenario(_)));
    assert!(err.message(Lang::Zh).contains("人数") || err.message(Lang::Zh).contains("学员"));
}

#[test]
fn issued_quotes_are_numbered_in_order_and_never_twice() {
    let c = catalog();
    let card = RateCard::from_market(&c);
    let mut book = QuoteBook::default();
    let draft = Quote::draft(&c, &card, &request(&c)).unwrap();
    let first = book.issue(draft.clone(), "HX").unwrap().number.clone();
    let second = book.issue(draft.clone(), "HX").unwrap().number.clone();
    assert_eq!(first.as_deref(), Some("HX-2026-0001"));
    assert_eq!(second.as_deref(), Some("HX-2026-0002"));
    book.remove("HX-2026-0002");
    assert_eq!(book.issued.len(), 1);
    let third = book.issue(draft, "HX").unwrap().number.clone();
    assert_eq!(
        third.as_deref(),
        Some("HX-2026-0003"),
        "a removed number is not reused"
    );
    assert!(book.find("HX-2026-0001").is_some());
}

#[test]
fn a_quote_without_a_client_is_not_issued() {
    let c = catalog();
    let mut req = request(&c);
    req.client = "   ".into();
    let draft = Quote::draft(&c, &RateCard::from_market(&c), &req).unwrap();
    let mut book = QuoteBook::default();
    assert_eq!(book.issue(draft, "Q").unwrap_err(), IssueError::NoClient);
    assert_eq!(book, QuoteBook::default(), "nothing was numbered or kept");
}

#[test]
fn quotes_and_cards_survive_a_json_round_trip() {
    let c = catalog();
    let mut card = RateCard::from_market(&c);
    card.vendor = "黔行培训, \"客服\" 学院".into();
    let mut book = QuoteBook::default();
    let mut req = request(&c);
    let mut plan = Plan::new(Audience::Supervisor);
    plan.items = vec![
        PlanItem::lecture(1, Depth::Basic),
        PlanItem::lecture(3, Depth::Deep),
    ];
    req.plan = Some(plan);
    book.issue(Quote::draft(&c, &card, &req).unwrap(), "Q")
        .unwrap();
    let card_back: RateCard = serde_json::from_str(&serde_json::to_string(&card).unwrap()).unwrap();
    let book_back: QuoteBook =
        serde_json::from_str(&serde_json::to_string(&book).unwrap()).unwrap();
    assert_eq!(card_back, card);
    assert_eq!(book_back, book);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    /// Whatever the card (within its limits) and the course, the quote adds up, nothing is
    /// negative, and VAT and markup are the card's percentages to the yuan.
    #[test]
    fn any_valid_card_gives_a_quote_that_adds_up(
        rate in 0.0..50000.0f64,
        venue in 0.0..20000.0f64,
        dev in 0.0..2000.0f64,
        markup in 0.0..200.0f64,
        vat in 0.0..20.0f64,
        people in 1i64..800,
        hours in 1.0..60.0f64,
        tier in 0usize..4,
        days in 1u32..365,
    ) {
        let c = catalog();
        let mut card = RateCard::from_market(&c);
        card.trainer_day.set(TrainerTier::ALL[tier], rate);
        card.venue_day = venue;
        card.development_hour = dev;
        card.markup_pct = markup;
        card.vat_pct = vat;
        card.validity_days = days;
        let mut req = request(&c);
        req.scenario.headcount = people;
        req.scenario.trainer = TrainerTier::ALL[tier];
        req.scenario.hours.standard = hours;
        let q = Quote::draft(&c, &card, &req).unwrap();
        prop_assert!(q.lines.iter().all(|l| l.amount > 0));
        prop_assert_eq!(q.subtotal, q.lines.iter().map(|l| l.amount).sum::<i64>());
        prop_assert_eq!(q.total, q.subtotal + q.markup + q.vat);
        prop_assert!((q.markup as f64 - q.subtotal as f64 * markup / 100.0).abs() <= 0.5);
        prop_assert!((q.vat as f64 - (q.subtotal + q.markup) as f64 * vat / 100.0).abs() <= 0.5);
        prop_assert!(q.valid_until > q.issued);
    }
}
