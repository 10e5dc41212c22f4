//! The store, natively: what each action does to the state, what is kept in the browser, and how
//! every earlier form of saved work is read (with the recorded saves in `fixtures/`).

use model::Lang;
use model::calendar::Day;
use model::cost::Input;
use model::cost::Scenario;
use model::quote::RateCard;
use training_planner::catalog::catalog;
use training_planner::persist::stored::{
    ASIDE_PREFIX, Found, KEY, QUOTES_KEY, aside_key, legacy, open, quotes_text, to_text,
};
use training_planner::persist::stored_options;
use training_planner::persist::work_file::{
    ImportError, NamedScenario, OptionChoice, OptionId, SavedWork, VERSION, import,
};
use training_planner::store::estimator::{Change, EstimateAction, max_options};
use training_planner::store::quote_desk::{CardChange, QuoteAction};
use training_planner::store::{Action, SaveProblem, Saving, State};

const V1: &str = include_str!("fixtures/saved-v1.json");
const V2: &str = include_str!("fixtures/saved-v2.json");
const OPTIONS_V1: &str = include_str!("fixtures/options-v1.txt");

fn day() -> Day {
    Day::from_ymd(2026, 11, 30).unwrap()
}

fn people(n: i64) -> Scenario {
    Scenario {
        headcount: n,
        ..Scenario::default_for(catalog())
    }
}

fn fresh() -> State {
    State::open(SavedWork::empty(), day()).unwrap()
}

fn headcounts(state: &State) -> Vec<i64> {
    state.scenarios().iter().map(|s| s.headcount).collect()
}

/// A state comparing options for these headcounts.
fn with_options(counts: &[i64]) -> State {
    let mut state = fresh();
    for (i, &n) in counts.iter().enumerate() {
        if i > 0 {
            state.reduce(Action::Estimate(EstimateAction::AddOption));
        }
        state.reduce(Action::Estimate(EstimateAction::Edit(Change::headcount(
            n as f64,
        ))));
    }
    assert_eq!(headcounts(&state), counts);
    state
}

// ---- Opening saved work ----

#[test]
fn nothing_saved_opens_empty_and_moves_nothing() {
    let opened = open(&Found::default(), catalog());
    assert_eq!(opened.work, SavedWork::empty());
    assert!(opened.unreadable.is_empty());
    assert!(!opened.migrated);
}

#[test]
fn what_this_version_saved_opens_as_it_was() {
    let mut state = with_options(&[12, 40]);
    state.reduce(Action::ToggleLang);
    state.reduce(Action::Quote(QuoteAction::Client("客户".into())));
    state.reduce(Action::Quote(QuoteAction::Issue));
    let saved = state.saved();
    // The work and the quote book, each under its own key.
    assert!(state.work().quotes.issued.is_empty());
    let found = Found {
        current: Some(to_text(&state.work())),
        current_quotes: Some(quotes_text(&state.desk.book)),
        ..Found::default()
    };
    let opened = open(&found, catalog());
    assert!(opened.unreadable.is_empty());
    assert_eq!(opened.work, saved);
    let again = State::open(opened.work, day()).unwrap();
    assert_eq!(headcounts(&again), [12, 40]);
    assert_eq!(again.desk.book.issued.len(), 1);
    assert_eq!(again.lang, Lang::En);
    assert_eq!(again.planner.plan, state.planner.plan);
}

#[test]
fn damaged_or_newer_saved_work_is_handed_back_whole_to_be_kept_aside() {
    let good = with_options(&[12]).saved().to_json();
    let newer = good.replacen(
        &format!("\"version\":{VERSION}"),
        &format!("\"version\":{}", VERSION + 1),
        1,
    );
    for (key, raw) in [
        (KEY, good[..40].to_string()),
        (KEY, newer),
        (KEY, "null".to_string()),
        (
            QUOTES_KEY,
            "{\"format\":\"training-planner\",\"version\":3,\"quo".to_string(),
        ),
    ] {
        let found = if key == KEY {
            Found {
                current: Some(raw.clone()),
                ..Found::default()
            }
        } else {
            Found {
                current_quotes: Some(raw.clone()),
                ..Found::default()
            }
        };
        let opened = open(&found, catalog());
        assert_eq!(opened.unreadable.len(), 1, "{raw}");
        assert_eq!(opened.unreadable[0].key, key);
        assert_eq!(opened.unreadable[0].raw, raw, "kept whole");
        assert!(!opened.unreadable[0].why.zh.is_empty());
        assert!(!opened.unreadable[0].why.en.is_empty());
        let work = opened.work;
        assert!(work.options.is_empty() && work.plan.is_none() && work.rate_card.is_none());
        assert_eq!(work.quotes, SavedWork::empty().quotes);
    }
}

#[test]
fn an_empty_envelope_is_nothing_saved_not_damage() {
    let found = Found {
        current: Some(SavedWork::empty().to_json()),
        ..Found::default()
    };
    assert!(open(&found, catalog()).unreadable.is_empty());
}

