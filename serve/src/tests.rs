//! The server over real HTTP on a loopback port: requests written by hand on a `TcpStream`, so
//! that what goes over the wire (status, headers, body, keep-alive, a stop) is what is checked.

use super::*;
use std::io::{Read, Write};
use std::net::TcpStream;

/// A fresh folder laid out like dist/ after scripts/finish-dist.sh, inside a folder that also
/// holds a file that must never be served (`../secret.txt`).
fn dist(name: &str) -> PathBuf {
    let root = std::env::temp_dir().join(format!("serve-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    let dir = root.join("dist");
    std::fs::create_dir_all(dir.join("plan")).unwrap();
    std::fs::write(root.join("secret.txt"), "secret").unwrap();
    for (file, text) in [
        ("index.html", "<!DOCTYPE html>app"),
        ("index.html.br", "app in brotli"),
        // finish-dist.sh's copy for hosts without rewrites; told apart here to see which is sent.
        ("plan/index.html", "<!DOCTYPE html>plan copy"),
        ("estimate-0123456789abcdef.js", "js"),
        ("estimate-0123456789abcdef_bg.wasm", "wasm"),
        ("estimate-0123456789abcdef_bg.wasm.br", "wasm in brotli"),
        ("estimate-0123456789abcdef_bg.wasm.gz", "wasm in gzip"),
        ("app-8f2e0c1d9a7b6c5d.css", "css"),
        ("start.js", "start"),
        ("start.js.gz", "start in gzip"),
        ("sw.js", "worker"),
        ("xlsx-worker_bg.wasm", "writer"),
        ("manifest.webmanifest", "{}"),
        ("icon.svg", "<svg/>"),
        ("icon-192.png", "png"),
        ("favicon.ico", "ico"),
        ("data.json", "{}"),
    ] {
        std::fs::write(dir.join(file), text).unwrap();
    }
    dir
}

fn remove(dir: &Path) {
    std::fs::remove_dir_all(dir.parent().unwrap()).unwrap();
}

/// One HTTP response as it came over the wire.
#[derive(Debug)]
struct Answer {
    status: u16,
    /// Names in lower case, as hyper writes them.
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Answer {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

/// The responses in `bytes`, one after the other; a response to a HEAD (`heads` says which, in
/// order) has no body whatever its Content-Length.
fn parse(mut bytes: &[u8], heads: &[bool]) -> Vec<Answer> {
    let mut answers = Vec::new();
    for &head in heads {
        let split = bytes
            .windows(4)
            .position(|w| w == b"\r\n\r\n")
            .unwrap_or_else(|| panic!("no end of headers in {:?}", String::from_utf8_lossy(bytes)));
        let text = String::from_utf8(bytes[..split].to_vec()).unwrap();
        let mut lines = text.split("\r\n");
        let status_line = lines.next().unwrap();
        assert!(status_line.starts_with("HTTP/1.1 "), "{status_line}");
        let status = status_line[9..12].parse().unwrap();
        let headers: Vec<(String, String)> = lines
            .map(|line| {
                let (name, value) = line.split_once(':').unwrap();
                (name.trim().to_ascii_lowercase(), value.trim().to_string())
            })
            .collect();
        let length = if head {
            0
        } else {
            headers
                .iter()
                .find(|(n, _)| n == "content-length")
                .map_or(0, |(_, v)| v.parse().unwrap())
        };
        let body = bytes[split + 4..split + 4 + length].to_vec();
        bytes = &bytes[split + 4 + length..];
        answers.push(Answer {
            status,
            headers,
            body,
        });
    }
    assert!(bytes.is_empty(), "more than asked for: {bytes:?}");
    answers
}

/// Write `raw` on a new connection and read until the server closes it (bounded by a timeout).
fn exchange(site: &Site, raw: &[u8]) -> Vec<u8> {
    let mut stream = TcpStream::connect(site.address).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    stream.write_all(raw).unwrap();
    let mut bytes = Vec::new();
    stream.read_to_end(&mut bytes).unwrap();
    bytes
}

/// One GET for `target` with this `Accept-Encoding` (none when empty) and extra header lines.
fn get_with(site: &Site, target: &str, accept_encoding: &str, extra: &str) -> Answer {
    let accept = if accept_encoding.is_empty() {
        String::new()
    } else {
        format!("Accept-Encoding: {accept_encoding}\r\n")
    };
    let raw = format!(
        "GET {target} HTTP/1.1\r\nHost: 127.0.0.1\r\n{accept}{extra}Connection: close\r\n\r\n"
    );
    parse(&exchange(site, raw.as_bytes()), &[false])
        .pop()
        .unwrap()
}

fn get(site: &Site, target: &str, accept_encoding: &str) -> Answer {
    get_with(site, target, accept_encoding, "")
}

fn serve(dir: &Path) -> Site {
    start(router(dir), 0).unwrap()
}

#[test]
fn routes_and_hashed_names_are_told_apart_by_their_last_segment() {
    for route in [
        "/",
        "/plan",
        "/plan/",
        "/quote",
        "/anything/deep",
        "/a/b/",
        "/%E8%AE%A1",
    ] {
        assert!(is_route(route), "{route}");
    }
    for not_route in [
        "/missing.js",
        "/plan/missing.wasm",
        "/manifest.json",
        "/..",
        "/plan/../../x",
        "/%2e%2e/x",
        "/a/%2E%2E/b",
        "/a\\..\\b",
        "/a%00b",
        "/%FF",
    ] {
        assert!(!is_route(not_route), "{not_route}");
    }
    assert!(is_hashed("/estimate-0123456789abcdef_bg.wasm"));
    assert!(is_hashed("/app-8f2e0c1d.css"));
    // Not a hash: too short, too long, not hex, or no extension (a route, whose answer is
    // index.html).
    for name in [
        "/place-tabs.js",
        "/icon-192.png",
        "/estimate-zz23456789abcdef.js",
        "/estimate-0123456789abcdef0.js",
        "/xlsx-worker_bg.wasm",
        "/quote-0123456789abcdef",
        "/plan/",
    ] {
        assert!(!is_hashed(name), "{name}");
    }
}

#[test]
fn the_apps_routes_are_its_index_and_a_missing_file_is_not_found() {
    let dir = dist("routes");
    let site = serve(&dir);
    for route in [
        "/",
        "/?people=30",
        "/quote",
        "/quote/",
        "/anything/deep",
        "/anything/deep/",
        "/plan",
        "/plan/",
        "/plan?modules=1-3",
    ] {
        let answer = get(&site, route, "");
        assert_eq!(answer.status, 200, "{route}");
        // A folder that exists is its own index (a copy of the app's, for static hosts), with
        // its slash or without (no redirect); any other route is the app's index.html.
        let expected = if route.starts_with("/plan") {
            "<!DOCTYPE html>plan copy"
        } else {
            "<!DOCTYPE html>app"
        };
        assert_eq!(answer.text(), expected, "{route}");
        assert_eq!(answer.header("content-type"), Some("text/html"), "{route}");
        assert_eq!(answer.header("cache-control"), Some("no-cache"), "{route}");
    }
    for missing in [
        "/missing.js",
        "/plan/missing.wasm",
        "/deep/er/x.css",
        "/manifest.json",
    ] {
        let answer = get(&site, missing, "gzip, br");
        assert_eq!(answer.status, 404, "{missing}");
        assert_eq!(answer.header("cache-control"), None, "{missing}");
    }
    remove(&dir);
}

#[test]
fn nothing_outside_the_folder_is_served() {
    let dir = dist("outside");
    let site = serve(&dir);
    // Refused, and not answered with the app's index either: paths that leave the folder, as
    // written or percent-encoded.
    for outside in [
        "/../secret.txt",
        "/plan/../../secret.txt",
        "/..",
        "/../index.html",
        "/plan/../../x",
        "/%2e%2e/secret.txt",
        "/plan/%2E%2E/%2e%2e/secret.txt",
        "/%2e%2e/x",
        "/a%5c..%5c..%5csecret.txt",
        "/secret.txt%00.html",
    ] {
        let answer = get(&site, outside, "");
        assert_eq!(answer.status, 404, "{outside}: {}", answer.text());
        assert!(answer.body.is_empty(), "{outside}: {}", answer.text());
    }
    // Written raw: a backslash is no separator (a file name that does not exist), and a NUL
    // byte is refused by hyper before any file is looked for.
    for (raw, status) in [("/a\\..\\..\\secret.txt", 404), ("/secret.txt\0.html", 400)] {
        let answer = parse(
            &exchange(
                &site,
                format!("GET {raw} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").as_bytes(),
            ),
            &[false],
        )
        .pop()
        .unwrap();
        assert_eq!(answer.status, status, "{raw:?}: {}", answer.text());
        assert!(!answer.text().contains("secret"), "{raw:?}");
    }
    remove(&dir);
}

#[test]
fn a_precompressed_copy_is_sent_when_the_request_allows_it() {
    let dir = dist("encoding");
    let site = serve(&dir);
    let wasm = "/estimate-0123456789abcdef_bg.wasm";
    for (accept, body, coding) in [
        ("gzip, deflate, br, zstd", "wasm in brotli", Some("br")),
        ("br", "wasm in brotli", Some("br")),
        ("gzip, deflate", "wasm in gzip", Some("gzip")),
        ("GZIP", "wasm in gzip", Some("gzip")),
        ("gzip, br;q=0", "wasm in gzip", Some("gzip")),
        ("gzip;q=0.000, br", "wasm in brotli", Some("br")),
        ("gzip;q=0.5, br;q=1.0", "wasm in brotli", Some("br")),
        // The q-values decide: gzip asked for more than brotli gets gzip.
        ("br;q=0.5, gzip", "wasm in gzip", Some("gzip")),
        ("", "wasm", None),
        ("identity", "wasm", None),
        ("deflate", "wasm", None),
        // Names are compared whole.
        ("brotli", "wasm", None),
        // ServeDir does not read the wildcard: the file as it is, which `*` allows too.
        ("*", "wasm", None),
    ] {
        let answer = get(&site, wasm, accept);
        assert_eq!(answer.status, 200);
        assert_eq!(answer.text(), body, "Accept-Encoding: {accept}");
        assert_eq!(answer.header("content-encoding"), coding, "{accept}");
        // The type is the file's, not its compressed copy's.
        assert_eq!(answer.header("content-type"), Some("application/wasm"));
        assert_eq!(answer.header("vary"), Some("accept-encoding"));
        assert_eq!(
            answer.header("cache-control"),
            Some("public, max-age=31536000, immutable")
        );
    }
    // Only a gzip copy of start.js: brotli-first still falls back to it.
    let answer = get(&site, "/start.js", "br, gzip");
    assert_eq!(answer.text(), "start in gzip");
    assert_eq!(answer.header("content-encoding"), Some("gzip"));
    assert_eq!(answer.header("cache-control"), Some("no-cache"));
    // No copy at all: the file as it is, still with Vary.
    let answer = get(&site, "/sw.js", "br, gzip");
    assert_eq!(answer.text(), "worker");
    assert_eq!(answer.header("content-encoding"), None);
    assert_eq!(answer.header("vary"), Some("accept-encoding"));
    // A route's index.html in brotli too, as text/html.
    let answer = get(&site, "/quote", "gzip, br");
    assert_eq!(answer.text(), "app in brotli");
    assert_eq!(answer.header("content-encoding"), Some("br"));
    assert_eq!(answer.header("content-type"), Some("text/html"));
    assert_eq!(answer.header("vary"), Some("accept-encoding"));
    remove(&dir);
}

#[test]
fn each_kind_of_file_has_its_type_and_caching() {
    let dir = dist("types");
    let site = serve(&dir);
    let year = "public, max-age=31536000, immutable";
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
        ("sw.js", "text/javascript", "no-cache"),
        ("start.js", "text/javascript", "no-cache"),
        ("index.html", "text/html", "no-cache"),
        // The Excel writer's files keep their names from one release to the next.
        ("xlsx-worker_bg.wasm", "application/wasm", "no-cache"),
        ("app-8f2e0c1d9a7b6c5d.css", "text/css", year),
        ("estimate-0123456789abcdef.js", "text/javascript", year),
        (
            "estimate-0123456789abcdef_bg.wasm",
            "application/wasm",
            year,
        ),
    ] {
        let answer = get(&site, &format!("/{file}"), "");
        assert_eq!(answer.status, 200, "{file}");
        assert_eq!(answer.header("content-type"), Some(kind), "{file}");
        assert_eq!(answer.header("cache-control"), Some(cache), "{file}");
        assert_eq!(
            answer.header("x-content-type-options"),
            Some("nosniff"),
            "{file}"
        );
    }
    remove(&dir);
}

#[test]
fn a_revalidation_is_answered_304_with_the_files_caching() {
    let dir = dist("revalidate");
    let site = serve(&dir);
    for (file, cache) in [
        ("/sw.js", "no-cache"),
        ("/plan", "no-cache"),
        (
            "/estimate-0123456789abcdef.js",
            "public, max-age=31536000, immutable",
        ),
    ] {
        let first = get(&site, file, "");
        let etag = first.header("etag").expect("an ETag");
        let again = get_with(&site, file, "", &format!("If-None-Match: {etag}\r\n"));
        assert_eq!(again.status, 304, "{file}");
        assert!(again.body.is_empty());
        assert_eq!(again.header("cache-control"), Some(cache), "{file}");
    }
    remove(&dir);
}

#[test]
fn over_one_connection_requests_are_logged_answered_in_turn_and_a_stopped_site_is_gone() {
    let dir = dist("http");
    let log = RequestLog::default();
    let mut site = start(log.record(router(&dir)), 0).unwrap();
    assert!(site.url.starts_with("http://127.0.0.1:"), "{}", site.url);
    assert_eq!(site.url, format!("http://{}/", site.address));

    assert_eq!(get(&site, "/quote", "gzip, br").status, 200);
    assert_eq!(get(&site, "/missing.js", "").status, 404);
    assert_eq!(get(&site, "/../secret.txt", "").status, 404);
    assert_eq!(
        log.requested(),
        ["/quote", "/missing.js", "/../secret.txt"],
        "every request, in order, with its query"
    );

    // Two requests on one kept-alive connection, the second a HEAD (no body).
    let both = exchange(
        &site,
        b"GET /sw.js?v=1 HTTP/1.1\r\nHost: x\r\n\r\nHEAD /icon.svg HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
    );
    let answers = parse(&both, &[false, true]);
    assert_eq!(answers[0].status, 200);
    assert_eq!(answers[0].text(), "worker");
    assert_eq!(answers[1].status, 200);
    assert_eq!(answers[1].header("content-length"), Some("6"));
    assert_eq!(answers[1].header("content-type"), Some("image/svg+xml"));
    assert!(answers[1].body.is_empty());
    assert_eq!(log.requested().len(), 5);
    assert_eq!(log.requested()[3], "/sw.js?v=1");

    // Only GET and HEAD.
    let post = parse(
        &exchange(
            &site,
            b"POST /sw.js HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nConnection: close\r\n\r\nhi",
        ),
        &[false],
    )
    .pop()
    .unwrap();
    assert_eq!(post.status, 405);
    assert_eq!(post.header("allow"), Some("GET,HEAD"));

    // A connection kept open across the stop is closed, its request unanswered.
    let mut kept = TcpStream::connect(site.address).unwrap();
    kept.set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    kept.write_all(b"GET /sw.js HTTP/1.1\r\nHost: x\r\n\r\n")
        .unwrap();
    assert_eq!(parse_one_kept(&mut kept).status, 200);
    site.stop();
    let _ = kept.write_all(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    let mut answer = Vec::new();
    let _ = kept.read_to_end(&mut answer);
    assert!(answer.is_empty(), "{}", String::from_utf8_lossy(&answer));
    assert!(
        TcpStream::connect(site.address).is_err(),
        "a stopped site refuses connections"
    );
    remove(&dir);
}

/// Read one whole response from a connection that stays open (by its Content-Length).
fn parse_one_kept(stream: &mut TcpStream) -> Answer {
    let mut bytes = Vec::new();
    let mut chunk = [0u8; 4096];
    loop {
        let n = stream.read(&mut chunk).unwrap();
        assert!(n > 0, "closed early");
        bytes.extend_from_slice(&chunk[..n]);
        if let Some(split) = bytes.windows(4).position(|w| w == b"\r\n\r\n") {
            let head = String::from_utf8_lossy(&bytes[..split]).to_ascii_lowercase();
            let length: usize = head
                .lines()
                .find_map(|l| l.strip_prefix("content-length:"))
                .map_or(0, |n| n.trim().parse().unwrap());
            if bytes.len() >= split + 4 + length {
                return parse(&bytes, &[false]).pop().unwrap();
            }
        }
    }
}
