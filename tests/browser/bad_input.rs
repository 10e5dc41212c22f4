//! Bad input: a value that does not read as a number in full (`1,000`, `7,5`, text, a
//! fraction where a whole number goes), is out of range or is cleared is marked at its field;
//! the figures stay at the last good input, say so, and nothing is issued or exported from it.
//! (Cases 3 to 6 and 11 of the hostile test passes.)

use model::Lang;
use model::cost::{Costing, Scenario};
use model::money::cny;
use model::vocab::{Depth, DepthHours};
use training_planner::app::components::NumberField;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;
use yew::prelude::*;

use crate::dom::{EstimateApp, Mounted, QuoteApp};

/// A headcount field whose parent shows the last good value, and flags values below 1 the way
/// the model will.
#[component]
fn HeadcountFixture() -> Html {
    let people = use_state(|| 30.0);
    let on_change = {
        let people = people.clone();
        // Only what reads as a number reaches the value in use.
        Callback::from(move |typed: Result<f64, _>| {
            if let Ok(v) = typed {
                people.set(v)
            }
        })
    };
    let error = (*people < 1.0).then(|| AttrValue::from("人数至少为 1"));
    html! {
        <>
            <NumberField id="people" label="人数" unit="人" value={*people} lang={Lang::Zh} {on_change} {error} whole=true />
            <output data-testid="used">{ *people }</output>
        </>
    }
}

fn used(page: &Mounted) -> String {
    page.by_test_id("used").text_content().unwrap()
}

#[wasm_bindgen_test]
async fn text_in_a_number_field_shows_a_message_and_keeps_the_last_good_value() {
    let page = Mounted::component::<HeadcountFixture>().await;
    assert!(page.errors().is_empty());

    page.type_into("people", "三十").await;
    assert_eq!(page.errors(), vec!["这不是一个数字".to_string()]);
    assert_eq!(used(&page), "30", "the last good value stays in use");
    let input: web_sys::HtmlInputElement =
        wasm_bindgen::JsCast::dyn_into(page.by_test_id("people")).unwrap();
    assert_eq!(
        input.value(),
        "三十",
        "what the person typed stays in the box"
    );
    assert_eq!(input.get_attribute("aria-invalid").as_deref(), Some("true"));

    page.type_into("people", "４５").await;
    assert!(page.errors().is_empty(), "{:?}", page.errors());
    assert_eq!(used(&page), "45");
}

#[wasm_bindgen_test]
async fn a_fraction_in_a_whole_number_field_is_refused() {
    let page = Mounted::component::<HeadcountFixture>().await;
    page.type_into("people", "2.5").await;
    assert_eq!(page.errors(), vec!["请输入整数".to_string()]);
    assert_eq!(used(&page), "30");
}

#[wasm_bindgen_test]
async fn the_models_message_for_an_out_of_range_value_shows_at_the_field() {
    let page = Mounted::component::<HeadcountFixture>().await;
    page.type_into("people", "-3").await;
    assert_eq!(page.errors(), vec!["人数至少为 1".to_string()]);
}

fn text(page: &Mounted, id: &str) -> String {
    page.by_test_id(id).text_content().unwrap_or_default()
}

fn shown(page: &Mounted, id: &str) -> bool {
    page.root
        .query_selector(&format!("[data-testid=\"{id}\"]"))
        .unwrap()
        .is_some()
}

/// Types `text` key by key, as a person (or a test driver) does.
async fn type_keys(page: &Mounted, id: &str, text: &str) {
    let mut typed = String::new();
    for c in text.chars() {
        typed.push(c);
        page.type_into(id, &typed).await;
    }
}

#[wasm_bindgen_test]
async fn a_headcount_with_a_comma_marks_the_figures_and_holds_the_quote() {
    let page = Mounted::new::<EstimateApp>().await;
    type_keys(&page, "field-people", "1,000").await;
    assert!(
        page.errors().iter().any(|e| e.contains("逗号")),
        "{:?}",
        page.errors()
    );
    let note = text(&page, "stale");
    assert!(
        note.contains("1 人"),
        "the figures say which input they are for: {note}"
    );
    assert!(
        !shown(&page, "share-link"),
        "no link to figures that are not what is typed"
    );
    page.click("export-lines").await;
    assert!(
        page.errors().iter().any(|e| e.contains("改正后才能导出")),
        "{:?}",
        page.errors()
    );

    // The quote desk says why it will not issue, and issues nothing.
    page.click("tab-quote").await;
    page.type_into("quote-client-input", "某客户").await;
    let hold = text(&page, "quote-hold");
    assert!(hold.contains("方案 A") && hold.contains("人数"), "{hold}");
    let issue = page.by_test_id("quote-issue");
    assert!(issue.has_attribute("disabled"));
    issue.dyn_into::<web_sys::HtmlElement>().unwrap().click();
    yew::scheduler::flush().await;
    assert!(
        text(&page, "quote-number").contains("草稿"),
        "nothing was numbered"
    );

    // Corrected, the quote is for what is typed.
    page.click("tab-estimate").await;
    page.type_into("field-people", "1000").await;
    assert!(!shown(&page, "stale"));
    page.click("tab-quote").await;
    assert!(!shown(&page, "quote-hold"));
    page.click("quote-issue").await;
    assert!(text(&page, "quote-number").ends_with("-0001"));
}

