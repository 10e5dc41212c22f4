//! axe-core 4.x on every place, in both languages, and in the states a user reaches there that
//! add content: no serious or critical problem, and no skipped heading level (`heading-order`,
//! whatever impact axe gives it). axe-core is the npm package `scripts/setup.sh` installs (the
//! Python wrappers bundle 3.x, whose rules differ); it is injected into the release build through
//! WebDriver (which the page's CSP does not govern) and run with its default rules.

use std::path::PathBuf;

use serde_json::Value;

use super::{Browser, TOTAL, TRIES, dist_dir, set_field, start_site};

/// axe-core's script, where `scripts/setup.sh` installs it (`AXE_JS` names another file).
fn axe_source() -> (PathBuf, String) {
    let path = std::env::var_os("AXE_JS")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            let tools = std::env::var_os("TRAINING_PLANNER_TOOLS")
                .map(PathBuf::from)
                .unwrap_or_else(|| {
                    let cache = std::env::var_os("XDG_CACHE_HOME")
                        .map(PathBuf::from)
                        .unwrap_or_else(|| {
                            PathBuf::from(std::env::var_os("HOME").expect("HOME")).join(".cache")
                        });
                    cache.join("training-planner-tools")
                });
            tools.join("axe-core/node_modules/axe-core/axe.min.js")
        });
    let source = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "no axe-core at {}: {e} (scripts/setup.sh installs it)",
            path.display()
        )
    });
    assert!(
        source.starts_with("/*! axe v4."),
        "{} is not axe-core 4.x",
        path.display()
    );
    (path, source)
}

/// axe's findings on the page as it is now that this test fails on: every violation of impact
/// serious or critical, and every `heading-order` one; one line per element, naming the rule,
/// its impact, the element (axe's selector and the start of its HTML) and what to fix.
const RUN_AXE: &str = "const done = arguments[arguments.length - 1]; \
    axe.run(document, { resultTypes: ['violations'] }).then((r) => done(r.violations.map((v) => ({ \
      id: v.id, impact: v.impact, help: v.help, \
      nodes: v.nodes.map((n) => ({ target: n.target.join(' '), html: n.html.slice(0, 160), \
        summary: (n.failureSummary || '').replace(/\\s+/g, ' ') })) })))) \
    .catch((e) => done('axe failed: ' + e))";

/// Run axe-core on the page (injected first if this page has not got it) and return what it
/// found that fails the test, as readable lines; the other findings are printed, not failed.
fn axe(browser: &Browser, source: &str, state: &str) -> Vec<String> {
    if browser.run("return typeof window.axe") != "object" {
        browser.run(&format!("{source}\n;return null"));
    }
    let violations = browser.run_async(RUN_AXE);
    let violations = violations
        .as_array()
        .unwrap_or_else(|| panic!("{state}: {violations}"));
    let mut failing = Vec::new();
    for v in violations {
        let (id, impact) = (
            v["id"].as_str().unwrap_or(""),
            v["impact"].as_str().unwrap_or(""),
        );
        let fails = matches!(impact, "serious" | "critical") || id == "heading-order";
        for node in v["nodes"].as_array().into_iter().flatten() {
            let line = format!(
                "{state}: {id} ({impact}): {}\n    at {}\n    {}\n    {}",
                v["help"].as_str().unwrap_or(""),
                node["target"].as_str().unwrap_or(""),
                node["html"].as_str().unwrap_or(""),
                node["summary"].as_str().unwrap_or(""),
            );
            if fails {
                failing.push(line);
            } else {
                println!("axe, not failed ({impact}): {line}");
            }
        }
    }
    println!("axe: {state}: {} failing", failing.len());
    failing
}

/// Click the element `selector` finds.
fn click(browser: &Browser, selector: &str) {
    browser.run(&format!(
        "document.querySelector({}).click(); return null",
        Value::from(selector)
    ));
}

/// Wait until `selector` finds an element.
fn wait_for(browser: &Browser, what: &str, selector: &str) {
    browser.wait_for(
        what,
        &format!("return !!document.querySelector({})", Value::from(selector)),
        TRIES,
    );
}

