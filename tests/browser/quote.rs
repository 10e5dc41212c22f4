//! The quote and budget page: a vendor's rate card prices the quote, a bad rate is marked at
//! its field, an issued quote gets its number and is kept with the card, a plan from the
//! planner is quoted, and the budget summary lists every option compared.

use model::cost::Scenario;
use model::money::cny;
use model::quote::{Day, Quote, QuoteRequest, RateCard};
use wasm_bindgen_test::wasm_bindgen_test;

use crate::dom::{EstimateApp, Mounted, PlanApp, QuoteApp};

fn text(page: &Mounted, id: &str) -> String {
    page.by_test_id(id).text_content().unwrap_or_default()
}

/// What the model quotes for the default scenario with this card (the date does not change
/// the amounts).
fn model_total(card: &RateCard, plan: Option<model::plan::Plan>) -> String {
    let c = training_planner::catalog::catalog().clone();
    let request = QuoteRequest {
        client: String::new(),
        issued: Day::parse("2026-11-23").unwrap(),
        scenario: Scenario::default_for(&c),
        plan,
    };
    cny(Quote::draft(&c, card, &request).unwrap().total as f64)
}

async fn quote_page() -> Mounted {
    Mounted::new::<QuoteApp>().await
}

#[wasm_bindgen_test]
async fn the_draft_quote_is_the_models_price_from_the_rate_card() {
    let page = quote_page().await;
    let c = training_planner::catalog::catalog().clone();
    let mut card = RateCard::from_market(&c);
    assert_eq!(text(&page, "quote-total"), model_total(&card, None));
    assert!(text(&page, "quote-number").contains("草稿"));

    page.type_into("card-trainer-professional", "7000").await;
    card.trainer_day.professional = 7000.0;
    assert_eq!(text(&page, "quote-total"), model_total(&card, None));
    page.type_into("card-materials", "55").await;
    card.materials_set = Some(55.0);
    assert_eq!(text(&page, "quote-total"), model_total(&card, None));
    assert!(page.errors().is_empty(), "{:?}", page.errors());
}

#[wasm_bindgen_test]
async fn a_rate_out_of_range_is_marked_at_its_field_and_nothing_else_changes() {
    let page = quote_page().await;
    page.type_into("card-vendor", "黔行培训").await;
    page.type_into("card-venue", "-20").await;
    let errors = page.errors();
    assert!(
        errors
            .iter()
            .any(|e| e.contains("0") && e.contains("100000")),
        "the venue field says what is accepted: {errors:?}"
    );
    // The quote cannot be priced, and says so; the vendor's name is still what was typed.
    assert!(errors.iter().any(|e| e.contains("价目表")), "{errors:?}");
    let vendor: web_sys::HtmlInputElement =
        wasm_bindgen::JsCast::dyn_into(page.by_test_id("card-vendor")).unwrap();
    assert_eq!(vendor.value(), "黔行培训");
    page.type_into("card-venue", "1500").await;
    assert!(page.errors().is_empty(), "{:?}", page.errors());
    assert_eq!(text(&page, "quote-vendor"), "黔行培训");
}

#[wasm_bindgen_test]
async fn an_issued_quote_is_numbered_and_kept_with_the_card_after_a_reload() {
    let page = quote_page().await;
    page.click("quote-issue").await;
    assert!(
        page.errors().iter().any(|e| e.contains("客户")),
        "a quote needs a client: {:?}",
        page.errors()
    );
    page.type_into("card-prefix", "HX").await;
    page.type_into("card-trainer-professional", "6200").await;
    page.type_into("quote-client-input", "贵阳某银行客服中心")
        .await;
    page.click("quote-issue").await;
    assert!(page.errors().is_empty(), "{:?}", page.errors());
    let number = text(&page, "quote-number");
    assert!(
        number.starts_with("HX-") && number.ends_with("-0001"),
        "{number}"
    );
    assert_eq!(text(&page, "quote-client"), "贵阳某银行客服中心");
    drop(page);

    let again = Mounted::keeping_storage::<QuoteApp>().await;
    assert!(again.text().contains(&number), "the issued quote is listed");
    let rate: web_sys::HtmlInputElement =
        wasm_bindgen::JsCast::dyn_into(again.by_test_id("card-trainer-professional")).unwrap();
    assert_eq!(rate.value(), "6200", "the rate card was kept");
    again.type_into("quote-client-input", "另一位客户").await;
    again.click("quote-issue").await;
    assert!(
        text(&again, "quote-number").ends_with("-0002"),
        "numbering continues"
    );
}

