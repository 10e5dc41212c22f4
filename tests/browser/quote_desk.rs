//! The quote desk: a vendor's rate card prices the quote, a bad rate is marked at its field, an
//! issued quote gets its number and is kept with the card (and a damaged book is set aside), a
//! plan from the planner is quoted, and the quote shows and exports its lines.

use model::calendar::Day;
use model::cost::Scenario;
use model::money::{cny, cny_fen};
use model::quote::{Quote, QuoteRequest, RateCard};
use wasm_bindgen_test::wasm_bindgen_test;

use crate::dom::{EstimateApp, Mounted, PlanApp, QuoteApp, downloads_during};

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
        contact: Default::default(),
        remarks: String::new(),
    };
    cny_fen(Quote::draft(&c, card, &request).unwrap().total)
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

/// Case 5 of the second hostile pass: "quote from the course plan" was unchecked on a first
/// visit and checked after any reload, and unchecking it was not kept. It starts unchecked (the
/// quote prices the option as estimated), and whatever the vendor chooses stays chosen.
#[wasm_bindgen_test]
async fn quoting_the_plan_is_the_vendors_choice_and_stays_chosen() {
    let planner = Mounted::new::<PlanApp>().await;
    drop(planner);
    // The planner opened on a ready-made plan and kept it in this browser.
    let c = training_planner::catalog::catalog().clone();
    let plan = c.modules.preset_plans().next().map(|(_, p)| p).unwrap();
    let card = RateCard::from_market(&c);
    let use_plan = |page: &Mounted| -> web_sys::HtmlInputElement {
        wasm_bindgen::JsCast::dyn_into(page.by_test_id("quote-use-plan")).unwrap()
    };
    let page = Mounted::keeping_storage::<QuoteApp>().await;
    assert!(
        !use_plan(&page).checked(),
        "the option is quoted as estimated"
    );
    assert_eq!(text(&page, "quote-total"), model_total(&card, None));
    use_plan(&page).click();
    yew::scheduler::flush().await;
    assert_eq!(
        text(&page, "quote-total"),
        model_total(&card, Some(plan.clone()))
    );
    // What the plan changes is said beside the switch: its hours in place of the option's.
    let note = text(&page, "quote-plan-note");
    let hours = plan.teaching_hours(&c.modules).total();
    assert!(
        note.contains(&format!("{hours}")) && note.contains('6'),
        "{note}"
    );
    drop(page);

    let again = Mounted::keeping_storage::<QuoteApp>().await;
    assert!(
        use_plan(&again).checked(),
        "ticked stays ticked after a reload"
    );
    assert_eq!(text(&again, "quote-total"), model_total(&card, Some(plan)));
    use_plan(&again).click();
    yew::scheduler::flush().await;
    drop(again);
    let third = Mounted::keeping_storage::<QuoteApp>().await;
    assert!(
        !use_plan(&third).checked(),
        "unticked stays unticked after a reload"
    );
    assert_eq!(text(&third, "quote-total"), model_total(&card, None));
}

