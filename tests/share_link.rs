//! Share links round-trip: parameters → link → parameters, and scenario → link → scenario, are
//! the identity; a bad parameter is named and the rest applies; no input string can make the
//! decoder panic.
#![cfg(not(target_arch = "wasm32"))]

use model::Lang;
use model::cost::{Input, ParticipantTime};
use model::vocab::{Activity, Audience, DeliveryMode, Depth, Sourcing, TrainerTier, Venue};
use proptest::prelude::*;
use training_planner::link::codec::{LinkModule, LinkParams, ProblemKind, decode, encode};

fn choice<T: Copy + std::fmt::Debug + 'static>(
    all: &'static [T],
) -> impl Strategy<Value = Option<T>> {
    prop::option::of(prop::sample::select(all))
}

fn yes_no() -> impl Strategy<Value = Option<bool>> {
    prop::option::of(any::<bool>())
}

/// A module as a link names it: by number, or with its own depth and activities.
fn link_module() -> impl Strategy<Value = LinkModule> {
    (
        1u32..=10,
        prop::option::of((
            prop::sample::select(Depth::ALL),
            prop::collection::btree_set(prop::sample::select(Activity::ALL), 0..4),
        )),
    )
        .prop_map(|(module, own)| LinkModule {
            module,
            depth: own.as_ref().map(|(d, _)| *d),
            activities: own.map(|(_, a)| a),
        })
}

/// Any parameters a link can carry, every one of them present or not.
fn params() -> impl Strategy<Value = LinkParams> {
    let staff_time = prop::option::of(prop_oneof![
        Just(ParticipantTime::Off),
        Just(ParticipantTime::CityWage),
        (0.0f64..20_000.0).prop_map(|cny| ParticipantTime::DailyWage { cny }),
    ]);
    (
        (
            prop::option::of(-10i64..100_000),
            prop::option::of("[a-z][a-z0-9-]{0,15}"),
            prop::option::of("[a-z][a-z0-9-]{0,15}"),
            choice(Sourcing::ALL),
            choice(DeliveryMode::ALL),
            choice(TrainerTier::ALL),
            choice(Depth::ALL),
            prop::option::of(0.0f64..2000.0),
            prop::option::of(prop::collection::vec(link_module(), 0..10)),
        ),
        (
            prop::option::of(0u32..100),
            prop::option::of(prop::collection::btree_set(
                prop::sample::select(Activity::ALL),
                0..4,
            )),
            yes_no(),
            yes_no(),
            choice(Venue::ALL),
            yes_no(),
            yes_no(),
            yes_no(),
        ),
        (
            staff_time,
            prop::option::of(0.0f64..300.0),
            prop::option::of(0.0f64..300.0),
            choice(&[Lang::Zh, Lang::En]),
            choice(Audience::ALL),
        ),
    )
        .prop_map(
            |(
                (people, city, industry, sourcing, mode, trainer, depth, hours, modules),
                (phases, activities, travel, assistant, venue, catering, customise, away),
                (staff_time, contingency, vat, lang, audience),
            )| {
                // Every input the link names, in the table's order: each is written once.
                let inputs = [
                    people.map(Input::Headcount),
                    city.map(Input::City),
                    industry.map(Input::Industry),
                    sourcing.map(Input::Sourcing),
                    mode.map(Input::Mode),
                    trainer.map(Input::Trainer),
                    phases.map(Input::Phases),
                    activities.map(Input::Activities),
                    travel.map(Input::TrainerTravels),
                    assistant.map(Input::Assistant),
                    venue.map(Input::Venue),
                    catering.map(Input::Catering),
                    customise.map(Input::Customise),
                    away.map(Input::CourseElsewhere),
                    staff_time.map(Input::ParticipantTime),
                    contingency.map(Input::Contingency),
                    vat.map(Input::Vat),
                ]
                .into_iter()
                .flatten()
                .collect();
                LinkParams {
                    inputs,
                    depth,
                    hours,
                    modules,
                    audience,
                    lang,
                }
            },
        )
}

