//! The budget request's exports, natively: the CSV (BOM, figures, capitals) and the Excel
//! workbook as the worker writes it, read back with calamine, its cells, money formats and
//! formulas checked. The figures are worked out by hand from a request written here.
#![cfg(not(target_arch = "wasm32"))]

#[path = "support/csv_rows.rs"]
mod csv_rows;
use csv_rows::rows;

#[path = "support/formula.rs"]
mod formula;

use std::io::Cursor;

use calamine::{Data, Reader, Xlsx};
use model::Lang;
use model::budget::{BudgetLines, Compared, FundShares, Request, WageBasis};
use model::calendar::Day;
use model::catalog::Range;
use model::cost::{Category, Costing, LineItem, Scenario};
use model::vocab::Sourcing;
use training_planner::catalog::catalog;
use training_planner::export::budget_sheet;
use training_planner::export::csv::sheet;

fn line(category: Category, expected: f64) -> LineItem {
    let cost = Range {
        low: expected,
        likely: expected,
        high: expected,
    };
    LineItem {
        category,
        expected,
        cost,
        drivers: Vec::new(),
    }
}

/// 30 people. 师资费 6,000 + 2,500.40 → 8,500; 场地费 0; 资料费 750; 食宿费 1,800; 交通费 0;
/// 其他 555.02 + 1,160.54 → 1,716. Total 12,766 (壹万贰仟柒佰陆拾陆元整), per head 425.53.
/// Staff time 11,000 outside. Against a wage bill of 500,000: the 1.5 % set-aside is 7,500
/// (passed: 170.21 %), the 8 % limit 40,000 (31.92 %).
fn request() -> Request {
    let c = catalog();
    let s = Scenario::default_for(c);
    let mut e = Costing::new(c, &s).unwrap().estimate(c, &s).unwrap();
    e.shape.headcount = 30;
    e.lines = vec![
        line(Category::TrainerFees, 6_000.0),
        line(Category::TrainerTravel, 2_500.4),
        line(Category::Materials, 750.0),
        line(Category::Catering, 1_800.0),
        line(Category::Tax, 555.02),
        line(Category::Contingency, 1_160.54),
        line(Category::ParticipantTime, 11_000.0),
    ];
    let lines = BudgetLines::new(&e);
    let shares = FundShares::new(
        &c.budget.education_fund,
        lines.total as f64,
        500_000.0,
        WageBasis::Typed,
    )
    .unwrap();
    Request {
        number: "YS-2026-011".into(),
        department: "客户服务部".into(),
        prepared_by: "张三".into(),
        reviewed_by: "李四".into(),
        approved_by: String::new(),
        date: Day::from_ymd(2026, 11, 30).unwrap(),
        chosen: 0,
        scenario: s,
        compared: vec![
            Compared::new("方案 A".into(), Sourcing::Vendor, &e),
            // 30 seats at 800 on a public course (其他 24,000) and their travel, 交通费 3,000:
            // 27,000 in all, 900 a head.
            Compared::new("方案 B".into(), Sourcing::Public, &seats(&e)),
        ],
        estimate: e,
        lines,
        reason: "预算最低".into(),
        shares: Some(shares),
    }
}

/// Option B of [`request`]: the same 30 people on seats at a public course elsewhere.
fn seats(e: &model::cost::Estimate) -> model::cost::Estimate {
    model::cost::Estimate {
        lines: vec![
            line(Category::Seats, 24_000.0),
            line(Category::StaffTravel, 3_000.0),
        ],
        ..e.clone()
    }
}

/// The CSV is the workbook's one sheet, its formulas' figures written out.
fn csv(r: &Request, lang: Lang) -> String {
    sheet(&budget_sheet::budget_request(r, None, catalog(), lang).sheets[0])
}

