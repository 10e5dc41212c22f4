//! The prerendered pages (src/prerender.rs) in the browser: what shows before the app has
//! started, without WebAssembly or JavaScript, and that a link or saved work never shows the
//! first visit's figures on the way.

use super::{Browser, TRIES, dist_dir, start_site};
use model::cost::{Point, Scenario};
use model::money::cny;
use serde_json::Value;
use std::path::Path;
use training_planner::catalog::catalog;

/// The first visit's total, as the model prices the default scenario.
fn default_total() -> String {
    let catalog = catalog();
    cny(Point::compute(catalog, &Scenario::default_for(catalog))
        .unwrap()
        .estimate
        .total)
}

/// The default plan's module titles, in Chinese (the prerendered pages' language).
fn default_modules() -> Vec<String> {
    let catalog = catalog();
    let (_, plan) = catalog.modules.preset_plans().next().unwrap();
    plan.items
        .iter()
        .map(|item| {
            let module = catalog.modules.module.iter().find(|m| m.id == item.module);
            module.unwrap().title.zh.clone()
        })
        .collect()
}

/// Opens the planner's page at `site` and checks it shows the default plan's agenda.
fn shows_the_default_agenda(browser: &Browser, site: &str) {
    browser.open_page(&format!("{site}plan"));
    let agenda = text(browser, "[data-testid=agenda]");
    for title in default_modules() {
        assert!(agenda.contains(&title), "{title} not in {agenda}");
    }
}

/// Installed before every page's own scripts: on every frame the browser draws, it notes
/// whether the prerendered view is on screen and every estimate total that is; and it keeps
/// what the page reports as errors.
const WATCH: &str = r#"
window.__prerendered = false; window.__totals = []; window.__errors = [];
const error = console.error;
console.error = function (...args) { window.__errors.push(args.join(' ')); return error.apply(this, args); };
window.addEventListener('error', (e) => window.__errors.push(String(e.message)));
window.addEventListener('unhandledrejection', (e) => window.__errors.push(String(e.reason)));
const shown = (el) => el.getClientRects().length > 0;
(function frame() {
  const view = document.getElementById('prerendered');
  if (view && shown(view)) window.__prerendered = true;
  for (const t of document.querySelectorAll('[data-testid=total]')) {
    if (shown(t)) window.__totals.push(t.textContent.trim());
  }
  requestAnimationFrame(frame);
})();
"#;

fn text(browser: &Browser, selector: &str) -> String {
    let script =
        format!("const e = document.querySelector('{selector}'); return e ? e.textContent : ''");
    browser
        .run(&script)
        .as_str()
        .unwrap_or_default()
        .to_string()
}

#[test]
#[ignore = "needs the release bundle: run by `make test`"]
fn before_the_wasm_arrives_each_place_shows_its_first_view_and_takes_no_input() {
    let (site, _) = start_site(dist_dir());
    let browser = Browser::start();
    // The app's wasm is on its way, and stays so.
    browser.hold_urls(&["*_bg.wasm"]);

    browser.open_page(&site.url);
    assert_eq!(text(&browser, "[data-testid=total]"), default_total());
    let lines = text(&browser, "[data-testid=line-items]");
    let point = Point::compute(catalog(), &Scenario::default_for(catalog())).unwrap();
    for line in &point.estimate.lines {
        let label = line.category.label(model::Lang::Zh);
        assert!(lines.contains(label), "{label} not in {lines}");
    }
    assert!(
        !text(&browser, "[data-testid=band-verdict]")
            .trim()
            .is_empty()
    );
    assert!(
        !text(&browser, "[data-testid=range]").contains("模拟"),
        "the range is worked out"
    );
    // Nothing can be typed that the app would drop: the fields are disabled, and the page says
    // it is getting ready.
    let refused = browser.run(
        "const f = document.getElementById('field-people'); \
         const note = document.getElementById('note-ready'); \
         return f.disabled && note.getClientRects().length > 0 && note.textContent",
    );
    assert!(
        refused.as_str().is_some_and(|t| t.contains("正在准备")),
        "{refused:?}"
    );
    let headcount = browser.run(
        "const f = document.getElementById('field-people'); f.focus(); \
         return document.activeElement === f",
    );
    assert_eq!(
        headcount,
        Value::Bool(false),
        "a disabled field takes no focus"
    );

    shows_the_default_agenda(&browser, &site.url);

    // The year and the comparison, empty on a first visit, say how to begin.
    for (path, id, says) in [
        ("year", "year-empty", model::i18n::year::NO_COURSES_YET),
        (
            "compare",
            "compare-empty",
            model::i18n::compare_page::NO_QUOTES_YET,
        ),
    ] {
        browser.open_page(&format!("{}{path}", site.url));
        let shown = text(&browser, &format!("[data-testid={id}]"));
        assert!(shown.contains(model::Lang::Zh.t(says)), "/{path}: {shown}");
    }
}

