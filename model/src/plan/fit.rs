//! Fitting a plan to an hours budget: which modules, at which depth, give the audience the most
//! for the time available.

use crate::i18n;
use std::cmp::Ordering;

use crate::catalog::Bilingual;
use crate::vocab::{Audience, Depth};

use super::HOURS_TOLERANCE;
use super::agenda::Agenda;
use super::plan::Plan;
use super::problems::module_name;
use crate::catalog::Modules;
use crate::catalog::PlanItem;

/// Why the fit left a module out.
#[derive(Debug, Clone, PartialEq)]
pub enum LeftOutReason {
    /// Relevance 0 for this audience: never chosen.
    NotRelevant,
    /// Even its basic version needs more time than was left.
    NoTime { needs: f64, left: f64 },
    /// It builds on a module that was itself left out.
    PrerequisiteLeftOut { needs: u32 },
}

#[derive(Debug, Clone, PartialEq)]
pub struct LeftOut {
    pub module: u32,
    pub reason: LeftOutReason,
    pub message: Bilingual,
}

/// The best plan for the budget and what it had to leave out.
#[derive(Debug, Clone, PartialEq)]
pub struct Fit {
    pub plan: Plan,
    pub left_out: Vec<LeftOut>,
}

/// One module as the search sees it.
struct Candidate {
    /// Index of the module in `Modules::module` (id order), for the tie-break.
    index: usize,
    id: u32,
    relevance: u32,
    /// Hours at each depth, in `Depth::ALL` order, lecture only.
    hours: Vec<f64>,
    /// Positions (in search order) of the modules it builds on.
    needs: Vec<usize>,
}

/// A choice: for each module in id order, 0 = left out, otherwise 1 + its index in `Depth::ALL`.
type Levels = Vec<usize>;

struct Search<'a> {
    candidates: &'a [Candidate],
    budget: f64,
    /// For each search position, the later candidates sorted by relevance per basic hour, best
    /// first: the fractional-knapsack bound on what the rest can still add.
    by_ratio: Vec<Vec<usize>>,
    max_level: usize,
    levels: Levels,
    best: Option<(u32, usize, Levels)>,
}

impl Search<'_> {
    /// The most relevance the candidates from `pos` on could add within `room` hours, ignoring
    /// prerequisites (a relaxation, so a true upper bound).
    fn relevance_bound(&self, pos: usize, room: f64) -> u32 {
        let mut room = room;
        let mut bound = 0.0;
        for &k in &self.by_ratio[pos] {
            let c = &self.candidates[k];
            let cost = c.hours[0];
            if cost <= room + HOURS_TOLERANCE {
                room -= cost;
                bound += f64::from(c.relevance);
            } else {
                bound += f64::from(c.relevance) * room.max(0.0) / cost;
                break;
            }
        }
        // Relevance is a whole number, so a fractional bound rounds down (with slack for float).
        (bound + HOURS_TOLERANCE).floor() as u32
    }

    fn better(&self, relevance: u32, depth: usize) -> bool {
        match &self.best {
            None => true,
            Some((r, d, levels)) => match (relevance, depth).cmp(&(*r, *d)) {
                Ordering::Greater => true,
                Ordering::Less => false,
                // Same relevance and depth: prefer covering lower ids, more deeply.
                Ordering::Equal => self.levels > *levels,
            },
        }
    }

    fn go(&mut self, pos: usize, used: f64, relevance: u32, depth: usize, chosen: &mut Vec<bool>) {
        if pos == self.candidates.len() {
            if self.better(relevance, depth) {
                self.best = Some((relevance, depth, self.levels.clone()));
            }
            return;
        }
        let room = self.budget - used;
        if let Some((best_r, best_d, _)) = &self.best {
            let r_bound = relevance + self.relevance_bound(pos, room);
            if r_bound < *best_r {
                return;
            }
            let d_bound = depth + self.max_level * (self.candidates.len() - pos);
            if r_bound == *best_r && d_bound < *best_d {
                return;
            }
        }
        let candidates = self.candidates;
        let c = &candidates[pos];
        let (index, c_relevance) = (c.index, c.relevance);
        let allowed = c.relevance > 0 && c.needs.iter().all(|&n| chosen[n]);
        if allowed {
            // Deepest first: with room to spare, the first complete choice is already strong,
            // which lets the bound cut the rest early.
            for level in (1..=self.max_level).rev() {
                let cost = c.hours[level - 1];
                if used + cost <= self.budget + HOURS_TOLERANCE {
                    self.levels[index] = level;
                    chosen[pos] = true;
                    self.go(
                        pos + 1,
                        used + cost,
                        relevance + c_relevance,
                        depth + level,
                        chosen,
                    );
                    chosen[pos] = false;
                    self.levels[index] = 0;
                }
            }
        }
        self.go(pos + 1, used, relevance, depth, chosen);
    }
}

