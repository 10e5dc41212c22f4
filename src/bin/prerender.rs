//! Spike: render the app's first view natively.
fn main() {
    let path = std::env::args().nth(1).unwrap_or("/".into());
    let rt = tokio::runtime::Builder::new_current_thread()
        .build()
        .unwrap();
    let local = tokio::task::LocalSet::new();
    let html = local.block_on(&rt, async move {
        yew::LocalServerRenderer::<training_planner::app::ServerApp>::with_props(
            training_planner::app::ServerAppProps { path: path.into() },
        )
        .render()
        .await
    });
    println!("{html}");
}