/// A work file of one option (a 12-person course in Shanghai), put in the file field as if
/// the user had chosen it.
fn choose_work_file(browser: &Browser) {
    use training_planner::persist::work_file::{NamedScenario, SavedWork};
    let catalog = training_planner::catalog::catalog();
    let work = SavedWork::new(
        vec![NamedScenario {
            id: Default::default(),
            worth: Default::default(),
            name: "A".into(),
            scenario: model::cost::Scenario {
                city: "shanghai".into(),
                headcount: 12,
                ..model::cost::Scenario::default_for(catalog)
            },
        }],
        None,
    );
    browser.run(&format!(
        "const input = document.querySelector('[data-testid=import-file]'); \
         const files = new DataTransfer(); \
         files.items.add(new File([{}], 'work.json', {{ type: 'application/json' }})); \
         input.files = files.files; \
         input.dispatchEvent(new Event('change', {{ bubbles: true }})); return null",
        Value::from(work.to_json())
    ));
}

#[test]
#[ignore = "needs the release bundle (make dist), Chromium and axe-core (make setup)"]
fn axe_finds_no_serious_problem_and_no_skipped_heading_on_any_place_in_either_language() {
    let (path, source) = axe_source();
    println!("axe-core from {}", path.display());
    let (site, _) = start_site(dist_dir());
    let mut found = Vec::new();
    for lang in ["zh", "en"] {
        // A fresh browser for each language: nothing saved by the other.
        let browser = Browser::start();
        browser.script_timeout(120);
        let mut check =
            |state: &str| found.extend(axe(&browser, &source, &format!("[{lang}] {state}")));

        // The estimator as it opens.
        browser.goto(&format!("{}?lang={lang}", site.url));
        browser.wait_for("the first estimate", TOTAL, TRIES);
        check("/");

        // Three options, every line's sources opened, a bad value marked at its field, and the
        // option's QR code.
        click(&browser, "[data-testid=add-option]");
        click(&browser, "[data-testid=add-option]");
        browser.wait_for(
            "three options",
            "return document.querySelectorAll('[data-testid=option]').length === 3",
            TRIES,
        );
        browser
            .run("document.querySelectorAll('details').forEach((d) => d.open = true); return null");
        click(&browser, ".estimator [data-testid=show-qr]");
        wait_for(
            &browser,
            "the option's QR code",
            ".estimator [data-testid=qr] svg",
        );
        set_field(&browser, "", "field-people", "abc");
        wait_for(
            &browser,
            "the field's message",
            ".scenario-form [data-testid=error]",
        );
        check("/ with three options, their sources open, a bad value and a QR code");
        set_field(&browser, "", "field-people", "40");

        // Is it worth it: the panel asking for figures, then answered, with its chart and
        // measurement plan, and a share over 100 % named at its field.
        click(&browser, "[data-testid=roi-open]");
        wait_for(&browser, "what is missing", "[data-testid=roi-missing]");
        check("/ with the worth panel asking for figures");
        for (id, value) in [
            ("roi-complaints", "100"),
            ("roi-attribution", "50"),
            ("roi-confidence", "80"),
        ] {
            set_field(&browser, "", id, value);
        }
        wait_for(&browser, "the break-even", "[data-testid=roi-break-even]");
        set_field(&browser, "", "roi-leave", "150");
        wait_for(
            &browser,
            "the share's message",
            ".worth [data-testid=error]",
        );
        check("/ with the worth panel answered and a share over 100 %");

        // A link's option waiting for a place (the options are full), and a work file's preview.
        browser.goto(&format!("{}?people=77&city=shanghai", site.url));
        wait_for(
            &browser,
            "the link's question",
            "[data-testid=link-waiting]",
        );
        choose_work_file(&browser);
        wait_for(
            &browser,
            "the work file's preview",
            "[data-testid=import-preview]",
        );
        check("/ with a link's option waiting and a work file's preview");
        click(&browser, "[data-testid=import-cancel]");

        // The planner: the two-day plan in two phases, then in one block (phases, days and
        // their headings); module 1 taken out from under module 7, which builds on it; modules
        // left out by a fit; the plan's QR code.
        click(&browser, "[data-testid=tab-plan]");
        wait_for(
            &browser,
            "the planner's presets",
            "[data-testid=preset-full-programme]",
        );
        click(&browser, "[data-testid=preset-full-programme]");
        wait_for(
            &browser,
            "the plan's agenda",
            "[data-testid=agenda] .agenda-session",
        );
        let phases = |n: usize| {
            format!(
                "return document.querySelectorAll('[data-testid=agenda] .agenda-phase').length === {n}"
            )
        };
        set_field(&browser, "", "plan-phases", "2");
        browser.wait_for("an agenda in two phases", &phases(2), TRIES);
        click(&browser, "[data-testid=show-qr]");
        wait_for(&browser, "the plan's QR code", "[data-testid=qr] svg");
        check("/plan with an agenda in two phases and its QR code");
        set_field(&browser, "", "plan-phases", "1");
        browser.wait_for("an agenda in one block", &phases(1), TRIES);
        click(&browser, "[data-testid=module-1]");
        wait_for(
            &browser,
            "the missing prerequisite",
            ".plan-problem [data-testid=error]",
        );
        set_field(&browser, "", "budget-hours", "3");
        click(&browser, "[data-testid=fit]");
        wait_for(&browser, "the modules left out", "[data-testid=left-out]");
        check("/plan with an agenda in one block, a missing prerequisite and modules left out");

        // The quote desk: a quote issued, its delete armed; then viewed again, with the budget
        // request's QR code and its fund warning; then a rate out of range.
        click(&browser, "[data-testid=tab-quote]");
        wait_for(&browser, "the quote", "[data-testid=quote-total]");
        check("/quote");
        set_field(&browser, "", "quote-client-input", "贵阳市某区政务服务中心");
        click(&browser, "[data-testid=quote-issue]");
        let number = browser.wait_for(
            "the issued quote",
            "const n = document.querySelector('[data-testid=quote-number]').textContent; \
             return document.querySelector('[data-testid=issued-quotes]') && !n.includes('草稿') \
               && !n.includes('Draft') ? n : null",
            TRIES,
        );
        let number = number.as_str().unwrap();
        click(&browser, &format!("[data-testid=delete-{number}]"));
        check("/quote with an issued quote, its delete waiting for a second click");
        click(&browser, &format!("[data-testid=view-{number}]"));
        set_field(&browser, ".summary-output", "budget-wage-bill", "600000");
        wait_for(&browser, "the fund warning", "[data-testid=fund-warning]");
        click(
            &browser,
            "[data-testid=budget-request] [data-testid=show-qr]",
        );
        wait_for(
            &browser,
            "the request's QR code",
            "[data-testid=budget-request] [data-testid=qr] svg",
        );
        check(
            "/quote viewing an issued quote, the budget request with a fund warning and its QR code",
        );
        set_field(&browser, "", "card-venue", "-20");
        wait_for(
            &browser,
            "the rate's message",
            ".card-form [data-testid=error]",
        );
        check("/quote with a rate out of range");

        // The year: an empty year, then three courses, a bad headcount, the caps with a cap
        // below the year, and the proposal under it.
        click(&browser, "[data-testid=tab-year]");
        wait_for(&browser, "the empty year", "[data-testid=year-empty]");
        check("/year, empty");
        for _ in 0..3 {
            click(&browser, "[data-testid=year-add-row]");
        }
        browser.wait_for(
            "three courses",
            "return document.querySelectorAll('[data-testid=year-row]').length === 3",
            TRIES,
        );
        set_field(&browser, "", "year-1-people", "-4");
        wait_for(
            &browser,
            "the headcount's message",
            ".year-course [data-testid=error]",
        );
        set_field(&browser, "", "year-staff", "300");
        set_field(&browser, "", "year-cap-input", "20000");
        wait_for(
            &browser,
            "the cap's warning",
            "[data-testid=year-cap-warning]",
        );
        click(&browser, "[data-testid=year-fit]");
        wait_for(&browser, "the proposal", "[data-testid=year-fit-result]");
        check("/year with three courses, a bad headcount, the caps and a proposal");

        // Comparing quotes: none yet, then two quotes (one far above the market, with its
        // flag), the rule's warning, a bad figure and the form.
        click(&browser, "[data-testid=tab-compare]");
        wait_for(&browser, "no quotes yet", "[data-testid=compare-empty]");
        check("/compare, empty");
        for (n, (vendor, total)) in [("甲培训", "90000"), ("乙咨询", "12000")]
            .iter()
            .enumerate()
        {
            click(&browser, "[data-testid=bid-add]");
            let card = format!(".compare-bid-list > .bid:nth-child({})", n + 1);
            set_field(&browser, &card, "bid-vendor", vendor);
            set_field(&browser, &card, "bid-total-input", total);
            set_field(&browser, &card, "bid-invoice", "special");
        }
        wait_for(
            &browser,
            "the rule's warning",
            "[data-testid=bid-rule-warning]",
        );
        wait_for(&browser, "a flag", "[data-testid=bid-flag]");
        set_field(
            &browser,
            ".compare-bid-list > .bid:nth-child(2)",
            "bid-total-input",
            "abc",
        );
        wait_for(&browser, "the total's message", ".bid [data-testid=error]");
        check("/compare with two quotes, a flag, the rule's warning and a bad figure");
    }
    assert!(
        found.is_empty(),
        "axe-core found {} problem(s) that must be fixed:\n{}",
        found.len(),
        found.join("\n")
    );
}