#[test]
fn the_csv_has_the_categories_total_in_capitals_and_shares() {
    let rows = rows(&csv(&request(), Lang::Zh));
    let find = |label: &str| {
        rows.iter()
            .find(|r| r[0] == label)
            .unwrap_or_else(|| panic!("no row {label}: {rows:?}"))
            .clone()
    };
    assert_eq!(rows[0], ["培训费用预算表"]);
    assert_eq!(find("编号")[1], "YS-2026-011");
    assert_eq!(find("申请部门")[1], "客户服务部");
    assert_eq!(find("编制日期")[1], "2026年11月30日");
    assert_eq!(find("参训人数")[1], "30");
    for (label, amount) in [
        ("师资费", "8500"),
        ("场地费", "0"),
        ("资料费", "750"),
        ("食宿费", "1800"),
        ("交通费", "0"),
        ("其他", "1716"),
    ] {
        assert_eq!(find(label)[1], amount, "{label}");
    }
    assert_eq!(find("师资费")[3], "讲师费、讲师差旅（实报实销）");
    assert_eq!(
        find("合计")[1..],
        ["12766", "", "人民币壹万贰仟柒佰陆拾陆元整"]
    );
    assert_eq!(find("人均（含不可预见费）")[1], "425.53");
    assert_eq!(find("员工工时（不计入预算）")[1], "11000");
    assert_eq!(find("方案 A（选定）")[1..3], ["12766", "425.53"]);
    assert_eq!(find("方案 B")[1..3], ["27000", "900"]);
    assert_eq!(find("选择理由")[1], "预算最低");
    assert_eq!(find("工资总额（年）")[1..], ["500000", "", "2.55%"]);
    assert_eq!(find("计提额")[1..], ["7500", "1.50%", "170.21%"]);
    assert_eq!(find("税前扣除限额")[1..], ["40000", "8.00%", "31.92%"]);
    assert!(find("提示")[1].contains("1.5%"));
    assert_eq!(find("编制人")[1], "张三");
    assert_eq!(find("审批人")[1], "");
}

#[test]
fn the_break_even_is_a_row_under_the_reason_when_the_panel_has_one() {
    let r = request();
    let without = rows(&sheet(
        &budget_sheet::budget_request(&r, None, catalog(), Lang::Zh).sheets[0],
    ));
    assert!(!without.iter().any(|row| row[0] == "值不值"));
    let line = "投诉减少 4.9% 即可回本";
    let with = rows(&sheet(
        &budget_sheet::budget_request(&r, Some(line), catalog(), Lang::Zh).sheets[0],
    ));
    let at = |label: &str| with.iter().position(|row| row[0] == label).unwrap();
    assert_eq!(at("值不值"), at("选择理由") + 1, "right under the reason");
    assert!(with[at("值不值")][1].starts_with(line));
    assert!(with[at("值不值")][1].contains("成本含学员工时"));
}

#[test]
fn in_english_the_csv_and_date_are_english() {
    let rows = rows(&csv(&request(), Lang::En));
    assert_eq!(rows[0], ["Training budget request"]);
    assert!(rows.iter().any(|r| r[..] == ["Date", "30 November 2026"]));
    assert!(
        rows.iter()
            .any(|r| r[0] == "Trainer fees" && r[1] == "8500")
    );
}

fn written(r: &Request, lang: Lang) -> Xlsx<Cursor<Vec<u8>>> {
    let message = budget_sheet::budget_request(r, None, catalog(), lang).to_message();
    let bytes = xlsx_worker::write_message(&message).expect("the request's workbook is written");
    Xlsx::new(Cursor::new(bytes)).expect("calamine opens it")
}

fn row_of(range: &calamine::Range<Data>, label: &str) -> u32 {
    range
        .rows()
        .position(|row| row.first() == Some(&Data::String(label.into())))
        .unwrap_or_else(|| panic!("no row {label:?}")) as u32
        + range.start().unwrap().0
}

