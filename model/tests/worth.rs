//! Is it worth it, worked by hand from Phillips' rules and `data/worth.toml`: the first year's
//! benefits of a case computed on paper, the break-even, no benefit without a baseline, the
//! attribution and confidence adjustments, the cost fully loaded, and the range widening with
//! the belief's.
#![cfg(not(target_arch = "wasm32"))]

use model::Catalog;
use model::catalog::Range;
use model::cost::{Costing, ParticipantTime, Scenario};
use model::worth::{Missing, Note, WorthInputs, assess, break_even, loaded};

fn catalog() -> Catalog {
    Catalog::from_toml_sources().expect("data/ loads")
}

fn point(pct: f64) -> Range {
    Range::exactly(pct)
}

/// 100 complaints a month, an hour each, a customer worth 10,000 of whom 30 % leave, half the
/// change due to the training at 80 % confidence, and a belief of exactly `change` per cent.
fn case(change: f64) -> WorthInputs {
    WorthInputs {
        complaints_per_month: Some(100.0),
        staff_minutes: Some(60.0),
        customer_value: Some(10_000.0),
        leave_pct: Some(30.0),
        change: Some(point(change)),
        attribution_pct: Some(50.0),
        confidence_pct: Some(80.0),
        ..WorthInputs::default()
    }
}

/// Guiyang's hourly wage from data/: the national average × the city's index × the staff
/// share, over the working hours of a year.
fn guiyang_hourly(c: &Catalog) -> f64 {
    let p = &c.costs.participants;
    p.national_wage * c.city("guiyang").unwrap().index() * p.staff_share / p.working_hours_per_year
}

#[test]
fn the_first_years_benefits_of_a_case_worked_on_paper() {
    let c = catalog();
    let s = Scenario::default_for(&c);
    assert_eq!(s.city, "guiyang");
    let w = assess(&c, &s, &case(10.0)).unwrap().unwrap();
    // A complaint avoided: an hour of staff time, and 30 % of a 10,000 customer.
    let value = guiyang_hourly(&c) + 3_000.0;
    assert!((w.value_per_complaint - value).abs() < 1e-9);
    // 1,200 complaints a year × 10 % = 120 avoided at full effect; the first year keeps on
    // average (1 + 0.5) / 2 = 75 % of it (half left after a year, data/worth.toml); half is
    // the training's, at 80 % confidence: 120 × 0.75 × 0.5 × 0.8 = 36 complaints counted.
    assert!((w.counted_share - 0.3).abs() < 1e-12);
    let benefits = 36.0 * value;
    assert!((w.benefits.p50 - benefits).abs() < 1e-6, "{:?}", w.benefits);
    assert!((w.benefits.p10 - benefits).abs() < 1e-6);
}

#[test]
fn the_break_even_times_the_value_counted_is_the_cost() {
    let c = catalog();
    let s = Scenario::default_for(&c);
    let w = assess(&c, &s, &case(10.0)).unwrap().unwrap();
    // The cost is the estimate with participants' time (the default option counts it).
    let cost = Costing::new(&c, &s)
        .unwrap()
        .estimate(&c, &s)
        .unwrap()
        .total;
    assert!((w.cost.likely - cost).abs() < 0.005);
    let avoided = w.complaints_a_year * w.break_even_pct / 100.0 * w.counted_share;
    assert!(
        (avoided * w.value_per_complaint - cost).abs() < 0.5,
        "{} vs {cost}",
        avoided * w.value_per_complaint
    );
}

