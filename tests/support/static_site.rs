//! A static file server for the built app in `dist/`, on 127.0.0.1 only. `make serve` runs it
//! (examples/serve.rs) and the end-to-end tests start one of their own.
//!
//! What it does that a plain file server does not, so that it serves the app the way it should
//! be served from any host (README, "Putting dist/ on a static host"):
//! * the app's routes (`/plan`, `/quote`, any path without a file extension that is not a file)
//!   are answered with `index.html`, status 200: the app reads the route itself; a missing file
//!   with an extension (`/missing.js`) is still a 404;
//! * files precompressed by `scripts/finish-dist.sh` (`FILE.br`, `FILE.gz`) are sent when the
//!   request's `Accept-Encoding` allows them, brotli first, with `Vary: Accept-Encoding`;
//! * `Cache-Control`: the files whose names never change (`index.html`, `sw.js`, `start.js`, the
//!   manifest, the icons) are revalidated on every load (`no-cache`); trunk's hashed files can
//!   be kept for a year (`immutable`).
//!
//! Nothing outside the folder is ever served.

// Each test binary that includes this file uses only part of it.
#![allow(dead_code)]

use std::io::{ErrorKind, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::Duration;

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        Some("js") => "text/javascript; charset=utf-8",
        Some("wasm") => "application/wasm",
        Some("css") => "text/css; charset=utf-8",
        Some("json") => "application/json",
        Some("webmanifest") => "application/manifest+json",
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        Some("ico") => "image/x-icon",
        Some("txt") => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

/// The path part of a request target: no query, no fragment.
fn url_path(url: &str) -> &str {
    url.split(['?', '#']).next().unwrap_or("/")
}

/// Whether the last segment of a URL path names a file by its extension (`/a/b.js`), as
/// opposed to a route of the app (`/plan`, `/plan/`, `/`).
fn has_extension(path: &str) -> bool {
    path.rsplit('/')
        .next()
        .is_some_and(|last| last.contains('.'))
}

/// The file a URL path names inside `dir`: a folder means its `index.html`. `None` for a path
/// that would leave `dir` (`..`, a root, a prefix) or that has a NUL byte or a backslash.
fn file_for(dir: &Path, url: &str) -> Option<PathBuf> {
    let path = url_path(url);
    if path.contains(['\0', '\\']) {
        return None;
    }
    let relative = Path::new(path.trim_start_matches('/'));
    if relative
        .components()
        .any(|c| !matches!(c, Component::Normal(_)))
    {
        return None;
    }
    let file = dir.join(relative);
    Some(if path.ends_with('/') || file.is_dir() {
        file.join("index.html")
    } else {
        file
    })
}

/// What a request for `url` is answered with: the file to send, or `None` for a 404. A path
/// without an extension that names no file is one of the app's routes: `index.html`.
fn resolve(dir: &Path, url: &str) -> Option<PathBuf> {
    let file = file_for(dir, url)?;
    if file.is_file() {
        Some(file)
    } else if !has_extension(url_path(url)) {
        Some(dir.join("index.html")).filter(|index| index.is_file())
    } else {
        None
    }
}

/// Whether an `Accept-Encoding` header value allows `coding` (RFC 9110 §12.5.3: listed, or
/// covered by `*`, with a q-value above 0).
fn accepts(header: &str, coding: &str) -> bool {
    let mut star = None;
    for item in header.split(',') {
        let mut parts = item.split(';');
        let name = parts.next().unwrap_or("").trim();
        let q = parts
            .filter_map(|p| {
                let (key, value) = p.split_once('=')?;
                (key.trim().eq_ignore_ascii_case("q")).then(|| value.trim().parse::<f32>().ok())?
            })
            .next()
            .unwrap_or(1.0);
        if name.eq_ignore_ascii_case(coding) {
            return q > 0.0;
        }
        if name == "*" {
            star = Some(q > 0.0);
        }
    }
    star.unwrap_or(false)
}

/// The precompressed copy of `file` to send for this `Accept-Encoding` and its coding:
/// `FILE.br` if brotli is allowed and it exists, else `FILE.gz` for gzip, else `None` (the
/// file as it is).
fn encoded(file: &Path, accept_encoding: &str) -> Option<(PathBuf, &'static str)> {
    [("br", "br"), ("gzip", "gz")]
        .into_iter()
        .filter(|(coding, _)| accepts(accept_encoding, coding))
        .map(|(coding, ext)| {
            let mut name = file.as_os_str().to_owned();
            name.push(".");
            name.push(ext);
            (PathBuf::from(name), coding)
        })
        .find(|(copy, _)| copy.is_file())
}

/// Whether a file name carries trunk's content hash (`estimate-1a2b3c4d5e6f7a8b.js`,
/// `estimate-1a2b3c4d5e6f7a8b_bg.wasm`): such a file never changes under its name.
fn is_hashed(file: &Path) -> bool {
    let Some(stem) = file.file_stem().and_then(|s| s.to_str()) else {
        return false;
    };
    let stem = stem.strip_suffix("_bg").unwrap_or(stem);
    stem.rsplit_once('-').is_some_and(|(_, hash)| {
        (8..=16).contains(&hash.len()) && hash.bytes().all(|b| b.is_ascii_hexdigit())
    })
}

fn cache_control(file: &Path) -> &'static str {
    if is_hashed(file) {
        "public, max-age=31536000, immutable"
    } else {
        // index.html, sw.js, start.js, the manifest, the icons: their names stay the same from
        // one release to the next, so the browser asks each time (a 304-sized answer at most).
        "no-cache"
    }
}

