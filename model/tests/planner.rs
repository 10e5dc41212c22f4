//! The course planner: module data, plan ordering and problems, agendas, presets and the
//! budget fit.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};

use model::catalog::DataFile;
use model::catalog::Modules;
use model::catalog::PlanItem;
use model::plan::{Agenda, Fit, LeftOutReason, Plan, PlanFix, Problem, fit_to_budget};
use model::vocab::{Activity, Audience, Depth};
use proptest::prelude::*;

const TEXT: &str = include_str!("../../data/modules.toml");
/// Float slack for sums of hours in assertions (rounding, not a training figure).
const EPS: f64 = 1e-9;

fn modules() -> Modules {
    match Modules::parse(TEXT) {
        Ok(m) => m,
        Err(e) => panic!("data/modules.toml does not load: {e}"),
    }
}

fn plan(audience: Audience, items: &[(u32, Depth)]) -> Plan {
    Plan {
        audience,
        items: items
            .iter()
            .map(|&(m, d)| PlanItem::lecture(m, d))
            .collect(),
        phases: 1,
    }
}

fn ids(items: &[PlanItem]) -> Vec<u32> {
    items.iter().map(|i| i.module).collect()
}

fn relevance(m: &Modules, plan: &Plan) -> u32 {
    plan.items
        .iter()
        .filter_map(|i| m.get(i.module))
        .map(|x| x.relevance.get(plan.audience))
        .sum()
}

// ---------------------------------------------------------------------------------------------
// The data file

#[test]
fn data_file_parses_with_sources() {
    let m = modules();
    assert_eq!(m.module.len(), 10);
    for (i, module) in m.module.iter().enumerate() {
        assert_eq!(module.id as usize, i + 1);
        assert!(!module.source.as_str().trim().is_empty());
        assert!(module.source.as_str().contains("Seed"), "{}", module.source);
        assert!(module.hours_source.is_assumption());
        assert!(
            (4..=7).contains(&module.topics.len()),
            "module {}",
            module.id
        );
        assert!(
            (2..=4).contains(&module.objectives.len()),
            "module {}",
            module.id
        );
        assert!(module.supports(Activity::Lecture));
        assert_eq!(module.extra_hours(Activity::Lecture), Some(0.0));
    }
    assert!(m.agenda.session_hours_source.is_assumption());
    assert!(m.agenda.ceiling_hours_source.is_assumption());
    assert_eq!(m.get(5).map(|x| x.builds_on.clone()), Some(vec![2, 4]));
    for id in [
        "frontline-essentials",
        "full-programme",
        "supervisor-track",
        "all-deep",
    ] {
        assert!(m.preset(id).is_some(), "preset {id} missing");
    }
}

#[test]
fn broken_data_is_rejected() {
    // A cycle: module 2 building on module 5, which builds on 2.
    let cyclic = TEXT.replacen(
        "relevance = { frontline = 3, supervisor = 2, manager = 1 }\nbuilds_on = []",
        "relevance = { frontline = 3, supervisor = 2, manager = 1 }\nbuilds_on = [5]",
        1,
    );
    assert_ne!(cyclic, TEXT);
    let err = Modules::parse(&cyclic).expect_err("cycle accepted");
    assert!(err.message.contains("cycle"), "{err}");

    let unknown = TEXT.replacen("builds_on = [3]", "builds_on = [42]", 1);
    assert!(Modules::parse(&unknown).is_err());

    let relevance = TEXT.replacen(
        "frontline = 2, supervisor = 2, manager = 2",
        "frontline = 9, supervisor = 2, manager = 2",
        1,
    );
    assert!(Modules::parse(&relevance).is_err());

    let hours = TEXT.replacen(
        "basic = 1.0, standard = 1.5, deep = 2.0",
        "basic = 3.0, standard = 1.5, deep = 2.0",
        1,
    );
    assert!(Modules::parse(&hours).is_err());

    let renumbered = TEXT.replacen("id = 10\n", "id = 11\n", 1);
    assert!(Modules::parse(&renumbered).is_err());

    let no_source = TEXT.replacen(
        "source = \"[W] Seed 002 (客户服务投诉处理 course outline), part 九\"",
        "source = \"\"",
        1,
    );
    assert_ne!(no_source, TEXT);
    assert!(Modules::parse(&no_source).is_err());
}

