//! The course planner: picking modules changes hours, agenda and cost; a missing prerequisite
//! is reported with a fix; presets load; a zero-hour budget explains itself.

use wasm_bindgen_test::wasm_bindgen_test;

use crate::dom::{
    Mounted, PlanApp, assert_the_documents_worker_is_not_served, downloads_during, until,
};

async fn planner() -> Mounted {
    Mounted::new::<PlanApp>().await
}

fn text(page: &Mounted, id: &str) -> String {
    page.by_test_id(id).text_content().unwrap_or_default()
}

async fn check(page: &Mounted, id: &str) {
    page.click(id).await;
}

#[wasm_bindgen_test]
async fn picking_modules_changes_hours_agenda_and_cost() {
    let page = planner().await;
    // Start from nothing: all modules off.
    page.click("preset-frontline-essentials").await;
    let (hours, agenda, cost) = (
        text(&page, "plan-hours"),
        text(&page, "agenda"),
        text(&page, "plan-cost"),
    );
    assert!(hours.parse::<f64>().unwrap() > 0.0, "{hours}");
    // Module 9 (law and privacy) is not in the frontline preset and builds on nothing.
    assert!(!agenda.contains("9."), "{agenda}");
    check(&page, "module-9").await;
    assert_ne!(text(&page, "plan-hours"), hours);
    assert!(text(&page, "agenda").contains("9."));
    assert_ne!(text(&page, "plan-cost"), cost);

    // A deeper module takes more hours.
    let before = text(&page, "plan-hours").parse::<f64>().unwrap();
    page.type_into("depth-9", "deep").await;
    assert!(text(&page, "plan-hours").parse::<f64>().unwrap() > before);
}

#[wasm_bindgen_test]
async fn a_module_without_what_it_builds_on_offers_to_add_it() {
    let page = planner().await;
    page.click("preset-frontline-essentials").await;
    // Clear the plan, then choose LASCAR (5), which builds on 2 and 4.
    for m in 1..=10 {
        if page
            .by_test_id(&format!("module-{m}"))
            .unchecked_into_input()
            .checked()
        {
            page.click(&format!("module-{m}")).await;
        }
    }
    page.click("module-5").await;
    let errors = page.errors();
    assert!(errors.iter().any(|e| e.contains("2")), "{errors:?}");
    // Following every offered fix adds what is missing and keeps module 5.
    while page
        .root
        .query_selector("[data-testid=\"fix-0\"]")
        .unwrap()
        .is_some()
    {
        page.click("fix-0").await;
    }
    assert!(page.errors().is_empty(), "{:?}", page.errors());
    for m in [2, 4, 5] {
        assert!(
            page.by_test_id(&format!("module-{m}"))
                .unchecked_into_input()
                .checked(),
            "module {m}"
        );
    }
}

#[wasm_bindgen_test]
async fn fitting_to_zero_hours_explains_instead_of_failing() {
    let page = planner().await;
    page.type_into("budget-hours", "0").await;
    page.click("fit").await;
    let left_out = text(&page, "left-out");
    assert!(!left_out.is_empty());
    assert_eq!(text(&page, "plan-hours"), "0");
    // The empty plan says so, and its cost says why there is none.
    assert!(!page.errors().is_empty());
}

#[wasm_bindgen_test]
async fn every_preset_loads_without_problems() {
    let page = planner().await;
    for id in [
        "frontline-essentials",
        "full-programme",
        "supervisor-track",
        "all-deep",
    ] {
        page.click(&format!("preset-{id}")).await;
        assert!(page.errors().is_empty(), "{id}: {:?}", page.errors());
        assert!(
            text(&page, "plan-days").parse::<u32>().unwrap() >= 1,
            "{id}"
        );
    }
}

trait AsInput {
    fn unchecked_into_input(self) -> web_sys::HtmlInputElement;
}

impl AsInput for web_sys::Element {
    fn unchecked_into_input(self) -> web_sys::HtmlInputElement {
        wasm_bindgen::JsCast::unchecked_into(self)
    }
}

