//! When the year does not fit its cap: a proposal that does.
//!
//! Every must-have is kept as it is. Each other course is kept, moved to a cheaper way of
//! buying it (the company's own trainer, the same course taught live online, seats on a public
//! course) or deferred to a later year. The proposal keeps as much as it can, weighing each
//! course kept (by any route) by its priority times its headcount (`data/budget.toml`,
//! `[year]`); among proposals that keep as much, it makes the fewest changes.
//!
//! That is a multiple-choice knapsack. The search is exact: a depth-first branch and bound,
//! whose bound is the knapsack's linear relaxation (each course's choices on their upper convex
//! hull, filled greedily by value per yuan), so it proves the proposal best rather than
//! guessing. Costs are compared in whole fen, so "under the cap" is exact too.

use crate::Catalog;
use crate::cost::{Scenario, ScenarioError};
use crate::money::Fen;
use crate::vocab::{DeliveryMode, Sourcing};

use super::cost::{CourseCost, YearCost};
use super::course::{CourseId, Priority, Programme};

/// What a proposal does to one course.
#[derive(Debug, Clone, PartialEq)]
pub enum Change {
    /// Bought another way, priced anew.
    Move(Move, Scenario),
    /// Left to a later year.
    Defer,
}

/// The cheaper ways a course can move to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Move {
    /// The company's own trainer teaches it.
    Internal,
    /// The same course, taught live online.
    LiveOnline,
    /// Its people take seats on a public course.
    PublicSeats,
}

impl Move {
    pub const ALL: [Move; 3] = [Move::Internal, Move::LiveOnline, Move::PublicSeats];

    /// `scenario` bought this way, or `None` when it already is.
    pub fn apply(self, scenario: &Scenario) -> Option<Scenario> {
        let mut s = scenario.clone();
        match self {
            Move::Internal => s.sourcing = Sourcing::Internal,
            Move::LiveOnline => {
                if !s.sourcing.is_in_house() {
                    s.sourcing = Sourcing::Vendor;
                }
                s.mode = DeliveryMode::LiveOnline;
            }
            Move::PublicSeats => s.sourcing = Sourcing::Public,
        }
        (s != *scenario).then_some(s)
    }
}

/// One course's change, with what it costs before and after.
#[derive(Debug, Clone, PartialEq)]
pub struct Proposed {
    pub course: CourseId,
    pub change: Change,
    pub before: f64,
    pub after: f64,
}

impl Proposed {
    pub fn saves(&self) -> f64 {
        self.before - self.after
    }
}

/// A programme under a cap.
#[derive(Debug, Clone, PartialEq)]
pub struct Proposal {
    pub cap: f64,
    /// The changes, in the table's order; none when the year already fits.
    pub changes: Vec<Proposed>,
    /// The year's expected cost before and with the changes.
    pub before: f64,
    pub after: f64,
    /// What the must-haves alone cost. When that is over the cap no proposal fits, and none
    /// is made: only the must-haves themselves (or the cap) can change.
    pub must_cost: f64,
    pub fits: bool,
}

/// A choice for one course in the search: its cost in fen, and its worth (what is kept,
/// scaled so that one change weighs less than the least that can be kept).
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Choice {
    pub cost: i64,
    pub worth: i64,
}

/// A course a proposal may change: its id, its cost now, its choices (`None`: kept as it is)
/// with their costs, and what keeping it is worth.
type Open = (CourseId, f64, Vec<(Option<Change>, f64)>, i64);

/// The best programme under `cap` for `year`, as priced in `cost`.
pub fn propose(catalog: &Catalog, year: &Programme, cost: &YearCost, cap: f64) -> Proposal {
    let rules = &catalog.budget.year;
    let weight = |p: Priority| match p {
        Priority::Must => 0,
        Priority::Should => i64::from(rules.should_weight),
        Priority::Could => i64::from(rules.could_weight),
    };
    let before = cost.year.cost;
    let mut must_cost = 0.0;
    // The courses a proposal may change, each with its choices: kept, moved, deferred.
    let mut open: Vec<Open> = Vec::new();
    for (course, priced) in year.courses.iter().zip(&cost.courses) {
        let Ok(priced) = priced else { continue };
        if course.deferred {
            continue;
        }
        if course.priority == Priority::Must {
            must_cost += priced.expected;
            continue;
        }
        let mut choices = vec![(None, priced.expected)];
        for m in Move::ALL {
            if let Some((scenario, after)) = moved(catalog, &course.scenario, m, priced) {
                choices.push((Some(Change::Move(m, scenario)), after));
            }
        }
        choices.push((Some(Change::Defer), 0.0));
        open.push((
            course.id,
            priced.expected,
            choices,
            weight(course.priority) * i64::from(priced.people),
        ));
    }

    let fen = |v: f64| Fen::from_yuan(v).0;
    let room = fen(cap) - fen(must_cost);
    let unchanged = Proposal {
        cap,
        changes: Vec::new(),
        before,
        after: before,
        must_cost,
        fits: fen(before) <= fen(cap),
    };
    if unchanged.fits || room < 0 {
        return unchanged;
    }
    // One change must weigh less than one person kept at the lowest weight.
    let scale = open.len() as i64 + 1;
    let items: Vec<Vec<Choice>> = open
        .iter()
        .map(|(_, _, choices, value)| {
            choices
                .iter()
                .map(|(change, after)| Choice {
                    cost: fen(*after),
                    worth: match change {
                        None => value * scale,
                        Some(Change::Move(..)) => value * scale - 1,
                        Some(Change::Defer) => -1,
                    },
                })
                .collect()
        })
        .collect();
    let Some(picked) = best_choices(&items, room) else {
        return unchanged;
    };
    let mut changes = Vec::new();
    let mut after = must_cost;
    for ((id, was, choices, _), &pick) in open.into_iter().zip(&picked) {
        let (change, cost) = choices
            .into_iter()
            .nth(pick)
            .expect("a choice of this course");
        after += cost;
        if let Some(change) = change {
            changes.push(Proposed {
                course: id,
                change,
                before: was,
                after: cost,
            });
        }
    }
    Proposal {
        cap,
        changes,
        before,
        after,
        must_cost,
        fits: true,
    }
}

