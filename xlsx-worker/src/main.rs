//! The web worker that writes spreadsheets. trunk builds this binary as a worker
//! (`data-type="worker"` in index.html: wasm-bindgen's no-modules output, `xlsx-worker.js` and
//! `xlsx-worker_bg.wasm`); `xlsx-export.js` beside this file is the worker's script, which
//! loads them and answers the page's messages with [`write`].

#[cfg(target_arch = "wasm32")]
mod worker {
    use wasm_bindgen::prelude::*;

    /// The `.xlsx` bytes for a workbook description from the page (postcard, see the sheet
    /// crate); on failure, the reason, which the page shows.
    #[wasm_bindgen]
    pub fn write(message: &[u8]) -> Result<Vec<u8>, String> {
        xlsx_worker::write_message(message).map_err(|e| e.to_string())
    }

    /// A link as a QR code in SVG; on failure, the reason.
    #[wasm_bindgen]
    pub fn qr(text: &str) -> Result<String, String> {
        xlsx_worker::qr::qr_svg(text).map_err(|e| e.to_string())
    }
}

fn main() {
    // In the browser the work is done in `write`, called by xlsx-export.js per message.
    #[cfg(not(target_arch = "wasm32"))]
    eprintln!("This is the app's spreadsheet web worker: trunk builds it for the browser.");
}