#[test]
fn a_version_1_save_opens_with_its_options_and_plan() {
    let found = Found {
        work: Some(V1.to_string()),
        ..Found::default()
    };
    let opened = open(&found, catalog());
    assert!(opened.unreadable.is_empty());
    assert!(opened.migrated, "the old key is removed once saved anew");
    let expected = import(V1, catalog()).unwrap();
    assert!(!expected.options.is_empty() && expected.plan.is_some());
    assert_eq!(opened.work.options, expected.options);
    assert_eq!(opened.work.plan, expected.plan);
}

#[test]
fn a_version_2_save_in_four_keys_opens_with_every_option_plan_card_quote_and_the_language() {
    let found = Found {
        work: Some(V2.to_string()),
        quotes: Some(V2.to_string()),
        options: Some(OPTIONS_V1.trim().to_string()),
        lang: Some("en".to_string()),
        ..Found::default()
    };
    let opened = open(&found, catalog());
    assert!(opened.unreadable.is_empty(), "{:?}", opened.unreadable);
    assert!(opened.migrated);
    let v2 = import(V2, catalog()).unwrap();
    let options = stored_options::decode(OPTIONS_V1.trim(), catalog()).unwrap();
    assert!(!options.is_empty());
    let scenarios: Vec<Scenario> = opened
        .work
        .options
        .iter()
        .map(|o| o.scenario.clone())
        .collect();
    assert_eq!(scenarios, options, "the options' own key wins");
    assert_eq!(opened.work.plan, v2.plan);
    assert!(v2.rate_card.is_some() && !v2.quotes.issued.is_empty());
    assert_eq!(opened.work.rate_card, v2.rate_card);
    assert_eq!(opened.work.quotes, v2.quotes);
    assert_eq!(opened.work.lang, Some(Lang::En));

    // And the store opens on all of it.
    let state = State::open(opened.work, day()).unwrap();
    assert_eq!(state.scenarios(), options);
    assert_eq!(*state.desk.book, v2.quotes);
    assert_eq!(state.desk.card, v2.rate_card.clone().unwrap());
    assert_eq!(Some(state.planner.plan), v2.plan);
}

#[test]
fn a_damaged_old_quote_book_is_set_aside_and_the_rest_still_opens() {
    let found = Found {
        work: Some(V2.to_string()),
        quotes: Some("{\"format\": \"training-planner\", \"quo".into()),
        options: Some("v1:0203zz".into()),
        ..Found::default()
    };
    let opened = open(&found, catalog());
    let keys: Vec<&str> = opened.unreadable.iter().map(|u| u.key).collect();
    assert_eq!(keys, [legacy::QUOTES, legacy::OPTIONS]);
    let v2 = import(V2, catalog()).unwrap();
    assert_eq!(opened.work.plan, v2.plan);
    // The options inside the work are used when their own key cannot be read.
    assert_eq!(opened.work.options, v2.options);
}

#[test]
fn text_set_aside_never_overwrites_earlier_text_set_aside() {
    let taken = [format!("{ASIDE_PREFIX}1"), format!("{ASIDE_PREFIX}2")];
    let key = aside_key(|k| taken.iter().any(|t| t == k));
    assert_eq!(key, format!("{ASIDE_PREFIX}3"));
}

// ---- Share links and options ----

#[test]
fn a_link_opens_as_a_new_option_beside_those_already_here() {
    let mut state = with_options(&[12]);
    state.reduce(Action::Estimate(EstimateAction::AddScenario(people(77))));
    assert_eq!(headcounts(&state), [12, 77]);
    assert_eq!(state.estimator.active, 1, "the link's option is shown");
    // The same link again shows it rather than adding a copy.
    state.reduce(Action::Estimate(EstimateAction::Show(0)));
    state.reduce(Action::Estimate(EstimateAction::AddScenario(people(77))));
    assert_eq!(headcounts(&state), [12, 77]);
    assert_eq!(state.estimator.active, 1);
}

#[test]
fn a_link_with_no_room_waits_and_replaces_only_the_option_the_user_picks() {
    let counts: Vec<i64> = (1..=max_options() as i64).map(|i| i * 10).collect();
    let mut state = with_options(&counts);
    state.reduce(Action::Estimate(EstimateAction::AddScenario(people(77))));
    assert_eq!(
        headcounts(&state),
        counts,
        "nothing replaced without asking"
    );
    assert_eq!(state.estimator.waiting, Some(people(77)));

    let mut dismissed = state.clone();
    dismissed.reduce(Action::Estimate(EstimateAction::DismissWaiting));
    assert_eq!(headcounts(&dismissed), counts);
    assert_eq!(dismissed.estimator.waiting, None);

    state.reduce(Action::Estimate(EstimateAction::ReplaceWithWaiting(0)));
    let mut expected = counts.clone();
    expected[0] = 77;
    assert_eq!(headcounts(&state), expected);
    assert_eq!(state.estimator.waiting, None);
}

#[test]
fn a_bad_value_keeps_the_last_good_estimate_and_saves_the_last_good_scenario() {
    let mut state = with_options(&[12]);
    let good = state.estimator.current().point.clone();
    state.reduce(Action::Estimate(EstimateAction::Edit(Change::headcount(
        -5.0,
    ))));
    assert!(state.estimator.current().error.is_some());
    assert_eq!(state.estimator.current().point, good);
    assert_eq!(headcounts(&state), [12]);
}

