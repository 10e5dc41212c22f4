//! Work files: a saved file imports its options once the user has seen what it would change, a
//! bad file changes nothing, and an import asks first and keeps every quote issued here.

use model::cost::{Costing, Scenario};
use model::money::cny;
use wasm_bindgen_test::wasm_bindgen_test;

use crate::dom::{EstimateApp, Mounted, QuoteApp};

fn text(page: &Mounted, id: &str) -> String {
    page.by_test_id(id).text_content().unwrap_or_default()
}

fn storage() -> web_sys::Storage {
    gloo::utils::window().local_storage().unwrap().unwrap()
}

/// Put a file with `text` into the file input, as if the user had chosen it, and wait (by
/// yielding to the browser, not by a timer) until the page reports the result.
pub async fn choose_file(page: &Mounted, text: &str) {
    choose_file_in(page, "import-file", ".files", text).await;
}

/// [`choose_file`] for the file input with test id `input_id`, waiting until the text of
/// `report` (a selector) changes.
pub async fn choose_file_in(page: &Mounted, input_id: &str, report: &str, text: &str) {
    use wasm_bindgen::JsCast;
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let file = web_sys::File::new_with_str_sequence(&parts, "options.json").unwrap();
    let transfer = web_sys::DataTransfer::new().unwrap();
    transfer.items().add_with_file(&file).unwrap();
    let report = || {
        page.root
            .query_selector(report)
            .unwrap()
            .unwrap()
            .text_content()
            .unwrap_or_default()
    };
    let before = report();
    let input: web_sys::HtmlInputElement = page.by_test_id(input_id).dyn_into().unwrap();
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
    use training_planner::persist::stored::KEY;
    use training_planner::persist::work_file::{NamedScenario, SavedWork};
    let catalog = training_planner::catalog::catalog().clone();
    let page = Mounted::new::<EstimateApp>().await;
    let before = text(&page, "total");
    let stored = storage().get_item(KEY).unwrap();
    choose_file(&page, "{ not json").await;
    assert_eq!(page.errors().len(), 1, "{:?}", page.errors());
    assert_eq!(storage().get_item(KEY).unwrap(), stored);
    assert_eq!(text(&page, "total"), before, "a bad file changes nothing");

    let shanghai = Scenario {
        city: "shanghai".into(),
        headcount: 12,
        ..Scenario::default_for(&catalog)
    };
    let work = SavedWork::new(
        vec![
            NamedScenario {
                id: Default::default(),
                worth: Default::default(),
                name: "A".into(),
                scenario: Scenario::default_for(&catalog),
            },
            NamedScenario {
                id: Default::default(),
                worth: Default::default(),
                name: "B".into(),
                scenario: shanghai.clone(),
            },
        ],
        None,
    );
    choose_file(&page, &work.to_json()).await;
    assert!(page.errors().is_empty(), "{:?}", page.errors());
    // Nothing changes until the user has seen what would.
    assert!(text(&page, "import-preview").contains("替换"));
    assert_eq!(text(&page, "total"), before);
    page.click("import-confirm").await;
    page.click_option(1).await;
    let expected = Costing::new(&catalog, &shanghai)
        .unwrap()
        .estimate(&catalog, &shanghai)
        .unwrap();
    assert_eq!(text(&page, "total"), cny(expected.total));
}

/// Case 7: importing a work file replaced the quotes issued here, without asking.
#[wasm_bindgen_test]
async fn an_import_asks_first_and_keeps_every_quote_issued_here() {
    use training_planner::persist::work_file::SavedWork;
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
    choose_file(&page, &other.saved().to_json()).await;
    let preview = text(&page, "import-preview");
    assert!(preview.contains(&ours), "the clash is named: {preview}");
    page.click("import-cancel").await;
    assert!(
        page.root
            .query_selector("[data-testid=\"import-preview\"]")
            .unwrap()
            .is_none()
    );

    choose_file(&page, &other.saved().to_json()).await;
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
