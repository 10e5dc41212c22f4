//! The budget request: the estimate in finance's categories, and the course against the
//! staff education fund. Expected figures are worked out by hand from the mapping's rule and
//! the shares in `data/budget.toml` (1.5 % set aside, 8 % deductible), never from the output.
#![cfg(not(target_arch = "wasm32"))]

use model::Catalog;
use model::Lang;
use model::budget::{
    BudgetLines, Compared, FinanceCategory, FundShares, WageBasis, WageBillError, check_wage_bill,
    default_reason,
};
use model::catalog::Range;
use model::cost::{Category, Costing, Estimate, LineItem, ParticipantTime, Scenario};
use model::vocab::{Sourcing, TrainerTier};

fn catalog() -> Catalog {
    Catalog::from_toml_sources().expect("data/ loads")
}

fn estimate(catalog: &Catalog, s: &Scenario) -> Estimate {
    Costing::new(catalog, s)
        .unwrap()
        .estimate(catalog, s)
        .unwrap()
}

fn line(category: Category, expected: f64) -> LineItem {
    LineItem {
        category,
        expected,
        cost: Range {
            low: expected,
            likely: expected,
            high: expected,
        },
        drivers: Vec::new(),
    }
}

/// An estimate for 30 people with lines written here: 讲师费 6,000 + 讲师差旅 2,500.40 (师资费
/// 8,500.40 → 8,500); 教材 750 (资料费); 午餐茶歇 1,800 (食宿费); 增值税 555.02 + 不可预见费
/// 1,160.54 = 1,715.56 → 1,716 (其他); 场地费 and 交通费 0. Total 8,500 + 750 + 1,800 + 1,716 =
/// 12,766; per head 12,766 / 30 = 425.533…; staff time 11,000 + 600 = 11,600 outside it.
fn hand_estimate(catalog: &Catalog) -> Estimate {
    let mut e = estimate(catalog, &Scenario::default_for(catalog));
    e.shape.headcount = 30;
    e.lines = vec![
        line(Category::TrainerFees, 6_000.0),
        line(Category::TrainerTravel, 2_500.4),
        line(Category::Materials, 750.0),
        line(Category::Catering, 1_800.0),
        line(Category::Tax, 555.02),
        line(Category::Contingency, 1_160.54),
        line(Category::Coordination, 600.0),
        line(Category::ParticipantTime, 11_000.0),
    ];
    e.total = e.lines.iter().map(|l| l.expected).sum();
    e
}

#[test]
fn the_lines_go_to_finance_categories_in_whole_yuan() {
    let b = BudgetLines::new(&hand_estimate(&catalog()));
    let amounts: Vec<(FinanceCategory, i64)> =
        b.lines.iter().map(|l| (l.category, l.amount)).collect();
    assert_eq!(
        amounts,
        [
            (FinanceCategory::Trainers, 8_500),
            (FinanceCategory::Venue, 0),
            (FinanceCategory::Materials, 750),
            (FinanceCategory::Board, 1_800),
            (FinanceCategory::Travel, 0),
            (FinanceCategory::Other, 1_716),
        ]
    );
    assert_eq!(
        b.lines[0].parts,
        [Category::TrainerFees, Category::TrainerTravel]
    );
    assert_eq!(b.lines[5].parts, [Category::Tax, Category::Contingency]);
    assert_eq!(b.total, 12_766);
    assert!((b.per_head() - 12_766.0 / 30.0).abs() < 1e-9);
    assert!((b.staff_time - 11_600.0).abs() < 1e-9);
    assert_eq!(FinanceCategory::Trainers.label(Lang::Zh), "师资费");
    assert_eq!(FinanceCategory::Board.label(Lang::Zh), "食宿费");
}

