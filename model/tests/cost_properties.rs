//! Properties of the cost model that hold for every valid scenario (proptest, thousands of
//! cases), and its answers to bad input.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;
use std::sync::LazyLock;

use model::cost::{Category, Costing, Estimate, Field, ParticipantTime, Scenario, ScenarioError};
use model::vocab::{Activity, DeliveryMode, Depth, DepthHours, TrainerTier};
use model::{Catalog, Lang};
use proptest::prelude::*;

static CATALOG: LazyLock<Catalog> = LazyLock::new(|| Catalog::from_toml_sources().unwrap());

fn estimate(s: &Scenario) -> Estimate {
    Costing::new(&CATALOG, s)
        .unwrap_or_else(|e| panic!("{e} for {s:?}"))
        .estimate(&CATALOG)
        .unwrap()
}

fn likely_total(s: &Scenario) -> f64 {
    estimate(s).total.likely
}

fn ids(list: Vec<String>) -> impl Strategy<Value = String> {
    prop::sample::select(list)
}

fn hours() -> impl Strategy<Value = DepthHours> {
    (0.0..30.0f64, 0.0..30.0f64, 0.5..30.0f64).prop_map(|(b, s, d)| DepthHours {
        basic: b,
        standard: s,
        deep: d,
    })
}

/// Any scenario the model accepts.
fn scenario() -> impl Strategy<Value = Scenario> {
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
            prop::sample::select(DeliveryMode::ALL),
            prop::sample::select(TrainerTier::ALL),
            any::<bool>(),
        ),
        (
            hours(),
            1u32..=6,
            prop::sample::subsequence(Activity::ALL, 0..=4),
            any::<bool>(),
        ),
        (
            prop_oneof![
                Just(ParticipantTime::Off),
                Just(ParticipantTime::CityWage),
                (0.0..2000.0f64).prop_map(|cny| ParticipantTime::DailyWage { cny }),
            ],
            0.0..50.0f64,
            0.0..100.0f64,
            0.0..13.0f64,
        ),
    )
        .prop_map(
            |(
                (headcount, city, industry),
                (mode, trainer, trainer_travels),
                (hours, phases, activities, assistant_trainer),
                (participant_time, contingency_pct, markup_pct, vat_pct),
            )| Scenario {
                headcount,
                city,
                industry,
                mode,
                trainer,
                trainer_travels,
                hours,
                phases,
                activities: activities.into_iter().collect::<BTreeSet<_>>(),
                assistant_trainer,
                participant_time,
                contingency_pct,
                markup_pct,
                vat_pct,
            },
        )
}

fn deeper(d: Depth) -> Option<Depth> {
    match d {
        Depth::Basic => Some(Depth::Standard),
        Depth::Standard => Some(Depth::Deep),
        Depth::Deep => None,
    }
}

