//! Headless Debian Chromium driven through chromedriver: WebDriver is JSON over plain HTTP, so
//! the standard library and serde_json are enough (no driver manager, nothing downloaded).
//! Everything stays on 127.0.0.1, and every wait is a bounded number of short polls.

// Each test binary that includes this file uses only part of it.
#![allow(dead_code)]

use serde_json::{Value, json};
use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

/// How long one poll waits before the next.
const POLL: Duration = Duration::from_millis(50);

pub struct Browser {
    driver: Child,
    port: u16,
    session: String,
    profile: PathBuf,
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port on 127.0.0.1")
        .port()
}

/// One HTTP/1.1 request to chromedriver; the status and the JSON body.
fn http(
    port: u16,
    method: &str,
    path: &str,
    body: Option<&Value>,
) -> std::io::Result<(u16, Value)> {
    let mut stream = TcpStream::connect(("127.0.0.1", port))?;
    stream.set_read_timeout(Some(Duration::from_secs(120)))?;
    let body = body.map(Value::to_string).unwrap_or_default();
    write!(
        stream,
        "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    )?;
    // chromedriver keeps the connection open despite `Connection: close`: read the headers,
    // then as many bytes as Content-Length says (or the chunks, or to the end).
    let mut bytes = Vec::new();
    let mut buffer = [0u8; 16384];
    let split = loop {
        if let Some(split) = bytes.windows(4).position(|w| w == b"\r\n\r\n") {
            break split;
        }
        let n = stream.read(&mut buffer)?;
        if n == 0 {
            return Err(std::io::Error::other("no end of headers"));
        }
        bytes.extend_from_slice(&buffer[..n]);
    };
    let head = String::from_utf8_lossy(&bytes[..split]).to_ascii_lowercase();
    let status = head
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let length = head
        .lines()
        .find_map(|line| line.strip_prefix("content-length:"))
        .and_then(|n| n.trim().parse::<usize>().ok());
    let chunked =
        head.contains("transfer-encoding: chunked") || head.contains("transfer-encoding:chunked");
    let mut payload = bytes[split + 4..].to_vec();
    loop {
        let complete = match length {
            Some(length) => payload.len() >= length,
            None if chunked => payload.ends_with(b"0\r\n\r\n"),
            None => false,
        };
        if complete {
            break;
        }
        let n = stream.read(&mut buffer)?;
        if n == 0 {
            break;
        }
        payload.extend_from_slice(&buffer[..n]);
    }
    if chunked {
        payload = dechunk(&payload);
    }
    let value = serde_json::from_slice(&payload).unwrap_or(Value::Null);
    Ok((status, value))
}

fn dechunk(mut bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    while let Some(end) = bytes.windows(2).position(|w| w == b"\r\n") {
        let size = std::str::from_utf8(&bytes[..end])
            .ok()
            .and_then(|s| usize::from_str_radix(s.split(';').next()?.trim(), 16).ok())
            .unwrap_or(0);
        if size == 0 || bytes.len() < end + 2 + size {
            break;
        }
        out.extend_from_slice(&bytes[end + 2..end + 2 + size]);
        bytes = &bytes[(end + 4 + size).min(bytes.len())..];
    }
    out
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
        let mut browser = Browser {
            driver,
            port,
            session: String::new(),
            profile,
        };
        // chromedriver answers /status once it listens: at most 10 s.
        let ready = (0..200).any(|_| {
            let up = http(port, "GET", "/status", None).is_ok();
            if !up {
                std::thread::sleep(POLL);
            }
            up
        });
        assert!(ready, "chromedriver did not start on port {port}");
        let binary = std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into());
        let caps = json!({"capabilities": {"alwaysMatch": {"goog:chromeOptions": {
            "binary": binary,
            "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
                     "--no-first-run", "--disable-background-networking",
                     "--disable-component-update", "--disable-sync", "--window-size=1280,1600",
                     format!("--user-data-dir={}", browser.profile.display())]
        }}}});
        let session = browser.call("POST", "/session", Some(caps));
        browser.session = session["sessionId"]
            .as_str()
            .unwrap_or_else(|| panic!("no session: {session}"))
            .to_string();
        browser
    }

    fn call(&self, method: &str, path: &str, body: Option<Value>) -> Value {
        let (status, value) = http(self.port, method, path, body.as_ref())
            .unwrap_or_else(|e| panic!("chromedriver: {method} {path}: {e}"));
        assert!(
            status == 200,
            "chromedriver: {method} {path} answered {status}: {value}"
        );
        value["value"].clone()
    }

    fn session_call(&self, method: &str, path: &str, body: Option<Value>) -> Value {
        self.call(method, &format!("/session/{}{path}", self.session), body)
    }

    /// Open `url` (returns once the page has loaded).
    pub fn goto(&self, url: &str) {
        self.session_call("POST", "/url", Some(json!({ "url": url })));
    }

    /// Reload the page (returns once it has loaded).
    pub fn reload(&self) {
        self.session_call("POST", "/refresh", Some(json!({})));
    }

    /// Run `script` (a function body; `return` gives the value) in the page.
    pub fn run(&self, script: &str) -> Value {
        self.session_call(
            "POST",
            "/execute/sync",
            Some(json!({ "script": script, "args": [] })),
        )
    }

    /// Run `script` in the page; it calls `arguments[0](value)` when done.
    pub fn run_async(&self, script: &str) -> Value {
        self.session_call(
            "POST",
            "/execute/async",
            Some(json!({ "script": script, "args": [] })),
        )
    }

    /// How long [`Browser::run_async`] waits for its script (WebDriver's default is 30 s).
    pub fn script_timeout(&self, seconds: u64) {
        self.session_call(
            "POST",
            "/timeouts",
            Some(json!({ "script": seconds * 1000 })),
        );
    }

    /// The page printed to PDF on A4 (print media and the default 1 cm margins, as the print
    /// dialog would): the file's bytes.
    pub fn print_a4(&self) -> Vec<u8> {
        let pdf = self.session_call(
            "POST",
            "/print",
            Some(json!({ "page": { "width": 21.0, "height": 29.7 } })),
        );
        from_base64(pdf.as_str().expect("a PDF in base64"))
    }

    /// Lay the page out for `media` (`print` or `screen`), as Chromium's print preview does.
    pub fn emulate_media(&self, media: &str) {
        self.session_call(
            "POST",
            "/goog/cdp/execute",
            Some(json!({ "cmd": "Emulation.setEmulatedMedia", "params": { "media": media } })),
        );
    }

    /// Lay the page out as a phone `width` CSS pixels wide would (the media queries and the
    /// mobile viewport included), until the browser closes.
    pub fn phone(&self, width: u32) {
        self.session_call(
            "POST",
            "/goog/cdp/execute",
            Some(
                json!({ "cmd": "Emulation.setDeviceMetricsOverride", "params": {
                "width": width, "height": 800, "deviceScaleFactor": 2, "mobile": true } }),
            ),
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

/// Standard base64 (RFC 4648, padded), as WebDriver sends files.
fn from_base64(text: &str) -> Vec<u8> {
    let value = |c: u8| match c {
        b'A'..=b'Z' => c - b'A',
        b'a'..=b'z' => c - b'a' + 26,
        b'0'..=b'9' => c - b'0' + 52,
        b'+' => 62,
        b'/' => 63,
        _ => panic!("not base64: {:?}", c as char),
    };
    let digits: Vec<u8> = text.bytes().filter(|&c| c != b'=').map(value).collect();
    let mut out = Vec::with_capacity(digits.len() * 3 / 4);
    for chunk in digits.chunks(4) {
        let bits = chunk
            .iter()
            .enumerate()
            .fold(0u32, |acc, (i, &d)| acc | (u32::from(d) << (18 - 6 * i)));
        out.extend_from_slice(&bits.to_be_bytes()[1..chunk.len()]);
    }
    out
}

impl Drop for Browser {
    fn drop(&mut self) {
        if !self.session.is_empty() {
            let _ = http(
                self.port,
                "DELETE",
                &format!("/session/{}", self.session),
                None,
            );
        }
        // Only the chromedriver this Browser started, by its own handle.
        let _ = self.driver.kill();
        let _ = self.driver.wait();
        let _ = std::fs::remove_dir_all(&self.profile);
    }
}

#[cfg(test)]
mod tests {
    use super::dechunk;

    #[test]
    fn base64_reads_back_with_and_without_padding() {
        assert_eq!(super::from_base64("JVBERi0="), b"%PDF-");
        assert_eq!(super::from_base64("TWFu"), b"Man");
        assert_eq!(super::from_base64("TWE="), b"Ma");
        assert_eq!(super::from_base64("TQ=="), b"M");
    }

    #[test]
    fn chunked_bodies_are_joined() {
        assert_eq!(
            dechunk(b"4\r\n{\"a\"\r\n3\r\n:1}\r\n0\r\n\r\n"),
            b"{\"a\":1}"
        );
        assert_eq!(dechunk(b"0\r\n\r\n"), b"");
    }
}