// ---------------------------------------------------------------------------------------------
// Hours, order and problems

#[test]
fn teaching_hours_count_activities_at_the_module_depth() {
    let m = modules();
    let mut p = plan(Audience::Frontline, &[(2, Depth::Basic), (4, Depth::Deep)]);
    p.items[1].activities.insert(Activity::RolePlay);
    let h = p.teaching_hours(&m);
    let m2 = m.get(2).expect("module 2");
    let m4 = m.get(4).expect("module 4");
    assert_eq!(h.basic, m2.hours.basic);
    assert_eq!(h.standard, 0.0);
    let role_play = m4.extra_hours(Activity::RolePlay).expect("role-play on 4");
    assert!((h.deep - (m4.hours.deep + role_play)).abs() < EPS);
    assert_eq!(
        p.activities(),
        BTreeSet::from([Activity::Lecture, Activity::RolePlay])
    );
}

#[test]
fn ordering_respects_builds_on() {
    let m = modules();
    let p = plan(
        Audience::Frontline,
        &[
            (6, Depth::Basic),
            (5, Depth::Basic),
            (4, Depth::Basic),
            (2, Depth::Basic),
            (1, Depth::Basic),
        ],
    );
    assert_eq!(ids(&p.ordered(&m)), vec![4, 2, 5, 6, 1]);
    // A prerequisite reached only through a module not in the plan still comes first.
    let p = plan(
        Audience::Frontline,
        &[(10, Depth::Basic), (2, Depth::Basic)],
    );
    assert_eq!(ids(&p.ordered(&m)), vec![2, 10]);
}

#[test]
fn ordering_is_stable_without_constraints() {
    let m = modules();
    let p = plan(
        Audience::Manager,
        &[
            (9, Depth::Deep),
            (1, Depth::Basic),
            (7, Depth::Basic),
            (3, Depth::Basic),
            (2, Depth::Basic),
        ],
    );
    assert_eq!(ids(&p.ordered(&m)), vec![9, 1, 7, 3, 2]);
}

#[test]
fn missing_prerequisite_reported_with_a_fix_that_works() {
    let m = modules();
    let p = plan(
        Audience::Frontline,
        &[(9, Depth::Basic), (5, Depth::Standard)],
    );
    let problems = p.problems(&m);
    let missing: Vec<_> = problems
        .iter()
        .filter(|x| matches!(x.kind, Problem::MissingPrerequisite { .. }))
        .collect();
    assert_eq!(missing.len(), 2);
    assert_eq!(
        missing[0].kind,
        Problem::MissingPrerequisite {
            module: 5,
            needs: 2
        }
    );
    assert_eq!(
        missing[0].fix,
        Some(PlanFix::AddModule {
            module: 2,
            depth: Depth::Standard,
            before: 5
        })
    );
    assert!(missing[0].message.zh.contains("模块 2"));
    assert!(missing[0].message.en.contains("module 2"));

    // Applying one fix removes that problem.
    let mut one = p.clone();
    one.apply(missing[0].fix.as_ref().expect("fix"));
    assert!(!one.problems(&m).iter().any(|x| x.kind == missing[0].kind));

    let fixed = p.with_prerequisites_added(&m);
    assert!(fixed.problems(&m).is_empty(), "{:?}", fixed.problems(&m));
    for item in &p.items {
        assert!(fixed.items.contains(item), "dropped {item:?}");
    }
    assert_eq!(ids(&fixed.items), vec![9, 2, 4, 5]);
    assert!(
        fixed
            .items
            .iter()
            .all(|i| i.module == 9 || i.depth == Depth::Standard)
    );
}

