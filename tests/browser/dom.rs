//! Helpers for mounting a component and reading the page.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::BaseComponent;

use training_planner::app::App;

/// Where the app is opened: one of its places (a route of the one app).
pub trait At {
    const PATH: &'static str;
}

/// The app opened at each place's address, as a browser opens a link or a bookmark.
pub struct EstimateApp;
pub struct PlanApp;
pub struct QuoteApp;
pub struct YearApp;
pub struct CompareApp;

impl At for EstimateApp {
    const PATH: &'static str = "/";
}
impl At for PlanApp {
    const PATH: &'static str = "/plan";
}
impl At for QuoteApp {
    const PATH: &'static str = "/quote";
}
impl At for YearApp {
    const PATH: &'static str = "/year";
}
impl At for CompareApp {
    const PATH: &'static str = "/compare";
}

/// Lets yew render what was done, then the estimator's deferred step run and its result render:
/// the range, the curve and the sensitivities are worked out by a timer set in the next
/// animation frame (`after_next_frame` in `app::estimator`), so this waits for that frame and
/// for a timer set after it, which runs after the app's, and renders again.
pub async fn settle() {
    yew::scheduler::flush().await;
    let frame = js_sys::Promise::new(&mut |resolve, _| {
        gloo::utils::window()
            .request_animation_frame(&resolve)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(frame).await.unwrap();
    gloo_timers::future::TimeoutFuture::new(0).await;
    yew::scheduler::flush().await;
}

/// Puts `path_and_query` in the address bar without loading anything, as if the user had
/// opened it.
pub fn set_address(path_and_query: &str) {
    gloo::utils::window()
        .history()
        .unwrap()
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(path_and_query))
        .unwrap();
}

/// The path the address bar shows.
pub fn address() -> String {
    let location = gloo::utils::window().location();
    format!(
        "{}{}",
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default()
    )
}

/// The app, mounted in a fresh, visible container on `<body>` (the runner's own output element
/// is hidden, which would give canvases no size). Dropping it destroys the app.
pub struct Mounted {
    pub root: Element,
    destroy: Option<Box<dyn FnOnce()>>,
}

impl Mounted {
    /// The app opened at `A`'s address in an empty browser: nothing saved by an earlier test.
    pub async fn new<A: At>() -> Mounted {
        clear_storage();
        Mounted::keeping_storage::<A>().await
    }

    /// The app opened at `A`'s address, with what earlier tests saved (for tests of saving).
    pub async fn keeping_storage<A: At>() -> Mounted {
        set_address(A::PATH);
        Mounted::here().await
    }

    /// The app opened at the address the address bar has now (a link set with [`set_address`]).
    pub async fn here() -> Mounted {
        Mounted::component::<App>().await
    }

    /// Any component on its own (a chart fixture).
    pub async fn component<C>() -> Mounted
    where
        C: BaseComponent,
        C::Properties: Default,
    {
        let document = gloo::utils::document();
        let root = document.create_element("div").unwrap();
        gloo::utils::body().append_child(&root).unwrap();
        let app = yew::Renderer::<C>::with_root(root.clone()).render();
        settle().await;
        Mounted {
            root,
            destroy: Some(Box::new(move || app.destroy())),
        }
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

    /// Clicks the element with this test id and lets the page settle ([`settle`]).
    pub async fn click(&self, id: &str) {
        self.click_only(id).await;
        settle().await;
    }

    /// [`Mounted::click`], but only the render the click itself causes: what is on screen
    /// before anything the click started (a worker loading, the range) has answered.
    pub async fn click_only(&self, id: &str) {
        self.by_test_id(id)
            .dyn_into::<HtmlElement>()
            .unwrap()
            .click();
        yew::scheduler::flush().await;
    }
}

impl Drop for Mounted {
    fn drop(&mut self) {
        if let Some(destroy) = self.destroy.take() {
            destroy();
        }
        self.root.remove();
    }
}

/// An empty browser: nothing saved.
pub fn clear_storage() {
    if let Ok(Some(storage)) = gloo::utils::window().local_storage() {
        let _ = storage.clear();
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
    /// changes, then a bubbling `input` and `change` event), and let the page settle, the
    /// range that follows the frame included ([`settle`]).
    pub async fn type_into(&self, id: &str, text: &str) {
        self.type_only(id, text).await;
        settle().await;
    }

    /// [`Mounted::type_into`], but only the render the input itself causes: what is on screen
    /// in the frame right after a keystroke.
    pub async fn type_only(&self, id: &str, text: &str) {
        type_into_element(&self.by_test_id(id), text).await;
    }

    /// Choose the entry at place `i` (from 0) of the select with this test id, as a person
    /// picking it from the list would.
    pub async fn choose(&self, id: &str, i: u32) {
        let value = self
            .by_test_id(id)
            .query_selector_all("option")
            .unwrap()
            .item(i)
            .unwrap_or_else(|| panic!("no entry {i} in {id}"))
            .dyn_into::<Element>()
            .unwrap()
            .get_attribute("value")
            .unwrap_or_default();
        self.type_into(id, &value).await;
    }

    /// Shows option `i` of those compared (its tab).
    pub async fn click_option(&self, i: u32) {
        self.root
            .query_selector_all("[data-testid=\"option\"]")
            .unwrap()
            .item(i)
            .unwrap_or_else(|| panic!("no option {i} in: {}", self.text()))
            .dyn_into::<HtmlElement>()
            .unwrap()
            .click();
        settle().await;
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

/// The files the page offers as downloads while this is alive: each `a[download]` link's click
/// is caught on its way down (capture phase), its name kept and its default action, saving,
/// prevented. Dropping it stops catching.
pub struct Downloads {
    names: std::rc::Rc<std::cell::RefCell<Vec<String>>>,
    _listener: gloo::events::EventListener,
}

impl Downloads {
    pub fn catch() -> Self {
        use gloo::events::{EventListener, EventListenerOptions, EventListenerPhase};
        let names = std::rc::Rc::new(std::cell::RefCell::new(Vec::new()));
        let seen = names.clone();
        let options = EventListenerOptions {
            phase: EventListenerPhase::Capture,
            passive: false,
        };
        let listener =
            EventListener::new_with_options(&gloo::utils::document(), "click", options, move |e| {
                let link = e
                    .target()
                    .and_then(|t| t.dyn_into::<web_sys::HtmlAnchorElement>().ok())
                    .filter(|a| a.has_attribute("download"));
                if let Some(link) = link {
                    e.prevent_default();
                    seen.borrow_mut().push(link.download());
                }
            });
        Downloads {
            names,
            _listener: listener,
        }
    }

    /// The names offered so far, in order.
    pub fn names(&self) -> Vec<String> {
        self.names.borrow().clone()
    }
}

/// The names of the files the page offers as downloads while `f` runs.
pub async fn downloads_during(f: impl std::future::Future<Output = ()>) -> Vec<String> {
    let downloads = Downloads::catch();
    f.await;
    downloads.names()
}

/// Lets the browser run what it has queued (a worker's answer or error event, a timer of the
/// page), then lets yew render: one turn of the event loop, no fixed wait.
pub async fn next_turn() {
    let turn = js_sys::Promise::new(&mut |resolve, _| {
        let _ = gloo::utils::window().set_timeout_with_callback(&resolve);
    });
    wasm_bindgen_futures::JsFuture::from(turn).await.unwrap();
    yew::scheduler::flush().await;
}

/// Turns of the event loop, until `done` holds; fails the test, naming `what`, if it never does.
pub async fn until(what: &str, done: impl Fn() -> bool) {
    for _ in 0..200 {
        if done() {
            return;
        }
        next_turn().await;
    }
    panic!("{what} never happened");
}

/// The documents worker (Excel files, QR codes) is a second binary that trunk builds into
/// `dist/`; the test runner serves only this test's own files, so here its script is not there,
/// just as for a user offline before its first use. The exports' tests in the browser assert
/// what the user sees then; the end-to-end tests (tests/e2e.rs) assert the file and the code
/// the worker makes, against the release build. This checks the first half of that: if the
/// runner ever serves the worker, those tests must assert the success instead.
pub async fn assert_the_documents_worker_is_not_served() {
    let window = gloo::utils::window();
    let fetch: js_sys::Function = js_sys::Reflect::get(&window, &"fetch".into())
        .unwrap()
        .unchecked_into();
    let response = fetch.call1(&window, &"/xlsx-export.js".into()).unwrap();
    let response = wasm_bindgen_futures::JsFuture::from(js_sys::Promise::from(response))
        .await
        .unwrap();
    let status = js_sys::Reflect::get(&response, &"status".into())
        .unwrap()
        .as_f64()
        .unwrap();
    assert_eq!(
        status, 404.0,
        "the test runner now serves the documents worker's script: assert the export's success here"
    );
}

/// [`Mounted::type_only`] on an element already found (one of several with one test id).
pub async fn type_into_element(element: &Element, text: &str) {
    if let Some(input) = element.dyn_ref::<web_sys::HtmlInputElement>() {
        input.set_value(text);
    } else if let Some(select) = element.dyn_ref::<web_sys::HtmlSelectElement>() {
        select.set_value(text);
    } else if let Some(area) = element.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        area.set_value(text);
    }
    for kind in ["input", "change"] {
        let init = web_sys::EventInit::new();
        init.set_bubbles(true);
        let event = web_sys::Event::new_with_event_init_dict(kind, &init).unwrap();
        element.dispatch_event(&event).unwrap();
    }
    yew::scheduler::flush().await;
}
