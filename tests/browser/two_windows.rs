//! Two windows of the app on one storage at once. Editing options (case 1 of the second hostile
//! pass): window 1 on option B types 11 people while window 2, on option A, types 22 before it
//! has heard of it; both edits are kept, each on its own option, and window 1 still shows B.
//! Options added at the same moment are both kept; two quote desks never issue the same number,
//! and an option added in one estimator survives the other's next keystroke (case 2 of the
//! first pass).

use wasm_bindgen_test::wasm_bindgen_test;

use crate::dom::{EstimateApp, Mounted, QuoteApp};

/// Each option tab: whether it is the one shown.
fn tabs(page: &Mounted) -> Vec<String> {
    let tabs = page
        .root
        .query_selector_all("[data-testid=\"option\"]")
        .unwrap();
    (0..tabs.length())
        .map(|i| tabs.item(i).unwrap())
        .map(|tab| {
            wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(tab)
                .unwrap()
                .get_attribute("aria-selected")
                .unwrap_or_default()
        })
        .collect()
}

fn people(page: &Mounted) -> String {
    let input: web_sys::HtmlInputElement =
        wasm_bindgen::JsCast::dyn_into(page.by_test_id("field-people")).unwrap();
    input.value()
}

/// Starts listening now (not when first awaited: a message sent before would be missed); ends
/// once the app instances on this page have had the next message on their channel.
fn heard() -> impl std::future::Future<Output = ()> {
    let channel = web_sys::BroadcastChannel::new("training-planner").unwrap();
    let promise = js_sys::Promise::new(&mut |resolve, _| channel.set_onmessage(Some(&resolve)));
    async move {
        wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
        channel.close();
        yew::scheduler::flush().await;
    }
}

#[wasm_bindgen_test]
async fn two_windows_typing_in_two_options_keep_both_edits() {
    crate::dom::clear_storage();
    crate::dom::set_address("/");
    let one = Mounted::here().await;
    let two = Mounted::here().await;
    let added = heard();
    one.click("add-option").await;
    added.await;
    assert_eq!(tabs(&two).len(), 2, "window 2 has both options");

    // Window 1 on B types "1", "11"; window 2 on A types 22 before either save reaches it.
    two.click_option(0).await;
    one.type_into("field-people", "1").await;
    one.type_into("field-people", "11").await;
    // Messages reach the channels in the order they were made: ours, made last, hears window
    // 2's save after both windows have heard every save before it.
    let last = heard();
    two.type_into("field-people", "22").await;
    last.await;

    assert_eq!(tabs(&one), ["false", "true"], "window 1 still shows B");
    assert_eq!(people(&one), "11");
    one.click_option(0).await;
    assert_eq!(people(&one), "22", "window 2's edit is on A in window 1");
    two.click_option(1).await;
    assert_eq!(people(&two), "11", "window 1's edit is on B in window 2");
    drop((one, two));

    // And in what is stored.
    let again = Mounted::keeping_storage::<EstimateApp>().await;
    again.click_option(0).await;
    assert_eq!(people(&again), "22");
    again.click_option(1).await;
    assert_eq!(people(&again), "11");
}

#[wasm_bindgen_test]
async fn two_windows_adding_an_option_at_once_keep_both() {
    crate::dom::clear_storage();
    crate::dom::set_address("/");
    let one = Mounted::here().await;
    let two = Mounted::here().await;
    one.click("add-option").await;
    two.click("add-option").await;
    let settle = heard();
    one.type_into("field-people", "31").await;
    settle.await;
    let settle = heard();
    two.type_into("field-people", "32").await;
    settle.await;
    assert_eq!(tabs(&one).len(), 3);
    assert_eq!(tabs(&two).len(), 3);
    drop((one, two));
    let again = Mounted::keeping_storage::<EstimateApp>().await;
    assert_eq!(tabs(&again).len(), 3, "both additions are kept");
}

fn text(page: &Mounted, id: &str) -> String {
    page.by_test_id(id).text_content().unwrap_or_default()
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
    let answered = heard();
    first.click("quote-issue").await;
    answered.await;
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
    let answered = heard();
    first.click("add-option").await;
    first.type_into("field-people", "44").await;
    answered.await;
    let answered = heard();
    second.type_into("field-city", "shanghai").await;
    answered.await;
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
