//! The estimator page: the numbers and charts follow every input, a bad value is marked at its
//! field while the last good estimate stays, options can be compared, exported, and are there
//! again after a reload (damaged or older saves included).

use model::cost::{Costing, Scenario};
use model::money::cny;
use wasm_bindgen_test::wasm_bindgen_test;

use crate::dom::{EstimateApp, Mounted, painted_pixels, settle};

const CHARTS: [&str; 4] = [
    "chart-lines",
    "chart-curve",
    "chart-distribution",
    "chart-tornado",
];

fn text(page: &Mounted, id: &str) -> String {
    page.by_test_id(id).text_content().unwrap_or_default()
}

fn canvas_pixels(page: &Mounted, id: &str) -> usize {
    let element = page.by_test_id(id);
    let canvas = if element.tag_name().eq_ignore_ascii_case("canvas") {
        element
    } else {
        element
            .query_selector("canvas")
            .unwrap()
            .unwrap_or_else(|| panic!("{id} has no canvas"))
    };
    painted_pixels(&canvas)
}

/// What the model says for the scenario the page opens on.
fn default_estimate() -> model::cost::Estimate {
    let catalog = training_planner::catalog::catalog().clone();
    let s = Scenario::default_for(&catalog);
    Costing::new(&catalog, &s)
        .unwrap()
        .estimate(&catalog, &s)
        .unwrap()
}

#[wasm_bindgen_test]
async fn opens_on_the_default_scenario_with_its_estimate_and_four_drawn_charts() {
    let page = Mounted::new::<EstimateApp>().await;
    // The page shows what the model says for the default scenario.
    let expected = default_estimate();
    assert_eq!(text(&page, "total"), cny(expected.total));
    assert_eq!(text(&page, "per-person"), cny(expected.per_participant));
    assert!(text(&page, "band-verdict").contains(expected.verdicts[0].reason(model::Lang::Zh)));
    assert!(
        page.by_test_id("line-items")
            .text_content()
            .unwrap()
            .contains("讲师费")
    );
    for id in CHARTS {
        assert!(canvas_pixels(&page, id) > 500, "{id} is blank");
    }
    assert!(page.errors().is_empty(), "{:?}", page.errors());
}

#[wasm_bindgen_test]
async fn typing_a_new_headcount_updates_the_numbers_and_the_charts() {
    let page = Mounted::new::<EstimateApp>().await;
    let (total, per_person) = (text(&page, "total"), text(&page, "per-person"));
    page.type_into("field-people", "20").await;
    assert_ne!(text(&page, "total"), total);
    assert_ne!(text(&page, "per-person"), per_person);
    page.type_into("field-city", "shanghai").await;
    // A ready-made online course's seat is held against the seed's basic online band.
    page.type_into("field-route", "online-course").await;
    assert!(
        text(&page, "band-verdict").contains("基础线上课"),
        "{}",
        text(&page, "band-verdict")
    );
    for id in CHARTS {
        assert!(
            canvas_pixels(&page, id) > 500,
            "{id} is blank after a change"
        );
    }
}

#[wasm_bindgen_test]
async fn a_keystroke_shows_the_new_total_at_once_and_the_range_after_the_frame() {
    let page = Mounted::new::<EstimateApp>().await;
    let (total, range) = (text(&page, "total"), text(&page, "range"));
    let updating = |page: &Mounted| {
        page.by_test_id("range")
            .get_attribute("class")
            .unwrap_or_default()
            .split_whitespace()
            .any(|c| c == "updating")
    };
    assert!(!updating(&page));

    page.type_only("field-people", "20").await;
    // The render the keystroke causes: the new total, the last range kept and marked.
    let catalog = training_planner::catalog::catalog();
    let twenty = Scenario {
        headcount: 20,
        ..Scenario::default_for(catalog)
    };
    let point = model::cost::Point::compute(catalog, &twenty).unwrap();
    assert_eq!(text(&page, "total"), cny(point.estimate.total));
    assert_eq!(text(&page, "range"), range);
    assert!(updating(&page));

    // After the frame: the range the model simulates for 20 people, no longer marked.
    settle().await;
    let full = model::cost::Outcome::compute(catalog, &twenty).unwrap();
    let d = &full.distribution;
    assert_eq!(
        text(&page, "range"),
        format!("80% 可能落在 {} – {}", cny(d.p10), cny(d.p90))
    );
    assert!(!updating(&page));
    assert_ne!(text(&page, "total"), total);
    for id in CHARTS {
        assert!(canvas_pixels(&page, id) > 500, "{id} is blank");
    }
}

