//! The app's one binary: trunk builds it into the page's wasm bundle.

#[cfg(target_arch = "wasm32")]
fn main() {
    yew::Renderer::<training_planner::app::App>::new().render();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("This is a browser app: run `make serve` and open the printed URL.");
}
