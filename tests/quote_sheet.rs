//! The quote's Excel export, end to end natively: the workbook the app describes, sent as the
//! page sends it, written by the worker's writer, read back with calamine. The quotes' figures
//! are worked out by hand here from the quote's rules (each line quantity × unit price; VAT on
//! the subtotal, or inside it when prices include VAT; markup only on quotes of earlier
//! versions; each to the fen rounded half away from zero, or to the yuan on quotes of earlier
//! versions), and every formula in the file is evaluated from the cells it names and must give
//! the figure stored with it.
#![cfg(not(target_arch = "wasm32"))]

#[path = "support/formula.rs"]
mod formula;

use std::io::Cursor;

use calamine::{Data, Reader, Xlsx};
use model::Lang;
use model::calendar::Day;
use model::catalog::Invoice;
use model::catalog::Taxpayer;
use model::cost::{Category, Scenario};
use model::money::Fen;
use model::quote::{Contact, Item, Priced, Quote, QuoteLine, Rounding, Terms, Unit};
use training_planner::catalog::catalog;
use training_planner::export::quote_sheet;

/// Yuan written with their fen: `y(40.5)` is 40.50.
fn y(yuan: f64) -> Fen {
    Fen::from_yuan(yuan)
}

fn priced(item: Item, unit: Unit, quantity: f64, unit_price: f64, amount: f64) -> QuoteLine {
    QuoteLine {
        category: item.category(),
        amount: y(amount),
        priced: Some(Priced {
            item,
            unit,
            quantity,
            unit_price: y(unit_price),
        }),
    }
}

/// A quote made now, by hand: 讲师费 2 天 × 8,000 = 16,000; 助教费 2 天 × 1,200 = 2,400; 教材
/// 30 套 × 40.50 = 1,215.00; 课程定制 1 项 × 3,000; 场地费 1.5 天 × 1,500 = 2,250; 差旅 1 项 ×
/// 2,345 (at cost). Subtotal 27,210.00. VAT 6 % on top: 1,632.60; total 28,842.60.
fn new_quote() -> Quote {
    let mut scenario = Scenario::default_for(catalog());
    scenario.headcount = 30;
    Quote {
        number: Some("QX-2026-0008".into()),
        vendor: "黔行客服培训有限公司".into(),
        client: "贵阳市政务服务中心".into(),
        issued: Day::from_ymd(2026, 11, 30).unwrap(),
        valid_until: Day::from_ymd(2026, 12, 30).unwrap(),
        scenario,
        plan: None,
        classes: 1,
        days_per_class: 2,
        lines: vec![
            priced(Item::Trainer, Unit::Day, 2.0, 8_000.0, 16_000.0),
            priced(Item::Assistant, Unit::Day, 2.0, 1_200.0, 2_400.0),
            priced(Item::PrintedMaterials, Unit::Set, 30.0, 40.5, 1_215.0),
            priced(Item::Customisation, Unit::Lot, 1.0, 3_000.0, 3_000.0),
            priced(Item::Venue, Unit::Day, 1.5, 1_500.0, 2_250.0),
            priced(Item::Travel, Unit::Lot, 1.0, 2_345.0, 2_345.0),
        ],
        subtotal: y(27_210.0),
        markup_pct: 0.0,
        markup: Fen::ZERO,
        vat_pct: 6.0,
        vat: y(1_632.6),
        total: y(28_842.6),
        tax_included: false,
        terms: Some(Terms {
            vendor_contact: Contact {
                person: "王老师".into(),
                phone: "0851-8888 0000".into(),
            },
            client_contact: Contact {
                person: "李科长".into(),
                phone: "138 0000 0000".into(),
            },
            taxpayer: Taxpayer::General,
            invoice: Invoice::Special,
            deposit_pct: 50.0,
            remarks: String::new(),
        }),
        rounding: Rounding::Fen,
    }
}

