//! Comparing quotes: three typed and one opened from a quote desk's file, each on the buyer's
//! basis; a quote three times the market flagged and a fair one not; two quotes only break the
//! purchasing rule; the winner and its reason; a bad figure and a foreign file change nothing.
//! Expected figures are worked from the rules (a general-taxpayer buyer deducts a special
//! invoice's VAT) and the model's own market price of the same scope.

use model::compare::{Flag, Scope};
use model::cost::Scenario;
use model::money::cny;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::Element;

use crate::dom::{CompareApp, Mounted, settle, type_into_element};
use crate::work_files::choose_file_in;

fn bids(page: &Mounted) -> Vec<Element> {
    let list = page
        .root
        .query_selector_all("[data-testid=\"bid\"]")
        .unwrap();
    (0..list.length())
        .map(|i| list.item(i).unwrap().dyn_into().unwrap())
        .collect()
}

fn inside(card: &Element, id: &str) -> Element {
    card.query_selector(&format!("[data-testid=\"{id}\"]"))
        .unwrap()
        .unwrap_or_else(|| panic!("no {id} in {:?}", card.text_content()))
}

fn all_inside(card: &Element, id: &str) -> Vec<String> {
    let list = card
        .query_selector_all(&format!("[data-testid=\"{id}\"]"))
        .unwrap();
    (0..list.length())
        .map(|i| list.item(i).unwrap().text_content().unwrap_or_default())
        .collect()
}

fn text_of(card: &Element, id: &str) -> String {
    inside(card, id).text_content().unwrap_or_default()
}

/// Adds a quote from `vendor` of `total` with tax on a special invoice.
async fn add_quote(page: &Mounted, vendor: &str, total: f64) {
    page.click("bid-add").await;
    let card = bids(page).pop().unwrap();
    type_into_element(&inside(&card, "bid-vendor"), vendor).await;
    type_into_element(&inside(&card, "bid-total-input"), &total.to_string()).await;
    type_into_element(&inside(&card, "bid-invoice"), "special").await;
    settle().await;
}

fn market() -> Scope {
    let c = training_planner::catalog::catalog();
    Scope::new(c, &Scenario::default_for(c)).unwrap()
}

#[wasm_bindgen_test]
async fn three_quotes_typed_and_one_opened_from_a_quote_desks_file() {
    let page = Mounted::new::<CompareApp>().await;
    assert!(page.by_test_id("compare-empty").is_object());
    add_quote(&page, "甲培训", 10_600.0).await;
    add_quote(&page, "乙咨询", 12_720.0).await;
    add_quote(&page, "丙学院", 11_660.0).await;

    // The quote desk's file: a quote drafted from the market's rate card, exported as JSON.
    use model::quote::{Quote, QuoteRequest, RateCard};
    let c = training_planner::catalog::catalog();
    let request = QuoteRequest {
        client: "贵阳市政务服务中心".into(),
        issued: model::calendar::Day::parse("2026-12-06").unwrap(),
        scenario: Scenario::default_for(c),
        plan: None,
        contact: Default::default(),
        remarks: String::new(),
    };
    let mut quote = Quote::draft(c, &RateCard::from_market(c), &request).unwrap();
    quote.vendor = "丁培训中心".into();
    let file = serde_json::to_string(&quote).unwrap();
    choose_file_in(&page, "bid-import", ".compare-bids", &file).await;
    settle().await;

    let cards = bids(&page);
    assert_eq!(cards.len(), 4, "{}", page.text());
    // A general-taxpayer buyer (the default) deducts a special invoice's 6 %.
    let costs: Vec<String> = cards.iter().map(|c| text_of(c, "bid-cost")).collect();
    assert_eq!(costs[..3], [cny(10_000.0), cny(12_000.0), cny(11_000.0)]);
    let vendor: web_sys::HtmlInputElement = inside(&cards[3], "bid-vendor").dyn_into().unwrap();
    assert_eq!(vendor.value(), "丁培训中心");
    // The desk's quote is with tax on a special invoice at its own rate.
    let terms = quote.terms.as_ref().unwrap();
    assert_eq!(terms.invoice, model::catalog::Invoice::Special);
    let expected = quote.total.yuan() / (1.0 + quote.vat_pct / 100.0);
    assert_eq!(costs[3], cny(expected));
    assert!(text_of(&page.root, "compare-notice").contains("丁培训中心"));
    // Its trainer's days are held against the tier's market day rate, line by line.
    assert!(!all_inside(&cards[3], "bid-line-check").is_empty());
    // Per class hour: the cost over the scope's class hours (45 minutes each).
    let hours = market().class_hours;
    assert_eq!(text_of(&cards[0], "bid-per-hour"), cny(10_000.0 / hours));
}

