//! A course plan: which modules, at what depth, with which activities, for whom, in how many
//! phases; its hours, its teaching order and what is wrong with it.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use crate::cost::Scenario;
use crate::data::Bilingual;
use crate::vocab::{Activity, Audience, Depth, DepthHours};

use super::HOURS_TOLERANCE;
use super::agenda::Agenda;
use super::modules::Modules;

/// One module in a plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlanItem {
    pub module: u32,
    pub depth: Depth,
    /// What happens besides the lecture; each adds the module's extra time for it.
    #[serde(default)]
    pub activities: BTreeSet<Activity>,
}

impl PlanItem {
    /// A module lectured at `depth`, nothing else.
    pub fn lecture(module: u32, depth: Depth) -> Self {
        PlanItem {
            module,
            depth,
            activities: BTreeSet::from([Activity::Lecture]),
        }
    }
}

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

/// What is wrong with a plan.
#[derive(Debug, Clone, PartialEq)]
pub enum Problem {
    /// No module chosen: there is nothing to teach or cost.
    Empty,
    /// A module number the catalogue does not have (from an old or edited link).
    UnknownModule { module: u32 },
    /// The same module listed more than once.
    DuplicateModule { module: u32 },
    /// An activity the module has no material for.
    ActivityNotSupported { module: u32, activity: Activity },
    /// `module` builds on `needs`, which is not in the plan.
    MissingPrerequisite { module: u32, needs: u32 },
    /// More teaching hours than a programme can sensibly hold.
    TooManyHours { hours: f64, ceiling: f64 },
    /// The plan asks for zero phases.
    NoPhases,
    /// More phases than there are teaching days to spread over them.
    MorePhasesThanDays { phases: u32, days: u32 },
    /// A phase would run longer than staff can be away from their posts.
    PhaseTooLong {
        days: u32,
        phases: u32,
        max_days: u32,
    },
}

/// A change that resolves a [`Problem`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PlanFix {
    /// Add `module` at `depth`, just before the first item for `before` (or at the end).
    AddModule {
        module: u32,
        depth: Depth,
        before: u32,
    },
    /// Drop every item for `module`.
    RemoveModule {
        module: u32,
    },
    /// Keep the first item for `module`, drop the later ones.
    RemoveDuplicates {
        module: u32,
    },
    RemoveActivity {
        module: u32,
        activity: Activity,
    },
    SetPhases {
        phases: u32,
    },
}

/// A problem, its explanation in both languages, and the fix when there is one.
#[derive(Debug, Clone, PartialEq)]
pub struct PlanProblem {
    pub kind: Problem,
    pub message: Bilingual,
    pub fix: Option<PlanFix>,
}

/// `模块 5「…」` / `module 5 (…)`, for messages.
pub fn module_name(modules: &Modules, id: u32) -> (String, String) {
    match modules.get(id) {
        Some(m) => (
            format!("模块 {id}「{}」", m.title.zh),
            format!("module {id} ({})", m.title.en),
        ),
        None => (format!("模块 {id}"), format!("module {id}")),
    }
}

