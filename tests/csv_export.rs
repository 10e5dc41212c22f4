//! CSV exports open correctly in a spreadsheet: a BOM, one row per line, commas and quotes in
//! Chinese text quoted, and numbers that add up to the total.
#![cfg(not(target_arch = "wasm32"))]

use model::Lang;
use model::cost::{Costing, Scenario};
use training_planner::catalog::catalog;
use training_planner::share::csv_export::{BOM, budget_summary, line_items};

fn rows(csv_text: &str) -> Vec<Vec<String>> {
    let body = csv_text.strip_prefix(BOM).expect("starts with a UTF-8 BOM");
    csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(body.as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect()
}

#[test]
fn line_items_read_back_as_the_estimate_and_add_up() {
    let c = catalog();
    let e = Costing::new(c, &Scenario::default_for(c))
        .unwrap()
        .estimate(c)
        .unwrap();
    let text = line_items(&e, Lang::Zh);
    assert!(text.starts_with("\u{feff}项目,"));
    let rows = rows(&text);
    assert_eq!(
        rows.len(),
        e.lines.len() + 2,
        "a header, a row per line, the total"
    );
    assert_eq!(rows[1][0], e.lines[0].category.label(Lang::Zh));
    let total = rows.last().unwrap();
    assert_eq!(total[0], "合计");
    let likely_sum: i64 = rows[1..rows.len() - 1]
        .iter()
        .map(|r| r[2].parse::<i64>().unwrap())
        .sum();
    let total_likely: i64 = total[2].parse().unwrap();
    // Each cell is rounded to the yuan, so the sum may differ by the rounding of each line.
    assert!(
        (likely_sum - total_likely).abs() <= e.lines.len() as i64,
        "{likely_sum} vs {total_likely}"
    );
}

#[test]
fn text_with_commas_and_quotes_survives_a_round_trip() {
    let c = catalog();
    let s = Scenario::default_for(c);
    let e = Costing::new(c, &s).unwrap().estimate(c).unwrap();
    let name = "方案 A, \"贵阳\" 窗口".to_string();
    let text = budget_summary(&[(name.clone(), &s, &e)], Lang::Zh);
    let rows = rows(&text);
    assert_eq!(rows[1][0], name);
    // The verdict's reason has Chinese commas and quotation marks; it comes back whole.
    assert_eq!(rows[1][13], e.verdict.reason(Lang::Zh));
    assert_eq!(rows[1][4], "30");
    assert_eq!(rows[0].len(), rows[1].len());
}

#[test]
fn a_quote_reads_back_with_its_number_client_and_lines_that_add_up() {
    use model::quote::{Day, Quote, QuoteBook, QuoteRequest, RateCard};
    use training_planner::share::csv_export::quote;
    let c = catalog();
    let mut card = RateCard::from_market(c);
    card.vendor = "黔行培训, \"客服\"学院".into();
    let request = QuoteRequest {
        client: "贵阳某银行，客服中心".into(),
        issued: Day::parse("2026-11-23").unwrap(),
        scenario: Scenario::default_for(c),
        plan: None,
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
    assert_eq!(rows[4][1], "2026-12-23");
    let amount = |label: &str| -> i64 {
        rows.iter()
            .find(|r| r.first().is_some_and(|c| c.starts_with(label)))
            .map(|r| r[1].parse().unwrap())
            .unwrap()
    };
    let first_line = rows
        .iter()
        .position(|r| r.first().is_some_and(|c| c == "项目"))
        .unwrap()
        + 1;
    let subtotal_row = rows
        .iter()
        .position(|r| r.first().is_some_and(|c| c == "小计"))
        .unwrap();
    let lines: i64 = rows[first_line..subtotal_row]
        .iter()
        .map(|r| r[1].parse::<i64>().unwrap())
        .sum();
    assert_eq!(lines, amount("小计"));
    assert_eq!(
        amount("小计") + amount("供应商加价") + amount("增值税"),
        amount("合计")
    );
    assert_eq!(amount("合计"), q.total);
}