// ---- Files, other tabs, saving ----

#[test]
fn an_import_replaces_the_parts_the_file_holds_and_keeps_the_language() {
    let mut state = with_options(&[12]);
    let mut file = SavedWork::empty();
    file.options = vec![
        NamedScenario {
            id: OptionId::default(),
            worth: Default::default(),
            name: "A".into(),
            scenario: people(5),
        },
        NamedScenario {
            id: OptionId::default(),
            worth: Default::default(),
            name: "B".into(),
            scenario: people(6),
        },
    ];
    file.lang = Some(Lang::En);
    let plan = state.planner.plan.clone();
    state.reduce(Action::Import(file, OptionChoice::All));
    assert_eq!(headcounts(&state), [5, 6]);
    assert_eq!(state.planner.plan, plan, "the file had no plan");
    assert_eq!(state.lang, Lang::Zh);
}

#[test]
fn another_tabs_save_is_taken_so_the_tabs_agree() {
    let mut here = with_options(&[12]);
    let mut there = with_options(&[12]);
    there.reduce(Action::Estimate(EstimateAction::AddScenario(people(50))));
    there.reduce(Action::Quote(QuoteAction::Client("客户".into())));
    there.reduce(Action::Quote(QuoteAction::Issue));
    assert_eq!(there.desk.book.issued.len(), 1);

    here.reduce(Action::ReloadWork(there.work()));
    assert_eq!(headcounts(&here), [12, 50]);
    assert!(
        here.desk.book.issued.is_empty(),
        "the work's save carries no quotes"
    );
    here.reduce(Action::ReloadQuotes((*there.desk.book).clone()));
    assert_eq!(here.desk.book, there.desk.book);
    assert_eq!(here.saved(), there.saved());
}

#[test]
fn a_refused_save_is_shown_until_a_save_succeeds() {
    let mut state = fresh();
    state.reduce(Action::SaveFailed(SaveProblem::Full));
    assert_eq!(state.saving, Saving::Failed(SaveProblem::Full));
    state.reduce(Action::Saved);
    assert_eq!(state.saving, Saving::Kept);
}

// ---- The quote desk ----

#[test]
fn the_rate_card_is_kept_only_once_every_value_is_in_range() {
    let mut state = fresh();
    assert_eq!(
        state.saved().rate_card,
        None,
        "the market's card is not saved"
    );
    state.reduce(Action::Quote(QuoteAction::Card(CardChange::VenueDay(-1.0))));
    assert_eq!(
        state.saved().rate_card,
        None,
        "a card out of range is not kept"
    );
    state.reduce(Action::Quote(QuoteAction::Card(CardChange::VenueDay(
        900.0,
    ))));
    let kept = state.saved().rate_card.expect("kept");
    assert_eq!(kept.venue_day, 900.0);
    assert_ne!(kept, RateCard::from_market(catalog()));
}

#[test]
fn a_quote_is_issued_from_the_option_chosen_and_numbered_once() {
    let mut state = with_options(&[12, 40]);
    let second = state.estimator.options[1].id.clone();
    state.reduce(Action::Quote(QuoteAction::Option(second)));
    state.reduce(Action::Quote(QuoteAction::Client("客户".into())));
    state.reduce(Action::Quote(QuoteAction::Issue));
    state.reduce(Action::Quote(QuoteAction::Issue));
    let issued = &state.desk.book.issued;
    assert_eq!(issued.len(), 2);
    assert_eq!(issued[0].scenario.headcount, 40);
    assert_ne!(issued[0].number, issued[1].number);
    // Removing the option quoted leaves the desk quoting an option that exists: the first.
    state.reduce(Action::Estimate(EstimateAction::RemoveOption(1)));
    assert_eq!(
        state.quoted().map(|o| &o.id),
        Some(&state.estimator.options[0].id)
    );
}

#[test]
fn a_file_import_error_is_not_a_panic() {
    assert!(matches!(
        import("{", catalog()),
        Err(ImportError::NotJson(_))
    ));
}

// ---- Issue 16: each number field changes only its own value ----

#[test]
fn hours_that_are_zero_or_negative_never_change_the_depth() {
    use model::vocab::Depth;
    for bad in [0.0, -5.0, 0.5 - 0.5] {
        let mut state = with_options(&[30]);
        state.reduce(Action::Estimate(EstimateAction::Edit(Change::Depth(
            Depth::Basic,
        ))));
        let before = state.estimator.current().point.scenario.clone();
        state.reduce(Action::Estimate(EstimateAction::Edit(Change::Hours(bad))));
        assert!(
            state.estimator.current().error.is_some(),
            "{bad} is refused"
        );
        assert_eq!(state.estimator.current().depth, Depth::Basic);
        // Typing the hours again gives back the same scenario, depth and all.
        state.reduce(Action::Estimate(EstimateAction::Edit(Change::Hours(
            before.hours.total(),
        ))));
        assert_eq!(state.estimator.current().point.scenario, before, "{bad}");
    }
}

