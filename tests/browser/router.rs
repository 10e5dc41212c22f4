//! One app, three routes: tabs change the route without reloading the page, back and forward
//! move between places, a deep link opens its place, and the work is the same on every route.

use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;

use crate::dom::{EstimateApp, Mounted, PlanApp, address, clear_storage, set_address};

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

fn option_count(page: &Mounted) -> u32 {
    page.root
        .query_selector_all("[data-testid=\"option\"]")
        .unwrap()
        .length()
}

#[wasm_bindgen_test]
async fn a_share_link_opens_beside_the_options_already_here() {
    // Three options saved in this browser.
    let page = Mounted::new::<EstimateApp>().await;
    page.type_into("field-people", "12").await;
    page.click("add-option").await;
    page.type_into("field-people", "20").await;
    page.click("add-option").await;
    page.type_into("field-people", "40").await;
    assert_eq!(option_count(&page), 3);
    drop(page);

    // A colleague's link, opened in this browser.
    set_address("/?people=77&city=shanghai");
    let page = Mounted::here().await;
    assert_eq!(
        option_count(&page),
        3,
        "nothing was replaced without asking"
    );
    assert!(page.by_test_id("link-waiting").is_connected());
    // The link's parameters are dropped from the address, so a reload does not open it again.
    assert_eq!(address(), "/");
    drop(page);

    // All three are still there after a reload.
    let page = Mounted::keeping_storage::<EstimateApp>().await;
    assert_eq!(option_count(&page), 3);
    let mut people = Vec::new();
    for i in 0..3 {
        let list = page
            .root
            .query_selector_all("[data-testid=\"option\"]")
            .unwrap();
        let tab: web_sys::HtmlElement = list.item(i).unwrap().dyn_into().unwrap();
        tab.click();
        yew::scheduler::flush().await;
        let field: web_sys::HtmlInputElement = page.by_test_id("field-people").dyn_into().unwrap();
        people.push(field.value());
    }
    assert_eq!(people, ["12", "20", "40"]);
}

#[wasm_bindgen_test]
async fn a_share_link_with_room_is_added_as_a_new_option() {
    let page = Mounted::new::<EstimateApp>().await;
    page.type_into("field-people", "12").await;
    drop(page);
    set_address("/?people=77");
    let page = Mounted::here().await;
    assert_eq!(option_count(&page), 2);
    let field: web_sys::HtmlInputElement = page.by_test_id("field-people").dyn_into().unwrap();
    assert_eq!(field.value(), "77", "the link's option is shown");
    drop(page);
    let page = Mounted::keeping_storage::<EstimateApp>().await;
    assert_eq!(option_count(&page), 2, "a reload opens both, once");
}

/// The link to an option left as the app first shows it, opened in a browser that holds other
/// work, still brings that option: it is not read as a link that only sets the language.
#[wasm_bindgen_test]
async fn the_default_options_link_opens_it_beside_other_work() {
    let page = Mounted::new::<EstimateApp>().await;
    let field: web_sys::HtmlInputElement = page.by_test_id("field-people").dyn_into().unwrap();
    let first_headcount = field.value();
    let link: web_sys::HtmlInputElement = page.by_test_id("share-link").dyn_into().unwrap();
    let link = link.value();
    let query = link
        .split_once('?')
        .map(|(_, q)| q)
        .unwrap_or_default()
        .to_string();
    // This browser's own work moves on: another headcount.
    page.type_into("field-people", "12").await;
    drop(page);

    set_address(&format!("/?{query}"));
    let page = Mounted::here().await;
    assert_eq!(option_count(&page), 2, "{link} adds its option");
    let field: web_sys::HtmlInputElement = page.by_test_id("field-people").dyn_into().unwrap();
    assert_eq!(field.value(), first_headcount, "{link} shows its option");
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
