//! Navigation in the one app: each place has its route, tabs change it without reloading the
//! page, back and forward move between places, a deep link (or an old address) opens its
//! place, and the work is the same on every route.

use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;

use crate::dom::{EstimateApp, Mounted, PlanApp, address, set_address};

/// Waits for the browser's next `popstate` (history.back/forward are asynchronous), then lets
/// yew render. No timer: the event resolves the promise.
async fn next_popstate() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let options = web_sys::AddEventListenerOptions::new();
        options.set_once(true);
        gloo::utils::window()
            .add_event_listener_with_callback_and_add_event_listener_options(
                "popstate", &resolve, &options,
            )
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
    yew::scheduler::flush().await;
}

fn place(page: &Mounted) -> String {
    page.root
        .query_selector("main")
        .unwrap()
        .unwrap()
        .get_attribute("data-testid")
        .unwrap_or_default()
}

fn mark_the_page() {
    js_sys::Reflect::set(
        &gloo::utils::window(),
        &"stillThisPage".into(),
        &true.into(),
    )
    .unwrap();
}

fn page_still_marked() -> bool {
    js_sys::Reflect::get(&gloo::utils::window(), &"stillThisPage".into())
        .unwrap()
        .as_bool()
        == Some(true)
}

#[wasm_bindgen_test]
async fn each_place_renders_at_its_route_and_tabs_change_it_without_a_reload() {
    let page = Mounted::new::<EstimateApp>().await;
    assert_eq!(place(&page), "place-estimate");
    assert!(page.by_test_id("total").is_connected());
    mark_the_page();

    page.click("tab-plan").await;
    assert_eq!(address(), "/plan");
    assert_eq!(place(&page), "place-plan");
    assert!(page.by_test_id("agenda").is_connected());

    page.click("tab-quote").await;
    assert_eq!(address(), "/quote");
    assert_eq!(place(&page), "place-quote");
    assert!(page.by_test_id("quote-issue").is_connected());
    // A reload would have cleared what the page's script set.
    assert!(page_still_marked(), "a tab reloaded the page");
}

#[wasm_bindgen_test]
async fn back_and_forward_move_between_places() {
    let page = Mounted::new::<EstimateApp>().await;
    page.click("tab-plan").await;
    page.click("tab-quote").await;
    assert_eq!(place(&page), "place-quote");

    gloo::utils::window().history().unwrap().back().unwrap();
    next_popstate().await;
    assert_eq!(address(), "/plan");
    assert_eq!(place(&page), "place-plan");

    gloo::utils::window().history().unwrap().back().unwrap();
    next_popstate().await;
    assert_eq!(place(&page), "place-estimate");

    gloo::utils::window().history().unwrap().forward().unwrap();
    next_popstate().await;
    assert_eq!(place(&page), "place-plan");
}

#[wasm_bindgen_test]
async fn a_deep_link_opens_its_place_and_old_addresses_still_work() {
    let page = Mounted::new::<PlanApp>().await;
    assert_eq!(place(&page), "place-plan");
    drop(page);
    for (old, expected) in [("/plan/", "place-plan"), ("/quote/", "place-quote")] {
        set_address(old);
        let page = Mounted::here().await;
        assert_eq!(place(&page), expected, "{old}");
    }
}

#[wasm_bindgen_test]
async fn what_is_typed_on_one_place_is_there_after_visiting_another() {
    let page = Mounted::new::<EstimateApp>().await;
    page.type_into("field-people", "45").await;
    let total = page.by_test_id("total").text_content().unwrap();
    page.click("tab-quote").await;
    page.click("tab-estimate").await;
    let field: web_sys::HtmlInputElement = page.by_test_id("field-people").dyn_into().unwrap();
    assert_eq!(field.value(), "45");
    assert_eq!(page.by_test_id("total").text_content().unwrap(), total);

    // The same on the other places: the hours a manager has, a client's name.
    page.click("tab-plan").await;
    page.type_into("budget-hours", "9").await;
    page.click("tab-quote").await;
    page.type_into("quote-client-input", "某客户").await;
    page.click("tab-plan").await;
    let hours: web_sys::HtmlInputElement = page.by_test_id("budget-hours").dyn_into().unwrap();
    assert_eq!(hours.value(), "9");
    page.click("tab-quote").await;
    let client: web_sys::HtmlInputElement =
        page.by_test_id("quote-client-input").dyn_into().unwrap();
    assert_eq!(client.value(), "某客户");
}