#[wasm_bindgen_test]
async fn a_bad_value_is_marked_at_its_field_and_the_last_estimate_stays() {
    let page = Mounted::new::<EstimateApp>().await;
    page.type_into("field-people", "40").await;
    let good = text(&page, "total");

    page.type_into("field-people", "三十").await;
    assert_eq!(page.errors().len(), 1, "{:?}", page.errors());
    assert_eq!(text(&page, "total"), good);

    page.type_into("field-people", "-5").await;
    let errors = page.errors();
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(
        errors[0].contains("人数") && errors[0].contains("-5"),
        "{errors:?}"
    );
    assert_eq!(text(&page, "total"), good);
    // Nothing else was reset: the other fields still hold the defaults.
    assert_eq!(page.by_test_id("field-hours").dyn_into_input().value(), "6");

    page.type_into("field-people", "40").await;
    assert!(page.errors().is_empty());
    assert_eq!(text(&page, "total"), good);
}

#[wasm_bindgen_test]
async fn options_side_by_side_show_their_differences_from_the_first() {
    let page = Mounted::new::<EstimateApp>().await;
    let first = text(&page, "total");
    page.click("add-option").await;
    page.type_into("field-city", "shanghai").await;
    let compare = text(&page, "compare");
    assert!(compare.contains(&first), "{compare}");
    assert!(compare.contains(&text(&page, "total")), "{compare}");
    assert!(
        compare.contains('+'),
        "Shanghai costs more than Guiyang: {compare}"
    );
    // Option A is unchanged when shown again.
    page.click_option(0).await;
    assert_eq!(text(&page, "total"), first);
}

#[wasm_bindgen_test]
async fn the_estimate_speaks_english_on_the_toggle() {
    let page = Mounted::new::<EstimateApp>().await;
    page.click("lang-toggle").await;
    assert!(
        page.by_test_id("line-items")
            .text_content()
            .unwrap()
            .contains("Trainer fees")
    );
    // An in-house course is held against seats on the same course.
    assert!(text(&page, "band-verdict").contains("seats"));
    assert!(text(&page, "break-even").contains("people"));
}

trait AsInput {
    fn dyn_into_input(self) -> web_sys::HtmlInputElement;
}

impl AsInput for web_sys::Element {
    fn dyn_into_input(self) -> web_sys::HtmlInputElement {
        wasm_bindgen::JsCast::dyn_into(self).unwrap()
    }
}

#[wasm_bindgen_test]
async fn the_exports_run_without_an_error_and_leave_nothing_behind() {
    let page = Mounted::new::<EstimateApp>().await;
    page.click("add-option").await;
    page.click("export-lines").await;
    page.click("export-summary").await;
    assert!(page.errors().is_empty(), "{:?}", page.errors());
    // The temporary download link is removed again.
    assert!(
        gloo::utils::document()
            .query_selector("a[download]")
            .unwrap()
            .is_none()
    );
}

#[wasm_bindgen_test]
async fn the_options_are_there_again_after_a_reload() {
    let page = Mounted::new::<EstimateApp>().await;
    page.type_into("field-people", "44").await;
    page.click("add-option").await;
    page.type_into("field-city", "shanghai").await;
    let (a, b) = (text(&page, "compare"), text(&page, "total"));
    drop(page);

    let again = Mounted::keeping_storage::<EstimateApp>().await;
    assert!(again.errors().is_empty(), "{:?}", again.errors());
    assert_eq!(text(&again, "compare"), a);
    again.click_option(1).await;
    assert_eq!(text(&again, "total"), b);
}

