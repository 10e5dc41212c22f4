//! The year's programme: courses from an option and from the plan, each priced as its budget
//! request asks; totals by department and quarter; a cap below the year warns and the proposal
//! brings the year under it; a bad headcount or cap is named at its field and nothing else is
//! lost. Expected figures come from the model's own pricing of the same scenarios.

use model::cost::{Category, Costing, Scenario};
use model::money::cny;
use wasm_bindgen_test::wasm_bindgen_test;

use crate::dom::{Mounted, YearApp};

fn text(page: &Mounted, id: &str) -> String {
    page.by_test_id(id).text_content().unwrap_or_default()
}

fn all(page: &Mounted, id: &str) -> Vec<String> {
    let list = page
        .root
        .query_selector_all(&format!("[data-testid=\"{id}\"]"))
        .unwrap();
    (0..list.length())
        .map(|i| list.item(i).unwrap().text_content().unwrap_or_default())
        .collect()
}

/// What a course asks finance for: the estimate's lines but staff time.
fn asked(s: &Scenario) -> f64 {
    let c = training_planner::catalog::catalog();
    let e = Costing::new(c, s).unwrap().estimate(c, s).unwrap();
    e.lines
        .iter()
        .filter(|l| {
            !matches!(
                l.category,
                Category::ParticipantTime | Category::Coordination
            )
        })
        .map(|l| l.expected)
        .sum()
}

/// Whether the field holding the control `id` shows a message.
fn message_at(page: &Mounted, id: &str) -> bool {
    let field = page.by_test_id(id).closest(".field").unwrap().unwrap();
    field
        .query_selector("[data-testid=error]")
        .unwrap()
        .is_some()
}

fn default_scenario() -> Scenario {
    Scenario::default_for(training_planner::catalog::catalog())
}

#[wasm_bindgen_test]
async fn courses_come_from_an_option_and_from_the_plan() {
    let page = Mounted::new::<YearApp>().await;
    assert!(page.by_test_id("year-empty").is_object());
    page.click("year-add-option").await;
    assert_eq!(all(&page, "year-row").len(), 1);
    let option = asked(&default_scenario());
    assert_eq!(all(&page, "year-row-cost"), vec![cny(option)]);

    page.click("year-add-plan").await;
    let c = training_planner::catalog::catalog();
    let plan = training_planner::store::planner::PlanState::new(None).plan;
    let planned = plan.applied_to(&default_scenario(), &c.modules);
    assert_eq!(
        all(&page, "year-row-cost"),
        vec![cny(option), cny(asked(&planned))]
    );
    assert_eq!(text(&page, "year-total"), cny(option + asked(&planned)));
    // The plan's course is named for its hours and is for the plan's audience.
    assert!(
        page.text()
            .contains(&model::number::plain(planned.total_hours(), 1))
    );
}

#[wasm_bindgen_test]
async fn totals_by_department_and_quarter() {
    let page = Mounted::new::<YearApp>().await;
    page.click("year-add-row").await;
    page.click("year-add-row").await;
    page.type_into("year-1-department", "网点").await;
    page.type_into("year-1-period", "m8").await;
    let one = asked(&default_scenario());
    let departments = page
        .by_test_id("year-by-department")
        .text_content()
        .unwrap();
    assert!(
        departments.contains("客户服务部") && departments.contains("网点"),
        "{departments}"
    );
    let rows = page
        .by_test_id("year-by-department")
        .query_selector_all("tbody tr")
        .unwrap();
    assert_eq!(rows.length(), 2);
    let quarters = page
        .by_test_id("year-by-quarter")
        .query_selector_all("tbody tr")
        .unwrap();
    assert_eq!(quarters.length(), 4);
    let q = |i: u32| quarters.item(i).unwrap().text_content().unwrap();
    // Q1 holds the first course, Q3 the one moved to August; Q2 and Q4 nothing.
    assert!(
        q(0).contains(&cny(one)) && q(2).contains(&cny(one)),
        "{} / {}",
        q(0),
        q(2)
    );
    assert!(q(1).contains(&cny(0.0)) && q(3).contains(&cny(0.0)));
    assert_eq!(text(&page, "year-total"), cny(2.0 * one));
    // Last year beside each department: the change in money and as a share.
    page.type_into("year-last-0", "10000").await;
    let change = one - 10_000.0;
    let shown = all(&page, "year-last-change");
    assert!(shown[0].contains(&cny(change.abs())), "{shown:?}");
    assert!(shown[1].is_empty());
}

