//! The budget request on the quote desk: it compares every option, shows the fund shares and
//! their warning, downloads as CSV, says why when its workbook or its QR code cannot be made
//! here (the documents worker is not served to these tests), and stays whole.

use model::cost::Scenario;
use model::money::cny;
use wasm_bindgen_test::wasm_bindgen_test;

use crate::dom::{
    Downloads, EstimateApp, Mounted, QuoteApp, assert_the_documents_worker_is_not_served, until,
};

fn text(page: &Mounted, id: &str) -> String {
    page.by_test_id(id).text_content().unwrap_or_default()
}

async fn quote_page() -> Mounted {
    Mounted::new::<QuoteApp>().await
}

/// The budget request's total for a scenario: the cash the model's lines add up to, in whole
/// yuan per finance category (staff time is not asked for).
fn budget_total(s: &Scenario) -> String {
    let c = training_planner::catalog::catalog();
    let e = model::cost::Costing::new(c, s)
        .unwrap()
        .estimate(c, s)
        .unwrap();
    cny(model::budget::BudgetLines::new(&e).total as f64)
}

#[wasm_bindgen_test]
async fn the_budget_request_compares_every_option() {
    let estimator = Mounted::new::<EstimateApp>().await;
    estimator.click("add-option").await;
    estimator.type_into("field-city", "shanghai").await;
    drop(estimator);
    let page = Mounted::keeping_storage::<QuoteApp>().await;
    let rows = page
        .root
        .query_selector_all("[data-testid=summary-total]")
        .unwrap();
    assert_eq!(rows.length(), 2);
    let c = training_planner::catalog::catalog();
    let shanghai = Scenario {
        city: "shanghai".into(),
        ..Scenario::default_for(c)
    };
    let second = rows.item(1).unwrap().text_content().unwrap();
    assert_eq!(second, budget_total(&shanghai));
    // The first option is requested until another is chosen.
    assert_eq!(
        text(&page, "budget-total"),
        budget_total(&Scenario::default_for(c))
    );
    page.choose("budget-option", 1).await;
    assert_eq!(text(&page, "budget-total"), second);
}

#[wasm_bindgen_test]
async fn the_budget_request_shows_the_fund_shares_and_warns_for_a_small_wage_bill() {
    let page = quote_page().await;
    page.type_into("budget-department", "客户服务部").await;
    page.type_into("budget-number", "YS-2026-011").await;
    let document = text(&page, "budget-request");
    assert!(document.contains("客户服务部") && document.contains("YS-2026-011"));
    assert!(
        document.contains("年") && document.contains("日"),
        "a formal date: {document}"
    );
    assert!(text(&page, "budget-in-words").starts_with("人民币"));
    // Nothing typed: the shares of the city's estimated wage bill, and the basis said.
    let shares = text(&page, "fund-shares");
    assert!(shares.contains("1.5%") && shares.contains("8%"), "{shares}");
    assert!(shares.contains("参训人数"), "the basis is named: {shares}");

    // 600,000 a year: the set-aside is 9,000, below a day's course for 30 people; the
    // deductible limit, 48,000, is not passed.
    page.type_into("budget-wage-bill", "600000").await;
    let shares = text(&page, "fund-shares");
    assert!(shares.contains("¥600,000"), "{shares}");
    let warning = text(&page, "fund-warning");
    assert!(
        warning.contains("1.5%") && warning.contains("¥9,000") && warning.contains("追加经费"),
        "{warning}"
    );
    assert!(page.errors().is_empty(), "{:?}", page.errors());

    // 100,000 a year for 30 people is less than their lowest possible wages (18,000 a head,
    // data/budget.toml): a typing mistake, told at the field, and nothing is exported.
    page.type_into("budget-wage-bill", "100000").await;
    let errors = page.errors();
    assert!(errors.iter().any(|e| e.contains("万元")), "{errors:?}");
    assert!(text(&page, "export-held").contains("工资总额"));
    assert!(page.by_test_id("summary-print").has_attribute("disabled"));

    // A large one: no warning.
    page.type_into("budget-wage-bill", "50000000").await;
    assert!(
        page.root
            .query_selector("[data-testid=fund-warning]")
            .unwrap()
            .is_none()
    );

    // Text and a negative figure are told at the field; the shares stay on the city's basis.
    page.type_into("budget-wage-bill", "十万").await;
    let errors = page.errors();
    assert!(
        errors.iter().any(|e| e.contains("不是一个数字")),
        "{errors:?}"
    );
    assert!(text(&page, "fund-shares").contains("参训人数"));
    page.type_into("budget-wage-bill", "-5").await;
    let errors = page.errors();
    assert!(errors.iter().any(|e| e.contains("大于零")), "{errors:?}");

    // In English, in English.
    page.type_into("budget-wage-bill", "600000").await;
    page.click("lang-toggle").await;
    assert!(text(&page, "fund-warning").contains("set aside"));
    assert!(text(&page, "budget-request").contains("Training budget request"));
}