#[wasm_bindgen_test]
async fn corrupted_saved_work_is_kept_aside_and_the_page_starts_from_the_defaults() {
    use training_planner::persist::stored::{ASIDE_PREFIX, KEY, legacy};
    use training_planner::persist::work_file::import;
    let damaged = [
        (legacy::OPTIONS, "v1:0203zz"),
        (KEY, "{\"format\": \"training-planner\", \"vers"),
        // Saved by a newer version: not ours to read, not ours to overwrite.
        (KEY, "{\"format\": \"training-planner\", \"version\": 99}"),
    ];
    for (key, raw) in damaged {
        storage().clear().unwrap();
        storage().set_item(key, raw).unwrap();
        let page = Mounted::keeping_storage::<EstimateApp>().await;
        let errors = page.errors();
        let aside = format!("{ASIDE_PREFIX}1");
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert!(errors[0].contains(&aside), "{errors:?}");
        assert_eq!(
            storage().get_item(&aside).unwrap().as_deref(),
            Some(raw),
            "the unreadable data is kept, whole"
        );
        assert_eq!(text(&page, "total"), cny(default_estimate().total));
        // The page saves again once the damaged text is out of the way.
        page.type_into("field-people", "44").await;
        let stored = storage().get_item(KEY).unwrap().unwrap();
        let work = import(&stored, &training_planner::catalog::catalog().clone()).unwrap();
        assert_eq!(work.options[0].scenario.headcount, 44);
    }
}

#[wasm_bindgen_test]
async fn work_saved_by_earlier_versions_opens_and_moves_to_the_current_key() {
    use training_planner::persist::stored::{KEY, QUOTES_KEY, legacy};
    use training_planner::persist::work_file::import;
    let catalog = training_planner::catalog::catalog().clone();
    // Version 2 kept the plan and the rate card in one key, the quote book in another, the
    // options as `v1:` text and the language in keys of their own.
    let v2 = include_str!("../fixtures/saved-v2.json");
    let options = include_str!("../fixtures/options-v1.txt").trim();
    storage().clear().unwrap();
    storage().set_item(legacy::WORK, v2).unwrap();
    storage().set_item(legacy::QUOTES, v2).unwrap();
    storage().set_item(legacy::OPTIONS, options).unwrap();
    storage().set_item(legacy::LANG, "en").unwrap();
    let page = Mounted::keeping_storage::<EstimateApp>().await;
    assert!(page.errors().is_empty(), "{:?}", page.errors());
    let expected = training_planner::persist::stored_options::decode(options, &catalog).unwrap();
    assert_eq!(option_count(&page), expected.len());
    assert_eq!(
        page.root
            .query_selector("main h2")
            .unwrap()
            .unwrap()
            .text_content()
            .unwrap(),
        "Cost estimate",
        "the language chosen"
    );
    drop(page);
    // Everything is now under the current key, and the old keys are gone.
    let stored = import(&storage().get_item(KEY).unwrap().unwrap(), &catalog).unwrap();
    let old = import(v2, &catalog).unwrap();
    assert_eq!(
        stored
            .options
            .iter()
            .map(|o| &o.scenario)
            .collect::<Vec<_>>(),
        expected.iter().collect::<Vec<_>>()
    );
    assert_eq!(stored.plan, old.plan);
    assert_eq!(stored.rate_card, old.rate_card);
    let quotes = import(&storage().get_item(QUOTES_KEY).unwrap().unwrap(), &catalog).unwrap();
    assert_eq!(quotes.quotes, old.quotes);
    for key in legacy::ALL {
        assert_eq!(storage().get_item(key).unwrap(), None, "{key}");
    }
}

fn storage() -> web_sys::Storage {
    gloo::utils::window().local_storage().unwrap().unwrap()
}

fn option_count(page: &Mounted) -> usize {
    page.root
        .query_selector_all("[data-testid=\"option\"]")
        .unwrap()
        .length() as usize
}
