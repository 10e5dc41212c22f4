//! What the year costs: every course priced by the cost model, one range for the whole year,
//! and the totals by department, quarter and route.
//!
//! A course's cost here is what finance is asked for (the budget request's total: every line
//! but staff time, the contingency reserve included), so the year adds up to the requests its
//! courses would make, and the fund it is held against pays for exactly that.
//!
//! **One range for the year.** Courses bought in the same market share its uncertain rates: in
//! a year when a trainer's day in Guiyang is dear, it is dear for every course. So each joint
//! draw picks one quantile for each rate ([`Driver`]) and prices every course with it; a course
//! whose rate ranges differ (another city, another tier) takes the same quantile of its own
//! range. Three identical courses then have three times one course's range, not √3 times, as
//! independent draws would give (domain.md, "The year's programme").

use rand::{RngExt, SeedableRng};
use rand_pcg::Pcg64Mcg;

use crate::Catalog;
use crate::budget::asked;
use crate::catalog::Range;
use crate::cost::simulate::{percentiles, triangular};
use crate::cost::{Bound, Costing, Driver, ScenarioError};
use crate::vocab::{Audience, Sourcing};

use super::course::Programme;

/// One course, priced.
#[derive(Debug, Clone, PartialEq)]
pub struct CourseCost {
    /// The expected cost finance is asked for.
    pub expected: f64,
    /// Its P10 and P90 (from the year's joint draws: a course's own range is the same whether
    /// it is drawn alone or with the year).
    pub p10: f64,
    pub p90: f64,
    pub people: u32,
    /// Classes the people are taught in (0 for seats bought on the market).
    pub classes: u32,
    /// Teaching hours each person attends.
    pub hours: f64,
}

impl CourseCost {
    pub fn per_head(&self) -> f64 {
        self.expected / f64::from(self.people.max(1))
    }
}

/// A part of the year (a department, a quarter, a route) added up.
#[derive(Debug, Clone, PartialEq)]
pub struct Subtotal<K> {
    pub key: K,
    pub cost: f64,
    /// Places on courses (a person on two courses counts twice).
    pub people: u32,
    /// People × hours.
    pub learner_hours: f64,
}

impl<K> Subtotal<K> {
    fn new(key: K) -> Subtotal<K> {
        Subtotal {
            key,
            cost: 0.0,
            people: 0,
            learner_hours: 0.0,
        }
    }

    fn add(&mut self, cost: &CourseCost) {
        self.cost += cost.expected;
        self.people += cost.people;
        self.learner_hours += f64::from(cost.people) * cost.hours;
    }

    pub fn per_head(&self) -> Option<f64> {
        (self.people > 0).then(|| self.cost / f64::from(self.people))
    }

    pub fn hours_per_head(&self) -> Option<f64> {
        (self.people > 0).then(|| self.learner_hours / f64::from(self.people))
    }
}

/// The year priced.
#[derive(Debug, Clone, PartialEq)]
pub struct YearCost {
    /// Each course's cost, in the table's order, or why the model cannot price it. A deferred
    /// course is priced here but counted nowhere else.
    pub courses: Vec<Result<CourseCost, ScenarioError>>,
    /// The whole year: the sum of the courses' expected costs, with their people and hours.
    pub year: Subtotal<()>,
    /// The year's P10, P50 and P90 from the joint draws (courses that cannot be priced left
    /// out).
    pub range: Range,
    /// By department, in the order departments first appear.
    pub by_department: Vec<Subtotal<String>>,
    /// By quarter, Q1 to Q4: the cash each quarter needs.
    pub by_quarter: [Subtotal<usize>; 4],
    /// By route, in the order of [`Sourcing::ALL`], routes the year does not use left out.
    pub by_route: Vec<Subtotal<Sourcing>>,
    /// The front-line courses' part of the year.
    pub frontline: f64,
}

/// The same quantile of every course's range for each rate: one joint draw.
struct Quantiles<'a>(&'a [f64; Driver::COUNT]);

impl crate::cost::costing::Pick for Quantiles<'_> {
    fn pick(&mut self, driver: Driver, range: &Range) -> f64 {
        triangular(range, self.0[driver as usize])
    }
}

