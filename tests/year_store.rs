//! The year's programme in the store and in what is saved: what each action does, a bad figure
//! kept out and named at its field, the proposal taken and undone change by change, the year in
//! a work file, a save from before the year, and two windows editing the year at once.
#![cfg(not(target_arch = "wasm32"))]

#[path = "support/windows.rs"]
mod windows;

use model::Lang;
use model::cost::{Input, Scenario};
use model::typed::NumberError;
use model::year::{Priority, YearCost};
use training_planner::catalog::catalog;
use training_planner::persist::work_file::{SavedWork, import};
use training_planner::store::field_problem::FieldProblem;
use training_planner::store::year::{CapEdit, CourseEdit, YearAction, YearField, YearState};
use training_planner::store::{Action, State};
use windows::{Storage, Window};

fn day() -> model::calendar::Day {
    model::calendar::Day::parse("2026-12-06").unwrap()
}

fn year_of(n: usize) -> YearState {
    let mut year = YearState::new(Default::default());
    for _ in 0..n {
        year.reduce(YearAction::AddDefault(Lang::Zh));
    }
    year
}

#[test]
fn a_bad_headcount_is_named_at_its_field_and_the_course_keeps_its_figures() {
    let mut year = year_of(1);
    let before = year.programme.clone();
    let cost = year.cost.year.cost;
    year.reduce(YearAction::Edit(0, CourseEdit::Set(Input::Headcount(-5))));
    assert!(matches!(
        year.problem(YearField::Headcount(0)),
        Some(FieldProblem::Refused(_))
    ));
    assert_eq!(year.programme, before);
    assert_eq!(year.cost.year.cost, cost);
    year.reduce(YearAction::Unreadable(
        YearField::Cap,
        NumberError::NotANumber,
    ));
    year.reduce(YearAction::Caps(CapEdit::Cap(Some(-1.0))));
    assert_eq!(
        year.problem(YearField::Cap),
        Some(&FieldProblem::NotPositive)
    );
    assert_eq!(year.programme.caps.cap, None);
    // Text that is not a number, then the figure the course already has: the field reads again.
    year.reduce(YearAction::Unreadable(
        YearField::Headcount(0),
        NumberError::NotANumber,
    ));
    year.reduce(YearAction::Edit(0, CourseEdit::Set(Input::Headcount(30))));
    assert!(year.problem(YearField::Headcount(0)).is_none());
    // A good figure clears the problem and prices the course anew.
    year.reduce(YearAction::Edit(0, CourseEdit::Set(Input::Headcount(12))));
    assert!(year.problem(YearField::Headcount(0)).is_none());
    assert_eq!(year.programme.courses[0].scenario.headcount, 12);
    let twelve = Scenario {
        headcount: 12,
        ..Scenario::default_for(catalog())
    };
    let alone = YearCost::compute(catalog(), &{
        let mut p = year.programme.clone();
        p.courses[0].scenario = twelve;
        p
    });
    assert_eq!(year.cost.year.cost, alone.year.cost);
}

#[test]
fn a_wage_bill_below_what_the_staff_are_paid_is_refused() {
    let mut year = year_of(1);
    year.reduce(YearAction::Caps(CapEdit::Staff(Some(100.0))));
    // 100 staff cannot be paid less than 100 × 18,000 a year (data/budget.toml).
    year.reduce(YearAction::Caps(CapEdit::WageBill(Some(1_000_000.0))));
    assert!(matches!(
        year.problem(YearField::WageBill),
        Some(FieldProblem::WageBill(_))
    ));
    assert_eq!(year.programme.caps.wage_bill, None);
    year.reduce(YearAction::Caps(CapEdit::WageBill(Some(9_000_000.0))));
    assert_eq!(year.programme.caps.wage_bill, Some(9_000_000.0));
    assert!(year.problem(YearField::WageBill).is_none());
}

