//! Helpers for mounting a component and reading the page.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::BaseComponent;

use training_planner::app::{App, EstimatePlace, PlanPlace, QuotePlace};

/// Each page as the browser opens it (its bundle's root component).
pub type EstimateApp = App<EstimatePlace>;
pub type PlanApp = App<PlanPlace>;
pub type QuoteApp = App<QuotePlace>;

/// A fresh, visible container on `<body>` (the runner's own output element is hidden, which
/// would give canvases no size).
pub struct Mounted {
    pub root: Element,
}

impl Mounted {
    pub async fn new<C>() -> Mounted
    where
        C: BaseComponent,
        C::Properties: Default,
    {
        // Every test starts from an empty browser: nothing saved by an earlier test.
        if let Ok(Some(storage)) = gloo::utils::window().local_storage() {
            let _ = storage.clear();
        }
        Mounted::keeping_storage::<C>().await
    }

    /// Mount without clearing local storage (for tests of what was saved).
    pub async fn keeping_storage<C>() -> Mounted
    where
        C: BaseComponent,
        C::Properties: Default,
    {
        let document = gloo::utils::document();
        let root = document.create_element("div").unwrap();
        gloo::utils::body().append_child(&root).unwrap();
        yew::Renderer::<C>::with_root(root.clone()).render();
        yew::scheduler::flush().await;
        Mounted { root }
    }

    pub fn text(&self) -> String {
        self.root.text_content().unwrap_or_default()
    }

    /// The element with `data-testid="id"`; fails the test with the page text if it is missing.
    pub fn by_test_id(&self, id: &str) -> Element {
        self.root
            .query_selector(&format!("[data-testid=\"{id}\"]"))
            .unwrap()
            .unwrap_or_else(|| panic!("no [data-testid={id}] in: {}", self.text()))
    }

    pub async fn click(&self, id: &str) {
        self.by_test_id(id)
            .dyn_into::<HtmlElement>()
            .unwrap()
            .click();
        yew::scheduler::flush().await;
    }
}

impl Drop for Mounted {
    fn drop(&mut self) {
        self.root.remove();
    }
}

/// How many pixels of a canvas are not plain white: zero means nothing was drawn.
pub fn painted_pixels(canvas: &Element) -> usize {
    let canvas: web_sys::HtmlCanvasElement = canvas.clone().dyn_into().unwrap();
    let context: web_sys::CanvasRenderingContext2d = canvas
        .get_context("2d")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    let (w, h) = (canvas.width() as f64, canvas.height() as f64);
    if w == 0.0 || h == 0.0 {
        return 0;
    }
    let data = context.get_image_data(0.0, 0.0, w, h).unwrap().data();
    data.chunks(4)
        .filter(|p| p[3] != 0 && (p[0], p[1], p[2]) != (255, 255, 255))
        .count()
}

impl Mounted {
    /// Type `text` into the input or select with this test id, as a person would (the value
    /// changes, then a bubbling `input` and `change` event), and let yew render.
    pub async fn type_into(&self, id: &str, text: &str) {
        let element = self.by_test_id(id);
        if let Some(input) = element.dyn_ref::<web_sys::HtmlInputElement>() {
            input.set_value(text);
        } else if let Some(select) = element.dyn_ref::<web_sys::HtmlSelectElement>() {
            select.set_value(text);
        }
        for kind in ["input", "change"] {
            let init = web_sys::EventInit::new();
            init.set_bubbles(true);
            let event = web_sys::Event::new_with_event_init_dict(kind, &init).unwrap();
            element.dispatch_event(&event).unwrap();
        }
        yew::scheduler::flush().await;
    }

    /// Every message shown with `data-testid="error"`.
    pub fn errors(&self) -> Vec<String> {
        let list = self
            .root
            .query_selector_all("[data-testid=\"error\"]")
            .unwrap();
        (0..list.length())
            .filter_map(|i| list.item(i))
            .filter_map(|n| n.text_content())
            .collect()
    }
}
