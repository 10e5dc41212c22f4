//! `data/modules.toml`: the ten curriculum modules, the agenda rules and the preset plans.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use crate::catalog::{Bilingual, Checker, DataFile, Source};
use crate::vocab::{Activity, Audience, Depth, DepthHours};

use crate::calendar::TimeOfDay;

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

/// How much teaching time one activity adds to a module, beyond the lecture itself.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActivityTime {
    pub activity: Activity,
    pub extra_hours: f64,
}

/// How much a module matters to each audience, from 0 (leave out) to `relevance_max`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Relevance {
    pub frontline: u32,
    pub supervisor: u32,
    pub manager: u32,
}

impl Relevance {
    pub fn get(&self, audience: Audience) -> u32 {
        match audience {
            Audience::Frontline => self.frontline,
            Audience::Supervisor => self.supervisor,
            Audience::Manager => self.manager,
        }
    }
}

/// One curriculum module.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Module {
    pub id: u32,
    pub title: Bilingual,
    pub summary: Bilingual,
    pub topics: Vec<Bilingual>,
    pub objectives: Vec<Bilingual>,
    /// What a supervisor should see people do at work after it (Kirkpatrick's level 3).
    pub observe: Bilingual,
    /// The figure it should move (level 4).
    pub kpi: Bilingual,
    /// Teaching hours at each depth, lecture only.
    pub hours: DepthHours,
    pub hours_source: Source,
    /// The activities this module supports, with the time each adds.
    pub activities: Vec<ActivityTime>,
    pub relevance: Relevance,
    /// Modules that must be taught before this one.
    #[serde(default)]
    pub builds_on: Vec<u32>,
    pub source: Source,
}

impl Module {
    /// The extra time `activity` adds, or `None` when this module does not support it.
    pub fn extra_hours(&self, activity: Activity) -> Option<f64> {
        self.activities
            .iter()
            .find(|a| a.activity == activity)
            .map(|a| a.extra_hours)
    }

    pub fn supports(&self, activity: Activity) -> bool {
        self.extra_hours(activity).is_some()
    }

    /// Teaching hours at `depth` with `activities` (unsupported ones add nothing; `problems`
    /// reports them).
    pub fn hours_with(&self, depth: Depth, activities: &BTreeSet<Activity>) -> f64 {
        self.hours.get(depth)
            + activities
                .iter()
                .filter_map(|a| self.extra_hours(*a))
                .sum::<f64>()
    }
}

/// The rules that turn a plan into an agenda, and the limits a plan is checked against.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AgendaRules {
    /// Teaching hours in one half-day session.
    pub session_hours: f64,
    pub session_hours_source: Source,
    /// Sessions per teaching day.
    pub halves_per_day: u32,
    pub halves_per_day_source: Source,
    /// Break inside each session, in minutes.
    pub break_minutes: f64,
    pub break_minutes_source: Source,
    /// When the morning session starts, by default.
    pub day_start: TimeOfDay,
    pub day_start_source: Source,
    /// The working day: a session starting before this is asked about first.
    pub earliest_start: TimeOfDay,
    pub earliest_start_source: Source,
    /// The working day: a session ending after this is asked about first.
    pub latest_end: TimeOfDay,
    pub latest_end_source: Source,
    /// Between the morning and the afternoon session, in minutes.
    pub lunch_minutes: f64,
    pub lunch_minutes_source: Source,
    /// From the start of one phase to the start of the next, by default.
    pub weeks_between_phases: u32,
    pub weeks_between_phases_source: Source,
    /// Longest run of teaching days in one phase.
    pub max_days_per_phase: u32,
    pub max_days_per_phase_source: Source,
    /// Most teaching hours a programme can sensibly hold.
    pub ceiling_hours: f64,
    pub ceiling_hours_source: Source,
    /// Top of the relevance scale.
    pub relevance_max: u32,
    pub relevance_max_source: Source,
}

impl AgendaRules {
    /// Teaching hours in one full day.
    pub fn day_hours(&self) -> f64 {
        self.session_hours * f64::from(self.halves_per_day)
    }

    /// A full session on the clock: its teaching time and its break, to the nearest minute.
    pub fn session_minutes(&self) -> u32 {
        whole_minutes(self.session_hours * 60.0 + self.break_minutes)
    }

    /// From the start of the morning session to the start of the afternoon session: a full
    /// morning, then lunch.
    pub fn afternoon_offset_minutes(&self) -> u32 {
        self.session_minutes() + whole_minutes(self.lunch_minutes)
    }
}

/// Minutes on the clock for a length in minutes: rounded to the nearest minute (a calendar
/// shows no seconds), and never negative.
pub(crate) fn whole_minutes(minutes: f64) -> u32 {
    // `as` saturates: NaN and negatives become 0, which the data check has ruled out anyway.
    minutes.round() as u32
}

