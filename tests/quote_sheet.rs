//! The quote's Excel export, end to end natively: the workbook the app describes, sent as the
//! page sends it, written by the worker's writer, read back with calamine. The quote's figures
//! are worked out by hand here from the quote's rules (markup on the subtotal, VAT on subtotal
//! plus markup, each in whole yuan rounded half away from zero), and every formula in the file
//! is evaluated from the cells it names and must give the figure stored with it.
#![cfg(not(target_arch = "wasm32"))]

#[path = "support/formula.rs"]
mod formula;

use std::io::Cursor;

use calamine::{Data, Reader, Xlsx};
use model::Lang;
use model::cost::{Category, Scenario};
use model::quote::{Day, Quote, QuoteLine};
use training_planner::catalog::catalog;
use training_planner::share::quote_sheet;

/// Lines of 12,000 + 3,500 + 1,240 = 16,740 yuan. Markup 12.5% of 16,740 is 2,092.5: 2,093
/// rounded half away from zero (half to even would give 2,092). VAT 6% of 16,740 + 2,093 =
/// 18,833 is 1,129.98: 1,130. Total 16,740 + 2,093 + 1,130 = 19,963.
fn quote() -> Quote {
    let line = |category, amount| QuoteLine { category, amount };
    let mut scenario = Scenario::default_for(catalog());
    scenario.headcount = 45;
    Quote {
        number: Some("QX-2026-0007".into()),
        vendor: "黔行客服培训有限公司".into(),
        client: "贵阳市政务服务中心".into(),
        issued: Day::from_ymd(2026, 11, 30).unwrap(),
        valid_until: Day::from_ymd(2026, 12, 30).unwrap(),
        scenario,
        plan: None,
        classes: 2,
        days_per_class: 1,
        lines: vec![
            line(Category::TrainerFees, 12_000),
            line(Category::Venue, 3_500),
            line(Category::Materials, 1_240),
        ],
        subtotal: 16_740,
        markup_pct: 12.5,
        markup: 2_093,
        vat_pct: 6.0,
        vat: 1_130,
        total: 19_963,
    }
}

/// The file the worker writes for this quote, from the message the page would send.
fn written(q: &Quote, lang: Lang) -> Xlsx<Cursor<Vec<u8>>> {
    let message = quote_sheet::quote(q, lang).to_message();
    let bytes = xlsx_worker::write_message(&message).expect("the quote's workbook is written");
    Xlsx::new(Cursor::new(bytes)).expect("calamine opens it")
}

/// The row (zero-based) whose first cell is `label`.
fn row_of(range: &calamine::Range<Data>, label: &str) -> u32 {
    range
        .rows()
        .position(|row| row.first() == Some(&Data::String(label.into())))
        .unwrap_or_else(|| panic!("no row {label:?}")) as u32
        + range.start().unwrap().0
}

