//! The year's programme: its total, its joint range, the caps and the proposal under a cap.
//! Expected figures are worked from the rules (a course's cost is what its budget request
//! asks for; the caps are shares of the wage bill in `data/budget.toml`), never copied from the
//! output; the proposal is checked against every combination.
#![cfg(not(target_arch = "wasm32"))]

use model::budget::BudgetLines;
use model::cost::{Category, Costing, Scenario};
use model::vocab::{Audience, DeliveryMode, Sourcing, TrainerTier};
use model::year::{
    CapInputs, CapKind, CapWarning, Caps, Change, Course, Move, Priority, Programme, YearCost,
    propose,
};
use model::{Catalog, Lang};
use rand::{RngExt, SeedableRng};

fn catalog() -> Catalog {
    Catalog::from_toml_sources().expect("data/ loads")
}

fn course(catalog: &Catalog, edit: impl FnOnce(&mut Course)) -> Course {
    let mut c = Course::default_for(catalog, Lang::Zh);
    edit(&mut c);
    c
}

fn year_of(courses: Vec<Course>) -> Programme {
    let mut year = Programme::default();
    for c in courses {
        year.add(c, 1000).unwrap();
    }
    year
}

/// What the estimator's own estimate of `s` asks finance for: every line but staff time.
fn asked_by_estimate(catalog: &Catalog, s: &Scenario) -> f64 {
    let e = Costing::new(catalog, s)
        .unwrap()
        .estimate(catalog, s)
        .unwrap();
    e.lines
        .iter()
        .filter(|l| {
            !matches!(
                l.category,
                Category::ParticipantTime | Category::Coordination
            )
        })
        .map(|l| l.expected)
        .sum()
}

/// Each course's cost as its own estimate asks finance for it.
fn rows(catalog: &Catalog, year: &Programme) -> Vec<f64> {
    year.courses
        .iter()
        .map(|c| asked_by_estimate(catalog, &c.scenario))
        .collect()
}

#[test]
fn the_year_is_the_sum_of_its_courses_each_as_its_budget_request_asks() {
    let catalog = catalog();
    let year = year_of(vec![
        course(&catalog, |_| {}),
        course(&catalog, |c| {
            c.scenario.headcount = 12;
            c.scenario.city = "shanghai".into();
            c.scenario.sourcing = Sourcing::Public;
            c.period = model::year::Period::M8;
        }),
        course(&catalog, |c| {
            c.department = "网点".into();
            c.scenario.sourcing = Sourcing::Internal;
            c.scenario.trainer = TrainerTier::Internal;
            c.audience = Audience::Supervisor;
            c.period = model::year::Period::Q4;
        }),
    ]);
    let cost = YearCost::compute(&catalog, &year);
    let rows = rows(&catalog, &year);
    for (priced, expected) in cost.courses.iter().zip(&rows) {
        let priced = priced.as_ref().unwrap();
        assert!(
            (priced.expected - expected).abs() < 1e-6,
            "{priced:?} vs {expected}"
        );
        assert!(priced.p10 <= priced.expected && priced.expected <= priced.p90);
    }
    // Each row rounds to the yuan as its budget request's table does.
    let first = &year.courses[0].scenario;
    let e = Costing::new(&catalog, first)
        .unwrap()
        .estimate(&catalog, first)
        .unwrap();
    assert_eq!(BudgetLines::new(&e).total, rows[0].round() as i64);

    let sum: f64 = rows.iter().sum();
    assert!((cost.year.cost - sum).abs() < 1e-6);
    assert!(cost.range.low < cost.year.cost && cost.year.cost < cost.range.high);
    // By department: the two in 客户服务部, the third in 网点, in the order they appear.
    let depts: Vec<(&str, f64)> = cost
        .by_department
        .iter()
        .map(|d| (d.key.as_str(), d.cost))
        .collect();
    assert_eq!(depts.len(), 2);
    assert_eq!(depts[0].0, "客户服务部");
    assert!((depts[0].1 - rows[0] - rows[1]).abs() < 1e-6);
    assert!((depts[1].1 - rows[2]).abs() < 1e-6);
    // By quarter: Q1 (the default), Q3 (August), Q4.
    let quarters: Vec<f64> = cost.by_quarter.iter().map(|q| q.cost).collect();
    let want = [rows[0], 0.0, rows[1], rows[2]];
    for (got, want) in quarters.iter().zip(want) {
        assert!((got - want).abs() < 1e-6, "{quarters:?}");
    }
    // Per head: places on courses, each course's people once.
    let people = year
        .courses
        .iter()
        .map(|c| c.scenario.headcount)
        .sum::<i64>();
    assert_eq!(i64::from(cost.year.people), people);
    assert!((cost.year.per_head().unwrap() - sum / people as f64).abs() < 1e-6);
    // By route: vendor, internal and public each once.
    assert_eq!(cost.by_route.len(), 3);
}

