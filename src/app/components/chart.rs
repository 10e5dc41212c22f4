//! A chart drawn with plotters on a `<canvas>`.
//!
//! The canvas fills its box's width; its backing store is scaled by `devicePixelRatio` so lines
//! and Chinese labels stay sharp on phones and HiDPI screens (plotters-canvas does not do this).
//! Drawing functions receive a [`Scale`] to size fonts and strokes in CSS pixels.

use gloo::events::EventListener;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters_canvas::CanvasBackend;
use std::future::Future;
use web_sys::HtmlCanvasElement;

use model::Lang;
use model::i18n;
use yew::prelude::*;

use crate::app::later::{self, NotLoaded, Part};

/// The drawing area a chart paints on.
pub type Area = DrawingArea<CanvasBackend, Shift>;

/// What went wrong while drawing; shown as a note instead of the chart.
pub type DrawResult = Result<(), String>;

/// Device pixels per CSS pixel: multiply every size a person should see in CSS pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Scale(pub f64);

impl Scale {
    pub fn px(self, css: f64) -> i32 {
        (css * self.0).round() as i32
    }

    pub fn font(self, css: f64) -> f64 {
        css * self.0
    }
}

/// What a chart shows, and how it is painted. Painting is asynchronous because in the release
/// build the drawing code (plotters and the charts) comes in a module of its own, fetched the
/// first time a chart is drawn (`app::later`, `app::charts`); in the tests it is ready at once.
pub trait Drawing: PartialEq + Clone + 'static {
    /// Sizes `canvas`'s backing store to its CSS box, `height` CSS pixels high, clears it and
    /// draws on it.
    fn paint(
        self,
        canvas: HtmlCanvasElement,
        height: u32,
    ) -> impl Future<Output = Result<DrawResult, NotLoaded>> + 'static;
}

#[derive(Properties, PartialEq)]
pub struct ChartProps<T: Drawing> {
    /// Cloned into the drawing effect: pass small values or an `Rc`.
    pub data: T,
    /// What the chart shows, for screen readers (the numbers are also in a table nearby).
    pub label: AttrValue,
    pub testid: AttrValue,
    /// Height in CSS pixels.
    #[prop_or(260)]
    pub height: u32,
    pub lang: Lang,
}

#[component]
pub fn Chart<T: Drawing>(props: &ChartProps<T>) -> Html {
    let canvas = use_node_ref();
    // Compared before it is set: a drawing that fails the same way twice renders once.
    let failed = use_state_eq(|| None::<String>);
    let redraw = use_force_update();

    // A new width means a new backing store: redraw when the window is resized.
    use_effect_with((), move |_| {
        let listener = EventListener::new(&gloo::utils::window(), "resize", move |_| {
            redraw.force_update()
        });
        move || drop(listener)
    });

    // Yew re-renders this component only when its props change (or on resize), so drawing after
    // every render is drawing exactly when something changed.
    {
        let canvas = canvas.clone();
        let failed = failed.clone();
        let (height, data, lang) = (props.height, props.data.clone(), props.lang);
        use_effect(move || {
            if let Some(el) = canvas.cast::<HtmlCanvasElement>() {
                later::when_here(Part::Charts, data.paint(el, height), move |painted| {
                    failed.set(match painted {
                        Ok(drawn) => drawn.err(),
                        Err(NotLoaded) => {
                            Some(lang.t(i18n::shell::THE_CHART_DID_NOT_LOAD).to_string())
                        }
                    })
                });
            }
        });
    }

    html! {
        <figure class="chart">
            <canvas ref={canvas} role="img" aria-label={props.label.clone()}
                data-testid={props.testid.clone()} />
            if let Some(message) = &*failed {
                <figcaption class="chart-error">{ message.clone() }</figcaption>
            }
        </figure>
    }
}

/// Size the backing store to the canvas's CSS box × devicePixelRatio, clear it, and draw.
pub fn paint(
    canvas: HtmlCanvasElement,
    css_height: u32,
    draw: impl FnOnce(&Area, Scale) -> DrawResult,
) -> DrawResult {
    // Through the CSSOM, not a style attribute: the page's CSP forbids inline styles.
    canvas
        .style()
        .set_property("height", &format!("{css_height}px"))
        .map_err(|_| "cannot size the chart")?;
    let ratio = gloo::utils::window().device_pixel_ratio().max(1.0);
    let css_width = canvas.client_width().max(1) as f64;
    canvas.set_width((css_width * ratio).round() as u32);
    canvas.set_height((css_height as f64 * ratio).round() as u32);
    let backend =
        CanvasBackend::with_canvas_object(canvas).ok_or("the browser has no 2D canvas")?;
    let area = backend.into_drawing_area();
    area.fill(&WHITE).map_err(|e| e.to_string())?;
    draw(&area, Scale(ratio))?;
    area.present().map_err(|e| e.to_string())
}
