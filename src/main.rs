//! Browser entry point; trunk builds this binary into the wasm bundle.

#[cfg(target_arch = "wasm32")]
fn main() {
    training_planner::app::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("This is a browser app: run `make serve` and open the printed URL.");
}
