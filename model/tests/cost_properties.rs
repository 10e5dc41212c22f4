//! Properties of the cost model that hold for every valid scenario on every route (proptest,
//! thousands of cases), the rules each route is priced by (expected values worked out here from
//! `data/` and the rules, never read off the model's output), and its answers to bad input.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;
use std::sync::LazyLock;

use model::catalog::Range;
use model::cost::{
    Bound, Category, Comparison, Costing, Estimate, Field, ParticipantTime, Scenario,
    ScenarioError, Verdict,
};
use model::vocab::{Activity, DeliveryMode, Depth, DepthHours, Sourcing, TrainerTier, Venue};
use model::{Catalog, Lang};
use proptest::prelude::*;

static CATALOG: LazyLock<Catalog> = LazyLock::new(|| Catalog::from_toml_sources().unwrap());

/// The outside tiers, cheapest first.
const OUTSIDE: [TrainerTier; 3] = [
    TrainerTier::Professional,
    TrainerTier::Senior,
    TrainerTier::Expert,
];

fn estimate(s: &Scenario) -> Estimate {
    Costing::new(&CATALOG, s)
        .unwrap_or_else(|e| panic!("{e} for {s:?}"))
        .estimate(&CATALOG, s)
        .unwrap_or_else(|| panic!("no estimate for {s:?}"))
}

fn total(s: &Scenario) -> f64 {
    estimate(s).total
}

/// A rate's expected value: the mean of the triangular distribution the simulation draws from.
fn mean(r: Range) -> f64 {
    (r.low + r.likely + r.high) / 3.0
}

fn line(e: &Estimate, category: Category) -> f64 {
    e.lines
        .iter()
        .find(|l| l.category == category)
        .map_or(0.0, |l| l.expected)
}

fn ids(list: Vec<String>) -> impl Strategy<Value = String> {
    prop::sample::select(list)
}

/// Hours spread over the three depths, as a plan makes them.
fn split_hours() -> impl Strategy<Value = DepthHours> {
    (0.0..30.0f64, 0.0..30.0f64, 0.5..30.0f64).prop_map(|(b, s, d)| DepthHours {
        basic: b,
        standard: s,
        deep: d,
    })
}

/// Hours all at one depth, as the estimator's form and a link make them.
fn single_hours() -> impl Strategy<Value = DepthHours> {
    (prop::sample::select(Depth::ALL), 0.5..60.0f64).prop_map(|(d, h)| DepthHours::single(d, h))
}

/// A route and a tier it accepts (any tier on the internal route, which ignores it).
fn route_and_trainer() -> impl Strategy<Value = (Sourcing, TrainerTier)> {
    prop::sample::select(Sourcing::ALL).prop_flat_map(|sourcing| {
        let tiers: &'static [TrainerTier] = if sourcing == Sourcing::Internal {
            TrainerTier::ALL
        } else {
            &OUTSIDE
        };
        prop::sample::select(tiers).prop_map(move |tier| (sourcing, tier))
    })
}

/// Any scenario the model accepts, with hours from `hours`.
fn scenario_with(hours: impl Strategy<Value = DepthHours>) -> impl Strategy<Value = Scenario> {
    let cities = CATALOG.cities.city.iter().map(|c| c.id.clone()).collect();
    let industries = CATALOG
        .industries
        .industry
        .iter()
        .map(|c| c.id.clone())
        .collect();
    (
        (1i64..=400, ids(cities), ids(industries)),
        (
            route_and_trainer(),
            prop::sample::select(DeliveryMode::ALL),
            any::<bool>(),
        ),
        (
            hours,
            1u32..=6,
            prop::sample::subsequence(Activity::ALL, 0..=4),
            any::<bool>(),
        ),
        (
            prop::sample::select(Venue::ALL),
            any::<bool>(),
            any::<bool>(),
            any::<bool>(),
        ),
        (
            prop_oneof![
                Just(ParticipantTime::Off),
                Just(ParticipantTime::CityWage),
                (0.0..2000.0f64).prop_map(|cny| ParticipantTime::DailyWage { cny }),
            ],
            0.0..50.0f64,
            0.0..13.0f64,
        ),
    )
        .prop_map(
            |(
                (headcount, city, industry),
                ((sourcing, trainer), mode, trainer_travels),
                (hours, phases, activities, assistant_trainer),
                (venue, catering, customise, course_elsewhere),
                (participant_time, contingency_pct, vat_pct),
            )| Scenario {
                headcount,
                city,
                industry,
                sourcing,
                mode,
                trainer,
                trainer_travels,
                hours,
                phases,
                activities: activities.into_iter().collect::<BTreeSet<_>>(),
                assistant_trainer,
                venue,
                catering,
                customise,
                course_elsewhere,
                participant_time,
                contingency_pct,
                vat_pct,
            },
        )
}

fn scenario() -> impl Strategy<Value = Scenario> {
    scenario_with(split_hours())
}

fn deeper(d: Depth) -> Option<Depth> {
    match d {
        Depth::Basic => Some(Depth::Standard),
        Depth::Standard => Some(Depth::Deep),
        Depth::Deep => None,
    }
}

/// "Never decreases", with a relative slack for sums taken in another order.
fn at_least(after: f64, before: f64) -> bool {
    after >= before * (1.0 - 1e-12)
}