#[test]
fn the_break_even_alone_is_the_one_the_whole_answer_gives() {
    // The budget request's line asks for the break-even only: worked without the draws, it is
    // the figure of the cost and the value counted, whatever the belief.
    let c = catalog();
    let s = Scenario::default_for(&c);
    let cost = Costing::new(&c, &s)
        .unwrap()
        .estimate(&c, &s)
        .unwrap()
        .total;
    // 1,200 complaints a year × 0.3 counted (as above) per cent, each worth an hour in Guiyang
    // and 30 % of 10,000.
    let per_pct = 1_200.0 / 100.0 * 0.3 * (guiyang_hourly(&c) + 3_000.0);
    for change in [0.0, 10.0, 40.0] {
        let alone = break_even(&c, &s, &case(change)).unwrap().unwrap();
        assert!(
            (alone - cost / per_pct).abs() < 1e-6,
            "{alone} vs {}",
            cost / per_pct
        );
        let whole = assess(&c, &s, &case(change)).unwrap().unwrap();
        assert_eq!(alone, whole.break_even_pct);
    }
    // Without complaints there is nothing to count: it says what is missing, as the panel does.
    let none = WorthInputs {
        complaints_per_month: None,
        ..case(10.0)
    };
    let missing = break_even(&c, &s, &none).unwrap().unwrap_err();
    assert!(missing.contains(&Missing::Complaints), "{missing:?}");
}

#[test]
fn with_no_change_expected_the_roi_is_minus_100_and_the_break_even_still_stands() {
    let c = catalog();
    let s = Scenario::default_for(&c);
    let w = assess(&c, &s, &case(0.0)).unwrap().unwrap();
    assert_eq!(w.benefits.p90, 0.0);
    for roi in [w.roi_pct.p10, w.roi_pct.p50, w.roi_pct.p90] {
        assert!((roi + 100.0).abs() < 1e-9);
    }
    assert_eq!(w.chance, 0.0);
    assert_eq!(w.payback_months, None);
    assert!(w.break_even_pct.is_finite() && w.break_even_pct > 0.0);
}

#[test]
fn confidence_and_attribution_scale_what_is_counted() {
    let c = catalog();
    let s = Scenario::default_for(&c);
    let at = |attribution: f64, confidence: f64| {
        let inputs = WorthInputs {
            attribution_pct: Some(attribution),
            confidence_pct: Some(confidence),
            ..case(10.0)
        };
        assess(&c, &s, &inputs).unwrap().unwrap()
    };
    // Phillips' example: an estimate of 336,000 at 70 % confidence counts as 235,200.
    let full = at(100.0, 100.0);
    let seventy = at(100.0, 70.0);
    assert!((seventy.benefits.p50 / full.benefits.p50 - 0.7).abs() < 1e-12);
    assert!((336_000.0 * 0.7_f64 - 235_200.0).abs() < 1e-6);
    // Half the change due to the training halves the benefits and doubles the break-even.
    let half = at(50.0, 100.0);
    assert!((half.benefits.p50 * 2.0 - full.benefits.p50).abs() < 1e-6);
    assert!((half.break_even_pct / full.break_even_pct - 2.0).abs() < 1e-9);
}

#[test]
fn without_a_baseline_there_is_no_benefit_and_the_panel_says_what_is_missing() {
    let c = catalog();
    let s = Scenario::default_for(&c);
    let nothing = assess(&c, &s, &WorthInputs::default()).unwrap();
    assert_eq!(
        nothing,
        Err(vec![
            Missing::Complaints,
            Missing::Attribution,
            Missing::Confidence
        ])
    );
    // A customer's value without the share who leave cannot be counted either.
    let half_told = WorthInputs {
        leave_pct: None,
        ..case(10.0)
    };
    assert_eq!(
        assess(&c, &s, &half_told).unwrap(),
        Err(vec![Missing::LeaveShare])
    );
    // Without either, a complaint is worth its staff time alone.
    let staff_only = WorthInputs {
        leave_pct: None,
        customer_value: None,
        ..case(10.0)
    };
    let w = assess(&c, &s, &staff_only).unwrap().unwrap();
    assert!((w.value_per_complaint - guiyang_hourly(&c)).abs() < 1e-9);
}

#[test]
fn the_cost_is_fully_loaded_even_when_the_option_leaves_staff_time_out() {
    let c = catalog();
    let mut s = Scenario::default_for(&c);
    s.participant_time = ParticipantTime::Off;
    let w = assess(&c, &s, &case(10.0)).unwrap().unwrap();
    let with_time = loaded(&s);
    assert_eq!(with_time.participant_time, ParticipantTime::CityWage);
    let cash_only = Costing::new(&c, &s)
        .unwrap()
        .estimate(&c, &s)
        .unwrap()
        .total;
    let loaded_cost = Costing::new(&c, &with_time)
        .unwrap()
        .estimate(&c, &with_time)
        .unwrap()
        .total;
    assert!(loaded_cost > cash_only);
    assert!((w.cost.likely - loaded_cost).abs() < 0.005);
}