/// The quote an earlier version issued: amounts only, a markup of 12.5 %, every amount in
/// whole yuan. Lines of 12,000 + 3,500 + 1,240 = 16,740 yuan. Markup 12.5 % of 16,740 is
/// 2,092.5: 2,093 rounded half away from zero (half to even would give 2,092). VAT 6 % of
/// 16,740 + 2,093 = 18,833 is 1,129.98: 1,130. Total 16,740 + 2,093 + 1,130 = 19,963.
fn old_quote() -> Quote {
    let line = |category, amount: f64| QuoteLine {
        category,
        amount: y(amount),
        priced: None,
    };
    Quote {
        number: Some("QX-2026-0007".into()),
        lines: vec![
            line(Category::TrainerFees, 12_000.0),
            line(Category::Venue, 3_500.0),
            line(Category::Materials, 1_240.0),
        ],
        subtotal: y(16_740.0),
        markup_pct: 12.5,
        markup: y(2_093.0),
        vat_pct: 6.0,
        vat: y(1_130.0),
        total: y(19_963.0),
        terms: None,
        rounding: Rounding::Yuan,
        ..new_quote()
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
    row_where(range, 0, label)
}

/// The row (zero-based) whose cell in `column` is `label`.
fn row_where(range: &calamine::Range<Data>, column: usize, label: &str) -> u32 {
    range
        .rows()
        .position(|row| row.get(column) == Some(&Data::String(label.into())))
        .unwrap_or_else(|| panic!("no row {label:?}")) as u32
        + range.start().unwrap().0
}

const AMOUNT: u32 = 6;
const PRICE: u32 = 5;
const QUANTITY: u32 = 4;

/// Each of `figures` (a label in column A, its figure in the amount column) is stored and is
/// what its formula computes from the cells it names, shown as money.
fn check_formulas(xlsx: &mut Xlsx<Cursor<Vec<u8>>>, sheet: &str, figures: &[(&str, f64)]) {
    let values = xlsx.worksheet_range(sheet).unwrap();
    let formulas = xlsx.worksheet_formula(sheet).unwrap();
    let styles = xlsx.worksheet_style(sheet).unwrap();
    for &(label, figure) in figures {
        let row = row_of(&values, label);
        assert_eq!(
            values.get_value((row, AMOUNT)),
            Some(&Data::Float(figure)),
            "{label}'s stored value"
        );
        let f = formulas
            .get_value((row, AMOUNT))
            .filter(|f| !f.is_empty())
            .unwrap_or_else(|| panic!("{label} is a formula"));
        let cell = |r: u32, c: u32| formula::number_at(&values, r, c);
        assert_eq!(formula::evaluate(f, &cell), figure, "{label}: {f}");
        let format = styles
            .get((row, AMOUNT))
            .and_then(|s| s.number_format.clone())
            .unwrap();
        assert_eq!(format.format_code, "#,##0.00", "{label}");
    }
}

#[test]
fn each_line_is_its_quantity_times_its_unit_price_as_a_formula() {
    let mut xlsx = written(&new_quote(), Lang::Zh);
    assert_eq!(xlsx.sheet_names(), ["报价单"]);
    let values = xlsx.worksheet_range("报价单").unwrap();
    let formulas = xlsx.worksheet_formula("报价单").unwrap();
    let styles = xlsx.worksheet_style("报价单").unwrap();
    let value = |row: u32, column: u32| values.get_value((row, column)).cloned();
    let text = |s: &str| Some(Data::String(s.into()));
    let number = |v: f64| Some(Data::Float(v));

    assert_eq!(value(0, 0), text("报价单 QX-2026-0008"));
    for (label, expected) in [
        ("报价编号", text("QX-2026-0008")),
        ("乙方", text("黔行客服培训有限公司")),
        ("甲方", text("贵阳市政务服务中心")),
        ("报价日期", text("2026年11月30日")),
        ("有效期至", text("2026年12月30日")),
        ("乙方联系人", text("王老师 0851-8888 0000")),
        ("甲方联系人", text("李科长 138 0000 0000")),
        ("参训人数", number(30.0)),
    ] {
        assert_eq!(value(row_of(&values, label), 1), expected, "{label}");
    }
    let header = row_of(&values, "序号");
    let heads: Vec<_> = (0..7).map(|c| value(header, c)).collect();
    assert_eq!(
        heads,
        [
            "序号",
            "项目",
            "内容",
            "单位",
            "数量",
            "单价（元）",
            "金额（元）"
        ]
        .map(text)
    );
    // (item, unit, quantity, unit price, amount), from the quote worked out by hand above.
    let lines = [
        ("讲师费", "天", 2.0, 8_000.0, 16_000.0),
        ("助教费", "天", 2.0, 1_200.0, 2_400.0),
        ("教材", "套", 30.0, 40.5, 1_215.0),
        ("课程定制", "项", 1.0, 3_000.0, 3_000.0),
        ("场地费", "天", 1.5, 1_500.0, 2_250.0),
        ("讲师差旅", "项", 1.0, 2_345.0, 2_345.0),
    ];
    for (i, (item, unit, quantity, price, amount)) in lines.into_iter().enumerate() {
        let row = header + 1 + i as u32;
        assert_eq!(value(row, 0), number(i as f64 + 1.0), "序号 of {item}");
        assert_eq!(value(row, 1), text(item));
        assert_eq!(value(row, 3), text(unit), "{item}");
        assert_eq!(value(row, QUANTITY), number(quantity), "{item}");
        assert_eq!(value(row, PRICE), number(price), "{item}");
        assert_eq!(value(row, AMOUNT), number(amount), "{item}");
        let f = formulas.get_value((row, AMOUNT)).unwrap();
        let cell = |r: u32, c: u32| formula::number_at(&values, r, c);
        assert_eq!(formula::evaluate(f, &cell), amount, "{item}: {f}");
        let format = styles
            .get((row, PRICE))
            .and_then(|s| s.number_format.clone())
            .unwrap();
        assert_eq!(
            format.format_code, "#,##0.00",
            "{item}'s unit price is money"
        );
    }
    assert!(
        values
            .rows()
            .all(|r| r.iter().all(|c| c != &Data::String("供应商加价".into()))),
        "no markup line on a quote made now"
    );
    drop((values, formulas, styles));
    check_formulas(
        &mut xlsx,
        "报价单",
        &[("小计", 27_210.0), ("增值税", 1_632.6), ("合计", 28_842.6)],
    );
    let values = xlsx.worksheet_range("报价单").unwrap();
    assert_eq!(
        values.get_value((row_of(&values, "大写"), 1)),
        Some(&Data::String("人民币贰万捌仟捌佰肆拾贰元陆角整".into()))
    );
}

/// Prices that include VAT: the total is the subtotal, 27,210.00, and the VAT inside it is
/// 27,210 − 27,210 / 1.06 = 27,210 − 25,669.8113… = 1,540.1886…, so 1,540.19 (before tax
/// 25,669.81).
#[test]
fn with_prices_that_include_vat_the_tax_is_the_part_of_the_total_inside_it() {
    let mut q = new_quote();
    q.tax_included = true;
    q.vat = y(1_540.19);
    q.total = y(27_210.0);
    assert_eq!(
        q.problems(),
        [],
        "the hand-worked figures are the quote's rules"
    );
    let mut xlsx = written(&q, Lang::Zh);
    check_formulas(
        &mut xlsx,
        "报价单",
        &[
            ("小计", 27_210.0),
            ("其中增值税", 1_540.19),
            ("合计", 27_210.0),
        ],
    );
}

#[test]
fn a_quote_issued_with_a_markup_by_an_earlier_version_exports_as_issued() {
    let q = old_quote();
    assert_eq!(q.problems(), []);
    let mut xlsx = written(&q, Lang::Zh);
    check_formulas(
        &mut xlsx,
        "报价单",
        &[
            ("小计", 16_740.0),
            ("供应商加价", 2_093.0),
            ("增值税", 1_130.0),
            ("合计", 19_963.0),
        ],
    );
    let values = xlsx.worksheet_range("报价单").unwrap();
    let styles = xlsx.worksheet_style("报价单").unwrap();
    let rate = |label: &str| {
        let row = row_of(&values, label);
        let format = styles
            .get((row, PRICE))
            .and_then(|s| s.number_format.clone())
            .unwrap();
        (values.get_value((row, PRICE)).cloned(), format.format_code)
    };
    assert_eq!(
        rate("供应商加价"),
        (Some(Data::Float(0.125)), "0.0#%".into())
    );
    assert_eq!(rate("增值税"), (Some(Data::Float(0.06)), "0%".into()));
    // Its lines have amounts only.
    let venue = row_where(&values, 1, "场地");
    assert_eq!(
        values.get_value((venue, AMOUNT)),
        Some(&Data::Float(3_500.0))
    );
}

#[test]
fn a_client_who_edits_a_quantity_sees_the_line_and_the_totals_follow() {
    // What Excel shows after a client changes the trainer's days from 2 to 3, worked out by
    // hand: the line 3 × 8,000 = 24,000; subtotal 27,210 + 8,000 = 35,210; VAT 6 % is
    // 2,112.60; total 37,322.60.
    let mut xlsx = written(&new_quote(), Lang::Zh);
    let mut values = xlsx.worksheet_range("报价单").unwrap();
    let formulas = xlsx.worksheet_formula("报价单").unwrap();
    let trainer = row_where(&values, 1, "讲师费");
    values.set_value((trainer, QUANTITY), Data::Float(3.0));
    let recompute = |row: u32, values: &mut calamine::Range<Data>| {
        let f = formulas.get_value((row, AMOUNT)).unwrap().clone();
        let computed = formula::evaluate(&f, &|r, c| formula::number_at(values, r, c));
        values.set_value((row, AMOUNT), Data::Float(computed));
        computed
    };
    assert_eq!(recompute(trainer, &mut values), 24_000.0);
    // Recalculated in the order of the rows, as each total depends only on rows above it.
    for (label, expected) in [("小计", 35_210.0), ("增值税", 2_112.6), ("合计", 37_322.6)] {
        let row = row_of(&values, label);
        assert_eq!(recompute(row, &mut values), expected, "{label}");
    }
}

#[test]
fn in_english_the_labels_and_dates_are_english_and_a_draft_is_named_so() {
    let mut draft = new_quote();
    draft.number = None;
    let mut xlsx = written(&draft, Lang::En);
    assert_eq!(xlsx.sheet_names(), ["Quotation"]);
    let values = xlsx.worksheet_range("Quotation").unwrap();
    assert_eq!(
        values.get_value((0, 0)),
        Some(&Data::String("Quotation Draft".into()))
    );
    let total = row_of(&values, "Total");
    assert_eq!(
        values.get_value((total, AMOUNT)),
        Some(&Data::Float(28_842.6))
    );
    let date = row_of(&values, "Date");
    assert_eq!(
        values.get_value((date, 1)),
        Some(&Data::String("30 November 2026".into()))
    );
    let header = row_of(&values, "No.");
    assert_eq!(
        values.get_value((header, AMOUNT)),
        Some(&Data::String("Amount (CNY)".into()))
    );
}

/// Case 9 of the second hostile pass: text that looks like a formula is written to the workbook
/// as text, never as a formula Excel or WPS would run.
#[test]
fn a_name_that_looks_like_a_formula_is_text_in_the_workbook() {
    let mut q = new_quote();
    q.vendor = "=HYPERLINK(\"http://example.com\",\"x\")".into();
    q.client = "+cmd|' /C calc'!A0".into();
    let mut xlsx = written(&q, Lang::Zh);
    let values = xlsx.worksheet_range("报价单").unwrap();
    let formulas = xlsx.worksheet_formula("报价单").unwrap();
    for (label, name) in [("乙方", &q.vendor), ("甲方", &q.client)] {
        let row = row_of(&values, label);
        assert_eq!(
            values.get_value((row, 1)),
            Some(&Data::String(name.clone())),
            "{label} is the text as typed"
        );
        assert!(
            formulas.get_value((row, 1)).is_none_or(|f| f.is_empty()),
            "{label} is no formula"
        );
    }
}
