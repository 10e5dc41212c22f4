//! How to know next year (Kirkpatrick's four levels): from the modules of the course plan, what
//! to measure at each level and when, and how to tell the training's effect from everything
//! else that changed. The figures and timings come from `data/worth.toml` and each module's
//! `observe` and `kpi` in `data/modules.toml`.

use crate::catalog::worth::Evaluation;
use crate::catalog::{Bilingual, Modules};
use crate::plan::Plan;

/// What to measure after a course, level by level.
#[derive(Debug, Clone, PartialEq)]
pub struct MeasurementPlan<'c> {
    /// Level 2: the objectives of each module taught, for a test before and after the course.
    pub learning: Vec<&'c Bilingual>,
    /// Level 3: what a supervisor should see people do, module by module (its title, then
    /// what to see).
    pub behaviour: Vec<(&'c Bilingual, &'c Bilingual)>,
    /// Level 4: the figures the course should move, each once, in teaching order.
    pub results: Vec<&'c Bilingual>,
    pub timing: &'c Evaluation,
}

/// The measurement plan of `plan`'s modules, in their teaching order.
pub fn measurement_plan<'c>(
    modules: &'c Modules,
    plan: &Plan,
    timing: &'c Evaluation,
) -> MeasurementPlan<'c> {
    let taught: Vec<_> = plan
        .ordered(modules)
        .iter()
        .filter_map(|item| modules.get(item.module))
        .collect();
    let mut results: Vec<&Bilingual> = Vec::new();
    for m in &taught {
        if !results.contains(&&m.kpi) {
            results.push(&m.kpi);
        }
    }
    MeasurementPlan {
        learning: taught.iter().flat_map(|m| &m.objectives).collect(),
        behaviour: taught.iter().map(|m| (&m.title, &m.observe)).collect(),
        results,
        timing,
    }
}