/// The status, headers and body of the answer to a GET for `url` with this `Accept-Encoding`.
fn answer(
    dir: &Path,
    url: &str,
    accept_encoding: &str,
) -> (u16, Vec<(&'static str, String)>, Vec<u8>) {
    let Some(file) = resolve(dir, url) else {
        return (
            404,
            vec![("Content-Type", "text/plain; charset=utf-8".into())],
            b"not found".to_vec(),
        );
    };
    let (body_file, coding) = match encoded(&file, accept_encoding) {
        Some((copy, coding)) => (copy, Some(coding)),
        None => (file.clone(), None),
    };
    let Ok(body) = std::fs::read(&body_file) else {
        return (404, vec![], b"not found".to_vec());
    };
    let mut headers = vec![
        ("Content-Type", content_type(&file).to_string()),
        ("Cache-Control", cache_control(&file).to_string()),
        ("Vary", "Accept-Encoding".to_string()),
        ("X-Content-Type-Options", "nosniff".to_string()),
    ];
    if let Some(coding) = coding {
        headers.push(("Content-Encoding", coding.to_string()));
    }
    (200, headers, body)
}

/// What HTTP calls a status.
fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        404 => "Not Found",
        405 => "Method Not Allowed",
        _ => "Bad Request",
    }
}

/// How long a connection's thread waits for bytes before it looks whether the site was stopped.
const TICK: Duration = Duration::from_millis(20);

/// Answer the requests of one connection, one after the other (HTTP/1.1 keep-alive), until the
/// client closes it, asks for `Connection: close`, or the site is stopped: then the connection
/// is closed, and a request that arrives after the stop is not answered.
/// The request targets received so far, in order (`/`, `/sw.js`, `/plan?modules=1-3`).
type Log = Mutex<Vec<String>>;

