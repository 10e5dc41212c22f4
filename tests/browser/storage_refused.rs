//! When the browser refuses to save (storage full): the user is told at once and offered the
//! work as a file, no quote number is issued that could be issued again, and once storage takes
//! writes again the next save (or issue) works.

use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;

use crate::dom::{EstimateApp, Mounted, QuoteApp, clear_storage};

fn text(page: &Mounted, id: &str) -> String {
    page.by_test_id(id).text_content().unwrap_or_default()
}

/// Makes every `localStorage.setItem` throw, as a full storage does, until `restore` is called.
pub fn break_storage() -> js_sys::Function {
    let prototype = js_sys::Reflect::get(&js_sys::global(), &"Storage".into())
        .and_then(|s| js_sys::Reflect::get(&s, &"prototype".into()))
        .unwrap();
    let original: js_sys::Function = js_sys::Reflect::get(&prototype, &"setItem".into())
        .unwrap()
        .dyn_into()
        .unwrap();
    let failing = js_sys::Function::new_no_args(
        "throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');",
    );
    js_sys::Reflect::set(&prototype, &"setItem".into(), &failing).unwrap();
    original
}

pub fn restore_storage(original: js_sys::Function) {
    let prototype = js_sys::Reflect::get(&js_sys::global(), &"Storage".into())
        .and_then(|s| js_sys::Reflect::get(&s, &"prototype".into()))
        .unwrap();
    js_sys::Reflect::set(&prototype, &"setItem".into(), &original).unwrap();
}

#[wasm_bindgen_test]
async fn when_the_browser_refuses_to_save_the_user_is_told_and_offered_the_file() {
    clear_storage();
    let page = Mounted::keeping_storage::<EstimateApp>().await;
    assert!(
        page.root
            .query_selector("[data-testid=\"save-failed\"]")
            .unwrap()
            .is_none()
    );
    let original = break_storage();
    page.type_into("field-people", "31").await;
    let message = page.by_test_id("save-failed").text_content().unwrap();
    restore_storage(original);
    assert!(message.contains("没有保存"), "{message}");
    assert!(
        message.contains("存储空间已满"),
        "the reason, in the interface's language: {message}"
    );
    assert!(page.by_test_id("save-failed-export").is_connected());

    // Once the browser saves again, the message goes.
    page.type_into("field-people", "32").await;
    assert!(
        page.root
            .query_selector("[data-testid=\"save-failed\"]")
            .unwrap()
            .is_none()
    );
}

/// Case 1: with storage full, quotes looked issued, were gone after a reload, and their numbers
/// were issued again.
#[wasm_bindgen_test]
async fn with_storage_full_no_number_is_issued_that_could_be_issued_again() {
    let page = Mounted::new::<QuoteApp>().await;
    page.type_into("quote-client-input", "甲").await;
    page.click("quote-issue").await;
    let first = text(&page, "quote-number");
    let original = break_storage();
    page.type_into("quote-client-input", "乙").await;
    page.click("quote-issue").await;
    restore_storage(original);
    assert!(
        page.by_test_id("save-failed").is_connected(),
        "the user is told at once"
    );
    assert!(
        text(&page, "quote-number").contains("草稿"),
        "not numbered while nothing is kept"
    );
    drop(page);
    let again = Mounted::keeping_storage::<QuoteApp>().await;
    again.type_into("quote-client-input", "丙").await;
    again.click("quote-issue").await;
    let next = text(&again, "quote-number");
    assert_ne!(next, first);
    assert!(next.ends_with("-0002"), "{next}");
}

/// Case 10 of the second pass: once storage took writes again, issuing stayed refused until some
/// other field changed. Issuing is itself a save, tried each time it is asked for.
#[wasm_bindgen_test]
async fn once_storage_takes_writes_again_issuing_works_at_the_next_click() {
    let page = Mounted::new::<QuoteApp>().await;
    page.type_into("quote-client-input", "甲").await;
    let original = break_storage();
    page.click("quote-issue").await;
    assert!(page.by_test_id("save-failed").is_connected());
    assert!(text(&page, "quote-number").contains("草稿"));
    assert!(
        !page.by_test_id("quote-issue").has_attribute("disabled"),
        "the button stays there to try again"
    );
    restore_storage(original);
    // Nothing else is touched: the next click issues.
    page.click("quote-issue").await;
    assert!(text(&page, "quote-number").ends_with("-0001"));
    assert!(
        page.root
            .query_selector("[data-testid=\"save-failed\"]")
            .unwrap()
            .is_none(),
        "the failure is no longer shown"
    );
}
