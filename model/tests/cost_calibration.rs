//! Calibration: the model's prices for the two kinds of course the seed describes fall inside
//! the published market bands, read from `data/market_bands.toml`.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;

use model::Catalog;
use model::cost::{Costing, ParticipantTime, Position, Scenario};
use model::vocab::{Activity, DeliveryMode, Depth, DepthHours, TrainerTier};

fn catalog() -> Catalog {
    Catalog::from_toml_sources().expect("data/ loads")
}

/// A vendor's course for a class of 30: participants' time is the buyer's, not the vendor's.
fn vendor_course(
    catalog: &Catalog,
    city: &str,
    mode: DeliveryMode,
    trainer: TrainerTier,
    depth: Depth,
    hours: f64,
    activities: &[Activity],
) -> Scenario {
    Scenario {
        headcount: 30,
        city: city.into(),
        mode,
        trainer,
        trainer_travels: trainer == TrainerTier::Expert,
        hours: DepthHours::single(depth, hours),
        phases: 1,
        activities: activities.iter().copied().collect::<BTreeSet<_>>(),
        participant_time: ParticipantTime::Off,
        ..Scenario::default_for(catalog)
    }
}

/// The vendor price per participant, and the band it was compared with.
fn price_per_person(catalog: &Catalog, s: &Scenario) -> (f64, String, Position) {
    let e = Costing::new(catalog, s).unwrap().estimate(catalog).unwrap();
    (
        e.verdict.per_participant,
        e.verdict.band_id,
        e.verdict.position,
    )
}

#[test]
fn a_short_basic_live_online_course_prices_inside_the_basic_online_band() {
    let catalog = catalog();
    let band = catalog.band("basic-online").unwrap();
    let sessions = catalog.delivery.hours_per_session;
    // Half a day to one day, in every city and industry.
    for hours in [sessions, 2.0 * sessions] {
        for city in &catalog.cities.city {
            for industry in &catalog.industries.industry {
                let mut s = vendor_course(
                    &catalog,
                    &city.id,
                    DeliveryMode::LiveOnline,
                    TrainerTier::Professional,
                    Depth::Basic,
                    hours,
                    &[Activity::Lecture, Activity::Quiz],
                );
                s.industry = industry.id.clone();
                let (price, band_id, position) = price_per_person(&catalog, &s);
                assert_eq!(band_id, band.id);
                assert!(
                    (band.low..=band.high).contains(&price),
                    "{hours} h in {} ({}): {price:.0} per person is outside {}–{}",
                    city.id,
                    industry.id,
                    band.low,
                    band.high
                );
                assert_eq!(position, Position::Inside);
            }
        }
    }
}

#[test]
fn a_deep_three_day_offline_course_by_an_expert_prices_inside_the_comprehensive_band() {
    let catalog = catalog();
    let band = catalog.band("comprehensive-offline").unwrap();
    let day = catalog.delivery.hours_per_session * f64::from(catalog.delivery.sessions_per_day);
    for city in &catalog.cities.city {
        for industry in &catalog.industries.industry {
            let mut s = vendor_course(
                &catalog,
                &city.id,
                DeliveryMode::Offline,
                TrainerTier::Expert,
                Depth::Deep,
                3.0 * day,
                &[Activity::Lecture, Activity::CaseStudy, Activity::RolePlay],
            );
            s.industry = industry.id.clone();
            // A class of 30 doing role-play needs the assistant to stay one class.
            s.assistant_trainer = true;
            let (price, band_id, _) = price_per_person(&catalog, &s);
            assert_eq!(band_id, band.id);
            assert!(
                (band.low..=band.high).contains(&price),
                "{} ({}): {price:.0} per person is outside {}–{}",
                city.id,
                industry.id,
                band.low,
                band.high
            );
        }
    }
}
