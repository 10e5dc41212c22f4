//! The app shell: the product's name, the three places, the language switch, the market bands.

use training_planner::app::App;
use training_planner::model::Catalog;
use training_planner::model::money::cny;
use wasm_bindgen_test::wasm_bindgen_test;

use crate::dom::Mounted;

#[wasm_bindgen_test]
async fn shows_the_product_name_and_the_three_places_in_chinese() {
    let page = Mounted::new::<App>().await;
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
    let page = Mounted::new::<App>().await;
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

#[wasm_bindgen_test]
async fn choosing_a_place_selects_its_tab_and_shows_its_content() {
    let page = Mounted::new::<App>().await;
    let selected = |id: &str| page.by_test_id(id).get_attribute("aria-selected");
    assert_eq!(selected("tab-estimate").as_deref(), Some("true"));

    page.click("tab-plan").await;
    assert_eq!(selected("tab-plan").as_deref(), Some("true"));
    assert_eq!(selected("tab-estimate").as_deref(), Some("false"));
    let heading = page.root.query_selector("main h2").unwrap().unwrap();
    assert_eq!(heading.text_content().unwrap(), "课程规划");
}

#[wasm_bindgen_test]
async fn the_market_bands_come_from_the_data_files() {
    let catalog = Catalog::embedded().unwrap();
    let page = Mounted::new::<App>().await;
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
