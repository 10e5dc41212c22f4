//! A static file server for the built app in `dist/`, on 127.0.0.1 only. `make serve` runs it
//! (src/main.rs), and the end-to-end tests start one of their own per test (`start`), stop it to
//! see the app carry on from its service worker (`Site::stop`), and read which files the browser
//! asked for (`RequestLog`).
//!
//! The files are served by tower-http's `ServeDir` (types, `ETag`/`Last-Modified`, ranges, and
//! nothing outside the folder). What this crate adds, so that it serves the app the way it
//! should be served from any host (README, "Putting dist/ on a static host"):
//! * each place is its prerendered page (`/plan` and `/plan/` are `plan/index.html`), and the
//!   app's other routes (any path without a file extension that is not a file) are answered
//!   with `index.html`, status 200: the app reads the route itself; a missing file with an
//!   extension (`/missing.js`) is still a 404 ([`is_route`]);
//! * files precompressed by `scripts/finish-dist.sh` (`FILE.br`, `FILE.gz`) are sent when the
//!   request's `Accept-Encoding` allows them, brotli first (`ServeDir`'s `precompressed_*`,
//!   which also says `Vary: Accept-Encoding`);
//! * `Cache-Control`: the files whose names never change (`index.html`, `sw.js`, `start.js`, the
//!   manifest, the icons) are revalidated on every load (`no-cache`); trunk's hashed files can
//!   be kept for a year (`immutable`) ([`cache_control`]).

use axum::Router;
use axum::extract::{Request, State};
use axum::handler::Handler;
use axum::http::header::{CACHE_CONTROL, X_CONTENT_TYPE_OPTIONS};
use axum::http::{HeaderValue, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use std::io;
use std::net::{Ipv4Addr, SocketAddr};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tower_http::services::{ServeDir, ServeFile};
use tower_http::set_header::SetResponseHeaderLayer;

/// Whether a request path is one of the app's routes, answered with `index.html` when no file
/// has its name: its last segment has no extension (`/plan`, `/quote/`, `/`, `/a/b`), and it
/// does not climb out of the folder. Read percent-decoded, as `ServeDir` reads it, so that
/// `/%2e%2e/x` is refused like `/../x`. (`ServeDir` hands its fallback the paths it refused as
/// well as the missing ones, so the fallback must refuse them itself.)
pub fn is_route(path: &str) -> bool {
    let Ok(path) = percent_encoding::percent_decode_str(path).decode_utf8() else {
        return false;
    };
    let mut segments = path.split('/');
    let last = segments.next_back().unwrap_or("");
    !last.contains('.')
        && path
            .split('/')
            .all(|segment| segment != ".." && !segment.contains(['\\', '\0']))
}

/// Whether a request path names a file that carries trunk's content hash
/// (`/estimate-1a2b3c4d5e6f7a8b.js`, `/estimate-1a2b3c4d5e6f7a8b_bg.wasm`): such a file never
/// changes under its name. A path without an extension is a route (its answer is `index.html`),
/// never a hashed file.
pub fn is_hashed(path: &str) -> bool {
    let file = Path::new(path.rsplit('/').next().unwrap_or(""));
    if file.extension().is_none() {
        return false;
    }
    let Some(stem) = file.file_stem().and_then(|s| s.to_str()) else {
        return false;
    };
    let stem = stem.strip_suffix("_bg").unwrap_or(stem);
    stem.rsplit_once('-').is_some_and(|(_, hash)| {
        (8..=16).contains(&hash.len()) && hash.bytes().all(|b| b.is_ascii_hexdigit())
    })
}

/// The `Cache-Control` of a file served at `path`.
pub fn cache_control(path: &str) -> &'static str {
    if is_hashed(path) {
        "public, max-age=31536000, immutable"
    } else {
        // index.html, sw.js, start.js, the manifest, the icons, the app's routes: their names
        // stay the same from one release to the next, so the browser asks each time (a
        // 304-sized answer at most).
        "no-cache"
    }
}

/// Sets `Cache-Control` by the request's path on what is served (a file, a route's index.html,
/// or a 304 for either); errors get none. A middleware rather than tower-http's
/// `SetResponseHeader`, which sees only the response, not the path asked for.
async fn cache_headers(request: Request, next: Next) -> Response {
    let cache = HeaderValue::from_static(cache_control(request.uri().path()));
    let mut response = next.run(request).await;
    let status = response.status();
    if status.is_success() || status == StatusCode::NOT_MODIFIED {
        response.headers_mut().insert(CACHE_CONTROL, cache);
    }
    response
}