#[test]
fn a_depth_chosen_while_the_hours_are_bad_is_kept() {
    use model::vocab::Depth;
    let mut state = with_options(&[30]);
    state.reduce(Action::Estimate(EstimateAction::Edit(Change::Hours(0.0))));
    state.reduce(Action::Estimate(EstimateAction::Edit(Change::Depth(
        Depth::Basic,
    ))));
    state.reduce(Action::Estimate(EstimateAction::Edit(Change::Hours(6.0))));
    let scenario = &state.estimator.current().point.scenario;
    assert_eq!(scenario.hours.dominant(), Depth::Basic);
    assert_eq!(scenario.hours.total(), 6.0);
}

#[test]
fn a_cleared_quote_date_stops_the_quote_from_being_issued() {
    let mut state = with_options(&[30]);
    state.reduce(Action::Quote(QuoteAction::Client("客户".into())));
    state.reduce(Action::Quote(QuoteAction::Issued(None)));
    state.reduce(Action::Quote(QuoteAction::Issue));
    assert!(
        state.desk.book.issued.is_empty(),
        "no quote with a date the user cleared"
    );
    let day = Day::from_ymd(2026, 12, 3).unwrap();
    state.reduce(Action::Quote(QuoteAction::Issued(Some(day))));
    state.reduce(Action::Quote(QuoteAction::Issue));
    assert_eq!(state.desk.book.issued.len(), 1);
    assert_eq!(state.desk.book.issued[0].issued, day);
}

#[test]
fn no_quote_is_numbered_while_the_browser_keeps_nothing() {
    let mut state = with_options(&[30]);
    state.reduce(Action::Quote(QuoteAction::Client("客户".into())));
    state.reduce(Action::SaveFailed(SaveProblem::Full));
    state.reduce(Action::Quote(QuoteAction::Issue));
    assert!(state.desk.book.issued.is_empty());
    state.reduce(Action::Saved);
    state.reduce(Action::Quote(QuoteAction::Issue));
    assert_eq!(state.desk.book.issued.len(), 1);
}

#[test]
fn numbering_from_the_book_another_tab_kept_never_repeats_a_number() {
    let mut a = with_options(&[30]);
    let mut b = with_options(&[30]);
    for s in [&mut a, &mut b] {
        s.reduce(Action::Quote(QuoteAction::Client("客户".into())));
    }
    a.reduce(Action::Quote(QuoteAction::Issue));
    // B issues after taking the book as storage holds it (what its issue button does).
    b.reduce(Action::ReloadQuotes((*a.desk.book).clone()));
    b.reduce(Action::Quote(QuoteAction::Issue));
    let numbers: Vec<_> = b
        .desk
        .book
        .issued
        .iter()
        .map(|q| q.number.clone())
        .collect();
    assert_eq!(numbers.len(), 2);
    assert_ne!(numbers[0], numbers[1]);
}

/// Issue 16, case 3: numbering restarted at 0001 when a damaged quote book was set aside,
/// reusing the numbers in the copy kept aside.
#[test]
fn numbers_in_text_set_aside_are_never_issued_again() {
    let mut state = with_options(&[30]);
    state.reduce(Action::Quote(QuoteAction::Client("客户".into())));
    for _ in 0..5 {
        state.reduce(Action::Quote(QuoteAction::Issue));
    }
    let book_text = quotes_text(&state.desk.book);
    let last = state.desk.book.issued[4].number.clone().unwrap();
    // Damaged now (cut short), or set aside at an earlier start: either way, never again.
    let cut = &book_text[..book_text.rfind(&last).unwrap() + last.len() + 1];
    for found in [
        Found {
            current_quotes: Some(cut.to_string()),
            ..Found::default()
        },
        Found {
            set_aside: vec![cut.to_string()],
            ..Found::default()
        },
    ] {
        let opened = open(&found, catalog());
        let mut again = State::open(opened.work, day()).unwrap();
        again.reduce(Action::Quote(QuoteAction::Client("客户".into())));
        again.reduce(Action::Quote(QuoteAction::Issue));
        let issued = again
            .desk
            .book
            .issued
            .last()
            .unwrap()
            .number
            .clone()
            .unwrap();
        assert!(issued.ends_with("-0006"), "{issued} after {last}");
    }
}

/// Issue 16, case 7: importing replaced the quotes issued here.
#[test]
fn an_import_merges_quotes_by_number_and_says_what_it_would_replace_first() {
    let issue = |state: &mut State, client: &str| {
        state.reduce(Action::Quote(QuoteAction::Client(client.into())));
        state.reduce(Action::Quote(QuoteAction::Issue));
    };
    // Here: one quote. The file: two quotes, the first with the same number as ours.
    let mut here = with_options(&[12]);
    issue(&mut here, "本地客户");
    let mut there = with_options(&[40, 50]);
    issue(&mut there, "文件客户一");
    issue(&mut there, "文件客户二");
    let file = there.saved();
    let ours = here.desk.book.issued[0].clone();

    let preview = file.preview(&here.saved(), max_options());
    assert_eq!(preview.options, Some((2, 1)));
    assert_eq!(preview.new_quotes, 1);
    assert_eq!(preview.clashing, [ours.number.clone().unwrap()]);
    assert!(
        preview
            .lines(Lang::Zh)
            .iter()
            .any(|l| l.contains("全部保留"))
    );

    here.reduce(Action::Import(file, OptionChoice::All));
    let issued = &here.desk.book.issued;
    assert_eq!(issued.len(), 2, "ours kept, the file's new one added");
    assert_eq!(issued[0], ours, "the quote issued here is untouched");
    assert_eq!(issued[1].client, "文件客户二");
    assert_eq!(headcounts(&here), [40, 50]);
    // The next number is past every number either side used.
    issue(&mut here, "之后");
    let numbers: Vec<_> = here
        .desk
        .book
        .issued
        .iter()
        .map(|q| q.number.clone())
        .collect();
    assert!(
        numbers[2].as_deref().unwrap().ends_with("-0003"),
        "{numbers:?}"
    );
}