#[test]
fn the_quote_sheet_has_its_details_lines_and_totals_as_formulas() {
    let mut xlsx = written(&quote(), Lang::Zh);
    assert_eq!(xlsx.sheet_names(), ["报价单"]);
    let values = xlsx.worksheet_range("报价单").unwrap();
    let formulas = xlsx.worksheet_formula("报价单").unwrap();
    let styles = xlsx.worksheet_style("报价单").unwrap();
    let value = |row: u32, column: u32| values.get_value((row, column)).cloned();
    let text = |s: &str| Some(Data::String(s.into()));
    let number = |v: f64| Some(Data::Float(v));

    assert_eq!(value(0, 0), text("报价单 QX-2026-0007"));
    for (label, expected) in [
        ("报价编号", text("QX-2026-0007")),
        ("供应商", text("黔行客服培训有限公司")),
        ("客户", text("贵阳市政务服务中心")),
        ("报价日期", text("2026-11-30")),
        ("有效期至", text("2026-12-30")),
        ("参训人数", number(45.0)),
        ("班数", number(2.0)),
        ("每班天数", number(1.0)),
    ] {
        assert_eq!(value(row_of(&values, label), 1), expected, "{label}");
    }
    let header = row_of(&values, "项目");
    assert_eq!(value(header, 2), text("金额（元）"));
    for (offset, (label, amount)) in [
        ("讲师费", 12_000.0),
        ("场地", 3_500.0),
        ("教材资料", 1_240.0),
    ]
    .into_iter()
    .enumerate()
    {
        let row = header + 1 + offset as u32;
        assert_eq!(value(row, 0), text(label));
        assert_eq!(value(row, 2), number(amount));
    }

    // The figures worked out by hand, each stored with a formula.
    for (label, figure) in [
        ("小计", 16_740.0),
        ("供应商加价", 2_093.0),
        ("增值税", 1_130.0),
        ("合计（含税）", 19_963.0),
    ] {
        let row = row_of(&values, label);
        assert_eq!(value(row, 2), number(figure), "{label}'s stored value");
        let f = formulas
            .get_value((row, 2))
            .filter(|f| !f.is_empty())
            .unwrap_or_else(|| panic!("{label} is a formula"));
        let cell = |r: u32, c: u32| match values.get_value((r, c)) {
            Some(Data::Float(v)) => *v,
            Some(Data::Int(v)) => *v as f64,
            None | Some(Data::Empty) => 0.0,
            Some(other) => panic!("{label}'s formula {f} reads a non-number {other:?}"),
        };
        assert_eq!(formula::evaluate(f, &cell), figure, "{label}: {f}");
        // Money as money: thousands separators and two decimals (Excel's built-in format 4).
        let format = styles
            .get((row, 2))
            .and_then(|s| s.number_format.clone())
            .unwrap();
        assert_eq!(format.format_code, "#,##0.00", "{label}");
    }
    // The rates beside markup and VAT are percentages, 12.5% with its fraction.
    let rate = |label: &str| {
        let row = row_of(&values, label);
        let format = styles
            .get((row, 1))
            .and_then(|s| s.number_format.clone())
            .unwrap();
        (value(row, 1), format.format_code)
    };
    assert_eq!(rate("供应商加价"), (number(0.125), "0.0#%".into()));
    assert_eq!(rate("增值税"), (number(0.06), "0%".into()));
}

#[test]
fn a_client_who_edits_a_line_sees_the_totals_follow() {
    // What Excel shows after a client changes the venue from 3,500 to 4,500 yuan, worked out
    // by hand: subtotal 17,740; markup 12.5% is 2,217.5, so 2,218; VAT 6% of 19,958 is
    // 1,197.48, so 1,197; total 17,740 + 2,218 + 1,197 = 21,155.
    let mut xlsx = written(&quote(), Lang::Zh);
    let mut values = xlsx.worksheet_range("报价单").unwrap();
    let formulas = xlsx.worksheet_formula("报价单").unwrap();
    let venue = row_of(&values, "场地");
    values.set_value((venue, 2), Data::Float(4_500.0));
    // Recalculated in the order of the rows, as each total depends only on rows above it.
    for (label, expected) in [
        ("小计", 17_740.0),
        ("供应商加价", 2_218.0),
        ("增值税", 1_197.0),
        ("合计（含税）", 21_155.0),
    ] {
        let row = row_of(&values, label);
        let f = formulas.get_value((row, 2)).unwrap().clone();
        let computed = {
            let cell = |r: u32, c: u32| match values.get_value((r, c)) {
                Some(Data::Float(v)) => *v,
                _ => 0.0,
            };
            formula::evaluate(&f, &cell)
        };
        assert_eq!(computed, expected, "{label}: {f}");
        values.set_value((row, 2), Data::Float(computed));
    }
}

#[test]
fn in_english_the_labels_are_english_and_a_draft_is_named_so() {
    let mut draft = quote();
    draft.number = None;
    let mut xlsx = written(&draft, Lang::En);
    assert_eq!(xlsx.sheet_names(), ["Quotation"]);
    let values = xlsx.worksheet_range("Quotation").unwrap();
    assert_eq!(
        values.get_value((0, 0)),
        Some(&Data::String("Quotation Draft".into()))
    );
    let total = row_of(&values, "Total (VAT included)");
    assert_eq!(values.get_value((total, 2)), Some(&Data::Float(19_963.0)));
    let header = row_of(&values, "Item");
    assert_eq!(
        values.get_value((header, 2)),
        Some(&Data::String("Amount (CNY)".into()))
    );
}