/// Choose modules and a depth for each to give `audience` the most relevance within
/// `hours_available` (capped at the programme ceiling), lecture only. Ties go to deeper
/// coverage, then to lower module numbers. A module is never chosen without its prerequisites,
/// nor when it is irrelevant (relevance 0) to the audience. Every module left out is explained.
pub fn fit_to_budget(modules: &Modules, audience: Audience, hours_available: f64) -> Fit {
    let budget = if hours_available.is_nan() || hours_available < 0.0 {
        0.0
    } else {
        hours_available.min(modules.agenda.ceiling_hours)
    };
    // Prerequisites are decided before the modules that need them.
    let order = modules
        .topological_ids()
        .unwrap_or_else(|| modules.module.iter().map(|m| m.id).collect());
    let candidates: Vec<Candidate> = order
        .iter()
        .filter_map(|&id| {
            let index = modules.module.iter().position(|m| m.id == id)?;
            let m = &modules.module[index];
            Some(Candidate {
                index,
                id,
                relevance: m.relevance.get(audience),
                hours: Depth::ALL.iter().map(|&d| m.hours.get(d)).collect(),
                needs: m
                    .builds_on
                    .iter()
                    .map(|p| order.iter().position(|o| o == p).unwrap_or(usize::MAX))
                    .collect(),
            })
        })
        .collect();
    // A prerequisite missing from the table can never be chosen.
    let candidates: Vec<Candidate> = candidates
        .into_iter()
        .map(|mut c| {
            if c.needs.contains(&usize::MAX) {
                c.relevance = 0;
                c.needs.clear();
            }
            c
        })
        .collect();
    let by_ratio = (0..=candidates.len())
        .map(|pos| {
            let mut rest: Vec<usize> = (pos..candidates.len())
                .filter(|&k| candidates[k].relevance > 0)
                .collect();
            let ratio = |k: usize| f64::from(candidates[k].relevance) / candidates[k].hours[0];
            // Best ratio first; a stable sort keeps equal ratios in module order.
            rest.sort_by(|&a, &b| ratio(b).total_cmp(&ratio(a)));
            rest
        })
        .collect();
    let mut search = Search {
        candidates: &candidates,
        budget,
        by_ratio,
        max_level: Depth::ALL.len(),
        levels: vec![0; modules.module.len()],
        best: None,
    };
    let mut chosen = vec![false; candidates.len()];
    search.go(0, 0.0, 0, 0, &mut chosen);
    let levels = search
        .best
        .map(|(_, _, l)| l)
        .unwrap_or_else(|| vec![0; modules.module.len()]);

    let mut plan = Plan::new(audience);
    for c in &candidates {
        if let Some(&depth) = levels[c.index]
            .checked_sub(1)
            .and_then(|i| Depth::ALL.get(i))
        {
            plan.items.push(PlanItem::lecture(c.id, depth));
        }
    }
    // Spread over as many phases as the per-phase day limit requires.
    let days = u32::try_from(Agenda::build(&plan, modules).teaching_days()).unwrap_or(u32::MAX);
    let max_days = modules.agenda.max_days_per_phase;
    if max_days > 0 && days > max_days {
        plan.phases = days.div_ceil(max_days);
    }

    let used = plan.teaching_hours(modules).total();
    let left = (budget - used).max(0.0);
    let left_out = candidates
        .iter()
        .filter(|c| !plan.contains(c.id))
        .map(|c| {
            let reason = if c.relevance == 0 {
                LeftOutReason::NotRelevant
            } else if let Some(&needs) = modules
                .get(c.id)
                .and_then(|m| m.builds_on.iter().find(|p| !plan.contains(**p)))
            {
                LeftOutReason::PrerequisiteLeftOut { needs }
            } else {
                LeftOutReason::NoTime {
                    needs: c.hours[0],
                    left,
                }
            };
            LeftOut {
                module: c.id,
                message: explain(modules, audience, c.id, &reason),
                reason,
            }
        })
        .collect();
    Fit { plan, left_out }
}

/// Hours for a message: at most two decimals, no trailing zeros.
fn hours_text(hours: f64) -> String {
    crate::number::plain(hours, 2)
}

fn explain(modules: &Modules, audience: Audience, id: u32, reason: &LeftOutReason) -> Bilingual {
    let name = |lang| module_name(modules, id, lang);
    Bilingual::said(|lang| match reason {
        LeftOutReason::NotRelevant => lang.fill(
            i18n::fit::NOT_RELEVANT,
            &[
                ("module", &name(lang)),
                ("audience", &lang.in_sentence(audience.label(lang))),
            ],
        ),
        LeftOutReason::NoTime { needs, left } => lang.fill(
            i18n::fit::NO_TIME,
            &[
                ("module", &name(lang)),
                ("needs", &hours_text(*needs)),
                ("left", &hours_text(*left)),
            ],
        ),
        LeftOutReason::PrerequisiteLeftOut { needs } => lang.fill(
            i18n::fit::PREREQUISITE_LEFT_OUT,
            &[
                ("module", &name(lang)),
                ("needs", &module_name(modules, *needs, lang)),
            ],
        ),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hours_text_trims_zeros() {
        assert_eq!(hours_text(2.0), "2");
        assert_eq!(hours_text(1.5), "1.5");
        assert_eq!(hours_text(0.25), "0.25");
        assert_eq!(hours_text(0.30000000000000004), "0.3");
        assert_eq!(hours_text(0.0), "0");
    }
}