/// What `ServeDir` falls back to when no file has the path's name, or the path is refused: the
/// app's `index.html` for a route, else 404.
async fn route_or_not_found(State(index): State<PathBuf>, request: Request) -> Response {
    if !is_route(request.uri().path()) {
        return StatusCode::NOT_FOUND.into_response();
    }
    let index = ServeFile::new(index)
        .precompressed_br()
        .precompressed_gzip();
    match tower::ServiceExt::oneshot(index, request).await {
        Ok(response) => response.into_response(),
        Err(never) => match never {},
    }
}

/// Everything `dir` serves: its files, the app's routes, the headers.
pub fn router(dir: &Path) -> Router {
    let files = ServeDir::new(dir)
        .precompressed_br()
        .precompressed_gzip()
        // `/plan` (a folder: its prerendered page, src/prerender.rs) is its index.html, as
        // `/plan/` is, not a redirect to `/plan/`.
        .redirect_to_trailing_slash(false)
        .fallback(route_or_not_found.with_state(dir.join("index.html")));
    Router::new()
        .fallback_service(files)
        .layer(middleware::from_fn(cache_headers))
        .layer(SetResponseHeaderLayer::overriding(
            X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
}

/// The target of every request received (`/`, `/sw.js`, `/plan?modules=1-3`), in order; shared
/// by its clones. Kept only when asked for ([`RequestLog::record`]): the end-to-end tests read it
/// to see which files a visit fetched.
#[derive(Clone, Debug, Default)]
pub struct RequestLog(Arc<Mutex<Vec<String>>>);

impl RequestLog {
    /// `router`, with each request written into this log before it is answered.
    pub fn record(&self, router: Router) -> Router {
        router.layer(middleware::from_fn_with_state(self.clone(), log_request))
    }

    /// The target of every request received so far, in order.
    pub fn requested(&self) -> Vec<String> {
        self.0
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .clone()
    }
}

async fn log_request(State(log): State<RequestLog>, request: Request, next: Next) -> Response {
    let uri = request.uri();
    let target = uri.path_and_query().map_or(uri.path(), |p| p.as_str());
    log.0
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
        .push(target.to_string());
    next.run(request).await
}

/// A running server: its base URL, and a way to stop it.
#[derive(Debug)]
pub struct Site {
    /// `http://127.0.0.1:PORT/`
    pub url: String,
    /// The address it listens on.
    pub address: SocketAddr,
    runtime: Option<tokio::runtime::Runtime>,
    server: Option<tokio::task::JoinHandle<io::Result<()>>>,
}

/// Serve `router` on 127.0.0.1:`port` (0 picks a free port) on a runtime of its own (two
/// threads), until the [`Site`] is stopped or dropped.
pub fn start(router: Router, port: u16) -> io::Result<Site> {
    let listener = std::net::TcpListener::bind((Ipv4Addr::LOCALHOST, port))?;
    listener.set_nonblocking(true)?;
    let address = listener.local_addr()?;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .thread_name("serve")
        .enable_all()
        .build()?;
    let listener = {
        let _inside = runtime.enter();
        tokio::net::TcpListener::from_std(listener)?
    };
    let server = runtime.spawn(async move { axum::serve(listener, router).await });
    Ok(Site {
        url: format!("http://{address}/"),
        address,
        runtime: Some(runtime),
        server: Some(server),
    })
}

impl Site {
    /// Stop serving, as if the machine had gone: once this returns, the port is closed (new
    /// connections are refused) and so is every open connection, a request on it unanswered.
    /// Call it from plain (not async) code: it shuts the site's own runtime down.
    pub fn stop(&mut self) {
        // The listener closes when its task is dropped: abort it and wait until it is, so that
        // once this returns nothing answers on the address (shutting the runtime down alone
        // may return before the task is dropped, and a test then still found it listening).
        if let (Some(runtime), Some(server)) = (self.runtime.as_ref(), self.server.take()) {
            server.abort();
            let _ = runtime.block_on(server);
        }
        if let Some(runtime) = self.runtime.take() {
            // Every task (the listener, each connection) is dropped; this waits for the file
            // reads under way on the runtime's blocking threads, which take milliseconds.
            runtime.shutdown_timeout(Duration::from_secs(5));
        }
    }

    /// Serve until the process ends (`make serve`); returns only if the server fails.
    pub fn wait(mut self) -> io::Result<()> {
        let (Some(runtime), Some(server)) = (self.runtime.as_ref(), self.server.take()) else {
            return Ok(());
        };
        runtime
            .block_on(server)
            .unwrap_or_else(|e| Err(io::Error::other(e)))
    }
}

impl Drop for Site {
    fn drop(&mut self) {
        self.stop();
    }
}

#[cfg(test)]
mod tests;
