//! The quote comparison (询价比价表) as a workbook, natively: written with the worker's own
//! writer and read back with calamine. The figures are worked by hand from the rules: a buyer
//! who is a general taxpayer deducts the VAT on a special invoice, so its cost is the price
//! before tax; on an ordinary invoice the tax is a cost; a price without tax is grossed up by
//! the vendor's rate (6 % for a general taxpayer, `data/tax.toml`). The lowest valid cost is a
//! `MIN` formula over the cost cells, per head a formula over the cost and the headcount, and
//! the recommended price's capitals are its price with tax. The CSV is the one sheet.
#![cfg(not(target_arch = "wasm32"))]

#[path = "support/formula.rs"]
mod formula;
#[path = "support/workbook.rs"]
mod workbook;

use model::Lang;
use model::calendar::Day;
use model::catalog::{Invoice, Taxpayer};
use model::compare::{Bid, Comparison, Enquiry, EnquiryHeading};
use model::cost::Scenario;
use model::money::amount_in_words;
use training_planner::catalog::catalog;
use training_planner::export::{compare_sheet, csv};
use workbook::{Read, written};

/// The table's columns and the heading's, zero-based.
const LABEL: u32 = 1;
const VALUE: u32 = 2;
const VENDOR: u32 = 1;
const WITH_TAX: u32 = 2;
const INVOICE: u32 = 3;
const COST: u32 = 4;
const PER_HEAD: u32 = 5;
const AGAINST: u32 = 9;

const SPECIAL: &str = "黔行客服培训有限公司";
const ORDINARY: &str = "贵州启航企业管理咨询有限公司";
const WITHOUT_TAX: &str = "筑城培训中心";

fn today() -> Day {
    Day::from_ymd(2026, 12, 6).unwrap()
}

/// A general taxpayer's quote of `total`, open to the end of the year.
fn bid(vendor: &str, total: f64, tax_included: bool, invoice: Option<Invoice>) -> Bid {
    Bid {
        vendor: vendor.into(),
        total: Some(total),
        tax_included,
        taxpayer: Taxpayer::General,
        invoice,
        payment_terms: "课后 30 日内付清".into(),
        valid_until: Day::from_ymd(2026, 12, 31),
        ..Bid::default()
    }
}

/// 10,600 with tax on a special invoice (cost 10,000: the 600 VAT deducted); 12,000 with tax on
/// an ordinary one (cost 12,000); 9,000 without tax on a special one (9,540 with tax, cost
/// 9,000).
fn enquiry(bids: Vec<Bid>) -> Enquiry {
    Enquiry {
        heading: EnquiryHeading {
            number: "XJ-2026-012".into(),
            date: None,
            item: "客户投诉处理培训".into(),
            handled_by: "王经办".into(),
            reviewed_by: "李审核".into(),
            approved_by: "赵批准".into(),
        },
        scope: Some(Scenario::default_for(catalog())),
        bids,
        ..Enquiry::default()
    }
}

fn three_bids() -> Vec<Bid> {
    vec![
        bid(SPECIAL, 10_600.0, true, Some(Invoice::Special)),
        bid(ORDINARY, 12_000.0, true, Some(Invoice::Ordinary)),
        bid(WITHOUT_TAX, 9_000.0, false, Some(Invoice::Special)),
    ]
}

/// The enquiry compared today, with the reason the comparison drafts, and its sheet.
fn exported(enquiry: &Enquiry, lang: Lang) -> (Comparison, String, sheet::Workbook) {
    let comparison = enquiry.compare(catalog(), today()).unwrap();
    let reason = comparison.reason(&enquiry.bids, lang).unwrap_or_default();
    let book = compare_sheet::comparison(enquiry, &comparison, &reason, today(), catalog(), lang);
    (comparison, reason, book)
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 0.005
}

