//! The planner's part of the store: the plan being built, and what the last fit to the hours
//! available left out. Pure: tested natively.

use std::collections::BTreeMap;

use crate::catalog::catalog;
use crate::persist::work_file::OptionId;
use model::catalog::PlanItem;
use model::plan::{LeftOut, Plan, PlanFix, fit_to_budget};
use model::typed::NumberError;
use model::vocab::{Activity, Audience, Depth};

/// The planner's number fields.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum PlanField {
    Phases,
    /// The hours available, for a fit.
    HoursAvailable,
}

#[derive(Debug, Clone, PartialEq)]
pub struct PlanState {
    pub plan: Plan,
    /// Modules a fit to the time budget left out, with the reason; `None` before any fit.
    pub left_out: Option<Vec<LeftOut>>,
    /// The plan a link's plan replaced, so the user can have it back.
    pub replaced: Option<Plan>,
    /// The hours the manager has, as typed, for a fit (kept here so it survives a visit to
    /// another place).
    pub budget: f64,
    /// Fields whose text does not read as a number: the plan keeps its last value, and what
    /// depends on the field waits (the agenda's exports on the phases, a fit on the hours).
    pub unread: BTreeMap<PlanField, NumberError>,
    /// The option whose setting (people, city, trainer…) the plan is priced with; `None` (or
    /// an option no longer there): the first.
    pub priced_with: Option<OptionId>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum PlanAction {
    SetAudience(Audience),
    /// Add the module (at the depth that suits the audience best: standard) or take it out.
    Toggle(u32),
    SetDepth(u32, Depth),
    ToggleActivity(u32, Activity),
    SetPhases(u32),
    /// What is typed in a number field does not read as a number.
    Unreadable(PlanField, NumberError),
    LoadPreset(String),
    Apply(PlanFix),
    SetBudget(f64),
    /// Choose the modules that fit [`PlanState::budget`].
    Fit,
    /// Open a link's plan in place of this one, keeping this one to [`PlanAction::Restore`].
    Open(Plan),
    /// Price the plan with this option's setting.
    PriceWith(OptionId),
    Restore,
}

impl PlanState {
    /// Open on `start` (a link's or the saved plan), else on the first ready-made plan, so the
    /// page shows an agenda and a cost at once.
    pub fn new(start: Option<Plan>) -> PlanState {
        let plan = start
            .or_else(|| {
                catalog()
                    .modules
                    .preset_plans()
                    .next()
                    .map(|(_, plan)| plan)
            })
            .unwrap_or_else(|| Plan::new(Audience::Frontline));
        PlanState {
            plan,
            left_out: None,
            replaced: None,
            budget: catalog().modules.agenda.day_hours(),
            unread: BTreeMap::new(),
            priced_with: None,
        }
    }

    fn item_mut(&mut self, module: u32) -> Option<&mut PlanItem> {
        self.plan.items.iter_mut().find(|i| i.module == module)
    }

    pub fn reduce(&mut self, action: PlanAction) {
        let modules = &catalog().modules;
        let next = self;
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
            PlanAction::SetPhases(p) => {
                next.unread.remove(&PlanField::Phases);
                next.plan.phases = p;
            }
            PlanAction::Unreadable(field, e) => {
                next.unread.insert(field, e);
            }
            PlanAction::LoadPreset(id) => {
                if let Some(plan) = modules.preset_plan(&id) {
                    next.plan = plan;
                    next.left_out = None;
                }
            }
            PlanAction::Apply(fix) => next.plan.apply(&fix),
            PlanAction::Open(plan) => {
                if plan != next.plan {
                    next.replaced = Some(std::mem::replace(&mut next.plan, plan));
                    next.left_out = None;
                }
            }
            PlanAction::Restore => {
                if let Some(plan) = next.replaced.take() {
                    next.plan = plan;
                    next.left_out = None;
                }
            }
            PlanAction::PriceWith(id) => next.priced_with = Some(id),
            PlanAction::SetBudget(hours) => {
                next.unread.remove(&PlanField::HoursAvailable);
                next.budget = hours;
            }
            // Hours that do not read as a number fit nothing: the field says why.
            PlanAction::Fit if next.unread.contains_key(&PlanField::HoursAvailable) => {}
            PlanAction::Fit => {
                let fit = fit_to_budget(modules, next.plan.audience, next.budget);
                next.plan = fit.plan;
                next.left_out = Some(fit.left_out);
            }
        }
    }
}
