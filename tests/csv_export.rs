//! CSV exports open correctly in a spreadsheet: a BOM, one row per line, commas and quotes in
//! Chinese text quoted, and numbers that add up to the total.
#![cfg(not(target_arch = "wasm32"))]

#[path = "support/csv_rows.rs"]
mod csv_rows;
use csv_rows::rows;

use model::Lang;
use model::cost::{Costing, Scenario};
use training_planner::catalog::catalog;
use training_planner::export::csv::{budget_summary, line_items};

#[test]
fn line_items_read_back_as_the_estimate_and_add_up() {
    let c = catalog();
    let s = Scenario::default_for(c);
    let e = Costing::new(c, &s).unwrap().estimate(c, &s).unwrap();
    let text = line_items(&e, Lang::Zh);
    assert!(text.starts_with("\u{feff}项目,"));
    let rows = rows(&text);
    assert_eq!(
        rows.len(),
        e.lines.len() + 2,
        "a header, a row per line, the total"
    );
    assert_eq!(
        rows[0],
        ["项目", "预计（元）", "低（元）", "最可能（元）", "高（元）"]
    );
    assert_eq!(rows[1][0], e.lines[0].category.label(Lang::Zh));
    let total = rows.last().unwrap();
    assert_eq!(total[0], "合计");
    let column = |i: usize| -> (i64, i64) {
        let sum = rows[1..rows.len() - 1]
            .iter()
            .map(|r| r[i].parse::<i64>().unwrap())
            .sum();
        (sum, total[i].parse().unwrap())
    };
    // Each cell is rounded to the yuan, so a sum may differ by the rounding of each line.
    for i in 1..=4 {
        let (sum, in_total) = column(i);
        assert!(
            (sum - in_total).abs() <= e.lines.len() as i64,
            "column {i}: {sum} vs {in_total}"
        );
    }
    // The expected column is the estimate's total; low, likely, high its extremes.
    assert_eq!(column(1).1, e.total.round() as i64);
    assert_eq!(column(2).1, e.extremes.low.round() as i64);
    assert_eq!(column(4).1, e.extremes.high.round() as i64);
}

#[test]
fn text_with_commas_and_quotes_survives_a_round_trip() {
    let c = catalog();
    let s = Scenario::default_for(c);
    let e = Costing::new(c, &s).unwrap().estimate(c, &s).unwrap();
    let name = "方案 A, \"贵阳\" 窗口".to_string();
    let text = budget_summary(&[(name.clone(), &s, &e)], Lang::Zh);
    let rows = rows(&text);
    assert_eq!(rows[0].len(), rows[1].len());
    let at = |header: &str| rows[0].iter().position(|h| h == header).unwrap();
    assert_eq!(rows[1][0], name);
    // The first verdict's reason has Chinese commas and quotation marks; it comes back whole.
    assert_eq!(rows[1][at("说明")], e.verdicts[0].reason(Lang::Zh));
    assert_eq!(rows[1][at("人数")], "30");
    assert_eq!(rows[1][at("获取方式")], s.sourcing.label(Lang::Zh));
    assert_eq!(
        rows[1][at("预算总额（预计，元）")],
        (e.total.round() as i64).to_string()
    );
    assert_eq!(
        rows[1][at("现金支出（元）")],
        (e.cash.round() as i64).to_string()
    );
}

