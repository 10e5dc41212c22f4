//! Reading the file a person picked in a file input.

use web_sys::HtmlInputElement;
use yew::prelude::*;

/// The file picked in the input `e` comes from, if one was: `Err(bytes)` when it is larger than
/// `max` bytes (refused before it is read). The input is cleared, so that picking the same file
/// again still fires a change.
pub fn picked_file(e: &Event, max: u64) -> Option<Result<gloo::file::File, u64>> {
    let input = e.target_unchecked_into::<HtmlInputElement>();
    let file = input.files().and_then(|files| files.get(0))?;
    input.set_value("");
    let bytes = file.size() as u64;
    Some(if bytes > max {
        Err(bytes)
    } else {
        Ok(gloo::file::File::from(file))
    })
}
