//! The catalog compiled into the binary: what `build.rs` made from `data/` (parsed and checked
//! there), in postcard's binary form.

use super::data::{Catalog, DataError};

impl Catalog {
    /// The data compiled into this binary.
    pub fn embedded() -> Result<Catalog, DataError> {
        let bytes = include_bytes!(concat!(env!("OUT_DIR"), "/catalog.bin"));
        postcard::from_bytes(bytes).map_err(|e| DataError {
            file: "data/ (as built into the app)".into(),
            field: "(whole catalog)".into(),
            message: e.to_string(),
        })
    }
}
