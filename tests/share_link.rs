//! Share links round-trip: parameters → link → parameters, and scenario → link → scenario, are
//! the identity; a bad parameter is named and the rest applies; no input string can make the
//! decoder panic.
#![cfg(not(target_arch = "wasm32"))]

use model::Lang;
use model::vocab::{DeliveryMode, Depth, TrainerTier};
use proptest::prelude::*;
use training_planner::share::link::{LinkParams, decode, encode};

fn choice<T: Copy + std::fmt::Debug + 'static>(
    all: &'static [T],
) -> impl Strategy<Value = Option<T>> {
    prop::option::of(prop::sample::select(all))
}

fn params() -> impl Strategy<Value = LinkParams> {
    (
        prop::option::of(-10i64..100_000),
        prop::option::of("[a-z][a-z0-9-]{0,15}"),
        prop::option::of("[a-z][a-z0-9-]{0,15}"),
        choice(DeliveryMode::ALL),
        choice(TrainerTier::ALL),
        choice(Depth::ALL),
        prop::option::of(0.0f64..2000.0),
        prop::option::of(prop::collection::btree_set(1u32..=10, 0..10)),
        choice(&[Lang::Zh, Lang::En]),
    )
        .prop_map(
            |(people, city, industry, mode, trainer, depth, hours, modules, lang)| LinkParams {
                people,
                city,
                industry,
                mode,
                trainer,
                depth,
                hours,
                modules,
                lang,
                ..LinkParams::default()
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4000))]

    #[test]
    fn a_link_reads_back_as_what_was_written(p in params()) {
        let link = encode(&p);
        let (back, problems) = decode(&link);
        prop_assert!(problems.is_empty(), "{link}: {problems:?}");
        prop_assert_eq!(back, p);
    }

    #[test]
    fn any_query_string_decodes_without_panicking(query in ".{0,200}") {
        let (_, problems) = decode(&query);
        for problem in problems {
            prop_assert!(!problem.message(Lang::Zh).is_empty());
        }
    }

    #[test]
    fn plausible_but_broken_links_never_panic(query in "([a-z]{1,8}=[-0-9a-z,.%]{0,12}&?){0,10}") {
        let _ = decode(&query);
    }
}

mod opening {
    use model::vocab::{DeliveryMode, Depth, TrainerTier};
    use model::{Catalog, Lang};
    use training_planner::share::open::{LinkIssue, open};

    fn catalog() -> Catalog {
        training_planner::catalog::catalog().clone()
    }

    #[test]
    fn a_full_link_sets_the_scenario() {
        let c = catalog();
        let o = open(
            "?people=45&city=shanghai&industry=finance&mode=online&trainer=expert&depth=deep&hours=12&lang=en",
            &c,
        );
        assert!(o.issues.is_empty(), "{:?}", o.issues);
        let s = o.scenario;
        assert_eq!(
            (s.headcount, s.city.as_str(), s.industry.as_str()),
            (45, "shanghai", "finance")
        );
        assert_eq!(
            (s.mode, s.trainer),
            (DeliveryMode::LiveOnline, TrainerTier::Expert)
        );
        assert_eq!((s.hours.deep, s.hours.total()), (12.0, 12.0));
        assert_eq!(o.lang, Some(Lang::En));
    }

    #[test]
    fn an_out_of_range_value_is_named_and_the_rest_still_applies() {
        let c = catalog();
        let o = open("people=-5&city=atlantis&hours=9999&mode=online", &c);
        let named: Vec<&str> = o
            .issues
            .iter()
            .filter_map(|i| match i {
                LinkIssue::Refused { param, .. } => Some(*param),
                _ => None,
            })
            .collect();
        assert!(
            named.contains(&"people") && named.contains(&"city") && named.contains(&"hours"),
            "{named:?}"
        );
        assert_eq!(o.scenario.mode, DeliveryMode::LiveOnline);
        for issue in &o.issues {
            let zh = issue.message(Lang::Zh);
            assert!(
                zh.contains("people") || zh.contains("city") || zh.contains("hours"),
                "{zh}"
            );
        }
        // What remains can be priced.
        assert!(model::cost::Costing::new(&c, &o.scenario).is_ok());
    }

