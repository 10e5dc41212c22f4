//! The comparison of received quotes in the store and in what is saved: what each action does, a
//! bad figure kept out and named at its field, a refused quote file that changes nothing, the
//! comparison in a work file, a save from before it, and two windows editing it at once.
#![cfg(not(target_arch = "wasm32"))]

#[path = "support/windows.rs"]
mod windows;

use model::Lang;
use model::catalog::Invoice;
use model::compare::{BuyerTaxpayer, QuoteFileError, RuleWarning};
use model::cost::Scenario;
use model::typed::NumberError;
use training_planner::catalog::catalog;
use training_planner::persist::work_file::{SavedWork, import};
use training_planner::store::compare::{
    BidEdit, CompareAction, CompareField, CompareNotice, CompareState, Part, PurchaseLine,
};
use training_planner::store::field_problem::FieldProblem;
use training_planner::store::{Action, State};
use windows::{Storage, Window};

fn day() -> model::calendar::Day {
    model::calendar::Day::parse("2026-12-06").unwrap()
}

/// A comparison with quotes of these totals, with tax, each on a special invoice.
fn with_quotes(totals: &[f64]) -> CompareState {
    let mut state = CompareState::new(Default::default(), day());
    for (i, total) in totals.iter().enumerate() {
        state.reduce(CompareAction::AddBid);
        let edits = [
            BidEdit::Vendor(format!("供应商{}", i + 1)),
            BidEdit::Total(Some(*total)),
            BidEdit::TaxIncluded(true),
            BidEdit::Invoice(Some(Invoice::Special)),
        ];
        for edit in edits {
            state.reduce(CompareAction::Edit(i, edit));
        }
    }
    state
}

fn costs(state: &CompareState) -> Vec<f64> {
    let c = state.assessed().unwrap();
    c.bids.iter().map(|b| b.basis.cost).collect()
}

#[test]
fn quotes_typed_are_put_on_one_basis_and_the_cheapest_fair_one_is_recommended() {
    let mut state = with_quotes(&[10_600.0, 12_720.0, 11_660.0]);
    // A general-taxpayer buyer (the default) deducts a special invoice's 6 %.
    let c = costs(&state);
    assert!((c[0] - 10_000.0).abs() < 1e-6 && (c[1] - 12_000.0).abs() < 1e-6);
    let comparison = state.assessed().unwrap().clone();
    assert_eq!(comparison.winner, Some(0));
    assert!(comparison.rule.is_empty(), "{:?}", comparison.rule);
    assert!(state.reason(Lang::Zh).contains("供应商1"));
    // A small-scale buyer pays the tax: each costs what it says with tax.
    state.reduce(CompareAction::Buyer(BuyerTaxpayer::SmallScale));
    assert!((costs(&state)[0] - 10_600.0).abs() < 1e-6);
    // The reason, once edited, is the buyer's until it asks for the drafted one again.
    state.reduce(CompareAction::Reason(Some("服务更好".into())));
    assert_eq!(state.reason(Lang::Zh), "服务更好");
    state.reduce(CompareAction::Reason(None));
    assert!(state.reason(Lang::Zh).contains("供应商1"));
}

#[test]
fn two_quotes_above_the_line_break_the_rule_and_an_edited_line_moves_it() {
    let mut state = with_quotes(&[10_600.0, 12_720.0]);
    let rule = |s: &CompareState| s.assessed().unwrap().rule.clone();
    assert_eq!(
        rule(&state),
        vec![RuleWarning::TooFewQuotes {
            valid: 2,
            line: 5_000.0
        }]
    );
    // The company's own line at 20,000: a 10,600 purchase needs no third quote.
    state.reduce(CompareAction::Line(
        PurchaseLine::ThreeQuotes,
        Some(20_000.0),
    ));
    assert!(rule(&state).is_empty());
    // Emptied, the line is data/compare.toml's again.
    state.reduce(CompareAction::Line(PurchaseLine::ThreeQuotes, None));
    assert_eq!(rule(&state).len(), 1);
}