#[wasm_bindgen_test]
async fn an_unreadable_quote_book_is_kept_aside_and_the_rest_of_the_work_still_opens() {
    use training_planner::persist::stored::{ASIDE_PREFIX, legacy};
    use training_planner::persist::work_file::{NamedScenario, SavedWork};
    let storage = gloo::utils::window().local_storage().unwrap().unwrap();
    storage.clear().unwrap();
    let c = training_planner::catalog::catalog().clone();
    let option = Scenario {
        headcount: 44,
        ..Scenario::default_for(&c)
    };
    let work = SavedWork::new(
        vec![NamedScenario {
            id: Default::default(),
            worth: Default::default(),
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

/// The draft the page shows for the default scenario with the market's card, as the model makes
/// it (the date does not change the amounts).
fn model_draft() -> Quote {
    let c = training_planner::catalog::catalog().clone();
    let request = QuoteRequest {
        client: String::new(),
        issued: Day::parse("2026-11-23").unwrap(),
        scenario: Scenario::default_for(&c),
        plan: None,
        contact: Default::default(),
        remarks: String::new(),
    };
    Quote::draft(&c, &RateCard::from_market(&c), &request).unwrap()
}

#[wasm_bindgen_test]
async fn the_quote_shows_quantities_unit_prices_and_its_total_in_capitals_and_no_margin() {
    use model::money::amount_in_words;
    use model::quote::quantity_text;
    let page = quote_page().await;
    let q = model_draft();
    let cells = |id: &str| -> Vec<String> {
        let found = page
            .root
            .query_selector_all(&format!("[data-testid={id}]"))
            .unwrap();
        (0..found.length())
            .map(|i| found.item(i).unwrap().text_content().unwrap_or_default())
            .collect()
    };
    let lines: Vec<_> = q.lines.iter().map(|l| l.priced.unwrap()).collect();
    assert!(!lines.is_empty());
    assert_eq!(
        cells("line-quantity"),
        lines
            .iter()
            .map(|p| if p.item.at_cost() {
                String::new()
            } else {
                quantity_text(p.quantity)
            })
            .collect::<Vec<_>>()
    );
    assert_eq!(
        cells("line-price"),
        lines
            .iter()
            .map(|p| if p.item.at_cost() {
                "实报实销".into()
            } else {
                cny_fen(p.unit_price)
            })
            .collect::<Vec<_>>()
    );
    assert_eq!(
        cells("line-amount"),
        q.lines
            .iter()
            .map(|l| cny_fen(l.amount))
            .collect::<Vec<_>>()
    );
    assert_eq!(
        cells("line-unit")[0],
        "天",
        "the trainer is paid by the day"
    );
    assert_eq!(text(&page, "amount-in-words"), amount_in_words(q.total.0));
    assert!(text(&page, "amount-in-words").starts_with("人民币"));
    // The vendor's margin is inside its rates: never a line.
    let doc = text(&page, "quote-lines");
    assert!(!doc.contains("加价"), "{doc}");
    // Tax basis and invoice, payment, a place for the seals, dates written formally.
    assert!(text(&page, "quote-tax-basis").contains("增值税专用发票"));
    assert!(text(&page, "quote-payment").contains("50%"));
    assert!(page.text().contains("甲方（盖章）") && page.text().contains("乙方（盖章）"));
    assert!(
        text(&page, "quote-issued").ends_with('日'),
        "{}",
        text(&page, "quote-issued")
    );
}

#[wasm_bindgen_test]
async fn the_client_contact_and_the_vendors_tax_terms_reach_the_quote() {
    let page = quote_page().await;
    page.type_into("card-contact", "王老师").await;
    page.type_into("card-phone", "0851-88880000").await;
    page.type_into("quote-client-person", "李科长").await;
    page.type_into("quote-client-phone", "13800000000").await;
    page.type_into("card-taxpayer", "small-scale").await;
    let doc = page.text();
    assert!(doc.contains("王老师 0851-88880000"), "{doc}");
    assert!(doc.contains("李科长 13800000000"), "{doc}");
    let basis = text(&page, "quote-tax-basis");
    assert!(
        basis.contains("小规模纳税人") && basis.contains("1%"),
        "{basis}"
    );
    assert!(page.errors().is_empty(), "{:?}", page.errors());
}

#[wasm_bindgen_test]
async fn the_quote_exports_download_as_csv_and_json() {
    let page = quote_page().await;
    let names = downloads_during(async {
        page.click("export-csv").await;
        page.click("quote-json").await;
    })
    .await;
    assert_eq!(names, ["quote-draft.csv", "quote-draft.json"]);
    assert!(page.errors().is_empty(), "{:?}", page.errors());
}

/// Issued quotes keep a status, recorded from the list and filtered by it.
#[wasm_bindgen_test]
async fn an_issued_quote_starts_as_a_draft_and_the_list_filters_by_status() {
    let page = quote_page().await;
    page.type_into("quote-client-input", "第一位客户").await;
    page.click("quote-issue").await;
    let first = text(&page, "quote-number");
    page.type_into("quote-client-input", "第二位客户").await;
    page.click("quote-issue").await;
    let second = text(&page, "quote-number");
    assert_eq!(text(&page, &format!("status-{first}")), "草稿");
    page.type_into(&format!("set-status-{first}"), "accepted")
        .await;
    assert_eq!(text(&page, &format!("status-{first}")), "已接受");
    page.type_into("issued-filter", "accepted").await;
    let listed = text(&page, "issued-quotes");
    assert!(
        listed.contains(&first) && !listed.contains(&second),
        "{listed}"
    );
    page.type_into("issued-filter", "draft").await;
    let listed = text(&page, "issued-quotes");
    assert!(
        !listed.contains(&first) && listed.contains(&second),
        "{listed}"
    );
}