/// `scenario` moved `m`, with its cost, when that is cheaper than `now`.
fn moved(
    catalog: &Catalog,
    scenario: &Scenario,
    m: Move,
    now: &CourseCost,
) -> Option<(Scenario, f64)> {
    let s = m.apply(scenario)?;
    let cost = expected(catalog, &s).ok()?;
    (cost < now.expected).then_some((s, cost))
}

/// What finance is asked for a scenario, expected.
fn expected(catalog: &Catalog, s: &Scenario) -> Result<f64, ScenarioError> {
    let costing = crate::cost::Costing::new(catalog, s)?;
    Ok(crate::budget::asked(
        &costing.lines(&mut crate::cost::Bound::Expected),
    ))
}

/// The choice for each item that maximises the total worth at a total cost within `room`
/// (ties: the first found, trying each item's choices in order). `None` when even each item's
/// cheapest choice is over it.
pub(crate) fn best_choices(items: &[Vec<Choice>], room: i64) -> Option<Vec<usize>> {
    // Search the items with the most at stake first: their choices settle the bound soonest.
    let mut order: Vec<usize> = (0..items.len()).collect();
    order.sort_by_key(|&i| {
        let worths = items[i].iter().map(|c| c.worth);
        std::cmp::Reverse(worths.clone().max().unwrap_or(0) - worths.min().unwrap_or(0))
    });
    let sorted: Vec<&[Choice]> = order.iter().map(|&i| items[i].as_slice()).collect();
    let hulls: Vec<Hull> = sorted.iter().map(|c| Hull::of(c)).collect();
    // The cheapest cost of the items from each depth on.
    let mut floor = vec![0i64; sorted.len() + 1];
    for d in (0..sorted.len()).rev() {
        floor[d] = floor[d + 1] + hulls[d].base.cost;
    }
    if floor[0] > room {
        return None;
    }
    // Every hull step, steepest first, tagged with its depth: the bound of the items from a
    // depth on walks this list once.
    let mut steps: Vec<(usize, Step)> = hulls
        .iter()
        .enumerate()
        .flat_map(|(d, h)| h.steps.iter().map(move |&s| (d, s)))
        .collect();
    steps.sort_by(|a, b| b.1.slope().total_cmp(&a.1.slope()));

    let mut search = Search {
        items: &sorted,
        hulls: &hulls,
        floor: &floor,
        steps: &steps,
        best_worth: i64::MIN,
        best: Vec::new(),
        path: Vec::with_capacity(sorted.len()),
    };
    search.dive(0, room, 0);
    let mut picked = vec![0; items.len()];
    for (d, &i) in order.iter().enumerate() {
        picked[i] = search.best[d];
    }
    Some(picked)
}

/// One step up an item's hull: more cost for more worth.
#[derive(Debug, Clone, Copy)]
struct Step {
    cost: i64,
    worth: i64,
}

impl Step {
    fn slope(&self) -> f64 {
        self.worth as f64 / self.cost.max(1) as f64
    }
}

/// An item's choices as its linear relaxation sees them: the cheapest (the best of the
/// cheapest), then steps of falling worth per fen up the upper convex hull.
struct Hull {
    base: Choice,
    steps: Vec<Step>,
}

