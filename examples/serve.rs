//! `make serve`: serve the built app in `dist/` on 127.0.0.1 and print the address: the app's
//! routes answered with its `index.html`, precompressed files sent when the browser takes them
//! (tests/support/static_site.rs).
//! Usage: `cargo run --example serve -- [DIR] [PORT]` (defaults: dist, 8080).

#[path = "../tests/support/static_site.rs"]
mod static_site;

fn main() {
    let mut args = std::env::args().skip(1);
    let dir = std::path::PathBuf::from(args.next().unwrap_or_else(|| "dist".into()));
    let port = args.next().unwrap_or_else(|| "8080".into());
    if !dir.join("index.html").is_file() {
        eprintln!(
            "no built pages in {}: run `make serve`, which builds them first",
            dir.display()
        );
        std::process::exit(1);
    }
    let site = static_site::start(dir, &format!("127.0.0.1:{port}"));
    println!("Serving the app at {} (Ctrl-C stops it)", site.url);
    site.wait();
}