fn connection(dir: &Path, mut stream: TcpStream, stopped: &AtomicBool, received: &Log) {
    if stream.set_read_timeout(Some(TICK)).is_err()
        || stream
            .set_write_timeout(Some(Duration::from_secs(60)))
            .is_err()
    {
        return;
    }
    let mut bytes = Vec::new();
    let mut chunk = [0u8; 8192];
    loop {
        let end = loop {
            if stopped.load(Ordering::SeqCst) {
                return;
            }
            if let Some(end) = bytes.windows(4).position(|w| w == b"\r\n\r\n") {
                break end;
            }
            if bytes.len() > 64 * 1024 {
                return;
            }
            match stream.read(&mut chunk) {
                Ok(0) => return,
                Ok(n) => bytes.extend_from_slice(&chunk[..n]),
                Err(e) if matches!(e.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut) => {}
                Err(_) => return,
            }
        };
        let head = String::from_utf8_lossy(&bytes[..end]).into_owned();
        bytes.drain(..end + 4);

        let mut lines = head.split("\r\n");
        let mut request_line = lines.next().unwrap_or("").split(' ');
        let (method, target, version) = (
            request_line.next().unwrap_or(""),
            request_line.next().unwrap_or("/"),
            request_line.next().unwrap_or(""),
        );
        received
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .push(target.to_string());
        let field = |name: &str| {
            head.split("\r\n").skip(1).find_map(|line| {
                let (key, value) = line.split_once(':')?;
                key.trim()
                    .eq_ignore_ascii_case(name)
                    .then(|| value.trim().to_string())
            })
        };
        // A request body (none is expected) is read and dropped.
        let body_length: usize = field("Content-Length")
            .and_then(|n| n.parse().ok())
            .unwrap_or(0);
        while bytes.len() < body_length {
            match stream.read(&mut chunk) {
                Ok(0) => return,
                Ok(n) => bytes.extend_from_slice(&chunk[..n]),
                Err(e) if matches!(e.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut) => {
                    if stopped.load(Ordering::SeqCst) {
                        return;
                    }
                }
                Err(_) => return,
            }
        }
        bytes.drain(..body_length);
        let close = version != "HTTP/1.1"
            || field("Connection").is_some_and(|c| c.eq_ignore_ascii_case("close"));

        let (status, headers, body) = if matches!(method, "GET" | "HEAD") {
            answer(dir, target, &field("Accept-Encoding").unwrap_or_default())
        } else {
            (
                405,
                vec![("Allow", "GET, HEAD".to_string())],
                b"method not allowed".to_vec(),
            )
        };
        let mut response = format!("HTTP/1.1 {status} {}\r\n", reason(status));
        for (name, value) in headers {
            response.push_str(&format!("{name}: {value}\r\n"));
        }
        response.push_str(&format!("Content-Length: {}\r\n", body.len()));
        if close {
            response.push_str("Connection: close\r\n");
        }
        response.push_str("\r\n");
        let mut response = response.into_bytes();
        if method != "HEAD" {
            response.extend_from_slice(&body);
        }
        if stream.write_all(&response).is_err() || close {
            return;
        }
    }
}

/// A running server: its base URL, and a way to stop it.
pub struct Site {
    /// `http://127.0.0.1:PORT/`
    pub url: String,
    /// The address it listens on.
    pub address: std::net::SocketAddr,
    stopped: Arc<AtomicBool>,
    received: Arc<Log>,
    thread: Option<thread::JoinHandle<()>>,
}

impl Site {
    /// Stop serving, as if the machine had gone: once this returns, new connections are
    /// refused, and kept-alive connections are closed within a few milliseconds, a request on
    /// one of them unanswered.
    pub fn stop(&mut self) {
        self.stopped.store(true, Ordering::SeqCst);
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }

    /// How many requests it has received so far (each is counted before it is answered).
    pub fn received(&self) -> usize {
        self.requested().len()
    }

    /// The target of every request received so far, in order (`/`, `/sw.js`, `/plan?x=1`).
    pub fn requested(&self) -> Vec<String> {
        self.received
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .clone()
    }

