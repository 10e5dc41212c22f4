//! End to end: the release bundle in `dist/`, served on 127.0.0.1, opened in headless Chromium.
//!
//! Needs a release build first, so plain `cargo test` skips it; `make test` builds the bundle
//! and runs it with `cargo test --test e2e -- --ignored`. Screenshots go to `target/e2e/` for a
//! person to look at.
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};
use std::process::Command;
use std::thread;

/// The bundle trunk built (`E2E_DIST` overrides `dist/`).
fn dist_dir() -> PathBuf {
    let dir = std::env::var_os("E2E_DIST")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("dist"));
    assert!(
        dir.join("index.html").is_file(),
        "no release bundle in {}: run `make test` (it runs `trunk build --release` first)",
        dir.display()
    );
    dir
}

/// Serve `dir` with the app's own server (serve/, the one `make serve` runs) on a free loopback
/// port until the site is stopped or dropped; with the log of every request it receives.
fn start_site(dir: PathBuf) -> (serve::Site, serve::RequestLog) {
    let log = serve::RequestLog::default();
    let site = serve::start(log.record(serve::router(&dir)), 0).expect("a port on 127.0.0.1");
    (site, log)
}

/// Headless Debian Chromium with the flags this closed network needs.
fn chromium(args: &[&str]) -> String {
    let binary = std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into());
    let profile = tempdir();
    let output = Command::new(&binary)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
        ])
        .args([
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg("--virtual-time-budget=10000")
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("cannot start {binary}: {e} (make test installs chromium)"));
    let _ = std::fs::remove_dir_all(&profile);
    assert!(
        output.status.success(),
        "chromium failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn tempdir() -> PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "e2e-chromium-{}-{:?}",
        std::process::id(),
        thread::current().id()
    ));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn screenshot_dir() -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/e2e");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Take a screenshot at `width`×`height` and check it is a real PNG of some substance.
fn screenshot(url: &str, name: &str, width: u32, height: u32) -> PathBuf {
    let file = screenshot_dir().join(name);
    let _ = std::fs::remove_file(&file);
    chromium(&[
        &format!("--screenshot={}", file.display()),
        &format!("--window-size={width},{height}"),
        "--hide-scrollbars",
        url,
    ]);
    let bytes =
        std::fs::read(&file).unwrap_or_else(|_| panic!("no screenshot at {}", file.display()));
    assert!(
        bytes.starts_with(b"\x89PNG"),
        "{} is not a PNG",
        file.display()
    );
    assert!(
        bytes.len() > 10_000,
        "{} is suspiciously small: a blank page?",
        file.display()
    );
    file
}

#[test]
#[ignore = "needs the release bundle: run by `make test`"]
fn the_release_bundle_shows_the_app_shell() {
    let (site, _) = start_site(dist_dir());
    let url = site.url.clone();
    let dom = chromium(&["--dump-dom", &url]);

    for expected in [
        "客诉处理培训",
        "课程规划",
        "成本估算",
        "报价与预算",
        "data-testid=\"band-basic-online\"",
    ] {
        assert!(
            dom.contains(expected),
            "the rendered page lacks {expected:?}:\n{dom}"
        );
    }
    assert!(
        !dom.contains("data-testid=\"error\""),
        "the page shows an error:\n{dom}"
    );
    // The app started under its own Content-Security-Policy, which allows no inline script.
    assert!(
        dom.contains("Content-Security-Policy"),
        "index.html lost its CSP"
    );
    assert!(
        !dom.contains("<script type=\"module\">"),
        "an inline script crept back in:\n{dom}"
    );

    let desktop = screenshot(&url, "shell-desktop.png", 1200, 800);
    let phone = screenshot(&url, "shell-phone.png", 390, 844);
    println!("screenshots: {} {}", desktop.display(), phone.display());
}