/// A ready-made plan.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Preset {
    pub id: String,
    pub name: Bilingual,
    pub description: Bilingual,
    pub audience: Audience,
    pub phases: u32,
    pub items: Vec<PlanItem>,
    pub source: Source,
}

/// `data/modules.toml`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Modules {
    pub agenda: AgendaRules,
    pub module: Vec<Module>,
    #[serde(default)]
    pub preset: Vec<Preset>,
}

impl Modules {
    pub fn get(&self, id: u32) -> Option<&Module> {
        self.module.iter().find(|m| m.id == id)
    }

    /// Module ids in an order where every module comes after the modules it builds on; among
    /// modules free to go, the lower id first. `None` when `builds_on` has a cycle.
    pub fn topological_ids(&self) -> Option<Vec<u32>> {
        let ids: BTreeSet<u32> = self.module.iter().map(|m| m.id).collect();
        let mut placed = BTreeSet::new();
        let mut order = Vec::with_capacity(ids.len());
        while order.len() < ids.len() {
            let next = ids.iter().copied().find(|id| {
                !placed.contains(id)
                    && self.get(*id).is_some_and(|m| {
                        m.builds_on
                            .iter()
                            .all(|p| placed.contains(p) || !ids.contains(p))
                    })
            })?;
            placed.insert(next);
            order.push(next);
        }
        Some(order)
    }

    /// Every module `id` needs, directly or through its prerequisites (not `id` itself).
    pub fn all_prerequisites(&self, id: u32) -> BTreeSet<u32> {
        let mut found = BTreeSet::new();
        let mut stack = vec![id];
        while let Some(current) = stack.pop() {
            if let Some(m) = self.get(current) {
                for &p in &m.builds_on {
                    if p != id && found.insert(p) {
                        stack.push(p);
                    }
                }
            }
        }
        found
    }

    pub fn preset(&self, id: &str) -> Option<&Preset> {
        self.preset.iter().find(|p| p.id == id)
    }
}

impl DataFile for Modules {
    const PATH: &'static str = "data/modules.toml";

    fn check(&self, c: &mut Checker) {
        check_rules(&self.agenda, c);
        check_modules(self, c);
        check_presets(self, c);
    }
}

fn check_rules(r: &AgendaRules, c: &mut Checker) {
    let f = "agenda";
    c.non_negative(&format!("{f}.session_hours"), r.session_hours);
    if r.session_hours <= 0.0 {
        c.fail(
            format!("{f}.session_hours"),
            "a session must hold some teaching time",
        );
    }
    if r.halves_per_day == 0 || r.halves_per_day as usize > crate::vocab::Half::ALL.len() {
        c.fail(
            format!("{f}.halves_per_day"),
            format!(
                "must be between 1 and {} (morning and afternoon)",
                crate::vocab::Half::ALL.len()
            ),
        );
    }
    c.non_negative(&format!("{f}.break_minutes"), r.break_minutes);
    c.non_negative(&format!("{f}.lunch_minutes"), r.lunch_minutes);
    // A full teaching day must fit between its start and midnight, or its sessions would have
    // no times on the calendar.
    let day_minutes = if r.halves_per_day > 1 {
        r.afternoon_offset_minutes() + r.session_minutes()
    } else {
        r.session_minutes()
    };
    match r.day_start.plus_minutes(day_minutes) {
        None => c.fail(
            format!("{f}.day_start"),
            format!(
                "a full day ({day_minutes} minutes of sessions, breaks and lunch) from {} runs past midnight",
                r.day_start
            ),
        ),
        // The default start is one nobody has to confirm.
        Some(end) if r.day_start < r.earliest_start || end > r.latest_end => c.fail(
            format!("{f}.day_start"),
            format!(
                "a full day from {} ({}–{end}) is outside the working day {}–{}",
                r.day_start, r.day_start, r.earliest_start, r.latest_end
            ),
        ),
        Some(_) => {}
    }
    if r.earliest_start >= r.latest_end {
        c.fail(
            format!("{f}.latest_end"),
            format!(
                "the working day ends ({}) after it starts ({})",
                r.latest_end, r.earliest_start
            ),
        );
    }
    // Phases are there so staff return to their posts in between.
    if r.weeks_between_phases == 0 {
        c.fail(
            format!("{f}.weeks_between_phases"),
            "phases must be at least a week apart",
        );
    }
    if r.max_days_per_phase == 0 {
        c.fail(
            format!("{f}.max_days_per_phase"),
            "a phase needs at least one day",
        );
    }
    c.non_negative(&format!("{f}.ceiling_hours"), r.ceiling_hours);
    if r.relevance_max == 0 {
        c.fail(
            format!("{f}.relevance_max"),
            "the relevance scale needs a top above 0",
        );
    }
    for (name, source) in [
        ("session_hours", &r.session_hours_source),
        ("halves_per_day", &r.halves_per_day_source),
        ("break_minutes", &r.break_minutes_source),
        ("day_start", &r.day_start_source),
        ("earliest_start", &r.earliest_start_source),
        ("latest_end", &r.latest_end_source),
        ("lunch_minutes", &r.lunch_minutes_source),
        ("weeks_between_phases", &r.weeks_between_phases_source),
        ("max_days_per_phase", &r.max_days_per_phase_source),
        ("ceiling_hours", &r.ceiling_hours_source),
        ("relevance_max", &r.relevance_max_source),
    ] {
        c.source(&format!("{f}.{name}"), source);
    }
}

