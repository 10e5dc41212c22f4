//! The options earlier versions kept in local storage without JSON (`share::stored_options`):
//! text they stored keeps opening, damaged text is refused and never panics, and options saved
//! inside the JSON work by earlier versions are moved to their own key.
#![cfg(not(target_arch = "wasm32"))]

#[path = "support/scenarios.rs"]
mod scenarios;

use model::Lang;
use model::cost::{Field, ParticipantTime, Scenario, ScenarioError};
use model::vocab::{Activity, DeliveryMode, DepthHours, TrainerTier};
use proptest::prelude::*;
use scenarios::scenario_with_split_hours;
use training_planner::catalog::catalog;
use training_planner::share::stored_options::{StoredOptionsError, decode, encode};

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn any_text_is_read_or_refused_without_panicking(text in "(v1:)?[0-9a-f]{0,300}") {
        let _ = decode(&text, catalog());
    }

    #[test]
    fn a_cut_text_is_refused(options in prop::collection::vec(scenario_with_split_hours(), 1..=3), keep in 0.0f64..1.0) {
        let text = encode(&options);
        // Whole bytes (two hex digits) cut off the end.
        let cut = 3 + 2 * (((text.len() - 3) / 2) as f64 * keep) as usize;
        prop_assert_eq!(decode(&text[..cut], catalog()), Err(StoredOptionsError::Unreadable));
    }
}

#[test]
fn text_that_is_not_ours_is_refused() {
    let good = encode(&[Scenario::default_for(catalog())]);
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
    let good = Scenario::default_for(catalog());
    let bad = Scenario {
        headcount: 0,
        ..good.clone()
    };
    let refused = decode(&encode(&[good, bad]), catalog()).unwrap_err();
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

/// Written by version 1 on 2026-11-23, before the choices and participants' time had derived
/// serde forms: if this stops opening, the private copies of the old shapes in
/// `share::stored_options` no longer match it.
#[test]
fn options_stored_by_version_1_still_open() {
    let text = include_str!("fixtures/options-v1.txt");
    let default = Scenario::default_for(catalog());
    let second = Scenario {
        headcount: 45,
        city: "shanghai".into(),
        industry: default.industry.clone(),
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
        participant_time: ParticipantTime::DailyWage { cny: 312.5 },
        contingency_pct: 7.5,
        markup_pct: 18.0,
        vat_pct: 6.0,
    };
    assert_eq!(decode(text, catalog()), Ok(vec![default, second]));
}
