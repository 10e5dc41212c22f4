//! How fast the model answers: the page recomputes on every keystroke, so a point estimate
//! (with its low and high) and a 10,000-draw Monte Carlo must each fit well inside a frame.
//! Figures are written in BENCHMARKS.md.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use model::cost::{Costing, Scenario};
use model::plan::fit_to_budget;
use model::vocab::{Audience, Sourcing, TrainerTier};
use model::year::{Course, Priority, Programme, YearCost, propose};

/// A year of 40 courses as a large company might plan it: every route, several cities and
/// tiers, 8 to 60 people, a mix of priorities.
fn forty_courses(catalog: &model::Catalog) -> Programme {
    let cities = ["guiyang", "beijing", "shanghai", "chengdu", "wuhan"];
    let mut year = Programme::default();
    for i in 0..40usize {
        let mut c = Course::default_for(catalog, model::Lang::Zh);
        c.scenario.headcount = 8 + (i as i64 * 13) % 53;
        c.scenario.city = cities[i % cities.len()].into();
        c.scenario.sourcing = Sourcing::ALL[i % 3];
        c.scenario.trainer = match c.scenario.sourcing {
            Sourcing::Internal => TrainerTier::Internal,
            _ => TrainerTier::ALL[1 + i % 3],
        };
        c.priority = Priority::ALL[i % 3];
        year.add(c, 100);
    }
    year
}

fn benches(c: &mut Criterion) {
    let catalog = training_planner::catalog::catalog();
    let scenario = Scenario::default_for(catalog);
    let mc = &catalog.pricing.monte_carlo;

    c.bench_function(
        "point estimate (check scenario, quantities, low/likely/high lines)",
        |b| {
            b.iter(|| {
                let costing = Costing::new(catalog, black_box(&scenario)).unwrap();
                black_box(costing.estimate(catalog, &scenario))
            })
        },
    );
    let costing = Costing::new(catalog, &scenario).unwrap();
    c.bench_function("monte carlo, 10,000 draws with P10/P50/P90", |b| {
        b.iter(|| black_box(costing.simulate(black_box(mc.samples), mc.seed)))
    });
    c.bench_function("sensitivity (every driver swung low and high)", |b| {
        b.iter(|| black_box(costing.sensitivity()))
    });
    let modules = &catalog.modules;
    c.bench_function("fit to a time budget (frontline, 12 hours)", |b| {
        b.iter(|| black_box(fit_to_budget(modules, Audience::Frontline, black_box(12.0))))
    });

    let year = forty_courses(catalog);
    c.bench_function("the year: 40 courses priced, joint draws, totals", |b| {
        b.iter(|| black_box(YearCost::compute(catalog, black_box(&year))))
    });
    let known = model::year::Priced::all(catalog, &year, &[]);
    let mut edited = year.clone();
    edited.courses[7].scenario.headcount += 1;
    c.bench_function(
        "the year: 40 courses, one edited (priced again alone), totals",
        |b| {
            b.iter(|| {
                let priced = model::year::Priced::all(catalog, black_box(&edited), &known);
                black_box(YearCost::from_priced(&edited, &priced))
            })
        },
    );
    let cost = YearCost::compute(catalog, &year);
    let cap = cost.year.cost * 0.6;
    c.bench_function(
        "the year: a proposal for 40 courses under a cap at 60 %",
        |b| b.iter(|| black_box(propose(catalog, black_box(&year), &cost, cap))),
    );
    // Is it worth it: what the open panel works out on each figure typed.
    let inputs = model::worth::WorthInputs {
        complaints_per_month: Some(120.0),
        customer_value: Some(3_000.0),
        leave_pct: Some(30.0),
        attribution_pct: Some(60.0),
        confidence_pct: Some(70.0),
        ..Default::default()
    };
    c.bench_function(
        "is it worth it: 4,000 joint draws of cost and change, break-even, range",
        |b| b.iter(|| black_box(model::worth::assess(catalog, black_box(&scenario), &inputs))),
    );
}

criterion_group!(estimate, benches);
criterion_main!(estimate);
