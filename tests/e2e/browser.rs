//! Headless Debian Chromium driven through chromedriver with fantoccini: WebDriver over plain
//! HTTP on 127.0.0.1 (no TLS, no driver manager, nothing downloaded). The tests are plain
//! synchronous `#[test]`s, so each [`Browser`] has a small tokio runtime of its own and every call
//! blocks on it; what the tests call is here as short synchronous wrappers. Every wait is a
//! bounded number of short polls.

use fantoccini::wd::{PrintConfiguration, TimeoutConfiguration, WebDriverCompatibleCommand};
use fantoccini::{Client, ClientBuilder};
use serde_json::{Value, json};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

/// How long one poll waits before the next.
const POLL: Duration = Duration::from_millis(50);

pub struct Browser {
    runtime: tokio::runtime::Runtime,
    client: Option<Client>,
    driver: Child,
    profile: PathBuf,
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port on 127.0.0.1")
        .port()
}

/// A Chrome DevTools command through chromedriver's own endpoint (`goog/cdp/execute`), which
/// WebDriver has no command for.
#[derive(Debug)]
struct DevTools {
    cmd: &'static str,
    params: Value,
}

impl WebDriverCompatibleCommand for DevTools {
    fn endpoint(
        &self,
        base_url: &url::Url,
        session_id: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        let session = session_id.expect("a session");
        base_url.join(&format!("session/{session}/goog/cdp/execute"))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        let body = json!({ "cmd": self.cmd, "params": self.params });
        (http::Method::POST, Some(body.to_string()))
    }
}