fn chosen(page: &Mounted) -> Vec<u32> {
    (1..=10)
        .filter(|m| {
            page.by_test_id(&format!("module-{m}"))
                .unchecked_into_input()
                .checked()
        })
        .collect()
}

#[wasm_bindgen_test]
async fn the_plan_is_there_again_after_a_reload_and_its_link_names_its_modules() {
    let page = planner().await;
    page.click("preset-frontline-essentials").await;
    check(&page, "module-9").await;
    let before = chosen(&page);
    assert!(before.contains(&9));
    let link: web_sys::HtmlInputElement =
        wasm_bindgen::JsCast::dyn_into(page.by_test_id("plan-link")).unwrap();
    let url = link.value();
    let query = url.split_once('?').map(|(_, q)| q).unwrap_or_default();
    let (params, problems) = training_planner::link::codec::decode(query);
    assert!(problems.is_empty(), "{problems:?}");
    let mut named: Vec<u32> = params.modules.unwrap().iter().map(|m| m.module).collect();
    named.sort_unstable();
    assert_eq!(named, before, "{url}");
    drop(page);

    let again = Mounted::keeping_storage::<PlanApp>().await;
    assert_eq!(chosen(&again), before);
}

#[wasm_bindgen_test]
async fn a_link_with_modules_opens_the_planner_on_them() {
    // Links made for the planner, and those made when plans were opened at the estimator's
    // address: both open the planner on the link's modules.
    for link in [
        "/plan?modules=2,4,5&depth=deep",
        "/?modules=2,4,5&depth=deep",
    ] {
        crate::dom::clear_storage();
        crate::dom::set_address(link);
        let page = Mounted::here().await;
        assert_eq!(crate::dom::address(), "/plan", "{link}");
        assert_eq!(chosen(&page), vec![2, 4, 5], "{link}");
        let depth: web_sys::HtmlSelectElement =
            wasm_bindgen::JsCast::dyn_into(page.by_test_id("depth-5")).unwrap();
        assert_eq!(depth.value(), "deep");
    }
}

/// The agenda's Excel export, as far as the browser tests reach: a start time that is not a
/// time is named and nothing is made; with a good one, the export asks the documents worker,
/// which the test runner does not serve ([`assert_the_documents_worker_is_not_served`]), so
/// the page says, beside the button, that the Excel writer could not be loaded, offers nothing,
/// gives the button back and keeps the plan. (The workbook itself, downloaded from the release
/// build and read back, is `the_planners_agenda_downloads_as_a_workbook_with_the_plans_cost` in
/// tests/e2e.rs.)
#[wasm_bindgen_test]
async fn the_agenda_export_names_a_bad_start_time_and_says_when_the_excel_writer_cannot_load() {
    assert_the_documents_worker_is_not_served().await;
    let page = planner().await;
    page.click("preset-frontline-essentials").await;
    page.type_into("calendar-first", "2026-12-07").await;
    // A start time that is not a time: named where the user looks, nothing made.
    page.type_into("calendar-start", "").await;
    let names = downloads_during(page.click("export-xlsx")).await;
    assert!(names.is_empty(), "{names:?}");
    assert!(
        text(&page, "error").contains("开始时间"),
        "{}",
        text(&page, "error")
    );

    page.type_into("calendar-start", "09:00").await;
    let plan = chosen(&page);
    let agenda = text(&page, "agenda");
    // Whether the Excel button is disabled (busy making the file), as the page sees it.
    let busy = || {
        js_sys::Reflect::get(&page.by_test_id("export-xlsx"), &"disabled".into())
            .unwrap()
            .as_bool()
            .unwrap()
    };
    // Twice: a failed writer is dropped, and the next click tries a new one.
    for attempt in 1..=2 {
        let names = downloads_during(async {
            page.click_only("export-xlsx").await;
            assert!(busy(), "the button says the file is being made");
            assert!(page.errors().is_empty(), "{:?}", page.errors());
            until("the end of the Excel export", || !busy()).await;
        })
        .await;
        assert!(names.is_empty(), "attempt {attempt}: {names:?}");
        // The planner has no CSV of its agenda to offer instead: the message does not point
        // to one.
        assert_eq!(
            page.errors(),
            ["Excel 导出组件未能加载：第一次使用时需要联网下载。请联网后重试。"],
            "attempt {attempt}"
        );
        let group = page
            .by_test_id("export-xlsx")
            .parent_element()
            .unwrap()
            .text_content()
            .unwrap();
        assert!(
            group.contains(&page.errors()[0]),
            "shown beside the button: {group}"
        );
        // The plan and its dates are as they were.
        assert_eq!(chosen(&page), plan);
        assert_eq!(text(&page, "agenda"), agenda);
        assert_eq!(
            page.by_test_id("calendar-start")
                .unchecked_into_input()
                .value(),
            "09:00"
        );
    }
    // The calendar file, made in the page, is still there to download.
    let names = downloads_during(page.click("export-ics")).await;
    assert_eq!(names.len(), 1, "{names:?}");
    assert!(names[0].ends_with(".ics"), "{names:?}");
    // And the English message says the same.
    page.click("lang-toggle").await;
    let names = downloads_during(async {
        page.click("export-xlsx").await;
        until("the end of the Excel export", || !busy()).await;
    })
    .await;
    assert!(names.is_empty(), "{names:?}");
    assert_eq!(
        page.errors(),
        [
            "The Excel export could not be loaded: its first use needs the network. Connect and try again."
        ]
    );
}