    /// Serve until the process ends (`make serve`).
    pub fn wait(mut self) {
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

impl Drop for Site {
    fn drop(&mut self) {
        self.stop();
    }
}

/// Serve `dir` at `address` (`127.0.0.1:0` picks a free port) on a thread of its own.
pub fn start(dir: PathBuf, address: &str) -> Site {
    let listener =
        TcpListener::bind(address).unwrap_or_else(|e| panic!("cannot listen on {address}: {e}"));
    let address = listener.local_addr().expect("a local address");
    // Accepting without blocking, so that the thread sees a stop at once.
    listener
        .set_nonblocking(true)
        .expect("a non-blocking listener");
    let dir = Arc::new(dir);
    let stopped = Arc::new(AtomicBool::new(false));
    let received = Arc::new(Log::default());
    let thread = {
        let (stopped, received) = (Arc::clone(&stopped), Arc::clone(&received));
        thread::spawn(move || {
            while !stopped.load(Ordering::SeqCst) {
                match listener.accept() {
                    Ok((stream, _)) => {
                        // Each connection on a thread of its own, as a browser loads several
                        // files at once: a large file written to one connection must not hold
                        // up the others.
                        let (dir, stopped, received) = (
                            Arc::clone(&dir),
                            Arc::clone(&stopped),
                            Arc::clone(&received),
                        );
                        if stream.set_nonblocking(false).is_ok() {
                            thread::spawn(move || connection(&dir, stream, &stopped, &received));
                        }
                    }
                    Err(_) => thread::sleep(Duration::from_millis(5)),
                }
            }
            // Dropping the listener closes the port: connections are refused from now on.
            drop(listener);
        })
    };
    Site {
        url: format!("http://127.0.0.1:{}/", address.port()),
        address,
        stopped,
        received,
        thread: Some(thread),
    }
}

/// Serve `dir` at `address` for the rest of the process; returns the base URL.
pub fn serve(dir: PathBuf, address: &str) -> String {
    let site = start(dir, address);
    let url = site.url.clone();
    std::mem::forget(site);
    url
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A fresh folder laid out like dist/ after scripts/finish-dist.sh.
    fn dist(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!(
            "static-site-{name}-{}-{:?}",
            std::process::id(),
            thread::current().id()
        ));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("plan")).unwrap();
        for (file, text) in [
            ("index.html", "<!DOCTYPE html>app"),
            ("plan/index.html", "<!DOCTYPE html>app"),
            ("estimate-0123456789abcdef.js", "js"),
            ("estimate-0123456789abcdef_bg.wasm", "wasm"),
            ("estimate-0123456789abcdef_bg.wasm.br", "wasm in brotli"),
            ("estimate-0123456789abcdef_bg.wasm.gz", "wasm in gzip"),
            ("start.js", "start"),
            ("start.js.gz", "start in gzip"),
            ("sw.js", "worker"),
            ("manifest.webmanifest", "{}"),
            ("icon.svg", "<svg/>"),
        ] {
            std::fs::write(dir.join(file), text).unwrap();
        }
        dir
    }