#[test]
fn the_range_widens_when_the_belief_widens_and_a_bold_belief_is_noted() {
    let c = catalog();
    let s = Scenario::default_for(&c);
    let narrow = assess(&c, &s, &case(5.0)).unwrap().unwrap();
    let wide = assess(
        &c,
        &s,
        &WorthInputs {
            change: Some(Range {
                low: 0.0,
                likely: 5.0,
                high: 15.0,
            }),
            ..case(5.0)
        },
    )
    .unwrap()
    .unwrap();
    let width = |w: &model::worth::Worth| w.roi_pct.p90 - w.roi_pct.p10;
    assert!(width(&wide) > width(&narrow) * 2.0);
    assert!(wide.notes.is_empty());
    // More than 15 % fewer complaints a year is beyond what almost anyone achieves.
    let bold = assess(&c, &s, &case(30.0)).unwrap().unwrap();
    assert_eq!(bold.notes, vec![Note::BeyondTheAnchor { anchor: 15.0 }]);
    // The default belief is data/worth.toml's 0 / 5 / 15.
    assert_eq!(
        WorthInputs::default().change(&c),
        Range {
            low: 0.0,
            likely: 5.0,
            high: 15.0
        }
    );
}

#[test]
fn a_change_far_past_the_break_even_pays_in_every_draw_and_within_the_year() {
    let c = catalog();
    let s = Scenario::default_for(&c);
    let w = assess(&c, &s, &case(10.0)).unwrap().unwrap();
    // With 100 complaints a month at 3,000+ CNY each, the default course pays for itself
    // well under a 30 % fall.
    assert!(w.break_even_pct * 3.0 <= 100.0, "{}", w.break_even_pct);
    let sure = assess(&c, &s, &case(w.break_even_pct * 3.0))
        .unwrap()
        .unwrap();
    assert_eq!(sure.chance, 1.0);
    // Three times the break-even's benefits pay the expected cost in 12 ÷ 3 = 4 months.
    let months = sure.payback_months.unwrap();
    assert!((months - 4.0).abs() < 1e-6, "{months}");
}

#[test]
fn the_measurement_plan_follows_the_modules_taught() {
    use model::catalog::PlanItem;
    use model::plan::Plan;
    use model::vocab::{Audience, Depth};
    use model::worth::measurement_plan;
    let c = catalog();
    let mut plan = Plan::new(Audience::Frontline);
    plan.items = vec![
        PlanItem::lecture(5, Depth::Basic),
        PlanItem::lecture(2, Depth::Basic),
    ];
    let m = measurement_plan(&c.modules, &plan, &c.worth.evaluation);
    let (two, five) = (c.modules.get(2).unwrap(), c.modules.get(5).unwrap());
    // Customer psychology is taught before LASCAR (the plan's teaching order): each module's
    // behaviour to observe at level 3, and its figure at level 4.
    assert_eq!(
        m.behaviour,
        vec![(&two.title, &two.observe), (&five.title, &five.observe)]
    );
    assert_eq!(m.results, vec![&two.kpi, &five.kpi]);
    assert_eq!(m.results[1].zh, "首次解决率");
    // Level 2 tests every objective of both, before and after.
    assert_eq!(
        m.learning.len(),
        two.objectives.len() + five.objectives.len()
    );
    // Behaviour at 60–90 days; the KPIs against the three months before, at 3, 6 and 12.
    let t = m.timing;
    assert_eq!((t.behaviour_from_days, t.behaviour_to_days), (60, 90));
    assert_eq!(
        (t.baseline_months, t.results_months.clone()),
        (3, vec![3, 6, 12])
    );
    // No modules, nothing to measure but reactions.
    let none = measurement_plan(
        &c.modules,
        &Plan::new(Audience::Frontline),
        &c.worth.evaluation,
    );
    assert!(none.learning.is_empty() && none.behaviour.is_empty() && none.results.is_empty());
}

