//! `make serve`: serve the built app in `dist/` on 127.0.0.1 and print the address (the rules
//! are in the library, src/lib.rs).
//! Usage: `cargo run -p serve -- [DIR] [PORT]` (defaults: dist, 8080).

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let dir = PathBuf::from(args.next().unwrap_or_else(|| "dist".into()));
    let port = args.next().unwrap_or_else(|| "8080".into());
    let Ok(port) = port.parse::<u16>() else {
        eprintln!("not a port: {port}");
        return ExitCode::FAILURE;
    };
    if !dir.join("index.html").is_file() {
        eprintln!(
            "no built pages in {}: run `make serve`, which builds them first",
            dir.display()
        );
        return ExitCode::FAILURE;
    }
    let site = match serve::start(serve::router(&dir), port) {
        Ok(site) => site,
        Err(e) => {
            eprintln!("cannot listen on 127.0.0.1:{port}: {e}");
            return ExitCode::FAILURE;
        }
    };
    println!("Serving the app at {} (Ctrl-C stops it)", site.url);
    match site.wait() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("the server stopped: {e}");
            ExitCode::FAILURE
        }
    }
}