#[test]
fn three_identical_courses_have_three_times_one_course_range() {
    let catalog = catalog();
    let one = YearCost::compute(&catalog, &year_of(vec![course(&catalog, |_| {})]));
    let three = YearCost::compute(
        &catalog,
        &year_of((0..3).map(|_| course(&catalog, |_| {})).collect()),
    );
    let width = |c: &YearCost| c.range.high - c.range.low;
    let ratio = width(&three) / width(&one);
    assert!((ratio / 3.0 - 1.0).abs() < 0.1, "ratio {ratio}");
    // Independent draws would give about √3 (1.73); the market's rates are shared.
    assert!(ratio > 2.5, "ratio {ratio}");
    assert!((three.year.cost - 3.0 * one.year.cost).abs() < 1e-6);
    // One course's own range, from the year, is that course's P10–P90.
    let row = one.courses[0].as_ref().unwrap();
    assert!((row.p10 - one.range.low).abs() < 1e-6 && (row.p90 - one.range.high).abs() < 1e-6);
}

#[test]
fn caps_for_a_typed_wage_bill() {
    let catalog = catalog();
    let inputs = CapInputs {
        wage_bill: Some(2_000_000.0),
        ..CapInputs::default()
    };
    // 2,000,000 × 1.5 % = 30,000 set aside; × 8 % = 160,000 deductible.
    let caps = Caps::new(&catalog, &inputs, 45_000.0, 45_000.0, None);
    let fund = caps.fund.as_ref().unwrap();
    assert!((fund.set_aside - 30_000.0).abs() < 1e-6);
    assert!((fund.deductible_limit - 160_000.0).abs() < 1e-6);
    assert_eq!(caps.warnings(), vec![CapWarning::OverSetAside]);
    // At 2.5 %: 50,000, and 45,000 fits.
    let high = Caps::new(
        &catalog,
        &CapInputs {
            high_fund: true,
            ..inputs.clone()
        },
        45_000.0,
        45_000.0,
        None,
    );
    assert!((high.fund.as_ref().unwrap().set_aside - 50_000.0).abs() < 1e-6);
    assert!(high.warnings().is_empty());
    // Over 160,000: past the deductible limit as well.
    let dear = Caps::new(&catalog, &inputs, 170_000.0, 170_000.0, None);
    assert_eq!(
        dear.warnings(),
        vec![CapWarning::OverSetAside, CapWarning::OverDeductible]
    );
}

#[test]
fn caps_for_staff_at_the_city_wage() {
    let catalog = catalog();
    // Guiyang's index: 92,472 / 82,291 × 0.9056 (data/cities.toml); the national wage
    // 120,698 (data/costs.toml). 200 staff: 200 × 120,698 × 1.01764… ≈ 24.57 million.
    let index = 92_472.0 / 82_291.0 * 0.9056;
    let bill = 200.0 * 120_698.0 * index;
    let inputs = CapInputs {
        staff: Some(200),
        wage_city: Some("guiyang".into()),
        ..CapInputs::default()
    };
    let caps = Caps::new(&catalog, &inputs, 10_000.0, 10_000.0, Some("beijing"));
    let fund = caps.fund.unwrap();
    assert!((fund.wage_bill - bill).abs() < 1.0, "{}", fund.wage_bill);
    assert!((fund.set_aside - bill * 0.015).abs() < 0.01);
    // No city named: the first course's.
    let inputs = CapInputs {
        wage_city: None,
        ..inputs
    };
    let caps = Caps::new(&catalog, &inputs, 10_000.0, 10_000.0, Some("guiyang"));
    assert!((caps.fund.unwrap().wage_bill - bill).abs() < 1.0);
    // Nothing typed: no fund to hold against.
    assert!(
        Caps::new(&catalog, &CapInputs::default(), 1.0, 1.0, None)
            .fund
            .is_none()
    );
}

