//! A course plan: which modules, at what depth, with which activities, for whom, in how many
//! phases; its hours, its teaching order and what is wrong with it.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use crate::cost::Scenario;
use crate::vocab::{Activity, Audience, DepthHours};

use crate::catalog::{Modules, PlanItem};

/// A course plan as the user builds it (or a preset, or the budget fit, proposes it).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Plan {
    pub audience: Audience,
    /// In the order the user put them; [`Plan::ordered`] gives the teaching order.
    pub items: Vec<PlanItem>,
    /// How many separate blocks of days the course is taught in.
    pub phases: u32,
}

impl Plan {
    /// An empty plan in one phase.
    pub fn new(audience: Audience) -> Self {
        Plan {
            audience,
            items: Vec::new(),
            phases: 1,
        }
    }

    /// The first item for each known module, in the user's order: later duplicates and
    /// unknown modules teach nothing (and [`Plan::problems`] reports them).
    fn distinct_known<'a>(&'a self, modules: &'a Modules) -> impl Iterator<Item = &'a PlanItem> {
        let mut seen = BTreeSet::new();
        self.items
            .iter()
            .filter(move |i| modules.get(i.module).is_some() && seen.insert(i.module))
    }

    pub fn contains(&self, module: u32) -> bool {
        self.items.iter().any(|i| i.module == module)
    }

    /// Teaching hours, by the depth each module is taught at; an activity's extra time counts
    /// at its module's depth.
    pub fn teaching_hours(&self, modules: &Modules) -> DepthHours {
        let mut hours = DepthHours::default();
        for item in self.distinct_known(modules) {
            if let Some(m) = modules.get(item.module) {
                *hours.get_mut(item.depth) += m.hours_with(item.depth, &item.activities);
            }
        }
        hours
    }

    /// Every activity used anywhere in the plan.
    pub fn activities(&self) -> BTreeSet<Activity> {
        self.items
            .iter()
            .flat_map(|i| i.activities.iter().copied())
            .collect()
    }

    /// The course this plan describes, priced in `base`'s setting (people, city, mode, trainer,
    /// pricing): the plan's hours at each depth, its activities and its phases.
    pub fn applied_to(&self, base: &Scenario, modules: &Modules) -> Scenario {
        Scenario {
            hours: self.teaching_hours(modules),
            activities: self.activities(),
            phases: self.phases.max(1),
            ..base.clone()
        }
    }

    /// The teaching order: every module after the modules it builds on (directly or not) that
    /// are in the plan, otherwise the user's order. Unknown modules and duplicates are left out.
    pub fn ordered(&self, modules: &Modules) -> Vec<PlanItem> {
        let mut pending: Vec<&PlanItem> = self.distinct_known(modules).collect();
        let in_plan: BTreeSet<u32> = pending.iter().map(|i| i.module).collect();
        let mut placed = BTreeSet::new();
        let mut order = Vec::with_capacity(pending.len());
        while !pending.is_empty() {
            // The first item (in the user's order) whose prerequisites in the plan are all placed.
            let ready = pending.iter().position(|item| {
                modules
                    .all_prerequisites(item.module)
                    .iter()
                    .all(|p| !in_plan.contains(p) || placed.contains(p))
            });
            // The data check rules out cycles; should one slip through, keep the user's order
            // rather than loop.
            let index = ready.unwrap_or(0);
            let item = pending.remove(index);
            placed.insert(item.module);
            order.push(item.clone());
        }
        order
    }
}