#[test]
fn transitive_prerequisites_are_added() {
    let m = modules();
    let p = plan(Audience::Frontline, &[(10, Depth::Deep)]);
    let fixed = p.with_prerequisites_added(&m);
    assert!(fixed.problems(&m).is_empty());
    let got: BTreeSet<u32> = fixed.items.iter().map(|i| i.module).collect();
    assert_eq!(got, BTreeSet::from([2, 4, 5, 10]));
    assert!(fixed.items.iter().all(|i| i.depth == Depth::Deep));
}

#[test]
fn other_problems_are_typed_and_fixable() {
    let m = modules();
    let empty = Plan::new(Audience::Frontline);
    assert_eq!(empty.problems(&m)[0].kind, Problem::Empty);
    assert!(Agenda::build(&empty, &m).phases.is_empty());

    let mut p = plan(
        Audience::Frontline,
        &[(1, Depth::Basic), (42, Depth::Basic), (1, Depth::Deep)],
    );
    p.items[0].activities.insert(Activity::RolePlay); // module 1 has no role-play
    p.phases = 0;
    let kinds: Vec<Problem> = p.problems(&m).into_iter().map(|x| x.kind).collect();
    assert!(kinds.contains(&Problem::UnknownModule { module: 42 }));
    assert!(kinds.contains(&Problem::DuplicateModule { module: 1 }));
    assert!(kinds.contains(&Problem::ActivityNotSupported {
        module: 1,
        activity: Activity::RolePlay
    }));
    assert!(kinds.contains(&Problem::NoPhases));
    // Unknown and duplicate items teach nothing.
    assert_eq!(
        p.teaching_hours(&m).total(),
        m.get(1).expect("1").hours.basic
    );
    for _ in 0..kinds.len() {
        if let Some(fix) = p.problems(&m).into_iter().find_map(|x| x.fix) {
            p.apply(&fix);
        }
    }
    assert!(p.problems(&m).is_empty(), "{:?}", p.problems(&m));
    assert_eq!(p.items, vec![PlanItem::lecture(1, Depth::Basic)]);

    // Everything deep with every activity runs over the ceiling.
    let mut big = plan(Audience::Manager, &[]);
    for module in &m.module {
        big.items.push(PlanItem {
            module: module.id,
            depth: Depth::Deep,
            activities: module.activities.iter().map(|a| a.activity).collect(),
        });
    }
    big.phases = 4;
    assert!(big.teaching_hours(&m).total() > m.agenda.ceiling_hours);
    assert!(
        big.problems(&m)
            .iter()
            .any(|x| matches!(x.kind, Problem::TooManyHours { .. }))
    );

    // Too long a phase suggests more phases; too many phases suggests fewer.
    let mut long = m.preset_plan("all-deep").expect("all-deep");
    long.phases = 1;
    let problem = long
        .problems(&m)
        .into_iter()
        .find(|x| matches!(x.kind, Problem::PhaseTooLong { .. }));
    let fix = problem.and_then(|x| x.fix).expect("phase fix");
    long.apply(&fix);
    assert!(long.problems(&m).is_empty());
    let mut short = m.preset_plan("frontline-essentials").expect("preset");
    short.phases = 3;
    assert!(
        short
            .problems(&m)
            .iter()
            .any(|x| x.kind == Problem::MorePhasesThanDays { phases: 3, days: 1 })
    );
}

#[test]
fn plans_round_trip_through_json() {
    let m = modules();
    let p = m.preset_plan("supervisor-track").expect("preset");
    let json = serde_json::to_string(&p).expect("serialise");
    assert!(json.contains("\"case-study\""));
    let back: Plan = serde_json::from_str(&json).expect("parse");
    assert_eq!(back, p);
}

// ---------------------------------------------------------------------------------------------
// Agenda