/// Relative tolerance for "never decreases": sums in another order may differ in the last bit.
fn at_least(after: f64, before: f64) -> bool {
    after >= before * (1.0 - 1e-12)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    #[test]
    fn the_total_is_exactly_the_sum_of_the_lines(s in scenario()) {
        let e = estimate(&s);
        type Pick = fn(&model::data::Range) -> f64;
        let picks: [Pick; 3] = [|r| r.low, |r| r.likely, |r| r.high];
        for pick in picks {
            let sum = e.lines.iter().map(|l| pick(&l.cost)).fold(0.0, |a, b| a + b);
            prop_assert_eq!(sum, pick(&e.total));
        }
    }

    #[test]
    fn every_value_is_finite_non_negative_and_ordered(s in scenario()) {
        let costing = Costing::new(&CATALOG, &s).unwrap();
        let e = costing.estimate(&CATALOG).unwrap();
        for l in &e.lines {
            let c = l.cost;
            prop_assert!(c.low.is_finite() && c.low >= 0.0 && c.low <= c.likely && c.likely <= c.high, "{:?}", l);
        }
        prop_assert!(e.per_participant.low.is_finite() && e.per_learner_hour.high.is_finite());
        let d = costing.simulate(200, 7);
        prop_assert!(d.p10 <= d.p50 && d.p50 <= d.p90);
        prop_assert!(d.samples.iter().all(|v| v.is_finite() && *v >= 0.0));
        // A draw never leaves the range spanned by every rate at its low and at its high.
        prop_assert!(d.samples.iter().all(|v| *v >= e.total.low * (1.0 - 1e-9) && *v <= e.total.high * (1.0 + 1e-9)));
        prop_assert!(e.shape.classes >= 1);
    }

    #[test]
    fn more_depth_never_costs_less(s in scenario(), which in 0usize..3) {
        let from = Depth::ALL[which];
        if let Some(to) = deeper(from) {
            let mut deeper_s = s.clone();
            let moved = s.hours.get(from);
            *deeper_s.hours.get_mut(from) = 0.0;
            *deeper_s.hours.get_mut(to) += moved;
            prop_assert!(at_least(likely_total(&deeper_s), likely_total(&s)));
        }
    }

    #[test]
    fn a_higher_trainer_tier_never_costs_less(s in scenario(), which in 0usize..3) {
        let (lower, higher) = (TrainerTier::ALL[which], TrainerTier::ALL[which + 1]);
        let a = Scenario { trainer: lower, ..s.clone() };
        let b = Scenario { trainer: higher, ..s };
        prop_assert!(at_least(likely_total(&b), likely_total(&a)));
    }

    #[test]
    fn more_hours_never_cost_less(s in scenario(), extra in 0.0..20.0f64) {
        let mut longer = s.clone();
        longer.hours.deep += extra;
        prop_assert!(at_least(likely_total(&longer), likely_total(&s)));
    }

    #[test]
    fn more_phases_never_cost_less(s in scenario()) {
        let more = Scenario { phases: s.phases + 1, ..s.clone() };
        prop_assert!(at_least(likely_total(&more), likely_total(&s)));
    }

    #[test]
    fn an_offline_course_costs_less_in_guiyang_than_in_shanghai(s in scenario()) {
        let guiyang = Scenario { mode: DeliveryMode::Offline, city: "guiyang".into(), ..s.clone() };
        let shanghai = Scenario { city: "shanghai".into(), ..guiyang.clone() };
        prop_assert!(likely_total(&guiyang) < likely_total(&shanghai));
    }

    #[test]
    fn per_participant_cost_never_rises_as_a_class_fills(s in scenario(), a in 0.0..1.0f64, b in 0.0..1.0f64) {
        // Only within one class: a second class brings its own trainer and room.
        let limit = estimate(&Scenario { headcount: 1, ..s.clone() }).shape.class_limit;
        let max = i64::from(limit).min(CATALOG.pricing.limits.headcount.max as i64);
        let size = |f: f64| 1 + (f * (max - 1) as f64) as i64;
        let (small, large) = (size(a.min(b)), size(a.max(b)));
        let e1 = estimate(&Scenario { headcount: small, ..s.clone() });
        let e2 = estimate(&Scenario { headcount: large, ..s });
        prop_assert_eq!(e2.shape.classes, 1);
        prop_assert!(e2.per_participant.likely <= e1.per_participant.likely * (1.0 + 1e-12));
    }

    #[test]
    fn the_same_scenario_always_gives_the_same_range(s in scenario()) {
        let c = Costing::new(&CATALOG, &s).unwrap();
        prop_assert_eq!(c.simulate(300, 11), c.simulate(300, 11));
    }

    #[test]
    fn the_widest_swing_comes_first_and_each_is_inside_the_total_range(s in scenario()) {
        let c = Costing::new(&CATALOG, &s).unwrap();
        let e = c.estimate(&CATALOG).unwrap();
        let swings = c.sensitivity();
        for pair in swings.windows(2) {
            prop_assert!(pair[0].width() >= pair[1].width());
        }
        for sw in &swings {
            prop_assert!(sw.low <= e.total.likely * (1.0 + 1e-12) && sw.high >= e.total.likely * (1.0 - 1e-12));
            prop_assert!(sw.low >= e.total.low * (1.0 - 1e-12) && sw.high <= e.total.high * (1.0 + 1e-12));
        }
    }
}

fn default_scenario() -> Scenario {
    Scenario::default_for(&CATALOG)
}

fn error_of(s: &Scenario) -> ScenarioError {
    Costing::new(&CATALOG, s).expect_err("must be refused")
}

#[test]
fn the_default_scenario_is_priced() {
    let e = estimate(&default_scenario());
    assert!(e.total.likely > 0.0);
    assert_eq!(e.shape.headcount, 30);
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
            markup_pct: -1.0,
            ..s.clone()
        })
        .field(),
        Field::Markup
    );
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

