//! The estimate's line items: how the training is obtained decides which lines there are, the
//! headline is their sum and sits inside its range, the break-even is stated, and each line
//! shows its rates and where its figures come from.

use wasm_bindgen_test::wasm_bindgen_test;

use crate::dom::{EstimateApp, Mounted};

fn text(page: &Mounted, id: &str) -> String {
    page.by_test_id(id).text_content().unwrap_or_default()
}

/// Every amount of money written in `text` (`¥9,190` → 9190), in order.
fn amounts(text: &str) -> Vec<i64> {
    text.split('¥')
        .skip(1)
        .map(|after| {
            let digits: String = after
                .chars()
                .take_while(|c| c.is_ascii_digit() || *c == ',')
                .filter(char::is_ascii_digit)
                .collect();
            digits.parse().expect("an amount after ¥")
        })
        .collect()
}

/// The line items present, by their test ids.
fn lines(page: &Mounted) -> Vec<String> {
    let rows = page
        .by_test_id("line-items")
        .query_selector_all("tbody tr:not(.why-row)")
        .unwrap();
    (0..rows.length())
        .filter_map(|i| rows.item(i))
        .filter_map(|n| {
            wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(n)
                .ok()?
                .get_attribute("data-testid")
        })
        .collect()
}

/// The headline equals the lines' expected values added up (each printed to the yuan, so the
/// sum may be off by half a yuan a line) and lies inside the P10–P90 range printed with it.
fn assert_headline_reconciles(page: &Mounted, what: &str) {
    let total = amounts(&text(page, "total"))[0];
    let cells = page
        .by_test_id("line-items")
        .query_selector_all("[data-testid=line-expected]")
        .unwrap();
    let sum: i64 = (0..cells.length())
        .filter_map(|i| cells.item(i)?.text_content())
        .map(|t| amounts(&t)[0])
        .sum();
    let n = i64::from(cells.length());
    assert!(
        (total - sum).abs() <= (n + 1) / 2,
        "{what}: the headline {total} is not the sum of its {n} lines ({sum})"
    );
    assert_eq!(amounts(&text(page, "lines-total"))[0], total, "{what}");
    let range = amounts(&text(page, "range"));
    assert!(
        range[0] <= total && total <= range[1],
        "{what}: {total} outside its range {range:?}"
    );
}

#[wasm_bindgen_test]
async fn the_headline_is_the_sum_of_the_lines_and_inside_its_range_however_the_training_is_obtained()
 {
    let page = Mounted::new::<EstimateApp>().await;
    assert_headline_reconciles(&page, "default");
    for route in ["internal", "public", "online-course", "vendor"] {
        page.type_into("field-route", route).await;
        assert!(page.errors().is_empty(), "{route}: {:?}", page.errors());
        assert_headline_reconciles(&page, route);
    }
}

#[wasm_bindgen_test]
async fn how_the_training_is_obtained_decides_which_lines_are_shown() {
    let page = Mounted::new::<EstimateApp>().await;
    let vendor = lines(&page);
    // An outside trainer: a day rate and VAT on the invoice, no seats, no markup line.
    assert!(
        vendor.contains(&"line-trainer-fees".to_string()),
        "{vendor:?}"
    );
    assert!(vendor.contains(&"line-tax".to_string()), "{vendor:?}");
    assert!(
        !vendor
            .iter()
            .any(|l| l == "line-seats" || l == "line-markup"),
        "{vendor:?}"
    );
    // The company's own room by default: no venue line until one is rented.
    assert!(!vendor.contains(&"line-venue".to_string()), "{vendor:?}");
    page.type_into("field-venue", "rented").await;
    assert!(lines(&page).contains(&"line-venue".to_string()));

    page.type_into("field-route", "internal").await;
    let internal = lines(&page);
    assert!(
        internal.contains(&"line-trainer-fees".to_string()),
        "{internal:?}"
    );
    assert!(
        !internal.contains(&"line-tax".to_string()),
        "no VAT: {internal:?}"
    );

    page.type_into("field-route", "public").await;
    let public = lines(&page);
    assert!(public.contains(&"line-seats".to_string()), "{public:?}");
    for gone in [
        "line-trainer-fees",
        "line-tax",
        "line-venue",
        "line-catering",
    ] {
        assert!(
            !public.contains(&gone.to_string()),
            "{gone} on seats: {public:?}"
        );
    }
    // A public course elsewhere: the participants travel.
    page.click("field-away").await;
    assert!(lines(&page).contains(&"line-staff-travel".to_string()));
}

#[wasm_bindgen_test]
async fn the_break_even_headcount_is_stated_in_words() {
    let page = Mounted::new::<EstimateApp>().await;
    let said = text(&page, "break-even");
    assert!(said.contains("人起"), "{said}");
    assert!(said.contains("外请讲师企业内训"), "{said}");
    // Seats are bought one by one: the statement names the seat price it is held against.
    assert!(said.contains('¥'), "{said}");
}

#[wasm_bindgen_test]
async fn each_line_shows_its_rates_and_their_source_with_its_trust_grade() {
    let page = Mounted::new::<EstimateApp>().await;
    let fees = text(&page, "line-source-trainer-fees");
    // The professional tier's market day rate, from data/trainers.toml, and its source.
    assert!(fees.contains("讲师日费"), "{fees}");
    assert!(fees.contains("¥3,000 / ¥4,500 / ¥8,000"), "{fees}");
    assert!(fees.contains("Market day rates"), "{fees}");
    // Weak figures say so on screen.
    assert!(fees.contains("弱来源"), "{fees}");
    let grades = page
        .by_test_id("line-source-trainer-fees")
        .query_selector(".grade.weak")
        .unwrap();
    assert!(grades.is_some(), "a weak source is marked as such");
    // The participants' time names its official statistic.
    let time = text(&page, "line-source-participant-time");
    assert!(time.contains("统计数据") && time.contains("NBS"), "{time}");
}
