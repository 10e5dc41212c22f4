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

/// Issue 16, case 9: what a link echoes is cut short, and many problems of one kind are one
/// notice with their count.
mod notices {
    use model::Lang;
    use training_planner::share::open::{messages, notices_per_kind, open};

    fn catalog() -> &'static model::Catalog {
        training_planner::catalog::catalog()
    }

    #[test]
    fn a_huge_number_or_value_is_echoed_only_in_part() {
        let digits = "9".repeat(309);
        let long = "x".repeat(100_000);
        let o = open(&format!("hours={digits}&people={long}&{long}=1"), catalog());
        assert_eq!(o.issues.len(), 3, "{:?}", o.issues);
        for lang in [Lang::Zh, Lang::En] {
            for m in messages(&o.issues, lang) {
                assert!(m.chars().count() < 160, "{} chars: {m}", m.chars().count());
                assert!(m.contains("…"), "{m}");
            }
        }
        let hours = o.issues[0].message(Lang::Zh);
        assert!(hours.contains(&format!("{}…", "9".repeat(16))), "{hours}");
    }

    #[test]
    fn chinese_values_are_cut_by_characters() {
        let city = "贵".repeat(40);
        let o = open(&format!("mode={city}"), catalog());
        let m = o.issues[0].message(Lang::Zh);
        assert!(m.contains(&format!("{}…", "贵".repeat(16))), "{m}");
        assert!(!m.contains(&"贵".repeat(17)), "{m}");
    }

    #[test]
    fn thousands_of_unknown_parameters_are_one_notice_with_their_count() {
        let query: Vec<String> = (0..8000).map(|i| format!("p{i}=1")).collect();
        let o = open(&format!("{}&people=lots", query.join("&")), catalog());
        assert_eq!(o.issues.len(), 8001);
        let zh = messages(&o.issues, Lang::Zh);
        assert_eq!(zh.len(), 2, "{zh:?}");
        assert_eq!(
            zh[0],
            "链接中有 8000 个无法识别的参数（如 p0、p1、p2…），已忽略。"
        );
        assert!(
            zh[1].contains("people"),
            "the other problem is still told: {zh:?}"
        );
        let en = messages(&o.issues, Lang::En);
        assert_eq!(
            en[0],
            "8000 link parameters this app does not know (p0, p1, p2…) were ignored."
        );
    }

    #[test]
    fn a_few_unknown_parameters_are_each_named() {
        let o = open("a=1&b=2&c=3", catalog());
        let m = messages(&o.issues, Lang::Zh);
        assert_eq!(m.len(), notices_per_kind());
        assert!(m[0].contains("“a”") && m[2].contains("“c”"), "{m:?}");
    }

    #[test]
    fn many_repeats_of_one_parameter_are_one_notice() {
        let query: Vec<&str> = std::iter::repeat_n("people=3", 500).collect();
        let o = open(&query.join("&"), catalog());
        let m = messages(&o.issues, Lang::Zh);
        assert_eq!(
            m,
            ["链接中有 499 处重复的参数（如 people…），各参数只使用了第一次的值。"]
        );
        let m = messages(&o.issues, Lang::En);
        assert_eq!(m.len(), 1);
        assert!(
            m[0].starts_with("499 link parameters are repeats (people…)"),
            "{m:?}"
        );
    }
}