#[test]
fn each_quote_costs_the_buyer_what_its_invoice_leaves_and_the_lowest_is_a_formula() {
    let enquiry = enquiry(three_bids());
    let (comparison, reason, book) = exported(&enquiry, Lang::Zh);
    assert_eq!(book.sheets.len(), 1);
    let mut xlsx = written(&book.to_message());
    let sheet = Read::of(&mut xlsx, "询价比价表");

    assert_eq!(sheet.text(0, 0), "询价比价表");
    let value_of = |label: &str| sheet.value(sheet.row_with(LABEL, label), VALUE);
    assert_eq!(
        value_of("编号"),
        calamine::Data::String("XJ-2026-012".into())
    );
    assert_eq!(
        value_of("日期"),
        calamine::Data::String("2026年12月6日".into())
    );
    assert_eq!(
        value_of("项目名称"),
        calamine::Data::String("客户投诉处理培训".into())
    );
    let people_row = sheet.row_with(LABEL, "人数");
    let people = sheet.number(people_row, VALUE);
    assert_eq!(people, Scenario::default_for(catalog()).headcount as f64);

    for (vendor, with_tax, cost, invoice) in [
        (SPECIAL, 10_600.0, 10_000.0, "增值税专用发票 6%"),
        (ORDINARY, 12_000.0, 12_000.0, "增值税普通发票 6%"),
        (WITHOUT_TAX, 9_540.0, 9_000.0, "增值税专用发票 6%"),
    ] {
        let row = sheet.row_with(VENDOR, vendor);
        assert!(close(sheet.number(row, WITH_TAX), with_tax), "{vendor}");
        assert!(close(sheet.number(row, COST), cost), "{vendor}");
        assert_eq!(sheet.format(row, COST).as_deref(), Some("#,##0.00"));
        assert_eq!(sheet.text(row, INVOICE), invoice);
        // Per head is the cost over the headcount, and follows an edited cost.
        assert!(close(sheet.computed(row, PER_HEAD, None), cost / people));
        assert!(close(sheet.number(row, PER_HEAD), cost / people));
        let edited = sheet.computed(row, PER_HEAD, Some(((row, COST), 2.0 * cost)));
        assert!(close(edited, 2.0 * cost / people));
        // Against the market's range for the same scope, with tax on both sides.
        let market = &comparison.scope.market;
        let against = if with_tax > market.high {
            "高于市场区间"
        } else if with_tax < market.low {
            "低于市场区间"
        } else {
            "在市场区间之内"
        };
        assert_eq!(sheet.text(row, AGAINST), against, "{vendor}");
    }

    let lowest = sheet.row_with(LABEL, "有效报价中最低实际成本");
    assert!(sheet.formula(lowest, COST).starts_with("MIN("));
    assert!(close(sheet.computed(lowest, COST, None), 9_000.0));
    assert!(close(sheet.number(lowest, COST), 9_000.0));

    // All marks equal, the lowest cost scores best: the quote without tax is recommended, at
    // its 9,540 with tax.
    assert_eq!(
        sheet.text(sheet.row_with(LABEL, "推荐供应商"), VALUE),
        WITHOUT_TAX
    );
    assert!(!reason.is_empty());
    assert_eq!(sheet.text(sheet.row_with(LABEL, "选择理由"), VALUE), reason);
    let price = sheet.row_with(LABEL, "推荐报价（含税）");
    assert!(close(sheet.computed(price, VALUE, None), 9_540.0));
    let words = sheet.row_with(LABEL, "大写");
    assert_eq!(sheet.text(words, VALUE), amount_in_words(954_000));
    // Three valid quotes under the tender line: the rule has nothing to say.
    assert!(comparison.rule.is_empty());
    let rule = calamine::Data::String("采购规定".into());
    assert!(!sheet.values.rows().flatten().any(|cell| *cell == rule));

    for (label, who) in [("经办", "王经办"), ("审核", "李审核"), ("批准", "赵批准")]
    {
        assert_eq!(sheet.text(sheet.row_with(LABEL, label), VALUE), who);
    }
}

#[test]
fn with_two_quotes_the_rule_asks_for_a_third() {
    let mut bids = three_bids();
    bids.truncate(2);
    let (_, _, book) = exported(&enquiry(bids), Lang::Zh);
    let mut xlsx = written(&book.to_message());
    let sheet = Read::of(&mut xlsx, "询价比价表");
    // 10,000 costs least; its 10,600 with tax is over the three-quotes line of 5,000
    // (data/compare.toml) and under the tender line.
    assert_eq!(
        sheet.text(sheet.row_with(LABEL, "推荐供应商"), VALUE),
        SPECIAL
    );
    let rule = sheet.row_with(LABEL, "采购规定");
    assert_eq!(
        sheet.text(rule, VALUE),
        "金额达到 ¥5,000，按公司规定需要至少三家有效报价，目前只有 2 家。"
    );
    assert_eq!(
        sheet.text(sheet.row_with(LABEL, "大写"), VALUE),
        amount_in_words(1_060_000)
    );
}

#[test]
fn an_expired_quote_stays_in_the_table_but_not_in_the_lowest_cost() {
    let mut bids = three_bids();
    // The cheapest, first, expired the day before.
    bids.insert(
        0,
        Bid {
            valid_until: Day::from_ymd(2026, 12, 5),
            ..bid("过期培训公司", 5_300.0, true, Some(Invoice::Special))
        },
    );
    let (_, _, book) = exported(&enquiry(bids), Lang::En);
    let mut xlsx = written(&book.to_message());
    let sheet = Read::of(&mut xlsx, "Quote comparison");
    let expired = sheet.row_with(VENDOR, "过期培训公司");
    assert!(close(sheet.number(expired, COST), 5_000.0));
    let lowest = sheet.row_with(LABEL, "Lowest cost of the valid quotes");
    assert!(close(sheet.computed(lowest, COST, None), 9_000.0));
    // Three valid quotes: no warning.
    assert_eq!(
        sheet.text(sheet.row_with(LABEL, "Recommended vendor"), VALUE),
        WITHOUT_TAX
    );
}

#[test]
fn without_a_valid_quote_none_is_recommended() {
    let (_, _, book) = exported(&enquiry(Vec::new()), Lang::En);
    let text = csv::sheet(&book.sheets[0]);
    assert!(text.contains("No valid quote: no vendor can be recommended."));
    assert!(!text.contains("Lowest cost of the valid quotes"));
    assert!(!text.contains("In words"));
}

#[test]
fn the_csv_is_the_sheet() {
    let (_, _, book) = exported(&enquiry(three_bids()), Lang::Zh);
    let text = csv::sheet(&book.sheets[0]);
    assert!(text.starts_with(csv::BOM));
    assert!(text.contains("询价比价表"));
    for vendor in [SPECIAL, ORDINARY, WITHOUT_TAX] {
        assert!(text.contains(vendor), "{vendor}");
    }
    assert!(text.contains(&amount_in_words(954_000)));
    let (_, _, book) = exported(&enquiry(three_bids()), Lang::En);
    assert!(csv::sheet(&book.sheets[0]).contains("Quote comparison"));
}

#[test]
fn file_names_in_each_language() {
    assert_eq!(compare_sheet::file_name(Lang::Zh, "csv"), "询价比价表.csv");
    assert_eq!(
        compare_sheet::file_name(Lang::En, "xlsx"),
        "quote-comparison.xlsx"
    );
}
