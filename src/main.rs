//! The app's one binary: trunk builds it into the page's wasm bundle.

#[cfg(all(target_arch = "wasm32", not(feature = "split")))]
fn main() {
    yew::Renderer::<training_planner::app::App>::new().render();
}

/// With the places in modules of their own, the app starts once the place it opens on is here.
#[cfg(all(target_arch = "wasm32", feature = "split"))]
fn main() {
    wasm_bindgen_futures::spawn_local(async {
        training_planner::app::later::fetch_opening_place().await;
        yew::Renderer::<training_planner::app::App>::new().render();
    });
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("This is a browser app: run `make serve` and open the printed URL.");
}