#[wasm_bindgen_test]
async fn a_quote_three_times_the_market_is_flagged_and_a_fair_one_is_not() {
    let page = Mounted::new::<CompareApp>().await;
    let m = market().market;
    add_quote(&page, "贵价", (m.likely * 3.0).round()).await;
    add_quote(&page, "公道", m.likely.round()).await;
    let cards = bids(&page);
    let dear = all_inside(&cards[0], "bid-flag");
    let above = Flag::AboveMarket { high: m.high }.reason(model::Lang::Zh);
    assert_eq!(dear, vec![above]);
    assert!(all_inside(&cards[1], "bid-flag").is_empty());
}

#[wasm_bindgen_test]
async fn two_quotes_only_are_against_the_rule_and_the_winner_has_its_reason() {
    let page = Mounted::new::<CompareApp>().await;
    add_quote(&page, "甲培训", 10_600.0).await;
    add_quote(&page, "乙咨询", 9_540.0).await;
    // 9,540 with tax is at or above the 5,000 line (data/compare.toml): three quotes are asked.
    let warning = page.by_test_id("bid-rule-warning").text_content().unwrap();
    assert!(
        warning.contains(&cny(5_000.0)) && warning.contains('2'),
        "{warning}"
    );
    // The cheaper one wins on price alone (no marks given): 9,000 to this buyer.
    let winner = page.by_test_id("bid-winner").text_content().unwrap();
    assert!(winner.contains("乙咨询"), "{winner}");
    let reason: web_sys::HtmlTextAreaElement =
        page.by_test_id("compare-reason").dyn_into().unwrap();
    assert!(
        reason.value().contains("乙咨询") && reason.value().contains(&cny(9_000.0)),
        "{}",
        reason.value()
    );
    // The form procurement signs carries the result and the reason.
    let form = page.by_test_id("compare-form").text_content().unwrap();
    assert!(form.contains("乙咨询") && form.contains(&reason.value()));
    // A third valid quote meets the rule.
    add_quote(&page, "丙学院", 11_660.0).await;
    assert!(
        page.root
            .query_selector("[data-testid=\"bid-rule-warning\"]")
            .unwrap()
            .is_none()
    );
    // The buyer's own reason replaces the drafted one, on the page and on the form.
    page.type_into("compare-reason", "乙咨询讲师经验更符合本次需求")
        .await;
    let form = page.by_test_id("compare-form").text_content().unwrap();
    assert!(form.contains("乙咨询讲师经验更符合本次需求"));
}

#[wasm_bindgen_test]
async fn a_bad_figure_and_a_foreign_file_change_nothing() {
    let page = Mounted::new::<CompareApp>().await;
    add_quote(&page, "甲培训", 10_600.0).await;
    let card = bids(&page).pop().unwrap();
    type_into_element(&inside(&card, "bid-total-input"), "一万").await;
    settle().await;
    let card = bids(&page).pop().unwrap();
    assert!(
        card.query_selector("[data-testid=error]")
            .unwrap()
            .is_some()
    );
    // The quote keeps the last good figure.
    assert_eq!(text_of(&card, "bid-cost"), cny(10_000.0));
    // A work file is not a quote: refused, with the quote here untouched.
    let work = training_planner::persist::work_file::SavedWork::empty().to_json();
    choose_file_in(&page, "bid-import", ".compare-bids", &work).await;
    assert_eq!(bids(&page).len(), 1);
    let notice = page.by_test_id("compare-notice").text_content().unwrap();
    assert!(notice.contains("不是报价台导出的报价"), "{notice}");
}