/// Samples for the simulation in the property tests: fewer than the app's (data/pricing.toml)
/// to keep thousands of cases fast; P10 and P90 of 2,000 draws are within a few per cent.
const SAMPLES: u32 = 2000;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    /// The expected total is the sum of the lines' expected values, each line's expected value
    /// lies inside its low–high, and the total lies inside the simulated P10–P90 of the same
    /// costing.
    #[test]
    fn the_expected_total_is_the_sum_of_the_lines_and_inside_the_simulated_p10_to_p90(
        s in scenario(),
        seed in any::<u64>(),
    ) {
        let costing = Costing::new(&CATALOG, &s).unwrap();
        let e = costing.estimate(&CATALOG, &s).unwrap();
        let sum: f64 = e.lines.iter().map(|l| l.expected).sum();
        prop_assert!((e.total - sum).abs() <= 1e-6 * e.total.abs().max(1.0), "{} vs {sum}", e.total);
        for l in &e.lines {
            prop_assert!(l.cost.low <= l.expected * (1.0 + 1e-12) && l.expected <= l.cost.high * (1.0 + 1e-12), "{l:?}");
        }
        prop_assert!(e.extremes.low <= e.total * (1.0 + 1e-12) && e.total <= e.extremes.high * (1.0 + 1e-12));
        let d = costing.simulate(SAMPLES, seed);
        prop_assert!(
            d.p10 <= e.total && e.total <= d.p90,
            "expected {} outside P10–P90 {}–{} for {s:?}", e.total, d.p10, d.p90
        );
    }

    #[test]
    fn every_value_is_finite_non_negative_and_ordered(s in scenario()) {
        let costing = Costing::new(&CATALOG, &s).unwrap();
        let e = costing.estimate(&CATALOG, &s).unwrap();
        for l in &e.lines {
            let c = l.cost;
            prop_assert!(c.low.is_finite() && c.low >= 0.0 && c.low <= c.likely && c.likely <= c.high, "{:?}", l);
            prop_assert!(c.high > 0.0, "a line that costs nothing is left out: {l:?}");
        }
        prop_assert!(e.total.is_finite() && e.total > 0.0);
        prop_assert!(e.per_participant.is_finite() && e.per_learner_hour.is_finite());
        prop_assert!((e.per_participant - e.total / s.headcount as f64).abs() <= 1e-9 * e.total);
        prop_assert!(e.cash <= e.total * (1.0 + 1e-12));
        let d = costing.simulate(200, 7);
        prop_assert!(d.p10 <= d.p50 && d.p50 <= d.p90);
        prop_assert!(d.samples.iter().all(|v| v.is_finite() && *v >= 0.0));
        // A draw never leaves the range spanned by every rate at its low and at its high.
        let x = e.extremes;
        prop_assert!(d.samples.iter().all(|v| *v >= x.low * (1.0 - 1e-9) && *v <= x.high * (1.0 + 1e-9)));
        if s.sourcing.is_in_house() {
            prop_assert!(e.shape.classes >= 1);
        }
    }

    /// Hours at one depth moved one depth deeper never make the course cheaper, on any route.
    #[test]
    fn deeper_content_never_costs_less(s in scenario_with(single_hours())) {
        let from = s.hours.dominant();
        if let Some(to) = deeper(from) {
            let deeper_s = Scenario { hours: DepthHours::single(to, s.hours.total()), ..s.clone() };
            prop_assert!(at_least(total(&deeper_s), total(&s)), "{:?}", s.sourcing);
        }
    }

    #[test]
    fn more_hours_never_cost_less(
        s in scenario(),
        single in scenario_with(single_hours()),
        extra in 0.0..20.0f64,
    ) {
        // Hours added at the deepest depth (a plan's mixed hours)...
        let mut longer = s.clone();
        longer.hours.deep += extra;
        prop_assert!(at_least(total(&longer), total(&s)), "{:?}", s.sourcing);
        // ...or at the one depth a form's hours are at.
        let mut longer = single.clone();
        *longer.hours.get_mut(single.hours.dominant()) += extra;
        prop_assert!(at_least(total(&longer), total(&single)), "{:?}", single.sourcing);
    }

    /// Professional → senior → expert never makes the course cheaper, on every route (the
    /// internal route ignores the tier).
    #[test]
    fn a_more_senior_trainer_never_costs_less(s in scenario(), which in 0usize..2) {
        let (lower, higher) = (OUTSIDE[which], OUTSIDE[which + 1]);
        let a = Scenario { trainer: lower, ..s.clone() };
        let b = Scenario { trainer: higher, ..s };
        prop_assert!(at_least(total(&b), total(&a)), "{:?}: {lower:?} → {higher:?}", a.sourcing);
    }

    /// An in-house course by an outside trainer costs at least as much in the classroom as live
    /// online: the trainer's day is dearer on site (the city index against the live share), and
    /// the room, lunch, printed sets and travel come with it.
    #[test]
    fn a_vendors_classroom_course_is_never_cheaper_than_the_same_course_live_online(s in scenario()) {
        let offline = Scenario { sourcing: Sourcing::Vendor, mode: DeliveryMode::Offline, ..s.clone() };
        let online = Scenario { mode: DeliveryMode::LiveOnline, ..offline.clone() };
        if offline.trainer == TrainerTier::Internal {
            return Ok(());
        }
        prop_assert!(at_least(total(&offline), total(&online)));
    }

    #[test]
    fn more_phases_never_cost_less(s in scenario()) {
        let more = Scenario { phases: s.phases + 1, ..s.clone() };
        prop_assert!(at_least(total(&more), total(&s)), "{:?}", s.sourcing);
    }

    /// Beijing and Shanghai are dearer than Guiyang for what is bought locally, and no cheaper
    /// for anything else: never a cheaper course, on any route.
    #[test]
    fn a_tier_one_city_is_never_cheaper_than_guiyang(s in scenario(), shanghai in any::<bool>()) {
        let guiyang = Scenario { city: "guiyang".into(), ..s.clone() };
        let tier1 = Scenario { city: if shanghai { "shanghai" } else { "beijing" }.into(), ..s };
        prop_assert!(at_least(total(&tier1), total(&guiyang)), "{:?} in {}", guiyang.sourcing, tier1.city);
    }

    /// An industry whose factor (data/industries.toml) is higher never makes the course cheaper.
    #[test]
    fn a_higher_demand_industry_is_never_cheaper(s in scenario(), a in 0usize..64, b in 0usize..64) {
        let list = &CATALOG.industries.industry;
        let (x, y) = (&list[a % list.len()], &list[b % list.len()]);
        let (low, high) = if mean(x.factor) <= mean(y.factor) { (x, y) } else { (y, x) };
        let cheap = Scenario { industry: low.id.clone(), ..s.clone() };
        let dear = Scenario { industry: high.id.clone(), ..s };
        prop_assert!(at_least(total(&dear), total(&cheap)), "{:?}: {} vs {}", cheap.sourcing, low.id, high.id);
    }

    /// More people on an in-house course never cost more per head while the classes (and
    /// whether an assistant is booked) stay the same: the trainer, room and preparation are
    /// shared, everything else is per person.
    #[test]
    fn more_people_never_cost_more_per_head_while_the_classes_stay(
        s in scenario(),
        in_house in prop::sample::select(vec![Sourcing::Internal, Sourcing::Vendor]),
        a in 1i64..=400,
        b in 1i64..=400,
    ) {
        let trainer = match (in_house, s.trainer) {
            (Sourcing::Vendor, TrainerTier::Internal) => TrainerTier::Professional,
            (_, tier) => tier,
        };
        let base = Scenario { sourcing: in_house, trainer, ..s };
        let (few, many) = (a.min(b), a.max(b));
        let e1 = estimate(&Scenario { headcount: few, ..base.clone() });
        let e2 = estimate(&Scenario { headcount: many, ..base });
        if e1.shape.classes == e2.shape.classes && e1.shape.assistant == e2.shape.assistant {
            prop_assert!(e2.per_participant <= e1.per_participant * (1.0 + 1e-12),
                "{few} → {many}: {} → {}", e1.per_participant, e2.per_participant);
        }
    }

    #[test]
    fn the_same_scenario_always_gives_the_same_range(s in scenario()) {
        let c = Costing::new(&CATALOG, &s).unwrap();
        prop_assert_eq!(c.simulate(300, 11), c.simulate(300, 11));
    }

    #[test]
    fn the_widest_swing_comes_first_and_each_is_inside_the_extremes(s in scenario()) {
        let c = Costing::new(&CATALOG, &s).unwrap();
        let e = c.estimate(&CATALOG, &s).unwrap();
        let swings = c.sensitivity();
        for pair in swings.windows(2) {
            prop_assert!(pair[0].width() >= pair[1].width());
        }
        let x = e.extremes;
        for sw in &swings {
            prop_assert!(sw.low <= x.likely * (1.0 + 1e-12) && sw.high >= x.likely * (1.0 - 1e-12));
            prop_assert!(sw.low >= x.low * (1.0 - 1e-12) && sw.high <= x.high * (1.0 + 1e-12));
        }
    }

    /// A seat route is held against its band; an in-house route against seats instead, and an
    /// outside trainer's day rate against the market's too.
    #[test]
    fn each_route_gets_its_own_verdicts(s in scenario()) {
        let e = estimate(&s);
        let kinds: Vec<Comparison> = e.verdicts.iter().map(|v| v.comparison).collect();
        let expected = match s.sourcing {
            Sourcing::Public | Sourcing::OnlineCourse => vec![Comparison::SeatBand],
            Sourcing::Vendor => vec![Comparison::SeatsInstead, Comparison::DayRate],
            Sourcing::Internal => vec![Comparison::SeatsInstead],
        };
        prop_assert_eq!(kinds, expected);
        for v in &e.verdicts {
            prop_assert!(!v.reason(Lang::Zh).is_empty() && !v.reason(Lang::En).is_empty());
        }
    }

    /// Participants' time off takes the organiser's time with it; with no reserve either, the
    /// total is the cash cost.
    #[test]
    fn with_staff_time_off_and_no_reserve_the_total_is_the_cash(s in scenario()) {
        let cash_only = Scenario { participant_time: ParticipantTime::Off, contingency_pct: 0.0, ..s };
        let e = estimate(&cash_only);
        prop_assert!(e.lines.iter().all(|l| l.category.is_cash()), "{:?}", e.lines);
        prop_assert!((e.total - e.cash).abs() <= 1e-9 * e.total);
    }
}

