//! A vendor's quote: priced from their own rate card, adding up to the yuan, numbered without
//! gaps or repeats, valid for the card's number of days, and refused with a reason when the card
//! or the course cannot be priced.
#![cfg(not(target_arch = "wasm32"))]

use model::calendar::Day;
use model::catalog::ChannelId;
use model::catalog::PlanItem;
use model::cost::{Category, Scenario};
use model::money::Fen;
use model::plan::Plan;
use model::quote::{
    CardError, CardField, IssueError, Item, Quote, QuoteBook, QuoteError, QuoteRequest, RateCard,
};
use model::vocab::{Activity, Audience, Depth, DepthHours, Sourcing, TrainerTier, Venue};
use model::{Catalog, Lang};
use proptest::prelude::*;

/// The lines a vendor invoices, in their order on a quote.
const QUOTED: [Category; 5] = [
    Category::TrainerFees,
    Category::TrainerTravel,
    Category::Venue,
    Category::Materials,
    Category::Development,
];

fn catalog() -> Catalog {
    Catalog::from_toml_sources().unwrap()
}

fn request(c: &Catalog) -> QuoteRequest {
    QuoteRequest {
        client: "贵阳市政务服务中心".into(),
        issued: Day::parse("2026-11-23").unwrap(),
        scenario: Scenario::default_for(c),
        plan: None,
        contact: Default::default(),
        remarks: String::new(),
    }
}

/// What the quote charges in one of the estimate's categories, over all its lines (the trainer
/// and the assistant are both trainer fees).
fn line(q: &Quote, category: Category) -> Fen {
    q.lines
        .iter()
        .filter(|l| l.category == category)
        .map(|l| l.amount)
        .sum()
}

/// A request for the default course without role-play, so no assistant joins the trainer: the
/// trainer's fee is then the trainer's day rate alone.
fn without_role_play(c: &Catalog) -> QuoteRequest {
    let mut req = request(c);
    req.scenario.activities = [Activity::Lecture, Activity::CaseStudy]
        .into_iter()
        .collect();
    req
}

#[test]
fn a_quote_adds_up_to_the_fen_with_vat_on_the_subtotal_and_no_markup() {
    let c = catalog();
    let card = RateCard::from_market(&c);
    let q = Quote::draft(&c, &card, &request(&c)).unwrap();
    assert!(!q.lines.is_empty());
    assert_eq!(q.subtotal, q.lines.iter().map(|l| l.amount).sum::<Fen>());
    // A vendor's margin is in its day rates: no markup line, no markup amount or rate.
    assert!(q.lines.iter().all(|l| l.category != Category::Markup));
    assert_eq!((q.markup, q.markup_pct), (Fen::ZERO, 0.0));
    assert_eq!(q.total, q.subtotal + q.vat);
    // VAT on the subtotal at the card's rate, to the nearest fen.
    assert_eq!(q.vat_pct, card.vat_pct);
    assert!((q.vat.yuan() - q.subtotal.yuan() * card.vat_pct / 100.0).abs() <= 0.005);
    assert_eq!(q.number, None, "a draft has no number");
    let mut book = QuoteBook::default();
    let issued = book.issue(q, "Q").unwrap();
    assert_eq!(
        issued.problems(),
        [],
        "issued, it passes the check a quote read back gets"
    );
}

#[test]
fn a_quote_holds_only_what_the_vendor_invoices() {
    let c = catalog();
    let mut req = request(&c);
    // Every line a vendor can invoice: a rented room, travel, customisation.
    req.scenario.venue = Venue::Rented;
    req.scenario.trainer_travels = true;
    req.scenario.customise = true;
    let q = Quote::draft(&c, &RateCard::from_market(&c), &req).unwrap();
    let mut categories: Vec<Category> = q.lines.iter().map(|l| l.category).collect();
    categories.sort();
    categories.dedup();
    let mut quoted = QUOTED.to_vec();
    quoted.sort();
    assert_eq!(categories, quoted);
    // Each line names what it sells, in the order a client reads a training quote: people,
    // materials, the vendor's work on the course, the room, then what is billed at cost. Role-play
    // in a class of 30 brings the assistant (data/delivery.toml).
    let items: Vec<Item> = q
        .lines
        .iter()
        .filter_map(|l| l.priced)
        .map(|p| p.item)
        .collect();
    assert_eq!(
        items,
        [
            Item::Trainer,
            Item::Assistant,
            Item::PrintedMaterials,
            Item::Customisation,
            Item::Venue,
            Item::Travel
        ]
    );
    assert!(q.lines.iter().all(|l| l.amount > Fen::ZERO));
    // Never the buyer's own costs: lunch it orders, its staff's time, its reserve.
    for l in &q.lines {
        assert!(
            !matches!(
                l.category,
                Category::Catering
                    | Category::Coordination
                    | Category::ParticipantTime
                    | Category::Contingency
                    | Category::Tax
                    | Category::Markup
            ),
            "{:?} is the buyer's cost, not the vendor's",
            l.category
        );
    }
}