fn check_agenda(m: &Modules, p: &Plan) -> Agenda {
    let agenda = Agenda::build(p, m);
    let total = p.teaching_hours(m).total();
    assert!(
        (agenda.teaching_hours() - total).abs() < EPS,
        "{} vs {total}",
        agenda.teaching_hours()
    );
    for s in agenda.sessions() {
        assert!(
            s.hours() <= m.agenda.session_hours + EPS,
            "session of {} h",
            s.hours()
        );
        assert_eq!(s.break_minutes, m.agenda.break_minutes);
    }
    let expected_days = (total / m.agenda.day_hours() - EPS).ceil().max(0.0) as usize;
    assert_eq!(agenda.teaching_days(), expected_days);
    // Blocks follow the plan's teaching order, and a split module is marked on both sides.
    let order: Vec<u32> = p.ordered(m).iter().map(|i| i.module).collect();
    let mut seen: Vec<u32> = Vec::new();
    let blocks: Vec<_> = agenda
        .phases
        .iter()
        .flat_map(|ph| &ph.days)
        .flat_map(|d| &d.sessions)
        .flat_map(|s| &s.blocks)
        .collect();
    for (i, b) in blocks.iter().enumerate() {
        if seen.last() != Some(&b.module) {
            assert!(!b.continued);
            seen.push(b.module);
        } else {
            assert!(b.continued);
            assert!(blocks[i - 1].continues);
        }
    }
    assert_eq!(seen, order);
    agenda
}

#[test]
fn agenda_matches_plan_hours_sessions_and_days() {
    let m = modules();
    for (preset, p) in m.preset_plans() {
        let agenda = check_agenda(&m, &p);
        assert!(agenda.phases.len() as u32 <= p.phases, "{}", preset.id);
    }
    let p = plan(Audience::Frontline, &[(10, Depth::Deep)]);
    let agenda = check_agenda(&m, &p);
    // Six hours of cases fill one day: the module runs on into the afternoon.
    let day = &agenda.phases[0].days[0];
    assert_eq!(day.sessions.len(), 2);
    assert!(day.sessions[0].blocks[0].continues);
    assert!(day.sessions[1].blocks[0].continued);
}

#[test]
fn phases_split_days_evenly() {
    let m = modules();
    let mut p = m.preset_plan("all-deep").expect("all-deep");
    let days = Agenda::build(&p, &m).teaching_days();
    assert_eq!(days, 6);
    let lengths = |p: &Plan| -> Vec<usize> {
        Agenda::build(p, &m)
            .phases
            .iter()
            .map(|ph| ph.days.len())
            .collect()
    };
    assert_eq!(lengths(&p), vec![2, 2, 2]);
    p.phases = 4;
    assert_eq!(lengths(&p), vec![2, 2, 1, 1]);
    p.phases = 1;
    assert_eq!(lengths(&p), vec![6]);
    p.phases = 9; // more phases than days: one day each, never an empty phase
    assert_eq!(lengths(&p), vec![1; 6]);
}

#[test]
fn presets_are_valid_and_sized() {
    let m = modules();
    for (preset, p) in m.preset_plans() {
        assert!(
            p.problems(&m).is_empty(),
            "{}: {:?}",
            preset.id,
            p.problems(&m)
        );
        assert!(!preset.name.zh.is_empty() && !preset.name.en.is_empty());
        assert!(!preset.description.zh.is_empty() && !preset.description.en.is_empty());
    }
    let days = |id: &str| Agenda::build(&m.preset_plan(id).expect(id), &m).teaching_days();
    assert_eq!(days("frontline-essentials"), 1);
    assert_eq!(days("full-programme"), 2);
    assert_eq!(
        m.preset_plan("frontline-essentials").map(|p| p.audience),
        Some(Audience::Frontline)
    );
    let supervisor = m.preset_plan("supervisor-track").expect("supervisor-track");
    assert_eq!(supervisor.audience, Audience::Supervisor);
    for id in [3, 7, 8] {
        assert!(supervisor.contains(id));
    }
    let all = m.preset_plan("all-deep").expect("all-deep");
    assert_eq!(all.items.len(), m.module.len());
    assert!(all.items.iter().all(|i| i.depth == Depth::Deep));
    let full = m.preset_plan("full-programme").expect("full-programme");
    assert_eq!(full.items.len(), m.module.len());
}