/// A plan's hours spread over depths: moving some of them deeper, or adding shallow hours, must
/// not make the course cheaper. (It did while seat prices and printed sets followed the one
/// depth holding the most hours: 198,000 → 144,000 for the first pair below.)
#[test]
fn a_plans_hours_moved_deeper_never_cost_less() {
    let before = Scenario {
        sourcing: Sourcing::Public,
        hours: DepthHours {
            basic: 6.0,
            standard: 5.0,
            deep: 10.0,
        },
        participant_time: ParticipantTime::Off,
        contingency_pct: 0.0,
        ..default_scenario()
    };
    let after = Scenario {
        hours: DepthHours {
            basic: 0.0,
            standard: 11.0,
            deep: 10.0,
        },
        ..before.clone()
    };
    assert!(
        at_least(total(&after), total(&before)),
        "{} → {}",
        total(&before),
        total(&after)
    );
    // The vendor's printed sets drop the same way (deep → standard sets).
    let vendor = |s: &Scenario| {
        total(&Scenario {
            sourcing: Sourcing::Vendor,
            ..s.clone()
        })
    };
    assert!(at_least(vendor(&after), vendor(&before)));
    // And two more basic hours on a mostly-deep course halve a public course's price.
    let longer = Scenario {
        hours: DepthHours {
            basic: 11.0,
            standard: 0.0,
            deep: 10.0,
        },
        ..before.clone()
    };
    let shorter = Scenario {
        hours: DepthHours {
            basic: 9.0,
            standard: 0.0,
            deep: 10.0,
        },
        ..before
    };
    assert!(
        at_least(total(&longer), total(&shorter)),
        "{} → {}",
        total(&shorter),
        total(&longer)
    );
}