// ---- Routes: each new choice changes its own value, and leaving the internal route never
// leaves an internal trainer on a bought route ----

fn edit(state: &mut State, change: Change) {
    state.reduce(Action::Estimate(EstimateAction::Edit(change)));
}

fn shown(state: &State) -> Scenario {
    state.estimator.current().point.scenario.clone()
}

#[test]
fn each_route_choice_changes_only_its_own_value_and_prices() {
    use model::vocab::{Sourcing, Venue};
    let mut state = with_options(&[30]);
    let before = shown(&state);
    let changes = [
        Change::Set(Input::Sourcing(Sourcing::Public)),
        Change::Set(Input::Venue(Venue::Hotel)),
        Change::Set(Input::Catering(false)),
        Change::Set(Input::Customise(true)),
        Change::Set(Input::CourseElsewhere(true)),
    ];
    for change in changes {
        edit(&mut state, change.clone());
        assert_eq!(state.estimator.current().error, None, "{change:?}");
    }
    let after = shown(&state);
    assert_eq!(after.sourcing, Sourcing::Public);
    assert_eq!(after.venue, Venue::Hotel);
    assert!(!after.catering && after.customise && after.course_elsewhere);
    assert_eq!(
        Scenario {
            sourcing: before.sourcing,
            venue: before.venue,
            catering: before.catering,
            customise: before.customise,
            course_elsewhere: before.course_elsewhere,
            ..after.clone()
        },
        before,
        "nothing else changed"
    );
    // The estimate follows: a public course elsewhere is seats and participants' travel.
    let lines: Vec<model::cost::Category> = state
        .estimator
        .current()
        .point
        .estimate
        .lines
        .iter()
        .map(|l| l.category)
        .collect();
    assert!(lines.contains(&model::cost::Category::Seats), "{lines:?}");
    assert!(
        lines.contains(&model::cost::Category::StaffTravel),
        "{lines:?}"
    );
}

#[test]
fn a_rented_room_or_no_lunch_shows_in_the_estimate() {
    use model::cost::Category;
    use model::vocab::Venue;
    let line = |state: &State, c: Category| {
        state
            .estimator
            .current()
            .point
            .estimate
            .lines
            .iter()
            .any(|l| l.category == c)
    };
    let mut state = with_options(&[30]);
    assert!(
        !line(&state, Category::Venue),
        "the default room is the company's own"
    );
    assert!(line(&state, Category::Catering));
    edit(&mut state, Change::Set(Input::Venue(Venue::Rented)));
    assert!(line(&state, Category::Venue));
    edit(&mut state, Change::Set(Input::Catering(false)));
    assert!(!line(&state, Category::Catering));
}

#[test]
fn leaving_the_internal_route_with_an_internal_trainer_brings_back_an_outside_tier() {
    use model::vocab::{Sourcing, TrainerTier};
    let mut state = with_options(&[30]);
    edit(&mut state, Change::Set(Input::Sourcing(Sourcing::Internal)));
    edit(
        &mut state,
        Change::Set(Input::Trainer(TrainerTier::Internal)),
    );
    assert_eq!(state.estimator.current().error, None);
    assert_eq!(shown(&state).trainer, TrainerTier::Internal);
    for sourcing in [Sourcing::Vendor, Sourcing::Public, Sourcing::OnlineCourse] {
        let mut state = state.clone();
        edit(&mut state, Change::Set(Input::Sourcing(sourcing)));
        assert_eq!(state.estimator.current().error, None, "{sourcing:?}");
        let s = shown(&state);
        assert_eq!(
            (s.sourcing, s.trainer),
            (sourcing, TrainerTier::Professional)
        );
    }
    // An outside tier is kept as it was when the route changes.
    let mut state = with_options(&[30]);
    edit(&mut state, Change::Set(Input::Trainer(TrainerTier::Expert)));
    edit(&mut state, Change::Set(Input::Sourcing(Sourcing::Internal)));
    edit(&mut state, Change::Set(Input::Sourcing(Sourcing::Public)));
    assert_eq!(shown(&state).trainer, TrainerTier::Expert);
}

#[test]
fn an_internal_trainer_picked_on_a_bought_route_is_refused_at_the_trainer() {
    use model::cost::Field;
    use model::vocab::TrainerTier;
    let mut state = with_options(&[30]);
    let good = shown(&state);
    edit(
        &mut state,
        Change::Set(Input::Trainer(TrainerTier::Internal)),
    );
    let error = state.estimator.current().error.clone().expect("refused");
    assert_eq!(error.field(), Field::Trainer);
    assert_eq!(shown(&state), good, "the last good estimate stays");
}