/// Scenarios that between them use every category that is ever priced: each route, a trainer
/// flown in, customisation, a hotel, staff travelling to a course elsewhere, staff time on.
fn varied(catalog: &Catalog) -> Vec<Scenario> {
    let base = Scenario::default_for(catalog);
    let with = |f: &dyn Fn(&mut Scenario)| {
        let mut s = base.clone();
        f(&mut s);
        s
    };
    vec![
        base.clone(),
        with(&|s| {
            s.sourcing = Sourcing::Vendor;
            s.trainer = TrainerTier::Expert;
            s.trainer_travels = true;
            s.customise = true;
            s.venue = model::vocab::Venue::Hotel;
            s.participant_time = ParticipantTime::CityWage;
        }),
        with(&|s| {
            s.sourcing = Sourcing::Public;
            s.trainer = TrainerTier::Professional;
            s.course_elsewhere = true;
            s.participant_time = ParticipantTime::CityWage;
        }),
        with(&|s| {
            s.sourcing = Sourcing::OnlineCourse;
            s.trainer = TrainerTier::Professional;
        }),
        with(&|s| {
            s.sourcing = Sourcing::Internal;
            s.trainer = TrainerTier::Internal;
            s.participant_time = ParticipantTime::CityWage;
        }),
    ]
}

#[test]
fn finance_lines_and_staff_time_add_up_to_the_estimate_total() {
    let catalog = catalog();
    for s in varied(&catalog) {
        let e = estimate(&catalog, &s);
        let b = BudgetLines::new(&e);
        let exact: f64 = b.lines.iter().map(|l| l.exact).sum();
        let what = format!("{:?} {:?}", s.sourcing, s.participant_time);
        // Every line of the estimate is in exactly one place: the request or staff time.
        assert!(
            (exact + b.staff_time - e.total).abs() < 1e-6 * e.total.max(1.0),
            "{what}: {exact} + {} vs {}",
            b.staff_time,
            e.total
        );
        let staff: f64 = e
            .lines
            .iter()
            .filter(|l| l.category.is_staff_time())
            .map(|l| l.expected)
            .sum();
        assert!((b.staff_time - staff).abs() < 1e-9, "{what}");
        // Rounding each of six lines moves the total by at most half a yuan each.
        assert!((b.total as f64 - exact).abs() <= 3.0, "{what}");
        assert_eq!(b.total, b.lines.iter().map(|l| l.amount).sum::<i64>());
        let parts: usize = b.lines.iter().map(|l| l.parts.len()).sum();
        let cash_lines = e
            .lines
            .iter()
            .filter(|l| !l.category.is_staff_time())
            .count();
        assert_eq!(parts, cash_lines, "{what}: each line booked once");
    }
}

#[test]
fn a_public_course_elsewhere_books_seats_as_other_and_the_trip_as_travel() {
    let catalog = catalog();
    let s = &varied(&catalog)[2];
    let e = estimate(&catalog, s);
    let b = BudgetLines::new(&e);
    let expected = |c: Category| {
        e.lines
            .iter()
            .find(|l| l.category == c)
            .map_or(0.0, |l| l.expected)
    };
    assert!(expected(Category::StaffTravel) > 0.0);
    assert!(
        (b.lines[FinanceCategory::Travel as usize].exact - expected(Category::StaffTravel)).abs()
            < 1e-9
    );
    assert!(
        b.lines[FinanceCategory::Other as usize]
            .parts
            .contains(&Category::Seats)
    );
    assert_eq!(b.lines[FinanceCategory::Trainers as usize].amount, 0);
}

#[test]
fn the_fund_rules_are_the_official_shares() {
    let f = &catalog().budget.education_fund;
    assert_eq!(f.set_aside, 0.015);
    assert_eq!(f.deductible_limit, 0.08);
    assert!(
        f.deductible_limit_source
            .as_str()
            .contains("财税〔2018〕51号")
    );
    assert!(f.set_aside_source.as_str().contains("国发〔2002〕16号"));
}

