//! What the page reads from the browser it runs in, and what prerendering (natively, at build
//! time, with no browser) reads in its place; and the prerendered page giving way to the app.

/// The page's origin (`https://host`), for the links it shows; none when prerendering.
pub fn origin() -> String {
    if cfg!(target_arch = "wasm32") {
        gloo::utils::window()
            .location()
            .origin()
            .unwrap_or_default()
    } else {
        String::new()
    }
}

/// The address's path (`/plan`); none when prerendering.
pub fn pathname() -> String {
    if cfg!(target_arch = "wasm32") {
        gloo::utils::window()
            .location()
            .pathname()
            .unwrap_or_default()
    } else {
        String::new()
    }
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
