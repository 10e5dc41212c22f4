//! What the page reads from the browser it runs in, and what prerendering (natively, at build
//! time, with no browser) reads in its place; and the prerendered page giving way to the app.

/// A part of the page's address; none when prerendering.
fn address(part: fn(&web_sys::Location) -> Result<String, wasm_bindgen::JsValue>) -> String {
    if cfg!(target_arch = "wasm32") {
        part(&gloo::utils::window().location()).unwrap_or_default()
    } else {
        String::new()
    }
}

/// The page's origin (`https://host`), for the links it shows.
pub fn origin() -> String {
    address(web_sys::Location::origin)
}

/// The address's path (`/plan`).
pub fn pathname() -> String {
    address(web_sys::Location::pathname)
}

/// The element of a prerendered page (`src/prerender.rs`) that holds the place's first view.
pub const PRERENDERED: &str = "prerendered";
/// The element that holds the notes a prerendered page shows until the app is live.
pub const PRERENDER_NOTES: &str = "prerender-notes";

/// The app is live: the prerendered view and its notes go. The app has just rendered its own
/// view in the same task, so the browser never paints the page with both, or with neither.
pub fn remove_prerendered() {
    let document = gloo::utils::document();
    for id in [PRERENDERED, PRERENDER_NOTES] {
        if let Some(element) = document.get_element_by_id(id) {
            element.remove();
        }
    }
}

/// Print one document: the page marks which, so the print stylesheet hides the other.
pub fn print(document: &'static str) {
    let root = gloo::utils::document().document_element();
    if let Some(root) = &root {
        let _ = root.set_attribute("data-print", document);
    }
    let _ = gloo::utils::window().print();
    if let Some(root) = &root {
        let _ = root.remove_attribute("data-print");
    }
}
