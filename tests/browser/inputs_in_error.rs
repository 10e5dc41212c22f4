//! Text that does not read as a number in full never reaches the figures: they stay at the last
//! good input, marked as such, and nothing is issued or exported while an input it depends on is
//! in error (case 3 of the second hostile pass: `1,000` priced one person and was quoted).

use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;

use crate::dom::{EstimateApp, Mounted, QuoteApp};

fn text(page: &Mounted, id: &str) -> String {
    page.by_test_id(id).text_content().unwrap_or_default()
}

fn shown(page: &Mounted, id: &str) -> bool {
    page.root
        .query_selector(&format!("[data-testid=\"{id}\"]"))
        .unwrap()
        .is_some()
}

/// Types `text` key by key, as a person (or a test driver) does.
async fn type_keys(page: &Mounted, id: &str, text: &str) {
    let mut typed = String::new();
    for c in text.chars() {
        typed.push(c);
        page.type_into(id, &typed).await;
    }
}

#[wasm_bindgen_test]
async fn a_headcount_with_a_comma_marks_the_figures_and_holds_the_quote() {
    let page = Mounted::new::<EstimateApp>().await;
    type_keys(&page, "field-people", "1,000").await;
    assert!(
        page.errors().iter().any(|e| e.contains("逗号")),
        "{:?}",
        page.errors()
    );
    let note = text(&page, "stale");
    assert!(
        note.contains("1 人"),
        "the figures say which input they are for: {note}"
    );
    assert!(
        !shown(&page, "share-link"),
        "no link to figures that are not what is typed"
    );
    page.click("export-lines").await;
    assert!(
        page.errors().iter().any(|e| e.contains("改正后才能导出")),
        "{:?}",
        page.errors()
    );

    // The quote desk says why it will not issue, and issues nothing.
    page.click("tab-quote").await;
    page.type_into("quote-client-input", "某客户").await;
    let hold = text(&page, "quote-hold");
    assert!(hold.contains("方案 A") && hold.contains("人数"), "{hold}");
    let issue = page.by_test_id("quote-issue");
    assert!(issue.has_attribute("disabled"));
    issue.dyn_into::<web_sys::HtmlElement>().unwrap().click();
    yew::scheduler::flush().await;
    assert!(
        text(&page, "quote-number").contains("草稿"),
        "nothing was numbered"
    );

    // Corrected, the quote is for what is typed.
    page.click("tab-estimate").await;
    page.type_into("field-people", "1000").await;
    assert!(!shown(&page, "stale"));
    page.click("tab-quote").await;
    assert!(!shown(&page, "quote-hold"));
    page.click("quote-issue").await;
    assert!(text(&page, "quote-number").ends_with("-0001"));
}

#[wasm_bindgen_test]
async fn a_day_rate_with_a_comma_holds_the_quote_until_it_reads() {
    let page = Mounted::new::<QuoteApp>().await;
    page.type_into("quote-client-input", "某客户").await;
    type_keys(&page, "card-trainer-professional", "1,000").await;
    let hold = text(&page, "quote-hold");
    assert!(hold.contains("价目表") && hold.contains("日费"), "{hold}");
    assert!(page.by_test_id("quote-issue").has_attribute("disabled"));
    page.click("export-csv").await;
    assert!(
        page.errors().iter().any(|e| e.contains("价目表")),
        "the draft is not exported: {:?}",
        page.errors()
    );
    page.type_into("card-trainer-professional", "1000").await;
    assert!(!shown(&page, "quote-hold"));
    assert!(!page.by_test_id("quote-issue").has_attribute("disabled"));
}
