//! The page of the course planner (课程规划). Trunk builds this binary into that page's wasm
//! bundle, which holds this page and none of the other two.

#[cfg(target_arch = "wasm32")]
fn main() {
    training_planner::app::start::<training_planner::app::PlanPlace>();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("This is a browser app: run `make serve` and open the printed URL.");
}