#[test]
fn participants_time_can_be_switched_off_and_typed_in() {
    let on = estimate(&default_scenario());
    let off = estimate(&Scenario {
        participant_time: ParticipantTime::Off,
        ..default_scenario()
    });
    let line = |e: &Estimate| {
        e.lines
            .iter()
            .find(|l| l.category == Category::ParticipantTime)
            .map(|l| l.cost.likely)
    };
    assert!(line(&on).unwrap() > 0.0);
    assert_eq!(line(&off), None);
    // 30 people × 6 hours at a typed 400 CNY per 8-hour day.
    let typed = estimate(&Scenario {
        participant_time: ParticipantTime::DailyWage { cny: 400.0 },
        ..default_scenario()
    });
    let per_hour = 400.0 / CATALOG.costs.participants.hours_per_working_day;
    assert!((line(&typed).unwrap() - 30.0 * 6.0 * per_hour).abs() < 1e-6);
    // The vendor's price does not include the buyer's staff time.
    assert_eq!(on.vendor_price, off.vendor_price);
}

#[test]
fn a_vendor_price_carries_markup_and_vat_and_the_in_house_cost_does_not() {
    let s = default_scenario();
    let e = estimate(&s);
    let direct: f64 = e
        .lines
        .iter()
        .filter(|l| l.category.is_direct())
        .map(|l| l.cost.likely)
        .sum();
    let expected = direct * (1.0 + s.markup_pct / 100.0) * (1.0 + s.vat_pct / 100.0);
    assert!((e.vendor_price.likely - expected).abs() < 1e-6 * expected);
    assert!((e.in_house.likely - direct * (1.0 + s.contingency_pct / 100.0)).abs() < 1e-6 * direct);
    assert!(e.in_house.likely < e.vendor_price.likely);
}

#[test]
fn role_play_splits_a_large_group_unless_an_assistant_helps() {
    let s = Scenario {
        headcount: 40,
        activities: [Activity::Lecture, Activity::RolePlay]
            .into_iter()
            .collect(),
        ..default_scenario()
    };
    let limit = CATALOG
        .delivery
        .activity(Activity::RolePlay)
        .unwrap()
        .class_limit as i64;
    assert!(limit < 40, "the test needs a role-play limit below 40");
    let alone = estimate(&s);
    assert_eq!(alone.shape.classes as i64, (40 + limit - 1) / limit);
    let assisted = estimate(&Scenario {
        assistant_trainer: true,
        ..s
    });
    assert_eq!(assisted.shape.classes, 1);
}

#[test]
fn a_trainer_who_travels_in_adds_travel_and_is_not_priced_at_local_rates() {
    let local = Scenario {
        city: "shanghai".into(),
        trainer: TrainerTier::Senior,
        ..default_scenario()
    };
    let travelling = Scenario {
        trainer_travels: true,
        ..local.clone()
    };
    let fees = |e: &Estimate, c: Category| {
        e.lines
            .iter()
            .find(|l| l.category == c)
            .map(|l| l.cost.likely)
            .unwrap_or(0.0)
    };
    let (a, b) = (estimate(&local), estimate(&travelling));
    assert_eq!(fees(&a, Category::TrainerTravel), 0.0);
    assert!(fees(&b, Category::TrainerTravel) > 0.0);
    // Shanghai's index is above 1, so the local senior costs more per day than the national rate.
    assert!(fees(&b, Category::TrainerFees) < fees(&a, Category::TrainerFees));
}

#[test]
fn the_verdict_names_its_band_and_says_why_in_both_languages() {
    let e = estimate(&default_scenario());
    let band = CATALOG.band_for(DeliveryMode::Offline).unwrap();
    assert_eq!(e.verdict.band_id, band.id);
    assert!(e.verdict.reason(Lang::Zh).contains(&band.name.zh));
    assert!(e.verdict.reason(Lang::En).contains(&band.name.en));
}

#[test]
fn the_city_index_follows_the_wage_figures() {
    let shanghai = CATALOG.city("shanghai").unwrap();
    assert!((shanghai.index() - 229_300.0 / 120_698.0).abs() < 1e-12);
    let guiyang = CATALOG.city("guiyang").unwrap().index();
    let beijing = CATALOG.city("beijing").unwrap().index();
    assert!(guiyang < beijing && beijing < shanghai.index());
    for tier1 in ["beijing", "shanghai", "guangzhou", "shenzhen"] {
        assert!(CATALOG.city(tier1).unwrap().index() > guiyang, "{tier1}");
    }
}
