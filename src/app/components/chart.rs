//! A chart drawn with plotters on a `<canvas>`.
//!
//! The canvas fills its box's width; its backing store is scaled by `devicePixelRatio` so lines
//! and Chinese labels stay sharp on phones and HiDPI screens (plotters-canvas does not do this).
//! Drawing functions receive a [`Scale`] to size fonts and strokes in CSS pixels.

use gloo::events::EventListener;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters_canvas::CanvasBackend;
use web_sys::HtmlCanvasElement;
use yew::prelude::*;

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

/// Draws `data` on the area. A plain `fn` so props compare cheaply.
pub type DrawFn<T> = fn(&Area, &T, Scale) -> DrawResult;

#[derive(Properties)]
pub struct ChartProps<T: PartialEq + Clone + 'static> {
    /// Cloned into the drawing effect: pass small values or an `Rc`.
    pub data: T,
    pub draw: DrawFn<T>,
    /// What the chart shows, for screen readers (the numbers are also in a table nearby).
    pub label: AttrValue,
    pub testid: AttrValue,
    /// Height in CSS pixels.
    #[prop_or(260)]
    pub height: u32,
}

impl<T: PartialEq + Clone + 'static> PartialEq for ChartProps<T> {
    fn eq(&self, other: &Self) -> bool {
        self.data == other.data
            && std::ptr::fn_addr_eq(self.draw, other.draw)
            && self.label == other.label
            && self.testid == other.testid
            && self.height == other.height
    }
}

#[component]
pub fn Chart<T: PartialEq + Clone + 'static>(props: &ChartProps<T>) -> Html {
    let canvas = use_node_ref();
    let failed = use_state(|| None::<String>);
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
        let (draw, height, data) = (props.draw, props.height, props.data.clone());
        use_effect(move || {
            let message = match canvas.cast::<HtmlCanvasElement>() {
                Some(el) => paint(el, height, |area, scale| draw(area, &data, scale)).err(),
                None => None,
            };
            if *failed != message {
                failed.set(message);
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
fn paint(
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
