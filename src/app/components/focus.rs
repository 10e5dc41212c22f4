//! Moving the keyboard focus: where it goes when what held it goes away or is taken back.

use wasm_bindgen::JsCast;

/// Focus the element with this id, if the page has it and it can take the focus.
pub fn focus_by_id(id: &str) {
    if let Some(element) = gloo::utils::document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = element.focus();
    }
}

/// Whether the focus is nowhere in particular (on `<body>`, or nothing): what happens when the
/// element that held it is removed from the page.
pub fn focus_lost() -> bool {
    let document = gloo::utils::document();
    match document.active_element() {
        None => true,
        Some(active) => document
            .body()
            .is_some_and(|body| AsRef::<web_sys::Element>::as_ref(&body) == &active),
    }
}