#[test]
fn a_figure_typed_wrong_is_refused_and_what_was_there_is_kept() {
    use model::worth::{WorthField, WorthProblem};
    let c = catalog();
    let mut inputs = case(10.0);
    assert_eq!(
        inputs.set(WorthField::Complaints, Some(-5.0), &c),
        Err(WorthProblem::Negative)
    );
    assert_eq!(inputs.complaints_per_month, Some(100.0));
    assert_eq!(
        inputs.set(WorthField::Attribution, Some(120.0), &c),
        Err(WorthProblem::OverHundred)
    );
    assert_eq!(inputs.attribution_pct, Some(50.0));
    // A count may be above 100; a share may not.
    assert_eq!(inputs.set(WorthField::Complaints, Some(450.0), &c), Ok(()));
    assert_eq!(inputs.complaints_per_month, Some(450.0));
    // Emptying a box leaves the figure out: the panel then names it as missing.
    inputs.set(WorthField::Confidence, None, &c).unwrap();
    assert_eq!(inputs.missing(), vec![Missing::Confidence]);
}

#[test]
fn the_change_is_typed_one_figure_at_a_time_and_named_until_in_order() {
    use model::worth::WorthField;
    let c = catalog();
    let mut inputs = case(10.0);
    inputs.change = None;
    // data/worth.toml's 0 / 5 / 15 until one is typed.
    assert_eq!(inputs.get(WorthField::ChangeLikely, &c), Some(5.0));
    // 10 / 20 / 30, typed low first: for a moment the low is above the likely.
    inputs.set(WorthField::ChangeLow, Some(10.0), &c).unwrap();
    assert_eq!(inputs.missing(), vec![Missing::OrderedChange]);
    assert!(
        assess(&c, &Scenario::default_for(&c), &inputs)
            .unwrap()
            .is_err()
    );
    inputs
        .set(WorthField::ChangeLikely, Some(20.0), &c)
        .unwrap();
    inputs.set(WorthField::ChangeHigh, Some(30.0), &c).unwrap();
    assert!(inputs.missing().is_empty());
    assert_eq!(
        inputs.change,
        Some(Range {
            low: 10.0,
            likely: 20.0,
            high: 30.0
        })
    );
    // Emptied, each goes back to the data's figure; all three back is no belief of one's own.
    for field in [
        WorthField::ChangeLow,
        WorthField::ChangeLikely,
        WorthField::ChangeHigh,
    ] {
        inputs.set(field, None, &c).unwrap();
    }
    assert_eq!(inputs.change, None);
}

#[test]
fn the_benefit_line_crosses_the_expected_cost_at_the_break_even() {
    let c = catalog();
    let w = assess(&c, &Scenario::default_for(&c), &case(10.0))
        .unwrap()
        .unwrap();
    assert!((w.benefit_at(w.break_even_pct) - w.cost.likely).abs() < 0.01);
    assert_eq!(w.benefit_at(0.0), 0.0);
    // A straight line: twice the fall, twice the benefit.
    assert!((w.benefit_at(20.0) - 2.0 * w.benefit_at(10.0)).abs() < 1e-6);
}

#[test]
fn the_panel_asks_for_todays_figures_then_what_the_course_should_change() {
    use model::worth::WorthField::{self, *};
    let (expected, today): (Vec<WorthField>, Vec<WorthField>) = WorthField::ALL
        .iter()
        .copied()
        .partition(|f| f.is_expectation());
    assert_eq!(
        today,
        [
            Complaints,
            Escalated,
            Regulator,
            StaffMinutes,
            CustomerValue,
            LeavePct
        ]
    );
    assert_eq!(
        expected,
        [ChangeLow, ChangeLikely, ChangeHigh, Attribution, Confidence]
    );
    // A share is typed in per cent; a count, minutes or yuan in its own unit.
    assert_eq!(Complaints.unit(), model::i18n::worth::PER_MONTH);
    assert_eq!(CustomerValue.unit(), model::i18n::worth::YUAN);
    assert_eq!(LeavePct.unit(), model::i18n::worth::PERCENT);
    assert_eq!(Confidence.unit(), model::i18n::worth::PERCENT);
}
