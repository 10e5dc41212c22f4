//! Turning a plan into a timetable: half-day sessions, days, and phases.

use crate::catalog::Bilingual;
use crate::vocab::{Depth, Half};

use super::HOURS_TOLERANCE;
use super::plan::Plan;
use crate::catalog::Modules;

/// A stretch of one module inside one session.
#[derive(Debug, Clone, PartialEq)]
pub struct Block {
    pub module: u32,
    pub title: Bilingual,
    pub depth: Depth,
    pub hours: f64,
    /// The module started in an earlier session.
    pub continued: bool,
    /// The module goes on in the next session.
    pub continues: bool,
}

/// A half-day session.
#[derive(Debug, Clone, PartialEq)]
pub struct Session {
    pub half: Half,
    pub blocks: Vec<Block>,
    pub break_minutes: f64,
}

impl Session {
    pub fn hours(&self) -> f64 {
        self.blocks.iter().map(|b| b.hours).sum()
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct TeachingDay {
    pub sessions: Vec<Session>,
}

/// A run of consecutive teaching days.
#[derive(Debug, Clone, PartialEq)]
pub struct Phase {
    pub days: Vec<TeachingDay>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Agenda {
    pub phases: Vec<Phase>,
}

impl Agenda {
    /// Lay the plan out in its teaching order: each session is filled up to the session length,
    /// a module that does not fit carries on in the next session, sessions group into days, and
    /// the days split over the plan's phases as evenly as possible.
    pub fn build(plan: &Plan, modules: &Modules) -> Agenda {
        let rules = &modules.agenda;
        let session_hours = rules.session_hours;
        if session_hours <= 0.0 {
            // The data check forbids this; an empty agenda beats an endless loop.
            return Agenda::default();
        }
        let mut sessions: Vec<Vec<Block>> = Vec::new();
        let mut current: Vec<Block> = Vec::new();
        let mut room = session_hours;
        for item in plan.ordered(modules) {
            let Some(module) = modules.get(item.module) else {
                continue;
            };
            let mut left = module.hours_with(item.depth, &item.activities);
            let mut continued = false;
            while left > HOURS_TOLERANCE {
                let take = left.min(room);
                left -= take;
                room -= take;
                current.push(Block {
                    module: item.module,
                    title: module.title.clone(),
                    depth: item.depth,
                    hours: take,
                    continued,
                    continues: left > HOURS_TOLERANCE,
                });
                continued = true;
                if room <= HOURS_TOLERANCE {
                    sessions.push(std::mem::take(&mut current));
                    room = session_hours;
                }
            }
        }
        if !current.is_empty() {
            sessions.push(current);
        }

        let per_day = usize::try_from(rules.halves_per_day)
            .unwrap_or(1)
            .clamp(1, Half::ALL.len());
        let days: Vec<TeachingDay> = sessions
            .chunks(per_day)
            .map(|chunk| TeachingDay {
                sessions: chunk
                    .iter()
                    .zip(Half::ALL)
                    .map(|(blocks, &half)| Session {
                        half,
                        blocks: blocks.clone(),
                        break_minutes: rules.break_minutes,
                    })
                    .collect(),
            })
            .collect();

        Agenda {
            phases: split_days(days, plan.phases),
        }
    }

    pub fn teaching_days(&self) -> usize {
        self.phases.iter().map(|p| p.days.len()).sum()
    }

    pub fn teaching_hours(&self) -> f64 {
        self.sessions().map(Session::hours).sum()
    }

    pub fn sessions(&self) -> impl Iterator<Item = &Session> {
        self.phases
            .iter()
            .flat_map(|p| &p.days)
            .flat_map(|d| &d.sessions)
    }
}

/// Split `days` into `phases` runs whose lengths differ by at most one day (longer runs first).
/// Never more phases than days, and at least one phase when there are days.
fn split_days(days: Vec<TeachingDay>, phases: u32) -> Vec<Phase> {
    if days.is_empty() {
        return Vec::new();
    }
    let count = usize::try_from(phases)
        .unwrap_or(usize::MAX)
        .clamp(1, days.len());
    let base = days.len() / count;
    let longer = days.len() % count;
    let mut rest = days.into_iter();
    (0..count)
        .map(|i| Phase {
            days: rest.by_ref().take(base + usize::from(i < longer)).collect(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn days(n: usize) -> Vec<TeachingDay> {
        (0..n)
            .map(|_| TeachingDay {
                sessions: Vec::new(),
            })
            .collect()
    }

    fn lengths(phases: &[Phase]) -> Vec<usize> {
        phases.iter().map(|p| p.days.len()).collect()
    }

    #[test]
    fn split_days_is_even_with_longer_phases_first() {
        assert_eq!(lengths(&split_days(days(7), 3)), vec![3, 2, 2]);
        assert_eq!(lengths(&split_days(days(6), 3)), vec![2, 2, 2]);
        assert_eq!(lengths(&split_days(days(2), 5)), vec![1, 1]);
        assert_eq!(lengths(&split_days(days(4), 0)), vec![4]);
        assert!(split_days(days(0), 2).is_empty());
    }
}
