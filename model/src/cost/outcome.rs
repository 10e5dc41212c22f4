//! Everything the estimator shows for one scenario, in two parts: the [`Point`] estimate (the
//! headline and the lines, microseconds: worked out on every input) and the [`Analysis`] (its
//! simulated range, the sensitivities, and the route comparison: cost per head by headcount for
//! the in-house routes against seats on the market, and the break-even headcount; milliseconds,
//! so the app works it out after the frame that shows the point estimate). [`Outcome`] is both,
//! computed together.

use serde::Serialize;

use crate::Catalog;
use crate::catalog::Range;
use crate::vocab::{Sourcing, TrainerTier};

use super::Category;
use super::estimate::{as_seats, cash_parts_per_head, cash_per_head};
use super::{Costing, Distribution, Estimate, Scenario, ScenarioError, Swing};

/// Headcounts the cost curves are drawn at: dense where the curves bend, sparse where they are
/// flat.
const CURVE_HEADCOUNTS: [i64; 20] = [
    1, 2, 3, 5, 8, 10, 15, 20, 25, 30, 40, 50, 60, 80, 100, 120, 150, 200, 250, 300,
];

#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    pub scenario: Scenario,
    pub estimate: Estimate,
    pub distribution: Distribution,
    pub swings: Vec<Swing>,
    pub routes: SourcingComparison,
}

/// Cash per head (expected, before the reserve, staff time not counted) of running the course
/// in-house by each route, by headcount, against what a seat on a public course costs.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SourcingComparison {
    /// The curve of each in-house route: (headcount, cash per head).
    pub curves: Vec<(Sourcing, Vec<(f64, f64)>)>,
    /// The same people on seats of a course of the same length and depth ([`as_seats`]), cash
    /// per head: low, expected (in the `likely` place) and high.
    pub seat: Range,
    /// What that expected figure is made of, line by line (the seat, the participants' travel
    /// to a course elsewhere…), so that it is never read as a seat's price alone.
    pub seat_parts: Vec<(Category, f64)>,
    /// For each in-house route, the smallest headcount from which it costs less per head than
    /// seats (expected values); `None` when it never does within one class.
    pub break_even: Vec<(Sourcing, Option<u32>)>,
}

/// The point estimate of a scenario: the expected total, the lines at low / likely / high, the
/// market verdicts.
#[derive(Debug, Clone, PartialEq)]
pub struct Point {
    pub scenario: Scenario,
    pub estimate: Estimate,
}

/// What follows the point estimate: the simulated range, the sensitivities and the route
/// comparison, with the estimate of the same scenario (the tornado swings about its likely
/// total, the cost curve marks its cash per head), so that an analysis shown while a newer
/// point estimate waits for its own is consistent in itself.
#[derive(Debug, Clone, PartialEq)]
pub struct Analysis {
    pub scenario: Scenario,
    pub estimate: Estimate,
    pub distribution: Distribution,
    pub swings: Vec<Swing>,
    pub routes: SourcingComparison,
}

/// The estimate of a scenario, already checked into `costing`.
fn estimate_of(
    catalog: &Catalog,
    costing: &Costing,
    scenario: &Scenario,
) -> Result<Estimate, ScenarioError> {
    costing
        .estimate(catalog, scenario)
        .ok_or_else(|| ScenarioError::MissingData("market band".into()))
}

impl Point {
    pub fn compute(catalog: &Catalog, scenario: &Scenario) -> Result<Point, ScenarioError> {
        let costing = Costing::new(catalog, scenario)?;
        Ok(Point {
            scenario: scenario.clone(),
            estimate: estimate_of(catalog, &costing, scenario)?,
        })
    }
}

impl Analysis {
    pub fn compute(catalog: &Catalog, scenario: &Scenario) -> Result<Analysis, ScenarioError> {
        let costing = Costing::new(catalog, scenario)?;
        let mc = &catalog.pricing.monte_carlo;
        Ok(Analysis {
            scenario: scenario.clone(),
            estimate: estimate_of(catalog, &costing, scenario)?,
            distribution: costing.simulate(mc.samples, mc.seed),
            swings: costing.sensitivity(),
            routes: SourcingComparison::compute(catalog, scenario)?,
        })
    }
}

impl Outcome {
    pub fn compute(catalog: &Catalog, scenario: &Scenario) -> Result<Outcome, ScenarioError> {
        let Analysis {
            scenario,
            estimate,
            distribution,
            swings,
            routes,
        } = Analysis::compute(catalog, scenario)?;
        Ok(Outcome {
            scenario,
            estimate,
            distribution,
            swings,
            routes,
        })
    }
}