    fn header_of<'a>(headers: &'a [(&str, String)], name: &str) -> Option<&'a str> {
        headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    #[test]
    fn a_folder_is_its_index_and_nothing_outside_the_folder_is_served() {
        let dist = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        assert_eq!(file_for(&dist, "/"), Some(dist.join("index.html")));
        assert_eq!(
            file_for(&dist, "/?people=30"),
            Some(dist.join("index.html"))
        );
        assert_eq!(
            file_for(&dist, "/plan/"),
            Some(dist.join("plan").join("index.html"))
        );
        // A real folder without its slash (src/app here) is still its index.
        assert_eq!(
            file_for(&dist, "/app"),
            Some(dist.join("app").join("index.html"))
        );
        assert_eq!(
            file_for(&dist, "/quote/quote-1_bg.wasm#x"),
            Some(dist.join("quote").join("quote-1_bg.wasm"))
        );
        for outside in [
            "/../Cargo.toml",
            "/plan/../../Cargo.toml",
            "/./lib.rs",
            "/..",
            "/a\\..\\..\\Cargo.toml",
            "/lib.rs\0.html",
        ] {
            assert_eq!(file_for(&dist, outside), None, "{outside}");
            assert_eq!(resolve(&dist, outside), None, "{outside}");
        }
    }

    #[test]
    fn the_apps_routes_are_its_index_and_a_missing_file_is_not_found() {
        let dir = dist("routes");
        let index = dir.join("index.html");
        for route in [
            "/",
            "/plan",
            "/quote",
            "/quote/",
            "/anything/deep",
            "/plan?modules=1-3",
        ] {
            let expected = if route == "/plan" || route.starts_with("/plan?") {
                // A folder that exists: its own index (a copy of the app's, for static hosts).
                dir.join("plan/index.html")
            } else {
                index.clone()
            };
            assert_eq!(resolve(&dir, route), Some(expected), "{route}");
            let (status, headers, body) = answer(&dir, route, "");
            assert_eq!(status, 200, "{route}");
            assert_eq!(body, b"<!DOCTYPE html>app", "{route}");
            assert_eq!(
                header_of(&headers, "Content-Type"),
                Some("text/html; charset=utf-8")
            );
            assert_eq!(header_of(&headers, "Cache-Control"), Some("no-cache"));
        }
        for missing in [
            "/missing.js",
            "/plan/missing.wasm",
            "/deep/er/x.css",
            "/manifest.json",
        ] {
            assert_eq!(resolve(&dir, missing), None, "{missing}");
            assert_eq!(answer(&dir, missing, "gzip, br").0, 404, "{missing}");
        }
        // Refused, not the app's index: a path that leaves the folder.
        assert_eq!(answer(&dir, "/../index.html", "").0, 404);
        assert_eq!(answer(&dir, "/plan/../../x", "").0, 404);
        std::fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn accept_encoding_is_read_with_its_q_values() {
        assert!(accepts("gzip, deflate, br, zstd", "br"));
        assert!(accepts("gzip, deflate, br, zstd", "gzip"));
        assert!(accepts("GZIP", "gzip"));
        assert!(accepts("gzip;q=0.5, br;q=1.0", "br"));
        assert!(!accepts("gzip, br;q=0", "br"));
        assert!(!accepts("gzip;q=0.000, br", "gzip"));
        assert!(!accepts("", "gzip"));
        assert!(!accepts("identity", "br"));
        assert!(accepts("*", "br"));
        assert!(!accepts("*;q=0", "gzip"));
        assert!(!accepts("*, br;q=0", "br"), "an explicit q=0 beats *");
        assert!(!accepts("brotli", "br"), "names are compared whole");
    }

    #[test]
    fn a_precompressed_copy_is_sent_when_the_request_allows_it() {
        let dir = dist("encoding");
        let wasm = "/estimate-0123456789abcdef_bg.wasm";
        for (accept, body, coding) in [
            ("gzip, deflate, br, zstd", "wasm in brotli", Some("br")),
            ("br", "wasm in brotli", Some("br")),
            ("gzip, deflate", "wasm in gzip", Some("gzip")),
            ("gzip, br;q=0", "wasm in gzip", Some("gzip")),
            ("", "wasm", None),
            ("identity", "wasm", None),
            ("deflate", "wasm", None),
        ] {
            let (status, headers, sent) = answer(&dir, wasm, accept);
            assert_eq!(status, 200);
            assert_eq!(sent, body.as_bytes(), "Accept-Encoding: {accept}");
            assert_eq!(header_of(&headers, "Content-Encoding"), coding, "{accept}");
            // The type is the file's, not its compressed copy's.
            assert_eq!(
                header_of(&headers, "Content-Type"),
                Some("application/wasm")
            );
            assert_eq!(header_of(&headers, "Vary"), Some("Accept-Encoding"));
            assert_eq!(
                header_of(&headers, "Cache-Control"),
                Some("public, max-age=31536000, immutable")
            );
        }
        // Only a gzip copy of start.js: brotli-first still falls back to it.
        let (_, headers, sent) = answer(&dir, "/start.js", "br, gzip");
        assert_eq!(sent, b"start in gzip");
        assert_eq!(header_of(&headers, "Content-Encoding"), Some("gzip"));
        assert_eq!(header_of(&headers, "Cache-Control"), Some("no-cache"));
        // No copy at all: the file as it is, still with Vary.
        let (_, headers, sent) = answer(&dir, "/sw.js", "br, gzip");
        assert_eq!(sent, b"worker");
        assert_eq!(header_of(&headers, "Content-Encoding"), None);
        assert_eq!(header_of(&headers, "Vary"), Some("Accept-Encoding"));
        std::fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn each_kind_of_file_has_its_type_and_caching() {
        for (file, kind, cache) in [
            (
                "manifest.webmanifest",
                "application/manifest+json",
                "no-cache",
            ),
            ("icon.svg", "image/svg+xml", "no-cache"),
            ("icon-192.png", "image/png", "no-cache"),
            ("favicon.ico", "image/x-icon", "no-cache"),
            ("data.json", "application/json", "no-cache"),
            ("sw.js", "text/javascript; charset=utf-8", "no-cache"),
            ("start.js", "text/javascript; charset=utf-8", "no-cache"),
            ("index.html", "text/html; charset=utf-8", "no-cache"),
            (
                "app-8f2e0c1d9a7b6c5d.css",
                "text/css; charset=utf-8",
                "public, max-age=31536000, immutable",
            ),
            (
                "estimate-8f2e0c1d9a7b6c5d.js",
                "text/javascript; charset=utf-8",
                "public, max-age=31536000, immutable",
            ),
        ] {
            assert_eq!(content_type(Path::new(file)), kind, "{file}");
            assert_eq!(cache_control(Path::new(file)), cache, "{file}");
        }
        // Not a hash: too short, or not hex.
        assert!(!is_hashed(Path::new("place-tabs.js")));
        assert!(!is_hashed(Path::new("icon-192.png")));
        assert!(!is_hashed(Path::new("estimate-zz23456789abcdef.js")));
    }

    /// One GET over a real socket, bounded by a timeout; the status line and headers, and the
    /// body.
    fn get(site: &Site, path: &str, accept_encoding: &str) -> (String, Vec<u8>) {
        let mut stream = std::net::TcpStream::connect(site.address).unwrap();
        stream
            .set_read_timeout(Some(Duration::from_secs(10)))
            .unwrap();
        write!(
            stream,
            "GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept-Encoding: {accept_encoding}\r\nConnection: close\r\n\r\n"
        )
        .unwrap();
        let mut bytes = Vec::new();
        stream.read_to_end(&mut bytes).unwrap();
        let split = bytes.windows(4).position(|w| w == b"\r\n\r\n").unwrap();
        (
            String::from_utf8_lossy(&bytes[..split]).into_owned(),
            bytes[split + 4..].to_vec(),
        )
    }

    #[test]
    fn over_http_routes_fall_back_encodings_are_negotiated_and_a_stopped_site_is_gone() {
        let dir = dist("http");
        let mut site = start(dir.clone(), "127.0.0.1:0");
        assert!(site.url.starts_with("http://127.0.0.1:"));

        let (head, body) = get(&site, "/quote", "gzip, br");
        assert!(head.starts_with("HTTP/1.1 200"), "{head}");
        assert_eq!(body, b"<!DOCTYPE html>app");
        assert!(head.contains("Cache-Control: no-cache"), "{head}");

        let (head, _) = get(&site, "/missing.js", "gzip, br");
        assert!(head.starts_with("HTTP/1.1 404"), "{head}");

        let (head, body) = get(&site, "/estimate-0123456789abcdef_bg.wasm", "gzip, br");
        assert!(head.contains("Content-Encoding: br"), "{head}");
        assert!(head.contains("Vary: Accept-Encoding"), "{head}");
        assert!(head.contains("Content-Type: application/wasm"), "{head}");
        assert_eq!(body, b"wasm in brotli");

        let (head, _) = get(&site, "/../Cargo.toml", "");
        assert!(head.starts_with("HTTP/1.1 404"), "{head}");
        assert_eq!(site.received(), 4);

        // Two requests on one kept-alive connection, the second a HEAD (no body).
        let mut stream = TcpStream::connect(site.address).unwrap();
        stream
            .set_read_timeout(Some(Duration::from_secs(10)))
            .unwrap();
        stream
            .write_all(b"GET /sw.js HTTP/1.1\r\nHost: x\r\n\r\nHEAD /icon.svg HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
            .unwrap();
        let mut both = Vec::new();
        stream.read_to_end(&mut both).unwrap();
        let both = String::from_utf8(both).unwrap();
        assert_eq!(both.matches("HTTP/1.1 200 OK").count(), 2, "{both}");
        assert!(both.contains("Content-Length: 6\r\n"), "{both}");
        assert!(both.contains("\r\n\r\nworkerHTTP/1.1 200 OK"), "{both}");
        assert!(both.ends_with("Connection: close\r\n\r\n"), "{both}");
        assert_eq!(site.received(), 6);

        // A connection kept open across the stop is closed, its request unanswered.
        let mut kept = TcpStream::connect(site.address).unwrap();
        kept.set_read_timeout(Some(Duration::from_secs(10)))
            .unwrap();
        thread::sleep(Duration::from_millis(50));
        site.stop();
        let _ = kept.write_all(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        let mut answer = Vec::new();
        let _ = kept.read_to_end(&mut answer);
        assert!(answer.is_empty(), "{}", String::from_utf8_lossy(&answer));
        assert!(
            TcpStream::connect(site.address).is_err(),
            "a stopped site refuses connections"
        );
        std::fs::remove_dir_all(dir).unwrap();
    }
}
