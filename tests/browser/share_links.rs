//! Share links in the page: the link shown opens the option on screen, a colleague's link opens
//! beside the options already here (never replacing them, whatever the link), and a hostile link
//! gets a few short messages in the interface's language.

use model::cost::Costing;
use model::money::cny;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;

use crate::dom::{EstimateApp, Mounted, address, set_address};

fn text(page: &Mounted, id: &str) -> String {
    page.by_test_id(id).text_content().unwrap_or_default()
}

fn option_count(page: &Mounted) -> u32 {
    page.root
        .query_selector_all("[data-testid=\"option\"]")
        .unwrap()
        .length()
}

#[wasm_bindgen_test]
async fn the_share_link_opens_the_option_on_screen() {
    use training_planner::link::open::open;
    let page = Mounted::new::<EstimateApp>().await;
    page.type_into("field-people", "44").await;
    page.type_into("field-city", "shanghai").await;
    let link: web_sys::HtmlInputElement =
        wasm_bindgen::JsCast::dyn_into(page.by_test_id("share-link")).unwrap();
    let url = link.value();
    let query = url.split_once('?').map(|(_, q)| q).unwrap_or_default();
    let catalog = training_planner::catalog::catalog().clone();
    let opened = open(query, &catalog);
    assert!(opened.issues.is_empty(), "{url}");
    assert_eq!(opened.scenario.headcount, 44);
    assert_eq!(opened.scenario.city, "shanghai");
    let estimate = Costing::new(&catalog, &opened.scenario)
        .unwrap()
        .estimate(&catalog, &opened.scenario)
        .unwrap();
    assert_eq!(text(&page, "total"), cny(estimate.total));
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