impl SourcingComparison {
    pub fn compute(
        catalog: &Catalog,
        scenario: &Scenario,
    ) -> Result<SourcingComparison, ScenarioError> {
        let seats = Costing::new(catalog, &as_seats(scenario))?;
        let (seat_expected, seat_range) = cash_per_head(&seats);
        let seat = Range {
            likely: seat_expected,
            ..seat_range
        };
        let seat_parts = cash_parts_per_head(&seats);
        // Seats per head for `n` people (an online licence is cheaper by volume).
        let seat_at = |n: i64| -> Option<f64> {
            let s = Scenario {
                headcount: n,
                ..as_seats(scenario)
            };
            Costing::new(catalog, &s).ok().map(|c| cash_per_head(&c).0)
        };
        let max = catalog.pricing.limits.headcount.max as i64;
        let mut headcounts: Vec<i64> = CURVE_HEADCOUNTS
            .iter()
            .copied()
            .filter(|&n| n <= max)
            .collect();
        // The scenario's own headcount joins the (ascending) curve points in its place.
        if let Err(at) = headcounts.binary_search(&scenario.headcount) {
            headcounts.insert(at, scenario.headcount);
        }
        let mut curves = Vec::new();
        let mut break_even = Vec::new();
        for sourcing in [Sourcing::Internal, Sourcing::Vendor] {
            let base = in_house_as(scenario, sourcing);
            let per_head = |n: i64| -> Option<f64> {
                let s = Scenario {
                    headcount: n,
                    ..base.clone()
                };
                Costing::new(catalog, &s).ok().map(|c| cash_per_head(&c).0)
            };
            curves.push((
                sourcing,
                headcounts
                    .iter()
                    .filter_map(|&n| Some((n as f64, per_head(n)?)))
                    .collect(),
            ));
            // Per head falls with the headcount inside a class and jumps when a class splits,
            // never to below what a full class costs: one class's worth of headcounts is enough.
            let class = class_size(catalog, &base).min(max);
            let cheaper =
                |n: i64| per_head(n).is_some_and(|v| seat_at(n).is_some_and(|seat| v <= seat));
            break_even.push((sourcing, first_cheaper(class, cheaper).map(|n| n as u32)));
        }
        Ok(SourcingComparison {
            curves,
            seat,
            seat_parts,
            break_even,
        })
    }
}

/// The scenario run in-house by `route`: seats become an outside professional trainer's course
/// of the same length and depth, in the company's own room.
fn in_house_as(s: &Scenario, sourcing: Sourcing) -> Scenario {
    let mode = match s.sourcing {
        Sourcing::Public => crate::vocab::DeliveryMode::Offline,
        Sourcing::OnlineCourse => crate::vocab::DeliveryMode::SelfPaced,
        _ => s.mode,
    };
    Scenario {
        sourcing,
        mode,
        trainer: match s.trainer {
            TrainerTier::Internal => TrainerTier::Professional,
            tier => tier,
        },
        ..s.clone()
    }
}

/// How many headcounts are tried one by one before a binary search takes over: an assistant
/// trainer joins a classroom class part-way (data/delivery.toml, role-play), so per head is not
/// monotone there; beyond the largest classroom or live class (a self-paced course has no class)
/// only fixed costs spread, and per head only falls.
const SCANNED: i64 = 60;

/// The smallest headcount in `1..=class` for which `cheaper` holds.
fn first_cheaper(class: i64, cheaper: impl Fn(i64) -> bool) -> Option<i64> {
    if let Some(n) = (1..=class.min(SCANNED)).find(|&n| cheaper(n)) {
        return Some(n);
    }
    if class <= SCANNED || !cheaper(class) {
        return None;
    }
    // Not cheaper at SCANNED, cheaper at `class`: the boundary lies between.
    let (mut no, mut yes) = (SCANNED, class);
    while yes - no > 1 {
        let mid = no + (yes - no) / 2;
        if cheaper(mid) { yes = mid } else { no = mid }
    }
    Some(yes)
}

/// The largest class of the scenario's delivery mode.
fn class_size(catalog: &Catalog, s: &Scenario) -> i64 {
    catalog
        .delivery
        .mode(s.mode)
        .into_iter()
        .flat_map(|m| &m.channels)
        .filter_map(|part| catalog.delivery.channel(part.channel))
        .map(|c| i64::from(c.class_limit))
        .min()
        .unwrap_or(1)
}