fn bi(zh: String, en: String) -> Bilingual {
    Bilingual { zh, en }
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

    /// Everything wrong with the plan, each with a message and, where one exists, a fix.
    pub fn problems(&self, modules: &Modules) -> Vec<PlanProblem> {
        let mut problems = Vec::new();
        if self.items.is_empty() {
            problems.push(PlanProblem {
                kind: Problem::Empty,
                message: bi(
                    "计划中还没有模块：请至少选择一个模块。".into(),
                    "The plan has no modules yet: choose at least one.".into(),
                ),
                fix: None,
            });
        }
        let in_plan: BTreeSet<u32> = self.items.iter().map(|i| i.module).collect();
        let mut seen = BTreeSet::new();
        for item in &self.items {
            let id = item.module;
            let Some(module) = modules.get(id) else {
                problems.push(PlanProblem {
                    kind: Problem::UnknownModule { module: id },
                    message: bi(
                        format!("没有编号为 {id} 的模块，已忽略。"),
                        format!("There is no module {id}; it is ignored."),
                    ),
                    fix: Some(PlanFix::RemoveModule { module: id }),
                });
                continue;
            };
            let (zh, en) = module_name(modules, id);
            if !seen.insert(id) {
                problems.push(PlanProblem {
                    kind: Problem::DuplicateModule { module: id },
                    message: bi(
                        format!("{zh}重复出现，只按第一次计算。"),
                        format!("{en} is listed more than once; only the first counts."),
                    ),
                    fix: Some(PlanFix::RemoveDuplicates { module: id }),
                });
                continue;
            }
            for &activity in &item.activities {
                if !module.supports(activity) {
                    problems.push(PlanProblem {
                        kind: Problem::ActivityNotSupported {
                            module: id,
                            activity,
                        },
                        message: bi(
                            format!("{zh}没有「{}」的环节。", activity.label(crate::Lang::Zh)),
                            format!(
                                "{en} has no {} material.",
                                activity.label(crate::Lang::En).to_ascii_lowercase()
                            ),
                        ),
                        fix: Some(PlanFix::RemoveActivity {
                            module: id,
                            activity,
                        }),
                    });
                }
            }
            for &needs in &module.builds_on {
                if !in_plan.contains(&needs) {
                    let (nzh, nen) = module_name(modules, needs);
                    problems.push(PlanProblem {
                        kind: Problem::MissingPrerequisite { module: id, needs },
                        message: bi(
                            format!("{zh}以{nzh}为基础，请把它加入计划。"),
                            format!("{en} builds on {nen}; add it to the plan."),
                        ),
                        fix: Some(PlanFix::AddModule {
                            module: needs,
                            depth: item.depth,
                            before: id,
                        }),
                    });
                }
            }
        }
        let rules = &modules.agenda;
        let hours = self.teaching_hours(modules).total();
        if hours > rules.ceiling_hours + HOURS_TOLERANCE {
            problems.push(PlanProblem {
                kind: Problem::TooManyHours {
                    hours,
                    ceiling: rules.ceiling_hours,
                },
                message: bi(
                    format!(
                        "共 {hours} 课时，超过一个项目合理容纳的 {} 课时：请减少模块或降低深度。",
                        rules.ceiling_hours
                    ),
                    format!(
                        "{hours} teaching hours is more than the {} a programme can sensibly hold: drop modules or lower their depth.",
                        rules.ceiling_hours
                    ),
                ),
                fix: None,
            });
        }
        problems.extend(self.phase_problems(modules));
        problems
    }

    fn phase_problems(&self, modules: &Modules) -> Option<PlanProblem> {
        if self.phases == 0 {
            return Some(PlanProblem {
                kind: Problem::NoPhases,
                message: bi(
                    "期数不能为 0。".into(),
                    "A course needs at least one phase.".into(),
                ),
                fix: Some(PlanFix::SetPhases { phases: 1 }),
            });
        }
        let days = u32::try_from(Agenda::build(self, modules).teaching_days()).unwrap_or(u32::MAX);
        if days == 0 {
            return None;
        }
        if self.phases > days {
            return Some(PlanProblem {
                kind: Problem::MorePhasesThanDays {
                    phases: self.phases,
                    days,
                },
                message: bi(
                    format!("只有 {days} 个教学日，分不成 {} 期。", self.phases),
                    format!(
                        "{days} teaching days cannot be split into {} phases.",
                        self.phases
                    ),
                ),
                fix: Some(PlanFix::SetPhases { phases: days }),
            });
        }
        let max = modules.agenda.max_days_per_phase;
        let longest = days.div_ceil(self.phases);
        if max > 0 && longest > max {
            let needed = days.div_ceil(max);
            return Some(PlanProblem {
                kind: Problem::PhaseTooLong {
                    days: longest,
                    phases: self.phases,
                    max_days: max,
                },
                message: bi(
                    format!("每期最长 {longest} 天，超过 {max} 天的上限：建议分成 {needed} 期。"),
                    format!(
                        "A phase would run {longest} days, over the limit of {max}: split the course into {needed} phases."
                    ),
                ),
                fix: Some(PlanFix::SetPhases { phases: needed }),
            });
        }
        None
    }

    /// Apply one fix.
    pub fn apply(&mut self, fix: &PlanFix) {
        match *fix {
            PlanFix::AddModule {
                module,
                depth,
                before,
            } => {
                if self.contains(module) {
                    return;
                }
                let at = self
                    .items
                    .iter()
                    .position(|i| i.module == before)
                    .unwrap_or(self.items.len());
                self.items.insert(at, PlanItem::lecture(module, depth));
            }
            PlanFix::RemoveModule { module } => self.items.retain(|i| i.module != module),
            PlanFix::RemoveDuplicates { module } => {
                let mut first = true;
                self.items.retain(|i| {
                    if i.module != module {
                        return true;
                    }
                    std::mem::replace(&mut first, false)
                });
            }
            PlanFix::RemoveActivity { module, activity } => {
                for item in self.items.iter_mut().filter(|i| i.module == module) {
                    item.activities.remove(&activity);
                }
            }
            PlanFix::SetPhases { phases } => self.phases = phases,
        }
    }

    /// The plan with every missing prerequisite added (transitively), each at the depth of the
    /// module that needs it and placed just before it. Nothing already chosen is dropped.
    pub fn with_prerequisites_added(&self, modules: &Modules) -> Plan {
        let mut plan = self.clone();
        // Each round adds a module that was not in the plan, so there are at most as many rounds
        // as modules.
        for _ in 0..=modules.module.len() {
            let fix = plan
                .problems(modules)
                .into_iter()
                .find_map(|p| match p.kind {
                    Problem::MissingPrerequisite { .. } => p.fix,
                    _ => None,
                });
            match fix {
                Some(fix) => plan.apply(&fix),
                None => break,
            }
        }
        plan
    }
}