#[wasm_bindgen_test]
async fn a_day_rate_with_a_comma_holds_the_quote_until_it_reads() {
    let page = Mounted::new::<QuoteApp>().await;
    page.type_into("quote-client-input", "某客户").await;
    type_keys(&page, "card-trainer-professional", "1,000").await;
    let hold = text(&page, "quote-hold");
    assert!(hold.contains("价目表") && hold.contains("日费"), "{hold}");
    assert!(page.by_test_id("quote-issue").has_attribute("disabled"));
    page.click("export-csv").await;
    assert!(
        page.errors().iter().any(|e| e.contains("价目表")),
        "the draft is not exported: {:?}",
        page.errors()
    );
    page.type_into("card-trainer-professional", "1000").await;
    assert!(!shown(&page, "quote-hold"));
    assert!(!page.by_test_id("quote-issue").has_attribute("disabled"));
}

fn value(page: &Mounted, id: &str) -> String {
    let element = page.by_test_id(id);
    if let Some(input) = element.dyn_ref::<web_sys::HtmlInputElement>() {
        input.value()
    } else {
        element
            .dyn_ref::<web_sys::HtmlSelectElement>()
            .map(|s| s.value())
            .unwrap_or_default()
    }
}

fn likely_total(scenario: &Scenario) -> String {
    let catalog = training_planner::catalog::catalog();
    cny(Costing::new(catalog, scenario)
        .unwrap()
        .estimate(catalog, scenario)
        .unwrap()
        .total)
}

/// Case 4: typing `0.5`, `0` or `-5` in the hours switched the depth to deep.
#[wasm_bindgen_test]
async fn hours_typed_from_zero_change_only_the_hours() {
    let page = Mounted::new::<EstimateApp>().await;
    page.type_into("field-depth", "basic").await;
    // Keystroke by keystroke, as a person types them.
    for typed in ["0", "0.", "0.5", "", "-", "-5", "6"] {
        page.type_into("field-hours", typed).await;
        assert_eq!(
            value(&page, "field-depth"),
            "basic",
            "after typing {typed:?}"
        );
    }
    let basic_day = Scenario {
        hours: DepthHours::single(Depth::Basic, 6.0),
        ..Scenario::default_for(training_planner::catalog::catalog())
    };
    assert_eq!(text(&page, "total"), likely_total(&basic_day));
}

/// Case 5: after a bad value the estimate on screen is the last good one, and says for what.
#[wasm_bindgen_test]
async fn a_bad_value_keeps_the_last_good_estimate_and_says_which_it_is() {
    let page = Mounted::new::<EstimateApp>().await;
    for typed in ["6", "60", "600", "6000"] {
        page.type_into("field-people", typed).await;
    }
    let six_hundred = Scenario {
        headcount: 600,
        ..Scenario::default_for(training_planner::catalog::catalog())
    };
    assert_eq!(text(&page, "total"), likely_total(&six_hundred));
    let note = text(&page, "stale");
    assert!(
        note.contains("600 人"),
        "the note says which inputs it is for: {note}"
    );
    assert_eq!(value(&page, "field-people"), "6000", "what was typed stays");
    assert!(!page.errors().is_empty(), "the field says what is wrong");
    // A good value again: the note goes.
    page.type_into("field-people", "45").await;
    assert!(
        page.root
            .query_selector("[data-testid=\"stale\"]")
            .unwrap()
            .is_none()
    );
}

/// Case 6: `7,5` in the hours (or a link) was read as 75, silently.
#[wasm_bindgen_test]
async fn a_decimal_comma_is_refused_and_named_in_fields_and_links() {
    let page = Mounted::new::<EstimateApp>().await;
    let before = text(&page, "total");
    for (field, typed) in [
        ("field-hours", "7,5"),
        ("field-people", "1,200"),
        ("field-vat", "6,5"),
    ] {
        page.type_into(field, typed).await;
        assert_eq!(
            text(&page, "total"),
            before,
            "{typed} in {field} is not read as a number"
        );
        assert!(
            page.errors()
                .iter()
                .any(|e| e.contains("请勿使用逗号：小数点请用“.”")),
            "the message says how to write it: {:?}",
            page.errors()
        );
        page.type_into(field, &value_of_default(field)).await;
    }
    drop(page);
    crate::dom::clear_storage();
    crate::dom::set_address("/?hours=7,5&vat=6,5");
    let page = Mounted::here().await;
    let errors = page.errors().join(" ");
    assert!(
        errors.contains("hours") && errors.contains("vat"),
        "{errors}"
    );
    assert_eq!(text(&page, "total"), before, "both left at their defaults");
}

fn value_of_default(field: &str) -> String {
    let s = Scenario::default_for(training_planner::catalog::catalog());
    match field {
        "field-hours" => s.hours.total().to_string(),
        "field-people" => s.headcount.to_string(),
        _ => s.vat_pct.to_string(),
    }
}

/// Case 11: clearing the quote's date issued it with the old date and no message.
#[wasm_bindgen_test]
async fn a_cleared_quote_date_is_named_and_no_quote_is_issued() {
    let page = Mounted::new::<QuoteApp>().await;
    page.type_into("quote-client-input", "某客户").await;
    page.type_into("quote-date", "").await;
    assert!(
        page.errors().iter().any(|e| e.contains("报价日期")),
        "{:?}",
        page.errors()
    );
    let issue = page.by_test_id("quote-issue");
    assert!(issue.has_attribute("disabled"));
    issue.dyn_into::<web_sys::HtmlElement>().unwrap().click();
    yew::scheduler::flush().await;
    assert!(
        text(&page, "quote-number").contains("草稿"),
        "nothing was numbered"
    );
    page.type_into("quote-date", "2026-12-03").await;
    page.click("quote-issue").await;
    assert!(text(&page, "quote-number").ends_with("-0001"));
    // Written formally, as a Chinese document dates itself.
    assert_eq!(text(&page, "quote-issued"), "2026年12月3日");
}