    #[test]
    fn unknown_and_unreadable_parameters_are_reported() {
        let c = catalog();
        let o = open("colour=blue&people=lots&modules=1,99", &c);
        assert_eq!(o.issues.len(), 3, "{:?}", o.issues);
        assert!(
            o.issues
                .iter()
                .any(|i| matches!(i, LinkIssue::UnknownModules(m) if m == &vec![99]))
        );
        assert!(
            o.issues
                .iter()
                .any(|i| i.message(Lang::En).contains("colour"))
        );
    }

    #[test]
    fn modules_without_hours_set_the_hours_from_the_curriculum() {
        let c = catalog();
        let o = open("modules=1-3&depth=basic", &c);
        let expected: f64 = (1..=3)
            .map(|m| c.modules.get(m).unwrap().hours.get(Depth::Basic))
            .sum();
        assert_eq!(o.scenario.hours.basic, expected);
    }

    #[test]
    fn a_link_with_modules_opens_them_as_a_plan() {
        let c = catalog();
        let o = open("modules=2,5,99&depth=deep", &c);
        let plan = o.plan.expect("a plan from the modules");
        let listed: Vec<(u32, Depth)> = plan.items.iter().map(|i| (i.module, i.depth)).collect();
        assert_eq!(
            listed,
            vec![(2, Depth::Deep), (5, Depth::Deep)],
            "module 99 does not exist"
        );
        assert!(o.issues.iter().any(|i| i.message(Lang::En).contains("99")));
        assert_eq!(open("people=40", &c).plan, None, "no modules, no plan");
    }

    #[test]
    fn every_new_parameter_applies_and_a_bad_one_is_named() {
        use model::cost::ParticipantTime;
        use model::vocab::Activity;
        let c = catalog();
        let o = open(
            "phases=3&activities=lecture,quiz&travel=yes&assistant=yes&staff-time=420&contingency=15&markup=40&vat=3",
            &c,
        );
        assert!(o.issues.is_empty(), "{:?}", o.issues);
        let s = &o.scenario;
        assert_eq!(s.phases, 3);
        assert_eq!(
            s.activities,
            [Activity::Lecture, Activity::Quiz].into_iter().collect()
        );
        assert!(s.trainer_travels && s.assistant_trainer);
        assert_eq!(
            s.participant_time,
            ParticipantTime::DailyWage { cny: 420.0 }
        );
        assert_eq!(
            (s.contingency_pct, s.markup_pct, s.vat_pct),
            (15.0, 40.0, 3.0)
        );

        let d = model::cost::Scenario::default_for(&c);
        let o = open(
            "phases=99&activities=dancing&travel=maybe&vat=900&people=12",
            &c,
        );
        assert_eq!(o.scenario.headcount, 12, "the good parameter still applies");
        assert_eq!(o.scenario.phases, d.phases);
        assert_eq!(o.scenario.activities, d.activities);
        assert_eq!(o.scenario.vat_pct, d.vat_pct);
        let messages: Vec<String> = o.issues.iter().map(|i| i.message(Lang::En)).collect();
        for param in ["phases", "activities", "travel", "vat"] {
            assert!(
                messages.iter().any(|m| m.contains(param)),
                "{param} is named: {messages:?}"
            );
        }
    }
}

#[path = "support/scenarios.rs"]
mod scenarios;

/// Any scenario the estimator can make (hours at one depth), written as a link and opened again,
/// is the same scenario, with nothing reported.
mod scenario_round_trip {
    use model::Lang;
    use proptest::prelude::*;
    use training_planner::share::open::{open, scenario_query};

    use super::scenarios::scenario;
    use training_planner::catalog::catalog;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        #[test]
        fn a_scenario_opens_from_its_own_link_unchanged(s in scenario(), en in any::<bool>()) {
            let lang = if en { Lang::En } else { Lang::Zh };
            let query = scenario_query(&s, catalog(), lang);
            let opened = open(&query, catalog());
            prop_assert!(opened.issues.is_empty(), "{query}: {:?}", opened.issues);
            prop_assert_eq!(opened.lang, Some(lang));
            prop_assert_eq!(opened.scenario, s, "{}", query);
        }
    }
}