#[test]
fn shares_of_a_typed_wage_bill_worked_by_hand() {
    let rules = catalog().budget.education_fund;
    // 12,766 against 1,000,000: 1.2766 % of the wage bill; the set-aside is 15,000, so
    // 85.1067 % of it; the limit 80,000, 15.9575 %. Neither is passed.
    let s = FundShares::new(&rules, 12_766.0, 1_000_000.0, WageBasis::Typed).unwrap();
    assert!((s.of_wage_bill - 0.012_766).abs() < 1e-12);
    assert!((s.set_aside - 15_000.0).abs() < 1e-6);
    assert!((s.of_set_aside - 12_766.0 / 15_000.0).abs() < 1e-12);
    assert!((s.deductible_limit - 80_000.0).abs() < 1e-6);
    assert!((s.of_deductible_limit - 0.159_575).abs() < 1e-12);
    assert!(!s.over_set_aside() && !s.over_deductible_limit());
    assert!(s.warnings(Lang::Zh).is_empty());

    // Against 500,000: the set-aside is 7,500, passed (170.21 % of it); the limit 40,000, not.
    let s = FundShares::new(&rules, 12_766.0, 500_000.0, WageBasis::Typed).unwrap();
    assert!(s.over_set_aside() && !s.over_deductible_limit());
    let w = s.warnings(Lang::Zh);
    assert_eq!(w.len(), 1);
    assert!(
        w[0].contains("1.5%") && w[0].contains("¥7,500") && w[0].contains("170.21%"),
        "{w:?}"
    );
    assert!(s.warnings(Lang::En)[0].contains("set aside at 1.5%"));

    // Case 8 of the second hostile pass: against 100,000 both lines are passed (the set-aside
    // of 1,500, the limit of 8,000), and each is told: the first asks for more funds, the
    // second says the excess is carried forward.
    let s = FundShares::new(&rules, 12_766.0, 100_000.0, WageBasis::Typed).unwrap();
    assert!(s.over_set_aside() && s.over_deductible_limit());
    let w = s.warnings(Lang::Zh);
    assert_eq!(w.len(), 2, "{w:?}");
    assert!(
        w[0].contains("¥1,500") && w[0].contains("追加经费"),
        "{w:?}"
    );
    assert!(
        w[1].contains("8%") && w[1].contains("¥8,000") && w[1].contains("结转"),
        "{w:?}"
    );
    // The hostile pass's figures: 11,691 against 146,000 is 533.84 % of the set-aside of
    // 2,190, and past the limit of 11,680: both said.
    let s = FundShares::new(&rules, 11_691.0, 146_000.0, WageBasis::Typed).unwrap();
    let w = s.warnings(Lang::En);
    assert_eq!(w.len(), 2, "{w:?}");
    assert!(
        w[0].contains("533.84%") && w[0].contains("more funds"),
        "{w:?}"
    );

    // Exactly at the set-aside is within it.
    let s = FundShares::new(&rules, 7_500.0, 500_000.0, WageBasis::Typed).unwrap();
    assert!(!s.over_set_aside());
}

#[test]
fn a_wage_bill_of_nothing_or_less_is_refused() {
    let c = catalog();
    let rules = &c.budget.education_fund;
    for bad in [0.0, -5.0, f64::NAN, f64::INFINITY] {
        assert_eq!(
            check_wage_bill(bad, 30, &c.budget.wage_bill),
            Err(WageBillError::NotPositive),
            "{bad}"
        );
        assert!(FundShares::new(rules, 100.0, bad, WageBasis::Typed).is_err());
    }
    assert!(
        WageBillError::NotPositive
            .message(Lang::Zh)
            .contains("大于零")
    );
}

