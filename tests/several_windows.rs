//! Several windows editing the options at once (case 1 of "Never lose or misstate work, round
//! two"): no edit is lost or lands on another option, every window shows what is stored, and
//! options added at the same moment are both kept. Three windows over one storage, each going
//! through the app's own steps (`support/windows.rs`): every action is saved by the window that
//! made it, and the others hear of it late, in any order.

use model::cost::Input;
use proptest::prelude::*;
use training_planner::persist::work_file::{NamedScenario, OptionId, SavedWork};
use training_planner::store::estimator::{Change, EstimateAction};
use training_planner::store::{Action, State};

#[path = "support/windows.rs"]
mod windows;
use windows::{Storage, Window};

#[derive(Debug, Clone)]
enum Step {
    /// Window `.0` shows its option at place `.1` and types in it: a headcount, or else a
    /// contingency, never typed before nor the default (so each value names the edit that
    /// made it).
    Edit(usize, usize, bool),
    /// "Copy as a new option".
    Add(usize),
    /// Remove the option at this place.
    Delete(usize, usize),
    /// The window hears that another saved.
    Hear(usize),
}

const WINDOWS: usize = 3;

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        5 => (0..WINDOWS, 0..4usize, any::<bool>()).prop_map(|(w, i, h)| Step::Edit(w, i, h)),
        2 => (0..WINDOWS).prop_map(Step::Add),
        1 => (0..WINDOWS, 0..4usize).prop_map(|(w, i)| Step::Delete(w, i)),
        4 => (0..WINDOWS).prop_map(Step::Hear),
    ]
}

thread_local! {
    static OPENED: State = State::open(SavedWork::empty(), day()).unwrap();
}

fn day() -> model::calendar::Day {
    model::calendar::Day::from_ymd(2026, 12, 6).unwrap()
}

fn open(storage: &mut Storage, w: usize) -> Window {
    OPENED.with(|base| storage.open(&format!("w{w}"), base))
}

/// The options as stored, without their names (a name is only a place in the list).
fn options(work: &SavedWork) -> Vec<NamedScenario> {
    work.options
        .iter()
        .map(|o| NamedScenario {
            name: String::new(),
            ..o.clone()
        })
        .collect()
}

fn shown(w: &Window) -> Vec<NamedScenario> {
    options(&w.state.work())
}

fn find<'a>(list: &'a [NamedScenario], id: &OptionId) -> Option<&'a NamedScenario> {
    list.iter().find(|o| &o.id == id)
}

/// What one save must do to the stored options, by the rules in `store::sync`.
enum Intent {
    /// This option (as the window had it, after the edit) has this field changed.
    Edit(NamedScenario, bool),
    Add(OptionId),
    /// The option as the window saw it when it removed it.
    Delete(NamedScenario),
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn no_edit_is_lost_or_misplaced_and_every_window_shows_what_is_stored(
        steps in prop::collection::vec(step(), 1..30),
    ) {
        let mut storage = Storage::default();
        let mut windows: Vec<Window> = (0..WINDOWS).map(|w| open(&mut storage, w)).collect();
        for w in &mut windows {
            storage.keep_work(w);
        }
        for (seq, step) in steps.into_iter().enumerate() {
            let before = options(&storage.stored_work());
            let (w, intent) = match step {
                Step::Edit(w, i, headcount) => {
                    let win = &mut windows[w];
                    let i = i % win.state.estimator.options.len();
                    win.state.reduce(Action::Estimate(EstimateAction::Show(i)));
                    let change = if headcount {
                        Change::headcount((100 + seq) as f64)
                    } else {
                        Change::Set(Input::Contingency(100.0 + seq as f64 * 0.5))
                    };
                    win.state.reduce(Action::Estimate(EstimateAction::Edit(change)));
                    let edited = shown(win)[i].clone();
                    (w, Some(Intent::Edit(edited, headcount)))
                }
                Step::Add(w) => {
                    let win = &mut windows[w];
                    let had = win.state.estimator.options.len();
                    win.state.reduce(Action::Estimate(EstimateAction::AddOption));
                    let added = (win.state.estimator.options.len() > had)
                        .then(|| Intent::Add(shown(win).last().unwrap().id.clone()));
                    (w, added)
                }
                Step::Delete(w, i) => {
                    let win = &mut windows[w];
                    let list = shown(win);
                    let i = i % list.len();
                    win.state.reduce(Action::Estimate(EstimateAction::RemoveOption(i)));
                    let removed = (shown(win).len() < list.len()).then(|| Intent::Delete(list[i].clone()));
                    (w, removed)
                }
                Step::Hear(w) => (w, None),
            };
            let wrote = storage.keep_work(&mut windows[w]);
            let after = options(&storage.stored_work());
            // The window that saved shows what is stored.
            prop_assert_eq!(shown(&windows[w]), after.clone());
            let Some(intent) = intent else {
                prop_assert!(!wrote || before.is_empty(), "a window with nothing new wrote");
                prop_assert_eq!(&after, &before);
                continue;
            };
            // Removals in two windows never leave no option: the saving window's are kept.
            if let Intent::Delete(seen) = &intent
                && before.iter().all(|o| o.id == seen.id)
                && before.iter().all(|o| o == seen)
            {
                prop_assert_eq!(&after, &shown(&windows[w]));
                prop_assert!(!after.is_empty());
                continue;
            }
            // Every other option is stored as it was: nothing lands on another option.
            let touched = match &intent {
                Intent::Edit(o, _) | Intent::Delete(o) => o.id.clone(),
                Intent::Add(id) => id.clone(),
            };
            for o in before.iter().filter(|o| o.id != touched) {
                prop_assert_eq!(find(&after, &o.id), Some(o), "another option changed");
            }
            prop_assert_eq!(
                after.iter().filter(|o| o.id != touched).count(),
                before.iter().filter(|o| o.id != touched).count()
            );
            match intent {
                Intent::Edit(edited, headcount) => {
                    let stored = find(&after, &edited.id);
                    prop_assert!(stored.is_some(), "an edited option is never lost");
                    let stored = &stored.unwrap().scenario;
                    if headcount {
                        prop_assert_eq!(stored.headcount, edited.scenario.headcount);
                    } else {
                        prop_assert_eq!(stored.contingency_pct, edited.scenario.contingency_pct);
                    }
                    // The option's other values: what another window stored for it, unless it
                    // was gone (deleted meanwhile), when it comes back as this window had it.
                    match find(&before, &edited.id) {
                        Some(was) => {
                            let mut expected = was.scenario.clone();
                            if headcount {
                                expected.headcount = edited.scenario.headcount;
                            } else {
                                expected.contingency_pct = edited.scenario.contingency_pct;
                            }
                            prop_assert_eq!(stored, &expected);
                        }
                        None => prop_assert_eq!(stored, &edited.scenario),
                    }
                }
                Intent::Add(id) => {
                    prop_assert!(find(&before, &id).is_none(), "a new option has a new id");
                    prop_assert!(find(&after, &id).is_some(), "an added option is kept");
                }
                Intent::Delete(seen) => match find(&before, &seen.id) {
                    // Removed as the window saw it: gone.
                    Some(was) if *was == seen => prop_assert!(find(&after, &seen.id).is_none()),
                    // Changed by another window since: kept as that window stored it.
                    Some(was) => prop_assert_eq!(find(&after, &seen.id), Some(was)),
                    None => prop_assert!(find(&after, &seen.id).is_none()),
                },
            }
        }
        // Once every window has heard, each shows what is stored.
        for w in &mut windows {
            storage.keep_work(w);
        }
        let stored = options(&storage.stored_work());
        for w in &windows {
            prop_assert_eq!(shown(w), stored.clone());
        }
    }
}