#[test]
#[ignore = "needs the release bundle: run by `make test`"]
fn the_planner_and_the_quote_desk_open_at_their_routes_in_the_one_app() {
    let (site, _) = start_site(dist_dir());
    let url = site.url.clone();
    // The app's one bundle, as the root's page names it.
    let root = chromium(&["--dump-dom", &url]);
    let bundle = root
        .split("data-wasm=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("the page names its wasm bundle")
        .to_string();
    // Today's routes, and the folders earlier versions used.
    for (path, heading, own_content) in [
        ("plan", "课程规划</h2>", "data-testid=\"agenda\""),
        ("quote", "报价与预算</h2>", "data-testid=\"quote-total\""),
        ("plan/", "课程规划</h2>", "data-testid=\"agenda\""),
        ("quote/", "报价与预算</h2>", "data-testid=\"quote-total\""),
    ] {
        let dom = chromium(&["--dump-dom", &format!("{url}{path}")]);
        for expected in [heading, own_content, "href=\"/\""] {
            assert!(dom.contains(expected), "{path} lacks {expected:?}:\n{dom}");
        }
        assert!(
            !dom.contains("data-testid=\"error\""),
            "{path} shows an error:\n{dom}"
        );
        assert!(
            dom.contains(&format!("data-wasm=\"{bundle}\"")),
            "{path} loads the same bundle {bundle}"
        );
    }
    let plan = screenshot(&format!("{url}plan"), "plan-desktop.png", 1200, 1600);
    let quote = screenshot(&format!("{url}quote"), "quote-desktop.png", 1200, 1600);
    println!("screenshots: {} {}", plan.display(), quote.display());
}

#[test]
#[ignore = "needs the release bundle: run by `make test`"]
fn a_plan_link_made_for_the_estimators_address_opens_the_planner() {
    // Plan links made before the planner had its own page point at the estimator.
    let (site, _) = start_site(dist_dir());
    let url = site.url.clone();
    let dom = chromium(&["--dump-dom", &format!("{url}?modules=2,4,5&depth=deep")]);
    assert!(dom.contains("课程规划</h2>"), "{dom}");
    // A chosen module's card is marked `chosen`; its checkbox is `module-N`.
    let chosen: Vec<&str> = dom
        .split("class=\"module-card chosen\"")
        .skip(1)
        .filter_map(|card| card.split("for=\"module-").nth(1)?.split('"').next())
        .collect();
    assert_eq!(chosen, ["2", "4", "5"], "{dom}");
}

/// The text of the element with `data-testid="id"` in a dumped DOM (its first text run).
fn test_id_text(dom: &str, id: &str) -> Option<String> {
    let start = dom.find(&format!("data-testid=\"{id}\""))?;
    let after = &dom[start..];
    let open = after.find('>')? + 1;
    let close = after[open..].find('<')?;
    Some(after[open..open + close].to_string())
}

#[test]
#[ignore = "needs the release bundle: run by `make test`"]
fn a_share_link_opens_its_scenario_and_shows_its_total() {
    use model::cost::Costing;
    use model::money::cny;
    use training_planner::link::open::open;

    let query = "?people=45&city=shanghai&mode=online&trainer=expert&depth=deep&hours=12&lang=en";
    let catalog = training_planner::catalog::catalog().clone();
    let opened = open(query, &catalog);
    assert!(opened.issues.is_empty());
    let expected = Costing::new(&catalog, &opened.scenario)
        .unwrap()
        .estimate(&catalog, &opened.scenario)
        .unwrap();

    let (site, _) = start_site(dist_dir());
    let url = site.url.clone();
    let dom = chromium(&["--dump-dom", &format!("{url}{query}")]);
    assert_eq!(
        test_id_text(&dom, "total").as_deref(),
        Some(cny(expected.total).as_str()),
        "{dom}"
    );
    assert_eq!(
        test_id_text(&dom, "per-person").as_deref(),
        Some(cny(expected.per_participant).as_str())
    );
    assert!(dom.contains("lang=\"en\""), "the link's language applies");

    // A link with a bad value names it and still applies the rest.
    let dom = chromium(&["--dump-dom", &format!("{url}?people=-3&mode=online")]);
    let error = test_id_text(&dom, "error").expect("the bad parameter is named");
    assert!(error.contains("people"), "{error}");
    assert!(
        dom.contains("基础线上课"),
        "mode=online still applies:\n{dom}"
    );

    let desktop = screenshot(
        &format!("{url}{query}"),
        "estimate-en-desktop.png",
        1280,
        2400,
    );
    println!("screenshot: {}", desktop.display());
}

#[path = "e2e/browser.rs"]
mod browser;
use browser::Browser;

#[path = "e2e/accessibility.rs"]
mod accessibility;

#[path = "e2e/prerendered.rs"]
mod prerendered;

#[path = "e2e/parts.rs"]
mod parts;

/// The estimate's total once it is on the page, else null.
const TOTAL: &str = "const t = document.querySelector('[data-testid=total]'); \
                     return t ? t.textContent.trim() : null";
/// The script URL of the service worker that controls the page, else null.
const CONTROLLER: &str = "const c = navigator.serviceWorker && navigator.serviceWorker.controller; \
                          return c ? c.scriptURL : null";
/// Whether the planner is the place on screen.
const PLANNER: &str = "return !!document.querySelector(\
                       '[data-testid=place-plan], main#place[aria-labelledby=title-plan]')";
/// Polls of 50 ms: at most 20 s for a page to start or a worker to take over.
const TRIES: u32 = 400;

/// The cache name and the files that `scripts/finish-dist.sh` wrote into dist/sw.js.
fn service_worker_release(dist: &Path) -> (String, Vec<String>) {
    let sw = std::fs::read_to_string(dist.join("sw.js"))
        .expect("dist/sw.js: scripts/finish-dist.sh makes it after trunk");
    let version = sw
        .split("const CACHE = PREFIX + \"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("the cache name in sw.js");
    let files = sw
        .split("const FILES = ")
        .nth(1)
        .and_then(|rest| rest.split(";\n").next())
        .expect("the list of files in sw.js");
    let files: Vec<String> = serde_json::from_str(files).expect("the files as a JSON array");
    (format!("training-planner-{version}"), files)
}

#[test]
#[ignore = "needs the release bundle: run by `make test`"]
fn after_one_visit_the_app_opens_again_from_its_service_worker_with_the_server_stopped() {
    let dist = dist_dir();
    let (cache, files) = service_worker_release(&dist);
    // The worker answers navigations with the app's page (app.html: no prerendered view, since
    // whoever it serves keeps work here).
    for file in ["app.html", "start.js", "manifest.webmanifest", "icon.svg"] {
        assert!(
            files.iter().any(|f| f == file),
            "sw.js keeps {file}: {files:?}"
        );
    }
    for kind in [".js", "_bg.wasm", ".css"] {
        assert!(
            files.iter().any(|f| f.ends_with(kind) && f != "start.js"),
            "sw.js keeps the app's hashed {kind}: {files:?}"
        );
    }

    let (mut site, _) = start_site(dist);
    let browser = Browser::start();
    browser.goto(&site.url);
    let total = browser.wait_for("the first estimate", TOTAL, TRIES);
    let worker = browser.wait_for("the service worker to control the page", CONTROLLER, TRIES);
    assert_eq!(worker.as_str(), Some(format!("{}sw.js", site.url).as_str()));
    // One cache, this release's, holding every file the worker was told to keep.
    let caches = browser.run_async(
        "const done = arguments[0]; \
         caches.keys().then(async (names) => done(await Promise.all(names.map(async (name) => \
           [name, (await (await caches.open(name)).keys()).length]))))",
    );
    assert_eq!(caches, serde_json::json!([[cache, files.len()]]));

    site.stop();
    assert!(
        std::net::TcpStream::connect(site.address).is_err(),
        "the server is stopped"
    );
    browser.reload();
    let again = browser.wait_for("the estimate with the server stopped", TOTAL, TRIES);
    assert_eq!(again, total, "the same estimate, opened with no server");
    // The page itself came through the worker.
    let from_worker =
        browser.run("return performance.getEntriesByType('navigation')[0].workerStart > 0");
    assert_eq!(from_worker, serde_json::json!(true));
}

#[test]
#[ignore = "needs the release bundle: run by `make test`"]
fn a_deep_link_opens_the_planner_from_the_server_and_then_from_the_service_worker() {
    let (mut site, _) = start_site(dist_dir());
    let browser = Browser::start();
    // First visit: the server answers the route /plan with the app's index.html.
    browser.goto(&format!("{}plan", site.url));
    browser.wait_for("the planner at /plan", PLANNER, TRIES);
    assert!(
        browser.run(TOTAL).is_null(),
        "/plan shows the planner, not the estimate"
    );

    browser.wait_for("the service worker to control the page", CONTROLLER, TRIES);
    site.stop();
    // With no server, the worker answers the app's routes, with their query and slash.
    for route in ["plan?modules=1-3", "plan/"] {
        browser.goto(&format!("{}{route}", site.url));
        browser.wait_for(&format!("the planner at /{route} offline"), PLANNER, TRIES);
    }
    browser.goto(&site.url);
    browser.wait_for("the estimate at / offline", TOTAL, TRIES);
}

/// A copy of `from` in a fresh folder under target/e2e/ (the test changes it).
fn copy_dir(from: &Path, to: &Path) {
    let _ = std::fs::remove_dir_all(to);
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

#[test]
#[ignore = "needs the release bundle: run by `make test`"]
fn a_new_release_replaces_the_old_cache_whole() {
    let dist = screenshot_dir().join("release");
    copy_dir(&dist_dir(), &dist);
    let (old_cache, _) = service_worker_release(&dist);
    let (site, _) = start_site(dist.clone());
    let browser = Browser::start();
    browser.goto(&site.url);
    browser.wait_for("the first estimate", TOTAL, TRIES);
    browser.wait_for("the service worker to control the page", CONTROLLER, TRIES);

    // The next release: a changed app page (the one the worker answers with), finished again
    // (a new sw.js and cache name).
    let index = dist.join("app.html");
    let html = std::fs::read_to_string(&index).unwrap();
    std::fs::write(&index, html.replace("</head>", "<!-- release 2 --></head>")).unwrap();
    let finish = Command::new("bash")
        .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/finish-dist.sh"))
        .arg(&dist)
        .output()
        .expect("bash");
    assert!(
        finish.status.success(),
        "finish-dist.sh: {}",
        String::from_utf8_lossy(&finish.stderr)
    );
    let (new_cache, _) = service_worker_release(&dist);
    assert_ne!(new_cache, old_cache, "a new release, a new cache name");

    // The browser looks for a new worker (as it does on a visit); once installed it takes over
    // and only the new cache is left.
    browser.run_async(
        "const done = arguments[0]; \
         navigator.serviceWorker.getRegistration().then((r) => r.update()).then(() => done(true), \
           (e) => done(String(e)))",
    );
    let mut names = serde_json::Value::Null;
    for _ in 0..TRIES {
        names = browser.run_async("caches.keys().then(arguments[0])");
        if names == serde_json::json!([new_cache]) {
            break;
        }
        thread::sleep(std::time::Duration::from_millis(50));
    }
    assert_eq!(
        names,
        serde_json::json!([new_cache]),
        "only the new release's cache"
    );
    browser.reload();
    browser.wait_for("the estimate from the new release", TOTAL, TRIES);
    assert_eq!(
        browser.run("return document.documentElement.outerHTML.includes('<!-- release 2 -->')"),
        serde_json::json!(true),
        "the page now comes from the new release"
    );
}

/// The Excel export's button on the quote desk.
const EXPORT_XLSX: &str = "[data-testid=export-xlsx]";
/// The Excel writer's files, which only an export fetches (scripts/finish-dist.sh, ON_DEMAND).
const XLSX_WORKER_FILES: [&str; 3] = ["xlsx-export.js", "xlsx-worker.js", "xlsx-worker_bg.wasm"];

/// Catch every file the page offers as a download, without saving it: the Blob the page hands
/// to `URL.createObjectURL`, and the name on the `download` link it clicks (whose default
/// action, saving, is prevented). Installed again after each page load.
const CATCH_DOWNLOADS: &str = "window.caught = []; \
    const create = URL.createObjectURL; \
    URL.createObjectURL = (blob) => { const url = create(blob); caught.push({ url, blob }); return url; }; \
    document.addEventListener('click', (event) => { \
      const link = event.target.closest && event.target.closest('a[download]'); \
      if (!link) return; \
      event.preventDefault(); \
      const found = caught.find((d) => d.url === link.href); \
      if (found) found.name = link.download; \
    }, true); \
    return true";
/// The name of the first download caught, once there is one.
const CAUGHT_NAME: &str =
    "const d = (window.caught || []).find((d) => d.name); return d ? d.name : null";
/// The text of the first error message shown, if any.
const ERROR_TEXT: &str = "const e = document.querySelector('[data-testid=error]'); \
                          return e ? e.textContent.trim() : null";

/// The name of the first download caught, else `error: ` and the error shown, else null.
const DOWNLOAD_OR_ERROR: &str = "const d = (window.caught || []).find((d) => d.name); \
    if (d) return d.name; \
    const e = document.querySelector('[data-testid=error]'); \
    return e ? 'error: ' + e.textContent.trim() : null";

/// Click the Excel export and return the file it offered: its name, type and bytes.
fn export_xlsx(browser: &Browser) -> (String, String, Vec<u8>) {
    export_xlsx_from(browser, EXPORT_XLSX)
}

/// Click the Excel export button `selector` and return the file it offered.
fn export_xlsx_from(browser: &Browser, selector: &str) -> (String, String, Vec<u8>) {
    browser.run(CATCH_DOWNLOADS);
    browser.run(&format!(
        "document.querySelector('{selector}').click(); return true"
    ));
    let outcome = browser.wait_for("the spreadsheet, or an error", DOWNLOAD_OR_ERROR, TRIES);
    let name = outcome.as_str().expect("a file name").to_string();
    assert!(!name.starts_with("error: "), "the export failed: {name}");
    let file = browser.run_async(
        "const done = arguments[0]; const d = caught.find((d) => d.name); \
         d.blob.arrayBuffer().then((b) => done([d.blob.type, Array.from(new Uint8Array(b))]))",
    );
    let kind = file[0].as_str().expect("the file's type").to_string();
    let bytes = file[1]
        .as_array()
        .expect("the file's bytes")
        .iter()
        .map(|b| b.as_u64().expect("a byte") as u8)
        .collect();
    (name, kind, bytes)
}

/// Whole yuan from the page's money text (`¥12,345`).
fn yuan_on_page(text: &str) -> f64 {
    text.chars()
        .filter(|c| c.is_ascii_digit() || *c == '.')
        .collect::<String>()
        .parse()
        .unwrap_or_else(|_| panic!("no amount in {text:?}"))
}

/// The cache names and the URLs each holds.
const CACHED: &str = "const done = arguments[0]; \
    caches.keys().then(async (names) => done(await Promise.all(names.map(async (name) => \
      [name, (await (await caches.open(name)).keys()).map((r) => r.url)]))))";

#[test]
#[ignore = "needs the release bundle: run by `make test`"]
fn the_excel_writer_is_fetched_on_first_export_then_kept_for_offline_use() {
    use calamine::{Data, Reader, Xlsx};

    let dist = dist_dir();
    let (cache, files) = service_worker_release(&dist);
    for file in XLSX_WORKER_FILES {
        assert!(dist.join(file).is_file(), "dist/ has {file}");
        assert!(
            !files.iter().any(|f| f == file),
            "sw.js does not keep {file} at install"
        );
    }
    let (mut site, log) = start_site(dist);
    let browser = Browser::start();
    browser.goto(&format!("{}quote", site.url));
    let total = browser.wait_for(
        "the quote's total",
        "const t = document.querySelector('[data-testid=quote-total]'); return t ? t.textContent.trim() : null",
        TRIES,
    );
    browser.wait_for("the service worker to control the page", CONTROLLER, TRIES);
    // The first visit, service worker installed and all, never asked for the writer.
    // How many times the server was asked for `file`.
    let asked = |file: &str| {
        log.requested()
            .iter()
            .filter(|path| path.trim_start_matches('/') == file)
            .count()
    };
    for file in XLSX_WORKER_FILES {
        assert_eq!(
            asked(file),
            0,
            "{file} was fetched on load: {:?}",
            log.requested()
        );
    }

    let (name, kind, bytes) = export_xlsx(&browser);
    assert_eq!(name, "quote-draft.xlsx");
    assert_eq!(
        kind,
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    );
    for file in XLSX_WORKER_FILES {
        assert_eq!(asked(file), 1, "the export fetched {file} once");
    }
    // The file is a real workbook whose total is the one on the page.
    let mut xlsx = Xlsx::new(std::io::Cursor::new(bytes)).expect("an xlsx file");
    let sheet = xlsx.worksheet_range("报价单").expect("the quote's sheet");
    let total_row = sheet
        .rows()
        .find(|row| row.first() == Some(&Data::String("合计".into())))
        .expect("a total row");
    // The total stands in the amount column (序号 / 项目 / 内容 / 单位 / 数量 / 单价 / 金额).
    assert_eq!(
        total_row[6],
        Data::Float(yuan_on_page(total.as_str().unwrap()))
    );

    // Kept by the service worker in this release's cache, beside the files kept at install.
    let cached = browser.run_async(CACHED);
    assert_eq!(cached[0][0], serde_json::json!(cache));
    let urls: Vec<&str> = cached[0][1]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|u| u.as_str())
        .collect();
    assert_eq!(
        urls.len(),
        files.len() + XLSX_WORKER_FILES.len(),
        "{urls:?}"
    );
    for file in XLSX_WORKER_FILES {
        assert!(
            urls.contains(&format!("{}{file}", site.url).as_str()),
            "{file} kept: {urls:?}"
        );
    }

    // With the server gone, a new page (a new worker) exports all the same.
    site.stop();
    browser.reload();
    browser.wait_for(
        "the quote page with the server stopped",
        &format!("return !!document.querySelector('{EXPORT_XLSX}')"),
        TRIES,
    );
    let (_, _, offline) = export_xlsx(&browser);
    assert!(offline.starts_with(b"PK"), "an xlsx (zip) file offline");
}

#[test]
#[ignore = "needs the release bundle: run by `make test`"]
fn the_budget_request_downloads_as_a_workbook_with_the_pages_total() {
    use calamine::{Data, Reader, Xlsx};

    let (site, _) = start_site(dist_dir());
    let browser = Browser::start();
    browser.goto(&format!("{}quote", site.url));
    let total = browser.wait_for(
        "the budget request's total",
        "const t = document.querySelector('[data-testid=budget-total]'); return t ? t.textContent.trim() : null",
        TRIES,
    );
    let (name, _, bytes) = export_xlsx_from(&browser, ".summary-output [data-testid=export-xlsx]");
    assert_eq!(name, "budget-request.xlsx");
    let mut xlsx = Xlsx::new(std::io::Cursor::new(bytes)).expect("an xlsx file");
    let sheet = xlsx.worksheet_range("预算表").expect("the request's sheet");
    let total_row = sheet
        .rows()
        .find(|row| row.first() == Some(&Data::String("合计".into())))
        .expect("a total row");
    assert_eq!(
        total_row[1],
        Data::Float(yuan_on_page(total.as_str().unwrap()))
    );

    // Numbered, the request's workbook carries its number in its name, and the same total.
    set_field(&browser, ".summary-output", "budget-number", "YS-7");
    let (name, _, bytes) = export_xlsx_from(&browser, ".summary-output [data-testid=export-xlsx]");
    assert_eq!(name, "budget-request-YS-7.xlsx");
    let mut xlsx = Xlsx::new(std::io::Cursor::new(bytes)).expect("an xlsx file");
    let sheet = xlsx.worksheet_range("预算表").expect("the request's sheet");
    assert!(
        sheet
            .rows()
            .any(|row| row.iter().any(|c| c.to_string().contains("YS-7"))),
        "the number is on the sheet"
    );
    let total_row = sheet
        .rows()
        .find(|row| row.first() == Some(&Data::String("合计".into())))
        .expect("a total row");
    assert_eq!(
        total_row[1],
        Data::Float(yuan_on_page(total.as_str().unwrap()))
    );
}

#[test]
#[ignore = "needs the release bundle: run by `make test`"]
fn offline_before_the_first_export_the_page_says_why_and_offers_csv() {
    let (mut site, _) = start_site(dist_dir());
    let browser = Browser::start();
    browser.goto(&format!("{}quote", site.url));
    browser.wait_for("the service worker to control the page", CONTROLLER, TRIES);
    site.stop();
    browser.run(CATCH_DOWNLOADS);
    browser.run(&format!(
        "document.querySelector('{EXPORT_XLSX}').click(); return true"
    ));
    let message = browser.wait_for("a message that the export cannot load", ERROR_TEXT, TRIES);
    let message = message.as_str().unwrap();
    assert!(
        message.contains("联网") && message.contains("CSV"),
        "{message}"
    );
    assert!(browser.run(CAUGHT_NAME).is_null(), "nothing was offered");
    // The button is usable again, for when the network is back.
    assert_eq!(
        browser.run(&format!(
            "return document.querySelector('{EXPORT_XLSX}').disabled"
        )),
        serde_json::json!(false)
    );
}

/// The share link as a QR code: drawn by the documents worker on first use (never fetched on
/// load), and it reads back as the link shown beside it.
#[test]
#[ignore = "needs the release bundle (make dist) and Chromium; run by make test"]
fn the_share_link_shows_as_a_qr_code_drawn_on_first_use() {
    let dist = dist_dir();
    let (mut site, log) = start_site(dist);
    let browser = Browser::start();
    browser.goto(&site.url);
    browser.wait_for("the first estimate", TOTAL, TRIES);
    let asked_for_worker = || {
        log.requested()
            .iter()
            .any(|path| path.trim_start_matches('/') == "xlsx-worker_bg.wasm")
    };
    assert!(!asked_for_worker(), "the worker was fetched on load");
    browser.run("document.querySelector('[data-testid=show-qr]').click(); return null");
    let svg = browser.wait_for(
        "the QR code",
        "const q = document.querySelector('[data-testid=qr] svg'); return q ? q.outerHTML : null",
        TRIES,
    );
    let svg = svg.as_str().unwrap();
    assert!(svg.contains("viewBox") && svg.contains("<path"), "{svg}");
    assert!(asked_for_worker(), "the code came from the worker");
    // It reads back as the share link shown beside it.
    let link = browser.run("return document.querySelector('[data-testid=share-link]').value");
    assert_eq!(read_qr_svg(svg), link.as_str().unwrap());
    // A new link puts the old code away.
    browser.run(
        "const f = document.querySelector('[data-testid=field-people]'); \
         f.value = '44'; f.dispatchEvent(new Event('input', {bubbles: true})); return null",
    );
    browser.wait_for(
        "the old code to go",
        "return document.querySelector('[data-testid=qr]') ? null : true",
        TRIES,
    );
    site.stop();
}

/// Set a field or a select with this test id as a person would, inside `scope` (a selector).
fn set_field(browser: &Browser, scope: &str, id: &str, value: &str) {
    browser.run(&format!(
        "const f = document.querySelector('{scope} [data-testid={id}]'); f.value = '{value}'; \
         for (const kind of ['input', 'change']) f.dispatchEvent(new Event(kind, {{bubbles: true}})); \
         return null"
    ));
}

/// Read a QR code's SVG, as the documents worker draws it (one path of `M{x} {y}h{w}v1h-{w}z`
/// runs of dark modules in a `viewBox` counted in modules), the way a phone camera would: the
/// modules rastered at 4 pixels each, then found and decoded by rqrr.
fn read_qr_svg(svg: &str) -> String {
    let doc = roxmltree::Document::parse(svg).expect("the SVG is well-formed XML");
    let view_box: Vec<usize> = doc
        .root_element()
        .attribute("viewBox")
        .expect("a viewBox")
        .split(' ')
        .map(|n| n.parse().unwrap())
        .collect();
    let (scale, side) = (4, view_box[2]);
    let px = side * scale;
    let mut dark = vec![false; px * px];
    let path = doc
        .descendants()
        .find(|n| n.has_tag_name("path"))
        .expect("a path of dark modules");
    for run in path.attribute("d").unwrap().split('M').skip(1) {
        let n: Vec<usize> = run
            .split(|c: char| !c.is_ascii_digit())
            .filter(|s| !s.is_empty())
            .map(|s| s.parse().unwrap())
            .collect();
        let (x, y, w) = (n[0], n[1], n[2]);
        for row in y * scale..(y + 1) * scale {
            for col in x * scale..(x + w) * scale {
                dark[row * px + col] = true;
            }
        }
    }
    let mut image =
        rqrr::PreparedImage::prepare_from_greyscale(
            px,
            px,
            |x, y| {
                if dark[y * px + x] { 0 } else { 255 }
            },
        );
    let grids = image.detect_grids();
    assert_eq!(grids.len(), 1, "one code in the picture");
    grids[0].decode().expect("the code reads").1
}

/// How many pages a PDF that Chromium printed has (its page objects, `/Type /Page`).
fn pdf_pages(pdf: &[u8]) -> usize {
    let mark = b"/Type /Page";
    pdf.windows(mark.len() + 1)
        .filter(|w| w.starts_with(mark) && w[mark.len()] != b's')
        .count()
}

/// The budget request carries the chosen option's live estimate as a QR code: nothing fetches
/// the documents worker until the user adds the code; the code read back is the estimator's
/// share link of the chosen option (worked out here from the link rules: only what differs from
/// the default scenario, in the link's order, then the language), the same link the estimator
/// shows for that option and the one written under the code; and the request still prints on
/// one A4 page.
#[test]
#[ignore = "needs the release bundle (make dist) and Chromium; run by make test"]
fn the_budget_request_prints_the_chosen_options_live_estimate_as_a_qr_code() {
    let (site, log) = start_site(dist_dir());
    let browser = Browser::start();
    let worker_asked = || {
        log.requested()
            .iter()
            .filter(|path| XLSX_WORKER_FILES.contains(&path.trim_start_matches('/')))
            .cloned()
            .collect::<Vec<_>>()
    };
    // A second option on the estimator: 45 people in Shanghai, the rest the default's.
    browser.goto(&site.url);
    browser.wait_for("the first estimate", TOTAL, TRIES);
    browser.run("document.querySelector('[data-testid=add-option]').click(); return null");
    set_field(&browser, "", "field-people", "45");
    set_field(&browser, "", "field-city", "shanghai");
    let share_link = browser.wait_for(
        "the second option's share link",
        "const l = document.querySelector('[data-testid=share-link]').value; \
         return l.includes('people=45') && l.includes('city=shanghai') ? l : null",
        TRIES,
    );
    let expected = format!("{}?people=45&city=shanghai&lang=zh", site.url);
    assert_eq!(share_link.as_str().unwrap(), expected);
    // A third option, so the request compares the most options it can on its one page.
    browser.run("document.querySelector('[data-testid=add-option]').click(); return null");
    browser.wait_for(
        "a third option",
        "return document.querySelectorAll('[data-testid=option]').length === 3",
        TRIES,
    );

    // The quote desk, opened afresh: the request of the second option, and still no worker.
    browser.goto(&format!("{}quote", site.url));
    browser.wait_for(
        "the budget request",
        "return !!document.querySelector('[data-testid=budget-request] [data-testid=show-qr]')",
        TRIES,
    );
    // The second option (options are chosen by their id).
    let second = browser.run(
        "return document.querySelector('.summary-output [data-testid=budget-option]').options[1].value",
    );
    set_field(
        &browser,
        ".summary-output",
        "budget-option",
        second.as_str().unwrap(),
    );
    // A small wage bill for its 45 people (above their least possible wages, 810,000): the fund
    // shares and their warning take their room on the page too.
    set_field(&browser, ".summary-output", "budget-wage-bill", "900000");
    browser.wait_for(
        "the fund warning",
        "return !!document.querySelector('[data-testid=fund-warning]')",
        TRIES,
    );
    browser.wait_for(
        "the second option requested",
        "return document.querySelector('[data-testid=budget-request]').textContent.includes('上海')",
        TRIES,
    );
    assert_eq!(
        worker_asked(),
        Vec::<String>::new(),
        "the worker was fetched before the code was asked for"
    );
    browser.run(
        "document.querySelector('[data-testid=budget-request] [data-testid=show-qr]').click(); \
         return null",
    );
    let svg = browser.wait_for(
        "the request's QR code",
        "const q = document.querySelector('[data-testid=budget-request] [data-testid=qr] svg'); \
         const e = document.querySelector('[data-testid=budget-request] [data-testid=error]'); \
         return q ? q.outerHTML : e ? 'error: ' + e.textContent : null",
        TRIES,
    );
    let svg = svg.as_str().unwrap();
    assert!(svg.starts_with("<svg"), "{svg}");
    assert!(!worker_asked().is_empty(), "the code came from the worker");
    assert_eq!(read_qr_svg(svg), expected);
    let written = browser.run(
        "return document.querySelector('[data-testid=budget-request] [data-testid=qr-link]').textContent",
    );
    assert_eq!(written.as_str().unwrap(), expected);
    let caption = browser.run(
        "return document.querySelector('[data-testid=budget-request] [data-testid=qr] figcaption').textContent",
    );
    assert!(
        caption.as_str().unwrap().contains("扫码查看在线估算"),
        "{caption}"
    );

    // Printed as its print button prints it: one A4 page, the code on it, the buttons not.
    browser.run("document.documentElement.setAttribute('data-print', 'summary'); return null");
    let pdf = browser.print_a4();
    assert!(pdf.starts_with(b"%PDF"), "a PDF");
    assert_eq!(
        pdf_pages(&pdf),
        1,
        "the request with its code on one A4 page"
    );
    // The count is real: unmarked, the whole quote desk prints, the request on a page of its own.
    browser.run("document.documentElement.removeAttribute('data-print'); return null");
    assert!(pdf_pages(&browser.print_a4()) >= 2);
    browser.run("document.documentElement.setAttribute('data-print', 'summary'); return null");
    browser.emulate_media("print");
    let printed = browser.run(
        "const size = (s) => { const e = document.querySelector('[data-testid=budget-request] ' + s); \
           const r = e.getBoundingClientRect(); return [Math.round(r.width), Math.round(r.height)]; }; \
         return [size('[data-testid=qr] svg'), size('[data-testid=remove-qr]')]",
    );
    browser.emulate_media("screen");
    // 28 mm is 106 CSS pixels (96 to the inch); the button takes no room on paper.
    assert_eq!(printed, serde_json::json!([[106, 106], [0, 0]]));

    // Taken off again, the request is as it was.
    browser.run(
        "document.documentElement.removeAttribute('data-print'); \
         document.querySelector('[data-testid=remove-qr]').click(); return null",
    );
    browser.wait_for(
        "the code to go",
        "return document.querySelector('[data-testid=budget-request] [data-testid=qr]') ? null : true",
        TRIES,
    );
}

/// `phrase` repeated and cut to exactly `max` characters: the longest text a field of at most
/// `max` characters takes. Chinese characters, each a full em wide (as wide as any character a
/// person types, and wider than Latin letters and digits), in Chinese and in English alike: an
/// English interface does not stop a vendor typing its Chinese name.
fn longest(phrase: &str, max: usize) -> String {
    phrase.chars().cycle().take(max).collect()
}

/// Where a test leaves a file for a person to look at (`target/e2e/NAME`).
fn keep(name: &str, bytes: &[u8]) -> PathBuf {
    let path = screenshot_dir().join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

/// The quote prints on one A4 page, in Chinese and in English, with the longest text every
/// field takes at once (each field's limit in `data/pricing.toml` `[limits]`: the vendor, its
/// contact person and phone, the number prefix, the client, its contact person and phone, the
/// remarks) and the most lines a quote can have. A course in the classroom by an outside
/// trainer who travels in, with an assistant, deep customisation and a room the vendor books
/// has a line for every item but the two an online course has instead (the trainer teaching
/// live online, and digital handouts, which replace the printed set: one set a person): six.
/// With it, the plan of all ten modules, each named on the quote. Printed as its print button
/// prints it; the PDFs are kept in target/e2e/ to look at, beside the normal quote's.
#[test]
#[ignore = "needs the release bundle (make dist) and Chromium; run by make test"]
fn the_quote_prints_on_one_a4_page_with_the_longest_texts_and_the_most_lines() {
    use model::quote::Item;
    let limits = &training_planner::catalog::catalog().pricing.limits;
    let (site, _) = start_site(dist_dir());
    let expected_items = [
        Item::Trainer,
        Item::Assistant,
        Item::PrintedMaterials,
        Item::Customisation,
        Item::Venue,
        Item::Travel,
    ];
    for lang in ["zh", "en"] {
        let browser = Browser::start();
        let print_quote = |name: &str| {
            browser
                .run("document.documentElement.setAttribute('data-print', 'quote'); return null");
            let pdf = browser.print_a4();
            browser.run("document.documentElement.removeAttribute('data-print'); return null");
            assert!(pdf.starts_with(b"%PDF"), "a PDF");
            let kept = keep(&format!("{name}-{lang}.pdf"), &pdf);
            println!("{}: {} page(s)", kept.display(), pdf_pages(&pdf));
            pdf_pages(&pdf)
        };

        // The normal quote first: the default course, a vendor and a client of everyday length.
        browser.goto(&format!("{}quote?lang={lang}", site.url));
        browser.wait_for(
            "the quote",
            "return !!document.querySelector('[data-testid=quote-total]')",
            TRIES,
        );
        let everyday = if lang == "zh" {
            [
                "黔行客服培训有限公司",
                "王老师",
                "贵阳市某区政务服务中心",
                "李主任",
                "培训日期待双方确认。",
            ]
        } else {
            [
                "Qianxing Service Training Co., Ltd.",
                "Ms Wang",
                "Guiyang District Government Service Centre",
                "Mr Li",
                "Training dates to be agreed by both parties.",
            ]
        };
        for (id, value) in [
            ("card-vendor", everyday[0]),
            ("card-contact", everyday[1]),
            ("card-phone", "0851-8888 6666"),
            ("quote-client-input", everyday[2]),
            ("quote-client-person", everyday[3]),
            ("quote-client-phone", "0851-8555 1234"),
            ("quote-remarks-input", everyday[4]),
        ] {
            set_field(&browser, "", id, value);
        }
        assert_eq!(print_quote("quote-normal"), 1, "the normal quote, {lang}");

        // The course with the most lines, then the plan of all ten modules.
        browser.goto(&format!(
            "{}?people=120&city=guangzhou&route=vendor&trainer=expert&depth=deep&hours=12\
             &phases=3&activities=lecture,case-study,role-play,quiz&travel=yes&assistant=yes\
             &venue=hotel&customise=yes",
            site.url
        ));
        browser.wait_for("the link's option", TOTAL, TRIES);
        browser.goto(&format!("{}?modules=1-10&depth=deep", site.url));
        browser.wait_for(
            "the plan of ten modules",
            "return document.querySelectorAll('.module-card.chosen').length === 10",
            TRIES,
        );
        browser.goto(&format!("{}quote", site.url));
        browser.wait_for(
            "the quote",
            "return !!document.querySelector('[data-testid=quote-total]')",
            TRIES,
        );
        // The link's option, the second of those compared (options are chosen by their id).
        let second = browser
            .run("return document.querySelector('[data-testid=quote-option]').options[1].value");
        set_field(&browser, "", "quote-option", second.as_str().unwrap());
        browser.run(
            "const c = document.querySelector('[data-testid=quote-use-plan]'); \
             if (!c.checked) c.click(); return null",
        );
        for (id, phrase, max) in [
            (
                "card-vendor",
                "贵州黔行客服培训管理咨询有限公司贵阳分公司",
                limits.max_vendor_chars,
            ),
            ("card-prefix", "GZKFPX26", limits.max_prefix_chars),
            (
                "card-contact",
                "客户服务培训部王老师",
                limits.max_contact_person_chars,
            ),
            (
                "card-phone",
                "〇八五一八八八八六六六六转八〇二一",
                limits.max_phone_chars,
            ),
            (
                "quote-client-input",
                "贵阳市某区政务服务中心客户服务部",
                limits.max_client_chars,
            ),
            (
                "quote-client-person",
                "综合办公室李主任",
                limits.max_contact_person_chars,
            ),
            (
                "quote-client-phone",
                "〇八五一八五五五一二三四转六〇",
                limits.max_phone_chars,
            ),
            (
                "quote-remarks-input",
                "培训日期待双方确认，场地由乙方预订并提前一天布置；学员名单请于开课前五个工作日提供。",
                limits.max_remarks_chars,
            ),
        ] {
            // The field itself stops at the limit the test fills it to.
            let field_max = browser.run(&format!(
                "return document.querySelector('[data-testid={id}]').maxLength"
            ));
            assert_eq!(field_max, serde_json::json!(max), "{id}'s maxlength");
            set_field(&browser, "", id, &longest(phrase, max));
        }
        browser.run("document.querySelector('[data-testid=quote-issue]').click(); return null");
        browser.wait_for(
            "the issued quote's number",
            "return document.querySelector('[data-testid=quote-number]').textContent.startsWith('GZKFPX26-')",
            TRIES,
        );
        // Every text at its limit, on the quote.
        let shown = browser.run(
            "const t = (s) => [...document.querySelector(s).textContent].length; \
             return [t('[data-testid=quote-vendor]'), t('[data-testid=quote-client]'), \
                     t('[data-testid=quote-remarks]'), \
                     document.querySelectorAll('.quote-modules li').length]",
        );
        assert_eq!(
            shown,
            serde_json::json!([
                limits.max_vendor_chars,
                limits.max_client_chars,
                limits.max_remarks_chars,
                10
            ]),
            "vendor, client, remarks and modules on the quote, {lang}"
        );
        let items = browser.run(
            "return [...document.querySelectorAll('[data-testid=quote-line] .quote-item')]\
               .map((e) => e.textContent)",
        );
        let expected: Vec<&str> = expected_items
            .iter()
            .map(|i| {
                i.label(if lang == "zh" {
                    model::Lang::Zh
                } else {
                    model::Lang::En
                })
            })
            .collect();
        assert_eq!(
            items,
            serde_json::json!(expected),
            "the quote's lines, {lang}"
        );
        assert_eq!(
            print_quote("quote-longest"),
            1,
            "the quote with the longest texts and the most lines on one A4 page, {lang}"
        );
    }
}

/// The planner's agenda as a workbook: a ready-made plan, the Excel button beside the calendar
/// export, and the file it offers has the agenda (one row per session) and the plan's cost,
/// whose total is the one the planner shows.
#[test]
#[ignore = "needs the release bundle: run by `make test`"]
fn the_planners_agenda_downloads_as_a_workbook_with_the_plans_cost() {
    use calamine::{Data, Reader, Xlsx};

    let (site, _) = start_site(dist_dir());
    let browser = Browser::start();
    browser.goto(&format!("{}plan", site.url));
    browser.wait_for(
        "the planner's presets",
        "return document.querySelector('[data-testid=preset-frontline-essentials]') ? true : null",
        TRIES,
    );
    browser.run(
        "document.querySelector('[data-testid=preset-frontline-essentials]').click(); return null",
    );
    let sessions = browser.wait_for(
        "the agenda's sessions",
        "const n = document.querySelectorAll('[data-testid=agenda] .agenda-session').length; \
         return n > 0 ? n : null",
        TRIES,
    );
    let total = browser.wait_for(
        "the plan's cost",
        "const t = document.querySelector('[data-testid=plan-cost] .figure-value'); \
         return t ? t.textContent.trim() : null",
        TRIES,
    );
    let (name, kind, bytes) =
        export_xlsx_from(&browser, ".calendar-export [data-testid=export-xlsx]");
    assert_eq!(name, "课程日程.xlsx");
    assert_eq!(
        kind,
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    );
    let mut xlsx = Xlsx::new(std::io::Cursor::new(bytes)).expect("an xlsx file");
    assert_eq!(xlsx.sheet_names(), ["日程", "费用"]);
    // Title, header, one row per session, the total.
    let agenda = xlsx.worksheet_range("日程").expect("the agenda's sheet");
    assert_eq!(
        agenda.height() as u64,
        sessions.as_u64().unwrap() + 3,
        "one row per session"
    );
    let cost = xlsx.worksheet_range("费用").expect("the cost sheet");
    let total_row = cost
        .rows()
        .find(|row| row.first() == Some(&Data::String("合计".into())))
        .expect("a total row");
    match &total_row[1] {
        Data::Float(v) => assert_eq!(v.round(), yuan_on_page(total.as_str().unwrap())),
        other => panic!("the total is a number: {other:?}"),
    }
}

/// On a phone, in both languages, every place fits the screen: nothing scrolls sideways (a
/// phone would otherwise shrink the whole page to fit), all three tabs are in sight, and at
/// 375 px everything on the place, the quote's A4 preview included, stays inside its column.
#[test]
#[ignore = "needs the release bundle: run by `make test`"]
fn at_phone_width_every_place_fits_in_both_languages() {
    let (site, _) = start_site(dist_dir());
    let browser = Browser::start();
    // What sticks out, as "what: left–right" lines (none when the page fits `width`).
    let overflow = |width: u32, column: bool| {
        browser.run(&format!(
            "const out = [];
             const page = document.documentElement.scrollWidth;
             if (page > {width}) out.push(`the page: ${{page}} px wide`);
             const tabs = document.querySelector('.tabs').getBoundingClientRect();
             for (const t of document.querySelectorAll('.tab')) {{
               const r = t.getBoundingClientRect();
               if (r.left < tabs.left - 0.5 || r.right > tabs.right + 0.5)
                 out.push(`tab ${{t.textContent}}: ${{r.left}}–${{r.right}}`);
             }}
             if ({column}) {{
               const place = document.querySelector('main').getBoundingClientRect();
               for (const e of document.querySelectorAll('main *')) {{
                 const r = e.getBoundingClientRect();
                 // A table in its own scrolling region (.table-scroll) may be wider: the region
                 // itself must fit, and scrolls.
                 if (r.width > 0 && r.right > place.right + 0.5 && !e.closest('.tabs, svg')
                     && !e.parentElement.closest('.table-scroll'))
                   out.push(`${{e.tagName}}.${{e.className}} ${{(e.textContent || '').slice(0, 30)}}: ${{r.left}}–${{r.right}}`);
               }}
             }}
             return out.slice(0, 10);"
        ))
    };
    for (width, column) in [(375, true), (360, false)] {
        browser.phone(width);
        for lang in ["zh", "en"] {
            for (path, content) in [
                ("", "total"),
                ("plan", "agenda"),
                ("quote", "quote-total"),
                ("year", "year-empty"),
                ("compare", "compare-empty"),
            ] {
                browser.goto(&format!("{}{path}?lang={lang}", site.url));
                browser.wait_for(
                    &format!("/{path} in {lang}"),
                    &format!("return !!document.querySelector('[data-testid={content}]')"),
                    TRIES,
                );
                let out = overflow(width, column);
                assert_eq!(
                    out,
                    serde_json::json!([]),
                    "/{path} in {lang} at {width} px: what sticks out"
                );
            }
            // Is it worth it, open and answered, with its chart and measurement plan.
            browser.goto(&format!("{}?lang={lang}", site.url));
            browser.wait_for(
                "/",
                "return !!document.querySelector('[data-testid=total]')",
                TRIES,
            );
            browser.run("document.querySelector('[data-testid=roi-open]').click(); return null");
            browser.wait_for(
                "the worth panel",
                "return !!document.querySelector('[data-testid=roi-complaints]')",
                TRIES,
            );
            for (id, value) in [
                ("roi-complaints", "100"),
                ("roi-attribution", "50"),
                ("roi-confidence", "80"),
            ] {
                set_field(&browser, "", id, value);
            }
            browser.wait_for(
                "the break-even",
                "return !!document.querySelector('[data-testid=roi-break-even]')",
                TRIES,
            );
            let out = overflow(width, column);
            assert_eq!(
                out,
                serde_json::json!([]),
                "the worth panel in {lang} at {width} px: what sticks out"
            );
        }
    }
}