impl YearCost {
    pub fn compute(catalog: &Catalog, year: &Programme) -> YearCost {
        let costings: Vec<Result<Costing, ScenarioError>> = year
            .courses
            .iter()
            .map(|c| Costing::new(catalog, &c.scenario))
            .collect();
        // Deferred courses are priced for their row but not drawn or counted.
        let counted = |i: usize| !year.courses[i].deferred;
        let priced: Vec<&Costing> = costings
            .iter()
            .enumerate()
            .filter(|&(i, _)| counted(i))
            .filter_map(|(_, c)| c.as_ref().ok())
            .collect();
        let rules = &catalog.budget.year;
        let draws = joint_draws(&priced, rules.samples, rules.seed);
        // The year's cost in each draw: its courses' costs in that draw, added.
        let mut totals: Vec<f64> = (0..rules.samples as usize)
            .map(|i| draws.iter().map(|course| course[i]).sum())
            .collect();

        let mut draws = draws.into_iter();
        let courses: Vec<Result<CourseCost, ScenarioError>> = costings
            .iter()
            .enumerate()
            .map(|(i, costing)| {
                let costing = costing.as_ref().map_err(Clone::clone)?;
                let mut samples = if counted(i) {
                    draws.next().unwrap_or_default()
                } else {
                    joint_draws(&[costing], rules.samples, rules.seed).remove(0)
                };
                let [p10, p90] = percentiles(&mut samples, [0.1, 0.9]);
                Ok(CourseCost {
                    expected: asked(&costing.lines(&mut Bound::Expected)),
                    p10,
                    p90,
                    people: costing.shape.headcount,
                    classes: costing.shape.classes,
                    hours: costing.shape.hours,
                })
            })
            .collect();

        let mut whole = Subtotal::new(());
        let mut by_department: Vec<Subtotal<String>> = Vec::new();
        let mut by_quarter = [0, 1, 2, 3].map(Subtotal::new);
        let mut by_route: Vec<Subtotal<Sourcing>> =
            Sourcing::ALL.iter().map(|&s| Subtotal::new(s)).collect();
        let mut frontline = 0.0;
        for (course, cost) in year.courses.iter().zip(&courses) {
            let Ok(cost) = cost else { continue };
            if course.deferred {
                continue;
            }
            whole.add(cost);
            let department = course.department.trim();
            match by_department.iter_mut().find(|d| d.key == department) {
                Some(d) => d.add(cost),
                None => {
                    let mut d = Subtotal::new(department.to_string());
                    d.add(cost);
                    by_department.push(d);
                }
            }
            by_quarter[course.period.quarter()].add(cost);
            by_route[course.scenario.sourcing as usize].add(cost);
            if course.audience == Audience::Frontline {
                frontline += cost.expected;
            }
        }
        by_route.retain(|r| r.people > 0);
        let range = if priced.is_empty() {
            Range::exactly(0.0)
        } else {
            let [low, likely, high] = percentiles(&mut totals, [0.1, 0.5, 0.9]);
            Range { low, likely, high }
        };
        YearCost {
            courses,
            year: whole,
            range,
            by_department,
            by_quarter,
            by_route,
            frontline,
        }
    }
}

/// The quantiles of one joint draw for each of `samples` draws from `seed`.
fn quantile_draws(samples: u32, seed: u64) -> impl Iterator<Item = [f64; Driver::COUNT]> {
    let mut rng = Pcg64Mcg::seed_from_u64(seed);
    (0..samples).map(move |_| std::array::from_fn(|_| rng.random::<f64>()))
}

/// Each course's cost in each joint draw: `result[course][draw]`.
fn joint_draws(courses: &[&Costing], samples: u32, seed: u64) -> Vec<Vec<f64>> {
    let mut out = vec![Vec::with_capacity(samples as usize); courses.len()];
    for u in quantile_draws(samples, seed) {
        for (costing, draws) in courses.iter().zip(&mut out) {
            draws.push(asked(&costing.lines(&mut Quantiles(&u))));
        }
    }
    out
}