#[test]
fn the_cards_materials_rate_is_kept_once_in_range() {
    let mut state = fresh();
    state.reduce(Action::Quote(QuoteAction::Card(CardChange::MaterialsSet(
        -3.0,
    ))));
    assert_eq!(
        state.saved().rate_card,
        None,
        "a card out of range is not kept"
    );
    state.reduce(Action::Quote(QuoteAction::Card(CardChange::MaterialsSet(
        55.0,
    ))));
    let kept = state.saved().rate_card.expect("kept");
    assert_eq!(kept.materials_set, Some(55.0));
}

// ---- Round two of the hostile pass ----

/// Case 2: a file with more options than are compared imports only those the user ticks, and
/// the message counts what was imported, not what the file held.
#[test]
fn a_file_with_ten_options_imports_the_ones_chosen_and_says_so() {
    let mut there = fresh();
    for n in 1..10 {
        there.reduce(Action::Estimate(EstimateAction::AddScenario(people(n))));
    }
    // AddScenario stops at the limit; the file is written with ten options by hand.
    let mut file = there.saved();
    file.options = (1..=10)
        .map(|n| NamedScenario {
            id: OptionId::default(),
            worth: Default::default(),
            name: String::new(),
            scenario: people(n),
        })
        .collect();
    let here = with_options(&[12, 40]);
    let preview = file.preview(&here.saved(), max_options());
    assert_eq!(preview.options, Some((10, 2)));
    assert_eq!(preview.choose_options, Some(max_options()));
    assert!(
        preview.lines(Lang::En)[0].contains("choose below which to import"),
        "{:?}",
        preview.lines(Lang::En)
    );

    let choice = OptionChoice::Positions(vec![0, 4, 9]);
    let (_, report) = here.import_of(file.clone(), &choice);
    let mut imported = here.clone();
    imported.reduce(Action::Import(file, choice));
    assert_eq!(headcounts(&imported), [1, 5, 10]);
    assert_eq!(report.options, Some((3, 10)));
    let en = report.message(Lang::En);
    assert!(en.contains("3 of the file's 10 options"), "{en}");
    assert!(en.contains("other 7 left out as you chose"), "{en}");
    assert!(report.message(Lang::Zh).contains("10 个方案里选中的 3 个"));
}

/// Case 2: a success message counted the file's quotes, not those imported.
#[test]
fn the_import_message_counts_the_quotes_actually_added() {
    let issue = |state: &mut State, client: &str| {
        state.reduce(Action::Quote(QuoteAction::Client(client.into())));
        state.reduce(Action::Quote(QuoteAction::Issue));
    };
    let mut here = with_options(&[12]);
    issue(&mut here, "本地一");
    issue(&mut here, "本地二");
    // The file is this browser's own export: both its numbers are used here.
    let file = here.saved();
    let preview = file.preview(&here.saved(), max_options());
    assert_eq!(preview.new_quotes, 0);
    let (_, report) = here.import_of(file, &OptionChoice::All);
    assert_eq!(report.quotes_added, 0);
    assert_eq!(report.quotes_clashing.len(), 2);
    assert!(report.message(Lang::Zh).contains("新增 0 份报价"));
    assert!(report.message(Lang::En).contains("0 new quote(s)"));
}

/// Case 3: text that does not read as a number never reaches the model; the option is marked
/// as showing the last good input, and the quote desk issues nothing from it.
#[test]
fn a_headcount_typed_with_a_comma_holds_the_quote_until_it_reads() {
    use model::typed::NumberError;
    use training_planner::store::quote_desk::Hold;
    let mut state = with_options(&[30]);
    state.reduce(Action::Quote(QuoteAction::Client("客户".into())));
    // "1,000" typed key by key: "1" reads, "1," does not.
    edit(&mut state, Change::headcount(1.0));
    state.reduce(Action::Estimate(EstimateAction::Unreadable(
        model::cost::Field::Headcount,
        NumberError::Comma,
    )));
    let option = state.estimator.current();
    assert!(
        option.stale(),
        "the figures are marked as the last good input's"
    );
    assert_eq!(option.point.scenario.headcount, 1);
    assert!(matches!(
        state.quote_hold(),
        Some(Hold::Option(model::cost::Field::Headcount, _))
    ));
    let zh = state.quote_hold().unwrap().message("方案 A", Lang::Zh);
    assert!(zh.contains("方案 A") && zh.contains("人数"), "{zh}");
    state.reduce(Action::Quote(QuoteAction::Issue));
    assert!(
        state.desk.book.issued.is_empty(),
        "nothing issued while in error"
    );
    // The field reads again: the hold is gone and the quote is for what is typed.
    edit(&mut state, Change::headcount(1000.0));
    assert!(!state.estimator.current().stale());
    assert_eq!(state.quote_hold(), None);
    state.reduce(Action::Quote(QuoteAction::Issue));
    assert_eq!(state.desk.book.issued[0].scenario.headcount, 1000);
}

