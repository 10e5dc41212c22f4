//! Save text or bytes as a file on the user's machine: a Blob, an object URL and a click on a
//! temporary link. Nothing leaves the browser.

use model::i18n;
use wasm_bindgen::{JsCast, JsValue};

use model::Lang;

/// Save `text` as a file; on failure, the message to show the user.
pub fn save_file(filename: &str, mime: &str, text: &str, lang: Lang) -> Result<(), String> {
    download(filename, mime, text).map_err(|_| not_saved(lang))
}

/// What the user is told when the browser refuses a download.
pub fn not_saved(lang: Lang) -> String {
    lang.t(i18n::download::THE_BROWSER_COULD_NOT_SAVE_THE)
        .to_string()
}

pub fn download(filename: &str, mime: &str, text: &str) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    download_blob(filename, &blob)
}

/// Offer `blob` as a download named `filename`.
pub fn download_blob(filename: &str, blob: &web_sys::Blob) -> Result<(), JsValue> {
    let url = web_sys::Url::create_object_url_with_blob(blob)?;
    let document = gloo::utils::document();
    let link: web_sys::HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    link.set_href(&url);
    link.set_download(filename);
    gloo::utils::body().append_child(&link)?;
    link.click();
    link.remove();
    web_sys::Url::revoke_object_url(&url)
}