#[wasm_bindgen_test]
async fn the_budget_request_downloads_as_csv_and_says_when_the_excel_writer_cannot_load() {
    use wasm_bindgen::JsCast;
    let page = quote_page().await;
    page.type_into("budget-number", "YS-7").await;
    let downloads = Downloads::catch();
    let request = page
        .root
        .query_selector(".summary-output")
        .unwrap()
        .unwrap();
    let click = |id: &str| {
        request
            .query_selector(&format!("[data-testid={id}]"))
            .unwrap()
            .unwrap()
            .dyn_into::<web_sys::HtmlElement>()
            .unwrap()
            .click();
    };
    click("export-csv");
    yew::scheduler::flush().await;
    assert_eq!(downloads.names(), ["budget-request-YS-7.csv"]);
    assert!(page.errors().is_empty(), "{:?}", page.errors());
    // The Excel writer is the documents worker, which the test runner does not serve: the page
    // says it could not be loaded, points to the CSV, offers nothing more, and the request and
    // its CSV are all still there. (The workbook itself, downloaded from the release build and
    // read back, is `the_budget_request_downloads_as_a_workbook_with_the_pages_total` in
    // tests/e2e.rs.)
    assert_the_documents_worker_is_not_served().await;
    let total = text(&page, "budget-total");
    click("export-xlsx");
    until("the Excel export's message", || !page.errors().is_empty()).await;
    assert_eq!(
        page.errors(),
        ["Excel 导出组件未能加载：第一次使用时需要联网下载。请联网后重试，或改用 CSV 导出。"]
    );
    assert_eq!(
        downloads.names(),
        ["budget-request-YS-7.csv"],
        "no workbook"
    );
    let button = request
        .query_selector("[data-testid=export-xlsx]")
        .unwrap()
        .unwrap();
    assert!(!button.has_attribute("disabled"), "the button is back");
    assert_eq!(
        page.by_test_id("budget-number")
            .dyn_into::<web_sys::HtmlInputElement>()
            .unwrap()
            .value(),
        "YS-7"
    );
    assert_eq!(text(&page, "budget-total"), total);
    click("export-csv");
    yew::scheduler::flush().await;
    assert_eq!(
        downloads.names(),
        ["budget-request-YS-7.csv", "budget-request-YS-7.csv"]
    );
}

/// The budget request offers the chosen option's live estimate as a QR code, drawn only when
/// asked for: opening the page draws nothing. The code is drawn by the documents worker, which
/// the test runner does not serve, so here the click ends in a message at the button: the code
/// could not be made, the request prints without it; the message never prints, the button is
/// back to try again, and the request is still there, whole. (The code drawn from the release
/// build, read back as the estimate's link, is
/// `the_budget_request_prints_the_chosen_options_live_estimate_as_a_qr_code` in tests/e2e.rs.)
#[wasm_bindgen_test]
async fn the_budget_request_adds_a_qr_code_only_when_asked_and_prints_without_one_it_cannot_get() {
    use wasm_bindgen::JsCast;

    let page = quote_page().await;
    let request = page.by_test_id("budget-request");
    let within = |id: &str| {
        request
            .query_selector(&format!("[data-testid={id}]"))
            .unwrap()
    };
    let add = within("show-qr").expect("an add-QR button on the request");
    assert!(
        add.text_content().unwrap().contains("附二维码"),
        "{:?}",
        add.text_content()
    );
    assert!(
        add.class_name().contains("no-print"),
        "the button never prints"
    );
    assert!(within("qr").is_none(), "no code before it is asked for");
    assert!(text(&page, "budget-request").contains("审批人"));

    assert_the_documents_worker_is_not_served().await;
    let request_before = text(&page, "budget-request");
    add.dyn_into::<web_sys::HtmlElement>().unwrap().click();
    yew::scheduler::flush().await;
    until("the QR code's message", || within("error").is_some()).await;
    assert!(within("qr").is_none(), "no code");
    let error = within("error").unwrap();
    assert_eq!(
        error.text_content().unwrap(),
        "二维码未能生成：第一次使用需要联网下载组件，或链接过长。请联网后重试；预算表仍可打印，只是不带二维码。"
    );
    assert!(
        error.class_name().contains("no-print"),
        "the message never prints"
    );
    // The button is back, to try again.
    let again = within("show-qr").expect("the add-QR button again");
    assert!(!again.has_attribute("disabled"));
    // The request is as it was, but for the message.
    let message = error.text_content().unwrap();
    assert_eq!(
        text(&page, "budget-request").replace(&message, ""),
        request_before
    );
    assert!(text(&page, "budget-request").contains("审批人"));
    assert!(within("budget-total").is_some());
}
