//! The keyboard, as the hostile test pass drove it: Escape takes back a question that waits for
//! an answer (a delete armed by its first click, a work file's preview, a link's option waiting
//! for a place) and leaves the focus where the user can go on; the option tabs follow the
//! WAI-ARIA tabs pattern (arrow keys wrapping, Home and End, only the shown tab in the tab
//! order, each tab controlling the shown option's panel). Keys are dispatched as the browser
//! dispatches them: a bubbling, cancelable `keydown` on the focused element.

use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::{Element, HtmlElement, KeyboardEvent, KeyboardEventInit};

use crate::dom::{EstimateApp, Mounted, QuoteApp, set_address};
use crate::work_files::choose_file;

/// Press `key` where the focus is now, and let yew render.
async fn press(key: &str) {
    let target = focused().expect("something has the focus");
    let init = KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    init.set_cancelable(true);
    let event = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    target.dispatch_event(&event).unwrap();
    yew::scheduler::flush().await;
}

/// The element that has the focus, if any but `<body>`.
fn focused() -> Option<Element> {
    let document = gloo::utils::document();
    let active = document.active_element()?;
    let body: Element = document.body()?.into();
    (active != body).then_some(active)
}

fn focus(element: &Element) {
    element.unchecked_ref::<HtmlElement>().focus().unwrap();
}

/// What a person sees of an element: its text, trimmed.
fn text(element: &Element) -> String {
    element
        .text_content()
        .unwrap_or_default()
        .trim()
        .to_string()
}

/// The option tabs, in order.
fn tabs(page: &Mounted) -> Vec<Element> {
    let list = page
        .root
        .query_selector_all("[role=tablist] [role=tab]")
        .unwrap();
    (0..list.length())
        .map(|i| list.item(i).unwrap().dyn_into().unwrap())
        .collect()
}

/// Which tab is selected, which are in the tab order, and what the headcount field of the
/// panel shows.
fn tab_state(page: &Mounted) -> (Vec<bool>, Vec<String>, String) {
    let tabs = tabs(page);
    let selected = tabs
        .iter()
        .map(|t| t.get_attribute("aria-selected").as_deref() == Some("true"))
        .collect();
    let tabindex = tabs
        .iter()
        .map(|t| t.get_attribute("tabindex").unwrap_or_default())
        .collect();
    let people: web_sys::HtmlInputElement = page.by_test_id("field-people").dyn_into().unwrap();
    (selected, tabindex, people.value())
}

/// Three options saved here, of 12, 20 and 40 people; the third is shown.
async fn three_options() -> Mounted {
    let page = Mounted::new::<EstimateApp>().await;
    page.type_into("field-people", "12").await;
    page.click("add-option").await;
    page.type_into("field-people", "20").await;
    page.click("add-option").await;
    page.type_into("field-people", "40").await;
    page
}

#[wasm_bindgen_test]
async fn the_option_tabs_move_with_the_arrow_keys_home_and_end() {
    let page = three_options().await;
    // The tab list is named, and holds tabs only (the add button sits beside it).
    let list = page.root.query_selector("[role=tablist]").unwrap().unwrap();
    assert!(
        !list
            .get_attribute("aria-label")
            .unwrap_or_default()
            .is_empty(),
        "the tab list has a name"
    );
    assert_eq!(list.children().length(), 3, "three tabs and nothing else");

    // The pattern: the shown tab alone in the tab order (tabindex 0, the others -1).
    let shown = |i: usize| {
        let selected: Vec<bool> = (0..3).map(|k| k == i).collect();
        let tabindex: Vec<String> = (0..3)
            .map(|k| if k == i { "0" } else { "-1" }.to_string())
            .collect();
        let people = ["12", "20", "40"][i].to_string();
        (selected, tabindex, people)
    };
    assert_eq!(tab_state(&page), shown(2));
    focus(&tabs(&page)[2]);

    // ArrowRight from the last wraps to the first; ArrowLeft from the first to the last.
    for (key, to) in [
        ("ArrowRight", 0),
        ("ArrowRight", 1),
        ("ArrowLeft", 0),
        ("ArrowLeft", 2),
        ("Home", 0),
        ("End", 2),
        ("ArrowLeft", 1),
    ] {
        press(key).await;
        assert_eq!(tab_state(&page), shown(to), "after {key}");
        assert_eq!(
            focused(),
            Some(tabs(&page)[to].clone()),
            "after {key} the focus is on tab {to}"
        );
        // Each tab controls the panel, which is labelled by the tab shown.
        let panel_id = tabs(&page)[to].get_attribute("aria-controls").unwrap();
        let panel = gloo::utils::document()
            .get_element_by_id(&panel_id)
            .expect("the panel a tab controls is on the page");
        assert_eq!(panel.get_attribute("role").as_deref(), Some("tabpanel"));
        assert_eq!(
            panel.get_attribute("aria-labelledby"),
            Some(tabs(&page)[to].id())
        );
        assert!(
            panel.contains(Some(&page.by_test_id("field-people"))),
            "the shown option's form is in its panel"
        );
    }
    // Other keys leave the tabs alone.
    press("Enter").await;
    assert_eq!(tab_state(&page), shown(1));
}