/// The internal route: a classroom course that rents a room or serves lunch (what the seed says
/// makes offline dearer) is never cheaper than the same course live online. In the company's own
/// room with no lunch the two are the same course at the same trainer cost, and which is a few
/// yuan a head dearer depends on a printed set against a platform seat and a digital one; no
/// direction is claimed there.
#[test]
fn an_internal_classroom_course_with_a_room_or_lunch_is_never_cheaper_than_live_online() {
    for depth in Depth::ALL {
        for (venue, catering) in [
            (Venue::Rented, false),
            (Venue::Hotel, false),
            (Venue::Own, true),
        ] {
            let offline = Scenario {
                sourcing: Sourcing::Internal,
                trainer: TrainerTier::Internal,
                mode: DeliveryMode::Offline,
                venue,
                catering,
                hours: DepthHours::single(*depth, 3.0),
                participant_time: ParticipantTime::Off,
                contingency_pct: 0.0,
                ..default_scenario()
            };
            let online = Scenario {
                mode: DeliveryMode::LiveOnline,
                ..offline.clone()
            };
            assert!(
                at_least(total(&offline), total(&online)),
                "{depth:?} {venue:?} lunch {catering}: {} vs {}",
                total(&offline),
                total(&online)
            );
        }
    }
}

fn default_scenario() -> Scenario {
    Scenario::default_for(&CATALOG)
}

fn error_of(s: &Scenario) -> ScenarioError {
    Costing::new(&CATALOG, s).expect_err("must be refused")
}

fn guiyang_index() -> f64 {
    CATALOG.city("guiyang").unwrap().index()
}

/// What the default scenario is: a vendor's one-day standard course for 30 people in Guiyang,
/// in the company's own room, with lunch (data/pricing.toml, [scenario]).
#[test]
fn the_default_scenario_is_a_vendors_day_in_the_companys_own_room_with_lunch() {
    let s = default_scenario();
    assert_eq!(
        (s.sourcing, s.venue, s.mode, s.trainer),
        (
            Sourcing::Vendor,
            Venue::Own,
            DeliveryMode::Offline,
            TrainerTier::Professional
        )
    );
    assert!(s.catering && !s.customise && !s.course_elsewhere && !s.trainer_travels);
    let e = estimate(&s);
    assert!(e.total > 0.0);
    assert_eq!(e.shape.headcount, 30);
    assert_eq!(
        line(&e, Category::Venue),
        0.0,
        "the company's own room is free"
    );
    assert!(e.lines.iter().all(|l| l.category != Category::Markup));
}

/// The vendor route, line by line, from the rules and data/: 30 people, a 6-hour standard day
/// in Guiyang with role-play (30 > the 24 one trainer coaches, so an assistant), own room,
/// lunch, cash only.
#[test]
fn a_vendors_course_is_priced_line_by_line_as_the_rules_say() {
    let c = &*CATALOG;
    let s = Scenario {
        participant_time: ParticipantTime::Off,
        contingency_pct: 10.0,
        vat_pct: 6.0,
        ..default_scenario()
    };
    assert!(s.activities.contains(&Activity::RolePlay));
    let index = guiyang_index();
    let industry = mean(c.industry("public-service").unwrap().factor);
    let day = mean(c.trainers.tier(TrainerTier::Professional).unwrap().day_rate);
    // One day: two three-hour sessions. The professional is priced locally.
    let fees = day * index * industry + mean(c.trainers.assistant.day_rate) * index;
    let materials = 30.0 * mean(c.costs.printed_materials.standard);
    let catering = 30.0 * mean(c.costs.catering.cost) * index;
    let vat = 0.06 * (fees + materials);
    let cash = fees + materials + catering + vat;
    let e = estimate(&s);
    let close = |a: f64, b: f64| (a - b).abs() <= 1e-9 * b.max(1.0);
    assert!(close(line(&e, Category::TrainerFees), fees), "{e:?}");
    assert!(close(line(&e, Category::Materials), materials));
    assert!(close(line(&e, Category::Catering), catering));
    assert!(close(line(&e, Category::Tax), vat));
    assert!(close(line(&e, Category::Contingency), 0.1 * cash));
    assert!(close(e.total, 1.1 * cash));
    assert!(close(e.cash, cash));
    assert!(e.shape.assistant && e.shape.classes == 1);
    for absent in [
        Category::Venue,
        Category::TrainerTravel,
        Category::Development,
        Category::Seats,
        Category::Coordination,
        Category::ParticipantTime,
    ] {
        assert_eq!(line(&e, absent), 0.0, "{absent:?}");
    }
}

