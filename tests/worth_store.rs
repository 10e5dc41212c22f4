//! Is it worth it, as the store keeps it: each option's figures typed in its panel, refused at
//! their field when wrong, copied with the option, saved with it and read back.
#![cfg(not(target_arch = "wasm32"))]

use model::calendar::Day;
use model::typed::NumberError;
use model::worth::{WorthField, WorthInputs};
use training_planner::catalog::catalog;
use training_planner::persist::work_file::{SavedWork, import};
use training_planner::store::estimator::EstimateAction;
use training_planner::store::field_problem::FieldProblem;
use training_planner::store::worth::WorthAction;
use training_planner::store::{Action, State};

fn day() -> Day {
    Day::from_ymd(2026, 12, 7).unwrap()
}

fn set(state: &mut State, field: WorthField, value: Option<f64>) {
    let id = state.estimator.current().id.clone();
    state.reduce(Action::Worth(WorthAction::Set(id, field, value)));
}

fn shown(state: &State) -> WorthInputs {
    state.worth.inputs(&state.estimator.current().id)
}

#[test]
fn figures_are_kept_per_option_and_a_wrong_one_is_named_at_its_field() {
    let mut state = State::open(SavedWork::empty(), day()).unwrap();
    set(&mut state, WorthField::Complaints, Some(80.0));
    set(&mut state, WorthField::Attribution, Some(50.0));
    assert_eq!(shown(&state).complaints_per_month, Some(80.0));

    // A negative count and a share over 100 % are refused; the last good figure stays.
    set(&mut state, WorthField::Complaints, Some(-3.0));
    set(&mut state, WorthField::Attribution, Some(150.0));
    let id = state.estimator.current().id.clone();
    assert_eq!(
        state.worth.problem(&id, WorthField::Complaints),
        Some(&FieldProblem::Negative)
    );
    assert_eq!(
        state.worth.problem(&id, WorthField::Attribution),
        Some(&FieldProblem::OverHundred)
    );
    assert_eq!(shown(&state).complaints_per_month, Some(80.0));
    assert_eq!(shown(&state).attribution_pct, Some(50.0));

    // Text that is not a number is marked too, and mended by a good figure.
    state.reduce(Action::Worth(WorthAction::Unreadable(
        id.clone(),
        WorthField::Complaints,
        NumberError::NotANumber,
    )));
    assert!(matches!(
        state.worth.problem(&id, WorthField::Complaints),
        Some(FieldProblem::Unreadable(_))
    ));
    set(&mut state, WorthField::Complaints, Some(90.0));
    assert_eq!(state.worth.problem(&id, WorthField::Complaints), None);

    // A new option starts as a copy of the one shown, figures included; then each is its own.
    state.reduce(Action::Estimate(EstimateAction::AddOption));
    assert_ne!(state.estimator.current().id, id);
    assert_eq!(shown(&state).complaints_per_month, Some(90.0));
    set(&mut state, WorthField::Complaints, Some(200.0));
    assert_eq!(state.worth.inputs(&id).complaints_per_month, Some(90.0));
}

#[test]
fn the_figures_travel_with_the_option_in_the_work_and_an_older_save_opens_without_them() {
    let mut state = State::open(SavedWork::empty(), day()).unwrap();
    // Nothing typed: the option is written as version 6 wrote it.
    assert!(!state.work().to_json().contains("\"worth\""));
    set(&mut state, WorthField::Complaints, Some(120.0));
    set(&mut state, WorthField::ChangeHigh, Some(20.0));
    let text = state.work().to_json();
    let read = import(&text, catalog()).expect("the work reads back");
    assert_eq!(read.options[0].worth.complaints_per_month, Some(120.0));
    let reopened = State::open(read, day()).unwrap();
    assert_eq!(shown(&reopened), shown(&state));
    assert_eq!(shown(&reopened).change.map(|c| c.high), Some(20.0));

    // A version 6 file (no figures) opens with none typed.
    let v6 = State::open(SavedWork::empty(), day())
        .unwrap()
        .work()
        .to_json()
        .replace("\"version\":7", "\"version\":6");
    let older = State::open(import(&v6, catalog()).unwrap(), day()).unwrap();
    assert!(shown(&older).is_empty());
}

#[test]
fn emptying_every_box_leaves_nothing_saved() {
    let mut state = State::open(SavedWork::empty(), day()).unwrap();
    set(&mut state, WorthField::Complaints, Some(10.0));
    set(&mut state, WorthField::Complaints, None);
    assert!(shown(&state).is_empty());
    assert!(!state.work().to_json().contains("\"worth\""));
}