#[test]
fn a_bad_figure_is_named_at_its_field_and_the_quote_keeps_its_own() {
    let mut state = with_quotes(&[10_600.0, 12_720.0]);
    let before = state.enquiry.clone();
    state.reduce(CompareAction::Unreadable(
        CompareField::Total(1),
        NumberError::NotANumber,
    ));
    state.reduce(CompareAction::Edit(0, BidEdit::Total(Some(-5.0))));
    state.reduce(CompareAction::Edit(
        0,
        BidEdit::Mark(Part::Trainer, Some(120.0)),
    ));
    assert_eq!(state.enquiry, before);
    assert_eq!(
        state.problem(CompareField::Total(0)),
        Some(&FieldProblem::Negative)
    );
    assert_eq!(
        state.problem(CompareField::Mark(0, Part::Trainer)),
        Some(&FieldProblem::OverHundred)
    );
    assert!(matches!(
        state.problem(CompareField::Total(1)),
        Some(FieldProblem::Unreadable(_))
    ));
    // The first quote goes: its problems go with it, and the second's follow it to its place.
    state.reduce(CompareAction::RemoveBid(0));
    assert_eq!(state.enquiry.bids.len(), 1);
    assert!(
        state
            .problem(CompareField::Mark(0, Part::Trainer))
            .is_none()
    );
    assert!(matches!(
        state.problem(CompareField::Total(0)),
        Some(FieldProblem::Unreadable(_))
    ));
    // A good figure clears its field's message.
    state.reduce(CompareAction::Edit(0, BidEdit::Total(Some(9_000.0))));
    assert!(state.problem(CompareField::Total(0)).is_none());
}

#[test]
fn a_refused_quote_file_changes_nothing_and_says_why() {
    let mut state = with_quotes(&[10_600.0]);
    let before = state.enquiry.clone();
    state.reduce(CompareAction::Import(Err(QuoteFileError::NotAQuote)));
    assert_eq!(state.enquiry, before);
    assert_eq!(
        state.notice,
        Some(CompareNotice::Refused(QuoteFileError::NotAQuote))
    );
}

#[test]
fn a_comparison_holds_as_many_quotes_as_data_allows_and_says_when_full() {
    let max = catalog().compare.limits.max_bids;
    let mut state = with_quotes(&vec![10_000.0; max]);
    state.reduce(CompareAction::AddBid);
    assert_eq!(state.enquiry.bids.len(), max);
    assert_eq!(state.notice, Some(CompareNotice::Full));
}

#[test]
fn breaking_a_total_into_lines_keeps_the_total_as_the_first_line() {
    let mut state = with_quotes(&[10_600.0]);
    state.reduce(CompareAction::Edit(0, BidEdit::AddLine(Lang::Zh)));
    let bid = &state.enquiry.bids[0];
    assert_eq!(bid.total, None);
    assert_eq!(bid.lines.len(), 2);
    assert!((bid.quoted() - 10_600.0).abs() < 1e-9);
    state.reduce(CompareAction::Edit(0, BidEdit::Quantity(1, Some(2.0))));
    state.reduce(CompareAction::Edit(0, BidEdit::UnitPrice(1, Some(300.0))));
    assert!((state.enquiry.bids[0].quoted() - 11_200.0).abs() < 1e-9);
}

#[test]
fn the_scope_taken_from_an_option_prices_the_market_for_its_people() {
    let mut state = with_quotes(&[10_600.0]);
    let mut scenario = Scenario::default_for(catalog());
    scenario.headcount = 60;
    state.reduce(CompareAction::Scope("方案二".into(), scenario));
    let c = state.assessed().unwrap();
    assert_eq!(c.scope.people, 60);
    assert_eq!(state.enquiry.heading.item, "方案二");
    // Per head follows the scope's people: 10,000 to this buyer over 60.
    assert!((c.bids[0].basis.per_head - 10_000.0 / 60.0).abs() < 1e-6);
}