#[wasm_bindgen_test]
async fn a_plan_from_the_planner_is_what_gets_quoted() {
    let planner = Mounted::new::<PlanApp>().await;
    drop(planner);
    // The planner opened on a ready-made plan and kept it in this browser.
    let c = training_planner::catalog::catalog().clone();
    let plan = c.modules.preset_plans().next().map(|(_, p)| p).unwrap();
    let page = Mounted::keeping_storage::<QuoteApp>().await;
    let use_plan: web_sys::HtmlInputElement =
        wasm_bindgen::JsCast::dyn_into(page.by_test_id("quote-use-plan")).unwrap();
    assert!(use_plan.checked(), "the saved plan is quoted by default");
    let card = RateCard::from_market(&c);
    assert_eq!(text(&page, "quote-total"), model_total(&card, Some(plan)));
    use_plan.click();
    yew::scheduler::flush().await;
    assert_eq!(text(&page, "quote-total"), model_total(&card, None));
}

#[wasm_bindgen_test]
async fn the_budget_summary_lists_every_option_compared() {
    let estimator = Mounted::new::<EstimateApp>().await;
    estimator.click("add-option").await;
    estimator.type_into("field-city", "shanghai").await;
    let shanghai_total = text(&estimator, "total");
    drop(estimator);
    let page = Mounted::keeping_storage::<QuoteApp>().await;
    let rows = page
        .root
        .query_selector_all("[data-testid=summary-total]")
        .unwrap();
    assert_eq!(rows.length(), 2);
    let second = rows.item(1).unwrap().text_content().unwrap();
    assert_eq!(second, shanghai_total);
}

#[wasm_bindgen_test]
async fn an_unreadable_quote_book_is_kept_aside_and_the_rest_of_the_work_still_opens() {
    use training_planner::share::file::{NamedScenario, SavedWork};
    use training_planner::store::saved::{ASIDE_PREFIX, legacy};
    let storage = gloo::utils::window().local_storage().unwrap().unwrap();
    storage.clear().unwrap();
    let c = training_planner::catalog::catalog().clone();
    let option = Scenario {
        headcount: 44,
        ..Scenario::default_for(&c)
    };
    let work = SavedWork::new(
        vec![NamedScenario {
            name: "方案 A".into(),
            scenario: option.clone(),
        }],
        None,
    );
    storage.set_item(legacy::WORK, &work.to_json()).unwrap();
    storage
        .set_item(legacy::QUOTES, "{\"format\": \"training-planner\", \"quo")
        .unwrap();

    // The damaged quote book is kept aside, and the app says so once.
    let quotes = Mounted::keeping_storage::<QuoteApp>().await;
    let errors = quotes.errors();
    let aside = format!("{ASIDE_PREFIX}1");
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(errors[0].contains(&aside), "{errors:?}");
    assert_eq!(
        storage.get_item(&aside).unwrap().as_deref(),
        Some("{\"format\": \"training-planner\", \"quo")
    );
    assert!(
        quotes
            .root
            .query_selector("[data-testid=issued-quotes]")
            .unwrap()
            .is_none()
    );
    drop(quotes);

    // The options saved with the work (by an earlier version) open on the estimator.
    let page = Mounted::keeping_storage::<EstimateApp>().await;
    assert!(page.errors().is_empty(), "{:?}", page.errors());
    let estimate = model::cost::Costing::new(&c, &option)
        .unwrap()
        .estimate(&c, &option)
        .unwrap();
    assert_eq!(
        text(&page, "total"),
        cny(estimate.total),
        "the options still open"
    );
}

#[wasm_bindgen_test]
async fn an_issued_quote_can_be_viewed_again_and_deleting_it_takes_a_second_click() {
    let page = quote_page().await;
    page.type_into("quote-client-input", "第一位客户").await;
    page.click("quote-issue").await;
    let first = text(&page, "quote-number");
    page.type_into("quote-client-input", "第二位客户").await;
    assert!(
        text(&page, "quote-number").contains("草稿"),
        "editing starts a new draft"
    );
    page.click("quote-issue").await;
    let second = text(&page, "quote-number");
    assert_ne!(first, second);

    page.click(&format!("view-{first}")).await;
    assert_eq!(text(&page, "quote-number"), first);
    assert_eq!(text(&page, "quote-client"), "第一位客户");

    page.click(&format!("delete-{first}")).await;
    assert!(page.text().contains(&first), "one click does not delete");
    page.click(&format!("delete-{first}")).await;
    let listed = text(&page, "issued-quotes");
    assert!(!listed.contains(&first), "{listed}");
    assert!(listed.contains(&second));
}