// ---------------------------------------------------------------------------------------------
// Fitting to a budget

fn check_fit(m: &Modules, audience: Audience, budget: f64, fit: &Fit) {
    let p = &fit.plan;
    assert_eq!(p.audience, audience);
    assert!(
        p.teaching_hours(m).total() <= budget.max(0.0) + EPS,
        "over budget"
    );
    for item in &p.items {
        let module = m.get(item.module).expect("known module");
        assert!(
            module.relevance.get(audience) > 0,
            "irrelevant module {}",
            item.module
        );
        for need in &module.builds_on {
            assert!(p.contains(*need), "{} without {need}", item.module);
        }
    }
    let problems: Vec<_> = p
        .problems(m)
        .into_iter()
        .filter(|x| x.kind != Problem::Empty)
        .collect();
    assert!(problems.is_empty(), "{problems:?}");
    // Every module is either in the plan or explained.
    let left: BTreeSet<u32> = fit.left_out.iter().map(|l| l.module).collect();
    for module in &m.module {
        assert!(
            p.contains(module.id) != left.contains(&module.id),
            "module {}",
            module.id
        );
    }
    for l in &fit.left_out {
        assert!(!l.message.zh.is_empty() && !l.message.en.is_empty());
    }
}

/// A simple baseline: most relevant first (lower id on ties), basic depth, repeated passes so a
/// module skipped for a missing prerequisite gets another chance.
fn greedy(m: &Modules, audience: Audience, budget: f64) -> Plan {
    let mut order: Vec<_> = m
        .module
        .iter()
        .filter(|x| x.relevance.get(audience) > 0)
        .collect();
    order.sort_by_key(|x| (std::cmp::Reverse(x.relevance.get(audience)), x.id));
    let mut p = Plan::new(audience);
    let mut used = 0.0;
    loop {
        let mut added = false;
        for x in &order {
            if p.contains(x.id) || !x.builds_on.iter().all(|n| p.contains(*n)) {
                continue;
            }
            if used + x.hours.basic <= budget + EPS {
                used += x.hours.basic;
                p.items.push(PlanItem::lecture(x.id, Depth::Basic));
                added = true;
            }
        }
        if !added {
            return p;
        }
    }
}

#[test]
fn zero_budget_gives_an_explained_empty_plan() {
    let m = modules();
    for budget in [0.0, -3.0, f64::NAN] {
        let fit = fit_to_budget(&m, Audience::Frontline, budget);
        assert!(fit.plan.items.is_empty());
        assert_eq!(fit.left_out.len(), m.module.len());
        let first = &fit.left_out[0];
        assert!(
            matches!(first.reason, LeftOutReason::NoTime { .. }),
            "{:?}",
            first.reason
        );
        assert!(
            first.message.zh.contains("时间不够"),
            "{}",
            first.message.zh
        );
        assert!(
            first.message.en.contains("not enough time"),
            "{}",
            first.message.en
        );
        // Modules whose prerequisites are out say so.
        let five = fit
            .left_out
            .iter()
            .find(|l| l.module == 5)
            .expect("5 explained");
        assert!(matches!(
            five.reason,
            LeftOutReason::PrerequisiteLeftOut { .. }
        ));
    }
}

#[test]
fn large_budget_takes_everything_deep() {
    let m = modules();
    let fit = fit_to_budget(&m, Audience::Supervisor, m.agenda.ceiling_hours);
    assert_eq!(fit.plan.items.len(), m.module.len());
    assert!(fit.plan.items.iter().all(|i| i.depth == Depth::Deep));
    assert!(fit.left_out.is_empty());
    check_fit(&m, Audience::Supervisor, m.agenda.ceiling_hours, &fit);
}