#[test]
fn front_line_share_against_the_floor_and_a_cap() {
    let catalog = catalog();
    let year = year_of(vec![
        course(&catalog, |_| {}),
        course(&catalog, |c| {
            c.audience = Audience::Manager;
            c.scenario.headcount = 60;
        }),
    ]);
    let cost = YearCost::compute(&catalog, &year);
    let rows = rows(&catalog, &year);
    assert!((cost.frontline - rows[0]).abs() < 1e-6);
    let caps = Caps::new(
        &catalog,
        &CapInputs {
            cap: Some(rows[0]),
            cap_kind: CapKind::Indicative,
            ..CapInputs::default()
        },
        cost.year.cost,
        cost.frontline,
        None,
    );
    let share = caps.frontline_share.unwrap();
    assert!((share - rows[0] / (rows[0] + rows[1])).abs() < 1e-9);
    // 30 front-line people against 60 managers on the same course: under 60 %.
    assert!(share < 0.6);
    assert_eq!(
        caps.warnings(),
        vec![
            CapWarning::OverCap(CapKind::Indicative),
            CapWarning::FrontlineShort
        ]
    );
}

/// The best (kept worth, fewest changes) programme under `cap` over every combination of
/// keeping, moving (only to a cheaper way) and deferring each course that is not a must-have,
/// worked out here from the rules with the model's pricing only.
fn brute_force(catalog: &Catalog, year: &Programme, cap: f64) -> Option<(i64, usize)> {
    let fen = |v: f64| (v * 100.0).round() as i64;
    let price = |s: &Scenario| asked_by_estimate(catalog, s);
    let weights = &catalog.budget.year;
    let mut must = 0;
    let mut options: Vec<Vec<(i64, i64, usize)>> = Vec::new();
    for c in &year.courses {
        let now = price(&c.scenario);
        if c.priority == Priority::Must {
            must += fen(now);
            continue;
        }
        let w = i64::from(match c.priority {
            Priority::Should => weights.should_weight,
            _ => weights.could_weight,
        }) * c.scenario.headcount;
        let mut o = vec![(fen(now), w, 0), (0, 0, 1)];
        for m in Move::ALL {
            if let Some(s) = m.apply(&c.scenario)
                && Costing::new(catalog, &s).is_ok()
                && price(&s) < now
            {
                o.push((fen(price(&s)), w, 1));
            }
        }
        options.push(o);
    }
    fn go(options: &[Vec<(i64, i64, usize)>], room: i64) -> Option<(i64, i64)> {
        if room < 0 {
            return None;
        }
        let Some((first, rest)) = options.split_first() else {
            return Some((0, 0));
        };
        first
            .iter()
            .filter(|o| o.0 <= room)
            .filter_map(|&(cost, worth, change)| {
                go(rest, room - cost).map(|(w, ch)| (w + worth, ch - change as i64))
            })
            .max()
    }
    go(&options, fen(cap) - must).map(|(w, ch)| (w, (-ch) as usize))
}

