//! End to end: the release bundle in `dist/`, served on 127.0.0.1, opened in headless Chromium.
//!
//! Needs a release build first, so plain `cargo test` skips it; `make test` builds the bundle
//! and runs it with `cargo test --test e2e -- --ignored`. Screenshots go to `target/e2e/` for a
//! person to look at.
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;
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

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        Some("js") => "text/javascript",
        Some("wasm") => "application/wasm",
        Some("css") => "text/css",
        Some("png") => "image/png",
        _ => "application/octet-stream",
    }
}

/// Serve `dir` on an ephemeral loopback port; returns the base URL. The server thread ends with
/// the test process.
fn serve(dir: PathBuf) -> String {
    let server = Arc::new(tiny_http::Server::http("127.0.0.1:0").expect("bind 127.0.0.1"));
    let port = server.server_addr().to_ip().expect("an IP listener").port();
    thread::spawn(move || {
        for request in server.incoming_requests() {
            let path = request
                .url()
                .split(['?', '#'])
                .next()
                .unwrap_or("/")
                .trim_start_matches('/')
                .to_string();
            let file = if path.is_empty() || path.contains("..") {
                dir.join("index.html")
            } else {
                dir.join(&path)
            };
            let response = match std::fs::read(&file) {
                Ok(bytes) => {
                    let header =
                        tiny_http::Header::from_bytes("Content-Type", content_type(&file)).unwrap();
                    tiny_http::Response::from_data(bytes)
                        .with_header(header)
                        .boxed()
                }
                Err(_) => tiny_http::Response::from_string("not found")
                    .with_status_code(404)
                    .boxed(),
            };
            let _ = request.respond(response);
        }
    });
    format!("http://127.0.0.1:{port}/")
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
