//! The chart component: the canvas gets a real size and is painted; a drawing error is shown.

use plotters::prelude::*;
use training_planner::app::components::Chart;
use training_planner::app::components::chart::{Area, DrawResult, Scale};
use wasm_bindgen_test::wasm_bindgen_test;
use yew::prelude::*;

use crate::dom::{Mounted, painted_pixels};

fn bar(area: &Area, height: &u32, scale: Scale) -> DrawResult {
    let (w, h) = area.dim_in_pixel();
    let top = h as i32 - scale.px(*height as f64).min(h as i32);
    area.draw(&Rectangle::new(
        [(0, top), (w as i32 / 2, h as i32)],
        BLUE.filled(),
    ))
    .map_err(|e| e.to_string())
}

fn broken(_: &Area, _: &u32, _: Scale) -> DrawResult {
    Err("无法绘制".to_string())
}

#[component]
fn BarFixture() -> Html {
    html! { <Chart<u32> data={50} draw={bar as fn(&Area, &u32, Scale) -> DrawResult} label="bar" testid="bar" height={120} /> }
}

#[component]
fn BrokenFixture() -> Html {
    html! { <Chart<u32> data={1} draw={broken as fn(&Area, &u32, Scale) -> DrawResult} label="broken" testid="broken" /> }
}

#[wasm_bindgen_test]
async fn a_chart_paints_its_canvas_at_the_device_pixel_ratio() {
    let page = Mounted::component::<BarFixture>().await;
    let canvas = page.by_test_id("bar");
    let canvas: web_sys::HtmlCanvasElement = wasm_bindgen::JsCast::dyn_into(canvas).unwrap();
    let ratio = gloo::utils::window().device_pixel_ratio().max(1.0);
    assert_eq!(canvas.height(), (120.0 * ratio).round() as u32);
    assert!(
        canvas.width() > 100,
        "the canvas should fill its box, got {} px",
        canvas.width()
    );
    assert!(painted_pixels(&canvas) > 1000, "the canvas is blank");
}

#[wasm_bindgen_test]
async fn a_drawing_error_is_shown_instead_of_a_blank_chart() {
    let page = Mounted::component::<BrokenFixture>().await;
    yew::scheduler::flush().await;
    assert!(page.text().contains("无法绘制"), "{}", page.text());
}
