//! The catalog compiled into the binary: what `build.rs` made from `data/` (parsed and checked
//! there), in postcard's binary form. There are two forms; a page's binary holds only the one
//! it asks for.

use super::data::{Catalog, DataError};

impl Catalog {
    /// The data compiled into this binary.
    pub fn embedded() -> Result<Catalog, DataError> {
        decode(include_bytes!(concat!(env!("OUT_DIR"), "/catalog.bin")))
    }

    /// The same without the modules' texts ([`Catalog::without_module_texts`]), for a page that
    /// never shows them.
    pub fn embedded_without_module_texts() -> Result<Catalog, DataError> {
        decode(include_bytes!(concat!(
            env!("OUT_DIR"),
            "/catalog-without-module-texts.bin"
        )))
    }
}

fn decode(bytes: &[u8]) -> Result<Catalog, DataError> {
    postcard::from_bytes(bytes).map_err(|e| DataError {
        file: "data/ (as built into the app)".into(),
        field: "(whole catalog)".into(),
        message: e.to_string(),
    })
}