/// Whatever route the course was estimated as, it is quoted as the vendor's own in-house
/// course.
#[test]
fn a_quote_is_for_the_vendors_in_house_course_whatever_the_route_estimated() {
    let c = catalog();
    let card = RateCard::from_market(&c);
    let vendor = Quote::draft(&c, &card, &request(&c)).unwrap();
    assert_eq!(vendor.scenario.sourcing, Sourcing::Vendor);
    for sourcing in [Sourcing::Public, Sourcing::OnlineCourse] {
        let mut req = request(&c);
        req.scenario.sourcing = sourcing;
        let q = Quote::draft(&c, &card, &req).unwrap();
        assert_eq!(q.scenario.sourcing, Sourcing::Vendor, "{sourcing:?}");
        assert_eq!(q.lines, vendor.lines, "{sourcing:?}");
        assert_eq!(q.total, vendor.total, "{sourcing:?}");
    }
}

#[test]
fn the_quoted_trainer_fee_is_the_cards_day_rate_times_the_paid_days() {
    let c = catalog();
    let mut card = RateCard::from_market(&c);
    card.trainer_day.professional = 5000.0;
    card.trainer_day.senior = 7300.0;
    card.trainer_day.expert = 21000.0;
    let hours_per_session = c.delivery.hours_per_session;
    let half_day = c.trainers.half_day_share;
    let classroom = c
        .delivery
        .channel(ChannelId::Classroom)
        .unwrap()
        .class_limit;
    assert_eq!((hours_per_session, c.delivery.sessions_per_day), (3.0, 2));
    // (people, hours, phases) → paid trainer days, by the rules: a session holds three hours,
    // two sessions make a day, a half-day costs `half_day_share` of one, each phase at least a
    // session, every class taught in full.
    let cases = [
        (30, 6.0, 1, 1.0),
        (30, 3.0, 1, half_day),
        (30, 9.0, 1, 1.0 + half_day),
        (30, 12.0, 2, 2.0),
        (30, 6.0, 2, 2.0 * half_day),
        (i64::from(classroom) + 1, 6.0, 1, 2.0),
        (3 * i64::from(classroom), 12.0, 1, 6.0),
    ];
    for tier in [
        TrainerTier::Professional,
        TrainerTier::Senior,
        TrainerTier::Expert,
    ] {
        for (people, hours, phases, days) in cases {
            for city in ["guiyang", "shanghai"] {
                let mut req = without_role_play(&c);
                req.scenario.trainer = tier;
                req.scenario.headcount = people;
                req.scenario.hours = DepthHours::single(Depth::Standard, hours);
                req.scenario.phases = phases;
                req.scenario.city = city.into();
                let q = Quote::draft(&c, &card, &req).unwrap();
                let expected = Fen::from_yuan(card.trainer_day.get(tier) * days);
                assert_eq!(
                    line(&q, Category::TrainerFees),
                    expected,
                    "{tier:?}, {people} people, {hours} h in {phases} phase(s), {city}"
                );
            }
        }
    }
}

#[test]
fn the_cards_trainer_rate_is_charged_as_typed() {
    let c = catalog();
    let mut card = RateCard::from_market(&c);
    let req = without_role_play(&c);
    assert_eq!(req.scenario.trainer, TrainerTier::Professional);
    card.trainer_day.professional = 5000.0;
    let q = Quote::draft(&c, &card, &req).unwrap();
    card.trainer_day.professional = 10000.0;
    let doubled = Quote::draft(&c, &card, &req).unwrap();
    let fees = line(&q, Category::TrainerFees);
    assert_eq!(
        fees,
        Fen::from_whole_yuan(5000),
        "one day at the card's rate"
    );
    assert_eq!(line(&doubled, Category::TrainerFees), fees + fees);
    // Another tier's rate does not touch this quote.
    card.trainer_day.expert = 99999.0;
    assert_eq!(
        line(
            &Quote::draft(&c, &card, &req).unwrap(),
            Category::TrainerFees
        ),
        fees + fees
    );
}

