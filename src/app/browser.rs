//! What the page reads from the browser it runs in, and what prerendering (natively, at build
//! time, with no browser) reads in its place: the first visit's view.

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

/// The address's query (`?people=45`); none when prerendering.
pub fn query() -> String {
    if cfg!(target_arch = "wasm32") {
        gloo::utils::window()
            .location()
            .search()
            .unwrap_or_default()
    } else {
        String::new()
    }
}

/// The address's path (`/plan`).
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