#[test]
fn each_new_parameter_is_written_by_its_name_and_read_back() {
    let p = LinkParams {
        inputs: vec![
            Input::Sourcing(Sourcing::OnlineCourse),
            Input::Venue(Venue::Hotel),
            Input::Catering(false),
            Input::Customise(true),
            Input::CourseElsewhere(true),
        ],
        ..LinkParams::default()
    };
    let link = encode(&p);
    for pair in [
        "route=online-course",
        "venue=hotel",
        "catering=no",
        "customise=yes",
        "away=yes",
    ] {
        assert!(link.split('&').any(|kv| kv == pair), "{pair} in {link}");
    }
    assert_eq!(decode(&link), (p, vec![]));
    for sourcing in Sourcing::ALL {
        let (p, problems) = decode(&format!("route={}", sourcing.id()));
        assert!(problems.is_empty());
        assert_eq!(p.inputs, [Input::Sourcing(*sourcing)]);
    }
    for venue in Venue::ALL {
        assert_eq!(
            decode(&format!("venue={}", venue.id())).0.inputs,
            [Input::Venue(*venue)]
        );
    }
}

#[test]
fn a_markup_is_a_retired_parameter_and_the_rest_of_the_link_still_reads() {
    let (p, problems) = decode("people=12&markup=50&route=public&vat=3");
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(
        (problems[0].param.as_str(), problems[0].kind),
        ("markup", ProblemKind::Retired)
    );
    assert_eq!(
        p.inputs,
        [
            Input::Headcount(12),
            Input::Sourcing(Sourcing::Public),
            Input::Vat(3.0)
        ]
    );
    for lang in [Lang::Zh, Lang::En] {
        assert!(problems[0].message(lang).contains("markup"));
    }
    // Whatever the value: a markup is never read, so a link cannot bring one back.
    for value in ["0", "abc", "", "1%2C000"] {
        let (_, problems) = decode(&format!("markup={value}"));
        assert_eq!(problems[0].kind, ProblemKind::Retired, "{value}");
    }
}