#[wasm_bindgen_test]
async fn escape_takes_back_a_delete_waiting_for_its_second_click() {
    let page = Mounted::new::<QuoteApp>().await;
    page.type_into("quote-client-input", "第一位客户").await;
    page.click("quote-issue").await;
    let number = text(&page.by_test_id("quote-number"));
    let delete = page.by_test_id(&format!("delete-{number}"));
    let label = text(&delete);
    let armed_note = || text(&page.by_test_id("delete-armed"));
    assert_eq!(armed_note(), "", "nothing is armed");

    // Armed from the keyboard (focus, then the button's click), then Escape.
    focus(&delete);
    page.click(&format!("delete-{number}")).await;
    assert_ne!(text(&delete), label, "the button asks for a second click");
    assert!(
        armed_note().contains(&number),
        "a screen reader hears what the second click does: {}",
        armed_note()
    );
    press("Escape").await;
    assert_eq!(text(&delete), label, "Escape disarmed it");
    assert_eq!(armed_note(), "");
    assert_eq!(
        focused(),
        Some(delete.clone()),
        "the focus stays on the button"
    );
    // Disarmed for real: one click asks again and deletes nothing.
    page.click(&format!("delete-{number}")).await;
    assert!(text(&page.by_test_id("issued-quotes")).contains(&number));

    // Armed, then the focus moved on to the row's view button: Escape brings it back.
    let view = page.by_test_id(&format!("view-{number}"));
    focus(&view);
    press("Escape").await;
    assert_eq!(text(&delete), label);
    assert_eq!(focused(), Some(delete.clone()));
    assert!(text(&page.by_test_id("issued-quotes")).contains(&number));
}

#[wasm_bindgen_test]
async fn escape_cancels_a_work_files_preview_and_the_focus_returns_to_the_file_field() {
    use training_planner::persist::work_file::{NamedScenario, SavedWork};
    let catalog = training_planner::catalog::catalog().clone();
    let page = Mounted::new::<EstimateApp>().await;
    let before = text(&page.by_test_id("total"));
    let shanghai = model::cost::Scenario {
        city: "shanghai".into(),
        headcount: 12,
        ..model::cost::Scenario::default_for(&catalog)
    };
    let work = SavedWork::new(
        vec![NamedScenario {
            id: Default::default(),
            worth: Default::default(),
            name: "A".into(),
            scenario: shanghai,
        }],
        None,
    );
    choose_file(&page, &work.to_json()).await;
    let preview = page.by_test_id("import-preview");
    assert_eq!(
        focused(),
        Some(preview.clone()),
        "the preview takes the focus when it opens"
    );
    press("Escape").await;
    assert!(
        page.root
            .query_selector("[data-testid=import-preview]")
            .unwrap()
            .is_none(),
        "Escape cancelled the import"
    );
    assert_eq!(text(&page.by_test_id("total")), before, "nothing changed");
    assert_eq!(focused(), Some(page.by_test_id("import-file")));
}

#[wasm_bindgen_test]
async fn escape_keeps_the_options_when_a_links_option_waits_for_a_place() {
    drop(three_options().await);
    set_address("/?people=77&city=shanghai");
    let page = Mounted::here().await;
    let replace = page.by_test_id("replace-option-0");
    focus(&replace);
    press("Escape").await;
    assert!(
        page.root
            .query_selector("[data-testid=link-waiting]")
            .unwrap()
            .is_none(),
        "Escape answered the question"
    );
    // The focus the question held goes to the tab of the option shown.
    let selected = tabs(&page)
        .into_iter()
        .find(|t| t.get_attribute("aria-selected").as_deref() == Some("true"))
        .expect("a tab is selected");
    assert_eq!(focused(), Some(selected));
    // The options are kept as they were: 12, 20 and 40 people.
    let mut people = Vec::new();
    for i in 0..3 {
        page.click_option(i).await;
        let field: web_sys::HtmlInputElement = page.by_test_id("field-people").dyn_into().unwrap();
        people.push(field.value());
    }
    assert_eq!(people, ["12", "20", "40"]);
}
