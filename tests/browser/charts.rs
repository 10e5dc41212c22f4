//! Each chart of the estimate draws something (the canvas is not blank), in Chinese.

use std::rc::Rc;

use model::Lang;
use training_planner::app::charts::*;
use training_planner::app::components::Chart;
use wasm_bindgen_test::wasm_bindgen_test;
use yew::prelude::*;

use crate::dom::{Mounted, painted_pixels};

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
            <Chart<RangeBars> data={bars} draw={draw_range_bars as fn(&_, &_, _) -> _} label="items" testid="chart-items" />
            <Chart<Tornado> data={tornado} draw={draw_tornado as fn(&_, &_, _) -> _} label="tornado" testid="chart-tornado" />
            <Chart<Distribution> data={distribution} draw={draw_distribution as fn(&_, &_, _) -> _} label="distribution" testid="chart-distribution" />
            <Chart<CostCurve> data={curve} draw={draw_cost_curve as fn(&_, &_, _) -> _} label="curve" testid="chart-curve" />
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