#[test]
#[ignore = "needs the release bundle: run by `make test`"]
fn when_the_wasm_cannot_load_the_page_says_so_instead_of_getting_ready() {
    let (site, _) = start_site(dist_dir());
    let browser = Browser::start();
    browser.block_urls(&["*_bg.wasm"]);
    browser.open_page(&site.url);
    let note = browser.wait_for(
        "the note that the page did not load",
        "const n = document.getElementById('note-load-failed'); \
         return n.getClientRects().length > 0 && n.textContent",
        TRIES,
    );
    assert!(
        note.as_str().is_some_and(|t| t.contains("重新加载")),
        "{note:?}"
    );
    let ready = browser.run("return document.getElementById('note-ready').getClientRects().length");
    assert_eq!(
        ready,
        Value::from(0),
        "it no longer says it is getting ready"
    );
    assert_eq!(text(&browser, "[data-testid=total]"), default_total());
}

#[test]
#[ignore = "needs the release bundle: run by `make test`"]
fn without_javascript_the_default_estimate_and_agenda_are_readable() {
    let (site, _) = start_site(dist_dir());
    let browser = Browser::start();
    // The page's own scripts do not run (DevTools still reads the page).
    browser.scripts_off();
    browser.open_page(&site.url);
    assert_eq!(text(&browser, "[data-testid=total]"), default_total());
    let lines = text(&browser, "[data-testid=line-items]");
    assert!(
        lines.contains(&default_total()),
        "the lines add up to the total: {lines}"
    );
    assert!(
        !text(&browser, "[data-testid=band-verdict]")
            .trim()
            .is_empty()
    );
    let shown = browser.run(
        "const n = document.querySelector('.no-script-note'); \
         return n ? n.textContent : null",
    );
    assert!(
        shown
            .as_str()
            .is_some_and(|t| t.contains("JavaScript 已关闭")),
        "the page says why it cannot change: {shown:?}"
    );
    shows_the_default_agenda(&browser, &site.url);
}

#[test]
#[ignore = "needs the release bundle: run by `make test`"]
fn without_webassembly_the_default_shows_and_a_link_says_it_needs_a_current_browser() {
    let (site, _) = start_site(dist_dir());
    let browser = Browser::start();
    // A browser without WebAssembly, as some compatibility modes are.
    browser.before_each_page("delete window.WebAssembly;");
    let shown = |id: &str| {
        browser.run(&format!(
            "const n = document.getElementById('{id}'); \
             return n && n.getClientRects().length > 0 ? n.textContent : null"
        ))
    };
    browser.open_page(&site.url);
    assert_eq!(text(&browser, "[data-testid=total]"), default_total());
    let note = shown("note-old-browser");
    assert!(
        note.as_str().is_some_and(|t| t.contains("WebAssembly")),
        "{note:?}"
    );
    assert_eq!(shown("note-ready"), Value::Null, "it is not getting ready");

    browser.open_page(&format!("{}?people=45", site.url));
    let view = browser.run(
        "const v = document.getElementById('prerendered'); return v.getClientRects().length > 0",
    );
    assert_eq!(
        view,
        Value::Bool(false),
        "a link's page shows no default figures"
    );
    let note = shown("note-old-browser-opening");
    assert!(
        note.as_str().is_some_and(|t| t.contains("WebAssembly")),
        "{note:?}"
    );
}

/// Opens `path` in `browser` until the app is live, and returns what the page showed on the way.
fn watch(browser: &Browser, url: &str) -> (bool, Vec<String>, Vec<String>) {
    browser.goto(url);
    // One more frame, drawn by the app.
    browser.run_async("requestAnimationFrame(() => arguments[0](true))");
    let seen = browser.run("return [window.__prerendered, window.__totals, window.__errors]");
    let strings = |v: &Value| -> Vec<String> {
        v.as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|s| s.as_str().map(String::from))
                    .collect()
            })
            .unwrap_or_default()
    };
    (
        seen[0] == Value::Bool(true),
        strings(&seen[1]),
        strings(&seen[2]),
    )
}