/// Case 8 of the second hostile pass: a wage bill of 1 was read, and the course shown as
/// 1,169,100 % of it. A wage bill below the participants × the least a year's wages can be
/// (data/budget.toml: 18,000 a head, an assumption from the lowest minimum wages) is refused at
/// its field: for 30 people, below 540,000.
#[test]
fn a_wage_bill_too_small_for_its_people_is_refused_as_a_typing_mistake() {
    let c = catalog();
    let rules = &c.budget.wage_bill;
    assert_eq!(rules.min_per_head, 18_000.0);
    for bad in [1.0, 54.0, 539_999.0] {
        assert_eq!(
            check_wage_bill(bad, 30, rules),
            Err(WageBillError::TooSmall { min: 540_000.0 }),
            "{bad}"
        );
    }
    assert_eq!(check_wage_bill(540_000.0, 30, rules), Ok(540_000.0));
    assert_eq!(check_wage_bill(146_000.0, 8, rules), Ok(146_000.0));
    let zh = WageBillError::TooSmall { min: 540_000.0 }.message(Lang::Zh);
    assert!(zh.contains("¥540,000") && zh.contains("万元"), "{zh}");
    assert!(
        rules
            .min_per_head_source
            .as_str()
            .starts_with("assumption:")
    );
}

#[test]
fn the_city_basis_is_headcount_times_the_citys_average_wage() {
    let catalog = catalog();
    // Guiyang (cities.toml): index 92,472 / 82,291 × 0.9056; the national average wage
    // 120,698 (costs.toml [participants]); 30 people.
    let wage = 120_698.0 * 92_472.0 / 82_291.0 * 0.9056;
    let (basis, bill) = WageBasis::city(&catalog, "guiyang", 30).unwrap();
    assert!((bill - wage * 30.0).abs() < 1e-6, "{bill}");
    assert!(
        (wage - 122_827.0).abs() < 1.0,
        "about 122,827 a year: {wage}"
    );
    match basis {
        WageBasis::CityAverage {
            headcount,
            annual_wage,
        } => {
            assert_eq!(headcount, 30);
            assert!((annual_wage - wage).abs() < 1e-6);
        }
        WageBasis::Typed => panic!("a city basis"),
    }
    assert!(WageBasis::city(&catalog, "atlantis", 30).is_none());
}

#[test]
fn the_default_reason_says_how_the_choice_compares() {
    let catalog = catalog();
    let e = hand_estimate(&catalog);
    let compared = vec![
        Compared::new("方案一".into(), Sourcing::Vendor, &e),
        // 30 seats on a public course at 20,000 in all: 其他 20,000.
        Compared::new(
            "方案二".into(),
            Sourcing::Public,
            &Estimate {
                lines: vec![line(Category::Seats, 20_000.0)],
                ..e.clone()
            },
        ),
    ];
    assert_eq!(compared[0].total(), 12_766);
    let zh = default_reason(&compared, 0, &e, Lang::Zh);
    assert!(
        zh.starts_with("方案一在所比较的 2 个方案中预算最低"),
        "{zh}"
    );
    assert!(zh.ends_with('。'));
    let zh = default_reason(&compared, 1, &e, Lang::Zh);
    // 20,000 − 12,766 = 7,234.
    assert!(zh.starts_with("方案二比预算最低的方案一多 ¥7,234"), "{zh}");
    let en = default_reason(&compared, 1, &e, Lang::En);
    assert!(
        en.starts_with("方案二 costs ¥7,234 more than 方案一, the lowest"),
        "{en}"
    );
}

