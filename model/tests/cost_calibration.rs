//! Calibration: the model reproduces the reference build-ups of domain.md and lands seats inside
//! the seed's market bands. Every figure is read from `data/` or written here from domain.md's
//! text, never from the model's own output.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;

use model::Catalog;
use model::cost::{Category, Costing, Outcome, ParticipantTime, Scenario};
use model::vocab::{Activity, DeliveryMode, Depth, DepthHours, Sourcing, TrainerTier, Venue};

fn catalog() -> Catalog {
    Catalog::from_toml_sources().expect("data/ loads")
}

/// domain.md's reference build-ups count the course in cash: no participants' time, no reserve.
fn cash_only(catalog: &Catalog) -> Scenario {
    Scenario {
        participant_time: ParticipantTime::Off,
        contingency_pct: 0.0,
        ..Scenario::default_for(catalog)
    }
}

/// Reference 1: 30 window staff, one 6-hour classroom day, a professional outside trainer, the
/// company's own room, lunch and tea.
fn reference_day(catalog: &Catalog, city: &str) -> Scenario {
    Scenario {
        headcount: 30,
        city: city.into(),
        sourcing: Sourcing::Vendor,
        mode: DeliveryMode::Offline,
        trainer: TrainerTier::Professional,
        trainer_travels: false,
        hours: DepthHours::single(Depth::Standard, 6.0),
        phases: 1,
        activities: [Activity::Lecture, Activity::CaseStudy]
            .into_iter()
            .collect::<BTreeSet<_>>(),
        venue: Venue::Own,
        catering: true,
        customise: false,
        ..cash_only(catalog)
    }
}

/// Reference 2: the same group, a nationally known expert flown in for two deep days with
/// role-play.
fn reference_expert(catalog: &Catalog, city: &str) -> Scenario {
    Scenario {
        trainer: TrainerTier::Expert,
        trainer_travels: true,
        hours: DepthHours::single(Depth::Deep, 12.0),
        activities: [Activity::Lecture, Activity::CaseStudy, Activity::RolePlay]
            .into_iter()
            .collect(),
        ..reference_day(catalog, city)
    }
}

/// Cities whose price index is within 15 % of Guiyang's: where domain.md's Guiyang figures apply.
fn cities_like_guiyang(catalog: &Catalog) -> Vec<String> {
    let guiyang = catalog.city("guiyang").unwrap().index();
    catalog
        .cities
        .city
        .iter()
        .filter(|c| (c.index() / guiyang - 1.0).abs() <= 0.15)
        .map(|c| c.id.clone())
        .collect()
}

/// The expected total and the simulated P10–P90 both sit inside `low..=high`.
fn assert_inside(catalog: &Catalog, s: &Scenario, low: f64, high: f64, what: &str) {
    let o = Outcome::compute(catalog, s).unwrap();
    let (total, p10, p90) = (o.estimate.total, o.distribution.p10, o.distribution.p90);
    assert!(
        (low..=high).contains(&total) && p10 >= low && p90 <= high,
        "{what} in {}: expected {total:.0}, P10–P90 {p10:.0}–{p90:.0}, outside {low}–{high}",
        s.city
    );
}

#[test]
fn a_professional_trainers_day_for_30_costs_what_domain_md_builds_up() {
    let catalog = catalog();
    let cities = cities_like_guiyang(&catalog);
    assert!(cities.len() >= 3, "{cities:?}");
    for city in &cities {
        // domain.md: trainer 3,000–8,000 + materials ~750 + lunch and tea 900–3,900 ≈ 4,500–12,500.
        assert_inside(
            &catalog,
            &reference_day(&catalog, city),
            4_500.0,
            12_500.0,
            "one day",
        );
        // ≈150–420 a head.
        let e = Costing::new(&catalog, &reference_day(&catalog, city))
            .unwrap()
            .estimate(&catalog, &reference_day(&catalog, city))
            .unwrap();
        assert!(
            (150.0..=420.0).contains(&e.per_participant),
            "{}",
            e.per_participant
        );
    }
}

#[test]
fn an_expert_flown_in_for_two_deep_days_costs_what_domain_md_builds_up() {
    let catalog = catalog();
    for city in &cities_like_guiyang(&catalog) {
        // domain.md: trainer 20,000–60,000 + travel 2,000–6,000 + meals and materials
        // ≈ 25,000–75,000 (≈800–2,500 a head).
        let s = reference_expert(&catalog, city);
        assert_inside(&catalog, &s, 25_000.0, 75_000.0, "expert");
        let e = Costing::new(&catalog, &s)
            .unwrap()
            .estimate(&catalog, &s)
            .unwrap();
        assert!(
            (800.0..=2_500.0).contains(&e.per_participant),
            "{}",
            e.per_participant
        );
    }
}

fn line(catalog: &Catalog, s: &Scenario, category: Category) -> f64 {
    let e = Costing::new(catalog, s)
        .unwrap()
        .estimate(catalog, s)
        .unwrap();
    e.lines
        .iter()
        .find(|l| l.category == category)
        .map_or(0.0, |l| l.expected)
}