#[test]
fn the_market_is_drawn_when_the_place_is_first_shown_not_as_the_app_starts() {
    // A first visit opens without pricing the comparison's scope (10,000 draws the start of
    // the app would otherwise wait for).
    let mut state = State::first_visit(day()).unwrap();
    assert_eq!(state.compare.comparison, None);
    state.reduce(Action::Compare(CompareAction::Open));
    let c = state.compare.assessed().unwrap();
    assert_eq!(
        i64::from(c.scope.people),
        Scenario::default_for(catalog()).headcount
    );
    // Opened again, nothing is worked out twice: the same comparison, not a copy.
    let before = state.compare.comparison.clone().unwrap().unwrap();
    state.reduce(Action::Compare(CompareAction::Open));
    let after = state.compare.comparison.clone().unwrap().unwrap();
    assert!(std::rc::Rc::ptr_eq(&before, &after));
}

#[test]
fn the_comparison_is_kept_in_a_work_file_and_an_earlier_save_opens_without_one() {
    let mut state = State::open(SavedWork::empty(), day()).unwrap();
    state.reduce(Action::Compare(CompareAction::AddBid));
    state.reduce(Action::Compare(CompareAction::Edit(
        0,
        BidEdit::Vendor("贵州某咨询".into()),
    )));
    state.reduce(Action::Compare(CompareAction::Edit(
        0,
        BidEdit::Total(Some(8_000.0)),
    )));
    let saved = state.saved();
    assert_eq!(saved.compare.bids.len(), 1);
    let read = import(&saved.to_json(), catalog()).unwrap();
    assert_eq!(read.compare, saved.compare);
    let reopened = State::open(read, day()).unwrap();
    assert_eq!(reopened.compare.enquiry, state.compare.enquiry);

    // A version 5 save, as the previous release wrote it: no comparison.
    let mut v5: serde_json::Value = serde_json::from_str(&SavedWork::empty().to_json()).unwrap();
    v5["version"] = 5.into();
    v5["options"] = serde_json::json!([{
        "id": "1", "name": "方案A",
        "scenario": serde_json::to_value(Scenario::default_for(catalog())).unwrap()
    }]);
    assert!(
        import(&v5.to_string(), catalog())
            .unwrap()
            .compare
            .is_empty()
    );
    // A file with more quotes than a comparison holds is refused, not cut.
    let mut crowded = saved.clone();
    crowded.compare.bids =
        vec![saved.compare.bids[0].clone(); 1 + catalog().compare.limits.max_bids];
    assert!(import(&crowded.to_json(), catalog()).is_err());
}

fn open(storage: &mut Storage, w: usize) -> Window {
    let base = State::open(SavedWork::empty(), day()).unwrap();
    storage.open(&format!("w{w}"), &base)
}

#[test]
fn two_windows_one_editing_the_quotes_and_one_the_heading_keep_both() {
    let mut storage = Storage::default();
    let mut one = open(&mut storage, 1);
    one.state.reduce(Action::Compare(CompareAction::AddBid));
    storage.keep_work(&mut one);
    let mut two = open(&mut storage, 2);
    assert_eq!(two.state.compare.enquiry.bids.len(), 1);
    one.state.reduce(Action::Compare(CompareAction::Edit(
        0,
        BidEdit::Total(Some(9_000.0)),
    )));
    let mut heading = two.state.compare.enquiry.heading.clone();
    heading.number = "XJ-2027-001".into();
    two.state
        .reduce(Action::Compare(CompareAction::Heading(heading)));
    storage.keep_work(&mut one);
    storage.keep_work(&mut two);
    storage.keep_work(&mut one);
    for w in [&one, &two] {
        assert_eq!(w.state.compare.enquiry.bids[0].total, Some(9_000.0));
        assert_eq!(w.state.compare.enquiry.heading.number, "XJ-2027-001");
    }
}
