//! Scenarios for property tests: any the estimator can make, and any a saved file can hold.

use model::cost::{ParticipantTime, Scenario};
use model::vocab::{Activity, DeliveryMode, Depth, DepthHours, Sourcing, TrainerTier, Venue};
use proptest::prelude::*;
use training_planner::catalog::catalog;

/// The outside tiers, cheapest first: what a vendor, a public or an online course can have.
const OUTSIDE: [TrainerTier; 3] = [
    TrainerTier::Professional,
    TrainerTier::Senior,
    TrainerTier::Expert,
];

/// A route and a tier it accepts: the internal route takes any tier (it ignores it), every other
/// route an outside one (the model refuses an internal trainer there).
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

/// Any scenario the estimator's form can make: its hours all at one depth.
pub fn scenario() -> impl Strategy<Value = Scenario> {
    let c = catalog();
    let cities: Vec<String> = c.cities.city.iter().map(|x| x.id.clone()).collect();
    let industries: Vec<String> = c.industries.industry.iter().map(|x| x.id.clone()).collect();
    let time = prop_oneof![
        Just(ParticipantTime::Off),
        Just(ParticipantTime::CityWage),
        (0.0f64..10000.0).prop_map(|cny| ParticipantTime::DailyWage { cny }),
    ];
    (
        (
            1i64..=5000,
            prop::sample::select(cities),
            prop::sample::select(industries),
        ),
        (
            route_and_trainer(),
            prop::sample::select(DeliveryMode::ALL),
            prop::sample::select(Depth::ALL),
            0.5f64..120.0,
            1u32..=12,
        ),
        (
            prop::collection::btree_set(prop::sample::select(Activity::ALL), 0..4),
            any::<bool>(),
            any::<bool>(),
            time,
        ),
        (
            prop::sample::select(Venue::ALL),
            any::<bool>(),
            any::<bool>(),
            any::<bool>(),
        ),
        (0.0f64..200.0, 0.0f64..200.0),
    )
        .prop_map(
            |(
                (headcount, city, industry),
                ((sourcing, trainer), mode, depth, hours, phases),
                (activities, trainer_travels, assistant_trainer, participant_time),
                (venue, catering, customise, course_elsewhere),
                (contingency_pct, vat_pct),
            )| Scenario {
                headcount,
                city,
                industry,
                sourcing,
                mode,
                trainer,
                trainer_travels,
                hours: DepthHours::single(depth, hours),
                phases,
                activities,
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

/// Any scenario a file can hold: as above, but with hours spread over the three depths (a plan
/// applied to a scenario makes such hours).
#[allow(dead_code)] // not every test file that includes this uses both
pub fn scenario_with_split_hours() -> impl Strategy<Value = Scenario> {
    (scenario(), 0.0f64..40.0, 0.0f64..40.0, 0.5f64..40.0).prop_map(|(s, basic, standard, deep)| {
        Scenario {
            hours: DepthHours {
                basic,
                standard,
                deep,
            },
            ..s
        }
    })
}