impl Browser {
    /// A new chromedriver and a new headless Chromium with a fresh profile: no cache, no
    /// service worker, no local storage from another test.
    pub fn start() -> Browser {
        let driver_binary =
            std::env::var("CHROMEDRIVER").unwrap_or_else(|_| "/usr/bin/chromedriver".into());
        let port = free_port();
        let driver = Command::new(&driver_binary)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| {
                panic!("cannot start {driver_binary}: {e} (make test installs chromium-driver)")
            });
        let profile =
            std::env::temp_dir().join(format!("e2e-webdriver-{}-{port}", std::process::id()));
        let _ = std::fs::remove_dir_all(&profile);
        // Made before anything can fail, so that its Drop stops this chromedriver.
        let mut browser = Browser {
            runtime: tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .expect("a tokio runtime"),
            client: None,
            driver,
            profile,
        };
        // chromedriver listens once it is ready: at most 10 s.
        let ready = (0..200).any(|_| {
            let up = std::net::TcpStream::connect(("127.0.0.1", port)).is_ok();
            if !up {
                std::thread::sleep(POLL);
            }
            up
        });
        assert!(ready, "chromedriver did not start on port {port}");
        let binary = std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into());
        let capabilities = json!({"goog:chromeOptions": {
            "binary": binary,
            "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
                     "--no-first-run", "--disable-background-networking",
                     "--disable-component-update", "--disable-sync", "--window-size=1280,1600",
                     format!("--user-data-dir={}", browser.profile.display())]
        }});
        let Value::Object(capabilities) = capabilities else {
            unreachable!()
        };
        // Plain HTTP: chromedriver is on 127.0.0.1, so no TLS connector is built in.
        let connector = hyper_util::client::legacy::connect::HttpConnector::new();
        let client = browser
            .runtime
            .block_on(
                ClientBuilder::new(connector)
                    .capabilities(capabilities)
                    .connect(&format!("http://127.0.0.1:{port}")),
            )
            .unwrap_or_else(|e| panic!("no WebDriver session: {e}"));
        browser.client = Some(client);
        browser
    }

    /// Run one WebDriver command to its end; panics naming `what` if it fails.
    fn block<T, E: std::fmt::Display>(
        &self,
        what: &str,
        command: impl AsyncFnOnce(&Client) -> Result<T, E>,
    ) -> T {
        let client = self.client.as_ref().expect("a session");
        self.runtime
            .block_on(command(client))
            .unwrap_or_else(|e| panic!("chromedriver: {what}: {e}"))
    }

    /// Open `url` and wait until the app is live (its prerendered view has given way to it).
    pub fn goto(&self, url: &str) {
        self.open_page(url);
        self.wait_for_app();
    }

    /// Open `url` (returns once the page has loaded, whether or not the app has started).
    pub fn open_page(&self, url: &str) {
        self.block(&format!("open {url}"), async |c| c.goto(url).await);
    }

    /// Reload the page and wait until the app is live.
    pub fn reload(&self) {
        self.block("reload", async |c| c.refresh().await);
        self.wait_for_app();
    }

    /// Wait until the app has started: a prerendered page's view is gone and the app's shell is
    /// there (at most 20 s).
    pub fn wait_for_app(&self) {
        self.wait_for(
            "the app to start",
            "return !document.getElementById('prerendered') && !!document.querySelector('.app')",
            400,
        );
    }

    /// Run `script` at the start of every page this browser opens from now on, before the
    /// page's own scripts.
    pub fn before_each_page(&self, script: &str) {
        self.devtools(
            "Page.addScriptToEvaluateOnNewDocument",
            json!({ "source": script }),
        );
    }

    /// The page's own scripts stop running (on this page and the next ones opened); the tests'
    /// scripts still read it, through DevTools.
    pub fn scripts_off(&self) {
        self.devtools(
            "Emulation.setScriptExecutionDisabled",
            json!({ "value": true }),
        );
    }

    /// Hold every request whose URL matches one of `patterns` (`*` for any text) unanswered,
    /// as a slow network would until it arrives (DevTools' Fetch domain pauses it, and nothing
    /// lets it go on).
    pub fn hold_urls(&self, patterns: &[&str]) {
        let patterns: Vec<Value> = patterns
            .iter()
            .map(|p| json!({ "urlPattern": p }))
            .collect();
        self.devtools("Fetch.enable", json!({ "patterns": patterns }));
    }

    /// Refuse every request whose URL matches one of `patterns` (`*` for any text), as a
    /// network that cannot fetch them would.
    pub fn block_urls(&self, patterns: &[&str]) {
        self.devtools("Network.enable", json!({}));
        self.devtools("Network.setBlockedURLs", json!({ "urls": patterns }));
    }

    /// Run `script` (a function body; `return` gives the value) in the page.
    pub fn run(&self, script: &str) -> Value {
        self.block("run a script", async |c| c.execute(script, vec![]).await)
    }

    /// Run `script` in the page; it calls `arguments[0](value)` when done.
    pub fn run_async(&self, script: &str) -> Value {
        self.block("run an async script", async |c| {
            c.execute_async(script, vec![]).await
        })
    }

    /// How long [`Browser::run_async`] waits for its script (WebDriver's default is 30 s).
    pub fn script_timeout(&self, seconds: u64) {
        let timeouts = TimeoutConfiguration::new(Some(Duration::from_secs(seconds)), None, None);
        self.block("set the script timeout", async |c| {
            c.update_timeouts(timeouts).await
        });
    }

    /// The page printed to PDF on A4 (print media and the default 1 cm margins, as the print
    /// dialog would): the file's bytes.
    pub fn print_a4(&self) -> Vec<u8> {
        // fantoccini's default configuration is WebDriver's: A4, portrait, 1 cm margins, scale 1.
        self.block("print", async |c| {
            c.print(PrintConfiguration::default()).await
        })
    }

    fn devtools(&self, cmd: &'static str, params: Value) {
        self.block(cmd, async |c| c.issue_cmd(DevTools { cmd, params }).await);
    }

    /// Lay the page out for `media` (`print` or `screen`), as Chromium's print preview does.
    pub fn emulate_media(&self, media: &str) {
        self.devtools("Emulation.setEmulatedMedia", json!({ "media": media }));
    }

    /// Lay the page out as a phone `width` CSS pixels wide would (the media queries and the
    /// mobile viewport included), until the browser closes.
    pub fn phone(&self, width: u32) {
        self.devtools(
            "Emulation.setDeviceMetricsOverride",
            json!({ "width": width, "height": 800, "deviceScaleFactor": 2, "mobile": true }),
        );
    }

    /// Poll `script` until it returns something other than null, false or "", at most `tries`
    /// times, 50 ms apart; panics naming `what` if it never does.
    pub fn wait_for(&self, what: &str, script: &str, tries: u32) -> Value {
        for _ in 0..tries {
            let value = self.run(script);
            if !matches!(&value, Value::Null | Value::Bool(false)) && value.as_str() != Some("") {
                return value;
            }
            std::thread::sleep(POLL);
        }
        let page = self.run("return document.documentElement.outerHTML");
        panic!("waited in vain for {what} ({tries} tries):\n{page}");
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        if let Some(client) = self.client.take() {
            // Ends the session, which closes Chromium.
            let _ = self.runtime.block_on(client.close());
        }
        // Only the chromedriver this Browser started, by its own handle.
        let _ = self.driver.kill();
        let _ = self.driver.wait();
        let _ = std::fs::remove_dir_all(&self.profile);
    }
}