#[test]
fn the_proposal_is_the_best_programme_under_the_cap() {
    let catalog = catalog();
    let cities: Vec<String> = catalog.cities.city.iter().map(|c| c.id.clone()).collect();
    let mut rng = rand_pcg::Pcg64Mcg::seed_from_u64(2026);
    for case in 0..60 {
        let n = rng.random_range(1..=if case < 40 { 8 } else { 12 });
        let courses = (0..n)
            .map(|_| {
                course(&catalog, |c| {
                    c.scenario.headcount = rng.random_range(1..=60);
                    c.scenario.city = cities[rng.random_range(0..cities.len())].clone();
                    c.scenario.sourcing = Sourcing::ALL[rng.random_range(0..2)];
                    c.scenario.mode = DeliveryMode::Offline;
                    c.scenario.trainer = if c.scenario.sourcing == Sourcing::Internal {
                        TrainerTier::Internal
                    } else {
                        TrainerTier::ALL[rng.random_range(1..4)]
                    };
                    // One in five a must-have: enough that some years cannot fit at all.
                    c.priority = match rng.random_range(0..5) {
                        0 => Priority::Must,
                        1 | 2 => Priority::Should,
                        _ => Priority::Could,
                    };
                })
            })
            .collect();
        let year = year_of(courses);
        let cost = YearCost::compute(&catalog, &year);
        let cap = cost.year.cost * rng.random_range(0.3..0.95);
        let proposal = propose(&catalog, &year, &cost, cap);
        let best = brute_force(&catalog, &year, cap);
        match best {
            None => assert!(!proposal.fits, "case {case}: must-haves over the cap"),
            Some((worth, changes)) => {
                assert!(proposal.fits, "case {case}");
                assert!(proposal.after <= cap + 0.005, "case {case}: over the cap");
                // Must-haves are never touched.
                for p in &proposal.changes {
                    let c = year.find(p.course).unwrap();
                    assert_ne!(c.priority, Priority::Must, "case {case}");
                }
                let kept: i64 = year
                    .courses
                    .iter()
                    .filter(|c| c.priority != Priority::Must)
                    .filter(|c| {
                        !proposal
                            .changes
                            .iter()
                            .any(|p| p.course == c.id && p.change == Change::Defer)
                    })
                    .map(|c| {
                        let w = match c.priority {
                            Priority::Should => catalog.budget.year.should_weight,
                            _ => catalog.budget.year.could_weight,
                        };
                        i64::from(w) * c.scenario.headcount
                    })
                    .sum();
                assert_eq!(
                    (kept, proposal.changes.len()),
                    (worth, changes),
                    "case {case}: not the best"
                );
                let sum = proposal.must_cost
                    + year
                        .courses
                        .iter()
                        .filter(|c| c.priority != Priority::Must)
                        .map(
                            |c| match proposal.changes.iter().find(|p| p.course == c.id) {
                                Some(p) => p.after,
                                None => asked_by_estimate(&catalog, &c.scenario),
                            },
                        )
                        .sum::<f64>();
                assert!((sum - proposal.after).abs() < 1e-6, "case {case}");
            }
        }
    }
}

#[test]
fn a_year_under_its_cap_is_left_alone_and_must_haves_over_it_are_said() {
    let catalog = catalog();
    let year = year_of(vec![
        course(&catalog, |c| c.priority = Priority::Must),
        course(&catalog, |c| c.priority = Priority::Could),
    ]);
    let cost = YearCost::compute(&catalog, &year);
    let fits = propose(&catalog, &year, &cost, cost.year.cost + 1.0);
    assert!(fits.fits && fits.changes.is_empty());
    let one = cost.courses[0].as_ref().unwrap().expected;
    let tight = propose(&catalog, &year, &cost, one - 1.0);
    assert!(!tight.fits && tight.changes.is_empty());
    assert!((tight.must_cost - one).abs() < 1e-6);
}

#[test]
fn pricing_again_only_the_course_edited_gives_the_year_priced_whole() {
    let catalog = catalog();
    let mut year = year_of(vec![
        course(&catalog, |_| {}),
        course(&catalog, |c| c.scenario.city = "beijing".into()),
        course(&catalog, |c| c.deferred = true),
    ]);
    let known = model::year::Priced::all(&catalog, &year, &[]);
    year.courses[1].scenario.headcount = 44;
    year.courses[0].department = "网点".into();
    let again = model::year::Priced::all(&catalog, &year, &known);
    // The unchanged courses are the ones already priced, not copies.
    assert!(std::rc::Rc::ptr_eq(&again[0], &known[0]));
    assert!(!std::rc::Rc::ptr_eq(&again[1], &known[1]));
    assert_eq!(
        YearCost::from_priced(&year, &again),
        YearCost::compute(&catalog, &year)
    );
}