/// Case 3: a day rate typed as "1,000" left ¥1 on the card and the quote could be issued.
#[test]
fn a_rate_card_value_that_does_not_read_holds_the_quote_and_the_card() {
    use model::quote::CardField;
    use model::typed::NumberError;
    use model::vocab::TrainerTier;
    let mut state = with_options(&[30]);
    state.reduce(Action::Quote(QuoteAction::Client("客户".into())));
    let tier = TrainerTier::Professional;
    state.reduce(Action::Quote(QuoteAction::Card(CardChange::TrainerDay(
        tier, 1.0,
    ))));
    let kept = state.desk.kept_card.clone();
    state.reduce(Action::Quote(QuoteAction::Card(CardChange::Unreadable(
        CardField::TrainerDay(tier),
        NumberError::Comma,
    ))));
    assert!(state.quote_hold().is_some());
    assert_eq!(
        state.desk.kept_card, kept,
        "the card is not kept while a field is unread"
    );
    state.reduce(Action::Quote(QuoteAction::Issue));
    assert!(state.desk.book.issued.is_empty());
    state.reduce(Action::Quote(QuoteAction::Card(CardChange::TrainerDay(
        tier, 1000.0,
    ))));
    assert_eq!(state.quote_hold(), None);
}

/// Case 12: a validity of −5 days is reported as −5, not "now 0", and the card keeps its own.
#[test]
fn a_negative_validity_is_reported_as_typed() {
    use model::quote::CardField;
    let mut state = with_options(&[30]);
    let days = state.desk.card.validity_days;
    state.reduce(Action::Quote(QuoteAction::Card(CardChange::ValidityDays(
        -5.0,
    ))));
    assert_eq!(state.desk.card.validity_days, days);
    let problems = state.desk.card_problems();
    let (field, problem) = &problems[0];
    assert_eq!(*field, CardField::Validity);
    assert!(
        problem.message(Lang::Zh).contains("-5"),
        "{}",
        problem.message(Lang::Zh)
    );
    assert!(
        problem.message(Lang::En).contains("it is -5"),
        "{}",
        problem.message(Lang::En)
    );
    state.reduce(Action::Quote(QuoteAction::Card(CardChange::ValidityDays(
        2.5,
    ))));
    assert!(
        state.desk.card_problems()[0]
            .1
            .message(Lang::En)
            .contains("2.5")
    );
    state.reduce(Action::Quote(QuoteAction::Card(CardChange::ValidityDays(
        45.0,
    ))));
    assert!(state.desk.card_problems().is_empty());
    assert_eq!(state.desk.card.validity_days, 45);
}

/// Case 12: a vendor name over the limit was reported as "a number on the rate card is out of
/// range"; the message names the field and what is wrong with it.
#[test]
fn a_too_long_vendor_name_is_named_as_such() {
    let mut state = with_options(&[30]);
    let max = catalog().pricing.limits.max_vendor_chars;
    state.reduce(Action::Quote(QuoteAction::Card(CardChange::Vendor(
        "长".repeat(max + 1),
    ))));
    let hold = state.quote_hold().unwrap();
    let (zh, en) = (
        hold.message("方案 A", Lang::Zh),
        hold.message("Option A", Lang::En),
    );
    assert!(
        zh.contains("供应商名称") && zh.contains(&format!("最多 {max} 个字")),
        "{zh}"
    );
    assert!(
        en.contains("Vendor name") && en.contains(&format!("At most {max}")),
        "{en}"
    );
    assert!(!en.contains("out of range"), "{en}");
    // The draft says the same, not "a number is out of range".
    let options = state.estimator.identified();
    let e = state.desk.draft(&options, None).unwrap_err();
    assert!(
        e.message(Lang::En).contains("Vendor name"),
        "{}",
        e.message(Lang::En)
    );
}

// ---- The point estimate at once, the range, curve and sensitivities after the frame ----

use std::rc::Rc;

use model::cost::{Outcome, Point};
use training_planner::store::estimator::{Analysed, analyse};

/// The app's deferred step, as it runs after the frame: the option on screen's analysis,
/// worked out and handed back. Whether there was one to work out.
fn run_deferred_step(state: &mut State) -> bool {
    let Some((id, scenario)) = state.estimator.to_analyse() else {
        return false;
    };
    let analysed = analyse(catalog(), &scenario).expect("a priced scenario is analysed");
    state.reduce(Action::Estimate(EstimateAction::Analysed(id, analysed)));
    true
}

/// The analysis the option on screen shows now.
fn analysis(state: &State) -> Analysed {
    state
        .estimator
        .current()
        .analysis
        .clone()
        .expect("an analysis is shown")
}

#[test]
fn an_input_moves_the_point_estimate_at_once_and_keeps_the_last_range_until_the_new_one_comes() {
    let mut state = fresh();
    assert!(run_deferred_step(&mut state), "opening asks for the range");
    let before = analysis(&state);
    assert_eq!(before.scenario, people(30));

    edit(&mut state, Change::headcount(20.0));
    let option = state.estimator.current();
    // (a) The headline and the lines are the new scenario's, from this action alone.
    assert_eq!(
        option.point.estimate,
        Point::compute(catalog(), &people(20)).unwrap().estimate
    );
    // (c) The range, curve and sensitivities on screen are still the last ones, the very same,
    // and the new scenario's are asked for.
    assert!(option.analysing());
    assert!(Rc::ptr_eq(&analysis(&state).0, &before.0));
    assert_eq!(
        state.estimator.to_analyse(),
        Some((option.id.clone(), people(20)))
    );

    // (b) After the deferred step they are the new scenario's, as a full computation gives.
    assert!(run_deferred_step(&mut state));
    let full = Outcome::compute(catalog(), &people(20)).unwrap();
    let after = analysis(&state);
    assert_eq!(after.scenario, full.scenario);
    assert_eq!(after.estimate, full.estimate);
    assert_eq!(after.distribution, full.distribution);
    assert_eq!(after.swings, full.swings);
    assert_eq!(after.routes, full.routes);
    assert!(!state.estimator.current().analysing());
    assert_eq!(state.estimator.to_analyse(), None);
}

