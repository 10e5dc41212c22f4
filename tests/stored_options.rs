//! The options earlier versions kept in local storage without JSON (`persist::stored_options`):
//! text they stored keeps opening (migrated to a route, as every save from before routes is),
//! damaged text is refused and never panics.
//!
//! This version only reads the form, so the tests write it themselves, with a copy of the
//! shape version 1 wrote ([`OldScenario`]); the copy is checked against the recorded text in
//! `fixtures/options-v1.txt`, byte for byte.
#![cfg(not(target_arch = "wasm32"))]

#[path = "support/scenarios.rs"]
mod scenarios;

use model::Lang;
use model::cost::{Field, ParticipantTime, Scenario, ScenarioError};
use model::vocab::{Activity, DeliveryMode, DepthHours, Sourcing, TrainerTier, Venue};
use proptest::prelude::*;
use scenarios::scenario_with_split_hours;
use serde::Serialize;
use training_planner::catalog::catalog;
use training_planner::persist::stored_options::{StoredOptionsError, decode};

/// A scenario as version 1 stored it, field for field in its order (postcard has no names).
#[derive(Debug, Clone, Serialize)]
struct OldScenario {
    headcount: i64,
    city: String,
    industry: String,
    mode: String,
    trainer: String,
    trainer_travels: bool,
    hours: DepthHours,
    phases: u32,
    activities: Vec<String>,
    assistant_trainer: bool,
    participant_time: OldParticipantTime,
    contingency_pct: f64,
    markup_pct: f64,
    vat_pct: f64,
}

#[derive(Debug, Clone, Serialize)]
struct OldParticipantTime {
    kind: String,
    cny: Option<f64>,
}

/// What version 1 wrote for these options: `v1:` and the hex of their postcard encoding.
fn encode_v1(options: &[OldScenario]) -> String {
    format!(
        "v1:{}",
        hex::encode(postcard::to_allocvec(options).unwrap())
    )
}

/// The fields a version 1 option had, from a scenario of today (route, venue and the rest
/// dropped), with a markup as version 1 kept one.
fn as_v1(s: &Scenario, markup_pct: f64) -> OldScenario {
    let (kind, cny) = match s.participant_time {
        ParticipantTime::Off => ("off", None),
        ParticipantTime::CityWage => ("city-wage", None),
        ParticipantTime::DailyWage { cny } => ("daily-wage", Some(cny)),
    };
    OldScenario {
        headcount: s.headcount,
        city: s.city.clone(),
        industry: s.industry.clone(),
        mode: s.mode.id().into(),
        trainer: s.trainer.id().into(),
        trainer_travels: s.trainer_travels,
        hours: s.hours,
        phases: s.phases,
        activities: s.activities.iter().map(|a| a.id().into()).collect(),
        assistant_trainer: s.assistant_trainer,
        participant_time: OldParticipantTime {
            kind: kind.into(),
            cny,
        },
        contingency_pct: s.contingency_pct,
        markup_pct,
        vat_pct: s.vat_pct,
    }
}

/// The two options recorded in `fixtures/options-v1.txt`, as version 1 held them (read off the
/// recording's bytes).
fn recorded_options() -> [OldScenario; 2] {
    let first = OldScenario {
        headcount: 30,
        city: "guiyang".into(),
        industry: "public-service".into(),
        mode: "offline".into(),
        trainer: "professional".into(),
        trainer_travels: false,
        hours: DepthHours {
            basic: 0.0,
            standard: 6.0,
            deep: 0.0,
        },
        phases: 1,
        activities: vec!["lecture".into(), "case-study".into(), "role-play".into()],
        assistant_trainer: false,
        participant_time: OldParticipantTime {
            kind: "city-wage".into(),
            cny: None,
        },
        contingency_pct: 10.0,
        markup_pct: 50.0,
        vat_pct: 6.0,
    };
    let second = OldScenario {
        headcount: 45,
        city: "shanghai".into(),
        industry: "public-service".into(),
        mode: "blended".into(),
        trainer: "expert".into(),
        trainer_travels: true,
        hours: DepthHours {
            basic: 1.5,
            standard: 3.0,
            deep: 2.25,
        },
        phases: 2,
        activities: vec!["role-play".into(), "quiz".into()],
        assistant_trainer: true,
        participant_time: OldParticipantTime {
            kind: "daily-wage".into(),
            cny: Some(312.5),
        },
        contingency_pct: 7.5,
        markup_pct: 18.0,
        vat_pct: 6.0,
    };
    [first, second]
}

