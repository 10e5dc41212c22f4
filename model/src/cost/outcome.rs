//! Everything the estimator shows for one scenario, computed together: the estimate, its
//! simulated range, the sensitivities and the cost-per-participant curve.

use crate::Catalog;

use super::{Costing, Distribution, Estimate, Scenario, ScenarioError, Swing};

/// Headcounts the cost curve is drawn at: dense where the curve bends, sparse where it is flat.
const CURVE_HEADCOUNTS: [i64; 20] = [
    1, 2, 3, 5, 8, 10, 15, 20, 25, 30, 40, 50, 60, 80, 100, 120, 150, 200, 250, 300,
];

#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    pub scenario: Scenario,
    pub estimate: Estimate,
    pub distribution: Distribution,
    pub swings: Vec<Swing>,
    /// (headcount, likely vendor price per participant) with everything else unchanged.
    pub curve: Vec<(f64, f64)>,
}

impl Outcome {
    pub fn compute(catalog: &Catalog, scenario: &Scenario) -> Result<Outcome, ScenarioError> {
        let costing = Costing::new(catalog, scenario)?;
        let estimate = costing
            .estimate(catalog)
            .ok_or_else(|| ScenarioError::MissingData("market band".into()))?;
        let mc = &catalog.pricing.monte_carlo;
        let distribution = costing.simulate(mc.samples, mc.seed);
        let swings = costing.sensitivity();
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
        let curve = headcounts
            .into_iter()
            .filter_map(|n| {
                let s = Scenario {
                    headcount: n,
                    ..scenario.clone()
                };
                let e = Costing::new(catalog, &s).ok()?.estimate(catalog)?;
                Some((n as f64, e.vendor_price.likely / n as f64))
            })
            .collect();
        Ok(Outcome {
            scenario: scenario.clone(),
            estimate,
            distribution,
            swings,
            curve,
        })
    }
}