/// The case the hostile pass reproduced: window 1 on option B types 11 people, window 2 on
/// option A then types 22 before it has heard of window 1's save. B stays 11, A is 22, and
/// window 1 still shows B.
#[test]
fn two_windows_typing_in_two_options_keep_both() {
    let mut storage = Storage::default();
    let mut one = open(&mut storage, 1);
    one.state
        .reduce(Action::Estimate(EstimateAction::AddOption));
    storage.keep_work(&mut one);
    let mut two = open(&mut storage, 2);
    assert_eq!(two.state.estimator.options.len(), 2);
    // Window 1 on B types "1" then "11"; window 2 hears only the first save.
    one.state.reduce(Action::Estimate(EstimateAction::Show(1)));
    one.state
        .reduce(Action::Estimate(EstimateAction::Edit(Change::headcount(
            1.0,
        ))));
    storage.keep_work(&mut one);
    storage.keep_work(&mut two);
    one.state
        .reduce(Action::Estimate(EstimateAction::Edit(Change::headcount(
            11.0,
        ))));
    storage.keep_work(&mut one);
    // Window 2, on A, types 22 before it hears of "11".
    two.state.reduce(Action::Estimate(EstimateAction::Show(0)));
    two.state
        .reduce(Action::Estimate(EstimateAction::Edit(Change::headcount(
            22.0,
        ))));
    storage.keep_work(&mut two);
    storage.keep_work(&mut one);
    let counts = |w: &Window| {
        w.state
            .scenarios()
            .iter()
            .map(|s| s.headcount)
            .collect::<Vec<_>>()
    };
    let stored: Vec<i64> = storage
        .stored_work()
        .options
        .iter()
        .map(|o| o.scenario.headcount)
        .collect();
    assert_eq!(stored, [22, 11]);
    assert_eq!(counts(&one), [22, 11]);
    assert_eq!(counts(&two), [22, 11]);
    assert_eq!(one.state.estimator.active, 1, "window 1 still shows B");
    assert_eq!(two.state.estimator.active, 0);
}

/// Both windows press "copy as a new option" at nearly the same moment: two options are
/// added, not one.
#[test]
fn two_windows_adding_an_option_at_once_keep_both() {
    let mut storage = Storage::default();
    let mut one = open(&mut storage, 1);
    storage.keep_work(&mut one);
    let mut two = open(&mut storage, 2);
    one.state
        .reduce(Action::Estimate(EstimateAction::AddOption));
    two.state
        .reduce(Action::Estimate(EstimateAction::AddOption));
    storage.keep_work(&mut one);
    storage.keep_work(&mut two);
    storage.keep_work(&mut one);
    assert_eq!(storage.stored_work().options.len(), 3);
    assert_eq!(one.state.estimator.options.len(), 3);
    assert_eq!(two.state.estimator.options.len(), 3);
}
