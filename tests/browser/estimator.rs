//! The estimator page: the numbers and charts follow every input, a bad value is marked at its
//! field while the last good estimate stays, and options can be compared.

use training_planner::model::Catalog;
use training_planner::model::cost::{Costing, Scenario};
use training_planner::model::money::cny;
use wasm_bindgen_test::wasm_bindgen_test;

use crate::dom::{EstimateApp, Mounted, PlanApp, QuoteApp, painted_pixels};

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
fn default_estimate() -> training_planner::model::cost::Estimate {
    let catalog = Catalog::embedded().unwrap();
    Costing::new(&catalog, &Scenario::default_for(&catalog))
        .unwrap()
        .estimate(&catalog)
        .unwrap()
}

#[wasm_bindgen_test]
async fn opens_on_the_default_scenario_with_its_estimate_and_four_drawn_charts() {
    let page = Mounted::new::<EstimateApp>().await;
    // The page shows what the model says for the default scenario.
    let expected = default_estimate();
    assert_eq!(text(&page, "total"), cny(expected.total.likely));
    assert_eq!(
        text(&page, "per-person"),
        cny(expected.per_participant.likely)
    );
    assert!(
        text(&page, "band-verdict")
            .contains(expected.verdict.reason(training_planner::model::Lang::Zh))
    );
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
    page.type_into("headcount", "20").await;
    assert_ne!(text(&page, "total"), total);
    assert_ne!(text(&page, "per-person"), per_person);
    page.type_into("city", "shanghai").await;
    page.type_into("mode", "online").await;
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
async fn a_bad_value_is_marked_at_its_field_and_the_last_estimate_stays() {
    let page = Mounted::new::<EstimateApp>().await;
    page.type_into("headcount", "40").await;
    let good = text(&page, "total");

    page.type_into("headcount", "三十").await;
    assert_eq!(page.errors().len(), 1, "{:?}", page.errors());
    assert_eq!(text(&page, "total"), good);

    page.type_into("headcount", "-5").await;
    let errors = page.errors();
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(
        errors[0].contains("人数") && errors[0].contains("-5"),
        "{errors:?}"
    );
    assert_eq!(text(&page, "total"), good);
    // Nothing else was reset: the other fields still hold the defaults.
    assert_eq!(page.by_test_id("hours").dyn_into_input().value(), "6");

    page.type_into("headcount", "40").await;
    assert!(page.errors().is_empty());
    assert_eq!(text(&page, "total"), good);
}

#[wasm_bindgen_test]
async fn options_side_by_side_show_their_differences_from_the_first() {
    let page = Mounted::new::<EstimateApp>().await;
    let first = text(&page, "total");
    page.click("add-option").await;
    page.type_into("city", "shanghai").await;
    let compare = text(&page, "compare");
    assert!(compare.contains(&first), "{compare}");
    assert!(compare.contains(&text(&page, "total")), "{compare}");
    assert!(
        compare.contains('+'),
        "Shanghai costs more than Guiyang: {compare}"
    );
    // Option A is unchanged when shown again.
    page.click("option-0").await;
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
    assert!(text(&page, "band-verdict").contains("band"));
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

/// Put a file with `text` into the file input, as if the user had chosen it, and wait (by
/// yielding to the browser, not by a timer) until the page reports the result.
async fn choose_file(page: &Mounted, text: &str) {
    use wasm_bindgen::JsCast;
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let file = web_sys::File::new_with_str_sequence(&parts, "options.json").unwrap();
    let transfer = web_sys::DataTransfer::new().unwrap();
    transfer.items().add_with_file(&file).unwrap();
    let report = || {
        page.root
            .query_selector(".files")
            .unwrap()
            .unwrap()
            .text_content()
            .unwrap_or_default()
    };
    let before = report();
    let input: web_sys::HtmlInputElement = page.by_test_id("import-file").dyn_into().unwrap();
    input.set_files(transfer.files().as_ref());
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    input
        .dispatch_event(&web_sys::Event::new_with_event_init_dict("change", &init).unwrap())
        .unwrap();
    for _ in 0..200 {
        yew::scheduler::flush().await;
        if report() != before {
            return;
        }
        // Let the FileReader's load event run.
        let tick = js_sys::Promise::new(&mut |resolve, _| {
            let _ = gloo::utils::window().set_timeout_with_callback(&resolve);
        });
        wasm_bindgen_futures::JsFuture::from(tick).await.unwrap();
    }
    panic!("the import never reported");
}

#[wasm_bindgen_test]
async fn a_saved_file_imports_its_options_and_a_bad_file_changes_nothing() {
    use training_planner::share::file::{NamedScenario, SavedWork};
    use training_planner::share::storage::OPTIONS_KEY;
    let catalog = Catalog::embedded().unwrap();
    // The work files are on the pages that read JSON; the estimator points to them.
    let estimator = Mounted::new::<EstimateApp>().await;
    assert!(
        estimator
            .root
            .query_selector("[data-testid=import-file]")
            .unwrap()
            .is_none()
    );
    let pointer = estimator.by_test_id("work-files-elsewhere");
    let link = pointer.query_selector("a").unwrap().unwrap();
    assert_eq!(link.get_attribute("href").as_deref(), Some("quote/"));
    let before = text(&estimator, "total");
    drop(estimator);

    let page = Mounted::keeping_storage::<QuoteApp>().await;
    let stored = storage().get_item(OPTIONS_KEY).unwrap();
    choose_file(&page, "{ not json").await;
    assert_eq!(page.errors().len(), 1, "{:?}", page.errors());
    assert_eq!(storage().get_item(OPTIONS_KEY).unwrap(), stored);
    drop(page);
    let estimator = Mounted::keeping_storage::<EstimateApp>().await;
    assert_eq!(
        text(&estimator, "total"),
        before,
        "a bad file changes nothing"
    );
    drop(estimator);
    let page = Mounted::keeping_storage::<QuoteApp>().await;

    let shanghai = Scenario {
        city: "shanghai".into(),
        headcount: 12,
        ..Scenario::default_for(&catalog)
    };
    let work = SavedWork::new(
        vec![
            NamedScenario {
                name: "A".into(),
                scenario: Scenario::default_for(&catalog),
            },
            NamedScenario {
                name: "B".into(),
                scenario: shanghai.clone(),
            },
        ],
        None,
    );
    choose_file(&page, &work.to_json()).await;
    assert!(page.errors().is_empty(), "{:?}", page.errors());
    drop(page);
    let page = Mounted::keeping_storage::<EstimateApp>().await;
    page.click("option-1").await;
    let expected = Costing::new(&catalog, &shanghai)
        .unwrap()
        .estimate(&catalog)
        .unwrap();
    assert_eq!(text(&page, "total"), cny(expected.total.likely));
}

fn storage() -> web_sys::Storage {
    gloo::utils::window().local_storage().unwrap().unwrap()
}

#[wasm_bindgen_test]
async fn the_options_are_there_again_after_a_reload() {
    let page = Mounted::new::<EstimateApp>().await;
    page.type_into("headcount", "44").await;
    page.click("add-option").await;
    page.type_into("city", "shanghai").await;
    let (a, b) = (text(&page, "compare"), text(&page, "total"));
    drop(page);

    let again = Mounted::keeping_storage::<EstimateApp>().await;
    assert!(again.errors().is_empty(), "{:?}", again.errors());
    assert_eq!(text(&again, "compare"), a);
    again.click("option-1").await;
    assert_eq!(text(&again, "total"), b);
}

#[wasm_bindgen_test]
async fn corrupted_saved_options_are_kept_aside_and_the_page_starts_from_the_defaults() {
    use training_planner::share::storage::{ASIDE_PREFIX, OPTIONS_KEY};
    storage().clear().unwrap();
    storage().set_item(OPTIONS_KEY, "v1:0203zz").unwrap();
    let page = Mounted::keeping_storage::<EstimateApp>().await;
    let errors = page.errors();
    let aside = format!("{ASIDE_PREFIX}1");
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(errors[0].contains(&aside), "{errors:?}");
    assert_eq!(
        storage().get_item(&aside).unwrap().as_deref(),
        Some("v1:0203zz"),
        "the unreadable data is kept, whole"
    );
    let expected = default_estimate();
    assert_eq!(text(&page, "total"), cny(expected.total.likely));
    // The page saves again once the damaged text is out of the way.
    page.type_into("headcount", "44").await;
    let stored = storage().get_item(OPTIONS_KEY).unwrap().unwrap();
    let options =
        training_planner::share::stored_options::decode(&stored, &Catalog::embedded().unwrap())
            .unwrap();
    assert_eq!(options[0].headcount, 44);
}

#[wasm_bindgen_test]
async fn options_saved_by_an_earlier_version_wait_for_a_page_that_can_move_them() {
    use training_planner::share::file::{NamedScenario, SavedWork};
    use training_planner::share::storage::{KEY, OPTIONS_KEY};
    let catalog = Catalog::embedded().unwrap();
    let option = Scenario {
        headcount: 44,
        ..Scenario::default_for(&catalog)
    };
    // Before the options had a key of their own, they were saved inside the work's JSON.
    let old = SavedWork::new(
        vec![NamedScenario {
            name: "方案 A".into(),
            scenario: option.clone(),
        }],
        None,
    )
    .to_json();
    storage().clear().unwrap();
    storage().set_item(KEY, &old).unwrap();

    // The estimator cannot read JSON: it says where to go and does not save over them.
    let page = Mounted::keeping_storage::<EstimateApp>().await;
    let notice = page.by_test_id("options-not-moved");
    assert!(notice.text_content().unwrap().contains("报价与预算"));
    assert_eq!(text(&page, "total"), cny(default_estimate().total.likely));
    page.type_into("headcount", "12").await;
    assert_eq!(storage().get_item(OPTIONS_KEY).unwrap(), None);
    assert_eq!(
        storage().get_item(KEY).unwrap().as_deref(),
        Some(old.as_str())
    );
    drop(page);

    // The planner reads the work and moves them.
    drop(Mounted::keeping_storage::<PlanApp>().await);
    let page = Mounted::keeping_storage::<EstimateApp>().await;
    assert!(
        page.root
            .query_selector("[data-testid=options-not-moved]")
            .unwrap()
            .is_none()
    );
    let expected = Costing::new(&catalog, &option)
        .unwrap()
        .estimate(&catalog)
        .unwrap();
    assert_eq!(text(&page, "total"), cny(expected.total.likely));
}

#[wasm_bindgen_test]
async fn the_share_link_opens_the_option_on_screen() {
    use training_planner::share::open::open;
    let page = Mounted::new::<EstimateApp>().await;
    page.type_into("headcount", "44").await;
    page.type_into("city", "shanghai").await;
    let link: web_sys::HtmlInputElement =
        wasm_bindgen::JsCast::dyn_into(page.by_test_id("share-link")).unwrap();
    let url = link.value();
    let query = url.split_once('?').map(|(_, q)| q).unwrap_or_default();
    let catalog = Catalog::embedded().unwrap();
    let opened = open(query, &catalog);
    assert!(opened.issues.is_empty(), "{url}");
    assert_eq!(opened.scenario.headcount, 44);
    assert_eq!(opened.scenario.city, "shanghai");
    let estimate = Costing::new(&catalog, &opened.scenario)
        .unwrap()
        .estimate(&catalog)
        .unwrap();
    assert_eq!(text(&page, "total"), cny(estimate.total.likely));
}