/// Role-play in a class larger than one trainer coaches (data/delivery.toml) brings the card's
/// assistant for every paid day, on the trainer's line, at the card's rate in every city.
#[test]
fn a_role_play_class_too_large_for_one_trainer_adds_the_cards_assistant() {
    let c = catalog();
    let mut card = RateCard::from_market(&c);
    card.trainer_day.professional = 5000.0;
    card.assistant_day = 1500.0;
    let one = c
        .delivery
        .activity(Activity::RolePlay)
        .unwrap()
        .coached_by_one
        .unwrap();
    let mut req = request(&c);
    assert!(req.scenario.activities.contains(&Activity::RolePlay));
    req.scenario.headcount = i64::from(one);
    let alone = Quote::draft(&c, &card, &req).unwrap();
    assert_eq!(
        line(&alone, Category::TrainerFees),
        Fen::from_whole_yuan(5000)
    );
    req.scenario.headcount = i64::from(one) + 1;
    for city in &c.cities.city {
        req.scenario.city = city.id.clone();
        let assisted = Quote::draft(&c, &card, &req).unwrap();
        assert_eq!(
            line(&assisted, Category::TrainerFees),
            Fen::from_whole_yuan(5000 + 1500),
            "{}",
            city.id
        );
    }
}

#[test]
fn materials_are_the_cards_price_per_set_for_each_participant() {
    let c = catalog();
    let mut card = RateCard::from_market(&c);
    assert_eq!(
        card.materials_set,
        Some(c.costs.printed_materials.standard.likely)
    );
    card.materials_set = Some(55.0);
    let mut req = request(&c);
    for depth in Depth::ALL {
        req.scenario.hours = DepthHours::single(*depth, 6.0);
        let q = Quote::draft(&c, &card, &req).unwrap();
        assert_eq!(
            line(&q, Category::Materials),
            Fen::from_whole_yuan(30 * 55),
            "{depth:?}"
        );
    }
    card.materials_set = Some(0.0);
    let q = Quote::draft(&c, &card, &req).unwrap();
    assert!(q.lines.iter().all(|l| l.category != Category::Materials));
    // A card saved before it had a materials rate prices them at the market's, as it did.
    card.materials_set = None;
    req.scenario.hours = DepthHours::single(Depth::Standard, 6.0);
    let q = Quote::draft(&c, &card, &req).unwrap();
    let market = c.costs.printed_materials.standard.likely;
    assert_eq!(
        line(&q, Category::Materials),
        Fen::from_yuan(market).times(30.0)
    );
}