#[test]
fn the_more_relevant_module_wins_when_two_cannot_both_fit() {
    // In the real data with one hour for managers: module 9 (law, relevance 3) rather than
    // module 1 or 3 (relevance 2) or module 2 (relevance 1).
    let m = modules();
    let fit = fit_to_budget(&m, Audience::Manager, m.get(9).expect("9").hours.basic);
    assert_eq!(ids(&fit.plan.items), vec![9]);

    // Two stand-alone modules of equal length, room for only one.
    let mut two = modules();
    for module in &mut two.module {
        module.relevance.frontline = 0;
    }
    let (low, high) = (1, 9);
    two.module[low - 1].relevance.frontline = 1;
    two.module[high - 1].relevance.frontline = 3;
    let hours = two.module[high - 1].hours.basic;
    assert_eq!(two.module[low - 1].hours.basic, hours);
    let fit = fit_to_budget(&two, Audience::Frontline, hours * 1.5);
    assert_eq!(ids(&fit.plan.items), vec![high as u32]);
    let out: BTreeMap<u32, &LeftOutReason> =
        fit.left_out.iter().map(|l| (l.module, &l.reason)).collect();
    assert!(matches!(out[&(low as u32)], LeftOutReason::NoTime { .. }));
    assert_eq!(out[&2], &LeftOutReason::NotRelevant);
    // And swapping the relevances swaps the choice.
    two.module[low - 1].relevance.frontline = 3;
    two.module[high - 1].relevance.frontline = 1;
    let fit = fit_to_budget(&two, Audience::Frontline, hours * 1.5);
    assert_eq!(ids(&fit.plan.items), vec![low as u32]);
}

#[test]
fn fit_is_deterministic_and_prefers_depth_then_low_ids() {
    let m = modules();
    // One hour for frontline: modules 2 and 3 both score 3 at basic; the lower id wins.
    let fit = fit_to_budget(
        &m,
        Audience::Frontline,
        1.0_f64.max(m.get(2).expect("2").hours.basic),
    );
    assert_eq!(ids(&fit.plan.items), vec![2]);
    assert_eq!(
        fit,
        fit_to_budget(&m, Audience::Frontline, m.get(2).expect("2").hours.basic)
    );
    // With spare time and nothing else affordable, a chosen module goes deeper.
    let mut one = modules();
    for module in &mut one.module {
        module.relevance.manager = 0;
    }
    one.module[8].relevance.manager = 3;
    let fit = fit_to_budget(&one, Audience::Manager, one.module[8].hours.deep);
    assert_eq!(fit.plan.items, vec![PlanItem::lecture(9, Depth::Deep)]);
}

