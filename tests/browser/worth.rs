//! Is it worth it, on the page: the panel on the default option says what is missing, then,
//! with complaints, attribution and confidence typed, the break-even worked from the rules (the
//! fully loaded cost over the benefit counted for each 1 % fewer complaints); a wrong figure is
//! named at its field and changes nothing; the break-even follows the cost when the headcount
//! changes; the budget request carries the line.

use model::cost::{Bound, Costing, Scenario, costing::total};
use model::worth::loaded;
use wasm_bindgen_test::wasm_bindgen_test;

use crate::dom::{EstimateApp, Mounted, QuoteApp};

fn text(page: &Mounted, id: &str) -> String {
    page.by_test_id(id).text_content().unwrap_or_default()
}

/// The break-even for `headcount` at the default scenario, 100 complaints a month of an hour's
/// staff time each, half the change the training's at 80 % confidence, and `customers` CNY of
/// customers lost per complaint, worked by hand: the fully loaded expected cost ÷ (1,200
/// complaints × 1 % × the first year's average retention × 0.5 × 0.8 × (an hour at Guiyang's
/// wage + `customers`)).
fn break_even(headcount: i64, customers: f64) -> f64 {
    let c = training_planner::catalog::catalog();
    let s = Scenario {
        headcount,
        ..Scenario::default_for(c)
    };
    let s = loaded(&s);
    let cost = total(&Costing::new(c, &s).unwrap().lines(&mut Bound::Expected));
    let p = &c.costs.participants;
    let hourly = p.national_wage * c.city("guiyang").unwrap().index() * p.staff_share
        / p.working_hours_per_year;
    let retained = (1.0 + c.worth.fade.retained_after_a_year) / 2.0;
    cost / (1_200.0 * 0.01 * retained * 0.5 * 0.8 * (hourly + customers))
}

/// The headline for a break-even of `pct`: past 100 % no fall in complaints pays.
fn sentence(pct: f64) -> String {
    let pct = model::number::plain(pct, 1);
    if pct.parse::<f64>().unwrap() <= 100.0 {
        format!("投诉减少 {pct}% 即可回本")
    } else {
        format!("即使投诉全部消失，第一年的收益也抵不上成本（需要减少 {pct}%）")
    }
}

/// A customer worth 5,000 of whom 30 % leave: 1,500 lost per complaint.
const CUSTOMERS: f64 = 1_500.0;

async fn typed_case(page: &Mounted) {
    page.click("roi-open").await;
    page.type_into("roi-complaints", "100").await;
    page.type_into("roi-customer-value", "5000").await;
    page.type_into("roi-leave", "30").await;
    page.type_into("roi-attribution", "50").await;
    page.type_into("roi-confidence", "80").await;
}

#[wasm_bindgen_test]
async fn the_panel_on_the_default_option_with_typed_inputs() {
    let page = Mounted::new::<EstimateApp>().await;
    page.click("roi-open").await;
    // Nothing typed: no figure, and what is missing is named (no baseline, no benefit).
    let missing = text(&page, "roi-missing");
    assert!(missing.contains("每月投诉量"), "{missing}");
    assert!(missing.contains("归因于培训的比例"), "{missing}");
    assert!(
        page.root
            .query_selector("[data-testid=roi-break-even]")
            .unwrap()
            .is_none()
    );
    // The staff time opens with data/worth.toml's 60 minutes; the customer's value empty.
    let minutes: web_sys::HtmlInputElement =
        wasm_bindgen::JsCast::dyn_into(page.by_test_id("roi-staff-minutes")).unwrap();
    assert_eq!(minutes.value(), "60");
    let value: web_sys::HtmlInputElement =
        wasm_bindgen::JsCast::dyn_into(page.by_test_id("roi-customer-value")).unwrap();
    assert_eq!(value.value(), "");

    page.type_into("roi-complaints", "100").await;
    page.type_into("roi-attribution", "50").await;
    page.type_into("roi-confidence", "80").await;
    // Staff time alone (about ¥49 a complaint) does not pay for this course in a year.
    assert!(break_even(30, 0.0) > 100.0);
    assert_eq!(text(&page, "roi-break-even"), sentence(break_even(30, 0.0)));
    assert!(text(&page, "roi-range").contains("P50"));
    assert!(text(&page, "roi-chance").contains("收回成本的概率"));
    assert!(
        page.root
            .query_selector("[data-testid=roi-missing]")
            .unwrap()
            .is_none()
    );

    // A customer's value without the share who leave: that share is asked for.
    page.type_into("roi-customer-value", "5000").await;
    assert!(text(&page, "roi-missing").contains("流失比例"));
    page.type_into("roi-leave", "30").await;
    let with_customers = text(&page, "roi-break-even");
    assert_eq!(with_customers, sentence(break_even(30, CUSTOMERS)));

    // A negative count is named at its field and changes nothing.
    page.type_into("roi-complaints", "-5").await;
    assert!(page.text().contains("不能小于 0"), "{}", page.text());
    assert_eq!(text(&page, "roi-break-even"), with_customers);
}

#[wasm_bindgen_test]
async fn the_break_even_follows_the_cost_when_the_headcount_changes() {
    let page = Mounted::new::<EstimateApp>().await;
    typed_case(&page).await;
    assert_eq!(
        text(&page, "roi-break-even"),
        sentence(break_even(30, CUSTOMERS))
    );
    page.type_into("field-people", "60").await;
    assert!(break_even(60, CUSTOMERS) > break_even(30, CUSTOMERS));
    assert_eq!(
        text(&page, "roi-break-even"),
        sentence(break_even(60, CUSTOMERS))
    );
}

#[wasm_bindgen_test]
async fn the_budget_request_shows_the_line() {
    let page = Mounted::new::<EstimateApp>().await;
    typed_case(&page).await;
    drop(page);
    let quote = Mounted::keeping_storage::<QuoteApp>().await;
    let line = text(&quote, "budget-break-even");
    assert!(
        line.contains(&sentence(break_even(30, CUSTOMERS))),
        "{line}"
    );
}

#[wasm_bindgen_test]
async fn without_the_figures_the_budget_request_has_no_such_line() {
    let _ = Mounted::new::<EstimateApp>().await;
    let quote = Mounted::keeping_storage::<QuoteApp>().await;
    assert!(
        quote
            .root
            .query_selector("[data-testid=budget-break-even]")
            .unwrap()
            .is_none()
    );
    assert!(quote.by_test_id("budget-request").is_object());
}
