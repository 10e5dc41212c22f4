//! A static file server for the built pages in `dist/`, on 127.0.0.1 only. `make serve` runs it
//! (examples/serve.rs) and the end-to-end tests start one of their own.
//!
//! Trunk's own server serves one page's build; the app is three pages in one folder.

use std::path::{Component, Path, PathBuf};
use std::sync::Arc;
use std::thread;

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

/// The file a URL path names inside `dir`: a folder means its `index.html`. `None` for a path
/// that would leave `dir`.
fn file_for(dir: &Path, url: &str) -> Option<PathBuf> {
    let path = url.split(['?', '#']).next().unwrap_or("/");
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

fn respond(dir: &Path, request: tiny_http::Request) {
    let file = file_for(dir, request.url());
    let response = match file.as_ref().map(|f| (f, std::fs::read(f))) {
        Some((file, Ok(bytes))) => {
            let header = tiny_http::Header::from_bytes("Content-Type", content_type(file)).unwrap();
            tiny_http::Response::from_data(bytes)
                .with_header(header)
                .boxed()
        }
        _ => tiny_http::Response::from_string("not found")
            .with_status_code(404)
            .boxed(),
    };
    let _ = request.respond(response);
}

/// Serve `dir` at `address` (`127.0.0.1:0` picks a free port) on a thread of its own; returns
/// the base URL and the thread.
pub fn serve(dir: PathBuf, address: &str) -> (String, thread::JoinHandle<()>) {
    let server = tiny_http::Server::http(address)
        .unwrap_or_else(|e| panic!("cannot listen on {address}: {e}"));
    let port = server.server_addr().to_ip().expect("an IP listener").port();
    let dir = Arc::new(dir);
    let thread = thread::spawn(move || {
        for request in server.incoming_requests() {
            // Each answer on a thread of its own, as a browser loads several files at once: a
            // large file written to one connection must not hold up the others.
            let dir = Arc::clone(&dir);
            thread::spawn(move || respond(&dir, request));
        }
    });
    (format!("http://127.0.0.1:{port}/"), thread)
}

#[cfg(test)]
mod tests {
    use super::file_for;
    use std::path::Path;

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
        // A real folder without its slash (src/bin here) is still its index.
        assert_eq!(
            file_for(&dist, "/bin"),
            Some(dist.join("bin").join("index.html"))
        );
        assert_eq!(
            file_for(&dist, "/quote/quote-1_bg.wasm#x"),
            Some(dist.join("quote").join("quote-1_bg.wasm"))
        );
        assert_eq!(file_for(&dist, "/../Cargo.toml"), None);
        assert_eq!(file_for(&dist, "/plan/../../Cargo.toml"), None);
    }
}