#[test]
fn card_rates_are_the_same_in_every_city_and_industry() {
    let c = catalog();
    let card = RateCard::from_market(&c);
    // No assistant here: see a_role_play_class_too_large_for_one_trainer_adds_the_cards_assistant.
    let mut base = without_role_play(&c);
    base.scenario.venue = Venue::Rented;
    base.scenario.customise = true;
    let first = Quote::draft(&c, &card, &base).unwrap();
    for category in [
        Category::TrainerFees,
        Category::Venue,
        Category::Materials,
        Category::Development,
    ] {
        assert!(line(&first, category) > Fen::ZERO, "{category:?}");
    }
    for city in &c.cities.city {
        for industry in &c.industries.industry {
            let mut req = base.clone();
            req.scenario.city = city.id.clone();
            req.scenario.industry = industry.id.clone();
            let q = Quote::draft(&c, &card, &req).unwrap();
            for category in [
                Category::TrainerFees,
                Category::Venue,
                Category::Materials,
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
fn the_venue_is_quoted_only_when_the_course_is_not_in_the_clients_own_room() {
    let c = catalog();
    let mut card = RateCard::from_market(&c);
    card.venue_day = 1800.0;
    let mut req = request(&c);
    assert_eq!(
        req.scenario.venue,
        Venue::Own,
        "the default course is in the client's room"
    );
    let own = Quote::draft(&c, &card, &req).unwrap();
    assert!(own.lines.iter().all(|l| l.category != Category::Venue));
    for venue in [Venue::Rented, Venue::Hotel] {
        req.scenario.venue = venue;
        // One teaching day: one day of the card's room, in any city.
        for city in ["guiyang", "shanghai"] {
            req.scenario.city = city.into();
            let q = Quote::draft(&c, &card, &req).unwrap();
            assert_eq!(
                line(&q, Category::Venue),
                Fen::from_whole_yuan(1800),
                "{venue:?} in {city}"
            );
        }
    }
    // A half-day costs the venue's half-day share of the card's day.
    req.scenario.hours = DepthHours::single(Depth::Standard, 3.0);
    let q = Quote::draft(&c, &card, &req).unwrap();
    assert_eq!(
        line(&q, Category::Venue),
        Fen::from_yuan(1800.0 * c.costs.venue.half_day_share)
    );
    // A room the vendor does not charge for is no line.
    card.venue_day = 0.0;
    let q = Quote::draft(&c, &card, &req).unwrap();
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
    card.materials_set = Some(-5.0);
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
            CardField::MaterialsSet,
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

/// The vendor name, its contact person and phone and the number prefix may be as long as
/// `data/pricing.toml` allows, each its own limit, and no longer; the prefix's message says how
/// long that is.
#[test]
fn a_cards_texts_are_held_to_the_limits_in_data() {
    let c = catalog();
    let limits = &c.pricing.limits;
    let mut card = RateCard::from_market(&c);
    card.vendor = "培".repeat(limits.max_vendor_chars);
    card.contact.person = "王".repeat(limits.max_contact_person_chars);
    card.contact.phone = "8".repeat(limits.max_phone_chars);
    card.number_prefix = "Q".repeat(limits.max_prefix_chars);
    assert!(card.problems(&c).is_empty(), "{:?}", card.problems(&c));

    card.vendor.push('训');
    card.contact.person.push('师');
    card.contact.phone.push('6');
    card.number_prefix.push('9');
    let problems = card.problems(&c);
    assert_eq!(
        problems,
        vec![
            CardError::TooLong {
                field: CardField::Vendor,
                max: limits.max_vendor_chars
            },
            CardError::TooLong {
                field: CardField::ContactPerson,
                max: limits.max_contact_person_chars
            },
            CardError::TooLong {
                field: CardField::ContactPhone,
                max: limits.max_phone_chars
            },
            CardError::BadPrefix {
                max: limits.max_prefix_chars
            }
        ]
    );
    let max = limits.max_prefix_chars.to_string();
    assert!(problems[3].message(Lang::Zh).contains(&max));
    assert!(problems[3].message(Lang::En).contains(&max));
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

/// A card saved before the vendor's margin moved into its rates carries a `markup_pct`: it
/// still reads, the markup dropped, and with no materials rate of its own (materials were the
/// market's then) it has none.
#[test]
fn a_rate_card_saved_with_a_markup_still_reads() {
    let old = r#"{
        "vendor": "黔行培训",
        "number_prefix": "QX",
        "trainer_day": {"internal": 1000.0, "professional": 5200.0, "senior": 8000.0, "expert": 18000.0},
        "assistant_day": 1200.0,
        "venue_day": 2000.0,
        "development_hour": 250.0,
        "markup_pct": 50.0,
        "vat_pct": 6.0,
        "validity_days": 30
    }"#;
    let card: RateCard = serde_json::from_str(old).unwrap();
    assert_eq!(card.vendor, "黔行培训");
    assert_eq!(card.trainer_day.professional, 5200.0);
    assert_eq!((card.venue_day, card.development_hour), (2000.0, 250.0));
    assert_eq!((card.vat_pct, card.validity_days), (6.0, 30));
    assert_eq!(card.materials_set, None, "the card had no materials rate");
    // Written again, it has no markup.
    let json = serde_json::to_string(&card).unwrap();
    assert!(!json.contains("markup"), "{json}");
    assert!(json.contains("materials_set"), "{json}");
    assert_eq!(serde_json::from_str::<RateCard>(&json).unwrap(), card);
    let c = catalog();
    assert!(card.problems(&c).is_empty());
    let q = Quote::draft(&c, &card, &without_role_play(&c)).unwrap();
    assert_eq!(line(&q, Category::TrainerFees), Fen::from_whole_yuan(5200));
    assert_eq!(q.markup, Fen::ZERO);
}

/// The quote an earlier version issued (recorded in tests/fixtures/saved-v2.json): a markup of
/// 50 % on its subtotal and VAT on both, with lines no longer priced (equipment, lunch, the
/// organiser's time), its amounts in whole yuan. It reads as it was, in fen, marked as rounded
/// to the yuan, and passes its check as such.
#[test]
fn a_quote_issued_with_a_markup_by_an_earlier_version_still_reads_and_checks() {
    let saved: serde_json::Value =
        serde_json::from_str(include_str!("../../tests/fixtures/saved-v2.json")).unwrap();
    let q: Quote = serde_json::from_value::<Quote>(saved["quotes"]["issued"][0].clone())
        .unwrap()
        .from_whole_yuan();
    let yuan = Fen::from_whole_yuan;
    assert_eq!(q.number.as_deref(), Some("QX-2026-0001"));
    assert_eq!(q.rounding, model::quote::Rounding::Yuan);
    assert_eq!((q.markup_pct, q.markup), (50.0, yuan(11413)));
    assert_eq!(
        (q.subtotal, q.vat, q.total),
        (yuan(22825), yuan(2054), yuan(36292))
    );
    assert_eq!(q.total, q.subtotal + q.markup + q.vat);
    assert!(q.lines.iter().any(|l| l.category == Category::Equipment));
    assert_eq!(line(&q, Category::Catering), yuan(3053));
    // Its scenario opens as the route it was priced as, in a rented room.
    assert_eq!(q.scenario.sourcing, Sourcing::Vendor);
    assert_eq!(q.scenario.venue, Venue::Rented);
    assert_eq!(q.problems(), []);
    // And it is written back with its markup, so it reads the same again.
    let back: Quote = serde_json::from_str(&serde_json::to_string(&q).unwrap()).unwrap();
    assert_eq!(back, q);
}

/// An internal trainer is not on the market: an option estimated with the company's own trainer
/// is quoted with the vendor's professional one, at the card's professional day rate.
#[test]
fn an_option_with_an_internal_trainer_is_quoted_with_the_vendors_professional() {
    let c = catalog();
    let card = RateCard::from_market(&c);
    let mut req = request(&c);
    let professional = Quote::draft(&c, &card, &req).unwrap();
    req.scenario.trainer = TrainerTier::Internal;
    req.scenario.sourcing = Sourcing::Internal;
    let internal = Quote::draft(&c, &card, &req).unwrap();
    assert_eq!(internal.scenario.trainer, TrainerTier::Professional);
    assert_eq!(internal.scenario.sourcing, Sourcing::Vendor);
    assert_eq!(internal.lines, professional.lines);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    /// Whatever the card (within its limits, amounts to the fen) and the course, the quote adds
    /// up, nothing is negative, there is no markup, VAT is the card's percentage of the
    /// subtotal to the fen, and the trainer's fee is the card's day rate times the days paid.
    #[test]
    fn any_valid_card_gives_a_quote_that_adds_up(
        rate in 0.0..50000.0f64,
        venue in 0.0..20000.0f64,
        materials in 0.0..500.0f64,
        dev in 0.0..2000.0f64,
        vat in 0.0..20.0f64,
        people in 1i64..800,
        hours in 1.0..60.0f64,
        tier in 0usize..3,
        room in 0usize..3,
        customise in any::<bool>(),
        travels in any::<bool>(),
        days in 1u32..365,
    ) {
        let c = catalog();
        let tier = [TrainerTier::Professional, TrainerTier::Senior, TrainerTier::Expert][tier];
        let mut card = RateCard::from_market(&c);
        // Typed amounts have at most two decimals.
        let fen = |v: f64| (v * 100.0).round() / 100.0;
        let rate = fen(rate);
        card.trainer_day.set(tier, rate);
        card.venue_day = fen(venue);
        card.materials_set = Some(fen(materials));
        card.development_hour = fen(dev);
        card.vat_pct = vat;
        card.validity_days = days;
        let mut req = without_role_play(&c);
        req.scenario.headcount = people;
        req.scenario.trainer = tier;
        req.scenario.hours.standard = hours;
        req.scenario.venue = Venue::ALL[room];
        req.scenario.customise = customise;
        req.scenario.trainer_travels = travels;
        let q = Quote::draft(&c, &card, &req).unwrap();
        prop_assert!(card.problems(&c).is_empty(), "{:?}", card.problems(&c));
        prop_assert!(q.lines.iter().all(|l| l.amount > Fen::ZERO));
        prop_assert!(q.lines.iter().all(|l| QUOTED.contains(&l.category)));
        prop_assert_eq!(q.subtotal, q.lines.iter().map(|l| l.amount).sum::<Fen>());
        prop_assert_eq!((q.markup, q.markup_pct), (Fen::ZERO, 0.0));
        prop_assert_eq!(q.total, q.subtotal + q.vat);
        prop_assert!((q.vat.yuan() - q.subtotal.yuan() * vat / 100.0).abs() <= 0.005 + 1e-9);
        prop_assert!(q.valid_until > q.issued);
        let mut book = QuoteBook::default();
        prop_assert_eq!(book.issue(q.clone(), "Q").unwrap().problems(), vec![]);
        // Paid days, by the rules: whole days of two three-hour sessions, a half-day at
        // `half_day_share`, every class taught in full.
        let sessions = (q.scenario.hours.total() / 3.0 - 1e-9).ceil().max(1.0) as u32;
        let per_class = f64::from(sessions / 2)
            + if sessions % 2 == 1 { c.trainers.half_day_share } else { 0.0 };
        let classroom = c.delivery.channel(ChannelId::Classroom).unwrap().class_limit;
        let paid = f64::from(q.classes) * per_class;
        prop_assert_eq!(q.classes, (people as u32).div_ceil(classroom));
        // The unit price is printed to the fen and the line is the printed quantity times it,
        // to the fen: in whole fen, the day rate times the paid days in hundredths, over 100.
        let rate_fen = (rate * 100.0).round() as i128;
        let paid_hundredths = (paid * 100.0).round() as i128;
        let exact = rate_fen * paid_hundredths;
        let rounded = (exact + 50) / 100;
        prop_assert_eq!(line(&q, Category::TrainerFees), Fen(rounded as i64));
        for l in &q.lines {
            let p = l.priced.expect("every line of a quote made now is counted and priced");
            let exact = i128::from(p.unit_price.0) * (p.quantity * 100.0).round() as i128;
            prop_assert_eq!(l.amount, Fen(((exact + 50) / 100) as i64));
            prop_assert_eq!(p.quantity, (p.quantity * 100.0).round() / 100.0);
        }
    }
}

/// The brief's example, worked by hand: 30 people, two days (12 hours, one phase) with
/// role-play, the card's professional trainer at 8,000 a day, an assistant at 1,200 and
/// materials at 40 a set. One class of 30 (data/delivery.toml), so 讲师费 2 天 × 8,000 =
/// 16,000; 助教费 2 天 × 1,200 = 2,400; 教材 30 套 × 40 = 1,200; the client's own room and no
/// travel add nothing. Subtotal 19,600; VAT 6 % on top 1,176; total 20,776.
#[test]
fn each_line_is_a_quantity_from_the_course_times_the_cards_unit_price() {
    use model::quote::{Unit, quantity_text};
    let c = catalog();
    let mut card = RateCard::from_market(&c);
    card.trainer_day.professional = 8000.0;
    card.assistant_day = 1200.0;
    card.materials_set = Some(40.0);
    let mut req = request(&c);
    req.scenario.hours = DepthHours::single(Depth::Standard, 12.0);
    let q = Quote::draft(&c, &card, &req).unwrap();
    let yuan = Fen::from_whole_yuan;
    let rows: Vec<(Item, Unit, String, Fen, Fen)> = q
        .lines
        .iter()
        .map(|l| {
            let p = l.priced.unwrap();
            (
                p.item,
                p.unit,
                quantity_text(p.quantity),
                p.unit_price,
                l.amount,
            )
        })
        .collect();
    assert_eq!(
        rows,
        [
            (
                Item::Trainer,
                Unit::Day,
                "2".into(),
                yuan(8000),
                yuan(16_000)
            ),
            (
                Item::Assistant,
                Unit::Day,
                "2".into(),
                yuan(1200),
                yuan(2_400)
            ),
            (
                Item::PrintedMaterials,
                Unit::Set,
                "30".into(),
                yuan(40),
                yuan(1_200)
            ),
        ]
    );
    assert_eq!(
        (q.subtotal, q.vat, q.total),
        (yuan(19_600), yuan(1_176), yuan(20_776))
    );
    assert!(
        !q.tax_included,
        "data/tax.toml: prices before tax by default"
    );
    // Labels as the client reads them.
    assert_eq!(q.lines[0].label(Lang::Zh), "讲师费");
    assert_eq!(
        q.lines[0].content(q.scenario.trainer, Lang::Zh),
        "职业培训师"
    );
    assert_eq!(Unit::Set.label(Lang::Zh), "套");
    // Half a deposit before, the rest after: 10,388 each.
    assert_eq!(q.payments(), Some((yuan(10_388), yuan(10_388))));
    assert!(q.payment_terms(Lang::Zh).unwrap().contains("50%"));
}

/// Travel is billed at cost: one lot at the estimate, inside the total (the client's approval
/// must cover it), and the terms say it is settled at what it costs.
#[test]
fn travel_is_an_estimate_billed_at_cost_and_inside_the_total() {
    use model::quote::Unit;
    let c = catalog();
    let mut req = request(&c);
    req.scenario.trainer_travels = true;
    let q = Quote::draft(&c, &RateCard::from_market(&c), &req).unwrap();
    let travel = q
        .lines
        .iter()
        .find(|l| l.priced.is_some_and(|p| p.item == Item::Travel))
        .unwrap();
    let p = travel.priced.unwrap();
    assert!(p.item.at_cost());
    assert_eq!(
        (p.unit, p.quantity, p.unit_price),
        (Unit::Lot, 1.0, travel.amount)
    );
    assert_eq!(q.subtotal, q.lines.iter().map(|l| l.amount).sum::<Fen>());
    let said = q.inclusions(Lang::Zh).join("");
    assert!(
        said.contains("实报实销") && said.contains("已含预估"),
        "{said}"
    );
}

/// The taxpayer types' rates come from data/tax.toml (6 % general, 3 % simplified, 1 % reduced
/// small-scale), and a card of a type starts with its rate.
#[test]
fn the_taxpayer_types_rates_are_the_official_ones() {
    use model::catalog::Taxpayer;
    let c = catalog();
    let rate = |t| c.tax.rate(t).rate_pct;
    assert_eq!(rate(Taxpayer::General), 6.0);
    assert_eq!(rate(Taxpayer::Simplified), 3.0);
    assert_eq!(rate(Taxpayer::SmallScale), 1.0);
    let card = RateCard::from_market(&c);
    assert_eq!(card.taxpayer, Taxpayer::General);
    assert_eq!(card.vat_pct, 6.0);
}

/// The English tax basis names the taxpayer type and the invoice as a sentence would: with the
/// right article and "VAT" in capitals, for every type and invoice a card can hold.
#[test]
fn the_english_tax_basis_reads_as_a_sentence() {
    use model::catalog::Invoice;
    use model::catalog::Taxpayer;
    let c = catalog();
    let cases = [
        (
            Taxpayer::General,
            Invoice::Special,
            "the vendor is a general taxpayer and issues a special VAT invoice (fapiao).",
        ),
        (
            Taxpayer::Simplified,
            Invoice::Ordinary,
            "the vendor is a general taxpayer (simplified method) and issues an ordinary VAT invoice (fapiao).",
        ),
        (
            Taxpayer::SmallScale,
            Invoice::Ordinary,
            "the vendor is a small-scale taxpayer and issues an ordinary VAT invoice (fapiao).",
        ),
    ];
    for (taxpayer, invoice, expected) in cases {
        let mut card = RateCard::from_market(&c);
        card.taxpayer = taxpayer;
        card.invoice = invoice;
        let q = Quote::draft(&c, &card, &request(&c)).unwrap();
        let said = q.tax_basis(Lang::En);
        assert!(said.ends_with(expected), "{said}");
    }
}

/// A status is recorded per quote; one still waiting for an answer shows as expired from the
/// day after its last valid day, and an answer the client gave stays.
#[test]
fn a_quote_past_its_validity_shows_as_expired() {
    use model::quote::{Shown, Status};
    let c = catalog();
    let mut book = QuoteBook::default();
    let q = Quote::draft(&c, &RateCard::from_market(&c), &request(&c)).unwrap();
    let number = book.issue(q, "Q").unwrap().number.clone().unwrap();
    let q = book.find(&number).unwrap().clone();
    // Issued 2026-11-23, valid 30 days: until 2026-12-23.
    assert_eq!(q.valid_until, Day::parse("2026-12-23").unwrap());
    let on = |s: &str| Day::parse(s).unwrap();
    assert_eq!(
        book.status_of(&number),
        Status::Draft,
        "a new quote is a draft"
    );
    assert_eq!(book.shown(&q, on("2026-12-23")), Shown::Draft);
    assert_eq!(book.shown(&q, on("2026-12-24")), Shown::Expired);
    book.set_status(&number, Status::Sent);
    assert_eq!(book.shown(&q, on("2026-12-01")), Shown::Sent);
    assert_eq!(book.shown(&q, on("2027-01-10")), Shown::Expired);
    book.set_status(&number, Status::Accepted);
    assert_eq!(book.shown(&q, on("2027-01-10")), Shown::Accepted);
    // Kept with the book, and gone with its quote.
    let json = serde_json::to_string(&book).unwrap();
    let back: QuoteBook = serde_json::from_str(&json).unwrap();
    assert_eq!(back.status_of(&number), Status::Accepted);
    book.set_status("Q-2026-9999", Status::Declined);
    assert!(
        !book.status.contains_key("Q-2026-9999"),
        "no status without its quote"
    );
    book.remove(&number);
    assert!(book.status.is_empty());
}

/// A book saved before statuses existed reads, each quote as sent (it was numbered to be
/// handed on), and written again it is unchanged.
#[test]
fn an_old_book_without_statuses_reads_each_quote_as_sent() {
    use model::quote::{Shown, Status};
    let c = catalog();
    let mut book = QuoteBook::default();
    let q = Quote::draft(&c, &RateCard::from_market(&c), &request(&c)).unwrap();
    book.issue(q, "Q").unwrap();
    book.status.clear();
    let old = serde_json::to_string(&book).unwrap();
    assert!(!old.contains("status"), "{old}");
    let back: QuoteBook = serde_json::from_str(&old).unwrap();
    assert_eq!(back.status_of("Q-2026-0001"), Status::Sent);
    let q = &back.issued[0];
    assert_eq!(back.shown(q, q.issued), Shown::Sent);
    assert_eq!(serde_json::to_string(&back).unwrap(), old);
}

/// Case 4 of the second hostile pass: money was rounded to the yuan per unit (materials at
/// 40.50 × 30 gave ¥1,230, at 33.33 gave ¥990, at 0.40 no line at all; a day rate of 1,409.50
/// became ¥1,410). Worked by hand: 40.50 × 30 = 1,215.00; 33.33 × 30 = 999.90; 0.40 × 30 =
/// 12.00; one day at 1,409.50 is 1,409.50, 人民币壹仟肆佰零玖元伍角整 in capitals.
#[test]
fn amounts_are_exact_to_the_fen_from_rate_to_total() {
    use model::money::{amount_in_words, cny_fen};
    let c = catalog();
    let req = without_role_play(&c);
    let mut card = RateCard::from_market(&c);
    for (set, expected) in [(40.5, 121_500), (33.33, 99_990), (0.4, 1_200)] {
        card.materials_set = Some(set);
        assert!(card.problems(&c).is_empty());
        let q = Quote::draft(&c, &card, &req).unwrap();
        assert_eq!(line(&q, Category::Materials), Fen(expected), "{set} a set");
        let p = q
            .lines
            .iter()
            .find(|l| l.category == Category::Materials)
            .and_then(|l| l.priced)
            .unwrap();
        assert_eq!(p.unit_price, Fen::from_yuan(set));
    }
    assert_eq!(cny_fen(Fen(121_500)), "¥1,215.00");
    assert_eq!(cny_fen(Fen(99_990)), "¥999.90");

    // A day rate with jiao, and nothing else to pay: the total in capitals carries the jiao.
    card.trainer_day.professional = 1409.5;
    card.materials_set = Some(0.0);
    card.vat_pct = 0.0;
    let q = Quote::draft(&c, &card, &req).unwrap();
    assert_eq!(q.total, Fen(140_950));
    assert_eq!(amount_in_words(q.total.0), "人民币壹仟肆佰零玖元伍角整");
    // With VAT on top at 6 %: 1,409.50 × 0.06 = 84.57, total 1,494.07.
    card.vat_pct = 6.0;
    let q = Quote::draft(&c, &card, &req).unwrap();
    assert_eq!((q.vat, q.total), (Fen(8_457), Fen(149_407)));
    assert_eq!(amount_in_words(q.total.0), "人民币壹仟肆佰玖拾肆元零柒分");
    let mut book = QuoteBook::default();
    assert_eq!(book.issue(q, "Q").unwrap().problems(), []);

    // More than two decimals is no amount of money: refused at its field.
    card.materials_set = Some(40.555);
    assert!(
        card.problems(&c)
            .iter()
            .any(|p| matches!(p, model::quote::CardError::BelowFen { .. }))
    );
}
