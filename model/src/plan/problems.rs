//! What can be wrong with a plan, the fix the planner offers for each, and applying it.

use crate::Lang;
use crate::i18n;
use std::collections::BTreeSet;

use crate::catalog::{Bilingual, Modules, PlanItem};
use crate::vocab::{Activity, Depth};

use super::HOURS_TOLERANCE;
use super::agenda::Agenda;
use super::plan::Plan;

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
pub fn module_name(modules: &Modules, id: u32, lang: Lang) -> String {
    match modules.get(id) {
        Some(m) => lang.fill(
            i18n::problems::MODULE_NAMED,
            &[("id", &id), ("title", &m.title.get(lang))],
        ),
        None => lang.fill(i18n::problems::MODULE_NUMBERED, &[("id", &id)]),
    }
}
impl Plan {
    /// Everything wrong with the plan, each with a message and, where one exists, a fix.
    pub fn problems(&self, modules: &Modules) -> Vec<PlanProblem> {
        let mut problems = Vec::new();
        if self.items.is_empty() {
            problems.push(PlanProblem {
                kind: Problem::Empty,
                message: Bilingual::said(|lang| lang.t(i18n::problems::EMPTY).into()),
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
                    message: Bilingual::said(|lang| {
                        lang.fill(i18n::problems::UNKNOWN_MODULE, &[("id", &id)])
                    }),
                    fix: Some(PlanFix::RemoveModule { module: id }),
                });
                continue;
            };
            let name = |lang| module_name(modules, id, lang);
            if !seen.insert(id) {
                problems.push(PlanProblem {
                    kind: Problem::DuplicateModule { module: id },
                    message: Bilingual::said(|lang| {
                        lang.fill(i18n::problems::DUPLICATE_MODULE, &[("module", &name(lang))])
                    }),
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
                        message: Bilingual::said(|lang| {
                            lang.fill(
                                i18n::problems::ACTIVITY_NOT_SUPPORTED,
                                &[
                                    ("module", &name(lang)),
                                    ("activity", &lang.in_sentence(activity.label(lang))),
                                ],
                            )
                        }),
                        fix: Some(PlanFix::RemoveActivity {
                            module: id,
                            activity,
                        }),
                    });
                }
            }
            for &needs in &module.builds_on {
                if !in_plan.contains(&needs) {
                    problems.push(PlanProblem {
                        kind: Problem::MissingPrerequisite { module: id, needs },
                        message: Bilingual::said(|lang| {
                            lang.fill(
                                i18n::problems::MISSING_PREREQUISITE,
                                &[
                                    ("module", &name(lang)),
                                    ("needs", &module_name(modules, needs, lang)),
                                ],
                            )
                        }),
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
                message: Bilingual::said(|lang| {
                    lang.fill(
                        i18n::problems::TOO_MANY_HOURS,
                        &[("hours", &hours), ("ceiling", &rules.ceiling_hours)],
                    )
                }),
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
                message: Bilingual::said(|lang| lang.t(i18n::problems::NO_PHASES).into()),
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
                message: Bilingual::said(|lang| {
                    lang.fill(
                        i18n::problems::MORE_PHASES_THAN_DAYS,
                        &[("days", &days), ("phases", &self.phases)],
                    )
                }),
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
                message: Bilingual::said(|lang| {
                    lang.fill(
                        i18n::problems::PHASE_TOO_LONG,
                        &[("longest", &longest), ("max", &max), ("needed", &needed)],
                    )
                }),
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
