//! Issue 16: what a hostile tester broke, each case driven as a person would.

use model::cost::{Costing, Scenario};
use model::money::cny;
use model::vocab::{Depth, DepthHours};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;

use crate::dom::{EstimateApp, Mounted, QuoteApp};

fn text(page: &Mounted, id: &str) -> String {
    page.by_test_id(id).text_content().unwrap_or_default()
}

fn value(page: &Mounted, id: &str) -> String {
    let element = page.by_test_id(id);
    if let Some(input) = element.dyn_ref::<web_sys::HtmlInputElement>() {
        input.value()
    } else {
        element
            .dyn_ref::<web_sys::HtmlSelectElement>()
            .map(|s| s.value())
            .unwrap_or_default()
    }
}

fn likely_total(scenario: &Scenario) -> String {
    let catalog = training_planner::catalog::catalog();
    cny(Costing::new(catalog, scenario)
        .unwrap()
        .estimate(catalog, scenario)
        .unwrap()
        .total)
}

/// Case 4: typing `0.5`, `0` or `-5` in the hours switched the depth to deep.
#[wasm_bindgen_test]
async fn hours_typed_from_zero_change_only_the_hours() {
    let page = Mounted::new::<EstimateApp>().await;
    page.type_into("field-depth", "basic").await;
    // Keystroke by keystroke, as a person types them.
    for typed in ["0", "0.", "0.5", "", "-", "-5", "6"] {
        page.type_into("field-hours", typed).await;
        assert_eq!(
            value(&page, "field-depth"),
            "basic",
            "after typing {typed:?}"
        );
    }
    let basic_day = Scenario {
        hours: DepthHours::single(Depth::Basic, 6.0),
        ..Scenario::default_for(training_planner::catalog::catalog())
    };
    assert_eq!(text(&page, "total"), likely_total(&basic_day));
}

/// Case 5: after a bad value the estimate on screen is the last good one, and says for what.
#[wasm_bindgen_test]
async fn a_bad_value_keeps_the_last_good_estimate_and_says_which_it_is() {
    let page = Mounted::new::<EstimateApp>().await;
    for typed in ["6", "60", "600", "6000"] {
        page.type_into("field-people", typed).await;
    }
    let six_hundred = Scenario {
        headcount: 600,
        ..Scenario::default_for(training_planner::catalog::catalog())
    };
    assert_eq!(text(&page, "total"), likely_total(&six_hundred));
    let note = text(&page, "stale");
    assert!(
        note.contains("600 人"),
        "the note says which inputs it is for: {note}"
    );
    assert_eq!(value(&page, "field-people"), "6000", "what was typed stays");
    assert!(!page.errors().is_empty(), "the field says what is wrong");
    // A good value again: the note goes.
    page.type_into("field-people", "45").await;
    assert!(
        page.root
            .query_selector("[data-testid=\"stale\"]")
            .unwrap()
            .is_none()
    );
}

/// Case 11: clearing the quote's date issued it with the old date and no message.
#[wasm_bindgen_test]
async fn a_cleared_quote_date_is_named_and_no_quote_is_issued() {
    let page = Mounted::new::<QuoteApp>().await;
    page.type_into("quote-client-input", "某客户").await;
    page.type_into("quote-date", "").await;
    assert!(
        page.errors().iter().any(|e| e.contains("报价日期")),
        "{:?}",
        page.errors()
    );
    let issue = page.by_test_id("quote-issue");
    assert!(issue.has_attribute("disabled"));
    issue.dyn_into::<web_sys::HtmlElement>().unwrap().click();
    yew::scheduler::flush().await;
    assert!(
        text(&page, "quote-number").contains("草稿"),
        "nothing was numbered"
    );
    page.type_into("quote-date", "2026-12-03").await;
    page.click("quote-issue").await;
    assert!(text(&page, "quote-number").ends_with("-0001"));
    // Written formally, as a Chinese document dates itself.
    assert_eq!(text(&page, "quote-issued"), "2026年12月3日");
}

/// Starts listening now; the future ends once the app instances on this page have had the next
/// message on their channel (a listener of our own, created after theirs, hears it after them)
/// and yew has rendered.
fn after_the_next_broadcast() -> impl std::future::Future<Output = ()> {
    let channel = web_sys::BroadcastChannel::new("training-planner").unwrap();
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        channel.set_onmessage(Some(&resolve));
    });
    async move {
        wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
        channel.close();
        yew::scheduler::flush().await;
    }
}

