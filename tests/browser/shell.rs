//! The shell every place shares: the product's name, the tabs between the three places, the
//! language switch (kept across places and reloads), the market bands.

use model::money::cny;
use wasm_bindgen_test::wasm_bindgen_test;

use crate::dom::{EstimateApp, Mounted, PlanApp, QuoteApp};

#[wasm_bindgen_test]
async fn shows_the_product_name_and_the_three_places_in_chinese() {
    let page = Mounted::new::<EstimateApp>().await;
    assert!(
        page.by_test_id("app-title")
            .text_content()
            .unwrap()
            .contains("成本估算与课程规划")
    );
    assert_eq!(
        page.by_test_id("tab-plan").text_content().unwrap(),
        "课程规划"
    );
    assert_eq!(
        page.by_test_id("tab-estimate").text_content().unwrap(),
        "成本估算"
    );
    assert_eq!(
        page.by_test_id("tab-quote").text_content().unwrap(),
        "报价与预算"
    );
}

#[wasm_bindgen_test]
async fn the_language_switch_turns_labels_to_english_and_back() {
    let page = Mounted::new::<EstimateApp>().await;
    page.click("lang-toggle").await;
    assert_eq!(
        page.by_test_id("tab-plan").text_content().unwrap(),
        "Course plan"
    );
    assert_eq!(
        page.by_test_id("tab-quote").text_content().unwrap(),
        "Quote & budget"
    );
    let html_lang = gloo::utils::document()
        .document_element()
        .unwrap()
        .get_attribute("lang");
    assert_eq!(html_lang.as_deref(), Some("en"));

    page.click("lang-toggle").await;
    assert_eq!(
        page.by_test_id("tab-plan").text_content().unwrap(),
        "课程规划"
    );
}

/// The page's own heading (its place's title).
fn heading(page: &Mounted) -> String {
    let h2 = page.root.query_selector("main h2").unwrap().unwrap();
    h2.text_content().unwrap()
}

#[wasm_bindgen_test]
async fn the_language_chosen_is_kept_for_the_next_visit() {
    let page = Mounted::new::<EstimateApp>().await;
    page.click("lang-toggle").await;
    drop(page);

    let planner = Mounted::keeping_storage::<PlanApp>().await;
    assert_eq!(heading(&planner), "Course plan");
    planner.click("lang-toggle").await;
    drop(planner);

    let quotes = Mounted::keeping_storage::<QuoteApp>().await;
    assert_eq!(heading(&quotes), "报价与预算");
}

/// The place each tab marks as current, and where each tab leads.
fn tabs(page: &Mounted) -> Vec<(String, Option<String>, String)> {
    ["tab-plan", "tab-estimate", "tab-quote"]
        .iter()
        .map(|id| {
            let tab = page.by_test_id(id);
            (
                id.to_string(),
                tab.get_attribute("aria-current"),
                tab.get_attribute("href").unwrap_or_default(),
            )
        })
        .collect()
}

#[wasm_bindgen_test]
async fn each_place_marks_itself_and_links_to_the_others() {
    let expected = |current: &str| {
        [
            ("tab-plan", "/plan"),
            ("tab-estimate", "/"),
            ("tab-quote", "/quote"),
        ]
        .map(|(id, href)| {
            (
                id.to_string(),
                (id == current).then(|| "page".to_string()),
                href.to_string(),
            )
        })
        .to_vec()
    };
    let page = Mounted::new::<EstimateApp>().await;
    assert_eq!(heading(&page), "成本估算");
    assert_eq!(tabs(&page), expected("tab-estimate"));
    drop(page);

    let page = Mounted::new::<PlanApp>().await;
    assert_eq!(heading(&page), "课程规划");
    assert!(
        page.by_test_id("agenda").is_connected(),
        "the planner's own content"
    );
    assert_eq!(tabs(&page), expected("tab-plan"));
    // The work files are on every place.
    assert!(page.by_test_id("import-file").is_connected());
    drop(page);

    let page = Mounted::new::<QuoteApp>().await;
    assert_eq!(heading(&page), "报价与预算");
    assert!(page.by_test_id("import-file").is_connected());
    assert_eq!(tabs(&page), expected("tab-quote"));
}

#[wasm_bindgen_test]
async fn the_market_bands_come_from_the_data_files() {
    let catalog = training_planner::catalog::catalog();
    let page = Mounted::new::<EstimateApp>().await;
    for band in &catalog.market_bands.band {
        let shown = page
            .by_test_id(&format!("band-{}", band.id))
            .text_content()
            .unwrap();
        assert!(
            shown.contains(&cny(band.low)) && shown.contains(&cny(band.high)),
            "{shown}"
        );
    }
}