#[wasm_bindgen_test]
async fn the_agenda_downloads_as_a_calendar_file_and_a_bad_start_time_is_named() {
    let page = planner().await;
    page.click("preset-frontline-essentials").await;
    page.type_into("calendar-first", "2026-12-07").await;
    let names = downloads_during(page.click("export-ics")).await;
    assert_eq!(names.len(), 1, "{names:?}");
    assert!(names[0].ends_with(".ics"), "{names:?}");
    assert!(page.errors().is_empty(), "{:?}", page.errors());

    // A start time that is not a time: named where the user looks, nothing downloaded.
    page.type_into("calendar-start", "").await;
    let names = downloads_during(page.click("export-ics")).await;
    assert!(names.is_empty(), "{names:?}");
    assert!(
        text(&page, "error").contains("开始时间"),
        "{}",
        text(&page, "error")
    );
}

/// Hostile pass: a message about the start time or the first day stayed on screen after the
/// field was put right; it must go as soon as the field holds a good value, with no click.
#[wasm_bindgen_test]
async fn a_message_about_the_start_time_or_the_date_goes_as_soon_as_the_field_is_right() {
    let page = planner().await;
    page.click("preset-frontline-essentials").await;
    page.type_into("calendar-first", "2026-12-07").await;

    page.type_into("calendar-start", "").await;
    let names = downloads_during(page.click("export-ics")).await;
    assert!(names.is_empty(), "{names:?}");
    assert!(
        text(&page, "error").contains("开始时间"),
        "{:?}",
        page.errors()
    );
    page.type_into("calendar-start", "09:00").await;
    assert!(page.errors().is_empty(), "{:?}", page.errors());

    page.type_into("calendar-first", "").await;
    let names = downloads_during(page.click("export-xlsx")).await;
    assert!(names.is_empty(), "{names:?}");
    assert!(text(&page, "error").contains("日期"), "{:?}", page.errors());
    page.type_into("calendar-first", "2026-12-07").await;
    assert!(page.errors().is_empty(), "{:?}", page.errors());

    // A start that runs past midnight is still an error, and goes the same way.
    page.type_into("calendar-start", "22:00").await;
    assert!(text(&page, "error").contains("午夜"), "{:?}", page.errors());
    page.type_into("calendar-start", "09:00").await;
    assert!(page.errors().is_empty(), "{:?}", page.errors());
}