fn audience() -> impl Strategy<Value = Audience> {
    prop::sample::select(Audience::ALL.to_vec())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    #[test]
    fn fit_respects_budget_prerequisites_and_beats_greedy(
        audience in audience(),
        budget in 0.0f64..45.0,
        zero in prop::collection::btree_set(1u32..=10, 0..4),
    ) {
        let mut m = modules();
        // Some modules made irrelevant, to exercise the rule that they are never chosen.
        for id in &zero {
            if let Some(x) = m.module.iter_mut().find(|x| x.id == *id) {
                match audience {
                    Audience::Frontline => x.relevance.frontline = 0,
                    Audience::Supervisor => x.relevance.supervisor = 0,
                    Audience::Manager => x.relevance.manager = 0,
                }
            }
        }
        let fit = fit_to_budget(&m, audience, budget);
        check_fit(&m, audience, budget.min(m.agenda.ceiling_hours), &fit);
        let g = greedy(&m, audience, budget.min(m.agenda.ceiling_hours));
        prop_assert!(relevance(&m, &fit.plan) >= relevance(&m, &g));
        for l in &fit.left_out {
            if zero.contains(&l.module) {
                prop_assert_eq!(&l.reason, &LeftOutReason::NotRelevant);
            }
        }
    }

    #[test]
    fn ordering_and_agenda_hold_for_any_plan(
        picks in prop::collection::vec((1u32..=10, 0usize..3, any::<bool>()), 0..12),
        phases in 1u32..5,
    ) {
        let m = modules();
        let mut p = Plan::new(Audience::Frontline);
        p.phases = phases;
        for (id, d, case) in picks {
            let mut item = PlanItem::lecture(id, Depth::ALL[d]);
            if case {
                item.activities.insert(Activity::CaseStudy);
            }
            p.items.push(item);
        }
        let ordered = p.ordered(&m);
        let pos: BTreeMap<u32, usize> = ordered.iter().enumerate().map(|(i, x)| (x.module, i)).collect();
        for (i, item) in ordered.iter().enumerate() {
            for need in m.all_prerequisites(item.module) {
                if let Some(&j) = pos.get(&need) {
                    prop_assert!(j < i, "{} before its prerequisite {}", item.module, need);
                }
            }
        }
        let agenda = check_agenda(&m, &p);
        let lengths: Vec<usize> = agenda.phases.iter().map(|x| x.days.len()).collect();
        if let (Some(max), Some(min)) = (lengths.iter().max(), lengths.iter().min()) {
            prop_assert!(max - min <= 1);
            prop_assert!(*min >= 1);
        }
        let fixed = p.with_prerequisites_added(&m);
        let still_missing = fixed
            .problems(&m)
            .iter()
            .any(|x| matches!(x.kind, Problem::MissingPrerequisite { .. }));
        prop_assert!(!still_missing, "prerequisites still missing");
        for item in &p.items {
            prop_assert!(fixed.items.contains(item));
        }
    }
}

/// Best (relevance, depth sum) by trying every choice of depth or absence for every module.
fn brute_force(m: &Modules, audience: Audience, budget: f64) -> (u32, usize) {
    let n = m.module.len();
    let options = Depth::ALL.len() + 1;
    let mut best = (0, 0);
    let mut levels = vec![0usize; n];
    loop {
        let ok = m.module.iter().enumerate().all(|(i, x)| {
            levels[i] == 0
                || (x.relevance.get(audience) > 0
                    && x.builds_on.iter().all(|&b| levels[b as usize - 1] > 0))
        });
        if ok {
            let hours: f64 = m
                .module
                .iter()
                .enumerate()
                .filter(|(i, _)| levels[*i] > 0)
                .map(|(i, x)| x.hours.get(Depth::ALL[levels[i] - 1]))
                .sum();
            if hours <= budget + EPS {
                let r: u32 = m
                    .module
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| levels[*i] > 0)
                    .map(|(_, x)| x.relevance.get(audience))
                    .sum();
                best = best.max((r, levels.iter().sum()));
            }
        }
        // Next combination, like counting in base `options`.
        let mut i = 0;
        loop {
            if i == n {
                return best;
            }
            levels[i] += 1;
            if levels[i] < options {
                break;
            }
            levels[i] = 0;
            i += 1;
        }
    }
}

#[test]
fn fit_matches_brute_force() {
    let m = modules();
    for (audience, budget) in [
        (Audience::Frontline, 3.0),
        (Audience::Supervisor, 7.5),
        (Audience::Manager, 12.0),
        (Audience::Frontline, 19.25),
    ] {
        let fit = fit_to_budget(&m, audience, budget);
        let depth: usize = fit
            .plan
            .items
            .iter()
            .map(|i| Depth::ALL.iter().position(|d| *d == i.depth).unwrap_or(0) + 1)
            .sum();
        assert_eq!(
            (relevance(&m, &fit.plan), depth),
            brute_force(&m, audience, budget),
            "{audience:?} {budget}"
        );
    }
}