#[test]
fn a_range_overtaken_by_a_newer_input_is_dropped_and_the_last_good_one_stays() {
    let mut state = fresh();
    run_deferred_step(&mut state);
    let first = analysis(&state);
    edit(&mut state, Change::headcount(20.0));
    let (id, scenario) = state.estimator.to_analyse().unwrap();
    let late = analyse(catalog(), &scenario).unwrap();
    // Typed again before the step for 20 people ran: its result is not the option's any more.
    edit(&mut state, Change::headcount(25.0));
    state.reduce(Action::Estimate(EstimateAction::Analysed(id.clone(), late)));
    assert!(Rc::ptr_eq(&analysis(&state).0, &first.0));
    assert_eq!(state.estimator.to_analyse(), Some((id, people(25))));
    // A bad value asks for nothing: the last good scenario is still the one to analyse.
    edit(&mut state, Change::headcount(-5.0));
    assert_eq!(
        state.estimator.to_analyse().map(|(_, s)| s),
        Some(people(25))
    );
    run_deferred_step(&mut state);
    assert_eq!(analysis(&state).scenario, people(25));
}

#[test]
fn an_action_that_leaves_the_scenario_as_it_was_works_nothing_out_again() {
    let mut state = fresh();
    run_deferred_step(&mut state);
    let kept = analysis(&state);
    let point = state.estimator.current().point.clone();
    let same = |state: &State, what: &str| {
        assert_eq!(
            state.estimator.to_analyse(),
            None,
            "{what}: nothing to work out"
        );
        assert!(Rc::ptr_eq(&analysis(state).0, &kept.0), "{what}");
    };
    state.reduce(Action::ToggleLang);
    same(&state, "the language");
    edit(&mut state, Change::headcount(30.0));
    same(&state, "the same headcount again");
    assert!(Rc::ptr_eq(&state.estimator.current().point, &point));
    state.reduce(Action::Estimate(EstimateAction::Unreadable(
        model::cost::Field::Headcount,
        model::typed::NumberError::NotANumber,
    )));
    same(&state, "text that does not read");
    edit(&mut state, Change::headcount(30.0));
    state.reduce(Action::Quote(QuoteAction::Client("客户".into())));
    same(&state, "the quote desk");
    state.reduce(Action::ReloadWork(state.work()));
    same(&state, "another window's save of the same options");
    state.reduce(Action::Estimate(EstimateAction::AddOption));
    same(&state, "a copy of the option");
    state.reduce(Action::Estimate(EstimateAction::Show(0)));
    same(&state, "showing the first option again");
    // The same result handed back twice changes nothing (the app then does not re-render).
    let before = state.clone();
    let id = state.estimator.current().id.clone();
    let again = analyse(catalog(), &people(30)).unwrap();
    state.reduce(Action::Estimate(EstimateAction::Analysed(id, again)));
    assert_eq!(state, before);
    assert!(Rc::ptr_eq(&analysis(&state).0, &kept.0));
}

#[test]
fn typing_back_to_the_scenario_analysed_shows_its_range_without_working_it_out() {
    let mut state = fresh();
    run_deferred_step(&mut state);
    let kept = analysis(&state);
    edit(&mut state, Change::headcount(3.0));
    assert!(state.estimator.to_analyse().is_some());
    // 30 again before the step ran: the analysis kept is that scenario's, and it is current.
    edit(&mut state, Change::headcount(30.0));
    assert_eq!(state.estimator.to_analyse(), None);
    assert!(Rc::ptr_eq(&analysis(&state).0, &kept.0));
    assert!(!state.estimator.current().analysing());
}

#[test]
fn the_page_says_once_that_the_browser_would_not_promise_to_keep_the_work() {
    let answer = |promised, noted_before| {
        let mut state = with_options(&[12]);
        state.reduce(Action::StorageAnswer {
            promised,
            noted_before,
        });
        state
    };
    // Not promised, never said: the note shows, with nothing else changed.
    let shown = answer(false, false);
    assert!(shown.keep_note);
    assert_eq!(headcounts(&shown), [12]);
    // Promised, or said on an earlier visit: no note.
    assert!(!answer(true, false).keep_note);
    assert!(!answer(false, true).keep_note);
    // Dismissed: gone, and the work is as it was.
    let mut dismissed = shown.clone();
    dismissed.reduce(Action::DismissKeepNote);
    assert!(!dismissed.keep_note);
    assert_eq!(dismissed.saved(), shown.saved());
}