#[test]
fn a_new_parameter_that_cannot_be_read_is_named_and_the_rest_applies() {
    let (p, problems) =
        decode("route=bus&venue=tent&catering=maybe&customise=2&away=yes please&people=8");
    assert_eq!(p.inputs, [Input::Headcount(8)]);
    let named: Vec<_> = problems
        .iter()
        .map(|p| (p.param.as_str(), p.kind))
        .collect();
    assert_eq!(
        named,
        [
            ("route", ProblemKind::UnknownChoice),
            ("venue", ProblemKind::UnknownChoice),
            ("catering", ProblemKind::UnknownChoice),
            ("customise", ProblemKind::UnknownChoice),
            ("away", ProblemKind::UnknownChoice),
        ]
    );
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
    use training_planner::link::open::{LinkIssue, open};

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
            "phases=3&activities=lecture,quiz&travel=yes&assistant=yes&staff-time=420&contingency=15&vat=3",
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
        assert_eq!((s.contingency_pct, s.vat_pct), (15.0, 3.0));

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

    #[test]
    fn the_route_venue_catering_customise_and_away_parameters_apply() {
        use model::vocab::{Sourcing, Venue};
        let c = catalog();
        let d = model::cost::Scenario::default_for(&c);
        // The default is a vendor's course in the company's own room with lunch, not
        // customised, nobody travelling to a course elsewhere.
        assert_eq!((d.sourcing, d.venue), (Sourcing::Vendor, Venue::Own));
        assert!(d.catering && !d.customise && !d.course_elsewhere);

        let o = open(
            "route=internal&venue=hotel&catering=no&customise=yes&away=yes",
            &c,
        );
        assert!(o.issues.is_empty(), "{:?}", o.issues);
        let s = &o.scenario;
        assert_eq!((s.sourcing, s.venue), (Sourcing::Internal, Venue::Hotel));
        assert!(!s.catering && s.customise && s.course_elsewhere);
        // Nothing else moved.
        assert_eq!(
            model::cost::Scenario {
                sourcing: d.sourcing,
                venue: d.venue,
                catering: d.catering,
                customise: d.customise,
                course_elsewhere: d.course_elsewhere,
                ..s.clone()
            },
            d
        );
        for sourcing in Sourcing::ALL {
            let o = open(&format!("route={}", sourcing.id()), &c);
            assert!(o.issues.is_empty(), "{sourcing:?}: {:?}", o.issues);
            assert_eq!(o.scenario.sourcing, *sourcing);
        }
    }

    #[test]
    fn a_markup_in_an_old_link_is_named_as_retired_and_the_rest_applies() {
        use training_planner::link::codec::ProblemKind;
        let c = catalog();
        let o = open("people=12&city=shanghai&markup=50&vat=3", &c);
        assert_eq!(o.issues.len(), 1, "{:?}", o.issues);
        assert!(
            matches!(&o.issues[0], LinkIssue::Unreadable(p) if p.param == "markup" && p.kind == ProblemKind::Retired),
            "{:?}",
            o.issues
        );
        let s = &o.scenario;
        assert_eq!(
            (s.headcount, s.city.as_str(), s.vat_pct),
            (12, "shanghai", 3.0)
        );
        // The markup changes nothing: the same link without it opens the same scenario.
        assert_eq!(open("people=12&city=shanghai&vat=3", &c).scenario, *s);
        let zh = o.issues[0].message(Lang::Zh);
        assert!(zh.contains("markup") && zh.contains("不再使用"), "{zh}");
    }

    #[test]
    fn an_internal_trainer_on_a_bought_route_is_refused_at_the_trainer() {
        use model::cost::{Field, ScenarioError};
        use model::vocab::Sourcing;
        let c = catalog();
        let d = model::cost::Scenario::default_for(&c);
        for sourcing in [Sourcing::Vendor, Sourcing::Public, Sourcing::OnlineCourse] {
            let o = open(
                &format!("route={}&trainer=internal&people=20", sourcing.id()),
                &c,
            );
            assert_eq!(o.issues.len(), 1, "{sourcing:?}: {:?}", o.issues);
            match &o.issues[0] {
                LinkIssue::Refused { param, error } => {
                    assert_eq!(*param, "trainer");
                    assert_eq!(error.field(), Field::Trainer);
                    assert!(matches!(error, ScenarioError::TierNotOffered { .. }));
                }
                other => panic!("{other:?}"),
            }
            // The route and the rest stay; the tier goes back to the default's.
            let s = &o.scenario;
            assert_eq!(
                (s.sourcing, s.trainer, s.headcount),
                (sourcing, d.trainer, 20)
            );
            assert!(model::cost::Costing::new(&c, s).is_ok());
        }
        // The internal route takes the internal trainer.
        let o = open("route=internal&trainer=internal", &c);
        assert!(o.issues.is_empty(), "{:?}", o.issues);
        assert_eq!(o.scenario.trainer, TrainerTier::Internal);
    }

    /// With participants' time off and no reserve, a link prices the cash the course costs:
    /// the total is exactly the sum of the cash lines, and no staff-time or contingency line is
    /// left, on every route.
    #[test]
    fn staff_time_off_and_no_contingency_make_the_total_the_cash_cost() {
        use model::cost::{Category, Costing};
        use model::vocab::Sourcing;
        let c = catalog();
        for sourcing in Sourcing::ALL {
            for extra in ["", "&venue=rented&customise=yes&travel=yes&away=yes"] {
                let query = format!(
                    "route={}&staff-time=off&contingency=0{extra}",
                    sourcing.id()
                );
                let o = open(&query, &c);
                assert!(o.issues.is_empty(), "{query}: {:?}", o.issues);
                let e = Costing::new(&c, &o.scenario)
                    .unwrap()
                    .estimate(&c, &o.scenario)
                    .unwrap();
                let cash_lines: f64 = e
                    .lines
                    .iter()
                    .filter(|l| l.category.is_cash())
                    .map(|l| l.expected)
                    .sum();
                assert!(
                    e.lines.iter().all(|l| l.category.is_cash()),
                    "{query}: {:?}",
                    e.lines.iter().map(|l| l.category).collect::<Vec<_>>()
                );
                assert!(
                    !e.lines.iter().any(|l| matches!(
                        l.category,
                        Category::ParticipantTime | Category::Coordination | Category::Contingency
                    )),
                    "{query}"
                );
                assert!(e.total > 0.0, "{query}");
                assert!(
                    (e.total - cash_lines).abs() <= 1e-9 * e.total,
                    "{query}: total {} vs cash lines {cash_lines}",
                    e.total
                );
                assert!(
                    (e.cash - e.total).abs() <= 1e-9 * e.total,
                    "{query}: cash {} vs total {}",
                    e.cash,
                    e.total
                );
            }
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
    use training_planner::link::open::{open, scenario_query};

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
    use training_planner::link::open::{messages, notices_per_kind, open};

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

/// A link from before routes named the company's own trainer as a tier: it opens on the internal
/// route, its other values kept, with nothing refused.
#[test]
fn an_old_link_with_the_internal_trainer_opens_on_the_internal_route() {
    let catalog = training_planner::catalog::catalog();
    let opened = training_planner::link::open::open(
        "?people=12&trainer=internal&hours=3&depth=basic",
        catalog,
    );
    assert!(opened.issues.is_empty(), "{:?}", opened.issues);
    let s = &opened.scenario;
    assert_eq!(s.sourcing, model::vocab::Sourcing::Internal);
    assert_eq!((s.headcount, s.hours.total()), (12, 3.0));
    // Named with a route, an internal trainer elsewhere is still refused at `trainer`.
    let opened = training_planner::link::open::open("?route=vendor&trainer=internal", catalog);
    assert_eq!(opened.issues.len(), 1, "{:?}", opened.issues);
    assert_eq!(
        opened.scenario.trainer,
        model::vocab::TrainerTier::Professional
    );
}

/// The estimator's share link (shown on the estimator, printed on the budget request): the
/// estimator's route at the app's origin, then the headcount, what differs from the default
/// scenario, in the link's fixed order, and the language. The default option's link names its
/// headcount too, so that it opens an option rather than only a language.
mod estimate_link {
    use model::Lang;
    use model::cost::Scenario;
    use training_planner::catalog::catalog;
    use training_planner::link::open::{estimate_link, open};

    #[test]
    fn the_link_names_the_estimators_route_and_what_differs_from_the_default() {
        let c = catalog();
        let origin = "https://training.example.cn";
        let default = Scenario::default_for(c);
        let link = estimate_link(origin, &default, c, Lang::Zh);
        assert_eq!(
            link,
            format!(
                "https://training.example.cn/?people={}&lang=zh",
                default.headcount
            )
        );
        let query = link.split_once('?').unwrap().1;
        assert_eq!(open(query, c).scenario, default);
        let s = Scenario {
            headcount: 45,
            city: "shanghai".into(),
            ..Scenario::default_for(c)
        };
        let link = estimate_link(origin, &s, c, Lang::En);
        assert_eq!(
            link,
            "https://training.example.cn/?people=45&city=shanghai&lang=en"
        );
        let query = link.split_once('?').unwrap().1;
        assert_eq!(open(query, c).scenario, s);
    }
}

/// Case 6 of the second hostile pass: a plan's link opened as every module deep, lectured only,
/// for the front line (the supervisors' track of 14 h became 16.5 h and dearer). A plan, written
/// as a link and opened, is the same plan, priced with the same option: the same hours and the
/// same cost.
mod plan_round_trip {
    use std::collections::BTreeSet;

    use model::catalog::PlanItem;
    use model::cost::{Costing, Scenario};
    use model::plan::Plan;
    use model::vocab::{Activity, Audience, Depth};
    use model::{Catalog, Lang};
    use proptest::prelude::*;
    use training_planner::catalog::catalog;
    use training_planner::link::open::{open, plan_query};
    use training_planner::persist::work_file::SavedWork;
    use training_planner::store::State;

    use super::scenarios::scenario;

    /// Any plan the planner can make: modules in any order, each at a depth, with lecture and
    /// any of the activities its material supports; an audience; one to three phases.
    fn plan() -> impl Strategy<Value = Plan> {
        let c = catalog();
        let modules: Vec<(u32, Vec<Activity>)> = c
            .modules
            .module
            .iter()
            .map(|m| {
                let extra = m
                    .activities
                    .iter()
                    .map(|a| a.activity)
                    .filter(|a| *a != Activity::Lecture)
                    .collect();
                (m.id, extra)
            })
            .collect();
        (
            Just(modules).prop_shuffle(),
            1usize..=10,
            prop::collection::vec(
                (
                    prop::sample::select(Depth::ALL),
                    prop::collection::vec(any::<bool>(), 3),
                ),
                10,
            ),
            prop::sample::select(Audience::ALL),
            1u32..=3,
        )
            .prop_map(|(modules, n, choices, audience, phases)| {
                let items = modules
                    .into_iter()
                    .take(n)
                    .zip(choices)
                    .map(|((module, extra), (depth, on))| {
                        let mut activities = BTreeSet::from([Activity::Lecture]);
                        activities.extend(
                            extra
                                .into_iter()
                                .zip(on)
                                .filter(|(_, on)| *on)
                                .map(|(a, _)| a),
                        );
                        PlanItem {
                            module,
                            depth,
                            activities,
                        }
                    })
                    .collect();
                Plan {
                    audience,
                    items,
                    phases,
                }
            })
    }

    fn total(c: &Catalog, s: &Scenario) -> Option<f64> {
        Some(Costing::new(c, s).ok()?.estimate(c, s)?.total)
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]

        #[test]
        fn a_plan_opens_from_its_link_with_the_same_hours_and_cost(
            plan in plan(),
            base in scenario(),
            en in any::<bool>(),
        ) {
            let c = catalog();
            let sent = plan.applied_to(&base, &c.modules);
            // A plan the model refuses with this option (too many hours for it) has no cost
            // to keep.
            let Some(cost) = total(c, &sent) else { return Ok(()) };
            let lang = if en { Lang::En } else { Lang::Zh };
            let query = plan_query(&plan, &base, c, lang);
            let opened = open(&query, c);
            prop_assert!(opened.issues.is_empty(), "{query}: {:?}", opened.issues);
            let got = opened.plan.clone().expect("a plan's link opens a plan");
            prop_assert_eq!(&got, &plan, "{}", query);
            prop_assert_eq!(got.teaching_hours(&c.modules), plan.teaching_hours(&c.modules));
            let priced = got.applied_to(&opened.scenario, &c.modules);
            prop_assert_eq!(total(c, &priced), Some(cost), "{}", query);
        }
    }

    /// The supervisors' track, opened in a browser that already has other options: the
    /// planner prices it with the link's option, so it costs there what it cost here.
    #[test]
    fn the_supervisors_track_opens_elsewhere_as_it_was_made() {
        let c = catalog();
        let plan = c.modules.preset_plan("supervisor-track").unwrap();
        let base = Scenario {
            headcount: 12,
            city: "shanghai".into(),
            ..Scenario::default_for(c)
        };
        let query = plan_query(&plan, &base, c, Lang::Zh);
        assert!(query.contains("audience=supervisor"), "{query}");
        let here = total(c, &plan.applied_to(&base, &c.modules)).unwrap();

        let day = model::calendar::Day::from_ymd(2026, 12, 6).unwrap();
        let mut elsewhere = State::open(SavedWork::empty(), day).unwrap();
        let place = elsewhere.open_link(open(&query, c), false);
        assert_eq!(place, Some(training_planner::store::LinkPlace::Plan));
        assert_eq!(elsewhere.planner.plan, plan);
        assert_eq!(
            elsewhere.planner.plan.teaching_hours(&c.modules).total(),
            plan.teaching_hours(&c.modules).total()
        );
        let priced = elsewhere
            .planner
            .plan
            .applied_to(&elsewhere.plan_base().point.scenario, &c.modules);
        assert_eq!(total(c, &priced), Some(here));
        assert_eq!(elsewhere.plan_base().point.scenario.headcount, 12);
    }
}