/// VAT falls on what an outside trainer invoices (fees, travel, customisation, materials),
/// never on the room or lunch the client books, and only on the vendor's route.
#[test]
fn vat_is_on_the_vendors_invoice_only() {
    let base = Scenario {
        venue: Venue::Hotel,
        trainer_travels: true,
        customise: true,
        trainer: TrainerTier::Senior,
        vat_pct: 13.0,
        ..default_scenario()
    };
    let e = estimate(&base);
    let invoiced: f64 = [
        Category::TrainerFees,
        Category::TrainerTravel,
        Category::Development,
        Category::Materials,
    ]
    .into_iter()
    .map(|c| line(&e, c))
    .sum();
    assert!(line(&e, Category::TrainerTravel) > 0.0 && line(&e, Category::Development) > 0.0);
    assert!(line(&e, Category::Venue) > 0.0 && line(&e, Category::Catering) > 0.0);
    assert!((line(&e, Category::Tax) - 0.13 * invoiced).abs() <= 1e-9 * invoiced);
    for sourcing in [Sourcing::Internal, Sourcing::Public, Sourcing::OnlineCourse] {
        let e = estimate(&Scenario {
            sourcing,
            ..base.clone()
        });
        assert_eq!(line(&e, Category::Tax), 0.0, "{sourcing:?}");
    }
}

/// The internal route: the internal trainer's day for each teaching day, and preparation as a
/// share of Chapman's classroom effort (hours × ratio × adaptation ÷ 8 h); no VAT, no vendor.
#[test]
fn an_internal_trainers_course_is_their_time_teaching_and_preparing() {
    let c = &*CATALOG;
    let s = Scenario {
        sourcing: Sourcing::Internal,
        trainer: TrainerTier::Internal,
        activities: [Activity::Lecture].into_iter().collect(),
        hours: DepthHours::single(Depth::Deep, 12.0),
        headcount: 20,
        participant_time: ParticipantTime::Off,
        contingency_pct: 0.0,
        ..default_scenario()
    };
    let index = guiyang_index();
    assert!(c.trainers.internal.priced_locally);
    let day = mean(c.trainers.internal.day_cost);
    let prep_days =
        12.0 * c.costs.development.classroom.deep * mean(c.costs.development.adaptation)
            / c.costs.participants.hours_per_working_day;
    let fees = day * index * (2.0 + prep_days);
    let e = estimate(&s);
    let got = line(&e, Category::TrainerFees);
    assert!((got - fees).abs() <= 1e-9 * fees, "{got} vs {fees}");
    assert_eq!(line(&e, Category::Tax), 0.0);
    // The tier named does not matter on this route.
    let professional = estimate(&Scenario {
        trainer: TrainerTier::Expert,
        ..s.clone()
    });
    assert_eq!(professional.total, e.total);
}

/// A public course: the seat's price per day at the course's depth, times the tier's premium,
/// for the course's days of content; participants' travel at cost when it is held elsewhere.
#[test]
fn a_public_course_is_seats_by_the_day_and_travel_when_it_is_elsewhere() {
    let c = &*CATALOG;
    let s = Scenario {
        sourcing: Sourcing::Public,
        trainer: TrainerTier::Expert,
        hours: DepthHours::single(Depth::Deep, 15.0),
        headcount: 8,
        phases: 1,
        participant_time: ParticipantTime::Off,
        contingency_pct: 0.0,
        ..default_scenario()
    };
    // 15 h of content at 6 h a day: two and a half days.
    let day_hours = c.delivery.hours_per_session * f64::from(c.delivery.sessions_per_day);
    let days = 15.0 / day_hours;
    let seat = mean(c.seats.public.day.deep) * mean(c.seats.premium.expert);
    let e = estimate(&s);
    let seats = 8.0 * seat * days;
    assert!((line(&e, Category::Seats) - seats).abs() <= 1e-9 * seats);
    assert_eq!(line(&e, Category::StaffTravel), 0.0);
    assert!((e.total - seats).abs() <= 1e-9 * seats, "only seats: {e:?}");
    let away = estimate(&Scenario {
        course_elsewhere: true,
        ..s
    });
    // A round trip each and a night before each of the three teaching days.
    let travel = 8.0 * (mean(c.costs.travel.cost) + 3.0 * mean(c.costs.lodging.cost));
    let got = line(&away, Category::StaffTravel);
    assert!((got - travel).abs() <= 1e-9 * travel, "{got} vs {travel}");
    assert_eq!(line(&away, Category::TrainerTravel), 0.0);
}

