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

use std::rc::Rc;

use rand::{RngExt, SeedableRng};
use rand_pcg::Pcg64Mcg;

use crate::Catalog;
use crate::budget::asked;
use crate::catalog::Range;
use crate::cost::simulate::{percentiles, triangular};
use crate::cost::{Bound, Costing, Driver, Scenario, ScenarioError};
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

/// One course priced on its own: its cost, and its cost in each of the year's joint draws.
/// A course's draws depend on its scenario alone (every course takes the same quantiles), so
/// a course priced once serves every year it is in until its scenario changes: the page
/// prices again only the course that was edited ([`YearCost::from_priced`]).
#[derive(Debug, Clone, PartialEq)]
pub struct Priced {
    pub scenario: Scenario,
    pub cost: Result<CourseCost, ScenarioError>,
    /// The course's cost in each joint draw, in the order drawn (empty when refused).
    draws: Vec<f64>,
}

impl Priced {
    pub fn new(catalog: &Catalog, scenario: &Scenario) -> Priced {
        let rules = &catalog.budget.year;
        let (cost, draws) = match Costing::new(catalog, scenario) {
            Err(e) => (Err(e), Vec::new()),
            Ok(costing) => {
                let draws = quantile_draws(rules.samples, rules.seed)
                    .map(|u| asked(&costing.lines(&mut Quantiles(&u))))
                    .collect::<Vec<f64>>();
                let [p10, p90] = percentiles(&mut draws.clone(), [0.1, 0.9]);
                let cost = CourseCost {
                    expected: asked(&costing.lines(&mut Bound::Expected)),
                    p10,
                    p90,
                    people: costing.shape.headcount,
                    classes: costing.shape.classes,
                    hours: costing.shape.hours,
                };
                (Ok(cost), draws)
            }
        };
        Priced {
            scenario: scenario.clone(),
            cost,
            draws,
        }
    }

    /// Each course of `year` priced, taking from `known` every course whose scenario is
    /// unchanged (shared, not copied: a course's draws are tens of kilobytes).
    pub fn all(catalog: &Catalog, year: &Programme, known: &[Rc<Priced>]) -> Vec<Rc<Priced>> {
        year.courses
            .iter()
            .map(|c| {
                known
                    .iter()
                    .find(|p| p.scenario == c.scenario)
                    .cloned()
                    .unwrap_or_else(|| Rc::new(Priced::new(catalog, &c.scenario)))
            })
            .collect()
    }
}

impl YearCost {
    pub fn compute(catalog: &Catalog, year: &Programme) -> YearCost {
        YearCost::from_priced(year, &Priced::all(catalog, year, &[]))
    }

    /// The year from its courses priced (`priced[i]` is `year.courses[i]`'s).
    pub fn from_priced(year: &Programme, priced: &[Rc<Priced>]) -> YearCost {
        // Deferred courses are priced for their row but not counted.
        let counted: Vec<&Rc<Priced>> = year
            .courses
            .iter()
            .zip(priced)
            .filter(|(c, p)| !c.deferred && p.cost.is_ok())
            .map(|(_, p)| p)
            .collect();
        // The year's cost in each draw: its courses' costs in that draw, added.
        let draws = counted.first().map_or(0, |p| p.draws.len());
        let mut totals: Vec<f64> = (0..draws)
            .map(|i| counted.iter().map(|p| p.draws[i]).sum())
            .collect();
        let courses: Vec<Result<CourseCost, ScenarioError>> =
            priced.iter().map(|p| p.cost.clone()).collect();

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
        let range = if totals.is_empty() {
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