#[test]
fn the_workbook_has_money_formats_and_totals_as_formulas() {
    let mut xlsx = written(&request(), Lang::Zh);
    assert_eq!(xlsx.sheet_names(), ["预算表", "方案比较"]);
    let values = xlsx.worksheet_range("预算表").unwrap();
    let formulas = xlsx.worksheet_formula("预算表").unwrap();
    let styles = xlsx.worksheet_style("预算表").unwrap();
    let value = |row: u32, column: u32| values.get_value((row, column)).cloned();
    let text = |s: &str| Some(Data::String(s.into()));
    let number = |v: f64| Some(Data::Float(v));
    let format = |row: u32, column: u32| {
        styles
            .get((row, column))
            .and_then(|s| s.number_format.clone())
            .map(|f| f.format_code)
    };

    assert_eq!(value(0, 0), text("培训费用预算表"));
    assert_eq!(
        value(row_of(&values, "编制日期"), 1),
        text("2026年11月30日")
    );
    assert_eq!(value(row_of(&values, "参训人数"), 1), number(30.0));
    let header = row_of(&values, "费用类别");
    assert_eq!(value(header, 1), text("金额（元）"));
    for (offset, (label, amount)) in [
        ("师资费", 8_500.0),
        ("场地费", 0.0),
        ("资料费", 750.0),
        ("食宿费", 1_800.0),
        ("交通费", 0.0),
        ("其他", 1_716.0),
    ]
    .into_iter()
    .enumerate()
    {
        let row = header + 1 + offset as u32;
        assert_eq!(value(row, 0), text(label));
        assert_eq!(value(row, 1), number(amount), "{label}");
        assert_eq!(format(row, 1).as_deref(), Some("#,##0.00"), "{label}");
    }
    let total = row_of(&values, "合计");
    assert_eq!(value(total, 3), text("人民币壹万贰仟柒佰陆拾陆元整"));

    // Each figure worked out by hand, stored with a formula that computes it.
    for (label, figure) in [
        ("合计", 12_766.0),
        ("人均（含不可预见费）", 425.53),
        ("计提额", 7_500.0),
        ("税前扣除限额", 40_000.0),
    ] {
        let row = row_of(&values, label);
        assert_eq!(value(row, 1), number(figure), "{label}'s stored value");
        let f = formulas
            .get_value((row, 1))
            .filter(|f| !f.is_empty())
            .unwrap_or_else(|| panic!("{label} is a formula"));
        let cell = |r: u32, c: u32| formula::number_at(&values, r, c);
        assert_eq!(formula::evaluate(f, &cell), figure, "{label}: {f}");
        assert_eq!(format(row, 1).as_deref(), Some("#,##0.00"), "{label}");
    }
    // The rates beside the fund lines, and the course's shares of them, as percentages.
    let set_aside = row_of(&values, "计提额");
    assert_eq!(value(set_aside, 2), number(0.015));
    assert_eq!(format(set_aside, 2).as_deref(), Some("0.0#%"));
    let limit = row_of(&values, "税前扣除限额");
    assert_eq!(value(limit, 2), number(0.08));
    assert_eq!(format(limit, 2).as_deref(), Some("0%"));
    assert_eq!(value(row_of(&values, "方案 B"), 1), number(27_000.0));
    assert_eq!(value(row_of(&values, "编制人"), 1), text("张三"));
}

#[test]
fn an_edited_line_in_excel_moves_the_total_and_per_head() {
    // Venue 0 → 3,000: total 15,766, per head 15,766 / 30 = 525.5333… → 525.53.
    let mut xlsx = written(&request(), Lang::Zh);
    let mut values = xlsx.worksheet_range("预算表").unwrap();
    let formulas = xlsx.worksheet_formula("预算表").unwrap();
    let venue = row_of(&values, "场地费");
    values.set_value((venue, 1), Data::Float(3_000.0));
    for (label, expected) in [("合计", 15_766.0), ("人均（含不可预见费）", 525.53)] {
        let row = row_of(&values, label);
        let f = formulas.get_value((row, 1)).unwrap().clone();
        let computed = formula::evaluate(&f, &|r, c| formula::number_at(&values, r, c));
        assert_eq!(computed, expected, "{label}: {f}");
        values.set_value((row, 1), Data::Float(computed));
    }
}