/// A ready-made online course: the price per learner-hour at its depth, times the volume factor
/// for the number of learners, times the premium.
#[test]
fn an_online_course_is_priced_per_learner_hour() {
    let c = &*CATALOG;
    let s = Scenario {
        sourcing: Sourcing::OnlineCourse,
        trainer: TrainerTier::Senior,
        hours: DepthHours::single(Depth::Basic, 4.5),
        headcount: 50,
        participant_time: ParticipantTime::Off,
        contingency_pct: 0.0,
        ..default_scenario()
    };
    // 50 learners: the second step of data/seats.toml's volume table.
    let tier = &c.seats.online.volume[1];
    assert_eq!(tier.from, 50);
    let seats = 50.0
        * 4.5
        * mean(c.seats.online.hour.basic)
        * mean(tier.factor)
        * mean(c.seats.premium.senior);
    let e = estimate(&s);
    assert!(
        (e.total - seats).abs() <= 1e-9 * seats,
        "{} vs {seats}",
        e.total
    );
    assert_eq!(e.verdicts.len(), 1);
    assert_eq!(e.verdicts[0].comparison, Comparison::SeatBand);
    assert!((e.verdicts[0].value - seats / 50.0).abs() <= 1e-9 * seats);
}

/// `Bound::Expected` is each rate's triangular mean.
#[test]
fn the_expected_bound_is_the_triangular_mean() {
    let r = Range {
        low: 10.0,
        likely: 20.0,
        high: 60.0,
    };
    assert_eq!(Bound::Expected.of(&r), 30.0);
    assert_eq!(Bound::Likely.of(&r), 20.0);
}

#[test]
fn zero_or_negative_headcount_is_refused_with_a_message() {
    for n in [0, -5] {
        let err = error_of(&Scenario {
            headcount: n,
            ..default_scenario()
        });
        assert_eq!(err.field(), Field::Headcount);
        assert!(
            err.message(Lang::Zh).contains("人数"),
            "{}",
            err.message(Lang::Zh)
        );
        assert!(err.message(Lang::En).contains(&n.to_string()));
    }
}

#[test]
fn nan_infinite_and_absurd_hours_are_refused() {
    let with_hours = |h: f64| Scenario {
        hours: DepthHours::single(Depth::Basic, h),
        ..default_scenario()
    };
    assert_eq!(
        error_of(&with_hours(f64::NAN)),
        ScenarioError::NotANumber {
            field: Field::Hours
        }
    );
    assert_eq!(error_of(&with_hours(f64::INFINITY)).field(), Field::Hours);
    assert_eq!(error_of(&with_hours(5000.0)).field(), Field::Hours);
    assert_eq!(error_of(&with_hours(0.0)).field(), Field::Hours);
    let mut negative_part = default_scenario();
    negative_part.hours.deep = -3.0;
    assert_eq!(error_of(&negative_part).field(), Field::Hours);
}

#[test]
fn unknown_city_and_industry_are_named() {
    let err = error_of(&Scenario {
        city: "atlantis".into(),
        ..default_scenario()
    });
    assert_eq!(err, ScenarioError::UnknownCity("atlantis".into()));
    assert!(err.message(Lang::Zh).contains("atlantis"));
    let err = error_of(&Scenario {
        industry: "piracy".into(),
        ..default_scenario()
    });
    assert_eq!(err.field(), Field::Industry);
}

#[test]
fn percentages_and_wages_outside_their_limits_are_refused() {
    let s = default_scenario();
    assert_eq!(
        error_of(&Scenario {
            vat_pct: f64::NAN,
            ..s.clone()
        })
        .field(),
        Field::Vat
    );
    assert_eq!(
        error_of(&Scenario {
            vat_pct: -1.0,
            ..s.clone()
        })
        .field(),
        Field::Vat
    );
    assert_eq!(
        error_of(&Scenario {
            contingency_pct: 1e9,
            ..s.clone()
        })
        .field(),
        Field::Contingency
    );
    assert_eq!(
        error_of(&Scenario {
            phases: 0,
            ..s.clone()
        })
        .field(),
        Field::Phases
    );
    let wage = ParticipantTime::DailyWage { cny: -100.0 };
    assert_eq!(
        error_of(&Scenario {
            participant_time: wage,
            ..s
        })
        .field(),
        Field::DailyWage
    );
}

/// Seats and outside trainers come from the market: an internal trainer on any other route is
/// refused at the trainer, in both languages.
#[test]
fn an_internal_trainer_on_a_bought_route_is_refused_at_the_trainer() {
    for sourcing in [Sourcing::Vendor, Sourcing::Public, Sourcing::OnlineCourse] {
        let err = error_of(&Scenario {
            sourcing,
            trainer: TrainerTier::Internal,
            ..default_scenario()
        });
        assert_eq!(
            err,
            ScenarioError::TierNotOffered {
                sourcing,
                tier: TrainerTier::Internal
            }
        );
        assert_eq!(err.field(), Field::Trainer);
        assert!(err.message(Lang::Zh).contains(sourcing.label(Lang::Zh)));
        assert!(
            err.message(Lang::En)
                .contains(TrainerTier::Internal.label(Lang::En))
        );
    }
    let internal = Scenario {
        sourcing: Sourcing::Internal,
        trainer: TrainerTier::Internal,
        ..default_scenario()
    };
    assert!(Costing::new(&CATALOG, &internal).is_ok());
}

