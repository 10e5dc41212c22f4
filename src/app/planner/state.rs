//! The planner's state: the plan being built, the hours the manager has, and what the last fit
//! to those hours left out.

use std::rc::Rc;

use yew::Reducible;

use crate::model::plan::{LeftOut, Modules, Plan, PlanFix, PlanItem, fit_to_budget};
use crate::model::vocab::{Activity, Audience, Depth};

#[derive(Debug, Clone)]
pub struct PlanState {
    pub modules: Rc<Modules>,
    pub plan: Plan,
    /// Modules a fit to the time budget left out, with the reason; `None` before any fit.
    pub left_out: Option<Vec<LeftOut>>,
}

impl PartialEq for PlanState {
    fn eq(&self, o: &Self) -> bool {
        Rc::ptr_eq(&self.modules, &o.modules) && self.plan == o.plan && self.left_out == o.left_out
    }
}

pub enum PlanAction {
    SetAudience(Audience),
    /// Add the module (at the depth that suits the audience best: standard) or take it out.
    Toggle(u32),
    SetDepth(u32, Depth),
    ToggleActivity(u32, Activity),
    SetPhases(u32),
    LoadPreset(String),
    Apply(PlanFix),
    FitTo(f64),
}

impl PlanState {
    /// Open on `start` (a link's or the saved plan), else on the first ready-made plan, so the
    /// page shows an agenda and a cost at once.
    pub fn new(modules: Rc<Modules>, start: Option<Plan>) -> PlanState {
        let plan = start
            .or_else(|| modules.preset_plans().next().map(|(_, plan)| plan))
            .unwrap_or_else(|| Plan::new(Audience::Frontline));
        PlanState {
            modules,
            plan,
            left_out: None,
        }
    }

    fn item_mut(&mut self, module: u32) -> Option<&mut PlanItem> {
        self.plan.items.iter_mut().find(|i| i.module == module)
    }
}

impl Reducible for PlanState {
    type Action = PlanAction;

    fn reduce(self: Rc<Self>, action: PlanAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            PlanAction::SetAudience(a) => next.plan.audience = a,
            PlanAction::Toggle(module) => {
                if next.plan.contains(module) {
                    next.plan.items.retain(|i| i.module != module);
                } else {
                    next.plan
                        .items
                        .push(PlanItem::lecture(module, Depth::Standard));
                }
            }
            PlanAction::SetDepth(module, depth) => {
                if let Some(item) = next.item_mut(module) {
                    item.depth = depth;
                }
            }
            PlanAction::ToggleActivity(module, activity) => {
                if let Some(item) = next.item_mut(module)
                    && !item.activities.remove(&activity)
                {
                    item.activities.insert(activity);
                }
            }
            PlanAction::SetPhases(p) => next.plan.phases = p,
            PlanAction::LoadPreset(id) => {
                if let Some(plan) = next.modules.preset_plan(&id) {
                    next.plan = plan;
                    next.left_out = None;
                }
            }
            PlanAction::Apply(fix) => next.plan.apply(&fix),
            PlanAction::FitTo(hours) => {
                let fit = fit_to_budget(&next.modules, next.plan.audience, hours);
                next.plan = fit.plan;
                next.left_out = Some(fit.left_out);
            }
        }
        if next == *self { self } else { Rc::new(next) }
    }
}
