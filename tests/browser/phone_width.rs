//! At a phone's width (375 px), with the app's own stylesheet: the budget summary's columns all
//! fit their box (none clipped, none one character wide), and money and quote numbers never
//! break across lines. (The distribution chart's labels are placed by `view::labels`, tested
//! natively.)

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::Element;

use crate::dom::{EstimateApp, Mounted};

/// The app's stylesheet on the test page while this lives (the runner's page has none).
struct AppCss(Element);

impl AppCss {
    fn load() -> AppCss {
        let document = gloo::utils::document();
        let style = document.create_element("style").unwrap();
        style.set_text_content(Some(include_str!("../../style/app.css")));
        document.head().unwrap().append_child(&style).unwrap();
        AppCss(style)
    }
}

impl Drop for AppCss {
    fn drop(&mut self) {
        self.0.remove();
    }
}

/// Calls a DOM method by name (the crate's web-sys features leave out DOMRect and Range).
fn call(target: &JsValue, method: &str, args: &[&JsValue]) -> JsValue {
    let f: js_sys::Function = js_sys::Reflect::get(target, &JsValue::from_str(method))
        .unwrap()
        .unchecked_into();
    let list = js_sys::Array::new();
    for a in args {
        list.push(a);
    }
    f.apply(target, &list).unwrap()
}

fn number(v: &JsValue, key: &str) -> f64 {
    js_sys::Reflect::get(v, &JsValue::from_str(key))
        .unwrap()
        .as_f64()
        .unwrap()
}

/// (left, right) of an element's box on the page.
fn span(el: &Element) -> (f64, f64) {
    let r = call(el, "getBoundingClientRect", &[]);
    (number(&r, "left"), number(&r, "right"))
}

/// How many lines an element's text takes (distinct line boxes of its text).
fn lines(el: &Element) -> usize {
    let range = call(&gloo::utils::document(), "createRange", &[]);
    call(&range, "selectNodeContents", &[el]);
    let rects = call(&range, "getClientRects", &[]);
    let mut tops: Vec<i64> = (0..number(&rects, "length") as u32)
        .map(|i| number(&js_sys::Reflect::get_u32(&rects, i).unwrap(), "top").round() as i64)
        .collect();
    tops.sort_unstable();
    tops.dedup();
    tops.len()
}

fn all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i))
        .map(|n| n.unchecked_into())
        .collect()
}

/// Every cell of `table` lies inside `container` and shows all it holds; the container does not
/// scroll sideways (a column out of sight is a clipped column).
fn fits(container: &Element, table: &Element, what: &str) {
    assert!(
        container.scroll_width() <= container.client_width(),
        "{what}: scrolls sideways, {} px of content in {} px",
        container.scroll_width(),
        container.client_width()
    );
    let (left, right) = span(container);
    for cell in all(table, "tbody th, tbody td") {
        let (l, r) = span(&cell);
        let text = cell.text_content().unwrap_or_default();
        assert!(
            l >= left - 0.5 && r <= right + 0.5,
            "{what}: cell {text:?} at {l}–{r} outside {left}–{right}"
        );
        assert!(
            cell.scroll_width() <= cell.client_width(),
            "{what}: cell {text:?} clipped ({} in {})",
            cell.scroll_width(),
            cell.client_width()
        );
    }
}

/// The app at a phone's width, on the quote page with three options compared and two quotes
/// issued.
async fn phone_quote_page() -> Mounted {
    let page = Mounted::new::<EstimateApp>().await;
    page.root.set_attribute("style", "width: 375px").unwrap();
    page.click("add-option").await;
    page.click("add-option").await;
    page.click("tab-quote").await;
    for client in ["贵阳市某区政务服务中心", "黔行银行客服中心"] {
        page.type_into("quote-client-input", client).await;
        page.click("quote-issue").await;
    }
    assert!(page.errors().is_empty(), "{:?}", page.errors());
    page
}

#[wasm_bindgen_test]
async fn at_375_px_the_budget_summary_fits_and_no_amount_breaks() {
    let _css = AppCss::load();
    let page = phone_quote_page().await;
    for lang in ["zh", "en"] {
        if lang == "en" {
            page.click("lang-toggle").await;
        }
        let table = page.by_test_id("budget-summary");
        let container = table.closest(".budget-summary").unwrap().unwrap();
        let options = all(&table, "tbody th[scope=row]");
        assert_eq!(options.len(), 3, "{lang}: three options compared");
        fits(&container, &table, lang);
        for option in &options {
            let width = option.client_width();
            assert!(
                width >= 120,
                "{lang}: the option column is {width} px wide: {:?}",
                option.text_content()
            );
        }
        for amount in all(&table, "tbody td.num") {
            assert_eq!(
                lines(&amount),
                1,
                "{lang}: {:?} breaks across lines",
                amount.text_content()
            );
        }
    }
}

#[wasm_bindgen_test]
async fn at_375_px_issued_quote_numbers_stay_on_one_line() {
    let _css = AppCss::load();
    let page = phone_quote_page().await;
    for lang in ["zh", "en"] {
        if lang == "en" {
            page.click("lang-toggle").await;
        }
        let table = page.by_test_id("issued-quotes");
        let container = table.closest(".issued").unwrap().unwrap();
        let numbers = all(&table, "tbody tr > td:first-child");
        assert_eq!(numbers.len(), 2, "{lang}: two quotes issued");
        // Numbers, dates and totals.
        let dates = all(&table, "tbody tr > td:nth-child(3)");
        let totals = all(&table, "tbody td.num");
        for n in numbers.iter().chain(&dates).chain(&totals) {
            assert_eq!(
                lines(n),
                1,
                "{lang}: {:?} breaks across lines",
                n.text_content()
            );
        }
        fits(&container, &table, lang);
    }
}

#[wasm_bindgen_test]
async fn at_375_px_the_line_items_fit_with_every_column_in_sight() {
    let _css = AppCss::load();
    let page = Mounted::new::<EstimateApp>().await;
    page.root.set_attribute("style", "width: 375px").unwrap();
    // The widest figures: a large course in a dear city.
    page.type_into("field-people", "480").await;
    page.type_into("field-city", "shanghai").await;
    for lang in ["zh", "en"] {
        if lang == "en" {
            page.click("lang-toggle").await;
        }
        let table = page.by_test_id("line-items");
        let container = table.closest(".results").unwrap().unwrap();
        fits(&container, &table, lang);
    }
}