/// Hostile pass: 00:00 was taken without a word (sessions 00:00–03:15). A start outside the
/// working day (data/modules.toml) is asked about; nothing is exported until the user says yes,
/// with a checkbox the keyboard reaches, and a new start time asks again.
#[wasm_bindgen_test]
async fn a_start_outside_the_working_day_is_asked_about_before_anything_is_exported() {
    let rules = &training_planner::catalog::catalog().modules.agenda;
    let page = planner().await;
    page.click("preset-frontline-essentials").await;
    page.type_into("calendar-first", "2026-12-07").await;
    assert!(
        page.root
            .query_selector("[data-testid=\"outside-hours\"]")
            .unwrap()
            .is_none(),
        "the data's own start needs no yes"
    );

    page.type_into("calendar-start", "00:00").await;
    let question = text(&page, "outside-hours");
    for named in [
        "00:00".to_string(),
        rules.earliest_start.to_string(),
        rules.latest_end.to_string(),
    ] {
        assert!(question.contains(&named), "{named}: {question}");
    }
    let names = downloads_during(page.click("export-ics")).await;
    assert!(names.is_empty(), "{names:?}");
    let names = downloads_during(page.click("export-xlsx")).await;
    assert!(names.is_empty(), "{names:?}");
    // The export sent the keyboard to the question's checkbox.
    let focused = gloo::utils::document().active_element().unwrap();
    assert_eq!(
        focused.get_attribute("data-testid").as_deref(),
        Some("accept-hours")
    );
    assert_eq!(focused.get_attribute("type").as_deref(), Some("checkbox"));

    page.click("accept-hours").await;
    let names = downloads_during(page.click("export-ics")).await;
    assert_eq!(names.len(), 1, "{names:?}");
    assert!(page.errors().is_empty(), "{:?}", page.errors());

    // Another start outside the working day is asked about again.
    page.type_into("calendar-start", "05:00").await;
    assert!(
        !page
            .by_test_id("accept-hours")
            .unchecked_into_input()
            .checked()
    );
    let names = downloads_during(page.click("export-ics")).await;
    assert!(names.is_empty(), "{names:?}");

    // Back inside the working day, no question.
    page.type_into("calendar-start", "09:00").await;
    assert!(
        page.root
            .query_selector("[data-testid=\"outside-hours\"]")
            .unwrap()
            .is_none()
    );
}

/// The dates beside the fields: the Spring Festival break of 2026 (国办发明电〔2025〕7号: 2月15日至
/// 23日放假, 2月14日（周六）、2月28日（周六）上班) is gone round and the Saturdays worked are marked;
/// a year with no notice in the data is named.
#[wasm_bindgen_test]
async fn the_dates_go_round_the_spring_festival_and_a_year_not_announced_is_named() {
    let page = planner().await;
    page.click("preset-all-deep").await;
    page.type_into("calendar-first", "2026-02-13").await;
    let dates = text(&page, "calendar-dates");
    assert!(
        dates.contains("2026年2月14日（周六，春节调休上班日）"),
        "{dates}"
    );
    assert!(
        dates.contains("2026年2月28日（周六，春节调休上班日）"),
        "{dates}"
    );
    for off in 15..=23 {
        assert!(!dates.contains(&format!("2026年2月{off}日")), "{dates}");
    }
    let holidays = text(&page, "calendar-holidays");
    assert!(
        holidays.contains("春节") && holidays.contains("国办发明电〔2025〕7号"),
        "{holidays}"
    );

    // 2027's notice is not out: the dates go round the law's Spring Festival days (the eve,
    // 2027-02-05, to 初三, 2027-02-08), and the page says the make-up days are not known.
    page.type_into("calendar-first", "2027-02-05").await;
    let dates = text(&page, "calendar-dates");
    for off in 5..=8 {
        assert!(!dates.contains(&format!("2027年2月{off}日")), "{dates}");
    }
    assert!(dates.contains("2027年2月9日"), "{dates}");
    assert!(
        text(&page, "calendar-law-holidays").contains("国务院令第795号"),
        "the law is named"
    );
    assert!(text(&page, "holidays-unknown").contains("调休"));
    page.type_into("calendar-first", "2028-02-08").await;
    assert_eq!(
        text(&page, "holidays-unknown"),
        "2028 年的节假日安排尚未公布，日期未避开节假日。"
    );
    assert!(page.errors().is_empty(), "{:?}", page.errors());
}
