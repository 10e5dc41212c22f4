//! The year's plan as a workbook, natively: written with the worker's own writer and read back
//! with calamine. The summary sheet lists every counted course with its cost as money, the
//! total as a formula over the course rows that computes their sum, the quarters' sum as a
//! formula, and the total in capitals; each department has its own sheet with its courses and
//! their total as a formula. The CSV is the summary sheet. Costs are the model's (a course asks
//! finance for every line but staff time), rounded to the fen.
#![cfg(not(target_arch = "wasm32"))]

#[path = "support/formula.rs"]
mod formula;
#[path = "support/workbook.rs"]
mod workbook;

use calamine::Reader;
use model::Lang;
use model::cost::{Category, Costing, Scenario};
use model::money::amount_in_words;
use model::year::{Course, Period, Programme, YearCost};
use training_planner::catalog::catalog;
use training_planner::export::{csv, year_sheet};
use workbook::{Read, written};

const COST: u32 = 10;
const NAME: u32 = 1;

fn asked(s: &Scenario) -> f64 {
    let c = catalog();
    let e = Costing::new(c, s).unwrap().estimate(c, s).unwrap();
    let exact: f64 = e
        .lines
        .iter()
        .filter(|l| {
            !matches!(
                l.category,
                Category::ParticipantTime | Category::Coordination
            )
        })
        .map(|l| l.expected)
        .sum();
    (exact * 100.0).round() / 100.0
}

/// Three courses: two in 客户服务部 (Q1 and May), one in 网点服务部 (Q4), and a fourth deferred.
fn year() -> Programme {
    let c = catalog();
    let mut year = Programme::default();
    let mut add = |edit: &dyn Fn(&mut Course)| {
        let mut course = Course::default_for(c, Lang::Zh);
        edit(&mut course);
        year.add(course, 100).unwrap();
    };
    add(&|_| {});
    add(&|c| {
        c.name = "投诉升级处理".into();
        c.scenario.headcount = 12;
        c.period = Period::M5;
    });
    add(&|c| {
        c.name = "网点投诉处理".into();
        c.department = "网点服务部".into();
        c.scenario.city = "shanghai".into();
        c.period = Period::Q4;
    });
    add(&|c| {
        c.name = "推迟的课程".into();
        c.deferred = true;
    });
    year
}

#[test]
fn the_summary_lists_each_course_and_totals_them_with_a_formula() {
    let year = year();
    let cost = YearCost::compute(catalog(), &year);
    let book = year_sheet::year_plan(&year, &cost, catalog(), Lang::Zh);
    let names: Vec<&str> = book.sheets.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["汇总", "1 客户服务部", "2 网点服务部"]);
    let mut xlsx = written(&book.to_message());
    let sheet = Read::of(&mut xlsx, "汇总");

    let costs: Vec<f64> = year.courses[..3]
        .iter()
        .map(|c| asked(&c.scenario))
        .collect();
    for (course, want) in year.courses[..3].iter().zip(&costs) {
        let row = sheet.row_with(NAME, &course.name);
        assert!(
            (sheet.number(row, COST) - want).abs() < 0.005,
            "{}",
            course.name
        );
        assert_eq!(sheet.format(row, COST).as_deref(), Some("#,##0.00"));
    }
    // The deferred course is not on the plan.
    let deferred = calamine::Data::String("推迟的课程".into());
    assert!(!sheet.values.rows().flatten().any(|cell| *cell == deferred));
    let total_row = sheet.row_with(NAME, "合计");
    let total: f64 = costs.iter().sum();
    assert!((sheet.computed(total_row, COST, None) - total).abs() < 0.005);
    assert!((sheet.number(total_row, COST) - total).abs() < 0.005);
    // The formula follows an edited course.
    let first = sheet.row_with(NAME, &year.courses[0].name);
    let edited = sheet.computed(total_row, COST, Some(((first, COST), 0.0)));
    assert!((edited - (total - costs[0])).abs() < 0.005);
    let words = sheet.row_with(NAME, "合计（大写）");
    assert_eq!(
        sheet.text(words, 2),
        amount_in_words((total * 100.0).round() as i64)
    );
    // The quarters: Q1 the first, Q2 the May course, Q4 the third; their sum is the year's.
    let q2 = sheet.row_with(NAME, "第二季度");
    assert!((sheet.number(q2, 2) - costs[1]).abs() < 0.005);
    let quarters_total = sheet.row_with(NAME, "合计") + 1;
    let quarters_total = (quarters_total..quarters_total + 20)
        .find(|&r| sheet.value(r, NAME) == calamine::Data::String("合计".into()))
        .expect("the quarters' total row");
    assert!((sheet.computed(quarters_total, 2, None) - total).abs() < 0.01);

    // Each department: its courses and their total as a formula.
    let branch = Read::of(&mut xlsx, "2 网点服务部");
    let row = branch.row_with(NAME, "合计");
    assert!((branch.computed(row, COST, None) - costs[2]).abs() < 0.005);
    let service = Read::of(&mut xlsx, "1 客户服务部");
    let row = service.row_with(NAME, "合计");
    assert!((service.computed(row, COST, None) - costs[0] - costs[1]).abs() < 0.005);
    assert_eq!(xlsx.sheet_names().len(), 3);
}

#[test]
fn the_csv_is_the_summary_sheet() {
    let year = year();
    let cost = YearCost::compute(catalog(), &year);
    let book = year_sheet::year_plan(&year, &cost, catalog(), Lang::En);
    let text = csv::sheet(&book.sheets[0]);
    assert!(text.starts_with(csv::BOM));
    assert!(text.contains("Annual training plan"));
    assert!(text.contains("投诉升级处理"));
    assert!(!text.contains("推迟的课程"));
}