#[test]
fn a_quote_reads_back_with_its_number_client_and_lines_that_add_up() {
    use model::calendar::Day;
    use model::quote::{Quote, QuoteBook, QuoteRequest, RateCard};
    use training_planner::export::csv::quote;
    let c = catalog();
    let mut card = RateCard::from_market(c);
    card.vendor = "黔行培训, \"客服\"学院".into();
    let request = QuoteRequest {
        client: "贵阳某银行，客服中心".into(),
        issued: Day::parse("2026-11-23").unwrap(),
        scenario: Scenario::default_for(c),
        plan: None,
        contact: Default::default(),
        remarks: String::new(),
    };
    let mut book = QuoteBook::default();
    let q = book
        .issue(Quote::draft(c, &card, &request).unwrap(), "Q")
        .unwrap()
        .clone();
    let rows = rows(&quote(&q, Lang::Zh));
    assert_eq!(rows[0], vec!["报价编号", "Q-2026-0001"]);
    assert_eq!(
        rows[1][1], "黔行培训, \"客服\"学院",
        "commas and quotes survive"
    );
    assert_eq!(rows[2][1], "贵阳某银行，客服中心");
    // Dates as a formal Chinese document writes them, the same as the printed quote: issued
    // 2026-11-23, valid for the card's 30 days.
    assert_eq!(rows[3][1], "2026年11月23日");
    assert_eq!(rows[4][1], "2026年12月23日");
    // Amounts are written with their two decimals; read back in fen.
    let fen = |text: &str| -> i64 {
        assert_eq!(text.split('.').nth(1).map(str::len), Some(2), "{text}");
        text.replace('.', "").parse().unwrap()
    };
    // Totals carry their figure in the last (amount) column.
    let amount = |label: &str| -> i64 {
        rows.iter()
            .find(|r| r.first().is_some_and(|c| c.starts_with(label)))
            .map(|r| fen(r.last().unwrap()))
            .unwrap()
    };
    let header = rows
        .iter()
        .position(|r| r.first().is_some_and(|c| c == "序号"))
        .unwrap();
    assert_eq!(
        rows[header],
        [
            "序号",
            "项目",
            "内容",
            "单位",
            "数量",
            "单价（元）",
            "金额（元）"
        ]
    );
    let subtotal_row = rows
        .iter()
        .position(|r| r.first().is_some_and(|c| c == "小计"))
        .unwrap();
    // Each line: its number, then quantity × unit price = amount, to the fen.
    let mut lines = 0;
    for (i, r) in rows[header + 1..subtotal_row].iter().enumerate() {
        assert_eq!(r[0], (i + 1).to_string());
        let (quantity, price, line): (f64, i64, i64) =
            (r[4].parse().unwrap(), fen(&r[5]), fen(&r[6]));
        assert_eq!((quantity * price as f64).round() as i64, line, "{r:?}");
        lines += line;
    }
    assert_eq!(lines, amount("小计"));
    // A quote made now has no markup (a vendor's margin is in its day rates).
    assert_eq!(q.markup, model::money::Fen::ZERO);
    assert!(
        !rows
            .iter()
            .any(|r| r.first().is_some_and(|c| c.starts_with("供应商加价")))
    );
    assert_eq!(amount("小计") + amount("增值税"), amount("合计"));
    let words = rows
        .iter()
        .find(|r| r.first().is_some_and(|c| c == "合计（大写）"))
        .unwrap();
    assert_eq!(words[1], model::money::amount_in_words(q.total.0));
    assert_eq!(amount("合计"), q.total.0);
}

/// Case 9 of the second hostile pass: a vendor or client name starting with `=` (or `+`, `-`,
/// `@`, a tab, a carriage return) was written raw into the CSV, where Excel and WPS run it as a
/// formula. Every such cell of every CSV starts with `'`, which both show as text; numbers,
/// negative ones too, stay numbers.
#[test]
fn text_that_a_spreadsheet_would_run_is_written_as_text() {
    use model::calendar::Day;
    use model::quote::{Quote, QuoteBook, QuoteRequest, RateCard};
    use training_planner::export::csv::quote;
    let c = catalog();
    let attacks = [
        "=HYPERLINK(\"http://example.com\",\"点我\")",
        "+cmd|' /C calc'!A0",
        "-2+3+cmd|' /C calc'!A0",
        "@SUM(1+1)*cmd|' /C calc'!A0",
        "\t=1+1",
        "\r=1+1",
    ];
    for attack in attacks {
        let mut card = RateCard::from_market(c);
        card.vendor = attack.into();
        let request = QuoteRequest {
            client: attack.into(),
            issued: Day::parse("2026-12-06").unwrap(),
            scenario: Scenario::default_for(c),
            plan: None,
            contact: Default::default(),
            remarks: attack.into(),
        };
        let mut book = QuoteBook::default();
        let q = book
            .issue(Quote::draft(c, &card, &request).unwrap(), "Q")
            .unwrap()
            .clone();
        let rows = rows(&quote(&q, Lang::Zh));
        let cells: Vec<&String> = rows.iter().flatten().collect();
        for cell in &cells {
            assert!(
                !(cell.starts_with(['=', '+', '@', '\t', '\r'])
                    || cell.starts_with('-') && cell.parse::<f64>().is_err()),
                "{cell:?} would run in a spreadsheet"
            );
        }
        let vendor = rows.iter().find(|r| r[0] == "供应商").unwrap();
        assert_eq!(
            vendor[1],
            format!("'{}", attack.trim()),
            "kept whole, as text"
        );
    }
    // The budget summary's names too, and a negative number stays a number.
    let s = Scenario::default_for(c);
    let e = Costing::new(c, &s).unwrap().estimate(c, &s).unwrap();
    let text = budget_summary(&[("=1+1".to_string(), &s, &e)], Lang::Zh);
    assert_eq!(rows(&text)[1][0], "'=1+1");
}
