//! `make serve`: serve the built pages in `dist/` on 127.0.0.1 and print the address.
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
    let (url, server) = static_site::serve(dir, &format!("127.0.0.1:{port}"));
    println!("Serving the app at {url} (Ctrl-C stops it)");
    let _ = server.join();
}