#[test]
#[ignore = "needs the release bundle: run by `make test`"]
fn a_link_or_saved_work_never_shows_the_first_visits_figures() {
    let (site, _) = start_site(dist_dir());
    let default = default_total();
    // A link's own figures, or the same figures in another language (`?lang=en` opens the
    // default work in English): never the prerendered view.
    // The page's title follows the place and the language the app shows.
    for (link, figures_differ, title) in [
        ("?people=45&city=shanghai", true, "成本估算 · 客诉处理培训"),
        (
            "plan?modules=1-3&people=20",
            true,
            "课程规划 · 客诉处理培训",
        ),
        (
            "?lang=en",
            false,
            "Cost estimate · complaint-handling training",
        ),
        (
            "quote?lang=en",
            false,
            "Quote and budget · complaint-handling training",
        ),
    ] {
        let browser = Browser::start();
        browser.before_each_page(WATCH);
        let (prerendered, totals, errors) = watch(&browser, &format!("{}{link}", site.url));
        assert!(!prerendered, "{link}: the prerendered view was on screen");
        if figures_differ {
            assert!(
                !totals.contains(&default),
                "{link}: the default total showed: {totals:?}"
            );
        }
        assert!(errors.is_empty(), "{link}: errors: {errors:?}");
        assert_eq!(browser.run("return document.title"), Value::from(title));
    }

    // A first visit shows the prerendered view, then the app, with no error on the way.
    let browser = Browser::start();
    browser.before_each_page(WATCH);
    let (prerendered, totals, errors) = watch(&browser, &site.url);
    assert!(prerendered, "a first visit sees the prerendered view");
    assert!(totals.iter().all(|t| *t == default), "{totals:?}");
    assert!(errors.is_empty(), "errors: {errors:?}");
    // The visitor changes the headcount; the work is kept. Coming back, the kept work opens
    // and the first visit's figures never show.
    browser.run(
        "const f = document.getElementById('field-people'); f.value = '45'; \
         f.dispatchEvent(new Event('input', { bubbles: true }));",
    );
    let changed = browser.wait_for(
        "the new total",
        &format!(
            "const t = document.querySelector('[data-testid=total]').textContent.trim(); \
             return t !== '{default}' && t"
        ),
        TRIES,
    );
    browser.wait_for(
        "the work to be kept",
        "return localStorage.getItem('training-planner.saved') !== null \
         && localStorage.getItem('training-planner.saved').includes('45')",
        TRIES,
    );
    let (prerendered, totals, errors) = watch(&browser, &site.url);
    assert!(!prerendered, "a returning visitor saw the prerendered view");
    assert!(
        !totals.contains(&default),
        "the default total showed: {totals:?}"
    );
    assert_eq!(totals.last().map(String::as_str), changed.as_str());
    assert!(errors.is_empty(), "errors: {errors:?}");
}

#[test]
#[ignore = "needs the release bundle: run by `make test`"]
fn the_prerendered_pages_are_the_same_when_built_again_from_the_same_commit() {
    let dist = dist_dir();
    let binary = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/debug/prerender");
    assert!(binary.is_file(), "make dist builds {}", binary.display());
    let again = std::env::temp_dir().join(format!("prerender-again-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&again);
    std::fs::create_dir_all(&again).unwrap();
    std::fs::copy(dist.join("app.html"), again.join("index.html")).unwrap();
    let day = std::process::Command::new("git")
        .args(["log", "-1", "--format=%cs"])
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .unwrap();
    let status = std::process::Command::new(&binary)
        .arg(&again)
        .arg(&day)
        .status()
        .unwrap();
    assert!(status.success());
    for page in [
        "index.html",
        "plan/index.html",
        "quote/index.html",
        "year/index.html",
        "compare/index.html",
    ] {
        let built = std::fs::read(dist.join(page)).unwrap();
        let rebuilt = std::fs::read(again.join(page)).unwrap();
        assert!(built == rebuilt, "{page} differs when built again");
    }
    let _ = std::fs::remove_dir_all(&again);
}