const RECORDED: &str = include_str!("fixtures/options-v1.txt");

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn any_text_is_read_or_refused_without_panicking(text in "(v1:)?[0-9a-f]{0,300}") {
        let _ = decode(&text, catalog());
    }

    #[test]
    fn a_cut_text_is_refused(
        options in prop::collection::vec(scenario_with_split_hours(), 1..=3),
        markup in 0.0f64..200.0,
        keep in 0.0f64..1.0,
    ) {
        let old: Vec<OldScenario> = options.iter().map(|s| as_v1(s, markup)).collect();
        let text = encode_v1(&old);
        // Whole bytes (two hex digits) cut off the end.
        let cut = 3 + 2 * (((text.len() - 3) / 2) as f64 * keep) as usize;
        prop_assert_eq!(decode(&text[..cut], catalog()), Err(StoredOptionsError::Unreadable));
    }

    /// Whatever version 1 stored, it opens as the route it was priced as (an internal trainer's
    /// own route, else a vendor's in-house course) in a rented room with lunch, every typed
    /// value kept and the markup dropped.
    #[test]
    fn any_version_1_option_migrates_with_its_typed_values(
        s in scenario_with_split_hours(),
        markup in 0.0f64..200.0,
    ) {
        let text = encode_v1(&[as_v1(&s, markup)]);
        // Every value is one the model accepts, and the route chosen always accepts the tier.
        let opened = decode(&text, catalog())
            .map_err(|e| TestCaseError::fail(format!("{text}: {e:?}")))?
            .remove(0);
        let sourcing = if s.trainer == TrainerTier::Internal { Sourcing::Internal } else { Sourcing::Vendor };
        prop_assert_eq!(
            opened,
            Scenario {
                sourcing,
                venue: Venue::Rented,
                catering: true,
                customise: false,
                course_elsewhere: false,
                ..s
            }
        );
    }
}

#[test]
fn the_copy_of_the_version_1_form_writes_the_recorded_text_byte_for_byte() {
    assert_eq!(encode_v1(&recorded_options()), RECORDED.trim());
}

#[test]
fn text_that_is_not_ours_is_refused() {
    let good = encode_v1(&[recorded_options()[0].clone()]);
    assert!(decode(&good, catalog()).is_ok());
    for bad in [
        String::new(),
        "{\"format\":\"training-planner\"}".to_string(),
        good.replacen("v1:", "v2:", 1),
        good.replacen("v1:", "", 1),
        format!("{good}0"),
        good.replace('0', "g"),
    ] {
        assert_eq!(
            decode(&bad, catalog()),
            Err(StoredOptionsError::Unreadable),
            "{bad}"
        );
    }
}

#[test]
fn an_option_the_model_refuses_is_named_in_both_languages() {
    let good = recorded_options()[0].clone();
    let bad = OldScenario {
        headcount: 0,
        ..good.clone()
    };
    let refused = decode(&encode_v1(&[good, bad]), catalog()).unwrap_err();
    let StoredOptionsError::Refused { n, error } = &refused else {
        panic!("{refused:?}");
    };
    assert_eq!(*n, 2);
    assert_eq!(error.field(), Field::Headcount);
    assert!(refused.message(Lang::Zh).starts_with("第 2 个方案："));
    assert!(refused.message(Lang::En).starts_with("option 2: "));
    assert_ne!(
        StoredOptionsError::Unreadable.message(Lang::Zh),
        StoredOptionsError::Unreadable.message(Lang::En)
    );
    let _: &ScenarioError = error;
}

/// Written by version 1 on 2026-11-23, before routes: both options were priced as a vendor's
/// in-house course in a rented room with lunch, and open as that, their typed values kept and
/// their markups (50 % and 18 %) dropped.
#[test]
fn options_stored_by_version_1_still_open_as_a_vendors_course_in_a_rented_room() {
    let first = Scenario {
        headcount: 30,
        city: "guiyang".into(),
        industry: "public-service".into(),
        sourcing: Sourcing::Vendor,
        mode: DeliveryMode::Offline,
        trainer: TrainerTier::Professional,
        trainer_travels: false,
        hours: DepthHours {
            basic: 0.0,
            standard: 6.0,
            deep: 0.0,
        },
        phases: 1,
        activities: [Activity::Lecture, Activity::CaseStudy, Activity::RolePlay]
            .into_iter()
            .collect(),
        assistant_trainer: false,
        venue: Venue::Rented,
        catering: true,
        customise: false,
        course_elsewhere: false,
        participant_time: ParticipantTime::CityWage,
        contingency_pct: 10.0,
        vat_pct: 6.0,
    };
    let second = Scenario {
        headcount: 45,
        city: "shanghai".into(),
        industry: "public-service".into(),
        sourcing: Sourcing::Vendor,
        mode: DeliveryMode::Blended,
        trainer: TrainerTier::Expert,
        trainer_travels: true,
        hours: DepthHours {
            basic: 1.5,
            standard: 3.0,
            deep: 2.25,
        },
        phases: 2,
        activities: [Activity::RolePlay, Activity::Quiz].into_iter().collect(),
        assistant_trainer: true,
        venue: Venue::Rented,
        catering: true,
        customise: false,
        course_elsewhere: false,
        participant_time: ParticipantTime::DailyWage { cny: 312.5 },
        contingency_pct: 7.5,
        vat_pct: 6.0,
    };
    assert_eq!(decode(RECORDED, catalog()), Ok(vec![first, second]));
}

/// An option version 1 stored with the company's own trainer opens on the internal route (not
/// refused as an internal trainer on a vendor's route).
#[test]
fn a_version_1_option_with_an_internal_trainer_opens_on_the_internal_route() {
    let [first, _] = recorded_options();
    let internal = OldScenario {
        trainer: "internal".into(),
        ..first
    };
    let opened = decode(&encode_v1(&[internal]), catalog()).unwrap();
    assert_eq!(opened.len(), 1);
    let s = &opened[0];
    assert_eq!(s.sourcing, Sourcing::Internal);
    assert_eq!(s.trainer, TrainerTier::Internal);
    assert_eq!(s.venue, Venue::Rented);
    assert!(s.catering && !s.customise);
    assert_eq!(
        (s.headcount, s.city.as_str(), s.hours.standard, s.vat_pct),
        (30, "guiyang", 6.0, 6.0)
    );
}