fn check_bilingual(c: &mut Checker, field: &str, text: &Bilingual) {
    if text.zh.trim().is_empty() || text.en.trim().is_empty() {
        c.fail(field, "needs text in both languages");
    }
}

fn check_modules(all: &Modules, c: &mut Checker) {
    if all.module.is_empty() {
        c.fail("module", "at least one module is needed");
    }
    // Ids are the module numbers of the course outline: exactly 1..=n, in order, once each,
    // because plans and share links refer to modules by number.
    for (i, m) in all.module.iter().enumerate() {
        let expected = u32::try_from(i).map(|i| i + 1).ok();
        if Some(m.id) != expected {
            c.fail(
                format!("module[{i}].id"),
                format!("modules must be numbered 1, 2, 3… in order; found {}", m.id),
            );
        }
    }
    let ids: BTreeSet<u32> = all.module.iter().map(|m| m.id).collect();
    for (i, m) in all.module.iter().enumerate() {
        let f = format!("module[{i}] ({})", m.id);
        check_bilingual(c, &format!("{f}.title"), &m.title);
        check_bilingual(c, &format!("{f}.summary"), &m.summary);
        if m.topics.is_empty() {
            c.fail(format!("{f}.topics"), "list the module's topics");
        }
        for (j, t) in m.topics.iter().enumerate() {
            check_bilingual(c, &format!("{f}.topics[{j}]"), t);
        }
        if m.objectives.is_empty() {
            c.fail(
                format!("{f}.objectives"),
                "list what participants can do afterwards",
            );
        }
        for (j, o) in m.objectives.iter().enumerate() {
            check_bilingual(c, &format!("{f}.objectives[{j}]"), o);
        }
        c.ordered(
            &format!("{f}.hours"),
            &[
                ("basic", m.hours.basic),
                ("standard", m.hours.standard),
                ("deep", m.hours.deep),
            ],
        );
        // A module of no time would let the budget fit add it for free.
        if m.hours.basic <= 0.0 {
            c.fail(
                format!("{f}.hours.basic"),
                "a module needs some teaching time",
            );
        }
        c.source(&format!("{f}.hours"), &m.hours_source);
        let mut seen = BTreeSet::new();
        for (j, a) in m.activities.iter().enumerate() {
            let af = format!("{f}.activities[{j}] ({})", a.activity.id());
            c.non_negative(&format!("{af}.extra_hours"), a.extra_hours);
            if !seen.insert(a.activity) {
                c.fail(af.clone(), "listed twice");
            }
            // Lecturing is what the depth hours already pay for.
            if a.activity == Activity::Lecture && a.extra_hours != 0.0 {
                c.fail(af, "lecture time is in `hours`; its extra_hours must be 0");
            }
        }
        // Every module can be lectured, so a plan always has a default activity.
        if !seen.contains(&Activity::Lecture) {
            c.fail(
                format!("{f}.activities"),
                "every module must support `lecture`",
            );
        }
        for audience in Audience::ALL {
            let r = m.relevance.get(*audience);
            if r > all.agenda.relevance_max {
                c.fail(
                    format!("{f}.relevance.{}", audience.id()),
                    format!("must be 0..={}, found {r}", all.agenda.relevance_max),
                );
            }
        }
        for &p in &m.builds_on {
            if p == m.id {
                c.fail(format!("{f}.builds_on"), "a module cannot build on itself");
            } else if !ids.contains(&p) {
                c.fail(format!("{f}.builds_on"), format!("no module {p}"));
            }
        }
        c.source(&f, &m.source);
    }
    if all.topological_ids().is_none() {
        c.fail("module.builds_on", "the prerequisites form a cycle");
    }
}

fn check_presets(all: &Modules, c: &mut Checker) {
    let mut ids = BTreeMap::new();
    for (i, p) in all.preset.iter().enumerate() {
        let f = format!("preset[{i}] ({})", p.id);
        if ids.insert(p.id.clone(), i).is_some() {
            c.fail(f.clone(), "preset id used twice");
        }
        check_bilingual(c, &format!("{f}.name"), &p.name);
        check_bilingual(c, &format!("{f}.description"), &p.description);
        c.source(&f, &p.source);
        // Problems need the module table to be sound; skip them if it is not (the error above
        // is what the editor must fix first).
        if all.topological_ids().is_none() {
            continue;
        }
        let plan = p.plan();
        if let Some(problem) = plan.problems(all).first() {
            c.fail(format!("{f}.items"), problem.message.en.clone());
        }
    }
}