#[test]
fn participants_time_can_be_switched_off_and_typed_in() {
    let on = estimate(&default_scenario());
    let off = estimate(&Scenario {
        participant_time: ParticipantTime::Off,
        ..default_scenario()
    });
    assert!(line(&on, Category::ParticipantTime) > 0.0);
    assert!(line(&on, Category::Coordination) > 0.0);
    // Off takes the organiser's time with it: neither is cash paid for the course.
    assert!(off.lines.iter().all(|l| !matches!(
        l.category,
        Category::ParticipantTime | Category::Coordination
    )));
    // The cash does not depend on staff time.
    assert!((on.cash - off.cash).abs() <= 1e-9 * on.cash);
    // 30 people × 6 hours at a typed 400 CNY per 8-hour day.
    let typed = estimate(&Scenario {
        participant_time: ParticipantTime::DailyWage { cny: 400.0 },
        ..default_scenario()
    });
    let per_hour = 400.0 / CATALOG.costs.participants.hours_per_working_day;
    assert!((line(&typed, Category::ParticipantTime) - 30.0 * 6.0 * per_hour).abs() < 1e-6);
}

/// The contingency is a share of the cash cost: everything but staff time.
#[test]
fn the_contingency_is_on_the_cash_cost() {
    for &sourcing in Sourcing::ALL {
        let s = Scenario {
            sourcing,
            contingency_pct: 15.0,
            ..default_scenario()
        };
        let e = estimate(&s);
        let cash: f64 = e
            .lines
            .iter()
            .filter(|l| l.category.is_cash())
            .map(|l| l.expected)
            .sum();
        assert!((e.cash - cash).abs() <= 1e-9 * cash, "{sourcing:?}");
        let reserve = line(&e, Category::Contingency);
        assert!((reserve - 0.15 * cash).abs() <= 1e-9 * cash, "{sourcing:?}");
        assert!(line(&e, Category::ParticipantTime) > 0.0, "{sourcing:?}");
    }
}

/// Role-play in a class larger than one trainer coaches (data/delivery.toml) books an assistant
/// for the class rather than splitting it; the class splits only at the classroom's limit.
#[test]
fn role_play_in_a_large_class_brings_an_assistant_not_a_second_class() {
    let one = CATALOG
        .delivery
        .activity(Activity::RolePlay)
        .unwrap()
        .coached_by_one
        .unwrap() as i64;
    let s = |headcount: i64| Scenario {
        headcount,
        activities: [Activity::Lecture, Activity::RolePlay]
            .into_iter()
            .collect(),
        ..default_scenario()
    };
    let small = estimate(&s(one));
    assert!(!small.shape.assistant);
    assert_eq!(small.shape.classes, 1);
    let large = estimate(&s(one + 1));
    assert!(large.shape.assistant);
    assert_eq!(large.shape.classes, 1);
    let assistant = mean(CATALOG.trainers.assistant.day_rate) * guiyang_index();
    let more = line(&large, Category::TrainerFees) - line(&small, Category::TrainerFees);
    assert!(
        (more - assistant).abs() <= 1e-9 * assistant,
        "{more} vs {assistant}"
    );
    // Without role-play no assistant, unless asked for.
    let lecture = Scenario {
        activities: [Activity::Lecture].into_iter().collect(),
        ..s(one + 1)
    };
    assert!(!estimate(&lecture).shape.assistant);
    assert!(
        estimate(&Scenario {
            assistant_trainer: true,
            ..lecture
        })
        .shape
        .assistant
    );
    // The classroom's own limit still splits.
    let limit = CATALOG
        .delivery
        .channel(model::catalog::ChannelId::Classroom)
        .unwrap()
        .class_limit as i64;
    assert_eq!(estimate(&s(limit + 1)).shape.classes, 2);
}

#[test]
fn a_trainer_who_travels_in_adds_travel_and_is_not_priced_at_local_rates() {
    let local = Scenario {
        city: "shanghai".into(),
        trainer: TrainerTier::Senior,
        activities: [Activity::Lecture].into_iter().collect(),
        ..default_scenario()
    };
    let travelling = Scenario {
        trainer_travels: true,
        ..local.clone()
    };
    let (a, b) = (estimate(&local), estimate(&travelling));
    assert_eq!(line(&a, Category::TrainerTravel), 0.0);
    // One round trip and one night for the one-day class.
    let c = &*CATALOG;
    let travel = mean(c.costs.travel.cost) + mean(c.costs.lodging.cost);
    assert!((line(&b, Category::TrainerTravel) - travel).abs() <= 1e-9 * travel);
    // Shanghai's index is above 1, so the local senior costs more per day than the national rate.
    let index = c.city("shanghai").unwrap().index();
    assert!(index > 1.0);
    let ratio = line(&a, Category::TrainerFees) / line(&b, Category::TrainerFees);
    assert!((ratio - index).abs() <= 1e-9 * index, "{ratio} vs {index}");
}

#[test]
fn the_verdicts_say_why_in_both_languages() {
    let e = estimate(&default_scenario());
    assert_eq!(
        e.verdicts.iter().map(|v| v.comparison).collect::<Vec<_>>(),
        [Comparison::SeatsInstead, Comparison::DayRate]
    );
    let public = estimate(&Scenario {
        sourcing: Sourcing::Public,
        ..default_scenario()
    });
    let band = CATALOG.band_for(Sourcing::Public).unwrap();
    let v = &public.verdicts[0];
    assert_eq!((v.low, v.high), (band.low, band.high));
    assert!(v.reason(Lang::Zh).contains(&band.name.zh));
    assert!(v.reason(Lang::En).contains(&band.name.en));
}