#[wasm_bindgen_test]
async fn a_cap_below_the_year_warns_and_the_proposal_brings_it_under() {
    let page = Mounted::new::<YearApp>().await;
    page.click("year-add-row").await;
    page.click("year-add-row").await;
    page.type_into("year-1-priority", "could").await;
    let one = asked(&default_scenario());
    let cap = (one * 1.5).round();
    assert!(all(&page, "year-cap-warning").is_empty());
    page.type_into("year-cap-input", &cap.to_string()).await;
    assert_eq!(all(&page, "year-cap-warning").len(), 1, "{}", page.text());
    page.click("year-fit").await;
    assert!(
        !all(&page, "year-change").is_empty(),
        "{}",
        text(&page, "year-fit-result")
    );
    page.click("year-accept-all").await;
    assert!(all(&page, "year-cap-warning").is_empty(), "{}", page.text());
    let total: f64 = text(&page, "year-total")
        .trim_start_matches('¥')
        .replace(',', "")
        .parse()
        .unwrap();
    assert!(total <= cap, "{total} over {cap}");
    // Each change can be undone: the year is over the cap again.
    page.click("year-undo").await;
    assert_eq!(all(&page, "year-cap-warning").len(), 1);
}

#[wasm_bindgen_test]
async fn a_bad_headcount_or_cap_is_named_at_its_field_and_nothing_else_is_lost() {
    let page = Mounted::new::<YearApp>().await;
    page.click("year-add-row").await;
    page.type_into("year-0-name", "投诉处理进阶").await;
    let cost = all(&page, "year-row-cost");
    let total = text(&page, "year-total");
    page.type_into("year-0-people", "-5").await;
    assert!(message_at(&page, "year-0-people"), "{}", page.text());
    assert_eq!(all(&page, "year-row-cost"), cost);
    page.type_into("year-cap-input", "abc").await;
    assert!(message_at(&page, "year-cap-input"));
    page.type_into("year-cap-input", "-100").await;
    assert!(message_at(&page, "year-cap-input"));
    // The course, its name, its cost and the year's total are as they were.
    assert_eq!(all(&page, "year-row").len(), 1);
    assert_eq!(all(&page, "year-row-cost"), cost);
    assert_eq!(text(&page, "year-total"), total);
    let name = page.by_test_id("year-0-name");
    let name: &web_sys::HtmlInputElement = wasm_bindgen::JsCast::dyn_ref(&name).unwrap();
    assert_eq!(name.value(), "投诉处理进阶");
    // A good headcount clears the error and prices the course anew.
    page.type_into("year-0-people", "12").await;
    assert!(!message_at(&page, "year-0-people"));
    let twelve = Scenario {
        headcount: 12,
        ..default_scenario()
    };
    assert_eq!(all(&page, "year-row-cost"), vec![cny(asked(&twelve))]);
}

#[wasm_bindgen_test]
async fn the_estimator_adds_its_option_to_the_year() {
    let page = Mounted::new::<crate::dom::EstimateApp>().await;
    page.type_into("field-people", "45").await;
    page.click("add-to-year").await;
    assert!(text(&page, "added-to-year").contains('1'));
    page.click("tab-year").await;
    let forty_five = Scenario {
        headcount: 45,
        ..default_scenario()
    };
    assert_eq!(all(&page, "year-row-cost"), vec![cny(asked(&forty_five))]);
}

#[wasm_bindgen_test]
async fn the_plans_heading_typed_on_the_form_is_what_the_printed_plan_shows() {
    let page = Mounted::new::<YearApp>().await;
    page.click("year-add-row").await;
    // Every part of the heading, in the order of the form: what the plan is, then who signs.
    let inputs = page
        .root
        .query_selector_all(".year-heading-fields input")
        .unwrap();
    let ids: Vec<String> = (0..inputs.length())
        .map(|i| {
            let node = inputs.item(i).unwrap();
            wasm_bindgen::JsCast::unchecked_into::<web_sys::Element>(node).id()
        })
        .collect();
    assert_eq!(
        ids,
        [
            "year-heading-number",
            "year-heading-company",
            "year-heading-year",
            "year-heading-prepared",
            "year-heading-reviewed",
            "year-heading-approved"
        ]
    );
    page.type_into("year-heading-company", "贵阳某银行分行")
        .await;
    page.type_into("year-heading-approved", "陈总").await;
    let plan = text(&page, "year-plan");
    assert!(plan.contains("贵阳某银行分行"), "{plan}");
    // Each part lands on its own line: the company above the table, the approver signing.
    let meta = page
        .by_test_id("year-plan")
        .query_selector(".doc-meta")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap();
    let signatures = page
        .by_test_id("year-plan")
        .query_selector(".signatures")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap();
    assert!(
        meta.contains("贵阳某银行分行") && !meta.contains("陈总"),
        "{meta}"
    );
    assert!(
        signatures.contains("陈总") && !signatures.contains("贵阳"),
        "{signatures}"
    );
}