#[test]
fn a_request_for_the_second_option_with_a_typed_wage_bill() {
    use model::budget::{Request, RequestInput};
    use model::calendar::Day;
    let catalog = catalog();
    let base = Scenario::default_for(&catalog);
    let shanghai = Scenario {
        city: "shanghai".into(),
        ..base.clone()
    };
    let options = vec![
        ("方案一".to_string(), base),
        ("方案二".to_string(), shanghai),
    ];
    let day = Day::from_ymd(2026, 11, 30).unwrap();
    let input = RequestInput {
        department: " 客服部 ",
        wage_bill: Some(200_000.0),
        chosen: 1,
        ..RequestInput::default()
    };
    let r = Request::new(&catalog, &options, &input, day, Lang::Zh).unwrap();
    assert_eq!(r.department, "客服部");
    assert_eq!(r.chosen, 1);
    assert_eq!(r.compared.len(), 2);
    assert_eq!(r.compared[1].total(), r.lines.total);
    // Shanghai costs more than Guiyang for the same course: the reason says by how much.
    assert!(
        r.reason.starts_with("方案二比预算最低的方案一多"),
        "{}",
        r.reason
    );
    let shares = r.shares.unwrap();
    assert_eq!(shares.basis, WageBasis::Typed);
    assert!((shares.set_aside - 3_000.0).abs() < 1e-6);
    assert!((shares.of_wage_bill - r.lines.total as f64 / 200_000.0).abs() < 1e-12);

    // Nothing typed: the city's estimate for the headcount, and a typed reason is kept.
    let input = RequestInput {
        reason: "讲师熟悉本地业务",
        ..RequestInput::default()
    };
    let r = Request::new(&catalog, &options, &input, day, Lang::Zh).unwrap();
    assert_eq!(r.reason, "讲师熟悉本地业务");
    let shares = r.shares.unwrap();
    let (_, bill) = WageBasis::city(&catalog, "guiyang", 30).unwrap();
    assert!((shares.wage_bill - bill).abs() < 1e-6);
    // An option that is not there has no request.
    let input = RequestInput {
        chosen: 5,
        ..RequestInput::default()
    };
    assert!(Request::new(&catalog, &options, &input, day, Lang::Zh).is_none());
}

/// Case 8 of the second hostile pass: the request's total differed from the estimate's cash by
/// the contingency reserve, filed under "other" without a word, and its per head disagreed with
/// the per head in its own reason. The request says the reserve is in its total and its per
/// head, and the reason's figure says it is before the reserve.
#[test]
fn the_request_says_the_reserve_is_in_its_total_and_per_head() {
    use model::budget::{Request, RequestInput};
    use model::money::cny;
    let catalog = catalog();
    let s = Scenario::default_for(&catalog);
    assert!(s.contingency_pct > 0.0, "the default has a reserve");
    let options = vec![("方案 A".to_string(), s.clone())];
    let day = model::calendar::Day::from_ymd(2026, 12, 6).unwrap();
    let r = Request::new(&catalog, &options, &RequestInput::default(), day, Lang::Zh).unwrap();
    let reserve = r.lines.contingency;
    assert!(reserve > 0.0);
    // The total (its six categories each rounded to the yuan) is the estimate's cash and the
    // reserve.
    let exact = r.estimate.cash + reserve;
    assert!(
        (r.lines.total as f64 - exact).abs() <= 3.0,
        "{} vs {exact}",
        r.lines.total
    );
    let zh = r.contingency_note(Lang::Zh).unwrap();
    assert!(
        zh.contains(&cny(reserve)) && zh.contains(&cny(r.estimate.cash)),
        "{zh}"
    );
    assert!(zh.contains("其他") && zh.contains("人均"), "{zh}");
    let en = r.contingency_note(Lang::En).unwrap();
    assert!(en.contains("Other") && en.contains("Per head"), "{en}");
    // The reason's per head (the comparison with seats) is the cash before the reserve, and
    // says so; the request's per head holds it.
    assert!(r.reason.contains("不含不可预见费"), "{}", r.reason);
    let cash_per_head = r.estimate.cash / s.headcount as f64;
    assert!(r.reason.contains(&cny(cash_per_head)), "{}", r.reason);
    assert!(r.lines.per_head() > cash_per_head);
    // Without a reserve there is nothing to say.
    let none = Scenario {
        contingency_pct: 0.0,
        ..s
    };
    let options = vec![("方案 A".to_string(), none)];
    let r = Request::new(&catalog, &options, &RequestInput::default(), day, Lang::Zh).unwrap();
    assert_eq!(r.contingency_note(Lang::Zh), None);
}
