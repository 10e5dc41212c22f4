//! Charts: the chart component gives its canvas a real size and paints it (a drawing error is
//! shown instead of a blank), and each chart of the estimate draws something, in Chinese.

use std::rc::Rc;

use model::Lang;
use plotters::prelude::*;
use training_planner::app::charts::*;
use training_planner::app::components::Chart;
use training_planner::app::components::chart::{Area, DrawResult, Drawing, Scale, paint};
use training_planner::app::later::NotLoaded;
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

/// A bar `.0` CSS pixels high.
#[derive(Clone, PartialEq)]
struct Bar(u32);

impl Drawing for Bar {
    async fn paint(
        self,
        canvas: web_sys::HtmlCanvasElement,
        height: u32,
    ) -> Result<DrawResult, NotLoaded> {
        Ok(paint(canvas, height, |area, scale| {
            bar(area, &self.0, scale)
        }))
    }
}

/// A drawing that fails.
#[derive(Clone, PartialEq)]
struct Broken;

impl Drawing for Broken {
    async fn paint(
        self,
        canvas: web_sys::HtmlCanvasElement,
        height: u32,
    ) -> Result<DrawResult, NotLoaded> {
        Ok(paint(canvas, height, |area, scale| broken(area, &1, scale)))
    }
}

#[component]
fn BarFixture() -> Html {
    html! { <Chart<Bar> data={Bar(50)} label="bar" testid="bar" height={120} lang={Lang::Zh} /> }
}

#[component]
fn BrokenFixture() -> Html {
    html! { <Chart<Broken> data={Broken} label="broken" testid="broken" lang={Lang::Zh} /> }
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

fn rows() -> Vec<RangeRow> {
    [
        ("讲师费", 9000.0, 12000.0, 18000.0),
        ("场地", 2000.0, 3000.0, 5000.0),
        ("教材", 1500.0, 2400.0, 6000.0),
    ]
    .into_iter()
    .map(|(label, low, likely, high)| RangeRow {
        label: label.into(),
        low,
        likely,
        high,
    })
    .collect()
}

#[component]
fn Gallery() -> Html {
    let lang = Lang::Zh;
    let bars = RangeBars { rows: rows(), lang };
    let tornado = Tornado {
        base: 20000.0,
        rows: vec![
            Swing {
                label: "人数".into(),
                at_low: 15000.0,
                at_high: 30000.0,
            },
            Swing {
                label: "城市".into(),
                at_low: 18000.0,
                at_high: 24000.0,
            },
        ],
        lang,
    };
    let samples: Rc<[f64]> = (0..2000)
        .map(|i| 15000.0 + ((i * 7919) % 1000) as f64 * 10.0)
        .collect();
    let distribution = Distribution {
        samples,
        p10: 16000.0,
        p50: 20000.0,
        p90: 24000.0,
        lang,
    };
    let curve = CostCurve {
        lines: vec![CurveLine {
            label: "外请讲师企业内训".into(),
            points: (1..=300)
                .map(|n| (n as f64, 600.0 + 18000.0 / n as f64))
                .collect(),
        }],
        bands: vec![
            BandShade {
                label: "基础线上课".into(),
                low: 500.0,
                high: 1500.0,
            },
            BandShade {
                label: "系统线下课".into(),
                low: 3000.0,
                high: 10000.0,
            },
        ],
        current: Some((30.0, 1200.0)),
        lang,
    };
    html! {
        <div style="width: 640px">
            <Chart<RangeBars> data={bars} label="items" testid="chart-items" {lang} />
            <Chart<Tornado> data={tornado} label="tornado" testid="chart-tornado" {lang} />
            <Chart<Distribution> data={distribution} label="distribution" testid="chart-distribution" {lang} />
            <Chart<CostCurve> data={curve} label="curve" testid="chart-curve" {lang} />
        </div>
    }
}

#[wasm_bindgen_test]
async fn every_chart_draws_on_its_canvas() {
    let page = Mounted::component::<Gallery>().await;
    yew::scheduler::flush().await;
    assert!(
        page.errors().is_empty() && !page.text().contains("无法"),
        "{}",
        page.text()
    );
    for id in [
        "chart-items",
        "chart-tornado",
        "chart-distribution",
        "chart-curve",
    ] {
        let painted = painted_pixels(&page.by_test_id(id));
        assert!(
            painted > 2000,
            "{id} looks blank ({painted} painted pixels)"
        );
    }
    assert!(
        page.root.query_selector(".chart-error").unwrap().is_none(),
        "a chart reported an error: {}",
        page.text()
    );
}