#[test]
fn a_local_trainer_costs_more_in_shanghai_and_an_expert_flown_in_costs_the_same_everywhere() {
    let catalog = catalog();
    let day = |city| reference_day(&catalog, city);
    assert!(
        line(&catalog, &day("shanghai"), Category::TrainerFees)
            > line(&catalog, &day("guiyang"), Category::TrainerFees)
    );
    // The expert's own fee: without role-play, so no assistant (who is hired locally) joins.
    let expert = |city| Scenario {
        activities: [Activity::Lecture, Activity::CaseStudy]
            .into_iter()
            .collect(),
        ..reference_expert(&catalog, city)
    };
    let guiyang = line(&catalog, &expert("guiyang"), Category::TrainerFees);
    for city in &catalog.cities.city {
        let here = expert(&city.id);
        assert_eq!(
            line(&catalog, &here, Category::TrainerFees),
            guiyang,
            "{}",
            city.id
        );
        assert_eq!(
            line(&catalog, &here, Category::TrainerTravel),
            line(&catalog, &expert("guiyang"), Category::TrainerTravel),
            "{}",
            city.id
        );
    }
}

/// What one seat costs on the market for this course (expected).
fn seat(catalog: &Catalog, s: &Scenario) -> f64 {
    let e = Costing::new(catalog, s)
        .unwrap()
        .estimate(catalog, s)
        .unwrap();
    line(catalog, s, Category::Seats) / f64::from(e.shape.headcount)
}

#[test]
fn a_seat_on_a_short_basic_online_course_costs_a_few_hundred_to_a_few_thousand() {
    let catalog = catalog();
    let band = catalog.band("basic-online").unwrap();
    let loose = band.loose.unwrap();
    // "Short": one or two half-day sessions of content.
    let session = catalog.delivery.hours_per_session;
    for hours in [session, 2.0 * session] {
        let s = Scenario {
            sourcing: Sourcing::OnlineCourse,
            hours: DepthHours::single(Depth::Basic, hours),
            ..cash_only(&catalog)
        };
        let price = seat(&catalog, &s);
        assert!(
            (loose.min..=loose.max).contains(&price),
            "{hours} h: {price:.0} is not a few hundred to a few thousand"
        );
    }
}

#[test]
fn a_seat_on_a_deep_multi_day_expert_public_course_lands_inside_3000_to_10000() {
    let catalog = catalog();
    let band = catalog.band("comprehensive-offline").unwrap();
    let day = catalog.delivery.hours_per_session * f64::from(catalog.delivery.sessions_per_day);
    // Multi-day: two and three days.
    for days in [2.0, 3.0] {
        let s = Scenario {
            sourcing: Sourcing::Public,
            trainer: TrainerTier::Expert,
            hours: DepthHours::single(Depth::Deep, days * day),
            ..cash_only(&catalog)
        };
        let price = seat(&catalog, &s);
        assert!(
            (band.low..=band.high).contains(&price),
            "{days} days: {price:.0} outside {}–{}",
            band.low,
            band.high
        );
    }
}

#[test]
fn for_30_people_an_in_house_course_costs_less_than_30_seats_and_for_1_to_3_more() {
    let catalog = catalog();
    let day = catalog.delivery.hours_per_session * f64::from(catalog.delivery.sessions_per_day);
    for &tier in &[
        TrainerTier::Professional,
        TrainerTier::Senior,
        TrainerTier::Expert,
    ] {
        for &depth in Depth::ALL {
            for hours in [day, 2.0 * day] {
                let in_house = Scenario {
                    trainer: tier,
                    trainer_travels: tier == TrainerTier::Expert,
                    hours: DepthHours::single(depth, hours),
                    ..reference_day(&catalog, "guiyang")
                };
                let seats = Scenario {
                    sourcing: Sourcing::Public,
                    course_elsewhere: in_house.trainer_travels,
                    ..in_house.clone()
                };
                let total = |s: &Scenario| {
                    Costing::new(&catalog, s)
                        .unwrap()
                        .estimate(&catalog, s)
                        .unwrap()
                        .total
                };
                let what = format!("{} {} {hours} h", tier.id(), depth.id());
                assert!(total(&in_house) < total(&seats), "30 people, {what}");
                for n in 1..=3 {
                    let few = |s: &Scenario| Scenario {
                        headcount: n,
                        ..s.clone()
                    };
                    assert!(
                        total(&few(&in_house)) > total(&few(&seats)),
                        "{n} people, {what}"
                    );
                }
            }
        }
    }
}

#[test]
fn staff_time_off_and_no_contingency_leave_the_cash_cost_of_the_course() {
    let catalog = catalog();
    for &sourcing in Sourcing::ALL {
        let s = Scenario {
            sourcing,
            trainer: if sourcing == Sourcing::Internal {
                TrainerTier::Internal
            } else {
                TrainerTier::Professional
            },
            ..cash_only(&catalog)
        };
        let e = Costing::new(&catalog, &s)
            .unwrap()
            .estimate(&catalog, &s)
            .unwrap();
        assert!(
            (e.total - e.cash).abs() < 1e-6,
            "{}: {} vs {}",
            sourcing.id(),
            e.total,
            e.cash
        );
        assert!(
            e.lines
                .iter()
                .all(|l| !l.category.is_staff_time() && l.category != Category::Contingency),
            "{}",
            sourcing.id()
        );
    }
}

#[test]
fn only_an_outside_trainers_invoice_carries_vat_and_no_route_adds_a_markup() {
    let catalog = catalog();
    for &sourcing in Sourcing::ALL {
        let s = Scenario {
            sourcing,
            ..Scenario::default_for(&catalog)
        };
        let s = if sourcing == Sourcing::Internal {
            Scenario {
                trainer: TrainerTier::Internal,
                ..s
            }
        } else {
            s
        };
        let has = |c| line(&catalog, &s, c) > 0.0;
        assert_eq!(
            has(Category::Tax),
            sourcing == Sourcing::Vendor,
            "{}",
            sourcing.id()
        );
        assert!(!has(Category::Markup) && !has(Category::Equipment));
    }
}
