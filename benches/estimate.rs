//! How fast the model answers: the page recomputes on every keystroke, so a point estimate
//! (with its low and high) and a 10,000-draw Monte Carlo must each fit well inside a frame.
//! Figures are written in BENCHMARKS.md.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use model::cost::{Costing, Scenario};
use model::plan::fit_to_budget;
use model::vocab::Audience;

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
}

criterion_group!(estimate, benches);
criterion_main!(estimate);