#[test]
fn the_proposal_is_taken_and_undone_change_by_change() {
    let mut year = year_of(3);
    year.reduce(YearAction::Edit(0, CourseEdit::Priority(Priority::Must)));
    let one = year.cost.courses[0].as_ref().unwrap().expected;
    year.reduce(YearAction::Caps(CapEdit::Cap(Some(one * 2.0))));
    year.reduce(YearAction::Propose);
    let proposal = year.proposal.clone().unwrap();
    assert!(proposal.fits && !proposal.changes.is_empty());
    assert!(
        proposal.changes.iter().all(|c| c.course != 0),
        "a must-have is never changed"
    );
    let before = year.programme.clone();
    year.reduce(YearAction::AcceptAll);
    assert!(year.cost.year.cost <= one * 2.0 + 0.005);
    assert!((year.cost.year.cost - proposal.after).abs() < 1e-6);
    let changed = proposal.changes[0].course;
    year.reduce(YearAction::Undo(changed));
    assert_eq!(year.programme.find(changed), before.find(changed));
    assert!(year.cost.year.cost > one * 2.0);
    // Editing the year by hand makes the proposal another year's: it goes.
    year.reduce(YearAction::Edit(1, CourseEdit::Name("改名".into())));
    assert!(year.proposal.is_none() && year.taken.is_empty());
}

#[test]
fn the_year_is_kept_in_a_work_file_and_an_earlier_save_opens_with_an_empty_year() {
    let mut state = State::open(SavedWork::empty(), day()).unwrap();
    state.reduce(Action::Year(YearAction::AddDefault(Lang::Zh)));
    state.reduce(Action::Year(YearAction::Edit(
        0,
        CourseEdit::Department("网点服务部".into()),
    )));
    let saved = state.saved();
    assert_eq!(saved.year.courses.len(), 1);
    let read = import(&saved.to_json(), catalog()).unwrap();
    assert_eq!(read.year, saved.year);
    let reopened = State::open(read, day()).unwrap();
    assert_eq!(reopened.year.programme, state.year.programme);

    // A version 4 save, as the previous release wrote it: no year.
    let mut v4: serde_json::Value = serde_json::from_str(&SavedWork::empty().to_json()).unwrap();
    v4["version"] = 4.into();
    v4.as_object_mut().unwrap().remove("year");
    let mut with_option = v4.clone();
    with_option["options"] = serde_json::json!([{
        "id": "1", "name": "方案A",
        "scenario": serde_json::to_value(Scenario::default_for(catalog())).unwrap()
    }]);
    let read = import(&with_option.to_string(), catalog()).unwrap();
    assert!(read.year.courses.is_empty());
    // A course the model refuses in a file is named, like an option.
    let mut bad = saved.clone();
    bad.year.courses[0].scenario.headcount = -3;
    assert!(import(&bad.to_json(), catalog()).is_err());
}

fn open(storage: &mut Storage, w: usize) -> Window {
    let base = State::open(SavedWork::empty(), day()).unwrap();
    storage.open(&format!("w{w}"), &base)
}

#[test]
fn two_windows_editing_two_courses_keep_both() {
    let mut storage = Storage::default();
    let mut one = open(&mut storage, 1);
    one.state
        .reduce(Action::Year(YearAction::AddDefault(Lang::Zh)));
    one.state
        .reduce(Action::Year(YearAction::AddDefault(Lang::Zh)));
    storage.keep_work(&mut one);
    let mut two = open(&mut storage, 2);
    assert_eq!(two.state.year.programme.courses.len(), 2);
    one.state.reduce(Action::Year(YearAction::Edit(
        0,
        CourseEdit::Set(Input::Headcount(11)),
    )));
    two.state.reduce(Action::Year(YearAction::Edit(
        1,
        CourseEdit::Set(Input::Headcount(22)),
    )));
    storage.keep_work(&mut one);
    storage.keep_work(&mut two);
    storage.keep_work(&mut one);
    let people = |w: &Window| -> Vec<i64> {
        w.state
            .year
            .programme
            .courses
            .iter()
            .map(|c| c.scenario.headcount)
            .collect()
    };
    assert_eq!(people(&one), [11, 22]);
    assert_eq!(people(&two), [11, 22]);
    let stored: Vec<i64> = storage
        .stored_work()
        .year
        .courses
        .iter()
        .map(|c| c.scenario.headcount)
        .collect();
    assert_eq!(stored, [11, 22]);
}
