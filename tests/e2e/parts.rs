//! The parts of the app that come in modules of their own in the release build
//! (src/app/later.rs, scripts/wasm-bindgen-split.sh): the places other than the estimate, the
//! "is it worth it" panel and the charts. The estimate goes live and answers without any of
//! them; a part that cannot be fetched says so where it would be, with a way to try again, and
//! nothing typed is lost.

use super::{Browser, TRIES, dist_dir, set_field, start_site};
use model::Lang;
use model::cost::{Point, Scenario};
use model::i18n;
use model::money::cny;
use training_planner::catalog::catalog;

/// The modules the build split off, by part, as `scripts/wasm-bindgen-split.sh` names them.
const PARTS: [&str; 6] = ["plan", "quote", "year", "compare", "worth", "charts"];

/// The first visit's scenario with `people` participants, priced by the model.
fn total_for(people: i64) -> String {
    let catalog = catalog();
    let mut scenario = Scenario::default_for(catalog);
    scenario.headcount = people;
    cny(Point::compute(catalog, &scenario).unwrap().estimate.total)
}

/// Types `people` into the live estimate's headcount and waits for the model's total for it.
fn types_a_headcount_and_sees_its_total(browser: &Browser, people: i64) {
    set_field(browser, "", "field-people", &people.to_string());
    let expected = total_for(people);
    browser.wait_for(
        &format!("the total for {people} people"),
        &format!(
            "const t = document.querySelector('[data-testid=total]'); \
             return !!t && t.textContent.trim() === {expected:?}"
        ),
        TRIES,
    );
}

/// Click the element `selector` names.
fn click(browser: &Browser, selector: &str) {
    browser.run(&format!(
        "document.querySelector('{selector}').click(); return null"
    ));
}

/// Whether the element `selector` names holds `text`.
fn holds(selector: &str, text: &str) -> String {
    format!(
        "const e = document.querySelector('{selector}'); \
         return !!e && e.textContent.includes({text:?})"
    )
}

#[test]
#[ignore = "needs the release bundle: run by `make test`"]
fn the_estimate_works_without_the_other_parts_and_each_says_so_until_it_arrives() {
    let dist = dist_dir();
    let modules: Vec<String> = std::fs::read_dir(&dist)
        .unwrap()
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .filter(|name| name.starts_with("split-") && name.ends_with(".wasm"))
        .collect();
    for part in PARTS {
        assert!(
            modules
                .iter()
                .any(|m| m.starts_with(&format!("split-{part}-"))),
            "dist/ has the {part} module: {modules:?}"
        );
    }

    let (site, log) = start_site(dist);
    let browser = Browser::start();
    // No service worker (it would keep every module at install), and no part's module can be
    // fetched.
    browser.before_each_page("delete Navigator.prototype.serviceWorker;");
    browser.block_urls(&["*/split-*", "*/chunk-*"]);
    browser.goto(&site.url);

    // The estimate is live and answers a typed headcount.
    types_a_headcount_and_sees_its_total(&browser, 45);
    // The charts say they did not arrive, in place of a blank canvas.
    let no_chart = Lang::Zh.t(i18n::shell::THE_CHART_DID_NOT_LOAD);
    browser.wait_for(
        "the charts to say they did not arrive",
        &holds(".chart-error", no_chart),
        TRIES,
    );

    // Adding the option to the year needs the year's code: it says so, and adds nothing.
    click(&browser, "[data-testid=add-to-year]");
    let not_added = Lang::Zh.t(i18n::estimator::COULD_NOT_ADD_TO_THE_YEAR);
    browser.wait_for(
        "adding to the year to say the year's code did not arrive",
        &holds("[data-testid=add-to-year-failed]", not_added),
        TRIES,
    );

    // The worth panel and another place say so too, each with a way to try again.
    let no_part = Lang::Zh.t(i18n::shell::THIS_PART_DID_NOT_LOAD);
    click(&browser, "[data-testid=roi-open]");
    browser.wait_for(
        "the worth panel to say it did not arrive",
        &holds("#worth-body [data-testid=part-load-failed]", no_part),
        TRIES,
    );
    click(&browser, "[data-testid=tab-year]");
    browser.wait_for(
        "the year's place to say it did not arrive",
        &holds(
            "[data-testid=place-year] [data-testid=part-load-failed]",
            no_part,
        ),
        TRIES,
    );
    assert!(
        !log.requested().iter().any(|path| path.contains("split-")),
        "a blocked module reached the server: {:?}",
        log.requested()
    );

    // The network is back: trying again brings the place, and the estimate kept its 45.
    browser.block_urls(&[]);
    click(&browser, "[data-testid=part-load-failed] button");
    browser.wait_for(
        "the year's place",
        "return !!document.querySelector('[data-testid=year-add-option]')",
        TRIES,
    );
    let fetched: Vec<String> = log
        .requested()
        .into_iter()
        .filter(|path| path.contains("split-"))
        .collect();
    assert!(
        fetched.iter().any(|path| path.contains("split-year-")),
        "{fetched:?}"
    );
    assert!(
        !fetched.iter().any(|path| path.contains("split-quote-")),
        "opening the year fetched the quote desk too: {fetched:?}"
    );
    click(&browser, "[data-testid=tab-estimate]");
    browser.wait_for(
        "the estimate with 45 people",
        "const f = document.querySelector('[data-testid=field-people]'); \
         return !!f && f.value === '45'",
        TRIES,
    );
    click(&browser, "[data-testid=roi-open]");
    browser.wait_for(
        "the worth panel, asking for its figures",
        "return !!document.querySelector('[data-testid=roi-missing]')",
        TRIES,
    );
}

#[test]
#[ignore = "needs the release bundle: run by `make test`"]
fn adding_to_the_year_from_a_first_visit_fetches_the_years_code_then_adds() {
    let (site, log) = start_site(dist_dir());
    let browser = Browser::start();
    browser.before_each_page("delete Navigator.prototype.serviceWorker;");
    browser.goto(&site.url);
    types_a_headcount_and_sees_its_total(&browser, 45);
    assert!(
        !log.requested().iter().any(|p| p.contains("split-year-")),
        "the year's code came before it was needed: {:?}",
        log.requested()
    );

    // The year's code (its reducer is in its module) is fetched, then the course is added.
    click(&browser, "[data-testid=add-to-year]");
    browser.wait_for(
        "the estimator to say the option was added",
        "const e = document.querySelector('[data-testid=added-to-year]'); \
         return !!e && e.textContent.includes('1')",
        TRIES,
    );
    assert!(
        log.requested().iter().any(|p| p.contains("split-year-")),
        "{:?}",
        log.requested()
    );
    click(&browser, "[data-testid=tab-year]");
    browser.wait_for(
        "the year to list the one course added",
        "return document.querySelectorAll('[data-testid=year-row]').length === 1",
        TRIES,
    );
}