#[test]
fn the_typed_fields_are_kept_with_the_work_and_older_files_still_read() {
    use training_planner::persist::budget_fields::BudgetFields;
    use training_planner::persist::work_file::{SavedWork, import};
    use training_planner::store::{Action, State};
    let day = Day::from_ymd(2026, 11, 30).unwrap();
    let mut state = State::open(SavedWork::empty(), day).unwrap();
    // Nothing typed: the file is as an earlier version wrote it, without the field.
    assert!(!state.work().to_json().contains("\"budget\""));
    let fields = BudgetFields {
        department: "客户服务部".into(),
        wage_bill: "abc".into(),
        reason: "讲师熟悉本行业".into(),
        ..BudgetFields::default()
    };
    state.reduce(Action::Budget(fields.clone()));
    let text = state.work().to_json();
    let read = import(&text, catalog()).expect("the work reads back");
    assert_eq!(read.budget, fields);
    let reopened = State::open(read, day).unwrap();
    assert_eq!(reopened.budget, fields);

    // A file written before the budget request existed reads, with nothing typed.
    let older = State::open(SavedWork::empty(), day)
        .unwrap()
        .work()
        .to_json();
    assert!(!older.contains("budget"));
    assert_eq!(
        import(&older, catalog()).unwrap().budget,
        BudgetFields::default()
    );
}

/// The second sheet sets the options side by side in finance's categories: one column each,
/// the chosen one marked, every category's amount the sum of that option's estimate lines
/// booked there, and the totals and per-head figures formulas over the column.
#[test]
fn the_options_are_compared_category_by_category_with_totals_as_formulas() {
    let mut xlsx = written(&request(), Lang::Zh);
    let values = xlsx.worksheet_range("方案比较").unwrap();
    let formulas = xlsx.worksheet_formula("方案比较").unwrap();
    let value = |row: u32, column: u32| values.get_value((row, column)).cloned();
    let text = |s: &str| Some(Data::String(s.into()));
    let header = row_of(&values, "费用类别");
    assert_eq!(value(header, 1), text("方案 A（选定）"));
    assert_eq!(value(header, 2), text("方案 B"));
    assert_eq!(
        value(row_of(&values, "获取方式"), 2),
        text("派员参加公开课")
    );
    // A: as on the first sheet. B: seats are a course fee (其他), their travel a travel claim.
    for (label, a, b) in [
        ("师资费", 8_500.0, 0.0),
        ("场地费", 0.0, 0.0),
        ("资料费", 750.0, 0.0),
        ("食宿费", 1_800.0, 0.0),
        ("交通费", 0.0, 3_000.0),
        ("其他", 1_716.0, 24_000.0),
    ] {
        let row = row_of(&values, label);
        assert_eq!(value(row, 1), Some(Data::Float(a)), "{label}, A");
        assert_eq!(value(row, 2), Some(Data::Float(b)), "{label}, B");
    }
    let cell = |r: u32, c: u32| formula::number_at(&values, r, c);
    for (label, a, b) in [("合计", 12_766.0, 27_000.0), ("人均", 425.53, 900.0)] {
        let row = row_of(&values, label);
        for (column, figure) in [(1, a), (2, b)] {
            let f = formulas
                .get_value((row, column))
                .filter(|f| !f.is_empty())
                .unwrap_or_else(|| panic!("{label} is a formula"));
            assert_eq!(formula::evaluate(f, &cell), figure, "{label}: {f}");
            assert_eq!(value(row, column), Some(Data::Float(figure)), "{label}");
        }
    }
}