/// A vendor's day rate against the market's for its tier reads as an English sentence: the
/// tier named with its article, in lower case, as the Chinese names the tier.
#[test]
fn the_day_rate_verdict_names_the_tier_in_a_sentence() {
    let market = Range {
        low: 3_000.0,
        likely: 4_500.0,
        high: 8_000.0,
    };
    for (tier, rate, zh, en) in [
        (
            TrainerTier::Professional,
            5_000.0,
            "讲师日费 ¥5,000，在职业培训师的市场日费之内（¥3,000–¥8,000）",
            "A day rate of ¥5,000 is within the market range for a professional trainer (¥3,000–¥8,000)",
        ),
        (
            TrainerTier::Expert,
            9_000.0,
            "讲师日费 ¥9,000，高于知名专家的市场日费（¥3,000–¥8,000）",
            "A day rate of ¥9,000 is above the market range for a renowned expert (¥3,000–¥8,000)",
        ),
    ] {
        let v = Verdict::day_rate(tier, rate, market);
        assert_eq!(v.reason(Lang::Zh), zh);
        assert_eq!(v.reason(Lang::En), en);
    }
}

#[test]
fn the_city_index_follows_the_wage_figures() {
    let shanghai = CATALOG.city("shanghai").unwrap();
    assert!((shanghai.index() - 229_300.0 / 120_698.0).abs() < 1e-12);
    let guiyang = guiyang_index();
    let beijing = CATALOG.city("beijing").unwrap().index();
    assert!(guiyang < beijing && beijing < shanghai.index());
    for tier1 in ["beijing", "shanghai", "guangzhou", "shenzhen"] {
        assert!(CATALOG.city(tier1).unwrap().index() > guiyang, "{tier1}");
    }
}

/// Case 7 of the second hostile pass: 3,000 learners of an online course were priced at 3,000
/// single seats. A licence for many learners is priced by volume: each step of the table in
/// data/seats.toml applies from its headcount, and the price per learner never rises with more.
#[test]
fn an_online_course_for_many_learners_is_priced_by_volume() {
    let c = &*CATALOG;
    let per_learner = |n: i64| {
        let e = estimate(&Scenario {
            sourcing: Sourcing::OnlineCourse,
            trainer: TrainerTier::Professional,
            hours: DepthHours::single(Depth::Standard, 6.0),
            headcount: n,
            participant_time: ParticipantTime::Off,
            contingency_pct: 0.0,
            ..default_scenario()
        });
        line(&e, Category::Seats) / n as f64
    };
    let single = 6.0 * mean(c.seats.online.hour.standard);
    for tier in &c.seats.online.volume {
        let n = i64::from(tier.from);
        let expected = single * mean(tier.factor);
        assert!(
            (per_learner(n) - expected).abs() <= 1e-9 * expected,
            "from {n}: {} vs {expected}",
            per_learner(n)
        );
    }
    let last = c.seats.online.volume.last().unwrap();
    assert!(
        per_learner(3000) < single * 0.5,
        "3,000 learners are not 3,000 retail seats"
    );
    assert!((per_learner(3000) - single * mean(last.factor)).abs() <= 1e-6);
    for n in [1, 49, 50, 199, 200, 999, 1000, 3000] {
        assert!(per_learner(n + 1) <= per_learner(n) + 1e-9, "{n}");
    }
}

/// Case 7 of the second hostile pass: on a public-course option the verdict said a seat was
/// ¥2,667 and the break-even sentence "about ¥6,547 a head". They are different figures: the
/// seat's price, and what a head costs on seats with the participants' travel to a course
/// elsewhere. Each says what it holds, and the second is the sum of the lines it names.
#[test]
fn a_seats_price_and_a_heads_cost_on_seats_each_say_what_they_hold() {
    use model::cost::{Outcome, seat_cost_words};
    use model::money::cny;
    let c = &*CATALOG;
    let s = Scenario {
        sourcing: Sourcing::Public,
        course_elsewhere: true,
        hours: DepthHours::single(Depth::Standard, 12.0),
        ..default_scenario()
    };
    let o = Outcome::compute(c, &s).unwrap();
    let people = s.headcount as f64;
    let seat = line(&o.estimate, Category::Seats) / people;
    let travel = line(&o.estimate, Category::StaffTravel) / people;
    assert!(travel > 0.0);
    // The verdict: the seat's price alone, and it says so.
    let verdict = &o.estimate.verdicts[0];
    assert!((verdict.value - seat).abs() <= 1e-9 * seat);
    assert!(verdict.reason(Lang::Zh).contains("仅课程席位费"));
    assert!(verdict.reason(Lang::En).contains("the course fee alone"));
    // A head on seats: the seat and the travel, each named, adding up to the figure.
    let parts: Vec<Category> = o.routes.seat_parts.iter().map(|(c, _)| *c).collect();
    assert_eq!(parts, [Category::Seats, Category::StaffTravel]);
    let sum: f64 = o.routes.seat_parts.iter().map(|(_, v)| v).sum();
    assert!((o.routes.seat.likely - sum).abs() <= 1e-9 * sum);
    assert!((o.routes.seat_parts[0].1 - seat).abs() <= 1e-9 * seat);
    assert!((o.routes.seat_parts[1].1 - travel).abs() <= 1e-9 * travel);
    let zh = seat_cost_words(o.routes.seat.likely, &o.routes.seat_parts, Lang::Zh);
    for figure in [cny(o.routes.seat.likely), cny(seat), cny(travel)] {
        assert!(zh.contains(&figure), "{figure} in {zh}");
    }
    assert!(zh.contains(Category::StaffTravel.label(Lang::Zh)), "{zh}");
}