impl Hull {
    fn of(choices: &[Choice]) -> Hull {
        let mut points: Vec<Choice> = choices.to_vec();
        points.sort_by(|a, b| a.cost.cmp(&b.cost).then(b.worth.cmp(&a.worth)));
        // Keep only choices worth more than every cheaper one.
        let mut frontier: Vec<Choice> = Vec::new();
        for p in points {
            if frontier.last().is_none_or(|last| p.worth > last.worth) {
                frontier.push(p);
            }
        }
        // The upper convex hull: drop a point under the line joining its neighbours.
        let mut hull: Vec<Choice> = Vec::new();
        for p in frontier {
            while hull.len() >= 2 {
                let (a, b) = (hull[hull.len() - 2], hull[hull.len() - 1]);
                // b is under (or on) the line a–p when (b−a)×(p−a) ≥ 0 in (cost, worth).
                let cross = (b.cost - a.cost) as i128 * (p.worth - a.worth) as i128
                    - (b.worth - a.worth) as i128 * (p.cost - a.cost) as i128;
                if cross >= 0 {
                    hull.pop();
                } else {
                    break;
                }
            }
            hull.push(p);
        }
        let base = hull[0];
        let steps = hull
            .windows(2)
            .map(|w| Step {
                cost: w[1].cost - w[0].cost,
                worth: w[1].worth - w[0].worth,
            })
            .collect();
        Hull { base, steps }
    }
}

struct Search<'a> {
    items: &'a [&'a [Choice]],
    hulls: &'a [Hull],
    floor: &'a [i64],
    steps: &'a [(usize, Step)],
    best_worth: i64,
    best: Vec<usize>,
    path: Vec<usize>,
}

impl Search<'_> {
    /// The most the items from `depth` on could add within `room`, in the linear relaxation.
    fn bound(&self, depth: usize, room: i64) -> f64 {
        let mut worth: f64 = self.hulls[depth..]
            .iter()
            .map(|h| h.base.worth as f64)
            .sum();
        let mut left = room - self.floor[depth];
        for (d, step) in self.steps {
            if *d < depth {
                continue;
            }
            if step.cost <= left {
                left -= step.cost;
                worth += step.worth as f64;
            } else {
                worth += step.worth as f64 * left as f64 / step.cost as f64;
                break;
            }
        }
        worth
    }

    fn dive(&mut self, depth: usize, room: i64, worth: i64) {
        if depth == self.items.len() {
            if worth > self.best_worth {
                self.best_worth = worth;
                self.best = self.path.clone();
            }
            return;
        }
        // No completion of this path can beat the best found (worths are whole numbers).
        if (worth as f64 + self.bound(depth, room)).floor() as i64 <= self.best_worth {
            return;
        }
        for (i, choice) in self.items[depth].iter().enumerate() {
            let left = room - choice.cost;
            if left < self.floor[depth + 1] {
                continue;
            }
            self.path.push(i);
            self.dive(depth + 1, left, worth + choice.worth);
            self.path.pop();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::{RngExt, SeedableRng};

    /// Every combination, for checking the search.
    fn brute_force(items: &[Vec<Choice>], room: i64) -> Option<i64> {
        fn go(items: &[Vec<Choice>], room: i64) -> Option<i64> {
            let Some((first, rest)) = items.split_first() else {
                return Some(0);
            };
            first
                .iter()
                .filter(|c| c.cost <= room)
                .filter_map(|c| go(rest, room - c.cost).map(|w| w + c.worth))
                .max()
        }
        go(items, room)
    }

    fn worth_of(items: &[Vec<Choice>], picked: &[usize]) -> (i64, i64) {
        items.iter().zip(picked).fold((0, 0), |(c, w), (item, &i)| {
            (c + item[i].cost, w + item[i].worth)
        })
    }

    #[test]
    fn matches_brute_force_on_random_knapsacks() {
        let mut rng = rand_pcg::Pcg64Mcg::seed_from_u64(7);
        for case in 0..400 {
            let n = rng.random_range(1..=12usize);
            let items: Vec<Vec<Choice>> = (0..n)
                .map(|_| {
                    let k = rng.random_range(1..=if n > 9 { 3 } else { 4 });
                    (0..k)
                        .map(|_| Choice {
                            cost: rng.random_range(0..10_000),
                            worth: rng.random_range(-1..500),
                        })
                        .collect()
                })
                .collect();
            let total_min: i64 = items
                .iter()
                .map(|i| i.iter().map(|c| c.cost).min().unwrap())
                .sum();
            let room = total_min + rng.random_range(0..20_000);
            let expected = brute_force(&items, room);
            let found = best_choices(&items, room);
            match (expected, found) {
                (None, None) => {}
                (Some(w), Some(picked)) => {
                    let (cost, worth) = worth_of(&items, &picked);
                    assert!(cost <= room, "case {case}: over the room");
                    assert_eq!(worth, w, "case {case}: not the best");
                }
                other => panic!("case {case}: {other:?}"),
            }
        }
    }

    #[test]
    fn nothing_fits_when_the_cheapest_is_over() {
        let items = vec![vec![
            Choice { cost: 10, worth: 1 },
            Choice { cost: 5, worth: 0 },
        ]];
        assert_eq!(best_choices(&items, 4), None);
        assert_eq!(best_choices(&items, 5), Some(vec![1]));
        assert_eq!(best_choices(&items, 10), Some(vec![0]));
    }
}
