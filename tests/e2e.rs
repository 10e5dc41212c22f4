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

#[path = "support/static_site.rs"]
mod static_site;

/// Serve `dir` on a free loopback port for the rest of the test process; returns the base URL.
fn serve(dir: PathBuf) -> String {
    static_site::serve(dir, "127.0.0.1:0")
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
    let url = serve(dist_dir());
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
fn the_planner_and_the_quote_desk_open_as_pages_of_their_own() {
    let url = serve(dist_dir());
    for (path, heading, own_content) in [
        ("plan/", "课程规划</h2>", "data-testid=\"agenda\""),
        ("quote/", "报价与预算</h2>", "data-testid=\"quote-total\""),
    ] {
        let dom = chromium(&["--dump-dom", &format!("{url}{path}")]);
        for expected in [heading, own_content, "href=\"../\""] {
            assert!(dom.contains(expected), "{path} lacks {expected:?}:\n{dom}");
        }
        assert!(
            !dom.contains("data-testid=\"error\""),
            "{path} shows an error:\n{dom}"
        );
        // Each page loads its own bundle, not the estimator's.
        let page = path.trim_end_matches('/');
        assert!(dom.contains(&format!("data-wasm=\"./{page}-")), "{dom}");
    }
    let plan = screenshot(&format!("{url}plan/"), "plan-desktop.png", 1200, 1600);
    let quote = screenshot(&format!("{url}quote/"), "quote-desktop.png", 1200, 1600);
    println!("screenshots: {} {}", plan.display(), quote.display());
}

#[test]
#[ignore = "needs the release bundle: run by `make test`"]
fn a_plan_link_made_for_the_estimators_address_opens_the_planner() {
    // Plan links made before the planner had its own page point at the estimator.
    let url = serve(dist_dir());
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
    use training_planner::model::Catalog;
    use training_planner::model::cost::Costing;
    use training_planner::model::money::cny;
    use training_planner::share::open::open;

    let query = "?people=45&city=shanghai&mode=online&trainer=expert&depth=deep&hours=12&lang=en";
    let catalog = Catalog::embedded().unwrap();
    let opened = open(query, &catalog);
    assert!(opened.issues.is_empty());
    let expected = Costing::new(&catalog, &opened.scenario)
        .unwrap()
        .estimate(&catalog)
        .unwrap();

    let url = serve(dist_dir());
    let dom = chromium(&["--dump-dom", &format!("{url}{query}")]);
    assert_eq!(
        test_id_text(&dom, "total").as_deref(),
        Some(cny(expected.total.likely).as_str()),
        "{dom}"
    );
    assert_eq!(
        test_id_text(&dom, "per-person").as_deref(),
        Some(cny(expected.per_participant.likely).as_str())
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