/// Case 2: two tabs of the quote desk both issued Q-…-0001; a second estimator tab wrote its
/// options over the first's.
#[wasm_bindgen_test]
async fn two_instances_on_one_storage_stay_consistent_and_never_share_a_number() {
    crate::dom::clear_storage();
    crate::dom::set_address("/quote");
    let first = Mounted::here().await;
    let second = Mounted::here().await;
    first.type_into("quote-client-input", "甲").await;
    let heard = after_the_next_broadcast();
    first.click("quote-issue").await;
    heard.await;
    second.type_into("quote-client-input", "乙").await;
    second.click("quote-issue").await;
    let (a, b) = (text(&first, "quote-number"), text(&second, "quote-number"));
    assert!(a.ends_with("-0001") && b.ends_with("-0002"), "{a} {b}");
    drop((first, second));

    // After a reload both quotes are there.
    let again = Mounted::keeping_storage::<QuoteApp>().await;
    let listed = text(&again, "issued-quotes");
    assert!(listed.contains(&a) && listed.contains(&b), "{listed}");
    drop(again);

    // Two estimators: an option added in one is there in the other, and the other's next
    // keystroke keeps it.
    crate::dom::set_address("/");
    let first = Mounted::here().await;
    let second = Mounted::here().await;
    let heard = after_the_next_broadcast();
    first.click("add-option").await;
    first.type_into("field-people", "44").await;
    heard.await;
    let heard = after_the_next_broadcast();
    second.type_into("field-city", "shanghai").await;
    heard.await;
    drop((first, second));
    let again = Mounted::keeping_storage::<EstimateApp>().await;
    let options = again
        .root
        .query_selector_all("[data-testid=\"option\"]")
        .unwrap()
        .length();
    assert_eq!(
        options, 2,
        "the option added in the first tab survived the second's edit"
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
    let original = crate::router::break_storage();
    page.type_into("quote-client-input", "乙").await;
    page.click("quote-issue").await;
    crate::router::restore_storage(original);
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
    let original = crate::router::break_storage();
    page.click("quote-issue").await;
    assert!(page.by_test_id("save-failed").is_connected());
    assert!(text(&page, "quote-number").contains("草稿"));
    assert!(
        !page.by_test_id("quote-issue").has_attribute("disabled"),
        "the button stays there to try again"
    );
    crate::router::restore_storage(original);
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

/// Case 9: a 309-digit number or a 100 KB link value was echoed whole and widened the page;
/// 8,000 unknown parameters gave 8,000 notices.
#[wasm_bindgen_test]
async fn a_hostile_link_gets_short_counted_messages_in_the_interfaces_language() {
    crate::dom::clear_storage();
    let long = "9".repeat(309);
    let unknown: String = (0..8000).map(|i| format!("&p{i}=1")).collect();
    crate::dom::set_address(&format!("/?people={long}{unknown}"));
    let page = Mounted::here().await;
    let errors = page.errors();
    assert!(errors.len() <= 3, "{} notices", errors.len());
    assert!(errors.iter().any(|e| e.contains("8000")), "{errors:?}");
    for e in &errors {
        assert!(e.chars().count() < 200, "cut short: {e}");
        assert!(
            !e.contains("expected") && !e.contains("invalid"),
            "our own words: {e}"
        );
    }
    let root: web_sys::HtmlElement = page.root.clone().dyn_into().unwrap();
    assert!(
        root.scroll_width() <= root.client_width() + 1,
        "the page is not widened"
    );
}

/// Case 7: importing a work file replaced the quotes issued here, without asking.
#[wasm_bindgen_test]
async fn an_import_asks_first_and_keeps_every_quote_issued_here() {
    use training_planner::share::file::SavedWork;
    let page = Mounted::new::<QuoteApp>().await;
    page.type_into("quote-client-input", "本地客户").await;
    page.click("quote-issue").await;
    let ours = text(&page, "quote-number");
    // A file from another browser: its own quote with the same number, and one more.
    let mut other = training_planner::store::State::open(
        SavedWork::empty(),
        model::calendar::Day::from_ymd(2026, 11, 30).unwrap(),
    )
    .unwrap();
    for client in ["文件客户一", "文件客户二"] {
        other.reduce(training_planner::store::Action::Quote(
            training_planner::store::quote_desk::QuoteAction::Client(client.into()),
        ));
        other.reduce(training_planner::store::Action::Quote(
            training_planner::store::quote_desk::QuoteAction::Issue,
        ));
    }
    crate::estimator::choose_file(&page, &other.saved().to_json()).await;
    let preview = text(&page, "import-preview");
    assert!(preview.contains(&ours), "the clash is named: {preview}");
    page.click("import-cancel").await;
    assert!(
        page.root
            .query_selector("[data-testid=\"import-preview\"]")
            .unwrap()
            .is_none()
    );

    crate::estimator::choose_file(&page, &other.saved().to_json()).await;
    page.click("import-confirm").await;
    let listed = text(&page, "issued-quotes");
    assert!(listed.contains("本地客户"), "ours is kept: {listed}");
    assert!(
        listed.contains("文件客户二"),
        "the file's new quote is added: {listed}"
    );
    assert!(
        !listed.contains("文件客户一"),
        "the clashing one is left out: {listed}"
    );
}

/// Case 6: `7,5` in the hours (or a link) was read as 75, silently.
#[wasm_bindgen_test]
async fn a_decimal_comma_is_refused_and_named_in_fields_and_links() {
    let page = Mounted::new::<EstimateApp>().await;
    let before = text(&page, "total");
    for (field, typed) in [
        ("field-hours", "7,5"),
        ("field-people", "1,200"),
        ("field-vat", "6,5"),
    ] {
        page.type_into(field, typed).await;
        assert_eq!(
            text(&page, "total"),
            before,
            "{typed} in {field} is not read as a number"
        );
        assert!(
            page.errors()
                .iter()
                .any(|e| e.contains('.') || e.contains("小数点")),
            "the message says how to write it: {:?}",
            page.errors()
        );
        page.type_into(field, &value_of_default(field)).await;
    }
    drop(page);
    crate::dom::clear_storage();
    crate::dom::set_address("/?hours=7,5&vat=6,5");
    let page = Mounted::here().await;
    let errors = page.errors().join(" ");
    assert!(
        errors.contains("hours") && errors.contains("vat"),
        "{errors}"
    );
    assert_eq!(text(&page, "total"), before, "both left at their defaults");
}

fn value_of_default(field: &str) -> String {
    let s = Scenario::default_for(training_planner::catalog::catalog());
    match field {
        "field-hours" => s.hours.total().to_string(),
        "field-people" => s.headcount.to_string(),
        _ => s.vat_pct.to_string(),
    }
}
